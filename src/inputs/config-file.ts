/**
 * `.github/dev-process.yml`: settings for every check under its name, validated by the same zod
 * schemas as the inputs. Precedence: an action input set to something other than its default >
 * the config file > the default. Read from the PR's base commit (src/facts/config-source.ts), so a PR
 * cannot relax its own required checks. Pure.
 */
import { isMap, isScalar, stringify } from 'yaml';
import { docsRequiredInputs } from './docs-required.ts';
import { formatterEnforcedInputs } from './formatter-enforced.ts';
import { handbookSpecs } from './handbook.ts';
import { issueLinkedInputs } from './issue-linked.ts';
import { prSizeInputs } from './pr-size.ts';
import { reviewLatencyInputs } from './review-latency.ts';
import { selfReviewInputs } from './self-review.ts';
import type { Block } from '../verdict.ts';
import { InputError, type InputSpecs } from './spec.ts';
import { wipReportInputs } from './wip-report.ts';
import { readYaml, yamlWhere } from './yaml-safe.ts';

import { CONFIG_PATH } from './config-path.ts';

export { CONFIG_PATH };

export class ConfigError extends InputError {
  override name = 'ConfigError';
}

const CHECK_SPECS: Record<string, InputSpecs> = {
  'pr-size': prSizeInputs,
  'docs-required': docsRequiredInputs,
  'review-latency': reviewLatencyInputs,
  'formatter-enforced': formatterEnforcedInputs,
  'issue-linked': issueLinkedInputs,
  'self-review': selfReviewInputs,
  'wip-report': wipReportInputs,
  handbook: handbookSpecs, // not a check: the team's own handbook to quote (src/handbook.ts)
};

/** Check name → setting name → the value as an input string. */
export type ConfigFile = Record<string, Record<string, string>>;

const settable = (specs: InputSpecs): string[] =>
  Object.entries(specs)
    .filter(([, s]) => !s.secret)
    .map(([n]) => n);

/** A YAML value as the string an input would hold: scalars as text, lists of scalars one per line, the rest as YAML. */
function asInput(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return typeof value === 'string' ? value : JSON.stringify(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))
    return value.map((v) => String(v ?? '')).join('\n');
  return stringify(value);
}

export function parseConfigFile(text: string, file = CONFIG_PATH): ConfigFile {
  const read = readYaml(text);
  if ('problem' in read) {
    const where = yamlWhere(read.problem);
    throw new ConfigError(
      `${file}: ${where ? `${where}: ` : ''}${read.problem.what}. Allowed: a YAML mapping of check names to settings.`,
    );
  }
  const { doc, js } = read;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return {};
  if (!isMap(doc.contents))
    throw new ConfigError(
      `${file}: expected a mapping of check names. Allowed: ${Object.keys(CHECK_SPECS).join(', ')}.`,
    );
  const out: ConfigFile = {};
  for (const pair of doc.contents.items) {
    const check = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const specs = CHECK_SPECS[check];
    if (!specs)
      throw new ConfigError(
        `${file}: ${check} is not a check of this suite. Allowed: ${Object.keys(CHECK_SPECS).join(', ')}.`,
      );
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue;
    if (!isMap(pair.value))
      throw new ConfigError(
        `${file}: ${check}: expected a mapping of settings. Allowed: ${settable(specs).join(', ')}.`,
      );
    const section: Record<string, string> = {};
    for (const [key, value] of Object.entries((js as Record<string, Record<string, unknown>>)[check] ?? {})) {
      if (!settable(specs).includes(key))
        throw new ConfigError(
          `${file}: ${check}.${key} is not a setting of ${check}. Allowed: ${settable(specs).join(', ')}.`,
        );
      const text = asInput(value);
      const spec = specs[key]!;
      const parsed = spec.schema.safeParse(text.trim() === '' ? (spec.whenEmpty ?? spec.default) : text);
      if (!parsed.success)
        throw new ConfigError(
          `${file}: ${check}.${key} is ${JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text)}: ${parsed.error.issues[0]?.message ?? 'invalid value'}. Allowed: ${spec.allowed}.`,
        );
      section[key] = text;
    }
    out[check] = section;
  }
  return out;
}

export interface SettingSource {
  name: string;
  value: string;
  source: string;
}

/** Reads a setting: the input when set to something other than its default, else the config file, else the input (its default). */
export function settingsReader(
  specs: InputSpecs,
  readInput: (name: string) => string | undefined,
  section: Record<string, string> = {},
  file = CONFIG_PATH,
) {
  const fromInput = (name: string, v: string | undefined): boolean => v !== undefined && v !== specs[name]?.default;
  return {
    read(name: string): string | undefined {
      const v = readInput(name);
      if (fromInput(name, v)) return v;
      return name in section ? section[name] : v;
    },
    /** Every setting that is not its default, and where it came from. */
    sources(): SettingSource[] {
      return Object.keys(specs)
        .filter((n) => !specs[n]!.secret)
        .flatMap((name): SettingSource[] => {
          const v = readInput(name);
          if (fromInput(name, v)) return [{ name, value: v!, source: 'input' }];
          if (name in section) return [{ name, value: section[name]!, source: file }];
          return [];
        })
        .sort(
          (a, b) => (a.source === 'input' ? 0 : 1) - (b.source === 'input' ? 0 : 1) || a.name.localeCompare(b.name),
        );
    },
  };
}

/** A check's settings with the config file applied; an error about a value from the file names the file and key path. */
export function settingsWithConfig<S>(
  check: string,
  specs: InputSpecs,
  parse: (read: (name: string) => string | undefined) => S,
  readInput: (name: string) => string | undefined,
  config: ConfigFile,
  file = CONFIG_PATH,
): { settings: S; sources: SettingSource[] } {
  const section = config[check] ?? {};
  const reader = settingsReader(specs, readInput, section, file);
  try {
    return { settings: parse((n) => reader.read(n)), sources: reader.sources() };
  } catch (e) {
    const m = e instanceof InputError ? /^Input '([^']+)' is /.exec(e.message) : null;
    if (m && reader.sources().some((s) => s.name === m[1] && s.source === file))
      throw new ConfigError(e instanceof Error ? e.message.replace(m[0], `${file}: ${check}.${m[1]} is `) : String(e));
    throw e;
  }
}

/** A summary line saying where each non-default setting came from. */
export function settingsNote(sources: readonly SettingSource[]): Block[] {
  if (!sources.length) return [];
  return [
    {
      kind: 'paragraph',
      text: [
        'Settings: ',
        sources
          .map(
            (s) =>
              `${s.name} = ${s.value.replace(/\s*\n\s*/g, ', ').slice(0, 80)} (${s.source === 'input' ? 'action input' : s.source})`,
          )
          .join('; '),
        '.',
      ],
    },
  ];
}
