// Builds one ESM bundle per entry with ncc: dist/<entry>/index.js (+ lazily loaded chunks).
// --no-cache: ncc's shared build cache (~/.cache/ncc) made licenses.txt differ between checkouts,
// so a fresh clone's build did not match the committed dist/.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entries = readdirSync(join(root, 'src/entries'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
const only = process.argv.slice(2);
const todo = only.length ? entries.filter((e) => only.includes(e)) : entries;

function build(entry: string): Promise<void> {
  rmSync(join(root, 'dist', entry), { recursive: true, force: true });
  const args = [
    'build',
    `src/entries/${entry}.ts`,
    '-o',
    `dist/${entry}`,
    '--target',
    'es2022',
    '--license',
    'licenses.txt',
    '-q',
    '--no-cache',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/ncc'), args, { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry} (exit ${code})`))));
  });
}

const started = Date.now();
const queue = [...todo];
await Promise.all(
  [1, 2].map(async () => {
    for (let e = queue.shift(); e; e = queue.shift()) await build(e);
  }),
);
console.log(
  `built ${todo.map((e) => `dist/${e}/index.js`).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
