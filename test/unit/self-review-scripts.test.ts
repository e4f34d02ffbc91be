// Standalone scripts, reporting helpers and the enclosing function from git's hunk headers: false positives
// found on real commits (issue #17, round 2), retold in lines we wrote ourselves.
import { describe, expect, it } from 'vitest';
import { addedLinesFromGit } from '../../src/facts/self-review-facts.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { added, facts, found } from '../helpers/self-review.ts';

/** A file the diff adds whole: its lines numbered from 1. */
const newFile = (path: string, ...texts: string[]) => ({
  path,
  lines: texts.map((text, i) => ({ line: 1 + i, text })),
});

describe('standalone scripts print: that is what they are for', () => {
  it('a file starting with a shebang may print', () => {
    const f = facts(
      newFile('src/release-notes.js', '#!/usr/bin/env node', "const notes = read('CHANGES');", 'console.log(notes);'),
      newFile('tools_py/stats.py', '#!/usr/bin/env python3', 'print(total)'),
    );
    expect(found(f, { enable: 'print-call' })).toEqual([]);
  });

  it('a new file that exports nothing and uses Node’s own modules is a script run by hand', () => {
    const f = facts(
      newFile('load.js', "const http = require('http');", 'http.get(url, (res) => {', '  console.log(res.statusCode);'),
      newFile(
        'packages/weight/gzip.mjs',
        "import { readFileSync } from 'node:fs';",
        'const size = readFileSync(file).length;',
        'console.log(`gzip: ${size}`);',
      ),
    );
    expect(found(f)).toEqual([]);
  });

  it('but a module that exports, a browser entry, or a change inside an existing file is still read', () => {
    const f = facts(
      newFile('src/store.js', "const fs = require('fs');", 'console.log(cart);', 'module.exports = { cart };'),
      newFile('src/cart.ts', "import { readFile } from 'node:fs/promises';", 'console.log(cart);', 'export { cart };'),
      newFile('src/main.ts', "import { mount } from './app';", 'console.log(app);', "mount('#app');"),
      added('src/server.js', "const http = require('http');", 'console.log(req.body);'),
      newFile('src/run.js', '// #!/usr/bin/env node', 'console.log(x);'),
    );
    expect(found(f)).toEqual([
      'debug-output@src/store.js:2:warning',
      'debug-output@src/cart.ts:2:warning',
      'debug-output@src/main.ts:2:warning',
      'debug-output@src/server.js:11:warning',
      'debug-output@src/run.js:2:warning',
    ]);
  });
});

describe('a helper named for reporting may print', () => {
  it('reads up through a multi-line parameter list to the helper’s name', () => {
    const f = facts(
      added(
        'src/cache.ts',
        'const reportMiss = (',
        '  onMiss: ((why: string) => void) | undefined,',
        '  why: string',
        '): void => {',
        '  if (onMiss) {',
        '    onMiss(why)',
        '  } else {',
        '    console.log(why)',
        '  }',
        '}',
      ),
      added(
        'src/price.ts',
        'const totalOf = (',
        '  items: Item[],',
        '): number => {',
        '  console.log(items)',
        '  return sum(items)',
        '}',
      ),
    );
    expect(found(f)).toEqual(['debug-output@src/price.ts:13:warning']);
  });
});

describe('the enclosing function from the checkout’s diff', () => {
  it('git names the PHP method around the change even when its declaration is past the context lines', async () => {
    const repo = makeRepo();
    const body = (last: string) =>
      [
        '<?php',
        'class Reply',
        '{',
        '    public function ddPayload($key = null)',
        '    {',
        '        $payload = $this->payload();',
        '',
        '        $payload = trim($payload);',
        '',
        '        $payload = strtolower($payload);',
        '',
        `        ${last}`,
        '    }',
        '}',
        '',
      ].join('\n');
    repo.write('src/Reply.php', body('return $payload;'));
    const base = repo.commit('base');
    repo.write('src/Reply.php', body('dd($payload);'));
    const head = repo.commit('head');
    const files = await addedLinesFromGit(repo.dir, base, head);
    expect(files[0]!.lines.find((l) => !l.context)).toMatchObject({
      line: 12,
      scope: 'public function ddPayload($key = null)',
    });
    expect(found(facts(...files))).toEqual([]);
  });

  it('JS/TS keeps git’s default header (the top-level function, not a closure that ended above); a function head inside the hunk wins over it', async () => {
    const repo = makeRepo();
    const body = (last: string) =>
      [
        'export const showTable = <T extends Row>(rows: T[]) => {',
        '  const widthOf = (row: T): number => {',
        '    return row.name.length',
        '  }',
        '  const width = Math.max(...rows.map(widthOf))',
        '  const pad = 2',
        '  const sep = " "',
        '  for (const r of rows) {',
        `    ${last}`,
        '  }',
        '}',
        'export const total = (rows) => {',
        '  const a = 1;',
        '  const b = 2;',
        '  const c = 3;',
        `  ${last}`,
        '};',
        '',
      ].join('\n');
    repo.write('src/table.ts', body('rows.sort()'));
    const base = repo.commit('base');
    repo.write('src/table.ts', body('console.log(r.name.padEnd(width + pad))'));
    const head = repo.commit('head');
    const files = await addedLinesFromGit(repo.dir, base, head);
    expect(files[0]!.lines.filter((l) => !l.context).map((l) => l.scope)).toEqual([
      'export const showTable = <T extends Row>(rows: T[]) => {',
      'export const showTable = <T extends Row>(rows: T[]) => {',
    ]);
    expect(found(facts(...files))).toEqual(['debug-output@src/table.ts:16:warning']);
  });
});
