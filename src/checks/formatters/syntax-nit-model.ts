/**
 * The syntax-nit model: a logistic regression over nitFeatures, trained offline by bench/train-syntax-nits.ts
 * on labelled real review comments and our own sentences, committed as data (syntax-nit-model.json).
 * Pure: the weights are imported as a module, nothing is read at run time.
 */
import { nitFeatures, type FeatureKind } from './syntax-nit-features.ts';
import committed from './syntax-nit-model.json' with { type: 'json' };

export interface NitModel {
  kinds: FeatureKind[];
  scale: number;
  bias: number;
  weights: Record<string, number>;
}

export const MODEL: NitModel & { version: number; threshold: number; veto: number } = {
  ...committed,
  kinds: committed.kinds as FeatureKind[],
};

/** The model's log-odds that a comment body is a syntax nit. */
export function logOdds(model: NitModel, body: string): number {
  const features = nitFeatures(body, model.kinds);
  const v = featureValue(features.length, model.scale);
  let z = model.bias;
  for (const f of features) z += v * (model.weights[f] ?? 0);
  return z;
}

/** The call: the model alone when confident (above threshold), the rules' nit unless the model objects (veto). */
export function nitCall(z: number, rulesSayNit: boolean, decision: { threshold: number; veto: number }): boolean {
  return z > decision.threshold || (rulesSayNit && z > decision.veto);
}

/** The value of each feature of a comment with n features: 1 / n^scale (scale 0: every feature counts 1). */
export function featureValue(n: number, scale: number): number {
  return scale === 0 || n === 0 ? 1 : 1 / n ** scale;
}
