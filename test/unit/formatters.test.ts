import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormatters } from '../../src/facts/formatters/tools/detect.ts';
import { checkEditorConfig, editorConfigFor } from '../../src/facts/formatters/tools/editorconfig.ts';
import { formatterFor, formatterNamed } from '../../src/facts/formatters/tools/registry.ts';
import { firstChangedLines, firstDifferingLine } from '../../src/facts/formatters/tools/unified-diff.ts';
import { readRepoFiles } from '../../src/facts/formatters/repo-files.ts';

const tree = (names: string[], o: { packageJson?: string; pyproject?: string } = {}) => ({
  root: new Set(names),
  ...o,
});

describe('formatter detection from the repository root', () => {
  it.each([
    [['.prettierrc'], ['prettier'], '.prettierrc'],
    [['prettier.config.mjs', 'package.json'], ['prettier'], 'prettier.config.mjs'],
    [['biome.jsonc'], ['biome'], 'biome.jsonc'],
    [['go.mod', '.editorconfig'], ['gofmt', 'editorconfig'], 'go.mod'],
    [['Cargo.toml'], ['rustfmt'], 'Cargo.toml'],
    [['.clang-format'], ['clang-format'], '.clang-format'],
    [['ruff.toml'], ['ruff'], 'ruff.toml'],
    [['README.md'], [], undefined],
  ])('%j → %j', (names, expected, why) => {
    const d = detectFormatters(tree(names));
    expect(d.map((x) => x.name)).toEqual(expected);
    if (why) expect(d[0]!.why).toBe(why);
  });

  it('reads package.json and pyproject.toml', () => {
    expect(detectFormatters(tree(['package.json'], { packageJson: '{"name":"x","prettier":{"semi":false}}' }))).toEqual(
      [{ name: 'prettier', why: '"prettier" in package.json' }],
    );
    expect(detectFormatters(tree(['package.json'], { packageJson: '{"devDependencies":{"prettier":"3"}}' }))).toEqual(
      [],
    );
    expect(detectFormatters(tree(['package.json'], { packageJson: 'not json' }))).toEqual([]);
    expect(
      detectFormatters(
        tree(['pyproject.toml'], {
          pyproject:
            '[project]\nname="x"\n\n[tool.black]\nline-length = 100\n[tool.ruff.format]\nquote-style="single"\n',
        }),
      ).map((d) => d.why),
    ).toEqual(['[tool.ruff] in pyproject.toml', '[tool.black] in pyproject.toml']);
  });
});

describe('which formatter formats a file', () => {
  it('first detected formatter whose extensions match', () => {
    expect(formatterFor('src/a.ts', ['biome', 'prettier'])?.name).toBe('biome');
    expect(formatterFor('docs/a.md', ['biome', 'prettier'])?.name).toBe('prettier');
    expect(formatterFor('x.py', ['prettier'])).toBeUndefined();
    expect(formatterFor('Makefile', ['prettier', 'gofmt'])).toBeUndefined();
  });

  it('fix commands quote hostile file names for the shell', () => {
    expect(formatterNamed('prettier')!.fix('src/a b;rm -rf ~.ts', 'npm')).toBe(
      `npx prettier --write -- 'src/a b;rm -rf ~.ts'`,
    );
    expect(formatterNamed('gofmt')!.fix('main.go', 'npm')).toBe('gofmt -w -- main.go');
  });
});

describe("reading each tool's answer", () => {
  it('unified diffs (black, ruff, gofmt -d): first changed line of the file as it is', () => {
    const diff = [
      '--- app/x.py\t2026-01-01 (original)',
      '+++ app/x.py\t2026-01-01 (reformatted)',
      '@@ -10,7 +10,7 @@',
      ' a',
      ' b',
      ' c',
      '-d = {"x":1}',
      '+d = {"x": 1}',
      ' e',
    ].join('\n');
    expect(firstChangedLines(diff)).toEqual(new Map([['app/x.py', 13]]));
    expect(formatterNamed('black')!.parse({ code: 1, stdout: diff, stderr: '' }, ['app/x.py', 'app/y.py'])).toEqual(
      new Map([['app/x.py', 13]]),
    );
    const gofmt = [
      'main.go',
      'diff main.go.orig main.go',
      '--- main.go.orig',
      '+++ main.go',
      '@@ -3,4 +3,4 @@',
      ' import "fmt"',
      '-func  main() {',
      '+func main() {',
    ].join('\n');
    expect(formatterNamed('gofmt')!.parse({ code: 0, stdout: gofmt, stderr: '' }, ['main.go'])).toEqual(
      new Map([['main.go', 4]]),
    );
  });

  it('prettier --check, rustfmt --check, clang-format --dry-run', () => {
    expect(
      formatterNamed('prettier')!.parse(
        {
          code: 1,
          stdout: 'Checking formatting...\n',
          stderr:
            '[warn] src/a.ts\n[warn] Code style issues found in the above file. Run Prettier with --write to fix.\n',
        },
        ['src/a.ts', 'src/b.ts'],
      ),
    ).toEqual(new Map([['src/a.ts', undefined]]));
    expect(
      formatterNamed('rustfmt')!.parse(
        {
          code: 1,
          stdout: 'Diff in /work/repo/src/lib.rs:12:\n-fn  x() {}\n+fn x() {}\nDiff in /work/repo/src/lib.rs:40:\n',
          stderr: '',
        },
        ['src/lib.rs'],
      ),
    ).toEqual(new Map([['src/lib.rs', 12]]));
    expect(
      formatterNamed('clang-format')!.parse(
        {
          code: 1,
          stdout: '',
          stderr: 'src/a.c:7:3: error: code should be clang-formatted [-Wclang-format-violations]\n',
        },
        ['src/a.c'],
      ),
    ).toEqual(new Map([['src/a.c', 7]]));
  });

  it('first differing line of two texts', () => {
    expect(firstDifferingLine('a\nb\nc\n', 'a\nb\nc\n')).toBeUndefined();
    expect(firstDifferingLine('a\nb  \nc\n', 'a\nb\nc\n')).toBe(2);
  });
});

describe('EditorConfig, in-process', () => {
  const root = {
    dir: '',
    text: 'root = true\n\n[*]\ninsert_final_newline = true\ntrim_trailing_whitespace = true\ncharset = utf-8\n\n[*.{js,ts}]\nindent_style = space\nindent_size = 2\n\n[Makefile]\nindent_style = tab\n',
  };
  const sub = { dir: 'legacy', text: '[*.js]\ntrim_trailing_whitespace = false\n' };

  it('properties along the path, nearer files win, basename globs match at any depth', () => {
    expect(editorConfigFor('src/a.ts', [root])).toMatchObject({
      indent_style: 'space',
      indent_size: '2',
      trim_trailing_whitespace: 'true',
    });
    expect(editorConfigFor('legacy/x.js', [sub, root])).toMatchObject({
      trim_trailing_whitespace: 'false',
      indent_style: 'space',
    });
    expect(editorConfigFor('tools/Makefile', [root])).toMatchObject({ indent_style: 'tab' });
  });

  it('reports the first line of each broken rule', () => {
    const props = editorConfigFor('src/a.ts', [root]);
    const v = checkEditorConfig(Buffer.from('const a = 1;\nconst b = 2;  \n\tconst c = 3;\nend'), props);
    expect(v.map((x) => [x.rule, x.line])).toEqual([
      ['trim_trailing_whitespace', 2],
      ['indent_style', 3],
      ['insert_final_newline', 4],
    ]);
    expect(checkEditorConfig(Buffer.from('ok\n  two\n'), props)).toEqual([]);
    expect(checkEditorConfig(Buffer.from([0xff, 0xfe, 0x0a]), props).map((x) => x.rule)).toEqual(['charset']);
    expect(
      checkEditorConfig(Buffer.from('all:\n        echo\n'), editorConfigFor('Makefile', [root])).map((x) => x.rule),
    ).toEqual(['indent_style']);
  });
});

describe('detection on real repository trees (temp dirs)', () => {
  it.each([
    [{ '.prettierrc.json': '{}', 'src/a.ts': '' }, ['prettier']],
    [{ 'package.json': '{"prettier": {"semi": false}}' }, ['prettier']],
    [
      { 'pyproject.toml': '[tool.black]\nline-length = 88\n', '.editorconfig': 'root = true\n' },
      ['black', 'editorconfig'],
    ],
    [
      { 'go.mod': 'module x\n', 'Cargo.toml': '[package]\n', '.clang-format': 'BasedOnStyle: LLVM\n' },
      ['gofmt', 'rustfmt', 'clang-format'],
    ],
    [{ 'docs/.prettierrc': '{}' }, []],
  ])('%j → %j', (files, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), c);
    }
    expect(detectFormatters(readRepoFiles(dir)).map((d) => d.name)).toEqual(expected);
  });
});
