// syntax-nit figures: the classifier on real review comments (held-out part) and on our own sentences.
// The real comments are not in this repository (third-party text); their sources and labels are in
// test/fixtures/syntax-nits/labels.tsv. The corpus file is read from DEV_PROCESS_NITS_CORPUS, else
// /work/research/nits/corpus.jsonl: one JSON object a line with id, url, text, label ("nit"|"not"), split.
import { existsSync, readFileSync } from 'node:fs';
import { isSyntaxNit } from '../src/checks/formatters/syntax-nits.ts';
import { formatScore, score, type Score } from '../test/fixtures/syntax-nits/score.ts';
import { SENTENCES } from '../test/fixtures/syntax-nits/sentences.ts';
import type { Figure } from './figures.ts';

const DEFAULT_CORPUS = '/work/research/nits/corpus.jsonl';

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
  const path = process.env.DEV_PROCESS_NITS_CORPUS || DEFAULT_CORPUS;
  if (!existsSync(path)) {
    console.log(`syntax nits on real review comments: skipped: corpus not on this machine (${path})`);
    return figures;
  }
  const corpus = readCorpus(path);
  for (const split of ['heldout', 'tuning']) {
    const s = score(
      corpus.filter((c) => c.split === split),
      isSyntaxNit,
    );
    figures.push({
      issue: 11,
      name: `syntax nits, real review comments, ${split === 'heldout' ? 'held-out part' : 'tuning part'}`,
      value: formatScore(s),
      goal: 'P ≥ 0.90, F1 ≥ 0.85',
      holds: goal(s),
    });
  }
  return figures;
}
