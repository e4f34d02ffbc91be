/** The package patterns a repository's workspace files declare. Plain parsing; the files are read by read.ts. */
import { parse as parseYaml } from 'yaml';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** package.json `workspaces`: a list, or `{ packages: [...] }` (yarn). */
export function packageJsonPatterns(text: string): string[] {
  try {
    const w = (JSON.parse(text) as { workspaces?: unknown }).workspaces;
    return Array.isArray(w) ? strings(w) : strings((w as { packages?: unknown } | undefined)?.packages);
  } catch {
    return [];
  }
}

/** pnpm-workspace.yaml `packages:`. */
export function pnpmPatterns(text: string): string[] {
  try {
    return strings((parseYaml(text) as { packages?: unknown } | null)?.packages);
  } catch {
    return [];
  }
}

/** Cargo.toml `[workspace]` `members = [...]` (the array may span lines). */
export function cargoPatterns(text: string): string[] {
  const section = /^\[workspace\][^\n]*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const members = /^\s*members\s*=\s*\[([\s\S]*?)\]/m.exec(section)?.[1] ?? '';
  return [...members.matchAll(/"([^"]+)"|'([^']+)'/g)].map((m) => (m[1] ?? m[2])!);
}

/** go.work `use ./a` and `use ( ./a ./b )`. */
export function goWorkPatterns(text: string): string[] {
  const noComments = text.replace(/\/\/[^\n]*/g, '');
  const out: string[] = [];
  for (const m of noComments.matchAll(/^\s*use\s*(?:\(([^)]*)\)|(\S+))/gm))
    out.push(...(m[1] ?? m[2] ?? '').split(/\s+/).filter(Boolean));
  return out.map((p) => p.replace(/^"|"$/g, ''));
}
