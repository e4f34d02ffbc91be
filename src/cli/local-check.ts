import { readConfigFromGit } from '../facts/config-source.ts';
import { changeSetFromGit } from '../facts/git/change-set.ts';
import { CONFIG_PATH, parseConfigFile, settingsNote, settingsWithConfig } from '../inputs/config-file.ts';
import type { ChangeSet } from '../facts/types.ts';
import type { InputSpecs } from '../inputs/spec.ts';
import type { Verdict } from '../verdict.ts';
import { helpText, parseCliArgs, readFlagFile, type CliCommon } from './args.ts';
import { resolveRefs } from './base-ref.ts';

/** A check the CLI runs on a local git range: same settings and rule as the action. */
export interface LocalCheck<S> {
  command: string;
  summary: string;
  specs: InputSpecs;
  settings: (read: (name: string) => string | undefined) => S;
  /** The rule, or for checks that run tools on the checkout (formatters) facts + rule; `cwd` is the checkout. */
  decide: (
    facts: { changes: ChangeSet; cwd: string; base: string; head: string },
    settings: S,
  ) => Verdict | Promise<Verdict>;
  /** Inputs whose flag names a file holding the value (`--rules FILE`). */
  fileFlags?: readonly string[];
}

/** A LocalCheck with its settings type closed over, so checks of different settings share one registry. */
export interface RegisteredCheck {
  command: string;
  summary: string;
  help: () => string;
  run: (argv: string[], cwd: string) => Promise<{ common: CliCommon; verdict?: Verdict }>;
}

export const defineLocalCheck = <S>(c: LocalCheck<S>): RegisteredCheck => ({
  command: c.command,
  summary: c.summary,
  help: () => helpText(c.command, c.summary, c.specs, c.fileFlags ?? []),
  run: (argv, cwd) => runLocalCheck(c, argv, cwd),
});

async function runLocalCheck<S>(
  c: LocalCheck<S>,
  argv: string[],
  cwd: string,
): Promise<{ common: CliCommon; verdict?: Verdict }> {
  const { common, read } = parseCliArgs(c.command, argv, c.specs, cwd);
  if (common.help) return { common };
  const readInput = (name: string): string | undefined => {
    const value = read(name);
    return value === undefined || !c.fileFlags?.includes(name) ? value : readFlagFile(c.command, name, value, cwd);
  };
  c.settings(readInput); // every flag valid on its own first
  const { base, head } = await resolveRefs(common.cwd, common.base, common.head, c.command);
  const file = common.config ?? CONFIG_PATH;
  const text = common.config
    ? readFlagFile(c.command, 'config', common.config, cwd)
    : await readConfigFromGit(common.cwd, base);
  const { settings, sources } = settingsWithConfig(
    c.command,
    c.specs,
    c.settings,
    readInput,
    text === undefined ? {} : parseConfigFile(text, file),
    file,
  );
  const verdict = await c.decide(
    { changes: await changeSetFromGit(common.cwd, base, head), cwd: common.cwd, base, head },
    settings,
  );
  return { common, verdict: { ...verdict, summary: [...verdict.summary, ...settingsNote(sources)] } };
}
