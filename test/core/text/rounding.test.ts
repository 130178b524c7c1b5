import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercent, percent, roundFraction, roundHalfUp } from '../../../src-renderer/core/text';

/**
 * Exact reference, computed another way than the implementation: truncate the exact rational to
 * one more decimal than wanted, then round up when that extra digit is 5 or more (half-up on a
 * non-negative value). Returns the decimal string with `digits` decimals.
 */
function referencePercent(numerator: number, denominator: number, digits: number): string {
  const n = BigInt(numerator) * 100n;
  const d = BigInt(denominator);
  const truncated = (n * 10n ** BigInt(digits + 1)) / d; // one extra digit, exact integer division
  const rounded = truncated / 10n + (truncated % 10n >= 5n ? 1n : 0n);
  const s = rounded.toString().padStart(digits + 1, '0');
  return digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

const asFixed = (v: number, digits: number) => v.toFixed(digits); // exact for values that are already 2-decimal doubles

describe('half-up rounding of percentages (issue 15 point 6)', () => {
  it('87/4000 is 2,18% (the float 2.1749999… must not round down)', () => {
    expect(percent(87, 4000)).toBe(2.18);
    expect(formatPercent(87, 4000)).toBe('2,18%');
    expect(referencePercent(87, 4000, 2)).toBe('2.18');
  });

  it('keeps the known figures', () => {
    expect(formatPercent(2695, 2885)).toBe('93,41%');
    expect(formatPercent(1, 3)).toBe('33,33%');
    expect(percent(2, 3)).toBe(66.67);
    expect(formatPercent(17, 20)).toBe('85,00%');
    expect(formatPercent(0, 0)).toBe('—');
    expect(percent(0, 0)).toBe(0);
  });

  it('every exact tie x,xx5% with a denominator up to 12,000 rounds up, as the exact reference says', () => {
    // n/d·100 has a third decimal 5 and nothing after it exactly when n·100000/d is an integer
    // ending in 5; that needs 2^5 | d. These are the cases the old float rounding got wrong.
    let ties = 0;
    for (let d = 32; d <= 12000; d += 32) {
      for (let n = 0; n <= d; n++) {
        const scaled = n * 100000;
        if (scaled % d !== 0 || (scaled / d) % 10 !== 5) continue;
        expect(asFixed(percent(n, d), 2)).toBe(referencePercent(n, d, 2));
        ties++;
      }
    }
    expect(ties).toBeGreaterThan(500);
  });

  it('property: percent(n, d) equals the exact rational reference (2 and 1 decimals)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.nat({ max: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (d, dIdx, share) => {
        const n = Math.floor(share * d);
        const digits = dIdx === 0 ? 2 : 1;
        expect(asFixed(percent(n, d, digits), digits)).toBe(referencePercent(n, d, digits));
      }),
      { numRuns: 5000 },
    );
  });

  it('property: exact ties x.xx5 always round up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (k) => {
        // (2k+1)/2 ten-thousandths of 100%: numerator 2k+1, denominator 20000 → k/200 + 1/40000 ·100
        const n = 2 * k + 1;
        const d = 200000; // n/d·100 = (2k+1)/2000 → 3 decimals ending in 5
        expect(asFixed(percent(n, d), 2)).toBe(referencePercent(n, d, 2));
      }),
    );
  });

  it('roundHalfUp rounds the written decimal value, not its binary approximation', () => {
    expect(roundHalfUp(2.175, 2)).toBe(2.18);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-2.175, 2)).toBe(-2.18);
    expect(roundHalfUp(2.174999, 2)).toBe(2.17);
    expect(roundHalfUp(37, 2)).toBe(37);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundFraction(87, 40, 2)).toBe(2.18);
    expect(formatDecimal(2.175)).toBe('2,18');
    expect(formatDecimal(93.5)).toBe('93,5');
  });
});
