// Release checks: the release workflow runs this before it tags, and the test suite runs its dry-run
// (test/unit/release-check.test.ts), so a release cannot be refused for a reason the tests never saw.
//   node scripts/release-check.ts 1.2.0      # exit 1 with one line per problem
//   node scripts/release-check.ts --dry-run  # the version in package.json, against this checkout
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReleaseFacts {
  version: string;
  packageVersion: string;
  changelog: string;
  tags: readonly string[];
}

/** Headings that count as the entry for `version`: `## v1.2.0…` or `## Unreleased (v1.2.0)`. */
export function changelogHasEntry(changelog: string, version: string): boolean {
  const v = version.replace(/\./g, '\\.');
  return new RegExp(`^## (?:v${v}\\b|Unreleased \\(v${v}\\))`, 'm').test(changelog);
}

/** Every reason the release of `version` must not happen; empty when it may. */
export function releaseProblems(f: ReleaseFacts): string[] {
  const problems: string[] = [];
  if (!/^[1-9]\d*\.\d+\.\d+$/.test(f.version))
    problems.push(`version must be MAJOR.MINOR.PATCH (e.g. 1.2.0), got ${JSON.stringify(f.version)}`);
  if (f.packageVersion !== f.version)
    problems.push(`package.json version is ${f.packageVersion}, not ${f.version}: set it in the release commit`);
  if (f.tags.includes(`v${f.version}`)) problems.push(`tag v${f.version} already exists`);
  if (!changelogHasEntry(f.changelog, f.version))
    problems.push(`CHANGELOG.md has no '## v${f.version}' or '## Unreleased (v${f.version})' heading`);
  return problems;
}

function factsOf(root: string, version: string | undefined): ReleaseFacts {
  const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    version: version ?? packageVersion,
    packageVersion,
    changelog: readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
    tags: execFileSync('git', ['tag', '--list'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean),
  };
}

if (import.meta.filename === process.argv[1]) {
  const arg = process.argv[2];
  if (!arg) {
    console.error('Usage: node scripts/release-check.ts VERSION | --dry-run');
    process.exit(2);
  }
  const facts = factsOf(join(import.meta.dirname, '..'), arg === '--dry-run' ? undefined : arg);
  const problems = releaseProblems(facts);
  for (const p of problems) console.error(`${process.env.GITHUB_ACTIONS ? '::error::' : ''}release: ${p}`);
  if (!problems.length)
    console.log(`release: v${facts.version} may be released${arg === '--dry-run' ? ' (dry run)' : ''}.`);
  process.exit(problems.length ? 1 : 0);
}
