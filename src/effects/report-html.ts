import { issueLabel } from '../report/assemble.ts';
import { HEADLINE_LABELS, HOURS, WEEKDAYS } from '../report/wip-summary.ts';
import type { HeadlineKey, WipReport } from '../report/schema.ts';
import { escapeHtml } from './escape.ts';
import { barChart, type Bar } from './svg-charts.ts';

/** The weekly report as one self-contained HTML file: inline CSS, SVG charts, no scripts, all text escaped. */

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}td.n{text-align:right}
.warn{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem}.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.bar{fill:#2da44e}.bar.flag{fill:#cf222e}svg text{font:12px system-ui,sans-serif;fill:#1f2328}.chart-title{font-weight:600}`;

const e = escapeHtml;
const num = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : String(v));
const link = (text: string, href: string): string =>
  /^https?:\/\//.test(href) ? `<a href="${e(href)}">${e(text)}</a>` : e(text);

function table(header: string[], rows: string[][], numeric: number[] = []): string {
  const head = `<tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr>`;
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

const AGE_BUCKETS: [string, number][] = [
  ['< 1 day', 1],
  ['1–2 days', 2],
  ['2–3 days', 3],
  ['3–7 days', 7],
  ['1–2 weeks', 14],
  ['2–4 weeks', 28],
  ['> 4 weeks', Infinity],
];

export function renderReportHtml(r: WipReport): string {
  const ages: Bar[] = AGE_BUCKETS.map(([label, upTo], i) => ({
    label,
    value: r.openPrs.filter((p) => p.ageDays < upTo && (i === 0 || p.ageDays >= AGE_BUCKETS[i - 1]![1])).length,
    flag: upTo > 7,
  }));
  const wip: Bar[] = r.wipPerAuthor.slice(0, 25).map((a) => ({ label: a.author, value: a.open, flag: a.overLimit }));
  const weekdays: Bar[] = WEEKDAYS.map((d, i) => ({ label: d, value: r.merged.byWeekday[i]! }));
  const hours: Bar[] = HOURS.map((h, i) => ({ label: `${h}:00`, value: r.merged.byHour[i]! }));
  const keys = Object.keys(HEADLINE_LABELS) as HeadlineKey[];
  const parts = [
    `<!DOCTYPE html>`,
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(`WIP report ${r.repositories.join(', ')} ${r.window.end.slice(0, 10)}`)}</title><style>${CSS}</style></head><body>`,
    `<h1>Weekly WIP report: ${e(r.repositories.join(', '))}</h1>`,
    `<p>${e(`${r.window.start.slice(0, 10)} to ${r.window.end.slice(0, 10)} (${r.window.days} days), generated ${r.generatedAt}.`)}</p>`,
    ...r.incomplete.map((w) => `<p class="warn"><strong>Incomplete:</strong> ${e(w)}</p>`),
    `<h2>Headline</h2>`,
    table(
      ['Figure', 'This week', ...(r.trend ? ['Last week', 'Change'] : [])],
      keys.map((k) => [
        e(HEADLINE_LABELS[k]),
        num(r.headline[k]),
        ...(r.trend ? [num(r.trend[k]?.previous), num(r.trend[k]?.delta)] : []),
      ]),
      [1, 2, 3],
    ),
    `<div class="charts">${barChart('Open PRs by age', ages)}${barChart('WIP per author (open, ready PRs)', wip)}${barChart('Merges by weekday', weekdays)}${barChart(`Merges by hour (${r.settings.timezone})`, hours)}</div>`,
    `<h2>Open pull requests (${r.openPrs.length})</h2>`,
    table(
      [
        'Pull request',
        'Author',
        'Age (days)',
        'Size',
        'Draft',
        'Waiting on',
        'For (working h)',
        'Cycles',
        'Issues',
        'Stale',
      ],
      r.openPrs.map((p) => [
        link(`${p.repo}#${p.number} ${p.title}`, p.url),
        e(p.author),
        String(p.ageDays),
        e(p.size),
        p.draft ? 'draft' : '',
        e(p.waitingOn === 'reviewer' && p.waitingFor.length ? `reviewer (${p.waitingFor.join(', ')})` : p.waitingOn),
        p.waitingOn === 'nobody' ? '' : String(p.waitingHours),
        String(p.reviewCycles),
        e(p.linkedIssues.map((n) => issueLabel(n, p.repo)).join(' ')),
        p.stale ? 'stale' : '',
      ]),
      [2, 6, 7],
    ),
    `<h2>Duplicate work</h2>`,
    r.duplicates.length
      ? `<ul>${r.duplicates.map((d) => `<li>${e(d.reason)}: ${d.pulls.map((p) => `${link(`#${p.number} ${p.title}`, p.url)} by ${e(p.author)}`).join(', ')}</li>`).join('')}</ul>`
      : `<p>No open PRs close the same issue or have near-identical titles.</p>`,
    `<h2>Merged: ${r.merged.count} (previous window: ${r.merged.previousCount})</h2>`,
    `<p>${e(`Time to merge: median ${num(r.merged.timeToMergeHours.median)} h, 90th percentile ${num(r.merged.timeToMergeHours.p90)} h, max ${num(r.merged.timeToMergeHours.max)} h.`)}</p>`,
    table(
      ['Size', ...Object.keys(r.merged.bySize).map(e)],
      [['Merged', ...Object.values(r.merged.bySize).map(String)]],
    ),
    `<h2>Sprint goals</h2>`,
    r.sprintGoals.length
      ? table(
          ['Milestone', 'Due', 'Closed by due date', '%', 'Outcome'],
          r.sprintGoals.map((g) => [
            link(g.title, g.url),
            e(g.dueOn ? g.dueOn.slice(0, 10) : ''),
            `${g.closedByDue} of ${g.total}`,
            String(g.percent),
            e(g.outcome),
          ]),
          [2, 3],
        )
      : `<p>No milestone is due in the window or open.</p>`,
    `</body></html>`,
  ];
  return `${parts.join('\n')}\n`;
}
