import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSyntaxNit } from '../../src/checks/formatters/syntax-nits.ts';
import { score } from '../fixtures/syntax-nits/score.ts';
import { SENTENCES } from '../fixtures/syntax-nits/sentences.ts';

const ours = score(
  SENTENCES.map(([text, nit]) => ({ text, nit })),
  isSyntaxNit,
);

describe('syntax-nit classifier (handbook §5)', () => {
  // Since round 4 the model is fit on real comments only: these sentences are a test it never trained on (before,
  // they were training data and the bar of 0.9 measured a fit).
  it(`our own ${SENTENCES.length} review sentences, never trained on: precision ${ours.precision.toFixed(2)}, recall ${ours.recall.toFixed(2)} (target ≥ 0.85 both)`, () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(80);
    expect(ours.precision).toBeGreaterThanOrEqual(0.85);
    expect(ours.recall).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    'could you break this line up',
    'please run isort / apply go fmt',
    'nit: trailling coma',
    'spaces in parens are unnecessary',
    'group the imports',
  ])('nit phrased without the usual phrases: %s → a syntax nit', (text) => {
    expect(isSyntaxNit(text)).toBe(true);
  });

  it.each([
    'the CSV export uses a semicolon as separator',
    'the generated YAML should be indented',
    'this is a format string vulnerability',
    'whitespace-only change, thanks',
  ])('style words in another sense: %s → not a syntax nit', (text) => {
    expect(isSyntaxNit(text)).toBe(false);
  });

  it.each([
    'Thanks, I sorted the imports as you asked',
    'Good catch, a stray tab slipped in between the spaces',
    "I'll remove the bit about spaces in parentheses from the guide",
  ])('acknowledgement of work done: %s → not a syntax nit', (text) => {
    expect(isSyntaxNit(text)).toBe(false);
  });

  it('reads Markdown emphasis as the word it marks', () => {
    expect(isSyntaxNit('go uses _tabs_, not spaces')).toBe(true);
    expect(isSyntaxNit('go uses **tabs**, not spaces')).toBe(true);
  });

  it('ignores quoted code and suggestion blocks when classifying', () => {
    expect(isSyntaxNit('```suggestion\nconst a = 1;\n```\nThis drops the error, we need the catch')).toBe(false);
    expect(isSyntaxNit('> trailing comma\n\nNo, the real problem is the missing await')).toBe(false);
  });

  it('reads inline code without its backticks and ignores links', () => {
    expect(isSyntaxNit('CI failed because `black .` did not pass')).toBe(true);
    expect(isSyntaxNit('see https://example.org/trailing-commas-and-semicolons for the release notes')).toBe(false);
  });
});

/** One label file's rows as records of its header (comment lines skipped); the header itself is checked per file. */
function readLabels(file: string): { header: string[]; records: Record<string, string>[] } {
  const lines = readFileSync(new URL(`../fixtures/syntax-nits/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const [header = [], ...rows] = lines.map((l) => l.split('\t'));
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}

describe('real-comment labels (test/fixtures/syntax-nits/labels.tsv)', () => {
  const { header, records } = readLabels('labels.tsv');

  it('holds sources and labels only: no comment text', () => {
    expect(header).toEqual(['id', 'url', 'repo', 'label', 'hard_negative', 'split']);
    for (const r of records) expect(r['url']).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/pull\/\d+$/);
  });

  it('has ≥ 300 first-corpus comments, ≥ 30% nits, ≥ 60 hard negatives and a held-out part of ≥ 100', () => {
    const first = records.filter((r) => r['split'] !== 'fresh');
    const nits = first.filter((r) => r['label'] === 'nit').length;
    expect(first.length).toBeGreaterThanOrEqual(300);
    expect(nits / first.length).toBeGreaterThanOrEqual(0.3);
    expect(first.filter((r) => r['hard_negative'] === 'yes' && r['label'] === 'not').length).toBeGreaterThanOrEqual(60);
    expect(first.filter((r) => r['split'] === 'heldout').length).toBeGreaterThanOrEqual(100);
  });

  it('has a fresh held-out part (round 2): ≥ 150 comments, ≥ 30% nits, ≥ 40 hard negatives, ids f001…', () => {
    const fresh = records.filter((r) => r['split'] === 'fresh');
    expect(fresh.length).toBeGreaterThanOrEqual(150);
    expect(fresh.filter((r) => r['label'] === 'nit').length / fresh.length).toBeGreaterThanOrEqual(0.3);
    expect(fresh.filter((r) => r['hard_negative'] === 'yes' && r['label'] === 'not').length).toBeGreaterThanOrEqual(40);
    for (const r of fresh) expect(r['id']).toMatch(/^f\d{3}$/);
  });

  /** A later label file: its size and mix, its ids and split, its URLs, and no repository of the files before it. */
  function expectLaterSet(
    file: string,
    want: { min: number; hardNegatives?: number; id: RegExp; split: (id: string) => string; before: string[] },
  ): void {
    const later = readLabels(file);
    expect(later.header).toEqual(header);
    const set = later.records;
    expect(set.length).toBeGreaterThanOrEqual(want.min);
    expect(set.filter((r) => r['label'] === 'nit').length / set.length).toBeGreaterThanOrEqual(0.3);
    const hard = set.filter((r) => r['hard_negative'] === 'yes' && r['label'] === 'not').length;
    expect(hard).toBeGreaterThanOrEqual(want.hardNegatives ?? 0);
    const earlier = [records, ...want.before.map((f) => readLabels(f).records)].flat();
    const seen = new Set(earlier.map((r) => r['repo']!.toLowerCase()));
    expect(set.filter((r) => seen.has(r['repo']!.toLowerCase()))).toEqual([]);
    expect(new Set(set.map((r) => r['id'])).size).toBe(set.length);
    for (const r of set) {
      expect(r['id']).toMatch(want.id);
      expect(r['split']).toBe(want.split(r['id']!));
      expect(r['url']).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/pull\/\d+$/);
    }
  }

  it('has a third set in labels-fresh3.tsv (round 3 blind set, training data since round 4): ≥ 180 comments, ≥ 30% nits, ≥ 50 hard negatives, no repository of the others', () => {
    expectLaterSet('labels-fresh3.tsv', {
      min: 180,
      hardNegatives: 50,
      id: /^g\d{3}$/,
      split: () => 'fresh3',
      before: [],
    });
  });

  it('has the round-4 training comments in labels-train4.tsv: ≥ 600, ≥ 30% nits, ids a…/b…, no repository of the others', () => {
    expectLaterSet('labels-train4.tsv', {
      min: 600,
      id: /^[ab]\d{4}$/,
      split: (id) => (id.startsWith('a') ? 'train4a' : 'train4b'),
      before: ['labels-fresh3.tsv'],
    });
  });

  it('has the round-4 blind set in labels-fresh4.tsv: ≥ 200 comments, ≥ 30% nits, ≥ 60 hard negatives, no repository of any training file', () => {
    expectLaterSet('labels-fresh4.tsv', {
      min: 200,
      hardNegatives: 60,
      id: /^h\d{3}$/,
      split: () => 'fresh4',
      before: ['labels-fresh3.tsv', 'labels-train4.tsv'],
    });
  });

  it('has only the splits tuning, heldout and fresh, and unique ids', () => {
    expect(new Set(records.map((r) => r['split']))).toEqual(new Set(['tuning', 'heldout', 'fresh']));
    expect(new Set(records.map((r) => r['id'])).size).toBe(records.length);
  });

  it('is split by source: no repository on both sides', () => {
    const sides = new Map<string, Set<string>>();
    for (const r of records) sides.set(r['repo']!, (sides.get(r['repo']!) ?? new Set()).add(r['split']!));
    expect([...sides].filter(([, s]) => s.size > 1)).toEqual([]);
  });
});
