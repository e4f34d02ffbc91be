/**
 * Which JavaScript package manager a repository uses (`packageManager` in package.json, then its
 * lockfile), and the commands that install and run its formatters with it. Pure.
 */
export const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'] as const;
export type PackageManagerName = (typeof PACKAGE_MANAGERS)[number];

export interface PackageManager {
  name: PackageManagerName;
  why: string;
  /** Packages package.json lists in dependencies or devDependencies. */
  declared: readonly string[];
}

const LOCKFILES: [string, PackageManagerName][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

function readPackageJson(text: string | undefined): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(text ?? '');
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const keysOf = (v: unknown): string[] => (v !== null && typeof v === 'object' ? Object.keys(v) : []);

export function detectPackageManager(root: ReadonlySet<string>, packageJson: string | undefined): PackageManager {
  const json = readPackageJson(packageJson);
  const declared = [...keysOf(json.dependencies), ...keysOf(json.devDependencies)];
  const field = typeof json.packageManager === 'string' ? json.packageManager : '';
  const named = /^(npm|pnpm|yarn|bun)@/.exec(field)?.[1] as PackageManagerName | undefined;
  if (named) return { name: named, why: `"packageManager": "${field}" in package.json`, declared };
  const lock = LOCKFILES.find(([file]) => root.has(file));
  if (lock) return { name: lock[1], why: lock[0], declared };
  return { name: 'npm', why: 'no lockfile', declared };
}

/** The command that runs a package's binary from the repository's own install. */
export function execCommand(pm: PackageManagerName, pkg: string, bin: string): string {
  switch (pm) {
    case 'pnpm':
      return `pnpm exec ${bin}`;
    case 'yarn':
      return `yarn ${bin}`;
    case 'bun':
      return `bunx ${bin}`;
    default:
      return `npx ${pkg}`;
  }
}

/** The install step: the lockfile's install when package.json already lists `pkg`, else adding it. */
export function installCommand(pm: PackageManager, pkg: string): string {
  const frozen = {
    npm: 'npm ci',
    pnpm: 'pnpm install --frozen-lockfile',
    yarn: 'yarn install --immutable',
    bun: 'bun install --frozen-lockfile',
  };
  const add = {
    npm: 'npm install --save-dev',
    pnpm: 'pnpm add --save-dev',
    yarn: 'yarn add --dev',
    bun: 'bun add --dev',
  };
  return pm.declared.includes(pkg) ? frozen[pm.name] : `${add[pm.name]} ${pkg}`;
}
