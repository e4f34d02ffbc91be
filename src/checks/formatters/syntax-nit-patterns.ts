/**
 * The word patterns of the syntax-nit classifier (syntax-nits.ts), one list per decision.
 * Round 1 tuned them on the tuning part of a corpus of real review comments; round 2 tuned them on all 604
 * comments of that corpus (its old held-out part had been scored five times, so it became tuning data) and
 * measured them once on a fresh held-out set from other repositories (see the README, "Syntax nits in review").
 * Since round 3 their verdict is checked by the model (syntax-nit-model.ts) and left unchanged: rules tuned on the
 * comments they are measured on cannot be cross-validated, the model can.
 */

const FORMATTERS = String.raw`(?:black|prettier|gofmt|go fmt|goimports|rustfmt|cargo fmt|clang-format|isort|ruff format|biome format|make fmt|npm run format|yapf|autopep8)`;
const WIDTHS = String.raw`(?:79|80|88|90|100|110|120|130)`;

/** What a formatter or import sorter decides: one alternative per kind of syntax nit. */
export const FORMATTING_TOPICS: readonly RegExp[] = [
  // indentation, tabs vs spaces
  /\btabs?\b(?! (?:key|bar|panel|page|component|order)\b)/i,
  /\bindent(?:ation|ed|ing|s)?\b/i,
  /\b(?:\d+|two|four|eight)[- ]spaces?\b/i,
  /\bspaces? (?:per|instead|vs\.?|or|not|guy)\b/i,
  // quotes
  /\b(?:single|double|back)[- ]?quot(?:e|es|ed|ation|ations)\b/i,
  /\bquote[- ]style\b|\bstring[- ]normali[sz]ation\b|\b(?:random|the|these|kinds? of|wrong|consistent|mixed|mixing|use|using|prefer|keep) quotes\b|\bquote change/i,
  /\b(?:prefer\w*|either|or) ["'](?=[\s.,]|$)/i,
  // semicolons and commas
  /\bsemi[- ]?colons?\b|\bsemis\b|\bsemi: ?(?:true|false)\b/i,
  /\btrail+ing[- ]?comm?as?\b|\bcomma-dangle\b|\btrailingComma\b/i,
  // line length and wrapping
  /\bline[- ]?(?:length|width|wrap)|\bmax-line-length\b|\bprint ?width\b|\bcolumn limit\b/i,
  new RegExp(String.raw`\b${WIDTHS} ?(?:chars?|characters|columns?|cols|length|limit|char limit)\b`, 'i'),
  new RegExp(
    String.raw`\b${WIDTHS} (?:is|sounds|looks|seems) (?:also |still )?(?:not much|too \w+|plenty|enough|fine|ok|okay|good|perfect|gravy|reasonable|a good)\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:reformat\w*|wrap\w*|formatted|rais\w*|increas\w*) [\w ]{0,20}\bto ${WIDTHS}\b`, 'i'),
  new RegExp(
    String.raw`\b(?:back to|compromise at|keep it at|limit it to|limit at|fan of|default is|stick to) ${WIDTHS}\b`,
    'i',
  ),
  new RegExp(String.raw`\b${WIDTHS} (?:than|over|vs\.?|or) ${WIDTHS}\b`, 'i'),
  /\b(?:line is |lines are )?too long\b|\blong(?:er)? lines?\b|\bbreak (?:it|this|this line|the line|lines?) up\b|\bwrap (?:it|this|the line|lines)\b/i,
  // blank lines and newlines
  /\b(?:blank|empty) (?:lines?|links)\b|\bnew ?line at (?:the )?end\b|\bend of (?:the )?file\b|\bfinal new ?line\b/i,
  // braces, spacing, pointer alignment
  /\b(?:curly )?(?:braces?|brackets?) (?:on|should|go|placement|on the same line|on its own line)\b|\bopening (?:brace|bracket)\b/i,
  /\bspaces? (?:after|before|around|between|inside)\b|\bspaces? in (?:the )?paren|\btrailing (?:white ?spaces?|spaces)\b|\bmisaligned\b/i,
  /\bspacing\b|\b(?:extra|missing|no|unnecessary) spaces?\b/i,
  /\bK&R\b|\ballman\b|\bone true brace|\bbrace (?:style|formatting)|\bcuddle[sd]?\b|\}\s*else\s*\{|\bsame line as (?:the )?brace/i,
  /\bpointer (?:troll|alignment)\b|\b(?:left|right) everywhere\b|\b(?:next to|near|attached to) the (?:type|variable name)\b/i,
  // imports
  /\bimports? (?:order|ordering|sorting|sorted|grouping|groups?|sections?|statement order)\b/i,
  /\border of (?:the )?imports\b|\b(?:standard|style|convention|rule)s? for (?:braces|brackets|indentation|quotes|semicolons|imports|line length)\b/i,
  /\b(?:sort|sorting|order|reorder|group|grouping|organi[sz]e)\w*(?: [\w-]+){0,3} imports\b/i,
  /\b(?:first|third)[- ]party (?:import|section)|\bfirst-party or\b|\bthird-party or\b/i,
  /\b(?:consistent|enforc\w*|coding|code) style\b/i,
  /\bimports? (?:to be |are |be )?(?:alphabetical\w*|sorted|ordered)\b|\b(?:section|sections|block) of imports\b/i,
  /\b(?:force_sort_within_sections|force_single_line|known_first_party|merge_imports|imports_granularity|skip-string-normalization)\b/i,
  /\bPSR-(?:2|12)\b|\bPEP ?-?0*8\b/i,
  // run the formatter
  /\bnit: ?formatting\b|\b(?:fix|check) the formatting\b|\breformat (?:this|the|these|it)\b|\ball black now\b/i,
  new RegExp(String.raw`\b(?:run|apply|use|try|did you run|with)\b[^.?!\n]{0,20}\b${FORMATTERS}\b`, 'i'),
  new RegExp(
    String.raw`\b${FORMATTERS}(?: \.)?[^.?!\n]{0,20}\b(?:did not pass|does not pass|fails?|failing|on-save|on save)\b`,
    'i',
  ),
  new RegExp(String.raw`\bwhat does ${FORMATTERS} do\b`, 'i'),
  new RegExp(String.raw`\b(?:generated|produced|formatted) by ${FORMATTERS}`, 'i'),
];

/** Style words in another sense: data formats, format strings, generated files, prose. */
export const OTHER_SENSE =
  /\b(?:csv|delimiter|separator|excel|format strings?|printf|vulnerab\w*|yamls?|json|makefiles?|recipe lines?|pretty[- ]print\w*|serializ\w*|full stop|periods|emitter|generated(?! by)|typo\w*|spelling|grammat\w*|sentences?|wording|title|apostrophe|markdown)\b|\w\.md\b/i;

/** Formatting as a process (reformat noise, whitespace-only PRs, CI checks, "I ran prettier"): not a request. */
export const FORMATTING_AS_PROCESS = new RegExp(
  [
    String.raw`\b(?:whitespace|white space|formatting|format|reformat\w*|style)[- ](?:changes?|only|noise|commits?|revisions?|diffs?|issues?|check)\b`,
    String.raw`\b(?:whitespaces?|reformatting) (?:and|of) `,
    String.raw`\bonly (?:changes )?whitespaces?\b|\bwhitespace change\b|\bfake diffs\b|\bunrelated (?:changes|code|files)\b`,
    String.raw`\bmerge conflicts?\b|\brevert\w*\b|\bgit blame\b|\bsplit (?:this|it) (?:into|apart)|\bdecouple\b`,
    String.raw`\b(?:ci|build) (?:for|check|job|step)s? (?:for )?(?:prettier|formatting|black)\b`,
    String.raw`(?:^|\n|\. )(?:rebased and )?(?:re)?ran\b|\bI (?:just )?(?:re)?ran\b|\bI've run\b|\bI have run\b`,
    String.raw`\bformatting[- ]related\b|\bnon-formatted\b|\bI (?:used|applied) ${FORMATTERS}`,
    String.raw`\brun of\b|\bmake the ci fail\b|\bci (?:will|would)\b`,
    String.raw`\bwe already check\b|\bnot using \w+ for formatting\b|\bon my machine\b|\bleft unchanged\b`,
    String.raw`\bon (?:the )?ci\b|\bnew (?:pr|pull request)\b|\bwhen I save\b|\b(?:this|the) (?:repo|project) (?:does not|doesn't) (?:support|follow|use)\b`,
  ].join('|'),
  'i',
);

/** Words of a behavioural review point: with these the comment is about more than syntax. */
export const BEHAVIOUR =
  /\b(?:bug|crash|race|deadlock|n\+1|null|undefined|leaks?|secur\w*|inject\w*|xss|sql|perf(?:ormance)?\b|slow|o\(n|complex|breaks? (?:the|backward|compat|build)|broken|logic|loop|tests?\b(?!\/)|exception|await|promise|concurren\w*|off[- ]by[- ]one|overflow|validat\w*|auth(?:entication|orization)?\b|token|compat\w*|semantics?|behaviou?r\b|doesn'?t (?:even )?work|syntax error|copyright|license header|move this file|\bescaping\b|emptied|confus\w*)/i;

/**
 * The commenter reports what was done or will be done ("I sorted the imports", "I'll remove it", "Good catch, a tab
 * slipped in"): an acknowledgement, not a request (the labelling rule's "done" / "fixed the formatting").
 */
export const ACKNOWLEDGEMENT = new RegExp(
  [
    String.raw`(?:^|[.!?,;:]\s*|\n\s*|\b(?:that|where|because|since|as) )(?:thanks,? |ok,? |yes,? )?I(?:'ve| have)? (?:just |also |already )?(?:sorted|used|pulled|introduced|removed|fixed|changed|updated|converted|merged|touched|reverted|dropped|added|moved|reformatted|formatted|did|am not \w+ing)\b`,
    String.raw`\bI'll (?:remove|revert|drop|take)\b`,
    String.raw`^\W*good catch\b`,
  ].join('|'),
  'i',
);
