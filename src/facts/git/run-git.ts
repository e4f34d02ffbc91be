import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export class GitError extends Error {
  override name = 'GitError';
}

/** Runs git read-only in `cwd`; resolves stdout, rejects with git's first stderr line. */
export async function runGit(cwd: string, args: readonly string[], stdin?: string): Promise<string> {
  return (await runGitBuffer(cwd, args, stdin)).toString('utf8');
}

/** What git reads on stdin: all of it now, or a first part now and the rest when it is known. */
type Input = string | { now: string; later: Promise<string> };

/** runGit with stdout as bytes (for output that counts bytes, such as cat-file --batch). */
function runGitBuffer(cwd: string, args: readonly string[], stdin?: Input): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotepath=off', ...args], {
      cwd,
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new GitError(`git could not be started: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else {
        const first = Buffer.concat(err).toString('utf8').trim().split('\n')[0] ?? '';
        reject(new GitError(first || `git ${args[0]} exited with ${code}`));
      }
    });
    const input = child.stdin;
    if (input && stdin !== undefined) {
      // git may exit (e.g. on a bad ref) before reading its input; the exit status tells that story.
      input.on('error', () => undefined);
      if (typeof stdin === 'string') input.end(stdin);
      else {
        input.write(stdin.now);
        stdin.later.then(
          (rest) => input.end(rest),
          () => input.end(),
        );
      }
    }
  });
}

/** The commit `ref` names (full hash), or undefined when it names none in the repository at `cwd`. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  if (!mayHoldRepository(cwd)) return undefined;
  try {
    return (
      (await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

/** True when `ref` names a commit present in the repository at `cwd`. */
export const hasCommit = async (cwd: string, ref: string): Promise<boolean> =>
  (await resolveCommit(cwd, ref)) !== undefined;

/** The merge base of two commits, or undefined when the history to find it is missing (shallow clone). */
export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  try {
    return (await runGit(cwd, ['merge-base', '--end-of-options', a, b])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * False when no repository can hold `cwd`: no `.git` in it or in any folder above, it is no bare repository,
 * and no GIT_DIR. A workflow without actions/checkout still has its (empty) workspace folder: the readers that
 * ask whether a commit is there (resolveCommit, compareCommits, isShallow) answer for it without starting git.
 */
export function mayHoldRepository(cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR) return true;
  if (existsSync(join(cwd, 'HEAD')) && existsSync(join(cwd, 'objects'))) return true; // a bare repository
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/** Two commits of one history, as compareCommits finds them. */
export interface CommitPair {
  head: string;
  base: string;
  /** Every merge base of the two (none for unrelated or cut-off histories; two or more after criss-cross merges). */
  mergeBases: string[];
}

const OBJECT_ID = /^\^?[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * Full ids of `head` and `base` and their merge bases from ONE git process (`rev-parse H^{commit} B^{commit}
 * B...H`: a symmetric range lists its merge bases as ^id); undefined when either names no commit here.
 */
export async function compareCommits(cwd: string, base: string, head: string): Promise<CommitPair | undefined> {
  if (base.startsWith('-') || head.startsWith('-')) return undefined; // git refuses such ref names
  if (!mayHoldRepository(cwd)) return undefined;
  let out: string;
  try {
    out = await runGit(cwd, [
      'rev-parse',
      `${head}^{commit}`,
      `${base}^{commit}`,
      `${base}^{commit}...${head}^{commit}`,
    ]);
  } catch {
    return undefined;
  }
  const ids = out.split('\n').filter((l) => OBJECT_ID.test(l));
  const [h, b, ...range] = ids;
  if (!h || !b || h.startsWith('^') || b.startsWith('^')) return undefined;
  if (range.some((id) => !id.startsWith('^') && id !== h && id !== b)) return undefined;
  const mergeBases = [...new Set(range.filter((id) => id.startsWith('^')).map((id) => id.slice(1)))];
  return { head: h, base: b, mergeBases };
}

/** The top folder of the work tree that holds `cwd`. */
export async function workTreeRoot(cwd: string): Promise<string> {
  return (await runGit(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

/** The messages of the commits in base..head, newest first, empty ones left out. */
export async function commitMessages(cwd: string, base: string, head: string): Promise<string[]> {
  const log = await runGit(cwd, ['log', '-z', '--format=%B', `${base}..${head}`]);
  return log.split('\0').filter((m) => m.trim());
}

/** An object `git cat-file --batch` found: its full id, its type, and its text when it is a file (blob). */
export interface GitObject {
  id: string;
  type: string;
  text?: string;
}

/**
 * Several objects in one git process (`git cat-file --batch`): `rev:path` files, commits by a short id, and so
 * on; "missing" for a name that names nothing, "ambiguous" for a short id that names more than one object.
 */
export async function readObjects(
  cwd: string,
  first: readonly string[],
  /** More names, asked in the same process once known (the process starts now). */
  later: Promise<readonly string[]> = Promise.resolve([]),
): Promise<(GitObject | 'missing' | 'ambiguous')[]> {
  const lines = (names: readonly string[]): string => {
    if (names.some((s) => s.includes('\n')))
      throw new GitError('an object name with a line break cannot be read in a batch');
    return names.map((s) => `${s}\n`).join('');
  };
  const now = lines(first);
  const rest = later.then(lines);
  rest.catch(() => undefined); // a bad later name: git's input just ends, and the error is thrown below
  const out = await runGitBuffer(cwd, ['cat-file', '--batch'], { now, later: rest });
  const specs = [...first, ...(await later)];
  lines(specs);
  const objects: (GitObject | 'missing' | 'ambiguous')[] = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) {
      objects.push(header.endsWith(' ambiguous') ? 'ambiguous' : 'missing');
      continue;
    }
    const [id, type, size] = [m[1]!, m[2]!, Number(m[3])];
    objects.push(type === 'blob' ? { id, type, text: out.subarray(at, at + size).toString('utf8') } : { id, type });
    at += size + 1;
  }
  return objects;
}

/** The contents of several `rev:path` files in one git process; undefined for each one that is not a file. */
export async function readBlobs(cwd: string, specs: readonly string[]): Promise<(string | undefined)[]> {
  return (await readObjects(cwd, specs)).map((o) => (typeof o === 'object' ? o.text : undefined));
}
