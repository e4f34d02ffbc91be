/**
 * `12,345`: a number with thousands separators and at most `fractionDigits` decimals, as
 * `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes it (3, toLocaleString's default), without loading
 * ICU's number formatting (its first call costs about 10 ms, a tenth of the CLI's start-up). Pure; shared by all stages.
 */
export function thousands(n: number, fractionDigits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  const scale = 10 ** fractionDigits;
  const rounded = Math.round(Math.abs(n) * scale) / scale;
  const [int, frac] = String(rounded).split('.');
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}
