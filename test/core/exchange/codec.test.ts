import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEnvelope,
  decodeBytes,
  decrypt,
  encodeEnvelope,
  encrypt,
  ExchangeError,
  readExchangeFile,
  type Envelope,
} from '../../../src-renderer/core/exchange';

async function smallEnvelope(): Promise<Envelope> {
  return buildEnvelope({
    kind: 'full_backup',
    schemaVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-28T08:00:00.000Z',
    unit: { code: 'CB-SOTUPHAP', name: 'Chi bộ Sở Tư pháp' },
    period: { year: 2026, month: 11 },
    payload: {
      databaseSchemaVersion: 1,
      tables: {
        members: [
          { id: 'a', fullName: 'Nguyễn Thị Ngọc Yến', note: '<script>alert(1)</script>' },
          { id: 'b', fullName: 'Trần Văn Ẩn' },
        ],
      },
    },
  });
}

describe('encryption', () => {
  it('round-trips any bytes with any passphrase (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        async (bytes, pass) => {
          const sealed = await encrypt(bytes, pass, 1000);
          expect(await decrypt(sealed, pass)).toEqual(bytes);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('uses random salt and IV: the same input never gives the same file', async () => {
    const data = new TextEncoder().encode('giống nhau');
    const a = await encrypt(data, 'mk', 1000);
    const b = await encrypt(data, 'mk', 1000);
    expect(a).not.toEqual(b);
  });

  it('uses 600 000 PBKDF2 iterations by default and records them in the header', async () => {
    const sealed = await encrypt(new TextEncoder().encode('x'), 'mật khẩu');
    expect(new DataView(sealed.buffer, sealed.byteOffset).getUint32(8, false)).toBe(600_000);
    expect(new TextDecoder().decode(await decrypt(sealed, 'mật khẩu'))).toBe('x');
  });

  it('an NFD-typed passphrase opens a file sealed with the NFC one', async () => {
    const sealed = await encrypt(new TextEncoder().encode('x'), 'Hà Nội', 1000);
    expect(new TextDecoder().decode(await decrypt(sealed, 'Hà Nội'.normalize('NFD')))).toBe('x');
  });

  it('a wrong passphrase is a clear refusal', async () => {
    const sealed = await encrypt(new TextEncoder().encode('x'), 'a', 1000);
    await expect(decrypt(sealed, 'b')).rejects.toMatchObject({ code: 'wrong_passphrase' });
  });
});

describe('any single-byte change of a file is detected (fast-check)', () => {
  const variants: Array<[string, { compress?: boolean; passphrase?: string; iterations?: number }, number]> = [
    ['plain JSON', { compress: false }, 300],
    ['gzip', { compress: true }, 300],
    ['gzip + AES-GCM', { compress: true, passphrase: 'bí mật', iterations: 1000 }, 60],
    ['AES-GCM without gzip', { compress: false, passphrase: 'bí mật', iterations: 1000 }, 60],
  ];
  for (const [name, options, runs] of variants) {
    it(name, async () => {
      const env = await smallEnvelope();
      const bytes = await encodeEnvelope(env, options);
      expect((await readExchangeFile(bytes, { passphrase: options.passphrase })).envelope).toEqual(env);
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, delta) => {
          const changed = bytes.slice();
          changed[index] = (changed[index]! + delta) & 0xff;
          let refused = false;
          try {
            await readExchangeFile(changed, { passphrase: options.passphrase });
          } catch (e) {
            refused = e instanceof ExchangeError;
          }
          expect(refused).toBe(true);
        }),
        { numRuns: runs },
      );
    });
  }
});

describe('text is data', () => {
  it('keeps <script> in a name as plain text', async () => {
    const env = await smallEnvelope();
    const read = await readExchangeFile(await encodeEnvelope(env));
    const rows = (read.envelope.payload as { tables: Record<string, Array<Record<string, unknown>>> }).tables.members!;
    expect(rows[0]!.note).toBe('<script>alert(1)</script>');
  });
});

describe('decodeBytes', () => {
  it('reports compressed / encrypted containers', async () => {
    const env = await smallEnvelope();
    const d = await decodeBytes(await encodeEnvelope(env, { compress: true, passphrase: 'x', iterations: 1000 }), 'x');
    expect(d).toMatchObject({ compressed: true, encrypted: true });
  });
});

describe('strict UTF-8 (replacing decoder first, the fatal one only when U+FFFD shows)', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const refusedAsNotUtf8 = async (bytes: Uint8Array) => {
    const e = await decodeBytes(bytes).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ExchangeError);
    expect((e as ExchangeError).code).toBe('not_utf8');
  };

  it('keeps a real U+FFFD of a valid file', async () => {
    const d = await decodeBytes(enc('{"note":"ký tự thay thế: \uFFFD"}'));
    expect(d.text).toBe('{"note":"ký tự thay thế: \uFFFD"}');
  });

  it('refuses every kind of malformed sequence, with or without a real U+FFFD beside it', async () => {
    const bad = [
      [0xff], // never valid
      [0xc3], // lead byte at the end
      [0xc3, 0x28], // lead byte without its continuation
      [0x80], // lone continuation
      [0xc0, 0xaf], // overlong "/"
      [0xed, 0xa0, 0x80], // UTF-16 surrogate
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
    ];
    for (const seq of bad) {
      for (const around of [
        ['{"a":"', '"}'],
        ['{"a":"\uFFFD', '"}'],
      ]) {
        const head = enc(around[0]!);
        const tail = enc(around[1]!);
        const bytes = new Uint8Array(head.length + seq.length + tail.length);
        bytes.set(head, 0);
        bytes.set(seq, head.length);
        bytes.set(tail, head.length + seq.length);
        await refusedAsNotUtf8(bytes);
      }
    }
  });

  it('gives the same text as the fatal decoder for any valid text (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (s) => {
        const bytes = enc(`{${s}`);
        expect((await decodeBytes(bytes)).text).toBe(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
      }),
      { numRuns: 300 },
    );
  });
});
