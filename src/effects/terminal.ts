import type { Block, Inline, Text, Verdict } from '../verdict.ts';
import { escapeTerminal } from './escape.ts';

/** Plain-text rendering of a verdict for the CLI: readable tables, no markup, no control characters. */

const plain = (t: Text): string =>
  (Array.isArray(t) ? t : [t])
    .map((i: Inline) =>
      escapeTerminal(typeof i === 'string' ? i : 'code' in i ? i.code : 'strong' in i ? i.strong : i.link),
    )
    .join('')
    .replace(/\r\n|\r|\n/g, ' ');

function table(b: Extract<Block, { kind: 'table' }>): string {
  const rows = [b.header.map(escapeTerminal), ...b.rows.map((r) => r.map(plain))];
  const widths = b.header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]): string =>
    r
      .map((c, i) => (b.align?.[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 2 ? plain(b.text).toUpperCase() : plain(b.text);
    case 'paragraph':
      return plain(b.text);
    case 'quote':
      return `  ${plain(b.text)}`;
    case 'list':
      return b.items.map((i) => `  - ${plain(i)}`).join('\n');
    case 'table':
      return table(b);
  }
}

export function renderTerminal(v: Verdict): string {
  const parts = v.summary.map(block);
  for (const a of v.annotations)
    parts.push(
      `${a.level.toUpperCase()}${a.file ? ` ${escapeTerminal(a.file)}${a.line ? `:${a.line}` : ''}` : ''}: ${plain(a.message)}`,
    );
  parts.push(`Result: ${v.conclusion}`);
  return `${parts.join('\n\n')}\n`;
}
