// Retrains the syntax-nit model and writes src/checks/formatters/syntax-nit-model.json.
// Usage: node bench/train-syntax-nits.ts   (corpora: see bench/syntax-nit-corpus.ts; needs both files)
// Trains on the first corpus, round 2's fresh set and our own sentences (test/fixtures/syntax-nits/sentences.ts)
// with DEFAULT_TRAIN, then prints the grouped cross-validation figures of the same options.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { formatScore } from '../test/fixtures/syntax-nits/score.ts';
import { SENTENCES } from '../test/fixtures/syntax-nits/sentences.ts';
import { trainingComments } from './syntax-nit-corpus.ts';
import { cvScore, outOfFold } from './syntax-nit-cv.ts';
import { DEFAULT_TRAIN, DECISION, labelDigest, train, type Example } from './syntax-nit-train.ts';

const OUT = new URL('../src/checks/formatters/syntax-nit-model.json', import.meta.url);
export const MODEL_VERSION = 1;

const comments = trainingComments();
if (!comments) {
  console.error('train-syntax-nits: the corpora are not on this machine (see bench/syntax-nit-corpus.ts)');
  process.exit(2);
}
const own: Example[] = SENTENCES.map(([text, nit]) => ({ text, nit, source: 'our own sentences' }));
const model = train([...comments.map((c) => ({ ...c, source: c.repo })), ...own], DEFAULT_TRAIN);
const file = {
  version: MODEL_VERSION,
  ...DECISION,
  options: DEFAULT_TRAIN,
  trainedOn: {
    comments: comments.length,
    nits: comments.filter((c) => c.nit).length,
    ownSentences: own.length,
    labels: labelDigest(comments.map((c) => [c.id, c.nit] as const)),
  },
  ...model,
};
writeFileSync(OUT, await format(JSON.stringify(file), { parser: 'json', printWidth: 120 }));
console.log(`wrote ${OUT.pathname}: ${Object.keys(model.weights).length} weights`);
const oof = outOfFold(comments, own, DEFAULT_TRAIN);
console.log(`grouped 5-fold CV by repository, seed 11, threshold ${DECISION.threshold}, veto ${DECISION.veto}:`);
console.log(`  all ${comments.length}: ${formatScore(cvScore(comments, oof, DECISION))}`);
const fresh = comments.filter((c) => c.split === 'fresh');
console.log(`  of which round 2's fresh set: ${formatScore(cvScore(fresh, oof, DECISION))}`);
