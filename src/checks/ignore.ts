import type { AttributeLookup, ChangedFile } from '../facts/types.ts';
import { compileGlobs } from './globs.ts';

/**
 * Which changed files pr-size and docs-required leave out: lockfiles,
 * files marked linguist-generated / linguist-vendored, and the user's `ignore` globs.
 * Pure: attributes are looked up through the function the facts layer provides.
 */

export const LOCKFILES: readonly string[] = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  'Cargo.lock',
  'Gemfile.lock',
  'composer.lock',
  'poetry.lock',
  'uv.lock',
  'Pipfile.lock',
  'go.sum',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'flake.lock',
];

export type IgnoreReason = 'lockfile' | 'generated' | 'vendored' | 'ignore input';

export interface FileFilter {
  /** Why the path is ignored, or undefined when it counts. */
  reason(path: string): IgnoreReason | undefined;
}

const lockfileNames = new Set(LOCKFILES);

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The user's globs have the last word: `!package-lock.json` counts a lockfile again,
 * `docs/generated/**` ignores more. Otherwise attributes, then lockfile names, decide.
 */
export function makeFileFilter(userGlobs: readonly string[], attributes: AttributeLookup): FileFilter {
  const user = compileGlobs(userGlobs);
  return {
    reason(path) {
      const decided = user.decide(path);
      if (decided === true) return 'ignore input';
      if (decided === false) return undefined;
      const attrs = attributes(path);
      if (attrs.generated) return 'generated';
      if (attrs.vendored) return 'vendored';
      if (lockfileNames.has(baseName(path))) return 'lockfile';
      return undefined;
    },
  };
}

export interface Partitioned {
  counted: ChangedFile[];
  ignored: (ChangedFile & { reason: IgnoreReason })[];
}

export function partitionFiles(files: readonly ChangedFile[], filter: FileFilter): Partitioned {
  const counted: ChangedFile[] = [];
  const ignored: Partitioned['ignored'] = [];
  for (const f of files) {
    const reason = filter.reason(f.path);
    if (reason) ignored.push({ ...f, reason });
    else counted.push(f);
  }
  return { counted, ignored };
}
