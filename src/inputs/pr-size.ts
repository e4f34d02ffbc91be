import { z } from 'zod';
import { DEFAULT_SIZES, parseSizes, type SizeBucket } from '../checks/sizes.ts';
import { ignoreInput, tokenInput } from './shared.ts';
import { booleanInput, inputError, parseInputs, type InputSpec } from './spec.ts';

const sizes = z.string().transform((s, ctx): SizeBucket[] => {
  const parsed = parseSizes(s);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

const optionalName = z.string().transform((s) => s.trim());

export const prSizeInputs = {
  'github-token': tokenInput('Token to read the pull request and write size labels. The default job token is enough.'),
  sizes: {
    description: 'Size names and the counted lines at which each applies, smallest first, starting at 0.',
    default: DEFAULT_SIZES,
    allowed: `NAME=LINES pairs separated by commas, ascending from 0, e.g. "${DEFAULT_SIZES}"`,
    schema: sizes,
  } satisfies InputSpec<SizeBucket[]>,
  ignore: ignoreInput,
  'fail-at': {
    description: 'Fail the check at or above this size (e.g. XL). Empty never fails.',
    default: '',
    allowed: 'one of the size names, or empty to never fail',
    schema: optionalName,
  } satisfies InputSpec<string>,
  'warn-at': {
    description: 'Add a warning annotation at or above this size. Empty never warns.',
    default: 'XL',
    whenEmpty: '',
    allowed: 'one of the size names, or empty to never warn',
    schema: optionalName,
  } satisfies InputSpec<string>,
  'label-prefix': {
    description: 'Prefix of the size label (label = prefix + size name).',
    default: 'size/',
    allowed: 'up to 40 characters, e.g. "size/"',
    schema: z.string().trim().max(40, 'longer than 40 characters'),
  } satisfies InputSpec<string>,
  'apply-labels': {
    description: 'Add the size label to the pull request (and remove the previous one).',
    default: 'true',
    allowed: 'true or false',
    schema: booleanInput,
    actionOnly: true,
  } satisfies InputSpec<boolean>,
};

export interface PrSizeSettings {
  sizes: SizeBucket[];
  ignore: string[];
  failAt?: string;
  warnAt?: string;
  labelPrefix: string;
  applyLabels: boolean;
}

export function parsePrSizeSettings(read: (name: string) => string | undefined): PrSizeSettings {
  const { 'github-token': _token, ...specs } = prSizeInputs;
  const raw = parseInputs(specs, read);
  const names = raw.sizes.map((b) => b.name);
  const sizeName = (input: 'fail-at' | 'warn-at', value: string): string | undefined => {
    if (value === '') return undefined;
    if (!names.includes(value))
      throw inputError(input, value, 'not a size name', `one of ${names.join(', ')}, or empty`);
    return value;
  };
  return {
    sizes: raw.sizes,
    ignore: raw.ignore,
    failAt: sizeName('fail-at', raw['fail-at']),
    warnAt: sizeName('warn-at', raw['warn-at']),
    labelPrefix: raw['label-prefix'],
    applyLabels: raw['apply-labels'],
  };
}
