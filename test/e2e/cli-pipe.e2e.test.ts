// The built CLI as a shell runs it in a pipeline: `dev-process pr-size | head -3` closes the pipe early.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-dist.ts';

describe('the built CLI piped into a reader that stops early (| head)', () => {
  it('ends quietly with its status: no EPIPE stack trace on stderr', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), '--help'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.destroy(); // the reader is gone before the first line
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
