/**
 * issue-linked — handbook §4 "Creating a PR": "To make sure our issues are linked correctly to the
 * PRs, you can tag the issue in your commit." (`git commit -m "Closes #289 add posthog logo to website"`)
 *
 * Pure: (facts, settings) -> Verdict. Linked = GitHub's closing references, or Closes/Fixes/Resolves
 * #N, owner/repo#N or an issue URL in the title, body or a commit message.
 */
import type { Actor } from '../facts/types.ts';
import { HANDBOOK, quoteOf } from '../handbook.ts';
import type { IssueLinkedSettings } from '../inputs/issue-linked.ts';
import { noLabelChanges, type Annotation, type Block, type Verdict } from '../verdict.ts';
import { closingReferences, issueRefs } from './closing-references.ts';
import { hasLabel } from './names.ts';

export interface IssueLinkFacts {
  repo: string;
  title: string;
  body: string;
  author: Actor;
  labels: string[];
  /** GitHub's closingIssuesReferences, as owner/repo#N. */
  closing: string[];
  commitMessages: string[];
  /** Commits whose messages were not read (GitHub gives the last 100): flagged when nothing was found. */
  commitsUnread?: number;
  /** What GitHub returned as null (the token can't see it), as one sentence naming the permission. */
  skipped?: string;
}

const quote = quoteOf(HANDBOOK.issueLink);
const HOW =
  'Add "Closes #N" to the PR description or a commit message (git commit -m "Closes #289 add posthog logo to website"), or link the issue in the PR\u2019s Development sidebar.';

/** Linked, or exempt (a bot author, the skip label), or missing: the first that holds. */
type LinkOutcome = 'linked' | 'bot' | 'label' | 'missing';

function linkOutcome(f: IssueLinkFacts, s: IssueLinkedSettings, issues: readonly string[]): LinkOutcome {
  if (issues.length) return 'linked';
  if (f.author.bot) return 'bot';
  if (s.skipLabel && hasLabel(f.labels, s.skipLabel)) return 'label';
  return 'missing';
}

const head = (text: string): Block[] => [
  { kind: 'heading', level: 2, text },
  { kind: 'quote', text: quote },
];

/** How to link an issue, what could not be read, and how to skip the check. */
function missingSummary(f: IssueLinkFacts, s: IssueLinkedSettings): Block[] {
  const blocks: Block[] = [...head('Issue link: none found'), { kind: 'paragraph', text: HOW }];
  if (f.skipped) blocks.push({ kind: 'paragraph', text: f.skipped });
  if (f.commitsUnread)
    blocks.push({
      kind: 'paragraph',
      text: `Only the last ${f.commitMessages.length} commit messages were read; ${f.commitsUnread} older ones were not.`,
    });
  if (s.skipLabel)
    blocks.push({
      kind: 'paragraph',
      text: ['A PR that needs no issue can get the ', { code: s.skipLabel }, ' label.'],
    });
  return blocks;
}

function linkSummary(
  outcome: LinkOutcome,
  issues: readonly string[],
  f: IssueLinkFacts,
  s: IssueLinkedSettings,
): Block[] {
  switch (outcome) {
    case 'linked':
      return head(`Issue linked: ${issues.join(', ')}`);
    case 'bot':
      return [
        ...head('Issue link: skipped for a bot author'),
        { kind: 'paragraph', text: `${f.author.login} is a bot; its PRs need no issue.` },
      ];
    case 'label':
      return [
        ...head('Issue link: skipped by label'),
        { kind: 'paragraph', text: ['No issue needed: the PR has the ', { code: s.skipLabel }, ' label.'] },
      ];
    case 'missing':
      return missingSummary(f, s);
  }
}

export function issueLinkedVerdict(
  f: IssueLinkFacts,
  s: IssueLinkedSettings,
): Verdict<{ issues: string[]; skipped?: 'bot' | 'label' }> {
  const issues = issueRefs([
    ...f.closing,
    ...closingReferences([f.title, f.body, ...f.commitMessages].join('\n'), f.repo),
  ]);
  const outcome = linkOutcome(f, s, issues);
  const partial: Annotation[] = f.skipped
    ? [{ level: 'warning', title: 'issue-linked: partial data', message: f.skipped }]
    : [];
  const missing: Annotation = {
    level: s.failIfMissing ? 'error' : 'notice',
    title: 'No linked issue',
    message: `This PR links no issue. ${HOW} ${quote}`,
  };
  return {
    check: 'issue-linked',
    labels: noLabelChanges(),
    outputs: { issues: JSON.stringify(issues) },
    conclusion: outcome === 'missing' && s.failIfMissing ? 'failure' : 'success',
    annotations: outcome === 'missing' ? [missing, ...partial] : partial,
    summary: linkSummary(outcome, issues, f, s),
    details: outcome === 'bot' || outcome === 'label' ? { issues, skipped: outcome } : { issues },
  };
}
