import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { compileGlobLists, compileGlobs, globProblem } from '../../src/checks/globs.ts';
import { LOCKFILES, makeFileFilter, partitionFiles } from '../../src/checks/ignore.ts';
import { noAttributes } from '../helpers/attributes.ts';
import { parseGitattributes } from '../../src/facts/gitattributes.ts';
import { file } from '../helpers/files.ts';

describe('ignore rules', () => {
  it('ignores every default lockfile at any depth', () => {
    const filter = makeFileFilter([], noAttributes);
    for (const name of LOCKFILES) {
      expect(filter.reason(name)).toBe('lockfile');
      expect(filter.reason(`packages/app/${name}`)).toBe('lockfile');
    }
    expect(filter.reason('src/package-lock.json.ts')).toBeUndefined();
    expect(filter.reason('yarn.lock.md')).toBeUndefined();
  });

  it('user globs: the last matching line wins, ! re-includes, dot files match', () => {
    const filter = makeFileFilter(
      ['docs/generated/**', '!docs/generated/keep.md', '!yarn.lock', '**/*.snap'],
      noAttributes,
    );
    expect(filter.reason('docs/generated/api.md')).toBe('ignore input');
    expect(filter.reason('docs/generated/keep.md')).toBeUndefined();
    expect(filter.reason('yarn.lock')).toBeUndefined();
    expect(filter.reason('package-lock.json')).toBe('lockfile');
    expect(filter.reason('src/.hidden/__snapshots__/a.snap')).toBe('ignore input');
  });

  it('linguist-generated and linguist-vendored from .gitattributes', () => {
    const attrs = parseGitattributes(
      [
        '# comment',
        '*.pb.go linguist-generated',
        'dist/** linguist-generated=true',
        'dist/keep.js -linguist-generated',
        'third_party/** linguist-vendored',
        '"with space/**" linguist-vendored',
        'docs/** linguist-documentation',
        'vendor/ linguist-vendored',
        '* text=auto',
      ].join('\n'),
    );
    const filter = makeFileFilter([], attrs);
    expect(filter.reason('api/v1/service.pb.go')).toBe('generated');
    expect(filter.reason('dist/index.js')).toBe('generated');
    expect(filter.reason('dist/keep.js')).toBeUndefined();
    expect(filter.reason('third_party/lib/x.c')).toBe('vendored');
    expect(filter.reason('with space/a.txt')).toBe('vendored');
    expect(filter.reason('docs/index.md')).toBeUndefined();
    // A trailing-slash pattern matches directories only, never files inside them (git's rule).
    expect(filter.reason('vendor/a.go')).toBeUndefined();
    expect(filter.reason('src/main.go')).toBeUndefined();
  });

  it('a slash-less pattern matches at any depth; a slashed one is anchored at the root', () => {
    const attrs = parseGitattributes('gen.ts linguist-generated\nsrc/out.ts linguist-generated\n');
    expect(attrs('a/b/gen.ts').generated).toBe(true);
    expect(attrs('src/out.ts').generated).toBe(true);
    expect(attrs('lib/src/out.ts').generated).toBe(false);
  });

  it('partitions files and keeps the reason', () => {
    const parts = partitionFiles([file('a.ts', 3), file('yarn.lock', 900)], makeFileFilter([], noAttributes));
    expect(parts.counted.map((f) => f.path)).toEqual(['a.ts']);
    expect(parts.ignored).toEqual([{ ...file('yarn.lock', 900), reason: 'lockfile' }]);
  });
});

describe('glob validation and compilation', () => {
  it.each([
    ['src/**/{a,b', "a '{' is never closed"],
    ['src/[abc.ts', "a '[' is never closed"],
    ['!', 'the pattern is empty'],
    ['a}b', "a '}' closes no '{'"],
  ])('%j is malformed: %s', (pattern, problem) => {
    expect(globProblem(pattern)).toBe(problem);
  });

  it.each(['src/**', '!src/**/*.test.ts', '**/*.{md,mdx}', 'a\\[b'])('%j is fine', (pattern) => {
    expect(globProblem(pattern)).toBeUndefined();
  });

  it('compiled globs agree with minimatch semantics', () => {
    const list = compileGlobs(['src/**', '!src/**/*.test.ts', './README.md']);
    expect(list.matches('src/a/b.ts')).toBe(true);
    expect(list.matches('src/a/b.test.ts')).toBe(false);
    expect(list.matches('README.md')).toBe(true);
    expect(list.decide('lib/x.ts')).toBeUndefined();
  });
});

describe('the literal prefilter never changes an answer', () => {
  const patterns = [
    'src/**',
    '!src/**/*.test.ts',
    '{docs,site/content}/**/*.md',
    '**/fixtures/**',
    'a/*/c/**',
    '**',
    'x/{y/z,w}/q.ts',
    '*.lock',
  ];
  const paths = [
    'src/a.ts',
    'src/x/a.test.ts',
    'docs/a/b.md',
    'site/content/x.md',
    'site/x.md',
    'p/fixtures/q',
    'a/b/c/d',
    'x/y/z/q.ts',
    'x/w/q.ts',
    'x/y/q.ts',
    'yarn.lock',
    'deep/yarn.lock',
    '.github/x',
  ];
  it.each(patterns)('%s', (pattern) => {
    const list = compileGlobs([pattern]);
    for (const path of paths) {
      const neg = pattern.startsWith('!');
      const expected = minimatch(path, neg ? pattern.slice(1) : pattern, { dot: true }) ? !neg : undefined;
      expect(list.decide(path), path).toBe(expected);
    }
  });
});

describe('several glob lists share one index', () => {
  it('answers each list as if it were compiled alone', () => {
    const lists = [['src/**', '!src/**/*.test.ts'], ['docs/**', '**/*.md'], ['**'], [], ['{a/b/c,d}/x/**']];
    const shared = compileGlobLists(lists);
    const alone = lists.map((l) => compileGlobs(l));
    for (const path of ['src/a.ts', 'src/a.test.ts', 'docs/x.md', 'src/README.md', 'a/b/c/x/y', 'd/x/z', 'b/x/q', '']) {
      expect([...shared.decide(path)], path).toEqual(alone.map((g) => g.decide(path)));
    }
  });
});
