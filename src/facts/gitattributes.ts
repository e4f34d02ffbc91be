import { Minimatch } from 'minimatch';
import type { AttributeLookup } from './types.ts';

/**
 * Parses the linguist attributes out of a root `.gitattributes` file (read through the contents API,
 * where there is no checkout to run `git check-attr` on). Git's rules: a pattern without a slash
 * matches at any depth, one with a slash is relative to the root, the last matching line wins per
 * attribute, and `-attr` / `attr=false` / `!attr` unset it.
 */

type Tri = boolean | undefined;
interface Line {
  matcher: Minimatch;
  generated: Tri;
  vendored: Tri;
}

function attrValue(tokens: string[], name: string): Tri {
  let value: Tri;
  for (const t of tokens) {
    if (t === name || t === `${name}=true`) value = true;
    else if (t === `-${name}` || t === `${name}=false` || t === `!${name}`) value = false;
  }
  return value;
}

function unquote(pattern: string): string {
  if (!pattern.startsWith('"') || !pattern.endsWith('"') || pattern.length < 2) return pattern;
  return pattern.slice(1, -1).replace(/\\(.)/g, '$1');
}

function splitLine(line: string): string[] {
  const m = /^("(?:[^"\\]|\\.)*"|\S+)\s*(.*)$/.exec(line);
  if (!m) return [];
  return [unquote(m[1]!), ...(m[2] ? m[2].split(/\s+/) : [])];
}

export function parseGitattributes(text: string): AttributeLookup {
  const lines: Line[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [pattern, ...tokens] = splitLine(line);
    if (!pattern || pattern.startsWith('!') || pattern.endsWith('/')) continue;
    const generated = attrValue(tokens, 'linguist-generated');
    const vendored = attrValue(tokens, 'linguist-vendored');
    if (generated === undefined && vendored === undefined) continue;
    const anchored = pattern.includes('/');
    const glob = anchored ? pattern.replace(/^\//, '') : `**/${pattern}`;
    lines.push({ matcher: new Minimatch(glob, { dot: true, nonegate: true, nocomment: true }), generated, vendored });
  }
  return (path) => {
    let generated: Tri;
    let vendored: Tri;
    for (let i = lines.length - 1; i >= 0 && (generated === undefined || vendored === undefined); i--) {
      const l = lines[i]!;
      if (!l.matcher.match(path)) continue;
      if (generated === undefined) generated = l.generated;
      if (vendored === undefined) vendored = l.vendored;
    }
    return { generated: generated === true, vendored: vendored === true };
  };
}
