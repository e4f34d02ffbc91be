/**
 * Scripts a project runs (the files its root package.json runs, listed by src/facts/package-scripts.ts):
 * their output is their purpose, and so is the output of files in the same folder (the helpers they
 * import). The application itself (start/dev/serve… scripts, "main") is not in that list. Pure.
 */

const folderOf = (p: string): string => p.slice(0, p.lastIndexOf('/') + 1);

/** A file package.json runs, or one in the same folder as such a file (not the repository root). */
export function inScriptFolder(path: string, scripts: readonly string[]): boolean {
  const folder = folderOf(path);
  return scripts.some((s) => s === path || (folder !== '' && folderOf(s) === folder));
}
