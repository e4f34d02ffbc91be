/**
 * Syntax nits in review — handbook §5 "Code reviews": "Things we do not care about during review:
 * Syntax. If we're arguing about syntax, that means we should install a code formatter."
 *
 * A review comment is a syntax nit when it asks for, or argues about, what a formatter or import sorter decides
 * (indentation, tabs vs spaces, quotes, semicolons, trailing commas, line length, blank lines, braces, spacing,
 * import order, "run black") — not when the same words are used in another sense, when it talks about
 * formatting as a process, or when it raises a behavioural point.
 * Since round 3 the word rules of rounds 1–2 are checked by a small model (syntax-nit-model.ts, chosen by
 * grouped cross-validation by repository): the rules' call stands unless the model objects, and the model alone
 * calls a nit only when confident. Since round 4 the model is fit on real review comments only (our own
 * sentences are tests), and the rules' call stands unless the model is sure it is not a nit: the corpus has few
 * textbook nits. Quoted lines and fenced code blocks are left out (ownWords).
 * Measured on real review comments: see the README, "Syntax nits in review", and `npm run bench`.
 */
import { isNitByRules } from './syntax-nit-features.ts';
import { logOdds, MODEL, nitCall } from './syntax-nit-model.ts';
import { ownWords } from './syntax-nit-text.ts';

export { ownWords };

/**
 * A nit when the model is confident on its own (log-odds above `threshold`), or when the word rules
 * (syntax-nit-patterns.ts) say nit and the model does not object (log-odds above `veto`).
 */
export function isSyntaxNit(body: string): boolean {
  return nitCall(logOdds(MODEL, body), isNitByRules(ownWords(body)), MODEL);
}
