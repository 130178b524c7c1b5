import { describe, expect, it } from 'vitest';
import {
  buildEnvelope,
  canonicalJson,
  FORMAT_MIGRATIONS,
  FORMAT_VERSION,
  migrateEnvelope,
  readExchangeFile,
  sha256Hex,
  validateMigrations,
  type FormatMigration,
} from '../../../src-renderer/core/exchange';

const m = (from: number, apply: FormatMigration['apply'] = (r) => r): FormatMigration => ({
  from,
  title: `v${from}→v${from + 1}`,
  description: '',
  apply,
});

describe('format migrations', () => {
  it('the shipped list is valid and reaches the current version', () => {
    expect(() => validateMigrations(FORMAT_MIGRATIONS, FORMAT_VERSION)).not.toThrow();
  });

  it('rejects non-integers, gaps, disorder and a wrong last version', () => {
    expect(() => validateMigrations([m(1.5)], 3)).toThrow(/nguyên/u);
    expect(() => validateMigrations([m(1), m(3)], 4)).toThrow(/liên tục/u);
    expect(() => validateMigrations([m(2), m(1)], 3)).toThrow(/liên tục/u);
    expect(() => validateMigrations([m(1), m(1)], 3)).toThrow(/liên tục/u);
    expect(() => validateMigrations([m(1), m(2)], 4)).toThrow(/định dạng hiện tại là 4/u);
    expect(() => validateMigrations([m(1), m(2)], 3)).not.toThrow();
  });

  it('applies only the migrations newer than the file, in order, without touching the input', () => {
    const list = [
      m(1, (r) => ({ ...r, trail: [...((r.trail as string[]) ?? []), 'a'] })),
      m(2, (r) => ({ ...r, trail: [...((r.trail as string[]) ?? []), 'b'] })),
    ];
    const input = { formatVersion: 2, trail: [] as string[] };
    const out = migrateEnvelope(input, 2, list, 3);
    expect(out.envelope).toEqual({ formatVersion: 3, trail: ['b'] });
    expect(out.applied).toEqual(['v2→v3']);
    expect(input).toEqual({ formatVersion: 2, trail: [] });
    expect(migrateEnvelope({ formatVersion: 1 }, 1, list, 3).envelope).toEqual({ formatVersion: 3, trail: ['a', 'b'] });
  });

  it('reads an older file through a migration (format 1 read by a hypothetical format-2 build)', async () => {
    const env = await buildEnvelope({
      kind: 'roster',
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-28T08:00:00.000Z',
      unit: { code: 'CB', name: 'Chi bộ' },
      period: { year: 2026 },
      payload: {
        unit: {
          id: 'u',
          code: 'CB',
          type: 'chi_bo_co_so',
          history: [{ validFrom: '2026-01-01', name: 'Chi bộ', superiorName: '', superiorCommittee: '', placeName: '', issuerCode: 'CB' }],
          isOwn: true,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
        members: [],
      },
    });
    // A v1 file renamed appVersion → generator in v2; the migration renames it back.
    const list = [m(1, (r) => ({ ...r, appVersion: `${String(r.appVersion)}-migrated` }))];
    const read = await readExchangeFile(new TextEncoder().encode(canonicalJson(env)), { migrations: list, latestVersion: 2 });
    expect(read.envelope.appVersion).toBe('0.1.0-migrated');
    expect(read.envelope.formatVersion).toBe(2);
    expect(read.migrationsApplied).toEqual(['v1→v2']);
    // and a v2 file is refused by today's build before anything else
    const { sha256: _s, ...rest } = { ...env, formatVersion: 2 };
    const v2 = canonicalJson({ ...rest, sha256: await sha256Hex(canonicalJson(rest)) });
    await expect(readExchangeFile(new TextEncoder().encode(v2))).rejects.toMatchObject({ code: 'newer_format' });
  });
});
