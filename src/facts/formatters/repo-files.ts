/** Reads what formatter detection and EditorConfig need from the checkout. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RepoFiles } from './tools/detect.ts';
import type { EditorConfigFile } from './tools/editorconfig.ts';

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** A file at the repository root as text, or undefined. */
export const readRootText = (root: string, name: string): string | undefined => readText(join(root, name));

/** The nearest .clang-format-ignore from `path`'s folder up to the root (cached per folder), as clang-format looks. */
export function clangFormatIgnoreReader(root: string): (path: string) => { dir: string; text: string } | undefined {
  const cache = new Map<string, { dir: string; text: string } | undefined>();
  const at = (dir: string): { dir: string; text: string } | undefined => {
    if (!cache.has(dir)) {
      const text = readText(join(root, dir, '.clang-format-ignore'));
      cache.set(
        dir,
        text !== undefined ? { dir, text } : dir ? at(dirname(dir) === '.' ? '' : dirname(dir)) : undefined,
      );
    }
    return cache.get(dir);
  };
  return (path) => at(dirname(path) === '.' ? '' : dirname(path));
}

export function readRepoFiles(root: string): RepoFiles {
  const names = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) => d.name);
  const packageJson = readText(join(root, 'package.json'));
  const pyproject = readText(join(root, 'pyproject.toml'));
  return {
    root: new Set(names),
    ...(packageJson !== undefined ? { packageJson } : {}),
    ...(pyproject !== undefined ? { pyproject } : {}),
  };
}

/** The .editorconfig files from the root down to `path`'s folder (cached per folder). */
export function editorConfigReader(root: string): (path: string) => EditorConfigFile[] {
  const cache = new Map<string, EditorConfigFile | null>();
  const at = (dir: string): EditorConfigFile | null => {
    if (!cache.has(dir)) {
      const text = readText(join(root, dir, '.editorconfig'));
      cache.set(dir, text === undefined ? null : { dir, text });
    }
    return cache.get(dir)!;
  };
  return (path) => {
    const out: EditorConfigFile[] = [];
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const d = dir === '.' ? '' : dir;
      const f = at(d);
      if (f) out.push(f);
      if (!d) break;
    }
    return out;
  };
}

/** A changed file's bytes on disk, or undefined when it is not a regular file (deleted, submodule). */
export function readChangedFile(root: string, path: string): Buffer | undefined {
  const abs = join(root, path);
  if (!existsSync(abs) || !statSync(abs).isFile()) return undefined;
  return readFileSync(abs);
}
