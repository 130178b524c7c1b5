/** Vietnamese number display: thousands dot, decimal comma ("2.885", "93,42%"). */

/** Made at the first use, not when the module loads (the start-up formats no number, issue 19). */
let intFormat: Intl.NumberFormat | undefined;

export function formatInteger(n: number): string {
  intFormat ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
  return intFormat.format(n);
}

const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixedFormat(digits: number): Intl.NumberFormat {
  let f = fixedFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedFormats.set(digits, f);
  }
  return f;
}

/**
 * Exact half-up rounding of the fraction numerator/denominator to `digits` decimals, in integer
 * arithmetic (BigInt): returns the scaled integer, i.e. round(numerator / denominator × 10^digits).
 * Half-up means away from zero on an exact tie (2,175 → 2,18; −2,175 → −2,18).
 */
export function roundFractionScaled(numerator: bigint, denominator: bigint, digits: number): bigint {
  if (denominator === 0n) throw new RangeError('denominator 0');
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const scaled = n * 10n ** BigInt(digits);
  const q = scaled / d;
  const r = scaled % d;
  const rounded = 2n * r >= d ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/** "123" with `digits` decimals inserted → a Number (e.g. 218n, 2 → 2.18). */
function scaledToNumber(scaled: bigint, digits: number): number {
  if (digits === 0) return Number(scaled);
  const neg = scaled < 0n;
  const s = (neg ? -scaled : scaled).toString().padStart(digits + 1, '0');
  return Number(`${neg ? '-' : ''}${s.slice(0, -digits)}.${s.slice(-digits)}`);
}

/**
 * A finite double as an exact decimal fraction of its shortest representation: 2.175 → 2175/1000
 * (what the user sees and means, not the binary value 2.17499999…).
 */
function decimalFraction(value: number): [bigint, bigint] {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/u.exec(String(value));
  if (!m) throw new RangeError(`not a finite number: ${value}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let digits = BigInt(`${sign}${int}${frac}`);
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return [digits, 10n ** BigInt(scale)];
}

function isSafeInt(n: number): boolean {
  return Number.isSafeInteger(n);
}

/**
 * numerator/denominator × 100, rounded half-up to `digits` decimals, exactly (integer arithmetic
 * when both are integers, else on their decimal representations). 87/4000 → 2.18.
 */
function percentExact(numerator: number, denominator: number, digits: number): number {
  const [nn, nd] = isSafeInt(numerator) ? [BigInt(numerator), 1n] : decimalFraction(numerator);
  const [dn, dd] = isSafeInt(denominator) ? [BigInt(denominator), 1n] : decimalFraction(denominator);
  // (nn/nd) / (dn/dd) × 100 = nn·dd·100 / (nd·dn)
  return scaledToNumber(roundFractionScaled(nn * dd * 100n, nd * dn, digits), digits);
}

/** Two-decimal percentage with Vietnamese separators; "—" when the denominator is 0. */
export function formatPercent(numerator: number, denominator: number, digits = 2): string {
  if (denominator === 0) return '—';
  return `${fixedFormat(digits).format(percentExact(numerator, denominator, digits))}%`;
}

/** A percentage value already computed ("93.4166…" → "93,42%"), rounded half-up on its decimal digits. */
export function formatPercentValue(value: number, digits = 2): string {
  return `${fixedFormat(digits).format(roundHalfUp(value, digits))}%`;
}

/** Percentage as a number rounded half-up to `digits` decimals (machine form, "." decimal). */
export function percent(numerator: number, denominator: number, digits = 2): number {
  if (denominator === 0) return 0;
  return percentExact(numerator, denominator, digits);
}

/**
 * Half-up rounding of a value to `digits` decimals, on the value's decimal representation
 * (2.175 → 2.18, 1.005 → 1.01), in integer arithmetic. For a quotient use `percent` or
 * `roundFraction`, which round the exact fraction rather than its binary approximation.
 */
export function roundHalfUp(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const [n, d] = decimalFraction(value);
  return scaledToNumber(roundFractionScaled(n, d, digits), digits);
}

/** numerator / denominator rounded half-up to `digits` decimals, exactly (integer inputs). */
export function roundFraction(numerator: number, denominator: number, digits: number): number {
  const [nn, nd] = isSafeInt(numerator) ? [BigInt(numerator), 1n] : decimalFraction(numerator);
  const [dn, dd] = isSafeInt(denominator) ? [BigInt(denominator), 1n] : decimalFraction(denominator);
  return scaledToNumber(roundFractionScaled(nn * dd, nd * dn, digits), digits);
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

/** Up to `digits` decimals, Vietnamese separators, rounded half-up on the decimal digits ("2,18"). */
export function formatDecimal(n: number, digits = 2): string {
  let f = decimalFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits });
    decimalFormats.set(digits, f);
  }
  return f.format(roundHalfUp(n, digits));
}
