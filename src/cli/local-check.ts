import { quoteTeamHandbook } from '../handbook.ts';
import {
  CONFIG_PATH,
  parseConfigFile,
  settingsNote,
  settingsWithConfig,
  type SettingSource,
} from '../inputs/config-file.ts';
import type { ChangeSet } from '../facts/types.ts';
import type { InputSpecs } from '../inputs/spec.ts';
import type { Verdict } from '../verdict.ts';
import { helpText, parseCliArgs, readFlagFile, type CliCommon } from './args.ts';
import { resolveRefs, type Comparison } from './base-ref.ts';
import { flagError, rejectEmptyFlag } from './flag-errors.ts';
import { gitReadsFor, type GitReads } from './prefetch.ts';
import { InputError } from '../inputs/spec.ts';

/** What a local check is given: the change set, the checkout and range, and the workspace files at head. */
export interface LocalFacts {
  changes: ChangeSet;
  cwd: string;
  base: string;
  head: string;
  /** WORKSPACE_FILES at head, read in the run's first git batch. */
  workspaceFiles: Promise<(string | undefined)[]>;
}

/** A check the CLI runs on a local git range: same settings and rule as the action. */
export interface LocalCheck<S> {
  command: string;
  summary: string;
  specs: InputSpecs;
  settings: (read: (name: string) => string | undefined) => S;
  /** The verdict: the rule, or for checks that run tools on the checkout (formatters) facts + rule; `cwd` is the checkout. */
  verdict: (facts: LocalFacts, settings: S) => Verdict | Promise<Verdict>;
  /** Inputs whose flag names a file holding the value (`--rules FILE`). */
  fileFlags?: readonly string[];
}

/** What a CLI run produced: the verdict (absent for --help) and what was compared. */
export interface LocalRun {
  common: CliCommon;
  verdict?: Verdict;
  comparison?: Comparison;
}

/** What the registry knows of a check before loading it: its command and one-line summary. */
export interface CheckName {
  command: string;
  summary: string;
}

/** A check as the registry lists it: named up front, its code loaded only when it runs. */
export interface LazyCheck extends CheckName {
  load: () => Promise<RegisteredCheck>;
}

/** A LocalCheck with its settings type closed over, so checks of different settings share one registry. */
export interface RegisteredCheck {
  command: string;
  summary: string;
  help: () => string;
  run: (argv: string[], cwd: string, prefetched?: GitReads) => Promise<LocalRun>;
}

export const defineLocalCheck = <S>(c: LocalCheck<S>): RegisteredCheck => ({
  command: c.command,
  summary: c.summary,
  help: () => helpText(c.command, c.summary, c.specs, c.fileFlags ?? []),
  run: (argv, cwd, prefetched) => runLocalCheck(c, argv, cwd, prefetched),
});

/** A setting given on the command line is said as its flag, not as an action input. */
const asFlag = (s: SettingSource): SettingSource => (s.source === 'input' ? { ...s, source: `flag --${s.name}` } : s);

/** Settings from the flags (and the settings file), every error naming the flag or the file. */
function withFlagErrors<T>(command: string, files: Record<string, string>, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw e instanceof InputError && e.constructor === InputError ? flagError(command, e, files) : e;
  }
}

async function runLocalCheck<S>(
  c: LocalCheck<S>,
  argv: string[],
  cwd: string,
  prefetched?: GitReads,
): Promise<LocalRun> {
  const { common, read } = parseCliArgs(c.command, argv, c.specs, cwd);
  if (common.help) return { common };
  const files: Record<string, string> = {};
  const readInput = (name: string): string | undefined => {
    const value = read(name);
    if (value === undefined) return undefined;
    const isFile = c.fileFlags?.includes(name) ?? false;
    const text = isFile ? readFlagFile(c.command, name, value, cwd) : value;
    if (isFile) files[name] = value;
    rejectEmptyFlag(c.command, c.specs, name, text, isFile ? value : undefined);
    return text;
  };
  withFlagErrors(c.command, files, () => c.settings(readInput)); // every flag valid on its own first
  // With --base given, the refs, the diff and the settings file are read side by side (started by main before
  // this check's code was loaded, when its pre-scan found the same range); a ref error still wins.
  const range = { cwd: common.cwd, head: common.head, configFromGit: !common.config };
  const early = common.base === undefined ? undefined : gitReadsFor(prefetched, { ...range, base: common.base });
  const comparison = await resolveRefs(common.cwd, common.base, common.head, c.command, early);
  const { base, head } = comparison;
  const { changes, configText, workspaceFiles } = early ?? gitReadsFor(undefined, { ...range, base });
  const file = common.config ?? CONFIG_PATH;
  const text = common.config ? readFlagFile(c.command, 'config', common.config, cwd) : await configText;
  const config = text === undefined ? {} : parseConfigFile(text, file);
  const { settings, sources } = withFlagErrors(c.command, files, () =>
    settingsWithConfig(c.command, c.specs, c.settings, readInput, config, file),
  );
  const facts = { changes: await changes, cwd: common.cwd, base, head, workspaceFiles };
  const verdict = await c.verdict(facts, settings);
  const quoted = quoteTeamHandbook(verdict, c.command, config);
  return {
    common,
    comparison,
    verdict: { ...quoted, summary: [...quoted.summary, ...settingsNote(sources.map(asFlag))] },
  };
}
