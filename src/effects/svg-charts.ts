import type { BarChart, LineChart } from '../report/report-blocks.ts';
import { escapeHtml } from './escape.ts';
import { thousands } from '../number-format.ts';

/**
 * Hand-written SVG charts for the HTML report: no script, every label escaped. 360 units wide and
 * never scaled up or down by more than the page needs, so their 13 px text stays readable on a phone.
 * Colours come from CSS classes (a colour-blind-safe palette, with a dark-mode variant).
 */
export const CHART_WIDTH = 360;

const e = escapeHtml;
const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The title is HTML above the drawing (it wraps on a phone); the drawing keeps it for screen readers. */
function frame(title: string, height: number, body: string): string {
  const t = e(title);
  return `<div class="chart-title">${t}</div><svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-label="${t}"><title>${t}</title>${body}</svg>`;
}

export function barChart(c: BarChart): string {
  const barHeight = 18;
  const gap = 6;
  const labelWidth = 110;
  const plot = CHART_WIDTH - labelWidth - 44;
  const max = Math.max(1, ...c.bars.map((b) => b.value));
  const rows = c.bars
    .map((b, i) => {
      const y = 4 + i * (barHeight + gap);
      const w = Math.round((b.value / max) * plot);
      const base = y + barHeight - 5;
      return (
        `<text x="${labelWidth - 6}" y="${base}" text-anchor="end">${e(cut(b.label, 14))}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" class="${b.flag ? 'bar flag' : 'bar'}"/>` +
        `<text x="${labelWidth + w + 4}" y="${base}">${thousands(b.value)}</text>`
      );
    })
    .join('');
  const height = 8 + c.bars.length * (barHeight + gap);
  const key: [string, string][] = [
    ['bar', c.legend.bar],
    ...(c.legend.flag ? [['bar flag', c.legend.flag] as [string, string]] : []),
  ];
  return `<figure>${frame(c.title, height, rows)}${legend(key, 'figcaption')}</figure>`;
}

/** The colours' meanings: a figcaption inside a chart's figure, a div elsewhere. */
export function legend(items: readonly [string, string][], tag: 'figcaption' | 'div' = 'div'): string {
  const spans = items.map(([cls, text]) => `<span><i class="swatch ${cls}"></i>${e(text)}</span>`).join('');
  return `<${tag} class="legend">${spans}</${tag}>`;
}

/** A trend line over the weeks; a gap where a week has no data. */
export function lineChart(c: LineChart): string {
  const [left, right, top, bottom] = [44, 12, 10, 22];
  const height = 130;
  const known = c.values.filter((v): v is number => v !== null);
  const hi = Math.max(1, ...known);
  const x = (i: number): number =>
    left + (c.values.length > 1 ? (i / (c.values.length - 1)) * (CHART_WIDTH - left - right) : 0);
  const y = (v: number): number => top + (1 - v / hi) * (height - top - bottom);
  const segments: string[] = [];
  let current: string[] = [];
  c.values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments.map((pts) => `<polyline class="line" points="${pts}"/>`).join('');
  const dots = c.values
    .map((v, i) => (v === null ? '' : `<circle class="dot" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3"/>`))
    .join('');
  const last = c.values.at(-1);
  const axis =
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${thousands(hi)}${e(c.unit)}</text>` +
    `<text x="${left - 6}" y="${height - bottom}" text-anchor="end">0</text>` +
    `<line class="axis" x1="${left}" y1="${height - bottom}" x2="${CHART_WIDTH - right}" y2="${height - bottom}"/>` +
    `<text x="${left}" y="${height - 4}">${e(c.weeks[0] ?? '')}</text>` +
    `<text x="${CHART_WIDTH - right}" y="${height - 4}" text-anchor="end">${e(c.weeks.at(-1) ?? '')}${last === null || last === undefined ? '' : `: ${thousands(last)}${e(c.unit)}`}</text>`;
  return `<figure>${frame(c.title, height, axis + lines + dots)}</figure>`;
}

/** A small inline trend for a headline card (decorative: the numbers are in the card). */
export function sparkSvg(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (values.length < 2 || !known.length) return '';
  const [w, h] = [120, 28];
  const [lo, hi] = [Math.min(...known), Math.max(...known)];
  const pts = values
    .map((v, i) =>
      v === null
        ? ''
        : `${((i / (values.length - 1)) * (w - 4) + 2).toFixed(1)},${(h - 3 - (hi === lo ? 0.5 : (v - lo) / (hi - lo)) * (h - 6)).toFixed(1)}`,
    )
    .filter(Boolean)
    .join(' ');
  return `<svg class="spark" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" aria-hidden="true"><polyline class="line" points="${pts}"/></svg>`;
}
