import * as z from 'zod/mini';
import { DEFAULT_SIZES, LABEL_MAX_LENGTH, overlongLabel, parseSizes, type SizeBucket } from '../checks/sizes.ts';
import { ignoreInput, tokenInput } from './shared.ts';
import { booleanInput, fromString, inputError, parseInputs, problem, type InputSpec } from './spec.ts';

const sizes = fromString((s, ctx): SizeBucket[] => {
  const parsed = parseSizes(s);
  return typeof parsed === 'string' ? problem(ctx, parsed) : parsed;
});

const optionalName = fromString((s) => s.trim());
const WARN_AT_DEFAULT_INPUT = 'XL';

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
    default: WARN_AT_DEFAULT_INPUT,
    whenEmpty: '',
    allowed: 'one of the size names, or empty to never warn',
    schema: optionalName,
  } satisfies InputSpec<string>,
  'label-prefix': {
    description: 'Prefix of the size label (label = prefix + size name).',
    default: 'size/',
    allowed: 'up to 40 characters, e.g. "size/" (prefix + size name must fit GitHub\'s 50-character label limit)',
    schema: z.string().check(z.trim(), z.maxLength(40, 'longer than 40 characters')),
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

const WARN_AT_DEFAULT = WARN_AT_DEFAULT_INPUT;

/** warn-at left at its default means XL, or the second-largest size when `sizes` has no XL (a default never fails a run). */
function defaultWarnAt(sizes: readonly SizeBucket[]): string {
  const xl = sizes.find((b) => b.name.toLowerCase() === WARN_AT_DEFAULT.toLowerCase());
  return xl ? xl.name : sizes.length > 1 ? sizes.at(-2)!.name : '';
}

export function parsePrSizeSettings(read: (name: string) => string | undefined): PrSizeSettings {
  const { 'github-token': _token, ...specs } = prSizeInputs;
  const raw = parseInputs(specs, read);
  const names = raw.sizes.map((b) => b.name);
  const sizeName = (input: 'fail-at' | 'warn-at', value: string): string | undefined => {
    if (value === '') return undefined;
    const found = names.find((n) => n.toLowerCase() === value.toLowerCase());
    if (!found) throw inputError(input, value, 'not a size name', `one of ${names.join(', ')}, or empty`);
    return found;
  };
  const long = overlongLabel(raw['label-prefix'], raw.sizes);
  if (long !== undefined) {
    const input = [...raw['label-prefix']].length >= LABEL_MAX_LENGTH ? 'label-prefix' : 'sizes';
    throw inputError(
      input,
      read(input) ?? '',
      `the label "${long}" is ${[...long].length} characters; GitHub allows ${LABEL_MAX_LENGTH}`,
      `size names that, after label-prefix "${raw['label-prefix']}", make labels of at most ${LABEL_MAX_LENGTH} characters`,
    );
  }
  const warnAt = raw['warn-at'] === WARN_AT_DEFAULT ? defaultWarnAt(raw.sizes) : raw['warn-at'];
  return {
    sizes: raw.sizes,
    ignore: raw.ignore,
    failAt: sizeName('fail-at', raw['fail-at']),
    warnAt: sizeName('warn-at', warnAt),
    labelPrefix: raw['label-prefix'],
    applyLabels: raw['apply-labels'],
  };
}
