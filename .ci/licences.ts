// The third-party licence notices for dist/licenses.txt: one block per bundled package (name, version, licence and
// the text of its licence file), sorted by name so the file is the same on every machine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface PackageJson {
  name: string;
  version: string;
  license?: string | { type: string };
}

/** The package folder (relative to the repository) holding a bundled file, or undefined for our own sources. */
export function packageDir(file: string): string | undefined {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const rest = file.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0]!.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0]!;
  return file.slice(0, at + 'node_modules/'.length) + name;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

function licenceText(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f))
    .sort();
  return files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
}

export function licenceNotices(root: string, bundledFiles: string[]): string {
  const dirs = new Set(bundledFiles.map(packageDir).filter((d): d is string => d !== undefined));
  const blocks = new Map<string, string>();
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(join(abs, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8')) as PackageJson;
    const licence = typeof pkg.license === 'object' ? pkg.license.type : (pkg.license ?? 'UNKNOWN');
    const text = licenceText(abs) || '(the package ships no licence file; its package.json names the licence above)';
    blocks.set(`${pkg.name}@${pkg.version}`, `${pkg.name} ${pkg.version}\n${licence}\n${text}`);
  }
  const names = [...blocks.keys()].sort();
  return `Third-party code bundled in dist/ and its licences.\n\n${names.map((n) => blocks.get(n)).join('\n\n')}\n`;
}
