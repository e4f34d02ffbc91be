/** Runs a formatter in check mode: found in node_modules/.bin or on PATH, batched, with a time limit. */
import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { versionIn, withoutColour, type ExternalFormatter, type Findings, type ToolOutput } from './tools/registry.ts';
import type { ToolConfig } from './tools/tool-config.ts';
import type { FileError } from './tools/tool-errors.ts';
import { firstDifferingLine } from './tools/unified-diff.ts';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The repository's own install first (node tools), then PATH; undefined when it is not installed. */
export function resolveTool(root: string, f: ExternalFormatter, pathEnv: string | undefined): string | undefined {
  if (f.pkg && executable(join(root, 'node_modules', '.bin', f.bin))) return join(root, 'node_modules', '.bin', f.bin);
  for (const dir of (pathEnv ?? '').split(delimiter).filter(Boolean))
    if (executable(join(dir, f.bin))) return join(dir, f.bin);
  return undefined;
}

export function runTool(
  cmd: string,
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
  stdin?: Buffer,
): Promise<ToolOutput & { timedOut: boolean }> {
  return new Promise((resolve) => {
    // Its own process group, so a timeout kills the tool and anything it started (a shell's children).
    const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      resolve({ code: null, stdout: '', stderr: '', timedOut: true });
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => err.push(Buffer.from(e.message)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: withoutColour(Buffer.concat(out).toString('utf8')),
        stderr: withoutColour(Buffer.concat(err).toString('utf8')),
        timedOut,
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });
}

export interface FormatterRun {
  name: ExternalFormatter['name'];
  files: string[];
  findings: Findings;
  /** Files the tool could not read (syntax errors): each its own error; the others are still checked. */
  errors: FileError[];
  /** The tool's version, from its --version. */
  version?: string;
  /** Set when the tool is not installed: nothing was checked. */
  missing?: boolean;
  timedOut?: boolean;
  /** The tool failed (an exit code it doesn't use for "unformatted", not explained by files' errors): its first error line. */
  error?: string;
  /** Files with a line break in their name that this tool's line-based output can't name: not checked. */
  skipped: string[];
  /** Processes started, for the bench. */
  processes: number;
}

const toolError = (f: ExternalFormatter, out: ToolOutput): string =>
  `${f.bin} exited with ${out.code}: ${(out.stderr || out.stdout).trim().split('\n')[0] ?? ''}`;

type StdinFormatter = ExternalFormatter & { stdinArgs: NonNullable<ExternalFormatter['stdinArgs']> };

/** Formats one file through the tool's stdin and compares: its first differing line, or undefined when formatted. */
async function formatViaStdin(tool: string, f: StdinFormatter, root: string, file: string, deadline: number) {
  const content = readFileSync(join(root, file));
  const out = await runTool(tool, f.stdinArgs(file), root, Math.max(1, deadline - Date.now()), content);
  return { out, line: out.code === 0 ? firstDifferingLine(content.toString('utf8'), out.stdout) : undefined };
}

const BATCH = 200;
/** Unformatted files whose first differing line is looked up (one process each): as many as annotations shown. */
export const LINE_LOOKUPS = 10;

/** One formatter's run in progress: the tool found, its time limit, and what it has found so far. */
interface Job {
  root: string;
  f: ExternalFormatter;
  /** The formatter when it can format one file through stdin. */
  viaStdin: StdinFormatter | undefined;
  tool: string;
  deadline: number;
  run: FormatterRun;
}

/** Why a run stopped before its end: the time limit, or a failure that says nothing about the files. */
type Stopped = { timedOut: true } | { error: string } | undefined;

/** Files with a line break in their name, one process each through stdin; skipped when the tool has no stdin mode. */
async function checkOneByOne(job: Job, files: string[]): Promise<Stopped> {
  const { f, viaStdin, run } = job;
  for (const file of files) {
    if (!viaStdin) {
      run.skipped.push(file);
      continue;
    }
    const { out, line } = await formatViaStdin(job.tool, viaStdin, job.root, file, job.deadline);
    run.processes++;
    if (out.timedOut) return { timedOut: true };
    if (out.code !== 0) run.errors.push({ path: file, message: toolError(f, out) });
    else if (line !== undefined) run.findings.set(file, line);
  }
  return undefined;
}

/** Files named one per line in the tool's output, `size` to a process. */
async function checkInBatches(job: Job, files: string[], size: number, config: ToolConfig): Promise<Stopped> {
  const { f, run } = job;
  for (let i = 0; i < files.length; i += size) {
    const chunk = files.slice(i, i + size);
    const out = await runTool(job.tool, f.checkArgs(chunk, config), job.root, Math.max(1, job.deadline - Date.now()));
    run.processes++;
    if (out.timedOut) return { timedOut: true };
    const errors = f.errors(out, chunk);
    // A broken file makes most tools exit with their error code, yet they checked every other file.
    if (out.code === null || (!f.okCodes.includes(out.code) && !errors.length)) {
      return { error: toolError(f, out) };
    }
    const findings = [...f.parse(out, chunk)].filter(([file]) => !errors.some((e) => e.path === file));
    // A non-zero exit that names no file (a broken config, a crash) is never read as "all formatted".
    if (out.code !== 0 && !errors.length && !findings.length) return { error: toolError(f, out) };
    run.errors.push(...errors);
    for (const [file, line] of findings) run.findings.set(file, line);
  }
  return undefined;
}

/** The first differing line of the first LINE_LOOKUPS unformatted files (by path) whose check gave none, or only roughly. */
async function lookUpFirstLines(job: Job, f: StdinFormatter): Promise<void> {
  const { run } = job;
  const lookups = [...run.findings]
    .filter(([, line]) => line === undefined || f.approximateLines)
    .map(([file]) => file)
    .sort()
    .slice(0, LINE_LOOKUPS);
  for (const file of lookups) {
    if (Date.now() > job.deadline) break;
    const { out, line } = await formatViaStdin(job.tool, f, job.root, file, job.deadline);
    run.processes++;
    if (out.code === 0 && line !== undefined) run.findings.set(file, line);
  }
}

/** Checks `files` with one process per 200 files, then finds the first differing line of the first LINE_LOOKUPS unformatted ones (by path). */
export async function runFormatter(
  root: string,
  f: ExternalFormatter,
  files: string[],
  o: { timeoutMs: number; pathEnv: string | undefined; batch?: number; config?: ToolConfig },
): Promise<FormatterRun> {
  const run: FormatterRun = { name: f.name, files, findings: new Map(), errors: [], skipped: [], processes: 0 };
  const tool = resolveTool(root, f, o.pathEnv);
  if (!tool) return { ...run, missing: true };
  if (f.versionArgs) {
    // The version decides the formatting: the summary names it, so a mismatch with the project's pin shows.
    const v = await runTool(tool, f.versionArgs, root, Math.min(o.timeoutMs, 30_000));
    const version = v.code === 0 ? versionIn(`${v.stdout}\n${v.stderr}`) : undefined;
    run.processes++;
    if (version) run.version = version;
  }
  const viaStdin = f.stdinArgs ? { ...f, stdinArgs: f.stdinArgs } : undefined;
  const job: Job = { root, f, viaStdin, tool, deadline: Date.now() + o.timeoutMs, run };
  // Tools name unformatted files one per line, so a name with a line break is checked on its own (stdin) or not at all.
  const oneLine = files.filter((p) => !/[\r\n]/.test(p));
  const multiLine = files.filter((p) => /[\r\n]/.test(p));
  const size = o.batch ?? BATCH;
  const stopped = (await checkOneByOne(job, multiLine)) ?? (await checkInBatches(job, oneLine, size, o.config ?? {}));
  if (stopped) return { ...run, ...stopped };
  if (viaStdin) await lookUpFirstLines(job, viaStdin);
  return run;
}
