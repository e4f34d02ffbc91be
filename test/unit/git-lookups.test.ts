// Git look-ups that save processes (issue #14 §3). compareCommits: both commits and their merge bases from one `git rev-parse` (issue #14 §3: fewer git processes
// before the CLI can answer), with the same answers as asking git one question at a time.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCommits, mayHoldRepository, mergeBase, resolveCommit } from '../../src/facts/git/run-git.ts';
import { makeRepo } from '../helpers/git-repo.ts';

function branchyRepo() {
  const r = makeRepo();
  r.write('a.txt', 'a\n');
  const root = r.commit('root');
  r.git('checkout', '-q', '-b', 'topic');
  r.write('b.txt', 'b\n');
  const topic = r.commit('topic');
  r.git('checkout', '-q', 'main');
  r.write('c.txt', 'c\n');
  const main = r.commit('main');
  return { ...r, root, topic, main };
}

describe('compareCommits', () => {
  it('gives full ids of head and base and their one merge base, as rev-parse and merge-base do', async () => {
    const r = branchyRepo();
    const got = await compareCommits(r.dir, 'main', 'topic');
    expect(got).toEqual({ head: r.topic, base: r.main, mergeBases: [r.root] });
    expect(got?.mergeBases[0]).toBe(await mergeBase(r.dir, 'main', 'topic'));
    expect(got?.head).toBe(await resolveCommit(r.dir, 'topic'));
  });

  it('peels tags and relative refs to commits, and a base equal to head is its own merge base', async () => {
    const r = branchyRepo();
    r.git('tag', '-a', '-m', 'v1', 'v1', r.root);
    expect(await compareCommits(r.dir, 'v1', 'HEAD')).toEqual({ head: r.main, base: r.root, mergeBases: [r.root] });
    expect(await compareCommits(r.dir, 'HEAD', 'HEAD')).toEqual({ head: r.main, base: r.main, mergeBases: [r.main] });
  });

  it('is undefined when either side is not a commit here (missing, a tree, an option-like name)', async () => {
    const r = branchyRepo();
    expect(await compareCommits(r.dir, 'nope', 'HEAD')).toBeUndefined();
    expect(await compareCommits(r.dir, 'main', 'HEAD^{tree}')).toBeUndefined();
    expect(await compareCommits(r.dir, '--all', 'HEAD')).toBeUndefined();
    expect(await compareCommits(r.dir, 'main', '-q')).toBeUndefined();
  });

  it('lists no merge base for unrelated histories, and every one of a criss-cross merge', async () => {
    const r = branchyRepo();
    r.git('checkout', '-q', '--orphan', 'other');
    r.write('d.txt', 'd\n');
    r.commit('unrelated');
    expect((await compareCommits(r.dir, 'main', 'other'))?.mergeBases).toEqual([]);

    r.git('checkout', '-q', 'main');
    r.git('merge', '-q', '--no-edit', 'topic');
    r.git('checkout', '-q', 'topic');
    r.git('merge', '-q', '--no-edit', r.main);
    r.git('checkout', '-q', 'main');
    r.write('e.txt', 'e\n');
    r.commit('after m1');
    r.git('checkout', '-q', 'topic');
    r.write('f.txt', 'f\n');
    r.commit('after t1');
    const bases = (await compareCommits(r.dir, 'main', 'topic'))?.mergeBases;
    // Each side merged the other's old tip: both old tips are best common ancestors.
    expect([...(bases ?? [])].sort()).toEqual([r.main, r.topic].sort());
    expect([...(bases ?? [])].sort()).toEqual(r.git('merge-base', '--all', 'main', 'topic').trim().split('\n').sort());
  });
});

describe('mayHoldRepository', () => {
  it('is false for a folder no repository holds, so no git process is started for it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-checkout-'));
    expect(mayHoldRepository(empty, {})).toBe(false);
    expect(await compareCommits(empty, 'HEAD~1', 'HEAD')).toBeUndefined();
    expect(await resolveCommit(empty, 'HEAD')).toBeUndefined();
  });

  it('is true in a checkout, in any folder below its root, in a bare repository, and wherever GIT_DIR points git', () => {
    const r = makeRepo();
    mkdirSync(join(r.dir, 'deep/er'), { recursive: true });
    expect(mayHoldRepository(r.dir, {})).toBe(true);
    expect(mayHoldRepository(join(r.dir, 'deep/er'), {})).toBe(true);
    expect(mayHoldRepository(mkdtempSync(join(tmpdir(), 'elsewhere-')), { GIT_DIR: join(r.dir, '.git') })).toBe(true);
    expect(mayHoldRepository(join(r.dir, '.git'), {})).toBe(true);
  });
});
