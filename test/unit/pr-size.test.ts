import { describe, expect, it } from 'vitest';
import { prSizeVerdict, type PrSizeFacts } from '../../src/checks/pr-size.ts';
import { noAttributes } from '../helpers/attributes.ts';
import type { ChangedFile, PullRequestInfo } from '../../src/facts/types.ts';
import { parsePrSizeSettings, type PrSizeSettings } from '../../src/inputs/pr-size.ts';
import { file } from '../helpers/files.ts';

const settings = (raw: Record<string, string> = {}): PrSizeSettings => parsePrSizeSettings((n) => raw[n]);
const pr = (labels: string[] = []): PullRequestInfo => ({
  number: 7,
  title: 't',
  draft: false,
  baseSha: 'b',
  headSha: 'h',
  additions: 0,
  deletions: 0,
  changedFiles: 0,
  labels,
  fromFork: false,
});
const facts = (files: ChangedFile[], extra: Partial<PrSizeFacts> = {}): PrSizeFacts => ({
  pr: pr(),
  changes: { files, attributes: noAttributes, source: 'api' },
  ...extra,
});

describe('pr-size rule', () => {
  it('counts additions + deletions across files and picks the bucket', () => {
    const v = prSizeVerdict(facts([file('src/a.ts', 60, 20), file('src/b.ts', 15, 5)]), settings());
    expect(v.outputs).toEqual({
      size: 'M',
      label: 'size/M',
      'changed-lines': '100',
      'changed-files': '2',
      'ignored-files': '0',
      approximate: 'false',
    });
    expect(v.conclusion).toBe('success');
    expect(v.annotations).toEqual([]);
  });

  it('boundaries: 99 lines is S, 100 is M', () => {
    expect(prSizeVerdict(facts([file('a', 99)]), settings()).outputs.size).toBe('S');
    expect(prSizeVerdict(facts([file('a', 100)]), settings()).outputs.size).toBe('M');
  });

  it('ignored files are listed with their reason and not counted', () => {
    const v = prSizeVerdict(
      facts([file('src/a.ts', 5), file('package-lock.json', 4000), file('gen/x.ts', 300)]),
      settings({ ignore: 'gen/**' }),
    );
    expect(v.outputs['changed-lines']).toBe('5');
    expect(v.outputs['changed-files']).toBe('1');
    expect(v.outputs['ignored-files']).toBe('2');
    expect(v.details.ignored).toEqual([
      { path: 'package-lock.json', reason: 'lockfile', lines: 4000 },
      { path: 'gen/x.ts', reason: 'ignore input', lines: 300 },
    ]);
    const ignoredTable = v.summary.find((b) => b.kind === 'table' && b.header[0] === 'File');
    expect(ignoredTable).toMatchObject({
      rows: [
        [{ code: 'package-lock.json' }, 'lockfile', '4,000'],
        [{ code: 'gen/x.ts' }, 'ignore input', '300'],
      ],
    });
  });

  it('a lockfile-only PR is XS with nothing counted', () => {
    const v = prSizeVerdict(facts([file('yarn.lock', 5000, 4000)]), settings());
    expect(v.outputs).toMatchObject({ size: 'XS', 'changed-lines': '0', 'changed-files': '0', 'ignored-files': '1' });
  });

  it('fails at or above fail-at, quoting the handbook and pointing at the split advice', () => {
    const v = prSizeVerdict(facts([file('src/a.ts', 400), file('test/a.test.ts', 100)]), settings({ 'fail-at': 'XL' }));
    expect(v.conclusion).toBe('failure');
    expect(v.annotations).toHaveLength(1);
    expect(v.annotations[0]!.level).toBe('error');
    expect(v.annotations[0]!.message).toContain('a PR should be doable in one day, including review');
    expect(v.annotations[0]!.message).toContain('500 changed lines in 2 files');
    expect(v.annotations[0]!.message).toContain(
      'Split it into smaller PRs, e.g. by directory: src (400 lines), test (100 lines); "How to split it" in the summary lists more ways.',
    );
    const headings = v.summary.filter((b) => b.kind === 'heading').map((b) => JSON.stringify(b.text));
    expect(headings).toContain('"How to split it"');
  });

  it('below fail-at but at warn-at: a warning, still success', () => {
    const v = prSizeVerdict(facts([file('src/a.ts', 600)]), settings({ 'fail-at': 'XXL', 'warn-at': 'XL' }));
    expect(v.conclusion).toBe('success');
    expect(v.annotations.map((a) => a.level)).toEqual(['warning']);
  });

  it('empty fail-at never fails, even on huge PRs', () => {
    const v = prSizeVerdict(facts([file('a', 100_000)]), settings({ 'warn-at': '' }));
    expect(v.conclusion).toBe('success');
    expect(v.annotations).toEqual([]);
  });

  it('split hints name the largest directories and the moves', () => {
    const v = prSizeVerdict(
      facts([
        file('api/a.ts', 200),
        file('web/b.ts', 90),
        file('docs/c.md', 10),
        file('lib/old.ts', 0, 0, { status: 'renamed', previousPath: 'lib/new.ts' }),
      ]),
      settings(),
    );
    const list = v.summary.find((b) => b.kind === 'list');
    expect(list).toBeDefined();
    const text = JSON.stringify(list);
    expect(text).toContain('{"code":"api"}');
    expect(text).toContain('(200 lines)');
    expect(text).toContain('1 renamed/moved file in a PR of their own');
    const dirTable = v.summary.find((b) => b.kind === 'table' && b.header[0] === 'Directory');
    expect(dirTable).toMatchObject({
      rows: [
        [{ code: 'api' }, '1', '200'],
        [{ code: 'web' }, '1', '90'],
        [{ code: 'docs' }, '1', '10'],
        [{ code: 'lib' }, '1', '0'],
      ],
    });
  });

  it('no split advice below L', () => {
    const v = prSizeVerdict(facts([file('a/a', 200), file('b/b', 40)]), settings());
    expect(v.summary.some((b) => b.kind === 'list')).toBe(false);
  });

  describe('labels', () => {
    it('adds the size label with a colour when missing', () => {
      const v = prSizeVerdict(facts([file('a', 12)]), settings());
      expect(v.labels).toEqual({
        add: [
          {
            name: 'size/S',
            color: expect.stringMatching(/^[0-9a-f]{6}$/),
            description: 'Pull request size S (pr-size)',
          },
        ],
        remove: [],
      });
    });

    it('replaces an old size label and leaves other labels alone (no stacking)', () => {
      const v = prSizeVerdict(
        { ...facts([file('a', 300)]), pr: pr(['bug', 'size/S', 'size/XL', 'size/huge']) },
        settings(),
      );
      expect(v.labels.add.map((l) => l.name)).toEqual(['size/L']);
      expect(v.labels.remove).toEqual(['size/S', 'size/XL']);
    });

    it('writes nothing when the right label is already there', () => {
      const v = prSizeVerdict({ ...facts([file('a', 300)]), pr: pr(['size/L']) }, settings());
      expect(v.labels).toEqual({ add: [], remove: [] });
    });

    it('uses the label prefix, and no labels without a PR or with apply-labels=false', () => {
      expect(prSizeVerdict(facts([file('a', 1)]), settings({ 'label-prefix': 'pr-size:' })).outputs.label).toBe(
        'pr-size:XS',
      );
      expect(prSizeVerdict(facts([file('a', 1)], { pr: undefined }), settings()).labels).toEqual({
        add: [],
        remove: [],
      });
      expect(prSizeVerdict(facts([file('a', 1)]), settings({ 'apply-labels': 'false' })).labels).toEqual({
        add: [],
        remove: [],
      });
    });
  });

  describe('incomplete file lists', () => {
    it('uses GitHub totals minus known ignored lines and says approximate', () => {
      const changes = {
        files: [file('src/a.ts', 100), file('yarn.lock', 5000)],
        attributes: noAttributes,
        source: 'api' as const,
        incomplete: {
          reason: 'GitHub lists at most 3,000 files of a PR; this one changes 3500.',
          totals: { lines: 9100, files: 3500 },
        },
      };
      const v = prSizeVerdict({ pr: pr(), changes }, settings());
      expect(v.outputs).toMatchObject({
        approximate: 'true',
        'changed-lines': '4100',
        'changed-files': '3499',
        size: 'XXL',
      });
      expect(JSON.stringify(v.summary)).toContain('Approximate:');
      expect(v.details.byDirectory.at(-1)).toEqual({
        directory: '(files GitHub did not list)',
        files: 3498,
        lines: 4000,
      });
    });

    it('never reports fewer lines than it has counted itself', () => {
      const changes = {
        files: [file('src/a.ts', 700)],
        attributes: noAttributes,
        source: 'api' as const,
        incomplete: { reason: 'x', totals: { lines: 10, files: 1 } },
      };
      expect(prSizeVerdict({ changes }, settings()).outputs['changed-lines']).toBe('700');
    });
  });
});
