/**
 * The scripts a project runs: the files each package.json (the root's and every nested workspace
 * package's on the changed files' paths) names in "scripts" (after node, tsx, ts-node,
 * bun (run), deno (run), zx, babel-node, vite-node) and "bin". Not the application itself: scripts named start, dev,
 * serve, preview, watch or prod (`"start": "node server/server.js"`) and the package's "main" run the
 * product. Reading a package.json is a fact; what self-review makes of the list is its rule
 * (src/checks/self-review-package.ts).
 */

const RUNNER =
  /(?:^|[\s;&|(])(?:node|tsx|ts-node|ts-node-esm|bun run|bun|deno run|deno|zx|babel-node|vite-node)((?:\s+-[-\w=]+)*)\s+([^\s;&|'"]+)/g;
/** A file a package.json script could run (JavaScript/TypeScript). */
export const SCRIPT_FILE = /\.(?:[cm]?[jt]s|jsx|tsx)$/;

const APP_SCRIPT = /^(?:start|dev|serve|preview|watch|prod)(?![a-z])/i;
const clean = (p: string): string => p.replace(/^\.\//, '').replace(/^\/+/, '');

/** The files a package.json (its text; undefined when absent) runs, as repository paths. */
export function scriptFilesOf(text: string | undefined): string[] {
  if (!text) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (!doc || typeof doc !== 'object') return [];
  const { bin, scripts, main } = doc as { bin?: unknown; scripts?: unknown; main?: unknown };
  const out: string[] = [];
  if (typeof bin === 'string') out.push(clean(bin));
  else if (bin && typeof bin === 'object')
    for (const v of Object.values(bin)) if (typeof v === 'string') out.push(clean(v));
  if (scripts && typeof scripts === 'object')
    for (const [name, cmd] of Object.entries(scripts)) {
      if (typeof cmd !== 'string' || APP_SCRIPT.test(name)) continue;
      for (const m of cmd.matchAll(RUNNER)) if (SCRIPT_FILE.test(m[2]!)) out.push(clean(m[2]!));
    }
  const app = typeof main === 'string' ? clean(main) : undefined;
  return [...new Set(out)].filter((p) => p !== app);
}

/** Every package.json that could own one of `paths`: one per folder on their way up, the root first. */
export function packageJsonPathsOf(paths: readonly string[]): string[] {
  const out = new Set<string>(['package.json']);
  for (const p of paths) {
    const parts = p.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) out.add(`${parts.slice(0, i).join('/')}/package.json`);
  }
  return [...out].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

/** The files the package.json at `path` (its text) runs, as repository paths. */
export function scriptFilesOfPackage(path: string, text: string | undefined): string[] {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  return scriptFilesOf(text).map((f) => folder + f);
}
