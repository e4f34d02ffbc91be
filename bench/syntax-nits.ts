// syntax-nit figures: the classifier (word rules checked by a small model, src/checks/formatters/syntax-nits.ts)
// on real review comments and on our own sentences. The real comments are not in this repository (third-party
// text); their sources and labels are in test/fixtures/syntax-nits/labels*.tsv, the files are found as
// bench/syntax-nit-corpus.ts says. The honest figures: the grouped cross-validation by repository, and, once,
// the fourth fresh set (round 4, collected by others, never trained or tuned on).
import { existsSync } from 'node:fs';
import { isNitByRules } from '../src/checks/formatters/syntax-nit-features.ts';
import { ownWords } from '../src/checks/formatters/syntax-nit-text.ts';
import { isSyntaxNit } from '../src/checks/formatters/syntax-nits.ts';
import { formatScore, score, type Score } from '../test/fixtures/syntax-nits/score.ts';
import { SENTENCES } from '../test/fixtures/syntax-nits/sentences.ts';
import type { Figure } from './figures.ts';
import { CORPUS_PATHS, readCorpus, trainingSet, type Comment } from './syntax-nit-corpus.ts';
import { cvScore, outOfFold } from './syntax-nit-cv.ts';
import { DECISION, DEFAULT_TRAIN } from './syntax-nit-train.ts';

const GOAL = 'P ≥ 0.90, F1 ≥ 0.85';
const goal = (s: Score): boolean => s.precision >= 0.9 && s.f1 >= 0.85;
const rulesAlone = (text: string): boolean => isNitByRules(ownWords(text));
const inFirstCorpus = (c: Comment): boolean => c.split === 'tuning' || c.split === 'heldout';
const inRound4 = (c: Comment): boolean => c.split.startsWith('train4');

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
      name: 'syntax nits, our own sentences (not trained on since round 4)',
      value: formatScore(ours),
      goal: 'P ≥ 0.85, R ≥ 0.85',
      holds: ours.precision >= 0.85 && ours.recall >= 0.85,
    },
  ];
  if (existsSync(CORPUS_PATHS.fresh4)) {
    const fourth = readCorpus(CORPUS_PATHS.fresh4);
    figures.push(figure('fourth fresh set (round 4, never tuned on)', score(fourth, isSyntaxNit)));
  } else console.log(`syntax nits, fourth fresh set: skipped: ${CORPUS_PATHS.fresh4} not on this machine`);
  const set = trainingSet();
  if (!set) {
    console.log('syntax nits on real review comments: skipped: the corpora are not on this machine');
    return figures;
  }
  return [...figures, ...crossValidated(set.comments), ...fitted(set.comments)];
}

/** Grouped 5-fold cross-validation by repository (seed 11): the estimate for comments from other repositories. */
function crossValidated(comments: Comment[]): Figure[] {
  const oof = outOfFold(comments, [], DEFAULT_TRAIN);
  const later = comments.filter((c) => !inFirstCorpus(c));
  return [
    figure(`grouped 5-fold CV by repository, all ${comments.length} real comments`, cvScore(comments, oof, DECISION)),
    figure('grouped CV, the part outside the first corpus (rules never tuned on it)', cvScore(later, oof, DECISION)),
    figure("grouped CV, round 4's comments", cvScore(comments.filter(inRound4), oof, DECISION)),
  ];
}

/** The committed classifier on its own training data (a fit, printed, not a figure), and the round-2 rules alone. */
function fitted(comments: Comment[]): Figure[] {
  const later = comments.filter((c) => !inFirstCorpus(c));
  console.log(`syntax nits, committed classifier on its training data (a fit, not an estimate):`);
  console.log(`  first corpus: ${formatScore(score(comments.filter(inFirstCorpus), isSyntaxNit))}`);
  console.log(`  later sets: ${formatScore(score(later, isSyntaxNit))}`);
  return [
    figure('round-2 rules alone, the comments outside the first corpus (never tuned on)', score(later, rulesAlone)),
  ];
}
