#!/usr/bin/env node
// Entry for the `dev-process` command (package.json "bin": the built dist/cli/index.js keeps the shebang).
// Node's module compile cache (where this Node has it) first, then only the command's own code is loaded.
import * as nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// A reader that stops early (`dev-process pr-size | head -3`) is not an error: end quietly with the status so far.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});
const { cli } = await import('../cli/main.ts');

process.exitCode = await cli(
  process.argv.slice(2),
  process.cwd(),
  {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    ...(process.stdout.isTTY ? { tty: { columns: process.stdout.columns } } : {}),
  },
  process.env,
);
