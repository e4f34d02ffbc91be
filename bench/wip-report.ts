// wip-report figures: a schedule run over 5,000 open PRs through the built bundle, and rules + render time.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMarkdown } from '../src/effects/markdown.ts';
import { renderReportHtml } from '../src/effects/report-html.ts';
import type { WipFacts } from '../src/facts/github/wip-facts.ts';
import { REVIEW_THREADS } from '../src/facts/github/wip-queries.ts';
import { parseWipReportSettings } from '../src/inputs/wip-report.ts';
import { wipSummary } from '../src/report/wip-summary.ts';
import { buildWipReport } from '../src/report/wip-report.ts';
import { startFakeGitHub } from '../test/fake-github/server.ts';
import {
  requested,
  reviewed,
  reviewGraphql,
  user,
  type FakeMerged,
  type FakeMilestone,
  type FakePullTimeline,
} from '../test/fake-github/review-graphql.ts';
import { runDist } from '../test/helpers/run-dist.ts';
import type { Figure } from './figures.ts';

const N = 5000;
const HOUR = 3_600_000;
const ago = (hours: number): string => new Date(Date.now() - hours * HOUR).toISOString();
const RSS_PROBE = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss_kb='+process.resourceUsage().maxRSS+'\\n'))`;

function scenario() {
  const pulls: FakePullTimeline[] = Array.from({ length: N }, (_, i) => ({
    number: i + 1,
    title: `Feature ${i % 1500} step ${Math.floor(i / 1500)} for the billing area`,
    createdAt: ago(24 * (1 + (i % 60))),
    isDraft: i % 15 === 0,
    author: user(`dev${i % 80}`),
    timeline:
      i % 3
        ? [requested(ago(30), `dev${(i + 1) % 80}`)]
        : [requested(ago(30), 'rev'), reviewed(ago(10), user('rev'), 'CHANGES_REQUESTED')],
    additions: (i * 37) % 1200,
    deletions: i % 50,
    labels: i % 4 ? [] : ['size/M', 'team/billing'],
    closes: i % 97 === 0 ? [1 + (i % 7)] : [],
    body: `Body of ${i + 1}\n\nSee the design notes.`,
    commitMessages: [`Commit for ${i + 1}`],
  }));
  const merged: FakeMerged[] = Array.from({ length: 150 }, (_, i) => ({
    number: N + i + 1,
    title: `Merged ${i}`,
    createdAt: ago(40 + i),
    mergedAt: ago(1 + i),
    additions: 10 * i,
    deletions: 1,
    author: user(`dev${i % 80}`),
    milestone: i % 3 ? 'Sprint 41' : undefined,
    wasDraft: i % 2 === 0,
    reviewComments: Array.from({ length: i % 4 }, (_, c) => ({
      body: c ? 'Does this handle an empty list?' : 'nit: trailing whitespace',
      createdAt: ago(1 + i),
      author: `dev${c}`,
    })),
  }));
  const milestones: FakeMilestone[] = [
    {
      number: 1,
      title: 'Sprint 41',
      dueOn: ago(48),
      state: 'CLOSED',
      closedAt: Array.from({ length: 40 }, (_, i) => ago(60 + i)),
    },
    { number: 2, title: 'Sprint 42', dueOn: ago(-200), state: 'OPEN', closedAt: [ago(5), null] },
  ];
  return { pulls, merged, milestones };
}

/** The same PRs as facts, for timing the rules and renderers in-process. */
function facts(s: ReturnType<typeof scenario>): WipFacts {
  return {
    repos: ['octo-org/app'],
    open: s.pulls.map((p) => ({
      repo: 'octo-org/app',
      number: p.number,
      title: p.title,
      url: `https://github.com/octo-org/app/pull/${p.number}`,
      author: { login: p.author.login, bot: false },
      createdAt: Date.parse(p.createdAt),
      draft: p.isDraft,
      additions: p.additions ?? 0,
      deletions: p.deletions ?? 0,
      changedFiles: 1,
      labels: p.labels ?? [],
      closingReferences: (p.closes ?? []).map((n) => `octo-org/app#${n}`),
      commitMessages: [],
      body: p.body ?? '',
      events: [
        { kind: 'requested' as const, at: Date.now() - 30 * HOUR, reviewer: { kind: 'user' as const, name: 'rev' } },
      ],
    })),
    merged: s.merged.map((m) => ({
      repo: 'octo-org/app',
      number: m.number,
      title: m.title,
      url: '',
      author: m.author.login,
      createdAt: Date.parse(m.createdAt),
      mergedAt: Date.parse(m.mergedAt),
      additions: m.additions,
      deletions: m.deletions,
      labels: [],
      inMilestone: !!m.milestone,
      wasDraft: m.wasDraft ?? false,
      reviewComments: (m.reviewComments ?? []).map((c, i) => ({
        ...c,
        url: `https://github.com/octo-org/app/pull/${m.number}#discussion_r${i}`,
        createdAt: Date.parse(c.createdAt),
      })),
      threadsNotRead: 0,
    })),
    milestones: [],
    incomplete: [],
  };
}

/**
 * GitHub's documented GraphQL rate-limit cost of one merged-PR search page: every connection asked
 * for, per parent node, added up and divided by 100 (at least 1).
 */
function searchPointCost(withHandbookFields: boolean): number {
  const page = 50;
  const calls = withHandbookFields
    ? 1 + page * 4 /* labels, closingIssuesReferences, timelineItems, reviewThreads */ + page * REVIEW_THREADS
    : 1 + page; /* labels */
  return Math.max(1, Math.round(calls / 100));
}

/** Issue #16: the handbook fields ride on the merged-PR search; the requests stay what they were. */
function budgetFigure(merged: number, requests: number, searchPages: number): Figure {
  return {
    issue: 16,
    name: `wip-report request budget with §1 sprint-goal, §2 draft and §5 syntax-nit fields (${merged} merged PRs)`,
    value: `${searchPages} merged-PR search page(s), the same as before: the new fields ride on the same search (0 extra requests). GitHub rate-limit points per page: ${searchPointCost(false)} before, ${searchPointCost(true)} now (${REVIEW_THREADS} review threads × 5 comments per PR)`,
    goal: `no new request (allowed: ${Math.ceil(merged / 50)}, one per 50 merged PRs, issue #11)`,
    holds: searchPages === Math.ceil(merged / 50) && requests === Math.ceil(N / 50) + searchPages + 1 /* milestones */,
  };
}

export async function wipReportFigures(): Promise<Figure[]> {
  const s = scenario();
  const gh = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'app',
    graphql: reviewGraphql('octo-org', 'app', s.pulls, { merged: s.merged, milestones: s.milestones }),
  });
  const out = mkdtempSync(join(tmpdir(), 'wip-bench-'));
  const t = process.hrtime.bigint();
  const r = await runDist('wip-report', {
    eventName: 'schedule',
    payload: { schedule: '0 8 * * 1' },
    apiUrl: gh.url,
    repository: 'octo-org/app',
    inputs: { 'output-dir': out, upload: 'false' },
    env: { NODE_OPTIONS: RSS_PROBE },
  });
  const elapsed = Number(process.hrtime.bigint() - t) / 1e6;
  await gh.close();
  const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const requests = gh.count((q) => q.path === '/graphql');
  const searchPages = gh.count((q) => q.path === '/graphql' && JSON.stringify(q.body).includes('query MergedPulls'));
  const configReads = gh.count((q) => q.path.includes('dev-process.yml'));
  const goal = Math.ceil(N / 50) + 5;

  const settings = parseWipReportSettings(() => undefined);
  const f = facts(s);
  buildWipReport({ ...f, open: f.open.slice(0, 100) }, settings, Date.now()); // warm up
  const t2 = process.hrtime.bigint();
  const report = buildWipReport(f, settings, Date.now());
  const rulesMs = Number(process.hrtime.bigint() - t2) / 1e6;
  const t3 = process.hrtime.bigint();
  const md = renderMarkdown(wipSummary(report));
  const html = renderReportHtml(report);
  const renderMs = Number(process.hrtime.bigint() - t3) / 1e6;

  return [
    {
      issue: 7,
      name: `wip-report schedule run, ${N.toLocaleString('en')} open PRs (built bundle, fake API)`,
      value: `${requests} GraphQL requests (+ ${configReads} config-file read) vs N+1 = ${(N + 1).toLocaleString('en')} per-PR calls; ${r.outputs['open-prs']} PRs reported, incomplete=${r.outputs.incomplete}; ${(elapsed / 1000).toFixed(0)} s`,
      goal: `≤ ${goal} requests`,
      holds:
        requests + configReads <= goal &&
        r.code === 0 &&
        r.outputs['open-prs'] === String(N) &&
        r.outputs.incomplete === 'false',
    },
    budgetFigure(s.merged.length, requests, searchPages),
    {
      issue: 14,
      name: `wip-report schedule run, ${N.toLocaleString('en')} open PRs: wall time (reads unpaced, one at a time)`,
      value: `${(elapsed / 1000).toFixed(1)} s`,
      goal: '≤ 20 s (104 s when #14 was filed)',
      holds: elapsed <= 20_000 && r.code === 0,
    },
    {
      issue: 7,
      name: `wip-report peak RSS, ${N.toLocaleString('en')} open PRs`,
      value: `${rss.toFixed(0)} MB`,
      goal: '< 250 MB',
      holds: rss > 0 && rss < 250,
    },
    {
      issue: 7,
      name: `wip-report rules + render, ${N.toLocaleString('en')} open PRs (in-process)`,
      value: `rules ${rulesMs.toFixed(0)} ms, markdown + HTML ${renderMs.toFixed(0)} ms (${(md.length / 1024).toFixed(0)} kB md, ${(html.length / 1024).toFixed(0)} kB html)`,
      goal: 'printed (no goal set)',
      holds: true,
    },
  ];
}
