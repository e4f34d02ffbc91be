import { expect, it } from 'vitest';
import { readBlobs } from '../../src/facts/git/run-git.ts';
import { makeRepo } from '../helpers/git-repo.ts';

it('reads several rev:path blobs in one git process: multi-byte text whole, missing files and folders undefined', async () => {
  const repo = makeRepo();
  repo.write('package.json', '{ "workspaces": ["packages/*"] }\n');
  repo.write('docs/ünïcödé.md', 'Größe: ✓ — 日本語\n\nsecond paragraph\n');
  repo.write('empty.txt', '');
  repo.commit('files');
  const blobs = await readBlobs(repo.dir, [
    'HEAD:package.json',
    'HEAD:go.work',
    'HEAD:docs/ünïcödé.md',
    'HEAD:docs',
    'HEAD:empty.txt',
    'HEAD:package.json',
  ]);
  expect(blobs).toEqual([
    '{ "workspaces": ["packages/*"] }\n',
    undefined,
    'Größe: ✓ — 日本語\n\nsecond paragraph\n',
    undefined,
    '',
    '{ "workspaces": ["packages/*"] }\n',
  ]);
});
