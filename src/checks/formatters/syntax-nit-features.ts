/**
 * The features the syntax-nit model (syntax-nit-model.ts) reads from a review comment: its own words
 * (ownWords: no quoted lines, no code blocks, no links) as lower-case word unigrams and bigrams, plus one feature
 * per kind of rule hit (syntax-nit-patterns.ts). Pure; the same function feeds training (bench/train-syntax-nits.ts)
 * and classification.
 */
import {
  ACKNOWLEDGEMENT,
  BEHAVIOUR,
  FORMATTING_AS_PROCESS,
  FORMATTING_TOPICS,
  OTHER_SENSE,
} from './syntax-nit-patterns.ts';
import { ownWords } from './syntax-nit-text.ts';
import { concepts } from './syntax-nit-concepts.ts';
import { cues } from './syntax-nit-cues.ts';

/** The rules' verdict on a comment's own words (see syntax-nits.ts). */
export function isNitByRules(own: string): boolean {
  if (!FORMATTING_TOPICS.some((topic) => topic.test(own))) return false;
  return ![OTHER_SENSE, FORMATTING_AS_PROCESS, BEHAVIOUR, ACKNOWLEDGEMENT].some((p) => p.test(own));
}

const WORD = /[a-z][a-z0-9_'-]*[a-z0-9]|[a-z]|\d+|[;{}"',?]/g;
const WIDTH = /^(?:79|80|88|90|100|110|120|130)$/;

/** The comment's words, lower case; a line width (80, 120, …) reads as the word `<width>`. */
export function words(own: string): string[] {
  return (own.toLowerCase().match(WORD) ?? []).map((w) => (WIDTH.test(w) ? '<width>' : w));
}

/** Rule hits: `rule:topic` when any formatting topic matched, and one per other-sense, process, behaviour, ack. */
export function ruleFeatures(own: string): string[] {
  const out: string[] = [];
  if (FORMATTING_TOPICS.some((t) => t.test(own))) out.push('rule:topic');
  const others: [string, RegExp][] = [
    ['rule:other', OTHER_SENSE],
    ['rule:process', FORMATTING_AS_PROCESS],
    ['rule:behaviour', BEHAVIOUR],
    ['rule:ack', ACKNOWLEDGEMENT],
  ];
  for (const [name, pattern] of others) if (pattern.test(own)) out.push(name);
  return out;
}

/** Which families of features a model reads. */
export type FeatureKind =
  'words' | 'bigrams' | 'rules' | 'topics' | 'verdict' | 'chars' | 'concepts' | 'anytopic' | 'first' | 'cues' | 'pairs';

/** The distinct features of a comment body. */
export function nitFeatures(body: string, kinds: readonly FeatureKind[]): string[] {
  const own = ownWords(body);
  const w = words(own);
  const out = new Set<string>();
  const has = (k: FeatureKind): boolean => kinds.includes(k);
  if (has('rules')) for (const f of ruleFeatures(own)) out.add(f);
  if (has('anytopic') && FORMATTING_TOPICS.some((t) => t.test(own))) out.add('rule:topic');
  if (has('topics')) FORMATTING_TOPICS.forEach((t, i) => t.test(own) && out.add(`topic:${i}`));
  if (has('verdict') && isNitByRules(own)) out.add('rule:nit');
  for (let i = 0; i < w.length; i++) {
    if (has('words')) out.add(`w:${w[i]}`);
    if (has('bigrams') && i + 1 < w.length) out.add(`b:${w[i]} ${w[i + 1]}`);
    if (has('chars') && w[i]!.length > 3) for (const g of charGrams(w[i]!)) out.add(`c:${g}`);
  }
  if (has('first')) for (const x of words(own.trim().split(/\n|[.!?](?:\s|$)/)[0] ?? '')) out.add(`f:${x}`);
  if (has('concepts')) for (const c of concepts(w)) out.add(c);
  if (has('cues')) for (const c of cues(w)) out.add(c);
  if (has('pairs')) for (const p of pairs([...concepts(w), ...cues(w)])) out.add(p);
  return [...out];
}

function charGrams(word: string): string[] {
  const padded = `<${word}>`;
  const out: string[] = [];
  for (let i = 0; i + 4 <= padded.length; i++) out.push(padded.slice(i, i + 4));
  return out;
}

/** Every pair of word classes present (k:a*b, names sorted): a request about layout, a tool named in a question, … */
function pairs(classes: readonly string[]): string[] {
  const names = [...new Set(classes.filter((c) => !c.includes('+')).map((c) => c.slice(2)))].sort();
  const out: string[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) out.push(`k:${names[i]}*${names[j]}`);
  return out;
}
