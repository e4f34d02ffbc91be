import { parse } from 'yaml';
import { globProblem } from '../checks/globs.ts';
import { DEFAULT_FAIL_ON, RULE_IDS, RULES, type RuleId } from '../checks/self-review-rules.ts';
import { ignoreInput, tokenInput } from './shared.ts';
import { fromString, parseInputs, problem, type InputSpec } from './spec.ts';

const ALLOWED_IDS = RULE_IDS.join(', ');

/** Comma- or newline-separated rule ids; `none` is the empty list. */
const ruleList = fromString((s, ctx): RuleId[] => {
  const ids = s
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter((x) => x !== '' && x !== 'none');
  const bad = ids.find((id) => !(RULE_IDS as readonly string[]).includes(id));
  if (bad) return problem(ctx, `${JSON.stringify(bad)} is not a rule id`);
  return [...new Set(ids)] as RuleId[];
});

export type ExemptPaths = Partial<Record<RuleId | 'all', string[]>>;

/** YAML mapping: rule id (or `all`) → a glob or a list of globs. */
const exemptPaths = fromString((s, ctx): ExemptPaths => {
  if (s.trim() === '') return {};
  let doc: unknown;
  try {
    doc = parse(s);
  } catch (e) {
    return problem(ctx, `YAML error: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return problem(ctx, 'expected a mapping of rule ids to globs');
  const out: ExemptPaths = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key !== 'all' && !(RULE_IDS as readonly string[]).includes(key))
      return problem(ctx, `${JSON.stringify(key)} is not a rule id`);
    const globs = (Array.isArray(value) ? value : [value]).map(String);
    const bad = globs.map((g) => [g, globProblem(g)] as const).find(([, p]) => p);
    if (bad) return problem(ctx, `pattern ${JSON.stringify(bad[0])} is malformed (${bad[1]})`);
    out[key as RuleId | 'all'] = globs;
  }
  return out;
});

const idsAllowed = `comma-separated rule ids from: ${ALLOWED_IDS} (or none)`;

export const selfReviewInputs = {
  'github-token': tokenInput('Token to read the pull request\u2019s files and patches. Read access is enough.'),
  enable: {
    description: `Rules to turn on besides the default ones, comma- or newline-separated (off by default: ${RULES.filter(
      (r) => !r.on,
    )
      .map((r) => r.id)
      .join(', ')}).`,
    default: '',
    allowed: idsAllowed,
    schema: ruleList,
  } satisfies InputSpec<RuleId[]>,
  disable: {
    description: 'Rules to turn off, comma- or newline-separated.',
    default: '',
    allowed: idsAllowed,
    schema: ruleList,
  } satisfies InputSpec<RuleId[]>,
  'fail-on': {
    description:
      'Rules whose findings fail the check (error annotations); findings of the other rules are warnings. none: only warn.',
    default: DEFAULT_FAIL_ON.join(', '),
    whenEmpty: 'none',
    allowed: idsAllowed,
    schema: ruleList,
  } satisfies InputSpec<RuleId[]>,
  'exempt-paths': {
    description:
      'More paths where a rule does not apply: a YAML mapping of rule id (or all) to a glob or a list of globs, e.g. "debug-output: [tools/**]".',
    default: '',
    allowed: 'a YAML mapping such as "debug-output: [tools/**]" or "all: legacy/**" with rule ids from ' + ALLOWED_IDS,
    schema: exemptPaths,
  } satisfies InputSpec<ExemptPaths>,
  ignore: ignoreInput,
};

export interface SelfReviewSettings {
  /** The rules in force. */
  rules: RuleId[];
  failOn: RuleId[];
  exempt: ExemptPaths;
  ignore: string[];
}

export function parseSelfReviewSettings(read: (name: string) => string | undefined): SelfReviewSettings {
  const { 'github-token': _t, ...specs } = selfReviewInputs;
  const raw = parseInputs(specs, read);
  const rules = RULES.filter((r) => (r.on || raw.enable.includes(r.id)) && !raw.disable.includes(r.id)).map(
    (r) => r.id,
  );
  return { rules, failOn: raw['fail-on'], exempt: raw['exempt-paths'], ignore: raw.ignore };
}
