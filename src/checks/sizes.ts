/** Size buckets: a label applies at ≥ its threshold of counted lines. */

export interface SizeBucket {
  name: string;
  minLines: number;
}

export const DEFAULT_SIZES = 'XS=0,S=10,M=100,L=250,XL=500,XXL=1000';

/** Parses `XS=0,S=10,…` (commas or newlines). Returns an error sentence instead of throwing. */
export function parseSizes(text: string): SizeBucket[] | string {
  const parts = text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return 'no sizes given';
  const buckets: SizeBucket[] = [];
  for (const part of parts) {
    const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*)\s*=\s*(\d+)$/.exec(part);
    if (!m) return `"${part}" is not NAME=LINES with a whole number of lines`;
    const bucket = { name: m[1]!, minLines: Number(m[2]) };
    const prev = buckets.at(-1);
    if (prev && bucket.minLines <= prev.minLines) return `"${part}" must be larger than ${prev.name}=${prev.minLines}`;
    // Size labels are compared case-insensitively on GitHub: `xs` and `XS` would be one label.
    const twin = buckets.find((b) => b.name.toLowerCase() === bucket.name.toLowerCase());
    if (twin)
      return twin.name === bucket.name
        ? `"${bucket.name}" appears twice`
        : `"${bucket.name}" and "${twin.name}" differ only in case (labels are case-insensitive)`;
    buckets.push(bucket);
  }
  if (buckets[0]!.minLines !== 0)
    return `the first size must start at 0 lines (got ${buckets[0]!.name}=${buckets[0]!.minLines})`;
  return buckets;
}

export function sizeFor(lines: number, buckets: readonly SizeBucket[]): SizeBucket {
  let found = buckets[0]!;
  for (const b of buckets) if (lines >= b.minLines) found = b;
  return found;
}

export function sizeRank(name: string, buckets: readonly SizeBucket[]): number {
  return buckets.findIndex((b) => b.name.toLowerCase() === name.toLowerCase());
}

/** GitHub's limit on a label name (in characters). */
export const LABEL_MAX_LENGTH = 50;

/** The first size whose label (prefix + name) is longer than GitHub allows, with that label. */
export function overlongLabel(prefix: string, buckets: readonly SizeBucket[]): string | undefined {
  return buckets.map((b) => prefix + b.name).find((l) => [...l].length > LABEL_MAX_LENGTH);
}

/** Green for the smallest size through red for the largest, as hex without '#'. */
export function sizeColor(index: number, count: number): string {
  const from = [0x3c, 0xbf, 0x00];
  const to = [0xe5, 0x00, 0x09];
  const t = count <= 1 ? 0 : index / (count - 1);
  return from
    .map((f, i) =>
      Math.round(f + (to[i]! - f) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
}
