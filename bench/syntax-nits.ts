// syntax-nit figures: the classifier (word rules checked by a small model, src/checks/formatters/syntax-nits.ts)
// on real review comments and on our own sentences. The real comments are not in this repository (third-party
// text); their sources and labels are in test/fixtures/syntax-nits/labels.tsv, the files are found as
// bench/syntax-nit-corpus.ts says. The honest figure is the grouped cross-validation by repository, and, once,
// the third fresh set (round 3, collected by someone else, never trained or tuned on).
import { existsSync } from 'node:fs';
import { isNitByRules } from '../src/checks/formatters/syntax-nit-features.ts';
import { ownWords } from '../src/checks/formatters/syntax-nit-text.ts';
import { isSyntaxNit } from '../src/checks/formatters/syntax-nits.ts';
import { formatScore, score, type Score } from '../test/fixtures/syntax-nits/score.ts';
import { SENTENCES } from '../test/fixtures/syntax-nits/sentences.ts';
import type { Figure } from './figures.ts';
import { CORPUS_PATHS, readCorpus, trainingComments, type Comment } from './syntax-nit-corpus.ts';
import { cvScore, outOfFold } from './syntax-nit-cv.ts';
import { DECISION, DEFAULT_TRAIN } from './syntax-nit-train.ts';

const GOAL = 'P ≥ 0.90, F1 ≥ 0.85';
const goal = (s: Score): boolean => s.precision >= 0.9 && s.f1 >= 0.85;
const rulesAlone = (text: string): boolean => isNitByRules(ownWords(text));

function figure(name: string, s: Score): Figure {
  return { issue: 11, name: `syntax nits, ${name}`, value: formatScore(s), goal: GOAL, holds: goal(s) };
}

export function syntaxNitFigures(): Figure[] {
  const ours = score(
    SENTENCES.map(([text, nit]) => ({ text, nit })),
    isSyntaxNit,
  );
  const figures: Figure[] = [
    {
      issue: 11,
      name: 'syntax nits, our own sentences (training data)',
      value: formatScore(ours),
      goal: 'P ≥ 0.90, R ≥ 0.90',
      holds: ours.precision >= 0.9 && ours.recall >= 0.9,
    },
  ];
  if (existsSync(CORPUS_PATHS.fresh3)) {
    const third = readCorpus(CORPUS_PATHS.fresh3);
    figures.push(figure('third fresh set (round 3, never tuned on)', score(third, isSyntaxNit)));
  } else console.log(`syntax nits, third fresh set: skipped: ${CORPUS_PATHS.fresh3} not on this machine`);
  const comments = trainingComments();
  if (!comments) {
    console.log('syntax nits on real review comments: skipped: the corpora are not on this machine');
    return figures;
  }
  return [...figures, ...crossValidated(comments), ...fitted(comments)];
}

/** Grouped 5-fold cross-validation by repository (seed 11): the estimate for comments from other repositories. */
function crossValidated(comments: Comment[]): Figure[] {
  const own = SENTENCES.map(([text, nit]) => ({ text, nit, source: 'our own sentences' }));
  const oof = outOfFold(comments, own, DEFAULT_TRAIN);
  const fresh = comments.filter((c) => c.split === 'fresh');
  return [
    figure(`grouped 5-fold CV by repository, all ${comments.length} real comments`, cvScore(comments, oof, DECISION)),
    figure("grouped CV, round 2's fresh set part", cvScore(fresh, oof, DECISION)),
  ];
}

/** The committed classifier on its own training data (a fit, printed, not a figure), and the round-2 rules alone. */
function fitted(comments: Comment[]): Figure[] {
  const first = comments.filter((c) => c.split !== 'fresh');
  const fresh = comments.filter((c) => c.split === 'fresh');
  console.log(`syntax nits, committed classifier on its training data (a fit, not an estimate):`);
  console.log(`  first corpus: ${formatScore(score(first, isSyntaxNit))}`);
  console.log(`  round 2's fresh set: ${formatScore(score(fresh, isSyntaxNit))}`);
  return [figure("round-2 rules alone, round 2's fresh set (their held-out set)", score(fresh, rulesAlone))];
}
