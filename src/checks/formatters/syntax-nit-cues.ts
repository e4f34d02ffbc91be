/**
 * More word classes for the syntax-nit model (feature kind `cues`), written from what a formatter settles and
 * how reviewers talk about it, not fitted: formatter configuration keys, style guides, formatting as a process,
 * negation, approval, other senses of style words, and the shape of a question. Our own lists.
 * Round 4 tried them (with `pairs`, every pair of word classes) under grouped CV; on the final 2,361 comments they
 * did not pay, so the committed model does not read them (bench/syntax-nit-train.ts DEFAULT_TRAIN.kinds).
 */
const CUES: Record<string, RegExp> = {
  config:
    /^(?:printwidth|print_width|max_width|max-width|max-line-length|line-length|line_length|columnlimit|column_limit|trailingcomma|trailing_comma|trailing-comma|singlequote|single_quote|quote-style|quote_style|indent_style|indent_size|indent-width|tabwidth|tab_width|usetabs|use_tabs|hard_tabs|tab_spaces|imports_granularity|group_imports|skip-string-normalization|breakbeforebraces|allowshortfunctionsonasingleline|pointeralignment|semi|prettierrc|editorconfig|toml|pyproject|setup\.cfg|clang-format)$/,
  guide:
    /^(?:pep8|pep-8|pep|psr-2|psr-12|psr|styleguide|style-guide|guide|guideline|guidelines|conventions?|standardjs|airbnb)$/,
  process:
    /^(?:ci|check|checks|pipeline|pre-commit|precommit|hook|hooks|workflow|action|diff|diffs|blame|noise|noisy|conflicts?|rebase|commit|commits|separate|unrelated|whitespace-only|mass|sweeping|codebase|repo|repository|automatically|auto|editor|ide|vscode|settings)$/,
  negation: /^(?:not|no|don't|doesn't|didn't|isn't|aren't|won't|never|nothing|without|nor|neither|can't|cannot)$/,
  approval: /^(?:lgtm|great|nice|good|awesome|perfect|cool|excellent|approve|approved|:\+1:|\+1|looks)$/,
  othersense:
    /^(?:csv|delimiter|separator|printf|sprintf|f-strings?|strftime|json|yaml|yml|markdown|html|css|ui|ux|button|key|keyboard|url|regex|escape|escaping|sql|output|log|logs|message|messages|docs|documentation|grammar|typo|wording|sentence)$/,
  wh: /^(?:what|why|which|how|where|when|who)$/,
  numbers: /^(?:\d+|two|four|eight)$/,
};

export function cues(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) for (const [name, re] of Object.entries(CUES)) if (re.test(w)) out.add(`k:${name}`);
  const question = words.includes('?');
  if (question && out.has('k:wh')) out.add('k:wh+question');
  if (question && words.length <= 12) out.add('k:shortquestion');
  if (out.has('k:negation') && out.has('k:process')) out.add('k:negation+process');
  return [...out];
}
