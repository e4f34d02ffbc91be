// Fails when dist/ differs from what is committed: the bundles users run must match the source.
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist/'], {
  encoding: 'utf8',
});
if (status.trim() !== '') {
  console.error('dist/ is stale: the build changed these files. Run `npm run build` and commit dist/.');
  console.error(status.trimEnd());
  process.exit(1);
}
console.log('dist/ matches the build.');
