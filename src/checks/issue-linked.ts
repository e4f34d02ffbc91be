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

export function issueLinkedVerdict(
  f: IssueLinkFacts,
  s: IssueLinkedSettings,
): Verdict<{ issues: string[]; skipped?: 'bot' | 'label' }> {
  const issues = issueRefs([
    ...f.closing,
    ...closingReferences([f.title, f.body, ...f.commitMessages].join('\n'), f.repo),
  ]);
  const partial: Annotation[] = f.skipped
    ? [{ level: 'warning', title: 'issue-linked: partial data', message: f.skipped }]
    : [];
  const base = { check: 'issue-linked', labels: noLabelChanges(), outputs: { issues: JSON.stringify(issues) } };
  const head = (text: string): Block[] => [
    { kind: 'heading', level: 2, text },
    { kind: 'quote', text: quote },
  ];
  if (issues.length) {
    return {
      ...base,
      conclusion: 'success',
      annotations: partial,
      summary: [...head(`Issue linked: ${issues.join(', ')}`)],
      details: { issues },
    };
  }
  if (f.author.bot)
    return {
      ...base,
      conclusion: 'success',
      annotations: partial,
      summary: [
        ...head('Issue link: skipped for a bot author'),
        { kind: 'paragraph', text: `${f.author.login} is a bot; its PRs need no issue.` },
      ],
      details: { issues, skipped: 'bot' },
    };
  if (s.skipLabel && hasLabel(f.labels, s.skipLabel)) {
    return {
      ...base,
      conclusion: 'success',
      annotations: partial,
      summary: [
        ...head('Issue link: skipped by label'),
        { kind: 'paragraph', text: ['No issue needed: the PR has the ', { code: s.skipLabel }, ' label.'] },
      ],
      details: { issues, skipped: 'label' },
    };
  }
  const annotation: Annotation = {
    level: s.failIfMissing ? 'error' : 'notice',
    title: 'No linked issue',
    message: `This PR links no issue. ${HOW} ${quote}`,
  };
  return {
    ...base,
    conclusion: s.failIfMissing ? 'failure' : 'success',
    annotations: [annotation, ...partial],
    summary: [
      ...head('Issue link: none found'),
      { kind: 'paragraph', text: HOW },
      ...(f.skipped ? [{ kind: 'paragraph' as const, text: f.skipped }] : []),
      ...(f.commitsUnread
        ? [
            {
              kind: 'paragraph' as const,
              text: `Only the last ${f.commitMessages.length} commit messages were read; ${f.commitsUnread} older ones were not.`,
            },
          ]
        : []),
      ...(s.skipLabel
        ? [
            {
              kind: 'paragraph' as const,
              text: ['A PR that needs no issue can get the ', { code: s.skipLabel }, ' label.'],
            },
          ]
        : []),
    ],
    details: { issues },
  };
}
