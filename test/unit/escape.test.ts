import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeMarkdown,
  escapeTerminal,
} from '../../src/effects/escape.ts';
import { renderMarkdown } from '../../src/effects/markdown.ts';

describe('escaping', () => {
  it('markdown text: no HTML, no markup, no mention, one line', () => {
    expect(escapeMarkdown('<script>x</script> | *b* @org/team [l](j:x)\n# h &amp;')).toBe(
      '&lt;script&gt;x&lt;/script&gt; \\| \\*b\\* &#64;org/team \\[l\\]\\(j:x\\) \\# h &amp;amp;',
    );
  });

  it('control, NUL and bidi characters are made visible, never dropped', () => {
    expect(escapeMarkdown('a\u0000b\u001b[31mc\u202eevil')).toBe('a\uFFFDb\uFFFD\\[31mc\\[U\\+202E\\]evil');
    expect(escapeTerminal('x\u001b[2Jy\r\nz\rw')).toBe('x\uFFFD[2Jy z w');
  });

  it('code spans hold backticks and pipes literally', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b\nc')).toBe('`a\\|b c`');
  });

  it('workflow command data and properties, as @actions/core escapes them', () => {
    expect(escapeCommandData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
    // Terminal escapes (cursor moves, colours, OSC titles) never reach the log raw.
    expect(escapeCommandData('src/\u001b[2K\u001b[1A\u001b[32mok.ts \u009b1m')).toBe(
      'src/\uFFFD[2K\uFFFD[1A\uFFFD[32mok.ts \uFFFD1m',
    );
    expect(escapeCommandProperty('a:b,c%0A')).toBe('a%3Ab%2Cc%250A');
  });

  it('html', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('long cells are cut, and summaries over the byte limit stop at a block with a note', () => {
    const md = renderMarkdown([{ kind: 'table', header: ['File'], rows: [[{ code: 'x'.repeat(10_000) }]] }]);
    expect(md.length).toBeLessThan(400);
    const blocks = Array.from({ length: 100 }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `paragraph ${i} ${'y'.repeat(100)}`,
    }));
    const cut = renderMarkdown(blocks, 2000);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(2000);
    expect(cut).toContain('Summary cut here');
    expect(cut).toContain('paragraph 0 ');
  });
});
