import * as z from 'zod/mini';
import { globProblem } from '../checks/globs.ts';
import { ignoreInput, labelName, tokenInput } from './shared.ts';
import { readYaml, yamlWhere } from './yaml-safe.ts';
import { fromString, parseInputs, problem, type InputSpec } from './spec.ts';

export type DocsMode = 'docs' | 'tests';

export interface DocsRule {
  code: string[];
  docs: string[];
}

export const DEFAULT_CODE = ['src/**', 'lib/**', 'app/**'];
export const DEFAULT_DOCS: Record<DocsMode, string[]> = {
  docs: ['docs/**', '**/*.md', '**/*.mdx'],
  tests: ['test/**', 'tests/**', '**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/test_*.py', '**/*_test.go'],
};
export const DEFAULT_SKIP_LABEL: Record<DocsMode, string> = { docs: 'no-docs-needed', tests: 'no-tests-needed' };

const globs = z
  .array(z.string(), { error: (iss) => `expected array of globs, got ${JSON.stringify(iss.input)}` })
  .check(
    z.superRefine((list, ctx) => {
      list.forEach((p, i) => {
        const bad = globProblem(p);
        if (bad)
          ctx.addIssue({ code: 'custom', path: [i], message: `pattern ${JSON.stringify(p)} is malformed (${bad})` });
      });
    }),
  );

const mappingSchema = z.array(
  z.strictObject(
    { code: globs.check(z.refine((l) => l.length > 0, 'needs at least one glob')), docs: z.optional(globs) },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `unknown key ${JSON.stringify(iss.keys[0])} (allowed: code, docs)`
          : `expected a mapping with code and docs, got ${JSON.stringify(iss.input)}`,
    },
  ),
  { error: (iss) => `expected a list of mappings, got ${JSON.stringify(iss.input)}` },
);

type RawRule = z.infer<typeof mappingSchema>[number];

const pathText = (path: readonly PropertyKey[]): string =>
  `rules${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;

/** YAML text → mappings, or one sentence naming the YAML position or the zod path. Empty = defaults. */
const rulesText = fromString((text, ctx): RawRule[] | undefined => {
  if (text.trim() === '') return undefined;
  const read = readYaml(text);
  if ('problem' in read) {
    const where = yamlWhere(read.problem);
    return problem(ctx, `YAML error${where ? ` at ${where}` : ''}: ${read.problem.what}`);
  }
  const parsed = mappingSchema.safeParse(read.js);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return problem(ctx, `${pathText(issue.path)}: ${issue.message}`);
  }
  return parsed.data.length === 0 ? problem(ctx, 'rules: the list is empty') : parsed.data;
});

export const docsRequiredInputs = {
  'github-token': tokenInput("Token to read the pull request's files. Read access is enough."),
  rules: {
    description:
      'YAML list of mappings `- code: [globs]` / `docs: [globs]`: a PR that changes a code file must change a docs file of the same mapping. Default: code src/**, lib/**, app/**; docs docs/**, **/*.md, **/*.mdx (in tests mode: test paths).',
    default: '',
    allowed: 'a YAML list such as "- code: [\\"src/**\\"]\\n  docs: [\\"docs/**\\"]"',
    schema: rulesText,
  } satisfies InputSpec<RawRule[] | undefined>,
  mode: {
    description:
      'docs: code changes need docs changes (handbook §7). tests: code changes need test changes (handbook §3); mappings without docs then default to test paths.',
    default: 'docs',
    allowed: 'docs or tests',
    schema: z.pipe(z.string().check(z.trim()), z.enum(['docs', 'tests'], { error: 'not a mode' })),
  } satisfies InputSpec<DocsMode>,
  ignore: ignoreInput,
  'skip-label': {
    description: 'A PR with this label passes without docs. Default: no-docs-needed (no-tests-needed in tests mode).',
    default: '',
    allowed: 'a label name of at most 50 characters',
    schema: labelName,
  } satisfies InputSpec<string>,
  drafts: {
    description:
      'check: draft PRs are checked like others. neutral: draft PRs pass with a notice until they are ready for review.',
    default: 'check',
    allowed: 'check or neutral',
    schema: z.pipe(z.string().check(z.trim()), z.enum(['check', 'neutral'], { error: 'not a drafts policy' })),
  } satisfies InputSpec<'check' | 'neutral'>,
};

export interface DocsRequiredSettings {
  mode: DocsMode;
  rules: DocsRule[];
  ignore: string[];
  skipLabel: string;
  drafts: 'check' | 'neutral';
}

export function parseDocsRequiredSettings(read: (name: string) => string | undefined): DocsRequiredSettings {
  const { 'github-token': _token, ...specs } = docsRequiredInputs;
  const raw = parseInputs(specs, read);
  const mode = raw.mode;
  const rules = (raw.rules ?? [{ code: DEFAULT_CODE }]).map((r) => ({
    code: r.code,
    docs: r.docs ?? DEFAULT_DOCS[mode],
  }));
  return {
    mode,
    rules,
    ignore: raw.ignore,
    skipLabel: raw['skip-label'] || DEFAULT_SKIP_LABEL[mode],
    drafts: raw.drafts,
  };
}
