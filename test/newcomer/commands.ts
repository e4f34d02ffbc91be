/**
 * The commands a newcomer types, held once: the README's set-up commands and its CLI examples are these
 * (test/newcomer/readme.test.ts), and the walk (walk.test.ts) runs the examples in temporary repositories.
 */

/** The README's two commands, the ones CI (.ci/run) runs after a fresh clone. */
export const SETUP_COMMANDS = ['npm ci', 'npm test'] as const;

/** From another repository today, before a release is on npm (the package spec is a GitHub repository). */
export const FROM_GITHUB = 'npx --yes github:OWNER/dev-process-actions pr-size';

export interface CliExample {
  /** The README line: the command, and what it does after `#`. */
  command: string;
  comment: string;
  /** The walk runs it in this repository, unless it needs the API (wip-report). */
  runIn?: 'feature' | 'main' | 'monorepo' | 'shallow';
  /** Exit status and the first line of output (stdout, or stderr on exit 2) the walk expects. */
  code?: 0 | 1 | 2;
  first?: RegExp;
}

const compared = (base: string): RegExp =>
  new RegExp(`^Compared HEAD \\([0-9a-f]{7}\\) vs ${base}, merge base [0-9a-f]{7}\\.`);

export const CLI_EXAMPLES: CliExample[] = [
  {
    command: 'npx dev-process pr-size',
    comment: '--base defaults to origin/HEAD, origin/main, origin/master, main or master',
    runIn: 'feature',
    code: 0,
    first: compared('main'),
  },
  {
    command: 'npx dev-process pr-size',
    comment: 'on the default branch itself: says HEAD is the base and what to pass',
    runIn: 'main',
    code: 0,
    first:
      /^Compared HEAD \([0-9a-f]{7}\) vs main, merge base [0-9a-f]{7}\. HEAD is the default base main, so there is nothing to compare: pass --base REF/,
  },
  {
    command: 'npx dev-process pr-size --base HEAD~1 --json',
    comment: 'the verdict as JSON',
    runIn: 'feature',
    code: 0,
    first: /^\{$/,
  },
  {
    command: "npx dev-process pr-size --fail-at L --ignore 'docs/**' --verbose",
    comment: 'exit 1 at L and above; --verbose lists each ignored file',
    runIn: 'monorepo',
    code: 1,
    first: compared('main'),
  },
  {
    command: 'npx dev-process pr-size --base HEAD~1',
    comment: 'in a shallow clone: one line with the fix (git fetch --unshallow, fetch-depth: 0)',
    runIn: 'shallow',
    code: 2,
    first:
      /^dev-process pr-size: --base "HEAD~1" is not in this checkout: this checkout is a shallow clone .*git fetch --unshallow.*fetch-depth: 0/,
  },
  {
    command: 'npx dev-process pr-size --fail-at HUGE',
    comment: 'a wrong flag: one line naming it, exit 2',
    runIn: 'feature',
    code: 2,
    first:
      /^dev-process pr-size: --fail-at "HUGE": not a size name\. Allowed: one of XS, S, M, L, XL, XXL, or empty\.$/,
  },
  {
    command: 'npx dev-process docs-required --base main --mode tests',
    comment: 'code changed without tests fails',
    runIn: 'feature',
    code: 1,
    first: compared('main'),
  },
  {
    command: 'npx dev-process issue-linked --base main',
    comment: 'do the commits since main tag an issue?',
    runIn: 'feature',
    code: 0,
    first: compared('main'),
  },
  {
    command: 'npx dev-process self-review --base main',
    comment: 'console.log, .only, conflict markers and keys in the lines the branch adds',
    runIn: 'feature',
    code: 0,
    first: compared('main'),
  },
  {
    command: 'npx dev-process review-latency',
    comment: "needs GitHub's review data: points to the action, exit 2",
    runIn: 'feature',
    code: 2,
    first: /^dev-process review-latency: needs GitHub's review requests and reviews/,
  },
  {
    command: 'npx dev-process --version',
    comment: 'the version',
    runIn: 'feature',
    code: 0,
    first: /^dev-process \d+\.\d+\.\d+$/,
  },
  {
    command: 'GITHUB_TOKEN=… npx dev-process wip-report --repo owner/name --out wip-report',
    comment: 'the one command that reads the API',
  },
];

/** The README's CLI block, line by line: what each command does, then the command. */
export const readmeCliBlock = (): string[] => CLI_EXAMPLES.flatMap((e) => [`# ${e.comment}`, e.command]);
