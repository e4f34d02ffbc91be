/** The report's two wide tables: open pull requests and sprint goals. Pure. */
import type { Block, Inline, Text } from '../verdict.ts';
import { issueLabel } from './assemble.ts';
import { count, date, duration, percent, workingDuration } from './format.ts';
import type { WipReport } from '../report-file/schema.ts';

export const prLink = (p: { number: number; title: string; url: string; repo: string }, repos: number): Inline => ({
  link: `${repos > 1 ? p.repo : ''}#${p.number} ${p.title}`,
  href: p.url,
});

export function openPrTable(r: WipReport): Block {
  const repos = r.repositories.length;
  return {
    kind: 'table',
    header: ['Pull request', 'Author', 'Age', 'Size', 'Draft', 'Waiting on', 'For', 'Cycles', 'Issues', 'Stale'],
    align: ['left', 'left', 'right', 'left', 'left', 'left', 'right', 'right', 'left', 'left'],
    rows: r.openPrs.map((p): Text[] => [
      prLink(p, repos),
      { code: p.author },
      duration(p.ageDays * 24),
      p.size,
      p.draft ? 'draft' : '',
      p.waitingOn === 'reviewer'
        ? `reviewer${p.waitingFor.length ? ` (${p.waitingFor.join(', ')})` : ''}`
        : p.waitingOn,
      p.waitingOn === 'nobody' ? '' : workingDuration(p.waitingHours, r.settings.workingDayHours),
      count(p.reviewCycles),
      p.linkedIssues.map((n) => issueLabel(n, p.repo)).join(' '),
      p.stale ? 'stale' : '',
    ]),
  };
}

export function sprintGoalTable(r: WipReport): Block {
  return {
    kind: 'table',
    header: ['Milestone', 'Due', 'Closed by due date', 'Share', 'Outcome'],
    align: ['left', 'left', 'right', 'right', 'left'],
    rows: r.sprintGoals.map((g): Text[] => [
      { link: g.title, href: g.url },
      g.dueOn ? date(g.dueOn, r.settings.timezone) : '',
      `${count(g.closedByDue)} of ${count(g.total)}`,
      percent(g.percent),
      g.outcome,
    ]),
  };
}
