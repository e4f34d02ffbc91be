/**
 * Runs a built bundle (dist/<entry>/index.js) as a separate process the way the runner does:
 * INPUT_* for every input (action.yml defaults filled in), GITHUB_EVENT_PATH, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_API_URL… and a clean environment otherwise.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '../..');

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface DistRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** Annotations (error/warning/notice commands). */
  annotations: WorkflowCommand[];
}

export interface DistRunOptions {
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  apiUrl?: string;
  repository?: string;
  workspace?: string;
  env?: Record<string, string>;
}

/** The action.yml that runs an entry ('root' is the root action). */
export const actionYmlPath = (entry: string): string =>
  entry === 'root' ? join(ROOT, 'action.yml') : join(ROOT, 'actions', entry, 'action.yml');

export function actionInputs(
  entry: string,
): Record<string, { description: string; default?: string; required?: boolean }> {
  return (parse(readFileSync(actionYmlPath(entry), 'utf8')) as { inputs?: Record<string, never> }).inputs ?? {};
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

const unescape = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Every line the runner would treat as a workflow command. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const cmds: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      properties[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
    }
    cmds.push({ command: m[1]!, properties, message: unescape(m[3]!) });
  }
  return cmds;
}

export async function runDist(entry: string, o: DistRunOptions): Promise<DistRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'dev-process-run-'));
  const files = { event: join(tmp, 'event.json'), output: join(tmp, 'output'), summary: join(tmp, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(o.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_REPOSITORY: o.repository ?? 'Codertocat/Hello-World',
    GITHUB_WORKSPACE: o.workspace ?? tmp,
    RUNNER_TEMP: tmp,
    ...o.env,
  };
  for (const [name, spec] of Object.entries(actionInputs(entry))) {
    const d = spec.default ?? '';
    env[`INPUT_${name.toUpperCase()}`] = d === '${{ github.token }}' ? 'ghs_faketoken0123456789' : d;
  }
  for (const [name, value] of Object.entries(o.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;

  const child = spawn(process.execPath, [join(ROOT, 'dist', entry, 'index.js')], {
    cwd: o.workspace ?? tmp,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const commands = parseCommands(stdout);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
  };
}
