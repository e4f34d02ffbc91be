// Retrains the syntax-nit model and writes src/checks/formatters/syntax-nit-model.json.
// Usage: node bench/train-syntax-nits.ts   (corpora: see bench/syntax-nit-corpus.ts; needs all of them)
// Since round 4 the model is fit on the real comments only (less those of held-out repositories); our own
// sentences (test/fixtures/syntax-nits/sentences.ts) are tests, not training data. Then prints the grouped
// cross-validation figures of the same options.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { formatScore } from '../test/fixtures/syntax-nits/score.ts';
import { trainingSet } from './syntax-nit-corpus.ts';
import { cvScore, outOfFold } from './syntax-nit-cv.ts';
import { DEFAULT_TRAIN, DECISION, labelDigest, train } from './syntax-nit-train.ts';

const OUT = new URL('../src/checks/formatters/syntax-nit-model.json', import.meta.url);
export const MODEL_VERSION = 2;

const set = trainingSet();
if (!set) {
  console.error('train-syntax-nits: the corpora are not on this machine (see bench/syntax-nit-corpus.ts)');
  process.exit(2);
}
const { comments, dropped } = set;
const model = train(
  comments.map((c) => ({ ...c, source: c.repo })),
  DEFAULT_TRAIN,
);
const file = {
  version: MODEL_VERSION,
  ...DECISION,
  options: DEFAULT_TRAIN,
  trainedOn: {
    comments: comments.length,
    nits: comments.filter((c) => c.nit).length,
    heldOutRepositoryComments: dropped,
    labels: labelDigest(comments.map((c) => [c.id, c.nit] as const)),
  },
  ...model,
};
writeFileSync(OUT, await format(JSON.stringify(file), { parser: 'json', printWidth: 120 }));
console.log(`wrote ${OUT.pathname}: ${Object.keys(model.weights).length} weights, ${comments.length} comments`);
console.log(`  left out ${dropped} comments of held-out repositories`);
const oof = outOfFold(comments, [], DEFAULT_TRAIN);
console.log(`grouped 5-fold CV by repository, seed 11, threshold ${DECISION.threshold}, veto ${DECISION.veto}:`);
console.log(`  all ${comments.length}: ${formatScore(cvScore(comments, oof, DECISION))}`);
const later = comments.filter((c) => !['tuning', 'heldout'].includes(c.split));
console.log(
  `  of which not in the first corpus (the rules were tuned on it): ${formatScore(cvScore(later, oof, DECISION))}`,
);
