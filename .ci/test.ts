// `npm test`: the build and check-dist first (the e2e tests run the build), then format check, lint, typecheck and
// every test at the same time: the e2e tests mostly wait on child processes, the linters use the idle cores.
// Each step's output is printed whole when it ends; the exit status is 1 when any step failed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** `npm run <script>`, or vitest itself for 'vitest' (every project: the build was made just before). */
function run(script: string): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const args = script === 'vitest' ? ['exec', '--', 'vitest', 'run'] : ['run', '-s', script];
    const child = spawn('npm', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    child.on('close', (code) => {
      const s = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n${code === 0 ? '✓' : '✗'} ${script} (${s} s${code === 0 ? '' : `, exit ${code}`})\n`);
      process.stdout.write(Buffer.concat(out));
      resolve(code === 0);
    });
  });
}

const started = Date.now();
const ok = (await run('build')) && (await run('check-dist'));
const all = ok && (await Promise.all(['format:check', 'lint', 'typecheck', 'vitest'].map(run))).every(Boolean);
console.log(`\nnpm test: ${all ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = all ? 0 : 1;
