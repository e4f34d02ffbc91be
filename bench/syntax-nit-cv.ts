// Grouped cross-validation of the syntax-nit model: folds by repository (no repository in two folds), a fixed
// seed, our own sentences added to every training fold (as in the committed model). The honest figure for a
// model: every comment is classified by a model that saw no comment of its repository.
import { isNitByRules } from '../src/checks/formatters/syntax-nit-features.ts';
import { nitCall } from '../src/checks/formatters/syntax-nit-model.ts';
import { ownWords } from '../src/checks/formatters/syntax-nit-text.ts';
import { score, type Score } from '../test/fixtures/syntax-nits/score.ts';
import type { Comment } from './syntax-nit-corpus.ts';
import { logOdds, train, type Example, type TrainOptions } from './syntax-nit-train.ts';

/** Repository → fold: the sorted repositories shuffled by a small LCG from seed, dealt round-robin. */
export function repositoryFolds(repos: Iterable<string>, k: number, seed: number): Map<string, number> {
  const sorted = [...new Set(repos)].sort();
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return new Map(sorted.map((r, i) => [r, i % k]));
}

/** Out-of-fold log-odds of every comment, by id. */
export function outOfFold(
  comments: readonly Comment[],
  own: readonly Example[],
  options: TrainOptions,
  k = 5,
  seed = 11,
): Map<string, number> {
  const fold = repositoryFolds(
    comments.map((c) => c.repo),
    k,
    seed,
  );
  const out = new Map<string, number>();
  for (let f = 0; f < k; f++) {
    const training = comments.filter((c) => fold.get(c.repo) !== f).map((c) => ({ ...c, source: c.repo }));
    const model = train([...training, ...own], options);
    for (const c of comments.filter((c) => fold.get(c.repo) === f)) out.set(c.id, logOdds(model, c.text));
  }
  return out;
}

/** Precision, recall and F1 of the out-of-fold calls (nitCall with the rules' verdict) over the comments given. */
export function cvScore(
  comments: readonly Comment[],
  oof: ReadonlyMap<string, number>,
  decision: { threshold: number; veto: number },
): Score {
  const byId = new Map(comments.map((c) => [c.id, c.text]));
  return score(
    comments.map((c) => ({ text: c.id, nit: c.nit })),
    (id) => nitCall(oof.get(id) ?? -Infinity, isNitByRules(ownWords(byId.get(id) ?? '')), decision),
  );
}
