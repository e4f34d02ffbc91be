#!/usr/bin/env node
// Entry for the `dev-process` command (package.json "bin": the built dist/cli/index.js keeps the shebang).
import { cli } from '../cli/main.ts';

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
