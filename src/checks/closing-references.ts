/**
 * Closing references — handbook §4 "Creating a PR": "To make sure our issues are linked correctly to
 * the PRs, you can tag the issue in your commit." (`git commit -m "Closes #289 …"`). Pure.
 */

const CLOSING =
  /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:([\w.-]+\/[\w.-]+)?#(\d+)|https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/issues\/(\d+))\b/gi;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Lines outside fenced code blocks (an unclosed fence runs to the end, as GitHub renders it). */
function outsideFences(text: string): string {
  const kept: string[] = [];
  let open: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const fence = FENCE.exec(line)?.[1];
    if (open === undefined) {
      if (fence && !(fence[0] === '`' && line.slice(line.indexOf(fence) + fence.length).includes('`'))) open = fence;
      else kept.push(line);
    } else if (fence && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  return kept.join('\n');
}

/**
 * The text GitHub renders as prose: HTML comments (a PR template's hints), fenced code blocks and
 * code spans removed, so "<!-- Closes #123 -->" or "`Fixes #5`" link nothing. Pure.
 */
export function proseOnly(text: string): string {
  return outsideFences(text)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ');
}

/**
 * Issues a PR text says it closes, as `owner/repo#N` ("Fixes #12" is an issue of `repo`, "closes
 * octo/app#3" and "Resolves https://github.com/octo/app/issues/3" name theirs). Keywords inside
 * HTML comments and code are not read (see proseOnly). Pure.
 */
export function closingReferences(text: string, repo: string): string[] {
  return [...proseOnly(text).matchAll(CLOSING)].map((m) => `${m[1] ?? m[3] ?? repo}#${m[2] ?? m[4]}`);
}

/** `owner/repo#N` refs, deduplicated case-insensitively (GitHub's owner and repository names are) and in a stable order. */
export const issueRefs = (xs: string[]): string[] => {
  const seen = new Map<string, string>();
  for (const x of xs) if (!seen.has(x.toLowerCase())) seen.set(x.toLowerCase(), x);
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
};
