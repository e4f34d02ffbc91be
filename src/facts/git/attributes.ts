import type { AttributeLookup, PathAttributes } from '../types.ts';
import { runGit } from './run-git.ts';

const isSet = (value: string): boolean => value === 'set' || value === 'true';

/** linguist-generated / linguist-vendored for each path, from every .gitattributes in the checkout. */
export async function gitAttributes(cwd: string, paths: readonly string[]): Promise<AttributeLookup> {
  const map = new Map<string, PathAttributes>();
  if (paths.length > 0) {
    const out = await runGit(
      cwd,
      ['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'],
      paths.join('\0') + '\0',
    );
    const t = out.split('\0');
    for (let i = 0; i + 2 < t.length; i += 3) {
      const path = t[i]!;
      const entry = map.get(path) ?? { generated: false, vendored: false };
      if (t[i + 1] === 'linguist-generated') entry.generated = isSet(t[i + 2]!);
      else entry.vendored = isSet(t[i + 2]!);
      map.set(path, entry);
    }
  }
  return (path) => map.get(path) ?? { generated: false, vendored: false };
}
