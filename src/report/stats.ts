/** Small order statistics for the report. Pure. */
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);

/** Nearest-rank percentile (p in 0..100); null for no data. */
export function percentile(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;
export const round1OrNull = (n: number | null): number | null => (n === null ? null : round1(n));
