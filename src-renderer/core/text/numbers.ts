/** Vietnamese number display: thousands dot, decimal comma ("2.885", "93,42%"). */

const intFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export function formatInteger(n: number): string {
  return intFormat.format(n);
}

/** Two-decimal percentage with Vietnamese separators; "—" when the denominator is 0. */
export function formatPercent(numerator: number, denominator: number, digits = 2): string {
  if (denominator === 0) return '—';
  return formatPercentValue((numerator * 100) / denominator, digits);
}

export function formatPercentValue(value: number, digits = 2): string {
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(roundHalfUp(value, digits))}%`;
}

/** Percentage as a number rounded half-up to `digits` decimals (machine form, "." decimal). */
export function percent(numerator: number, denominator: number, digits = 2): number {
  if (denominator === 0) return 0;
  return roundHalfUp((numerator * 100) / denominator, digits);
}

export function roundHalfUp(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

export function formatDecimal(n: number, digits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
}
