import * as z from 'zod/mini';
import { FORMATTER_NAMES, type FormatterName } from '../facts/formatters/tools/registry.ts';
import { ignoreInput, tokenInput } from './shared.ts';
import { booleanInput, fromString, parseInputs, problem, type InputSpec } from './spec.ts';

export const formatterEnforcedInputs = {
  'github-token': tokenInput('Token to list the PR\u2019s changed files (read-only is enough).'),
  formatters: {
    description: `Formatters to run instead of detecting them, comma-separated (${FORMATTER_NAMES.join(', ')}). Empty: detect from the repository.`,
    default: '',
    allowed: `a comma-separated list of ${FORMATTER_NAMES.join(', ')}, or empty to detect`,
    schema: fromString((s, ctx) => {
      const names = s.split(/[\s,]+/).filter(Boolean);
      const bad = names.find((n) => !(FORMATTER_NAMES as readonly string[]).includes(n));
      if (bad) return problem(ctx, `${JSON.stringify(bad)} is not a formatter this action knows`);
      return names.length ? (names as FormatterName[]) : undefined;
    }),
  } satisfies InputSpec<FormatterName[] | undefined>,
  'fail-on-unformatted': {
    description: 'Fail the check when a changed file is not formatted (false: annotate only).',
    default: 'true',
    allowed: 'true or false',
    schema: booleanInput,
  } satisfies InputSpec<boolean>,
  'on-missing-formatter': {
    description:
      'What a configured formatter that is not installed does: fail (the check fails, saying what to install) or warn (a warning only).',
    default: 'fail',
    allowed: 'fail or warn',
    schema: z.pipe(z.string().check(z.trim()), z.enum(['fail', 'warn'], { error: 'not a choice' })),
  } satisfies InputSpec<'fail' | 'warn'>,
  'timeout-seconds': {
    description: 'Time limit for all runs of one formatter; past it the check fails with a message saying so.',
    default: '120',
    allowed: 'a whole number of seconds from 1 to 3600',
    schema: fromString((s, ctx) => {
      const n = Number(s.trim());
      return !Number.isInteger(n) || n < 1 || n > 3600 ? problem(ctx, 'not a whole number from 1 to 3600') : n;
    }),
  } satisfies InputSpec<number>,
  ignore: ignoreInput,
};

export interface FormatterEnforcedSettings {
  formatters: FormatterName[] | undefined;
  failOnUnformatted: boolean;
  onMissingFormatter: 'fail' | 'warn';
  timeoutSeconds: number;
  ignore: string[];
}

export function parseFormatterEnforcedSettings(read: (name: string) => string | undefined): FormatterEnforcedSettings {
  const { 'github-token': _t, ...specs } = formatterEnforcedInputs;
  const raw = parseInputs(specs, read);
  return {
    formatters: raw.formatters,
    failOnUnformatted: raw['fail-on-unformatted'],
    onMissingFormatter: raw['on-missing-formatter'],
    timeoutSeconds: raw['timeout-seconds'],
    ignore: raw.ignore,
  };
}
