// syntax-nit figures: the classifier on real review comments and on our own sentences.
// The real comments are not in this repository (third-party text); their sources and labels are in
// test/fixtures/syntax-nits/labels.tsv. Two files, one JSON object a line with id, url, text, label
// ("nit"|"not"), split: the first corpus (DEV_PROCESS_NITS_CORPUS, else /work/research/nits/corpus.jsonl; its
// parts "tuning" and "heldout", both tuning data since round 2) and the fresh held-out set of round 2
// (DEV_PROCESS_NITS_FRESH, else /work/research/nits2/fresh.jsonl; split "fresh", never tuned on).
import { existsSync, readFileSync } from 'node:fs';
import { isSyntaxNit } from '../src/checks/formatters/syntax-nits.ts';
import { formatScore, score, type Score } from '../test/fixtures/syntax-nits/score.ts';
import { SENTENCES } from '../test/fixtures/syntax-nits/sentences.ts';
import type { Figure } from './figures.ts';

const DEFAULT_CORPUS = '/work/research/nits/corpus.jsonl';
const DEFAULT_FRESH = '/work/research/nits2/fresh.jsonl';

interface Comment {
  text: string;
  nit: boolean;
  split: string;
}

function readCorpus(path: string): Comment[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as { text?: unknown; label?: unknown; split?: unknown };
      if (typeof r.text !== 'string' || (r.label !== 'nit' && r.label !== 'not') || typeof r.split !== 'string') {
        throw new Error(`${path} line ${i + 1}: needs "text", "label" ("nit" or "not") and "split"`);
      }
      return { text: r.text, nit: r.label === 'nit', split: r.split };
    });
}

const goal = (s: Score): boolean => s.precision >= 0.9 && s.f1 >= 0.85;

export function syntaxNitFigures(): Figure[] {
  const ours = score(
    SENTENCES.map(([text, nit]) => ({ text, nit })),
    isSyntaxNit,
  );
  const figures: Figure[] = [
    {
      issue: 11,
      name: 'syntax nits, our own sentences (written with the classifier)',
      value: formatScore(ours),
      goal: 'P ≥ 0.90, R ≥ 0.90',
      holds: ours.precision >= 0.9 && ours.recall >= 0.9,
    },
  ];
  figures.push(
    ...corpusFigures(process.env.DEV_PROCESS_NITS_FRESH || DEFAULT_FRESH, [
      ['fresh', 'fresh held-out set (round 2, scored once)'],
    ]),
    ...corpusFigures(process.env.DEV_PROCESS_NITS_CORPUS || DEFAULT_CORPUS, [
      ['all', 'first corpus, all of it (round 2 tuning data)'],
      ['heldout', "first corpus, round 1's held-out part (tuning data since round 2)"],
      ['tuning', 'first corpus, tuning part'],
    ]),
  );
  return figures;
}

/** One figure per [split, name] of the corpus file at path; none (and a line saying why) when the file is absent. */
function corpusFigures(path: string, parts: readonly (readonly [split: string, name: string])[]): Figure[] {
  if (!existsSync(path)) {
    console.log(`syntax nits on real review comments: skipped: ${path} not on this machine`);
    return [];
  }
  const corpus = readCorpus(path);
  return parts.map(([split, name]) => {
    const s = score(
      corpus.filter((c) => split === 'all' || c.split === split),
      isSyntaxNit,
    );
    return {
      issue: 11,
      name: `syntax nits, real review comments, ${name}`,
      value: formatScore(s),
      goal: 'P ≥ 0.90, F1 ≥ 0.85',
      holds: goal(s),
    };
  });
}
