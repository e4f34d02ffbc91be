/**
 * Duplicate work — handbook §2: "we will end up with three different PRs, all for the same thing."
 * Groups open PRs that close the same issue, or whose titles share ≥ 80% of their words (Jaccard).
 * Pure. Title pairs are found with a prefix filter (words ordered rarest first; two sets that reach
 * the threshold must share a word among their first few), so 5,000 titles are not 12.5M comparisons.
 */

export interface DuplicateCandidate {
  key: string;
  title: string;
  /** Issues it closes, as owner/repo#N (so #5 of two repositories are different issues). */
  closingIssues: string[];
}

export interface DuplicateGroup {
  /** The issue they all close; absent for a group of near-identical titles. */
  issue?: string;
  keys: string[];
}

export const TITLE_SIMILARITY = 0.8;
const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'to', 'of', 'for', 'in', 'on', 'with', 'wip', 'draft']);

export const titleWords = (title: string): string[] => [
  ...new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => (w.length > 1 || /\d/.test(w)) && !STOP.has(w)),
  ),
];

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  const shared = b.filter((w) => set.has(w)).length;
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

export function duplicateGroups(pulls: readonly DuplicateCandidate[], threshold = TITLE_SIMILARITY): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  const grouped = new Set<string>();

  const byIssue = new Map<string, string[]>();
  for (const p of pulls) for (const n of p.closingIssues) byIssue.set(n, [...(byIssue.get(n) ?? []), p.key]);
  for (const [issue, keys] of [...byIssue].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))) {
    if (keys.length < 2 || keys.every((k) => grouped.has(k))) continue;
    groups.push({ issue, keys });
    for (const k of keys) grouped.add(k);
  }

  // Titles: union-find over pairs that pass the prefix filter and the threshold.
  const words = pulls.map((p) => titleWords(p.title));
  const freq = new Map<string, number>();
  for (const ws of words) for (const w of ws) freq.set(w, (freq.get(w) ?? 0) + 1);
  const parent = pulls.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const index = new Map<string, number[]>();
  words.forEach((ws, i) => {
    if (ws.length < 2 || grouped.has(pulls[i]!.key)) return;
    const sorted = [...ws].sort((a, b) => freq.get(a)! - freq.get(b)! || a.localeCompare(b));
    const prefix = sorted.slice(0, ws.length - Math.ceil(threshold * ws.length) + 1);
    const seen = new Set<number>();
    for (const w of prefix) {
      for (const j of index.get(w) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (jaccard(ws, words[j]!) >= threshold) parent[find(i)] = find(j);
      }
      index.set(w, [...(index.get(w) ?? []), i]);
    }
  });
  const byRoot = new Map<number, string[]>();
  pulls.forEach((p, i) => {
    if (words[i]!.length < 2 || grouped.has(p.key)) return;
    byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), p.key]);
  });
  for (const keys of byRoot.values()) if (keys.length > 1) groups.push({ keys });
  return groups;
}
