import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { compileGlobs, fastMatcher } from '../../src/checks/globs.ts';

const OPTIONS = { dot: true, nocomment: true, nonegate: true };
const PATTERNS = [
  'docs/**',
  'packages/api/**',
  '**/*.md',
  '**/*.test.ts',
  'src/**/*.test.ts',
  '*.md',
  'README.md',
  'docs/api/index.md',
  '.github/**',
  'a b/**',
  '**/*.',
];
const SEGMENTS = [
  'docs',
  'api',
  'packages',
  'src',
  'a b',
  '.github',
  'x',
  '.env',
  'README.md',
  'index.md',
  'x.md',
  '.md',
  'x.test.ts',
  '.test.ts',
  'test.ts',
  'md',
  'docsx',
  'x.',
  'ts',
];

function* paths(depth: number): Generator<string> {
  if (depth === 0) return;
  for (const s of SEGMENTS) {
    yield s;
    for (const rest of paths(depth - 1)) yield `${s}/${rest}`;
  }
}

describe('glob shortcuts agree with minimatch', () => {
  const all = [...paths(3)];
  it.each(PATTERNS)('%s', (pattern) => {
    const f = fastMatcher(pattern);
    expect(f, 'a shortcut exists').toBeDefined();
    const wrong = all.filter((p) => f!(p) !== minimatch(p, pattern, OPTIONS));
    expect(wrong).toEqual([]);
  });

  it('other shapes use minimatch', () => {
    for (const p of [
      'src/*.ts',
      '**',
      '**/*',
      '**/.env',
      'docs/**/api/**',
      '{a,b}/**',
      'src/[ab].ts',
      'a/**/b/*.ts',
      'docs/',
      '?.md',
    ])
      expect(fastMatcher(p), p).toBeUndefined();
  });

  it('unusual paths (".", "..", empty segments) still get minimatch\u2019s answer', () => {
    const g = compileGlobs(['docs/**', '**/*.md']);
    for (const p of ['docs/..', 'docs/.', 'a/../b.md', 'docs//x', '/docs/x'])
      expect(g.matches(p), p).toBe(['docs/**', '**/*.md'].some((pat) => minimatch(p, pat, OPTIONS)));
  });
});
