import type { Block, Verdict } from './verdict.ts';

/**
 * The handbook rules each check enforces, quoted once, from the public page HANDBOOK_URL. A team can quote its
 * own handbook instead (`handbook:` in .github/dev-process.yml, quoteTeamHandbook below).
 * Which check enforces which rule: the table at the top of the README.
 */
export const HANDBOOK = {
  prSize: {
    section: '§2 Sizing a task and reducing WIP',
    quote:
      "Your PRs should ideally be sized to be doable in one day, including code review and QA. If it's not, you should break it down into smaller chunks until it fits into a day.",
  },
  featureFlags: {
    section: '§2 Sizing a task and reducing WIP',
    quote:
      "It's even better to develop partial features behind feature flags. As long as it's clear what needs to be done before a flag can be lifted, you can usually get the smallest bit of any new feature out in a day this way.",
  },
  reviews: {
    section: '§2 Sizing a task and reducing WIP',
    quote: 'First, start your own day by responding to review requests from colleagues, and unblocking their work.',
  },
  docs: {
    section: '§7 Documenting',
    quote:
      "If you built it, please document it. You're in the best position to do this, and it forces you to think things through from a user perspective.",
  },
  issueLink: {
    section: '§4 Creating a PR',
    quote: 'To make sure our issues are linked correctly to the PRs, you can tag the issue in your commit.',
  },
  syntax: {
    section: '§5 Code reviews',
    quote:
      "Things we do not care about during review: Syntax. If we're arguing about syntax, that means we should install a code formatter.",
  },
  tests: {
    section: '§3 Writing code',
    quote: "We're big fans of Test Driven Development (TDD).",
  },
} as const;

/** A rule as quoted everywhere: `Handbook §N Title: "…"`. */
export const quoteOf = (rule: { readonly section: string; readonly quote: string }): string =>
  `Handbook ${rule.section}: "${rule.quote}"`;

/** The public page the default quotes come from. */
export const HANDBOOK_URL = 'https://posthog.com/handbook/engineering/development-process';

/**
 * A verdict quoting the team's own handbook (`handbook:` in .github/dev-process.yml) instead of the default:
 * the check's rule text replaces the quote, and the team's URL is named next to it.
 */
export function quoteTeamHandbook<V extends Verdict>(
  v: V,
  check: string,
  config: Readonly<Record<string, Readonly<Record<string, string>>>>,
): V {
  const team = config.handbook;
  const text = team?.[check]?.trim();
  const url = team?.url?.trim();
  if (!text && !url) return v;
  const summary = v.summary.map((b): Block => {
    if (b.kind !== 'quote') return b;
    if (!text)
      return {
        ...b,
        text: [...(Array.isArray(b.text) ? b.text : [b.text]), ` (your handbook: `, { link: url!, href: url! }, ')'],
      };
    return {
      ...b,
      text: [`Our handbook${url ? ' (' : ''}`, ...(url ? [{ link: url, href: url }, ')'] : []), `: "${text}"`],
    };
  });
  return { ...v, summary };
}
