/**
 * Every formatter of the README's table, run for real (no recorded output) on small repositories built
 * in temp dirs: a formatted file, a misformatted one (its first differing line), an unparsable one, the
 * repository's own config and excludes, and file names with spaces, unicode and a leading `-`.
 * One batch (one formatter process) per formatter. A missing tool skips its test with one line naming
 * the install command. Ruff can't be installed here: it stays on recorded output (formatters.test.ts).
 */
import { accessSync, constants, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatterVerdict } from '../../src/checks/formatter-enforced.ts';
import { gatherFormatterFacts } from '../../src/facts/formatters/formatter-facts.ts';
import { parseFormatterEnforcedSettings } from '../../src/inputs/formatter-enforced.ts';
import { ROOT } from '../helpers/run-dist.ts';

const PATH = [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter);
const installed = (bin: string): boolean =>
  PATH.split(delimiter).some((d) => {
    try {
      accessSync(join(d, bin), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

interface Case {
  name: string;
  bin: string;
  install: string;
  files: Record<string, string | Buffer>;
  /** Unformatted files and their first differing line; nothing else may be reported. */
  unformatted: Record<string, number>;
  /** Files the tool could not read, with the line it names (if any) and its message. */
  errors: Record<string, { line?: number; message: RegExp }>;
  /** The fix command shown for the file named with a leading `-`. */
  dashFix: string;
}

const hostile = (ext: string, body: string) => ({ [`-u${ext}`]: body, [`sub dir/ä b${ext}`]: body });

const CASES: Case[] = [
  {
    name: 'prettier',
    bin: 'prettier',
    install: 'npm install --save-dev prettier',
    files: {
      '.prettierrc': '{ "semi": false, "singleQuote": true }\n',
      '.prettierignore': 'generated/\n',
      'src/good.ts': "export const a = 'x'\n",
      'src/bad.ts': 'export const a = \'x\'\nexport const b = "y"\n',
      'src/broken.ts': 'export const a = ;\n',
      'generated/out.ts': 'export const   ugly={a:1};\n',
      ...hostile('.ts', "export const a = 'x'\nexport const   u=1\n"),
    },
    unformatted: { 'src/bad.ts': 2, '-u.ts': 2, 'sub dir/ä b.ts': 2 },
    errors: { 'src/broken.ts': { line: 1, message: /SyntaxError/ } },
    dashFix: 'npx prettier --write -- -u.ts',
  },
  {
    name: 'biome',
    bin: 'biome',
    install: 'npm install --save-dev @biomejs/biome',
    files: {
      'biome.json':
        '{ "formatter": { "indentStyle": "space", "indentWidth": 4 }, "files": { "includes": ["**", "!generated"] } }\n',
      'src/good.js': 'export function f() {\n    return 1;\n}\n',
      'src/bad.js': 'export function f() {\n  return 1;\n}\n',
      'src/broken.js': 'export const a = ;\n',
      'generated/out.js': 'export const   ugly={a:1};\n',
      ...hostile('.js', 'export const a = 1;\nexport const   u=1\n'),
    },
    unformatted: { 'src/bad.js': 2, '-u.js': 2, 'sub dir/ä b.js': 2 },
    errors: { 'src/broken.js': { line: 1, message: /Expected an expression/ } },
    dashFix: 'npx @biomejs/biome format --write -- -u.js',
  },
  {
    name: 'black',
    bin: 'black',
    install: 'apt-get install -y black',
    files: {
      'pyproject.toml': "[tool.black]\nline-length = 40\nextend-exclude = '''\n/testdata/\n'''\n",
      'app/good.py': 'x = 1\n',
      // 47 characters: formatted at Black's default 88, not at this repository's 40.
      'app/bad.py': 'x = 1\ny = call_this(argument_one, argument_two)\n',
      'app/broken.py': 'x = 1\ndef f(:\n    pass\n',
      'testdata/unparsable.py': 'def (:\n',
      ...hostile('.py', 'x = 1\ny   = 2\n'),
    },
    unformatted: { 'app/bad.py': 2, '-u.py': 2, 'sub dir/ä b.py': 2 },
    errors: { 'app/broken.py': { line: 2, message: /Cannot parse/ } },
    dashFix: 'black -- -u.py',
  },
  {
    name: 'gofmt',
    bin: 'gofmt',
    install: 'apt-get install -y golang-go',
    files: {
      'go.mod': 'module example.com/x\n\ngo 1.19\n',
      'good.go': 'package main\n\nfunc main() {}\n',
      'bad.go': 'package main\n\nfunc  main() {\n}\n',
      'broken.go': 'package main\n\nfunc main( {\n',
      ...hostile('.go', 'package main\n\nvar  u=1\n'),
    },
    unformatted: { 'bad.go': 3, '-u.go': 3, 'sub dir/ä b.go': 3 },
    errors: { 'broken.go': { line: 3, message: /expected/ } },
    dashFix: 'gofmt -w -- -u.go',
  },
  {
    name: 'rustfmt',
    bin: 'rustfmt',
    install: 'apt-get install -y rustfmt',
    files: {
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\nedition = "2021"\n',
      // Style edition 2024 sorts `U8` first; 2021 (Cargo.toml's) would not.
      'rustfmt.toml': 'edition = "2024"\nmax_width = 40\n',
      'src/good.rs': 'use std::{U8, u8, u16};\n',
      'src/bad.rs': 'fn main() {}\nfn long(argument_one: u8, argument_two: u8) {}\n',
      'src/broken.rs': 'fn main() {}\nfn x( {\n',
      ...hostile('.rs', 'fn main() {}\nfn  u() {}\n'),
    },
    unformatted: { 'src/bad.rs': 2, '-u.rs': 2, 'sub dir/ä b.rs': 2 },
    errors: { 'src/broken.rs': { line: 2, message: /unclosed delimiter/ } },
    dashFix: 'rustfmt -- -u.rs',
  },
  {
    name: 'clang-format',
    bin: 'clang-format',
    install: 'apt-get install -y clang-format',
    files: {
      '.clang-format': 'BasedOnStyle: LLVM\nIndentWidth: 8\n',
      '.clang-format-ignore': '# vendored\nthird_party/*\n',
      'src/good.c': 'int f(int a) {\n        int b = a + 1;\n        return b;\n}\n',
      'src/bad.c': 'int f(int a) {\n  int b = a + 1;\n  return b;\n}\n',
      'src/broken.c': Buffer.from([0xff, 0xfe, 0x69, 0x00, 0x6e, 0x00, 0x74, 0x00]),
      'third_party/lib.c': 'int   ugly ;\n',
      ...hostile('.c', 'int a;\nint  u;\n'),
    },
    unformatted: { 'src/bad.c': 2, '-u.c': 2, 'sub dir/ä b.c': 2 },
    errors: { 'src/broken.c': { message: /byte order mark/ } },
    dashFix: 'clang-format -i -- -u.c',
  },
];

function repoOf(files: Case['files']): string {
  const dir = mkdtempSync(join(tmpdir(), 'fmt-real-'));
  mkdirSync(join(dir, '.git'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

for (const c of CASES) {
  const have = installed(c.bin);
  if (!have) console.log(`skipped: ${c.bin} not installed — ${c.install}`);
  describe.skipIf(!have)(`${c.name}, run for real`, () => {
    it("formatted, misformatted, unparsable, excluded by the repository's config, hostile names", async () => {
      const root = repoOf(c.files);
      const files = Object.keys(c.files).filter((p) => !p.startsWith('.') && !/\.(toml|json|mod)$/.test(p));
      const facts = await gatherFormatterFacts({
        root,
        files,
        formatters: undefined,
        timeoutMs: 60_000,
        pathEnv: PATH,
        whitespaceOnly: async () => undefined,
      });
      expect(facts.detected.map((d) => d.name)).toEqual([c.name]);
      const run = facts.runs.find((r) => r.name === c.name)!;
      expect(run.error).toBeUndefined();
      if (c.name !== 'gofmt') expect(run.version).toMatch(/^\d+\.\d+/); // named in the summary
      expect(Object.fromEntries(run.findings)).toEqual(c.unformatted);
      expect(Object.fromEntries(run.errors.map((e) => [e.path, e.line === undefined ? {} : { line: e.line }]))).toEqual(
        Object.fromEntries(Object.entries(c.errors).map(([p, e]) => [p, e.line ? { line: e.line } : {}])),
      );
      for (const e of run.errors) expect(e.message).toMatch(c.errors[e.path]!.message);

      const verdict = formatterVerdict(
        facts,
        parseFormatterEnforcedSettings(() => undefined),
      );
      expect(verdict.conclusion).toBe('failure');
      const dash = verdict.annotations.find((a) => a.file === Object.keys(c.unformatted)[1]);
      expect(dash).toMatchObject({ level: 'error', line: c.unformatted[Object.keys(c.unformatted)[1]!] });
      expect(dash!.message).toContain(`Fix locally: ${c.dashFix}.`);
      const broken = Object.keys(c.errors)[0]!;
      expect(verdict.annotations.find((a) => a.file === broken)).toMatchObject({
        level: 'error',
        title: `Could not format (${c.name})`,
      });
    });
  });
}

describe.skipIf(!installed('rustfmt'))('rustfmt without an edition in rustfmt.toml', () => {
  it("gets Cargo.toml's edition, as cargo fmt would (alone it assumes 2015, where `async fn` is an error)", async () => {
    const root = repoOf({
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\nedition = "2021"\n',
      'src/lib.rs': 'pub async fn f() {}\n',
    });
    const facts = await gatherFormatterFacts({
      root,
      files: ['src/lib.rs'],
      formatters: undefined,
      timeoutMs: 60_000,
      pathEnv: PATH,
      whitespaceOnly: async () => undefined,
    });
    expect(facts.runs.map((r) => [r.name, r.errors, Object.fromEntries(r.findings)])).toEqual([['rustfmt', [], {}]]);
  });
});

describe.skipIf(!installed('clang-format'))('a formatter that fails without naming a file', () => {
  it('clang-format with a broken .clang-format exits 1 (its "unformatted" code) naming no file: the check fails, never green', async () => {
    const root = repoOf({ '.clang-format': 'BasedOnStyle: [\n', 'src/a.c': 'int a;\n' });
    const facts = await gatherFormatterFacts({
      root,
      files: ['src/a.c'],
      formatters: undefined,
      timeoutMs: 60_000,
      pathEnv: PATH,
      whitespaceOnly: async () => undefined,
    });
    expect(facts.runs[0]!.error).toMatch(/^clang-format exited with 1: .*\.clang-format/);
    const verdict = formatterVerdict(
      facts,
      parseFormatterEnforcedSettings(() => undefined),
    );
    expect(verdict.conclusion).toBe('failure');
    expect(verdict.annotations.map((a) => a.level)).toEqual(['error']);
  });
});
