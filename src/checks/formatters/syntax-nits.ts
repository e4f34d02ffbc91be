/**
 * Syntax nits in review — handbook §5 "Code reviews": "Things we do not care about during review:
 * Syntax. If we're arguing about syntax, that means we should install a code formatter."
 *
 * A small, pure, rule-based classifier: a review comment is a syntax nit when it asks for, or argues about,
 * what a formatter or import sorter decides (indentation, tabs vs spaces, quotes, semicolons, trailing
 * commas, line length, blank lines, braces, spacing, import order, "run black") — and not when the same
 * words are used in another sense (CSV separators, format strings, generated YAML, prose typos), when the
 * comment talks about formatting as a process (whitespace-only PRs, reformat noise, CI checks) or when it
 * raises a behavioural point (bugs, logic, tests, performance, security).
 * Quoted lines and fenced code blocks are left out: they are what is commented on, not the comment.
 * Measured on real review comments: see the README, "Syntax nits in review", and `npm run bench`.
 */
import {
  ACKNOWLEDGEMENT,
  BEHAVIOUR,
  FORMATTING_AS_PROCESS,
  FORMATTING_TOPICS,
  OTHER_SENSE,
} from './syntax-nit-patterns.ts';

/** The comment's own words: no fenced code, no quoted lines, no links; inline code kept without its backticks. */
export function ownWords(body: string): string {
  return body
    .replace(/```[\s\S]*?(?:```|$)/g, ' ')
    .replace(/`+([^`\n]*)`+/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|[^\w*])([_*]{1,2})(\w[^_*\n]*?)\2(?=[^\w*]|$)/g, '$1$3')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('>'))
    .join('\n');
}

export function isSyntaxNit(body: string): boolean {
  const text = ownWords(body);
  if (!FORMATTING_TOPICS.some((topic) => topic.test(text))) return false;
  const elsewhere = [OTHER_SENSE, FORMATTING_AS_PROCESS, BEHAVIOUR, ACKNOWLEDGEMENT];
  return !elsewhere.some((pattern) => pattern.test(text));
}
