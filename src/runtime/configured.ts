/** A check's settings inside Actions: inputs, then `.github/dev-process.yml` at the base commit, then defaults. */
import { notice } from '../effects/actions.ts';
import type { RunContext } from '../facts/context.ts';
import { pullRequestFromPayload } from '../facts/github/pull-request.ts';
import type { PullRequestInfo } from '../facts/types.ts';
import { quoteTeamHandbook } from '../handbook.ts';
import { readConfigAt } from '../facts/config-source.ts';
import type { Octokit } from '../facts/github/octokit.ts';
import type { RepoRef } from '../facts/github/pull-files.ts';
import {
  CONFIG_PATH,
  parseConfigFile,
  settingsNote,
  settingsWithConfig,
  type SettingSource,
} from '../inputs/config-file.ts';
import { readActionInput } from '../inputs/read-action-inputs.ts';
import type { InputSpecs } from '../inputs/spec.ts';
import type { Verdict } from '../verdict.ts';

export interface Configured<S> {
  settings: S;
  /** The verdict with a line saying where each non-default setting came from. */
  note: <V extends Verdict>(v: V) => V;
  sources: SettingSource[];
}

export async function configuredSettings<S>(
  check: string,
  specs: InputSpecs,
  parse: (read: (name: string) => string | undefined) => S,
  where: { octokit: Octokit; repo: RepoRef; ref?: string; workspace?: string },
): Promise<Configured<S>> {
  parse(readActionInput); // every input valid on its own, before any request: bad input costs nothing
  const text = await readConfigAt(where);
  const config = text === undefined ? {} : parseConfigFile(text, CONFIG_PATH);
  const { settings, sources } = settingsWithConfig(check, specs, parse, readActionInput, config);
  const note = <V extends Verdict>(v: V): V => {
    const q = quoteTeamHandbook(v, check, config); // `handbook:` in the file: the team's own rule text
    return { ...q, summary: [...q.summary, ...settingsNote(sources)] };
  };
  return { settings, sources, note };
}

/** The base commit of the event's PR, if it has one. */
export const baseShaOf = (payload: unknown): string | undefined => {
  const sha = (payload as { pull_request?: { base?: { sha?: unknown } } } | undefined)?.pull_request?.base?.sha;
  return typeof sha === 'string' ? sha : undefined;
};

/**
 * The event's pull request and the check's settings (inputs, then the settings file at the PR's base commit):
 * the start every pull-request action shares. Undefined, after a notice, when the event carries no PR.
 */
export async function pullRequestAndSettings<S>(
  check: string,
  specs: InputSpecs,
  parse: (read: (name: string) => string | undefined) => S,
  ctx: RunContext,
  octokit: Octokit,
): Promise<(Configured<S> & { pr: PullRequestInfo }) | undefined> {
  const pr = pullRequestFromPayload(ctx.payload);
  if (!pr) {
    notice(`${check}: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
    return undefined;
  }
  const configured = await configuredSettings(check, specs, parse, {
    octokit,
    repo: ctx.repo,
    ref: pr.baseSha,
    workspace: ctx.workspace,
  });
  return { ...configured, pr };
}
