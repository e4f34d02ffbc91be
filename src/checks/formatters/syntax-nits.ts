/**
 * Syntax nits in review — handbook §5 "Code reviews": "Things we do not care about during review:
 * Syntax. If we're arguing about syntax, that means we should install a code formatter."
 *
 * A small, pure classifier: a review comment is a syntax nit when it talks about what a formatter
 * decides (semicolons, quotes, commas, whitespace, indentation, line length, import order, blank
 * lines, "run prettier") and not about behaviour (bugs, logic, tests, performance, security).
 * Quoted text and code blocks are left out: they are what is commented on, not the comment.
 */

const FORMATTING = new RegExp(
  [
    String.raw`semi-?colons?`,
    String.raw`trailing (?:commas?|white-?space|spaces?)`,
    String.raw`white-?space`,
    String.raw`indent(?:ation|ed|ing|s)?`,
    String.raw`\d+-space`,
    String.raw`tabs? (?:vs\.?|instead of|or|not) spaces?`,
    String.raw`spaces? (?:vs\.?|instead of|or|not) tabs?`,
    String.raw`line (?:length|is too long|too long)`,
    String.raw`too long(?:,| line)`,
    String.raw`(?:exceeds?|over|longer than|more than) \d+ (?:chars|characters|columns|cols)`,
    String.raw`(?:single|double|back) ?quotes?`,
    String.raw`quote style`,
    String.raw`(?:import|include) (?:order|ordering|sorting)`,
    String.raw`(?:sort|order|reorder) (?:the |these |your )?(?:imports|includes)`,
    String.raw`(?:blank|empty) lines?`,
    String.raw`new ?line at (?:the )?end`,
    String.raw`final new ?line`,
    String.raw`re-?format(?:ted|ting)?`,
    String.raw`formatting`,
    String.raw`code style`,
    String.raw`braces? (?:should|on|placement|go)`,
    String.raw`spacing`,
    String.raw`(?:extra|missing|no) spaces? (?:before|after|around|here)?`,
    String.raw`(?:extra|remove the extra) spaces?`,
    String.raw`run (?:prettier|black|gofmt|rustfmt|ruff|biome|clang-format)`,
    String.raw`prettier|gofmt|rustfmt|clang-format`,
    String.raw`all black now`,
  ].join('|'),
  'i',
);

/** Words of a behavioural review point: with these the comment is about more than syntax. */
const BEHAVIOUR =
  /\b(?:bug|crash|race|deadlock|n\+1|null|undefined|leaks?|secur|inject|xss|sql|perf|slow|o\(n|complex|breaks?|broken|logic|loop|test|exception|catch|await|promise|thread|concurren|off[- ]by[- ]one|overflow|validat|auth|token|compat|api\b|semantics?)/i;

/** The comment's own words: no fenced code, no inline code, no quoted lines. */
export function ownWords(body: string): string {
  return body
    .replace(/```[\s\S]*?(?:```|$)/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('>'))
    .join('\n');
}

export function isSyntaxNit(body: string): boolean {
  const text = ownWords(body);
  return FORMATTING.test(text) && !BEHAVIOUR.test(text);
}
