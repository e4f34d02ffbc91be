import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISION, DEFAULT_TRAIN, labelDigest, train } from '../../bench/syntax-nit-train.ts';
import { heldOutRepos } from '../../bench/syntax-nit-corpus.ts';
import { repositoryFolds } from '../../bench/syntax-nit-cv.ts';
import { nitFeatures, words } from '../../src/checks/formatters/syntax-nit-features.ts';
import { featureValue, logOdds, MODEL, nitCall } from '../../src/checks/formatters/syntax-nit-model.ts';
import committed from '../../src/checks/formatters/syntax-nit-model.json' with { type: 'json' };
import { SENTENCES } from '../fixtures/syntax-nits/sentences.ts';

// every comment the committed model was trained on: the first corpus and round 2's set, round 3's, round 4's
const labels = ['labels.tsv', 'labels-fresh3.tsv', 'labels-train4.tsv'].flatMap((file) =>
  readFileSync(new URL(`../fixtures/syntax-nits/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t'))
    .map((l) => l.split('\t')),
);

describe('the committed syntax-nit model (syntax-nit-model.json)', () => {
  it('is version 2, trained with the options and decision bench/syntax-nit-train.ts declares', () => {
    expect(committed.version).toBe(2);
    expect(committed.options).toEqual(DEFAULT_TRAIN);
    expect(committed.kinds).toEqual(DEFAULT_TRAIN.kinds);
    expect(committed.scale).toBe(DEFAULT_TRAIN.scale);
    expect({ threshold: committed.threshold, veto: committed.veto }).toEqual(DECISION);
    expect(committed.veto).toBeLessThan(committed.threshold);
  });

  it('was trained on the labels of labels*.tsv (digest of every id and label) and not on our own sentences', () => {
    const pairs = labels.map(([id, , , label]) => [id!, label === 'nit'] as const);
    expect(new Set(pairs.map(([id]) => id)).size).toBe(pairs.length);
    expect(committed.trainedOn.comments).toBe(labels.length);
    expect(committed.trainedOn.nits).toBe(pairs.filter(([, nit]) => nit).length);
    expect(committed.trainedOn.labels).toBe(labelDigest(pairs));
    expect(committed.trainedOn).not.toHaveProperty('ownSentences');
  });

  it('holds single tokens only (words, first-sentence words, word classes and their pairs), no third-party sentences', () => {
    const keys = Object.keys(committed.weights);
    expect(keys.length).toBeGreaterThan(100);
    for (const k of keys) expect(k).toMatch(/^(?:w|f):[^\s]{1,40}$|^k:[a-z+]+(?:\*[a-z+]+)?$/);
    for (const v of Object.values(committed.weights)) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('training (bench/syntax-nit-train.ts)', () => {
  const own = SENTENCES.map(([text, nit], i) => ({ text, nit, source: `s${i % 7}` }));

  it('is deterministic: the same examples give the same weights', () => {
    expect(train(own, DEFAULT_TRAIN)).toEqual(train(own, DEFAULT_TRAIN));
  });

  it('learns: trained on our sentences, it ranks their nits above their non-nits', () => {
    const model = train(own, DEFAULT_TRAIN);
    const mean = (nit: boolean): number => {
      const zs = own.filter((e) => e.nit === nit).map((e) => logOdds(model, e.text));
      return zs.reduce((a, b) => a + b, 0) / zs.length;
    };
    expect(mean(true)).toBeGreaterThan(mean(false) + 1);
  });

  it('keeps only features seen in at least minSources sources', () => {
    const model = train(
      [
        { text: 'tabs please', nit: true, source: 'a' },
        { text: 'tabs again', nit: true, source: 'b' },
        { text: 'rename it', nit: false, source: 'a' },
      ],
      { ...DEFAULT_TRAIN, minSources: 2 },
    );
    expect(Object.keys(model.weights)).toContain('w:tabs');
    expect(Object.keys(model.weights)).not.toContain('w:rename');
  });
});

describe('features and the call', () => {
  it('reads the comment’s own words: quoted lines and code blocks are left out, widths become <width>', () => {
    const f = nitFeatures('> tabs\n```\nx;\n```\nkeep it at 120 chars', MODEL.kinds);
    expect(f).not.toContain('w:tabs');
    expect(f).toContain('w:<width>');
    expect(f).toContain('f:keep');
    expect(words('Use 4 spaces, not 80')).toEqual(['use', '4', 'spaces', ',', 'not', '<width>']);
  });

  it('the model alone calls a nit above the threshold; the rules’ nit stands unless the model is below the veto', () => {
    const d = { threshold: 1.5, veto: -1 };
    expect(nitCall(2, false, d)).toBe(true);
    expect(nitCall(1, false, d)).toBe(false);
    expect(nitCall(-0.5, true, d)).toBe(true);
    expect(nitCall(-1.5, true, d)).toBe(false);
  });

  it('reads formatter settings, style guides and process words as word classes, and pairs the classes present', () => {
    const f = nitFeatures('Could we set printWidth to 100, as the style guide says?', ['cues', 'pairs']);
    expect(f).toEqual(expect.arrayContaining(['k:config', 'k:guide']));
    expect(f).toEqual(expect.arrayContaining(['k:config*request', 'k:config*guide', 'k:layout*request']));
    expect(nitFeatures('the CI check fails, not the code', ['cues'])).toEqual(
      expect.arrayContaining(['k:process', 'k:negation', 'k:negation+process']),
    );
    expect(nitFeatures('why tabs?', ['cues'])).toContain('k:wh+question');
  });

  it('weighs every feature 1 / n^scale', () => {
    expect(featureValue(9, 0)).toBe(1);
    expect(featureValue(9, 0.5)).toBeCloseTo(1 / 3);
  });
});

describe('grouped cross-validation folds (bench/syntax-nit-cv.ts)', () => {
  it('puts every repository in exactly one of k folds, the same for the same seed', () => {
    const repos = Array.from({ length: 23 }, (_, i) => `o/r${i}`);
    const a = repositoryFolds(repos, 5, 11);
    expect(a).toEqual(repositoryFolds([...repos].reverse(), 5, 11));
    expect(new Set(a.values())).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(a.size).toBe(23);
    expect(repositoryFolds(repos, 5, 12)).not.toEqual(a);
  });
});

describe('held-out repositories (bench/syntax-nit-corpus.ts)', () => {
  it('reads one owner/name a line, case-insensitively, skipping blanks and # comments; none when the list is absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nits-'));
    writeFileSync(join(dir, 'repos.txt'), '# held out\nOwner/Repo\n\n  other/thing  \n');
    expect(heldOutRepos(join(dir, 'repos.txt'))).toEqual(new Set(['owner/repo', 'other/thing']));
    expect(heldOutRepos(join(dir, 'absent.txt'))).toEqual(new Set());
  });
});
