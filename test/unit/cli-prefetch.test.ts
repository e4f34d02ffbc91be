// The CLI starts a check's git reads before loading the check (issue #14 §3); the run uses them only for the
// very range its own flag parsing names.
import { describe, expect, it } from 'vitest';
import { gitReadsFor, prefetchGitReads } from '../../src/cli/prefetch.ts';
import { makeRepo } from '../helpers/git-repo.ts';

function twoCommits() {
  const r = makeRepo();
  r.write('a.txt', 'a\n');
  const first = r.commit('one');
  r.write('a.txt', 'a\nb\n');
  const second = r.commit('two');
  return { ...r, first, second };
}

describe('prefetchGitReads', () => {
  it('starts the refs, the diff and the settings file of --base/--head/--cwd', async () => {
    const r = twoCommits();
    const reads = prefetchGitReads(['--verbose', '--base', 'HEAD~1', `--cwd=${r.dir}`, '--fail-at', 'L'], '/');
    expect(reads).toMatchObject({ cwd: r.dir, base: 'HEAD~1', head: 'HEAD', configFromGit: true });
    expect(await reads!.pair).toEqual({ head: r.second, base: r.first, mergeBases: [r.first] });
    expect((await reads!.changes).files.map((f) => [f.path, f.additions])).toEqual([['a.txt', 1]]);
    expect(await reads!.configText).toBeUndefined(); // this repository has no settings file
    expect(await reads!.shortIds).toEqual([r.second.slice(0, 7), r.first.slice(0, 7)]);
    expect(await reads!.workspaceFiles).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads the settings file at base and the workspace files at head in the same batch', async () => {
    const r = twoCommits();
    r.write('.github/dev-process.yml', 'pr-size:\n  fail-at: XL\n');
    r.commit('settings');
    r.write('package.json', '{ "workspaces": ["packages/*"] }\n');
    r.commit('workspaces');
    const reads = prefetchGitReads(['--base', 'HEAD~1'], r.dir)!;
    expect(await reads.configText).toBe('pr-size:\n  fail-at: XL\n');
    expect((await reads.workspaceFiles)[0]).toBe('{ "workspaces": ["packages/*"] }\n');
    const before = prefetchGitReads(['--base', 'HEAD~2', '--head', 'HEAD~1'], r.dir)!;
    expect(await before.configText).toBeUndefined(); // not yet at HEAD~2
    expect((await before.workspaceFiles)[0]).toBeUndefined(); // not yet at HEAD~1
  });

  it('starts nothing without --base (the base is picked later), and leaves the settings file to --config', () => {
    expect(prefetchGitReads(['--head', 'HEAD'], '/')).toBeUndefined();
    expect(prefetchGitReads(['--base', 'main', '--config', 'x.yml'], '/tmp')?.configFromGit).toBe(false);
  });

  it('a failed prefetch (not a repository) rejects nothing unhandled and is ignored by a run of another range', async () => {
    const reads = prefetchGitReads(['--base', 'nope'], '/');
    expect(await reads!.pair).toBeUndefined();
    const r = twoCommits();
    const range = { cwd: r.dir, base: 'HEAD~1', head: 'HEAD', configFromGit: true };
    expect(gitReadsFor(reads, range)).not.toBe(reads);
    const same = gitReadsFor(undefined, range);
    expect(gitReadsFor(same, range)).toBe(same);
    expect(gitReadsFor(same, { ...range, configFromGit: false })).not.toBe(same);
    await expect(reads!.changes).rejects.toThrow();
  });
});
