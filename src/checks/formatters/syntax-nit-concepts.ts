/**
 * Word classes for the syntax-nit model: a comment's words mapped to a few broad concepts (layout words, formatter
 * names, preference, request, acknowledgement, behaviour), so that evidence from rare words is pooled.
 * Our own lists; a word may belong to no class.
 */
const CLASSES: Record<string, RegExp> = {
  layout:
    /^(?:tabs?|spaces?|spacing|whitespaces?|indent\w*|newlines?|blank|braces?|brackets?|curly|paren\w*|quotes?|quot\w+|comm?a|comm?as|semicolons?|semis?|columns?|width|wrap\w*|align\w*|alignment|chars?|characters|margin|<width>|\{|\}|;|"|')$/,
  tool: /^(?:prettier|black|gofmt|fmt|rustfmt|clang-format|clangformat|isort|yapf|autopep8|biome|goimports|formatter|formatters|format|formatting|formatted|reformat\w*|pep8|pep-8|pycodestyle|flake8|lint\w*|style|styles|styling|editorconfig)$/,
  imports: /^(?:imports?|import|sort\w*|order\w*|alphabetical\w*|group\w*|stdlib|party)$/,
  preference:
    /^(?:prefer\w*|rather|like|dislike|hate|love|ugly|pretty|readab\w*|consisten\w*|convention\w*|aesthetic\w*|opinion\w*|subjective|taste|standard|official|agree|disagree)$/,
  request: /^(?:please|pls|nit|nitpick|could|can|should|would|must|needs?|shouldn't|remove|add|use|fix|keep|put|move)$/,
  ack: /^(?:thanks|thank|thx|done|fixed|updated|sorry|oops|merged|merging|lgtm|ok|okay|yes|yep|yup|haha|lol|ah)$/,
  behaviour:
    /^(?:bug|bugs|error|errors|crash\w*|broken|fails?|failing|failed|tests?|performance|slow|memory|null|undefined|exception\w*|logic|works?|working|returns?|value|values|function|functions|variable|api|data)$/,
  question: /^\?$/,
  self: /^(?:i|i've|i'm|i'll|i'd|my|me|we've|we'll)$/,
  you: /^(?:you|your|you're|you've)$/,
  debate: /^(?:vs|versus|over|instead|either|or|prefer\w*|option|options|debate|war|wars|religious)$/,
};

const LINE_LAYOUT =
  /^(?:break\w*|wrap\w*|split|long|longer|length|width|blank|empty|new|end|trailing|extra|same|own|separate|up|per)$/;

export function concepts(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) for (const [name, re] of Object.entries(CLASSES)) if (re.test(w)) out.add(`k:${name}`);
  const has = (n: string): boolean => out.has(`k:${n}`);
  // pairs: a layout word together with a request / preference / ack / behaviour word
  for (const other of ['request', 'preference', 'ack', 'behaviour', 'question', 'tool'])
    if (has('layout') && has(other)) out.add(`k:layout+${other}`);
  // "line" is a layout word next to break, wrap, long, blank, new, end, …
  words.forEach((w, i) => {
    if (/^lines?$/.test(w) && words.slice(Math.max(0, i - 3), i + 3).some((x) => LINE_LAYOUT.test(x)))
      out.add('k:lines');
  });
  if (words.length <= 8) out.add('k:short');
  else if (words.length > 60) out.add('k:long');
  return [...out];
}
