/** One bench figure: what was measured, the value, the goal the issue set, and whether it holds. */
export interface Figure {
  issue: number;
  name: string;
  value: string;
  goal: string;
  holds: boolean;
}

export function printFigures(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [`#${f.issue}`, f.name, f.value, f.goal, f.holds ? 'yes' : 'NO']);
  const header = ['issue', 'figure', 'value', 'goal', 'holds'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}
