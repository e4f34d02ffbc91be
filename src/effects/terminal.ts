import type { Block, Inline, Text, Verdict } from '../verdict.ts';
import { escapeTerminal } from './escape.ts';

/** Plain-text rendering of a verdict for the CLI: readable tables, no markup, no control characters. */

export interface TerminalOptions {
  /** Terminal width in columns: tables shrink their widest column to fit. */
  width?: number;
  /** ANSI colour (a TTY without NO_COLOR). */
  color?: boolean;
  /** Show sections listed in `detailSections` (e.g. every ignored file). */
  verbose?: boolean;
  /** Level-3 headings whose section is shown only with --verbose. */
  detailSections?: readonly string[];
}

const SGR = { bold: '1', red: '31', yellow: '33', green: '32', dim: '2' } as const;
const paint = (o: TerminalOptions, style: keyof typeof SGR, s: string): string =>
  o.color ? `\u001b[${SGR[style]}m${s}\u001b[0m` : s;

const plain = (t: Text): string =>
  (Array.isArray(t) ? t : [t])
    .map((i: Inline) =>
      escapeTerminal(typeof i === 'string' ? i : 'code' in i ? i.code : 'strong' in i ? i.strong : i.link),
    )
    .join('')
    .replace(/\r\n|\r|\n/g, ' ');

const cut = (s: string, w: number): string => (s.length <= w ? s : `${s.slice(0, Math.max(1, w - 1))}…`);

/** Column widths that fit `width`: the widest column gives up space first, never below 8 characters. */
export function fitWidths(natural: readonly number[], width: number): number[] {
  const widths = [...natural];
  const total = (): number => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 8) break;
    widths[i] = Math.max(8, widths[i]! - (total() - width));
  }
  return widths;
}

function table(b: Extract<Block, { kind: 'table' }>, o: TerminalOptions): string {
  const rows = [b.header.map(escapeTerminal), ...b.rows.map((r) => r.map(plain))];
  const natural = b.header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const widths = o.width ? fitWidths(natural, o.width) : natural;
  const fmt = (r: string[]): string =>
    r
      .map((c, i) => cut(c, widths[i]!))
      .map((c, i) => (b.align?.[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [paint(o, 'bold', fmt(rows[0]!)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join(
    '\n',
  );
}

function block(b: Block, o: TerminalOptions): string {
  switch (b.kind) {
    case 'heading':
      return paint(o, 'bold', plain(b.text));
    case 'paragraph':
      return plain(b.text);
    case 'quote':
      return paint(o, 'dim', `  ${plain(b.text)}`);
    case 'list':
      return b.items.map((i) => `  - ${plain(i)}`).join('\n');
    case 'table':
      return table(b, o);
  }
}

/** The blocks to print: a detail section (heading and what follows up to the next heading) only when verbose. */
function shown(blocks: readonly Block[], o: TerminalOptions): { blocks: Block[]; hidden: string[] } {
  const out: Block[] = [];
  const hidden: string[] = [];
  let skipping = false;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const title = plain(b.text);
      skipping = !o.verbose && b.level >= 3 && (o.detailSections ?? []).includes(title);
      if (skipping) hidden.push(title);
    }
    if (!skipping) out.push(b);
  }
  return { blocks: out, hidden };
}

const LEVEL_STYLE = { error: 'red', warning: 'yellow', notice: 'dim' } as const;
const RESULT_STYLE = { success: 'green', failure: 'red', neutral: 'yellow', skipped: 'dim' } as const;

export function renderTerminal(v: Verdict, o: TerminalOptions = {}): string {
  const { blocks, hidden } = shown(v.summary, o);
  const parts = blocks.map((b) => block(b, o));
  if (hidden.length) parts.push(paint(o, 'dim', `(${hidden.join(', ')}: listed with --verbose.)`));
  for (const a of v.annotations) {
    const where = a.file ? ` ${escapeTerminal(a.file)}${a.line ? `:${a.line}` : ''}` : '';
    parts.push(`${paint(o, LEVEL_STYLE[a.level] ?? 'bold', `${a.level.toUpperCase()}${where}:`)} ${plain(a.message)}`);
  }
  const style = (RESULT_STYLE as Record<string, keyof typeof SGR>)[v.conclusion] ?? 'bold';
  parts.push(`Result: ${paint(o, style, v.conclusion)}`);
  return `${parts.join('\n\n')}\n`;
}
