import { escapeHtml } from './escape.ts';

/** Hand-written SVG bar charts for the HTML report: no script, every label escaped. */
export interface Bar {
  label: string;
  value: number;
  /** Highlight (e.g. over the WIP limit). */
  flag?: boolean;
}

export function barChart(title: string, bars: readonly Bar[], o: { width?: number; barHeight?: number } = {}): string {
  const width = o.width ?? 560;
  const barHeight = o.barHeight ?? 18;
  const labelWidth = 150;
  const gap = 6;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = 30 + bars.length * (barHeight + gap);
  const plot = width - labelWidth - 50;
  const rows = bars
    .map((b, i) => {
      const y = 30 + i * (barHeight + gap);
      const w = Math.round((b.value / max) * plot);
      const label = escapeHtml(b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label);
      return (
        `<text x="${labelWidth - 6}" y="${y + barHeight - 5}" text-anchor="end">${label}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" class="${b.flag ? 'bar flag' : 'bar'}"/>` +
        `<text x="${labelWidth + w + 4}" y="${y + barHeight - 5}">${b.value}</text>`
      );
    })
    .join('');
  const t = escapeHtml(title);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${t}"><title>${t}</title><text x="0" y="16" class="chart-title">${t}</text>${rows}</svg>`;
}
