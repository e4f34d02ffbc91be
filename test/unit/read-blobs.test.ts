import { expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readBlobs, readObjects } from '../../src/facts/git/run-git.ts';
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

it('names objects by a short prefix in the same batch: the full id when unique, "ambiguous" when not', async () => {
  const repo = makeRepo();
  repo.write('a.txt', 'a\n');
  const head = repo.commit('one');
  // Two blobs whose ids share their first 4 hex digits (found by hashing as git does).
  const id = (text: string): string =>
    createHash('sha1')
      .update(`blob ${Buffer.byteLength(text)}\0${text}`)
      .digest('hex');
  const seen = new Map<string, string>();
  let pair: [string, string] | undefined;
  for (let i = 0; !pair; i++) {
    const text = `blob ${i}\n`;
    const prefix = id(text).slice(0, 4);
    const other = seen.get(prefix);
    if (other !== undefined) pair = [other, text];
    else seen.set(prefix, text);
  }
  for (const text of pair) repo.write(`twins/${id(text)}`, text);
  repo.commit('twins');
  const shared = id(pair[0]).slice(0, 4);
  // The process starts with the first names; the rest are asked when known.
  const objects = await readObjects(repo.dir, [head.slice(0, 7), shared], Promise.resolve(['HEAD:a.txt', 'nope']));
  expect(objects).toEqual([
    { id: head, type: 'commit' },
    'ambiguous',
    { id: id('a\n'), type: 'blob', text: 'a\n' },
    'missing',
  ]);
});
