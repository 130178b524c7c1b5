/**
 * One test per bad-file case: the specific Vietnamese message, and the database unchanged
 * (a full dump compared before and after prepare + apply).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, encodeEnvelope, gzip, type UnitReportEnvelope } from '../../src-renderer/core/exchange';
import { applyImport, buildUnitReport, prepareImport } from '../../src-renderer/db/exchange';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { dump, makeAggregator, makeCell, reseal } from './exchange-helpers';

let good: UnitReportEnvelope;

beforeAll(async () => {
  const { db } = await makeCell('CB-SOTUPHAP', 6, 3, 11);
  good = await buildUnitReport(db, { period: { year: 2026, month: 11 }, aggregateOnly: false, now: new Date('2026-11-28T08:00:00.000Z') });
});

const enc = (s: string) => new TextEncoder().encode(s);
const clone = () =>
  structuredClone(good) as unknown as Record<string, unknown> & { payload: Record<string, unknown>; counts: Record<string, number> };

async function expectRefused(bytes: Uint8Array, code: string, pattern: RegExp, options: { passphrase?: string; db?: SoNeuGuongDb } = {}) {
  const db = options.db ?? (await makeAggregator());
  const before = await dump(db);
  const prepared = await prepareImport(db, [{ name: 'tep.sng', bytes }], { passphrase: options.passphrase });
  const p = prepared[0]!;
  expect(p.status).toBe('error');
  if (p.status !== 'error') return;
  expect(p.problem.code).toBe(code);
  expect(p.problem.message).toMatch(pattern);
  let hookCalled = false;
  const results = await applyImport(db, prepared, { beforeApply: async () => void (hookCalled = true) });
  expect(results[0]!.outcome).toBe('refused');
  expect(hookCalled).toBe(false);
  expect(await dump(db)).toEqual(before);
  return p.problem;
}

describe('bad files', () => {
  it('sanity: the good file is accepted', async () => {
    const db = await makeAggregator();
    const p = await prepareImport(db, [{ name: 'ok.sng', bytes: await encodeEnvelope(good) }]);
    expect(p[0]!.status).toBe('ready');
  });

  it('empty file', async () => {
    await expectRefused(new Uint8Array(), 'empty_file', /rỗng/u);
  });

  it('not JSON', async () => {
    await expectRefused(enc('Kính gửi Ban Thường vụ, xin gửi báo cáo.'), 'not_json', /không đọc được thành dữ liệu/u);
  });

  it('not UTF-8 (a binary file)', async () => {
    await expectRefused(new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x81]), 'not_utf8', /không phải văn bản nên không phải tệp trao đổi/u);
  });

  it('JSON that is not ours', async () => {
    await expectRefused(enc('{"type":"excalidraw","version":2}'), 'not_exchange_file', /không phải tệp trao đổi/u);
  });

  it('truncated plain file', async () => {
    const text = canonicalJson(good);
    await expectRefused(enc(text.slice(0, Math.floor(text.length * 0.6))), 'truncated', /cắt cụt/u);
  });

  it('truncated compressed file', async () => {
    const bytes = await encodeEnvelope(good, { compress: true });
    await expectRefused(bytes.slice(0, bytes.length - 20), 'truncated', /cắt cụt/u);
  });

  it('checksum mismatch', async () => {
    const text = canonicalJson(good).replace('"fullName":"', '"fullName":"X');
    await expectRefused(enc(text), 'checksum_mismatch', /Mã kiểm tra của tệp không khớp/u);
  });

  it('reformatted (pretty-printed) file', async () => {
    await expectRefused(enc(JSON.stringify(JSON.parse(canonicalJson(good)), null, 2)), 'altered', /bị sửa sau khi xuất/u);
  });

  it('unknown kind', async () => {
    const env = clone();
    env.kind = 'bao_cao_la';
    await expectRefused(await reseal(env), 'unknown_kind', /«bao_cao_la» không được hỗ trợ/u);
  });

  it('newer format version', async () => {
    const env = clone();
    env.formatVersion = 7;
    const problem = await expectRefused(await reseal(env), 'newer_format', /định dạng 7.*cập nhật ứng dụng/su);
    expect(problem?.details.supported).toBe(1);
  });

  it('newer format is refused even when its payload would not validate', async () => {
    await expectRefused(
      await reseal({ format: 'so-neu-guong', formatVersion: 2, kind: 'kieu_moi', payload: { x: 1 } }),
      'newer_format',
      /mới hơn/u,
    );
  });

  it('wrong passphrase', async () => {
    const bytes = await encodeEnvelope(good, { passphrase: 'đúng rồi', iterations: 1000 });
    await expectRefused(bytes, 'wrong_passphrase', /Mật khẩu không đúng/u, { passphrase: 'sai rồi' });
  });

  it('encrypted file without a passphrase', async () => {
    const bytes = await encodeEnvelope(good, { passphrase: 'đúng rồi', iterations: 1000 });
    await expectRefused(bytes, 'passphrase_required', /mã hóa.*mật khẩu/su);
  });

  it('missing required field', async () => {
    const env = clone();
    const members = env.payload.members as Array<Record<string, unknown>>;
    delete members[2]!.fullName;
    const problem = await expectRefused(await reseal(env), 'invalid_content', /thiếu trường bắt buộc «payload\.members\[2\]\.fullName»/u);
    expect(problem?.details.missing).toBe(true);
  });

  it('missing sha256', async () => {
    const env = clone();
    delete env.sha256;
    await expectRefused(enc(canonicalJson(env)), 'invalid_content', /thiếu mã kiểm tra/u);
  });

  it('wrong value type', async () => {
    const env = clone();
    (env.period as Record<string, unknown>).month = 13;
    await expectRefused(await reseal(env), 'invalid_content', /«period\.month»/u);
  });

  it('duplicate ids', async () => {
    const env = clone();
    const monthly = env.payload.monthly as Array<Record<string, unknown>>;
    monthly[1]!.id = monthly[0]!.id;
    await expectRefused(await reseal(env), 'duplicate_id', /trùng mã/u);
  });

  it('references to unknown records', async () => {
    const env = clone();
    const monthly = env.payload.monthly as Array<Record<string, unknown>>;
    monthly[0]!.memberId = 'khong-co-ai';
    await expectRefused(await reseal(env), 'unknown_reference', /«khong-co-ai» không có trong danh sách/u);
  });

  it('counts that disagree with the payload', async () => {
    const env = clone();
    env.counts.members = 99;
    await expectRefused(await reseal(env), 'count_mismatch', /«members».*\(99\).*\(6\)/u);
  });

  it('a unit that is not one of ours (offers to add it)', async () => {
    const problem = await expectRefused(
      await encodeEnvelope(good),
      'unknown_unit',
      /chưa có trong danh sách đơn vị trực thuộc.*Thêm đơn vị này/su,
      {
        db: await makeAggregator(['CB-KHAC']),
      },
    );
    expect(problem?.details.offer).toMatchObject({ code: 'CB-SOTUPHAP' });
  });

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`prototype-pollution key ${key}`, async () => {
      const text = canonicalJson(good).replace('"payload":{', `"payload":{"${key}":{"polluted":true},`);
      await expectRefused(enc(text), 'forbidden_key', /khóa bị cấm/u);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('a gzip file whose header was changed', async () => {
    const bytes = await encodeEnvelope(good, { compress: true });
    bytes[5] = 7; // MTIME byte, not covered by the gzip CRC
    await expectRefused(bytes, 'compression_error', /nén bị hỏng/u);
  });

  it('gzip of something that is not JSON', async () => {
    await expectRefused(await gzip(enc('hello')), 'not_json', /không đọc được thành dữ liệu/u);
  });

  it('a full backup is sent to the backup page', async () => {
    const db = await makeAggregator();
    const { buildEnvelope } = await import('../../src-renderer/core/exchange');
    const env = await buildEnvelope({
      kind: 'full_backup',
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-28T08:00:00.000Z',
      unit: { code: 'X', name: 'X' },
      period: { year: 2026 },
      payload: { databaseSchemaVersion: 1, tables: { units: [] } },
    });
    await expectRefused(await encodeEnvelope(env), 'backup_kind', /Sao lưu & khôi phục/u, { db });
  });
});
