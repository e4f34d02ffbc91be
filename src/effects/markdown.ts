import type { Block, Inline, Text } from '../verdict.ts';
import { codeSpan, escapeMarkdown } from './escape.ts';

/** Longest cell text before it is cut with "…" (a 10 kB file name must not blow up a table). */
export const MAX_CELL_CHARS = 300;

const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max)}…` : s);

function inline(i: Inline, max: number): string {
  if (typeof i === 'string') return escapeMarkdown(cut(i, max));
  if ('code' in i) return codeSpan(cut(i.code, max));
  if ('strong' in i) return `**${escapeMarkdown(cut(i.strong, max))}**`;
  const href = /^https?:\/\//.test(i.href) ? i.href.replace(/[()\s<>"]/g, encodeURIComponent) : '#';
  return `[${escapeMarkdown(cut(i.link, max))}](${href})`;
}

export const renderText = (t: Text, max = Number.POSITIVE_INFINITY): string =>
  (Array.isArray(t) ? t : [t]).map((i) => inline(i, max)).join('');

function table(b: Extract<Block, { kind: 'table' }>): string {
  const head = `| ${b.header.map((h) => escapeMarkdown(h)).join(' | ')} |`;
  const rule = `| ${b.header.map((_, i) => (b.align?.[i] === 'right' ? '---:' : '---')).join(' | ')} |`;
  const rows = b.rows.map((r) => `| ${r.map((c) => renderText(c, MAX_CELL_CHARS)).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

export function renderBlock(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${renderText(b.text)}`;
    case 'paragraph':
      return renderText(b.text);
    case 'quote':
      return `> ${renderText(b.text)}`;
    case 'list':
      return b.items.map((i) => `- ${renderText(i)}`).join('\n');
    case 'table':
      return table(b);
  }
}

/** Markdown for a job summary; cut at a block boundary with a note when over `maxBytes`. */
export function renderMarkdown(blocks: readonly Block[], maxBytes = Number.POSITIVE_INFINITY): string {
  const note =
    '\n\n_Summary cut here: it is over GitHub\u2019s 1 MiB step-summary limit. The full data is in the outputs and the log._\n';
  let out = '';
  for (const b of blocks) {
    const next = `${out}${out ? '\n\n' : ''}${renderBlock(b)}`;
    if (Buffer.byteLength(next) + Buffer.byteLength(note) > maxBytes) return out + note;
    out = next;
  }
  return `${out}\n`;
}
