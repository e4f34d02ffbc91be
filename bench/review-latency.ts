// review-latency figures: a schedule run over 1,000 open PRs through the built bundle, and rules time.
import { pullLatency } from '../src/checks/review-latency.ts';
import type { PullTimeline } from '../src/facts/types.ts';
import { parseReviewLatencySettings } from '../src/inputs/review-latency.ts';
import { startFakeGitHub } from '../test/fake-github/server.ts';
import { committed, requested, reviewed, reviewGraphql, user } from '../test/fake-github/review-graphql.ts';
import { runDist } from '../test/helpers/run-dist.ts';
import type { Figure } from './figures.ts';

const N = 1000;
const ago = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();
const RSS_PROBE = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss_kb='+process.resourceUsage().maxRSS+'\\n'))`;

export async function reviewLatencyFigures(): Promise<Figure[]> {
  const pulls = Array.from({ length: N }, (_, i) => ({
    number: i + 1,
    title: `PR ${i + 1}`,
    createdAt: ago(300),
    isDraft: i % 10 === 9,
    author: user(`dev${i % 25}`),
    timeline: [
      requested(ago(100 - (i % 90)), `dev${(i + 1) % 25}`),
      ...(i % 3
        ? [reviewed(ago(50 - (i % 40)), user(`dev${(i + 1) % 25}`), 'CHANGES_REQUESTED'), committed(ago(20))]
        : []),
    ],
  }));
  const gh = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'app',
    graphql: reviewGraphql('octo-org', 'app', pulls),
  });
  const t = process.hrtime.bigint();
  const r = await runDist('review-latency', {
    eventName: 'schedule',
    payload: { schedule: '0 8 * * 1-5' },
    apiUrl: gh.url,
    repository: 'octo-org/app',
    env: { NODE_OPTIONS: RSS_PROBE },
  });
  const elapsed = Number(process.hrtime.bigint() - t) / 1e6;
  await gh.close();
  const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const requests = gh.count((q) => q.path === '/graphql');
  const configReads = gh.count((q) => q.path.includes('dev-process.yml'));
  const goal = Math.ceil(N / 50) + 2;

  // Rules alone: 1,000 timelines in the same shape, in-process.
  const s = parseReviewLatencySettings((n) => ({ timezone: 'Europe/Berlin', holidays: '2026-12-24,2026-12-25' })[n]);
  const now = Date.now();
  const timelines: PullTimeline[] = pulls.map((p) => ({
    number: p.number,
    title: p.title,
    url: '',
    author: { login: p.author.login, bot: false },
    createdAt: Date.parse(p.createdAt),
    draft: p.isDraft,
    events: [
      {
        kind: 'requested' as const,
        at: now - (100 - (p.number % 90)) * 3_600_000,
        reviewer: { kind: 'user' as const, name: 'x' },
      },
      { kind: 'review' as const, at: now - 3_600_000, author: { login: 'x', bot: false }, state: 'COMMENTED' },
    ],
  }));
  for (const tl of timelines.slice(0, 50)) pullLatency(tl, s, now); // warm up
  const t2 = process.hrtime.bigint();
  for (const tl of timelines) pullLatency(tl, s, now);
  const rulesMs = Number(process.hrtime.bigint() - t2) / 1e6;

  return [
    {
      issue: 6,
      name: `review-latency schedule run, ${N.toLocaleString('en')} open PRs (built bundle, fake API)`,
      value: `${requests} GraphQL requests (+ ${configReads} config-file read) vs ${N.toLocaleString('en')}+ REST calls per-PR; ${r.outputs['open-prs']} ready PRs, ${r.outputs['breached-count']} over SLA; ${elapsed.toFixed(0)} ms, peak RSS ${rss.toFixed(0)} MB`,
      goal: `≤ ${goal} requests`,
      holds: requests <= goal && r.code === 0 && r.outputs.incomplete === 'false',
    },
    {
      issue: 14,
      name: `review-latency schedule run, ${N.toLocaleString('en')} open PRs: wall time (reads unpaced, one at a time)`,
      value: `${(elapsed / 1000).toFixed(1)} s`,
      goal: '≤ 5 s (19 s when #14 was filed)',
      holds: elapsed <= 5000 && r.code === 0,
    },
    {
      issue: 6,
      name: `review-latency rules, ${N.toLocaleString('en')} timelines (Europe/Berlin, holidays)`,
      value: `${rulesMs.toFixed(1)} ms (${((rulesMs / N) * 1000).toFixed(0)} µs per PR)`,
      goal: 'printed (no goal set)',
      holds: true,
    },
  ];
}
