import { describe, expect, it } from 'vitest';
import { docsRequiredVerdict, type DocsRequiredFacts } from '../../src/checks/docs-required.ts';
import { noAttributes } from '../helpers/attributes.ts';
import type { ChangedFile, PullRequestInfo } from '../../src/facts/types.ts';
import { parseDocsRequiredSettings, type DocsRequiredSettings } from '../../src/inputs/docs-required.ts';
import { file } from '../helpers/files.ts';

const settings = (raw: Record<string, string> = {}): DocsRequiredSettings => parseDocsRequiredSettings((n) => raw[n]);
const pr = (o: Partial<PullRequestInfo> = {}): PullRequestInfo => ({
  number: 1,
  title: 't',
  draft: false,
  baseSha: 'b',
  headSha: 'h',
  additions: 0,
  deletions: 0,
  changedFiles: 0,
  labels: [],
  fromFork: false,
  ...o,
});
const facts = (files: ChangedFile[], p: Partial<PullRequestInfo> = {}): DocsRequiredFacts => ({
  pr: pr(p),
  changes: { files, attributes: noAttributes, source: 'api' },
});
const monorepo = `
- code: ["src/**", "!src/**/*.test.ts"]
  docs: ["docs/**", "README.md"]
- code: ["packages/api/**"]
  docs: ["packages/api/README.md", "docs/api/**"]
`;

describe('docs-required rule', () => {
  it('code with docs in the same PR passes', () => {
    const v = docsRequiredVerdict(facts([file('src/a.ts'), file('docs/a.md')]), settings());
    expect(v.conclusion).toBe('success');
    expect(v.outputs).toEqual({
      missing: 'false',
      'unsatisfied-rules': '[]',
      'code-files': '["src/a.ts"]',
      'docs-files': '["docs/a.md"]',
    });
  });

  it('code without docs fails with one annotation per code file, naming the docs globs and quoting §7', () => {
    const v = docsRequiredVerdict(facts([file('src/a.ts'), file('src/b.ts'), file('test/a.test.ts')]), settings());
    expect(v.conclusion).toBe('failure');
    expect(v.outputs.missing).toBe('true');
    expect(v.outputs['unsatisfied-rules']).toBe('[0]');
    expect(v.annotations.map((a) => [a.level, a.file])).toEqual([
      ['error', 'src/a.ts'],
      ['error', 'src/b.ts'],
    ]);
    expect(v.annotations[0]!.message).toContain('docs/**, **/*.md, **/*.mdx');
    expect(v.annotations[0]!.message).toContain('If you built it, please document it.');
    expect(v.annotations[0]!.message).toContain("'no-docs-needed' label");
  });

  it('no code changed: nothing is owed', () => {
    const v = docsRequiredVerdict(facts([file('README.md'), file('.github/workflows/ci.yml')]), settings());
    expect(v.conclusion).toBe('success');
    expect(v.details.rules[0]!.result).toBe('not triggered');
    expect(JSON.stringify(v.summary)).toContain(
      '"No changed file matched the code globs (","",{"code":"src/**"},", ",{"code":"lib/**"},", ",{"code":"app/**"},"), so no docs are owed."',
    );
  });

  it('a file matching both sides counts as docs (src/README.md documents itself)', () => {
    const v = docsRequiredVerdict(facts([file('src/README.md')]), settings());
    expect(v.conclusion).toBe('success');
    expect(v.outputs['code-files']).toBe('[]');
  });

  it('negation and several mappings: each mapping is judged on its own', () => {
    const s = settings({ rules: monorepo });
    const onlyTest = docsRequiredVerdict(facts([file('src/x.test.ts')]), s);
    expect(onlyTest.details.rules.map((r) => r.result)).toEqual(['not triggered', 'not triggered']);
    const v = docsRequiredVerdict(facts([file('src/x.ts'), file('packages/api/h.ts'), file('README.md')]), s);
    expect(v.details.rules.map((r) => r.result)).toEqual(['satisfied', 'unsatisfied']);
    expect(v.outputs['unsatisfied-rules']).toBe('[1]');
    expect(v.annotations.map((a) => a.file)).toEqual(['packages/api/h.ts']);
    const both = docsRequiredVerdict(facts([file('src/x.ts'), file('packages/api/h.ts'), file('docs/api/h.md')]), s);
    expect(both.conclusion).toBe('success');
  });

  it('deletions and pure renames owe no docs, and the summary says so', () => {
    const v = docsRequiredVerdict(
      facts([
        file('src/old.ts', 0, 40, { status: 'removed' }),
        file('src/new-name.ts', 0, 0, { status: 'renamed', previousPath: 'src/name.ts' }),
      ]),
      settings(),
    );
    expect(v.conclusion).toBe('success');
    expect(v.details.rules[0]!.result).toBe('removals and renames only');
    expect(JSON.stringify(v.summary)).toContain('only deleted or renamed code');
    const edited = docsRequiredVerdict(
      facts([file('src/new-name.ts', 3, 1, { status: 'renamed', previousPath: 'src/name.ts' })]),
      settings(),
    );
    expect(edited.conclusion).toBe('failure');
  });

  it('the skip label passes the check and says so', () => {
    const v = docsRequiredVerdict(facts([file('src/a.ts')], { labels: ['no-docs-needed'] }), settings());
    expect(v.conclusion).toBe('success');
    expect(v.annotations).toEqual([]);
    expect(v.outputs.missing).toBe('true');
    expect(JSON.stringify(v.summary)).toContain('no-docs-needed');
    const custom = docsRequiredVerdict(
      facts([file('src/a.ts')], { labels: ['docs-later'] }),
      settings({ 'skip-label': 'docs-later' }),
    );
    expect(custom.conclusion).toBe('success');
  });

  it('drafts=neutral gives draft PRs a neutral result with a notice', () => {
    const v = docsRequiredVerdict(facts([file('src/a.ts')], { draft: true }), settings({ drafts: 'neutral' }));
    expect(v.conclusion).toBe('neutral');
    expect(v.annotations.map((a) => a.level)).toEqual(['notice']);
    expect(docsRequiredVerdict(facts([file('src/a.ts')], { draft: true }), settings()).conclusion).toBe('failure');
  });

  it('ignored files (lockfiles, generated, ignore input) are neither code nor docs', () => {
    const v = docsRequiredVerdict(
      facts([file('src/gen/api.ts'), file('app/package-lock.json')]),
      settings({ ignore: 'src/gen/**' }),
    );
    expect(v.conclusion).toBe('success');
    expect(v.outputs['code-files']).toBe('[]');
  });

  it('tests mode: code needs tests (handbook §3), with its own skip label', () => {
    const s = settings({ mode: 'tests' });
    expect(docsRequiredVerdict(facts([file('src/a.ts'), file('src/a.test.ts')]), s).conclusion).toBe('success');
    expect(docsRequiredVerdict(facts([file('lib/b.py'), file('tests/test_b.py')]), s).conclusion).toBe('success');
    const v = docsRequiredVerdict(facts([file('src/a.ts'), file('docs/a.md')]), s);
    expect(v.conclusion).toBe('failure');
    expect(v.annotations[0]!.message).toContain('Test Driven Development');
    expect(v.annotations[0]!.message).toContain("'no-tests-needed' label");
  });

  it('when GitHub listed only part of the files, a missing doc cannot be proven: warning, neutral', () => {
    const changes = {
      files: [file('src/a.ts')],
      attributes: noAttributes,
      source: 'api' as const,
      incomplete: { reason: 'capped', totals: { lines: 10, files: 3500 } },
    };
    const v = docsRequiredVerdict({ pr: pr(), changes }, settings());
    expect(v.conclusion).toBe('neutral');
    expect(v.annotations.map((a) => a.level)).toEqual(['warning']);
    expect(v.annotations[0]!.message).toContain('fetch-depth: 0');
  });

  it('a code file in two unsatisfied mappings gets one annotation naming both docs sets', () => {
    const s = settings({
      rules: '- code: ["src/**"]\n  docs: ["docs/**"]\n- code: ["**/*.ts"]\n  docs: ["CHANGELOG.md"]',
    });
    const v = docsRequiredVerdict(facts([file('src/a.ts')]), s);
    expect(v.annotations).toHaveLength(1);
    expect(v.annotations[0]!.message).toContain('docs/**; or CHANGELOG.md');
  });
});
