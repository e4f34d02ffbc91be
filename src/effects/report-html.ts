import { reportBlocks } from '../report/wip-summary.ts';
import type { Card, ReportBlock } from '../report/report-blocks.ts';
import type { WipReport } from '../report-file/schema.ts';
import type { Block, Inline, Text } from '../verdict.ts';
import { escapeHtml } from './escape.ts';
import { REPORT_CSS } from './report-css.ts';
import { barChart, legend, lineChart, sparkSvg } from './svg-charts.ts';

/**
 * The weekly report as one self-contained HTML file, drawn from the same blocks as report.md and the
 * terminal: inline CSS, SVG charts, no scripts, nothing fetched, all text escaped.
 */

const e = escapeHtml;

function inline(i: Inline): string {
  if (typeof i === 'string') return e(i);
  if ('code' in i) return `<code>${e(i.code)}</code>`;
  if ('strong' in i) return `<strong>${e(i.strong)}</strong>`;
  return /^https?:\/\//.test(i.href) ? `<a href="${e(i.href)}">${e(i.link)}</a>` : e(i.link);
}
const text = (t: Text): string => (Array.isArray(t) ? t : [t]).map(inline).join('');

function table(b: Extract<Block, { kind: 'table' }>): string {
  const cls = (i: number): string => (b.align?.[i] === 'right' ? ' class="n"' : '');
  const head = `<tr>${b.header.map((h, i) => `<th${cls(i)}>${e(h)}</th>`).join('')}</tr>`;
  const body = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${text(c)}</td>`).join('')}</tr>`).join('');
  return `<div class="scroll" tabindex="0" role="region" aria-label="${e(b.header[0] ?? 'table')}"><table><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

function card(c: Card): string {
  const change =
    c.change === null
      ? ''
      : `<div class="change">${e(`${c.arrow} ${c.change}${c.tone === 'none' ? '' : ` ${c.tone}`}`)}</div>`;
  return (
    `<div class="card ${c.tone}"><div class="label">${e(c.label)}</div><div class="value">${e(c.value)}</div>` +
    `${c.previous === null ? '' : `<div class="prev">last week ${e(c.previous)}</div>`}${change}${sparkSvg(c.weeks)}</div>`
  );
}

const chart = (c: Extract<ReportBlock, { kind: 'chart' }>['chart']): string =>
  c.kind === 'bars' ? barChart(c) : lineChart(c);

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 2 ? `<h1>${text(b.text)}</h1>` : `</section><section><h2>${text(b.text)}</h2>`;
    case 'paragraph': {
      const first = Array.isArray(b.text) ? b.text[0] : b.text;
      const lead = typeof first === 'object' && 'strong' in first ? first.strong : '';
      const cls = lead === 'Incomplete:' ? ' class="warn"' : lead === 'Notice:' ? ' class="notice"' : '';
      return `<p${cls}>${text(b.text)}</p>`;
    }
    case 'quote':
      return `<blockquote>${text(b.text)}</blockquote>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b);
    case 'cards':
      return `<div class="cards">${b.cards.map(card).join('')}</div>${legend([
        ['better', 'better'],
        ['worse', 'worse'],
      ])}<p class="legend">${e(b.legend)}</p>`;
    case 'chart':
      return chart(b.chart);
    case 'charts': {
      const head = b.section ? `</section><section><h2>${e(b.section)}</h2>` : '';
      const key = b.legend ? legend([['bar', b.legend]]) : '';
      return `${head}${key}<div class="charts">${b.charts.map((c) => chart(c.chart)).join('')}</div>`;
    }
  }
}

export function renderReportHtml(r: WipReport): string {
  const title = `WIP report ${r.repositories.join(', ')} ${r.window.end.slice(0, 10)}`;
  const body = reportBlocks(r).map(block).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${e(title)}</title><style>${REPORT_CSS}</style></head><body><main><section>`,
    body,
    '</section></main></body></html>',
    '',
  ].join('\n');
}
