// Training of the syntax-nit model: L2-regularised logistic regression over nitFeatures, full-batch gradient
// descent, deterministic (no random start, fixed order). Pure: examples in, weights out. Used by
// bench/train-syntax-nits.ts (writes the committed weights) and by the cross-validation scripts.
import { createHash } from 'node:crypto';
import { nitFeatures, type FeatureKind } from '../src/checks/formatters/syntax-nit-features.ts';
import { featureValue, type NitModel } from '../src/checks/formatters/syntax-nit-model.ts';

export { featureValue, logOdds } from '../src/checks/formatters/syntax-nit-model.ts';

export interface Example {
  text: string;
  nit: boolean;
  /** the example's source (repository): a feature is kept only when seen in minSources sources */
  source: string;
}

export interface TrainOptions {
  l2: number;
  iterations: number;
  minSources: number;
  kinds: FeatureKind[];
  /** each feature of a comment counts 1 / (number of its features)^scale: 0 binary, 0.5 long comments count less */
  scale: number;
}

/** Chosen by grouped cross-validation by repository (README, "Syntax nits in review"). */
export const DEFAULT_TRAIN: TrainOptions = {
  l2: 0.001,
  iterations: 600,
  minSources: 2,
  kinds: ['words', 'concepts', 'first'],
  scale: 0,
};

/**
 * The model alone calls a nit above log-odds THRESHOLD (p ≈ 0.73); the rules' nit stands above VETO (p ≈ 0.12).
 * Chosen by grouped cross-validation, precision first: the best F0.5 on the comments the rules were not tuned on,
 * among the decisions that keep textbook nits ("nit: trailing whitespace here") nits — the corpus has too few of
 * them for the model alone (README, "Syntax nits in review").
 */
export const DECISION = { threshold: 1, veto: -2 };

/** sha256 of the sorted `id<TAB>label` lines: ties a weights file to the labels it was trained on. */
export function labelDigest(labels: Iterable<readonly [id: string, nit: boolean]>): string {
  const lines = [...labels].map(([id, nit]) => `${id}\t${nit ? 'nit' : 'not'}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export type Weights = NitModel;

/** The features kept: those seen in at least minSources distinct sources. */
function vocabulary(docs: readonly string[][], sources: readonly string[], minSources: number): string[] {
  const seen = new Map<string, Set<string>>();
  docs.forEach((d, i) => {
    for (const f of d) seen.set(f, (seen.get(f) ?? new Set()).add(sources[i]!));
  });
  return [...seen]
    .filter(([, s]) => s.size >= minSources)
    .map(([f]) => f)
    .sort();
}

export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): Weights {
  const docs = examples.map((e) => nitFeatures(e.text, options.kinds));
  const vocab = vocabulary(
    docs,
    examples.map((e) => e.source),
    options.minSources,
  );
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = docs.map((d) => d.map((f) => index.get(f)).filter((i) => i !== undefined));
  const values = docs.map((d) => featureValue(d.length, options.scale));
  const y = examples.map((e) => (e.nit ? 1 : 0));
  const w = new Float64Array(vocab.length);
  const sq = new Float64Array(vocab.length + 1);
  let bias = 0;
  const n = examples.length;
  for (let it = 0; it < options.iterations; it++) {
    const g = new Float64Array(vocab.length);
    let gb = 0;
    rows.forEach((r, k) => {
      const v = values[k]!;
      let z = bias;
      for (const i of r) z += v * w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - y[k]!;
      gb += err;
      for (const i of r) g[i]! += err * v;
    });
    for (let i = 0; i < vocab.length; i++) {
      const gi = g[i]! / n + options.l2 * w[i]!;
      sq[i]! += gi * gi;
      w[i]! -= (0.5 * gi) / Math.sqrt(sq[i]! + 1e-8);
    }
    sq[vocab.length]! += (gb / n) ** 2;
    bias -= (0.5 * (gb / n)) / Math.sqrt(sq[vocab.length]! + 1e-8);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = Math.round(w[i]! * 1e4) / 1e4;
    if (Math.abs(v) >= 1e-3) weights[f] = v;
  });
  return { kinds: options.kinds, scale: options.scale, bias: Math.round(bias * 1e4) / 1e4, weights };
}
