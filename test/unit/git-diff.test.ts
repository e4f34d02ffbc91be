import { describe, expect, it } from 'vitest';
import { parseRawNumstat } from '../../src/facts/git/diff.ts';
import { gitChangedFiles } from '../../src/facts/git/diff.ts';
import { gitAttributes } from '../../src/facts/git/attributes.ts';
import { linesOf, makeRepo } from '../helpers/git-repo.ts';

describe('git facts', () => {
  it('parses raw + numstat -z output, renames and binary files included', () => {
    const out = [
      ':100644 100644 aaa bbb M',
      'src/a.ts',
      ':000000 100644 000 ccc A',
      'with\ttab.ts',
      ':100644 100644 ddd eee R087',
      'old/name.ts',
      'new/name.ts',
      ':100644 000000 fff 000 D',
      'gone.ts',
      ':100644 100644 111 222 M',
      'img.png',
      '3\t1\tsrc/a.ts',
      '5\t0\twith\ttab.ts',
      '2\t2\t',
      'old/name.ts',
      'new/name.ts',
      '0\t9\tgone.ts',
      '-\t-\timg.png',
      '',
    ].join('\0');
    expect(parseRawNumstat(out)).toEqual([
      { path: 'src/a.ts', status: 'modified', additions: 3, deletions: 1 },
      { path: 'with\ttab.ts', status: 'added', additions: 5, deletions: 0 },
      { path: 'new/name.ts', previousPath: 'old/name.ts', status: 'renamed', additions: 2, deletions: 2 },
      { path: 'gone.ts', status: 'removed', additions: 0, deletions: 9 },
      { path: 'img.png', status: 'modified', additions: 0, deletions: 0 },
    ]);
  });

  it('counts from the merge base, like a PR (changes on the base branch are not counted)', async () => {
    const repo = makeRepo();
    repo.write('a.txt', linesOf(3));
    repo.commit('root');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('b.txt', linesOf(4));
    const head = repo.commit('feature');
    repo.git('checkout', '-q', 'main');
    repo.write('c.txt', linesOf(100));
    repo.commit('main moves on');
    expect(await gitChangedFiles(repo.dir, 'main', head)).toEqual([
      { path: 'b.txt', status: 'added', additions: 4, deletions: 0 },
    ]);
  });

  it('reads linguist attributes from every .gitattributes in the checkout', async () => {
    const repo = makeRepo();
    repo.write('.gitattributes', '*.gen.ts linguist-generated\n');
    repo.write('vendor/.gitattributes', '** linguist-vendored\n');
    repo.commit('attrs');
    const attrs = await gitAttributes(repo.dir, ['x.gen.ts', 'vendor/lib/a.js', 'src/a.ts']);
    expect(attrs('x.gen.ts')).toEqual({ generated: true, vendored: false });
    expect(attrs('vendor/lib/a.js')).toEqual({ generated: false, vendored: true });
    expect(attrs('src/a.ts')).toEqual({ generated: false, vendored: false });
  });
});
