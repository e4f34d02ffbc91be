/** The repository's own formatter config, read for named files; package managers; ruff on recorded output. */
import { describe, expect, it } from 'vitest';
import { detectPackageManager, execCommand, installCommand } from '../../src/facts/formatters/tools/package-manager.ts';
import { formatterNamed, versionIn } from '../../src/facts/formatters/tools/registry.ts';
import {
  BLACK_DEFAULT_EXCLUDE,
  blackForceExclude,
  clangFormatIgnored,
  rustEdition,
  tomlStrings,
} from '../../src/facts/formatters/tools/tool-config.ts';

describe('package manager: packageManager in package.json, then the lockfile', () => {
  it.each([
    [['package.json'], '{"packageManager":"pnpm@9.15.0"}', 'pnpm', '"packageManager": "pnpm@9.15.0" in package.json'],
    [['package.json', 'package-lock.json'], '{"packageManager":"yarn@4.5.0"}', 'yarn', expect.any(String)],
    [['package.json', 'pnpm-lock.yaml'], '{}', 'pnpm', 'pnpm-lock.yaml'],
    [['package.json', 'yarn.lock'], '{}', 'yarn', 'yarn.lock'],
    [['package.json', 'bun.lock'], '{}', 'bun', 'bun.lock'],
    [['package.json', 'bun.lockb'], '{}', 'bun', 'bun.lockb'],
    [['package.json', 'package-lock.json'], 'not json', 'npm', 'package-lock.json'],
    [['package.json'], '{}', 'npm', 'no lockfile'],
  ])('%j %s → %s', (names, json, name, why) => {
    expect(detectPackageManager(new Set(names), json)).toMatchObject({ name, why });
  });

  it('installs with the lockfile when package.json lists the tool, else adds it; runs it with the same manager', () => {
    const pm = (name: 'npm' | 'pnpm' | 'yarn' | 'bun', declared: string[] = []) => ({ name, why: 'x', declared });
    expect(installCommand(pm('pnpm', ['prettier']), 'prettier')).toBe('pnpm install --frozen-lockfile');
    expect(installCommand(pm('yarn', ['prettier']), 'prettier')).toBe('yarn install --immutable');
    expect(installCommand(pm('bun', ['prettier']), 'prettier')).toBe('bun install --frozen-lockfile');
    expect(installCommand(pm('npm', ['prettier']), 'prettier')).toBe('npm ci');
    expect(installCommand(pm('pnpm'), '@biomejs/biome')).toBe('pnpm add --save-dev @biomejs/biome');
    expect(installCommand(pm('npm'), 'prettier')).toBe('npm install --save-dev prettier');
    expect(execCommand('pnpm', 'prettier', 'prettier')).toBe('pnpm exec prettier');
    expect(formatterNamed('biome')!.fix('-x.ts', 'yarn')).toBe('yarn biome format --write -- -x.ts');
    expect(formatterNamed('prettier')!.fix('a.ts', 'bun')).toBe('bunx prettier --write -- a.ts');
  });
});

describe("Black's excludes as one --force-exclude regex", () => {
  it('reads every TOML string form of [tool.black]', () => {
    const t = tomlStrings(
      '[tool.black]\na = "x\\\\.py"\nb = \'y\'\nc = """\n^/z\n"""\n"d" = \'\'\'\n(w)\n\'\'\'\n[tool.isort]\ne = "no"\n',
      'tool.black',
    );
    expect(Object.fromEntries(t)).toEqual({ a: 'x\\.py', b: 'y', c: '^/z\n', d: '(w)\n' });
  });

  it("default exclude, the project's exclude, extend-exclude and force-exclude; verbose when one is multi-line", () => {
    expect(blackForceExclude(undefined)).toBe(`(?:${BLACK_DEFAULT_EXCLUDE})`);
    expect(blackForceExclude('[tool.black]\nexclude = "^/gen/"\nextend-exclude = "_pb2\\\\.py$"\n')).toBe(
      '(?:^/gen/)|(?:_pb2\\.py$)',
    );
    const verbose = blackForceExclude("[tool.black]\nextend-exclude = '''\n# data\n/tests/data/\n'''\n");
    expect(verbose.startsWith('(?x)')).toBe(true);
    expect(verbose).toContain('(?:# data\n/tests/data/\n\n)');
    expect(verbose).toContain('\\.direnv');
  });
});

describe('rustfmt edition', () => {
  it("rustfmt.toml's own edition wins; else Cargo.toml's package or workspace edition", () => {
    expect(rustEdition('edition = "2024"\n', '[package]\nedition = "2021"\n')).toBeUndefined();
    expect(rustEdition(undefined, '[package]\nname = "x"\nedition = "2021"\n')).toBe('2021');
    expect(rustEdition('max_width = 80\n', '[workspace.package]\nedition = "2024"\n')).toBe('2024');
    expect(rustEdition(undefined, undefined)).toBeUndefined();
  });
});

describe(".clang-format-ignore, as clang-format 18+ reads it (the nearest file; `!` ignores what doesn't match)", () => {
  const root = { dir: '', text: '# vendored code\nthird_party/**\n  build/*.c  \n' };
  it.each([
    ['third_party/zlib/deflate.c', true],
    ['build/gen.c', true],
    ['build/sub/gen.c', false],
    ['src/main.c', false],
  ])('%s → %s', (path, ignored) => expect(clangFormatIgnored(path, root)).toBe(ignored));

  it('patterns are relative to their folder; negation; no file, nothing ignored', () => {
    expect(clangFormatIgnored('lib/x/a.c', { dir: 'lib', text: 'x/*.c\n' })).toBe(true);
    expect(clangFormatIgnored('x/a.c', { dir: 'lib', text: 'x/*.c\n' })).toBe(false);
    expect(clangFormatIgnored('src/keep.c', { dir: '', text: '!src/keep.c\n' })).toBe(false);
    expect(clangFormatIgnored('src/other.c', { dir: '', text: '!src/keep.c\n' })).toBe(true);
    expect(clangFormatIgnored('src/a.c', undefined)).toBe(false);
  });
});

describe('ruff (not installable here: its output format, written by hand, not recorded from a run)', () => {
  const ruff = formatterNamed('ruff')!;
  it('--force-exclude so its config excludes named files; a parse error is its own error', () => {
    expect(ruff.checkArgs(['-u.py'], {})).toEqual(['format', '--check', '--diff', '--force-exclude', '--', '-u.py']);
    const out = {
      code: 2,
      stdout: '--- app/ok.py\n+++ app/ok.py\n@@ -1,2 +1,2 @@\n x = 1\n-y   = 2\n+y = 2\n',
      stderr: "error: Failed to parse app/broken.py:2:7: Expected ')', found ':'\n",
    };
    const files = ['app/ok.py', 'app/broken.py'];
    expect(ruff.parse(out, files)).toEqual(new Map([['app/ok.py', 2]]));
    expect(ruff.errors(out, files)).toEqual([{ path: 'app/broken.py', line: 2, message: "Expected ')', found ':'" }]);
  });
});

describe('tool versions, as each prints them', () => {
  it.each([
    ['3.10.1\n', '3.10.1'],
    ['Version: 2.6.8\n', '2.6.8'],
    ['black, 23.1.0 (compiled: no)\nPython (CPython) 3.11.2\n', '23.1.0'],
    ['rustfmt 1.9.0-stable (59807616e1 2026-04-14)\n', '1.9.0-stable'],
    ['Debian clang-format version 14.0.6\n', '14.0.6'],
    ['ruff 0.8.4\n', '0.8.4'],
    ['no version here\n', undefined],
  ])('%j → %s', (out, version) => expect(versionIn(out)).toBe(version));
});
