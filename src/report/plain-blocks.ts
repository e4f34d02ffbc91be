/** The report's blocks for markdown and the terminal: cards become a table with sparklines. Pure. */
import type { Block, Text } from '../verdict.ts';
import { sparkline } from './format.ts';
import type { Card, ReportBlock } from './report-blocks.ts';

const changeText = (c: Card): string =>
  c.change === null ? '' : c.tone === 'same' ? '=' : `${c.change} ${c.arrow}${c.tone === 'none' ? '' : ` ${c.tone}`}`;

export function cardsTable(cards: readonly Card[]): Block {
  const last = cards.some((c) => c.previous !== null);
  const weeks = Math.max(0, ...cards.map((c) => c.weeks.length));
  return {
    kind: 'table',
    header: ['Figure', 'This week', ...(last ? ['Last week', 'Change'] : []), ...(weeks > 1 ? [`${weeks} weeks`] : [])],
    align: ['left', 'right', 'right', 'right', 'left'],
    rows: cards.map((c): Text[] => [
      c.label,
      c.value,
      ...(last ? [c.previous ?? '–', changeText(c)] : []),
      ...(weeks > 1 ? [c.weeks.some((v) => v !== null) ? sparkline(c.weeks) : ''] : []),
    ]),
  };
}

export function toPlainBlocks(blocks: readonly ReportBlock[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    switch (b.kind) {
      case 'cards':
        return [cardsTable(b.cards)];
      case 'chart':
        return b.plain ? [b.plain] : [];
      case 'charts':
        return b.charts.flatMap((c) => (c.plain ? [c.plain] : []));
      default:
        return [b];
    }
  });
}
