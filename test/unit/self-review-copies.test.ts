// Round 9 of issue #17: a line copied with its neighbours from a file of the same name elsewhere in the base
// tree (a module copied or converted to a new folder) is not new output. Lines written by us.
import { describe, expect, it } from 'vitest';
import { namesakesFromGit } from '../../src/facts/self-review-copies.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { added, facts, found } from '../helpers/self-review.ts';

const shelf = [
  'function shelve(book) {',
  '  const row = rows.find(book);',
  '  console.log(row);',
  '  return row;',
  '}',
];

describe('output copied with its neighbours from a file of the same name elsewhere is not new', () => {
  it('is not reported when a namesake in the base has the line between the same neighbours', () => {
    const f = {
      ...facts(
        added('src/store/shelf.js', ...shelf),
        added('src/other/shelf.js', 'function shelve(book) {', '  console.log(row);', '  return row;', '}'),
        added('src/store/cart.js', ...shelf),
      ),
      namesakes: { 'src/store/shelf.js': [shelf.join('\n')], 'src/other/shelf.js': [shelf.join('\n')] },
    };
    expect(found(f)).toEqual([
      'debug-output@src/other/shelf.js:11:warning',
      'debug-output@src/store/cart.js:12:warning',
    ]);
  });
});

describe('namesakesFromGit reads the base files of the same name as the files asked about', () => {
  it('returns their texts per path, not the file itself, none for a name found nowhere else', async () => {
    const r = makeRepo();
    r.write('www/common/shelf.js', 'old copy\n');
    r.write('src/store/shelf.js', 'itself\n');
    r.write('www/cart.js', 'cart\n');
    const base = r.commit('base');
    const got = await namesakesFromGit(r.dir, base, ['src/store/shelf.js', 'src/new/cart.js', 'src/new/only.js']);
    expect(got).toEqual({ 'src/store/shelf.js': ['old copy\n'], 'src/new/cart.js': ['cart\n'] });
  });
});
