/**
 * Which formatters a repository uses, from the files at its root (read by
 * src/facts/formatters/repo-files.ts). Pure; each detection says why, for the summary.
 */
import type { FormatterName } from './registry.ts';

export interface RepoFiles {
  /** Names of the files at the repository root. */
  root: ReadonlySet<string>;
  packageJson?: string;
  pyproject?: string;
}

export interface Detection {
  name: FormatterName;
  why: string;
}

function packageJsonHasPrettier(text: string | undefined): boolean {
  if (!text) return false;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    return json !== null && typeof json === 'object' && 'prettier' in json;
  } catch {
    return false;
  }
}

const tomlTable = (text: string | undefined, table: string): boolean =>
  !!text && new RegExp(`^\\s*\\[${table.replace(/\./g, '\\.')}(?:\\.[\\w-]+)*\\]\\s*$`, 'm').test(text);

/** Detected formatters, in the order they claim files (the first whose extensions match formats a file). */
export function detectFormatters(repo: RepoFiles): Detection[] {
  const found: Detection[] = [];
  const first = (re: RegExp): string | undefined => [...repo.root].sort().find((n) => re.test(n));
  const add = (name: FormatterName, why: string | undefined): void => {
    if (why) found.push({ name, why });
  };
  add('biome', first(/^biome\.jsonc?$/));
  add(
    'prettier',
    first(
      /^(?:\.prettierrc(?:\.(?:json|json5|ya?ml|toml|js|cjs|mjs|ts|cts|mts))?|prettier\.config\.(?:js|cjs|mjs|ts|cts|mts))$/,
    ) ?? (packageJsonHasPrettier(repo.packageJson) ? '"prettier" in package.json' : undefined),
  );
  add(
    'ruff',
    first(/^\.?ruff\.toml$/) ?? (tomlTable(repo.pyproject, 'tool.ruff') ? '[tool.ruff] in pyproject.toml' : undefined),
  );
  add('black', tomlTable(repo.pyproject, 'tool.black') ? '[tool.black] in pyproject.toml' : undefined);
  add('gofmt', first(/^go\.mod$/));
  add('rustfmt', first(/^\.?rustfmt\.toml$/) ?? first(/^Cargo\.toml$/));
  add('clang-format', first(/^[._]clang-format$/));
  add('editorconfig', first(/^\.editorconfig$/));
  return found;
}
