// Round 6 of issue #17: scripts a nested workspace package runs, database seed scripts and one-off
// migration scripts may print; each retold in lines we wrote ourselves. Counts: README and field-runs.tsv.
import { describe, expect, it } from 'vitest';
import { packageJsonPathsOf, scriptFilesOfPackage } from '../../src/facts/package-scripts.ts';
import { added, facts, found } from '../helpers/self-review.ts';

const TOOL_PACKAGE = JSON.stringify({ name: 'lint-words', scripts: { check: 'tsx src/check-words.ts --strict' } });

describe('a nested package.json names scripts too', () => {
  it('lists every package.json on the changed files’ paths, the root first, once each', () => {
    expect(packageJsonPathsOf(['packages/words/src/a.ts', 'packages/words/src/b.ts', 'app.js'])).toEqual([
      'package.json',
      'packages/package.json',
      'packages/words/package.json',
      'packages/words/src/package.json',
    ]);
  });

  it('a nested package’s script files are named from the repository root', () => {
    expect(scriptFilesOfPackage('packages/words/package.json', TOOL_PACKAGE)).toEqual([
      'packages/words/src/check-words.ts',
    ]);
    expect(scriptFilesOfPackage('package.json', TOOL_PACKAGE)).toEqual(['src/check-words.ts']);
  });

  it('the file a nested package runs may print; the package’s app code is still read', () => {
    const f = {
      ...facts(
        added('packages/words/src/check-words.ts', 'console.log(`  - ${word}`);'),
        added('packages/shop/src/cart.ts', 'console.log(cart);'),
      ),
      scripts: scriptFilesOfPackage('packages/words/package.json', TOOL_PACKAGE),
    };
    expect(found(f)).toEqual(['debug-output@packages/shop/src/cart.ts:10:warning']);
  });
});

describe('seed and one-off migration scripts print for the operator', () => {
  it('prisma seed files, seed folders and migrate* scripts are not reported; a seed-named component is', () => {
    const f = facts(
      added('packages/db/prisma/seed/many-users.ts', 'console.log(`  Users: ${count}`);'),
      added('prisma/seed.ts', 'console.log(`created ${n}`);'),
      added('lib/api/migration/migrateToV3.js', 'console.log(`${row.id}`);'),
      added('src/components/SeedPacketCard.tsx', 'console.log(packet);'),
      added('src/migrations-view.ts', 'console.log(view);'),
    );
    expect(found(f)).toEqual([
      'debug-output@src/components/SeedPacketCard.tsx:10:warning',
      'debug-output@src/migrations-view.ts:10:warning',
    ]);
  });
});

describe('a handled error logged with a label is error reporting', () => {
  it('a label then the error, in a handler or with a label that speaks of the failure, is not reported', () => {
    const f = facts(
      added('src/upload.ts', '  } catch (err) {', '    console.log("Why:", err);', '    throw err;'),
      added('src/reader.ts', '  reader.onerror = function (e) {', '    console.log("Error:", e);'),
      added('src/jobs.ts', '    console.log(`[job ${id}] Task failed`, err);'),
      added('src/cart.ts', '    console.log("cart", err);'),
      added('src/list.ts', '    console.log("Error:", items);'),
    );
    expect(found(f)).toEqual(['debug-output@src/cart.ts:10:warning', 'debug-output@src/list.ts:10:warning']);
  });
});

describe('a client built for logging prints on purpose', () => {
  it('console calls under a const named …WithLogging / …Logging are not reported; other consts are', () => {
    const f = facts(
      added(
        'src/db.ts',
        'export const dbWithLogging = make(() => {',
        '  client.on("query", (q) => {',
        '    console.log("sql:", q.sql);',
      ),
      added('src/cart.ts', 'export const cartWithTotals = make(() => {', '    console.log("sql:", q.sql);'),
    );
    expect(found(f)).toEqual(['debug-output@src/cart.ts:11:warning']);
  });
});

describe('database migration files report to the operator', () => {
  it('a file named migration.* or under migrations/ is not reported; an import feature under migration/ is', () => {
    const f = facts(
      added('packages/db/migration/2026_backfill/migration.ts', 'console.log(`moved ${n}`);'),
      added('db/migrations/0042_split.js', 'console.log(`moved ${n}`);'),
      added('lib/controllers/migration/importFromFile.ts', 'console.log(rows);'),
    );
    expect(found(f)).toEqual(['debug-output@lib/controllers/migration/importFromFile.ts:10:warning']);
  });
});

describe('a React error boundary reports the error it caught', () => {
  it('the error logged in an ErrorBoundary or componentDidCatch is not reported; other values there are', () => {
    const f = facts(
      added(
        'app/routes/layout.tsx',
        'export function ErrorBoundary() {',
        '  const error = useRouteError();',
        '  console.log({ pageError: error });',
      ),
      added('app/Shell.tsx', '  componentDidCatch(error, info) {', '    console.error(error, info);'),
      added('app/Other.tsx', 'export function ErrorBoundary() {', '  console.log(props);'),
    );
    expect(found(f)).toEqual(['debug-output@app/Other.tsx:11:warning']);
  });
});
