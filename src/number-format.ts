/**
 * `12,345`: a number with thousands separators, as `toLocaleString('en-US')` writes it, without loading ICU's
 * number formatting (its first call costs about 10 ms, a tenth of the CLI's start-up). Pure; shared by all stages.
 */
export function thousands(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(Math.abs(n) * 1000) / 1000; // toLocaleString keeps at most 3 fraction digits
  const [int, frac] = String(rounded).split('.');
  return `${n < 0 && rounded !== 0 ? '-' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}
