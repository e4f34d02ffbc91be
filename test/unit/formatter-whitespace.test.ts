/** Formatting-only detection (item 7 of issue #11): from the merge base, and binary files never count. */
import { describe, expect, it } from 'vitest';
import { onlyWhitespaceChanged } from '../../src/facts/git/whitespace.ts';
import { makeRepo } from '../helpers/git-repo.ts';

describe('formatting-only, on real git repositories', () => {
  it("compares with the merge base: the base branch's own later changes are not the PR's", async () => {
    const repo = makeRepo();
    repo.write('app.js', 'const a = 1;\nconst b = 2;\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('app.js', 'const a  =  1;\nconst b = 2;\n');
    const head = repo.commit('whitespace only');
    repo.git('checkout', '-q', 'main');
    repo.write('app.js', 'const a = 1;\nconst b = 3;\n');
    const base = repo.commit('main moves on');
    expect(await onlyWhitespaceChanged(repo.dir, base, head, ['app.js'])).toBe(true);
  });

  it('a PR that changes code, or only a binary file, is not formatting-only', async () => {
    const repo = makeRepo();
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]).toString('latin1'));
    repo.write('app.js', 'const a = 1;\n');
    const base = repo.commit('base');
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]).toString('latin1'));
    const binary = repo.commit('new logo');
    expect(await onlyWhitespaceChanged(repo.dir, base, binary, ['logo.png'])).toBe(false);
    repo.write('app.js', 'const a = 2;\n');
    const code = repo.commit('code');
    expect(await onlyWhitespaceChanged(repo.dir, binary, code, ['app.js'])).toBe(false);
    repo.write('app.js', 'const a = 2;\n\n');
    const blank = repo.commit('blank line');
    expect(await onlyWhitespaceChanged(repo.dir, code, blank, ['app.js'])).toBe(true);
  });
});
