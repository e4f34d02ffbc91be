// Entry for the `dev-process` command (bin/dev-process.js).
import { cli } from '../cli/main.ts';

process.exitCode = await cli(process.argv.slice(2), process.cwd(), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
