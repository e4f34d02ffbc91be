/** What the report's charts show (the HTML draws them; markdown gets a table or nothing). Pure. */
import type { Block } from '../verdict.ts';
import { count } from './format.ts';
import { FIGURES } from './headline-cards.ts';
import type { BarChart, LineChart } from './report-blocks.ts';
import type { HeadlineKey, WipReport } from '../report-file/schema.ts';

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

const AGE_BUCKETS: [string, number][] = [
  ['< 1 day', 1],
  ['1–2 days', 2],
  ['2–3 days', 3],
  ['3–7 days', 7],
  ['1–2 weeks', 14],
  ['2–4 weeks', 28],
  ['> 4 weeks', Infinity],
];

export const ageChart = (r: WipReport): BarChart => ({
  kind: 'bars',
  title: 'Open PRs by age',
  bars: AGE_BUCKETS.map(([label, upTo], i) => ({
    label,
    value: r.openPrs.filter((p) => p.ageDays < upTo && (i === 0 || p.ageDays >= AGE_BUCKETS[i - 1]![1])).length,
    flag: upTo > 7,
  })),
  legend: { bar: 'up to a week old', flag: 'older than a week' },
});

export const wipChart = (r: WipReport): BarChart => ({
  kind: 'bars',
  title: 'WIP per author (open, ready PRs, top 25)',
  bars: r.wipPerAuthor.slice(0, 25).map((a) => ({ label: a.author, value: a.open, flag: a.overLimit })),
  legend: { bar: 'within the WIP limit', flag: `over the WIP limit (${r.settings.wipLimit})` },
});

/** A chart with its one-row table for markdown. */
function counted(title: string, header: string, labels: string[], values: number[]) {
  const chart: BarChart = {
    kind: 'bars',
    title,
    bars: labels.map((label, i) => ({ label, value: values[i]! })),
    legend: { bar: 'merged PRs' },
  };
  const plain: Block = { kind: 'table', header: [header, ...labels], rows: [['Merged', ...values.map(count)]] };
  return { chart, plain };
}

export const sizeChart = (r: WipReport) =>
  counted('Merges by size', 'Size', Object.keys(r.merged.bySize), Object.values(r.merged.bySize));
export const weekdayChart = (r: WipReport) => counted('Merges by weekday', 'Weekday', WEEKDAYS, r.merged.byWeekday);
export const hourChart = (r: WipReport) =>
  counted(
    `Merges by hour (${r.settings.timezone})`,
    `Hour (${r.settings.timezone})`,
    HOURS.map((h) => `${h}:00`),
    r.merged.byHour,
  );

/** One line per headline figure the history records. */
export function trendCharts(r: WipReport): LineChart[] {
  const weeks = r.history.map((h) => h.end.slice(5, 10));
  return (Object.keys(FIGURES) as HeadlineKey[]).flatMap((k) => {
    const week = FIGURES[k].week;
    if (!week) return [];
    const values = r.history.map(week);
    return values.some((v) => v !== null)
      ? [{ kind: 'lines' as const, title: FIGURES[k].label, weeks, values, unit: k.endsWith('Percent') ? '%' : '' }]
      : [];
  });
}
