/**
 * GitHub compares label names and logins case-insensitively (`Size/L` and `size/l` are one label,
 * `Alice` and `alice` one user). Every comparison of them in the suite goes through here. Pure.
 */

export const nameKey = (name: string): string => name.toLowerCase();

export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** True when `labels` holds `name` in any case. */
export const hasLabel = (labels: readonly string[], name: string): boolean => labels.some((l) => sameName(l, name));

/** The items with duplicates (in any case) dropped, keeping each first spelling. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(nameKey(n))) seen.set(nameKey(n), n);
  return [...seen.values()];
}
