import { describe, expect, it } from 'vitest';
import { CODE, languageOf, lexLine, type Language, type LexState } from '../../src/checks/self-review-lexer.ts';

/** Lexes consecutive lines, carrying the state, and returns each line's code and comment views. */
function lex(lang: Language, ...lines: string[]): { code: string; comment: string }[] {
  let state: LexState = CODE;
  return lines.map((text) => {
    const r = lexLine(lang, text, state);
    state = r.state;
    return { code: r.code, comment: r.comment };
  });
}

describe('self-review lexer: the code and comment parts of an added line', () => {
  it('knows the languages by extension, and nothing else', () => {
    expect(languageOf('src/a.ts')).toBe('js');
    expect(languageOf('web/App.vue')).toBe('js');
    expect(languageOf('x/y.py')).toBe('python');
    expect(languageOf('lib/a.rb')).toBe('ruby');
    expect(languageOf('main.go')).toBe('go');
    expect(languageOf('src/lib.rs')).toBe('rust');
    expect(languageOf('app/Http/Kernel.php')).toBe('php');
    expect(languageOf('README.md')).toBeUndefined();
    expect(languageOf('Makefile')).toBeUndefined();
  });

  it('blanks string contents but keeps the quotes, and splits off line comments', () => {
    const [l] = lex('js', `log('console.log(x)'); // console.log here`);
    expect(l!.code).not.toContain('console.log');
    expect(l!.code.startsWith(`log('`)).toBe(true);
    expect(l!.comment).toContain('console.log here');
  });

  it('keeps code positions: the code view has the same length as the line', () => {
    const text = `const a = "x\\"y"; /* c */ run();`;
    const [l] = lex('js', text);
    expect(l!.code.length).toBe(text.length);
    expect(l!.code).toContain('run();');
    expect(l!.comment).toContain(' c ');
  });

  it('carries block comments, template literals and Python triple quotes across lines', () => {
    const js = lex('js', '/* start', 'console.log(1)', 'end */ console.log(2)');
    expect(js.map((l) => l.code.includes('console.log'))).toEqual([false, false, true]);
    const tpl = lex('js', 'const s = `', 'debugger;', '`; debugger;');
    expect(tpl.map((l) => l.code.includes('debugger'))).toEqual([false, false, true]);
    const py = lex('python', 'doc = """', 'breakpoint()', '"""', 'breakpoint()');
    expect(py.map((l) => l.code.includes('breakpoint'))).toEqual([false, false, false, true]);
  });

  it('does not carry a JS or Python quote over a line end (a regex literal with a quote stays local)', () => {
    const js = lex('js', `const re = /'/;`, 'console.log(re)');
    expect(js[1]!.code).toContain('console.log');
  });

  it('treats hash comments by language: Python and Ruby yes, PHP yes but not #[attributes]', () => {
    expect(lex('python', 'x = 1  # breakpoint()')[0]!.code).not.toContain('breakpoint');
    expect(lex('ruby', 'a # binding.pry')[0]!.comment).toContain('binding.pry');
    expect(lex('php', '# var_dump($x)')[0]!.code).not.toContain('var_dump');
    expect(lex('php', '#[Attr] var_dump($x);')[0]!.code).toContain('var_dump');
  });

  it('Ruby =begin/=end blocks are comments', () => {
    const r = lex('ruby', '=begin', 'binding.pry', '=end', 'binding.pry');
    expect(r.map((l) => l.code.includes('binding.pry'))).toEqual([false, false, false, true]);
  });

  it('Rust lifetimes are not char literals', () => {
    expect(lex('rust', `fn f<'a>(x: &'a str) { dbg!(x); }`)[0]!.code).toContain('dbg!(x)');
    expect(lex('rust', `let c = 'x'; dbg!(c);`)[0]!.code).toContain('dbg!(c)');
  });

  it('cheap guesses for lines inside comments whose opening line was not added', () => {
    expect(lex('js', ' * console.log(example)')[0]!.code).not.toContain('console.log');
    expect(lex('python', '    >>> print(x)')[0]!.code).not.toContain('print');
  });
});
