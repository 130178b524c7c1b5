/**
 * Byte-level codec of exchange files: UTF-8, gzip (CompressionStream) and AES-GCM-256 with a
 * PBKDF2-SHA-256 passphrase key (WebCrypto). Uses only platform globals present in both Node 20
 * and Chromium (`crypto.subtle`, `CompressionStream`, `DecompressionStream`, `Blob`, `Response`).
 *
 * Containers:
 *   plain      canonical JSON text, UTF-8, starts with "{"
 *   gzip       RFC 1952 with a fixed header 1f 8b 08 00 00000000 00 ff (MTIME 0, OS unknown) so that
 *              every header byte is checked; CRC32 and ISIZE cover the rest
 *   encrypted  "SNGENC" 01 01 | iterations u32 BE | salt 16 | iv 12 | AES-GCM(ciphertext ‖ tag),
 *              the 40-byte header is the GCM additional data, so any change to it fails to decrypt.
 *              The plaintext is a plain or gzip container.
 */
import { DEFAULT_PBKDF2_ITERATIONS, MAX_FILE_BYTES, MAX_PBKDF2_ITERATIONS } from './constants';
import { error, ExchangeError } from './errors';

const GZIP_HEADER = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff] as const;
const ENC_MAGIC = [0x53, 0x4e, 0x47, 0x45, 0x4e, 0x43] as const; // "SNGENC"
const ENC_VERSION = 1;
const ENC_KDF_PBKDF2_SHA256 = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const ENC_HEADER_BYTES = ENC_MAGIC.length + 2 + 4 + SALT_BYTES + IV_BYTES; // 40

export type Container = 'plain' | 'gzip' | 'encrypted';

/** A copy backed by a plain ArrayBuffer (what WebCrypto and Blob want). */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

export function detectContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, ENC_MAGIC)) return 'encrypted';
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  return 'plain';
}

/** The bytes themselves when they fill a whole ArrayBuffer (no copy), else a copy. */
function whole(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : own(bytes);
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : whole(data);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  // Read the transform directly (not through Response) so that its own error message survives.
  const writer = transform.writable.getWriter();
  const writing = writer.write(own(bytes)).then(() => writer.close());
  writing.catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array);
    total += (value as Uint8Array).length;
  }
  await writing;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export async function gzip(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const out = await pipe(bytes, new CompressionStream('gzip'));
  // Normalise MTIME / XFL / OS so the whole header is fixed and verifiable.
  out.set(GZIP_HEADER, 0);
  return out;
}

/** Input slice fed to the inflater at a time: deflate expands at most ~1032×, so one slice ≤ 17 MB. */
const INFLATE_SLICE_BYTES = 16 * 1024;

/**
 * gunzip that stops as soon as the output passes `maxBytes` (a "gzip bomb" — 1 MB inflating to
 * 1 GB — is refused after reading a few kilobytes, never held in memory). The input is fed in small
 * slices and the output read as it comes, so memory stays near `maxBytes` whatever the input.
 */
export async function gunzip(bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  if (!startsWith(bytes, GZIP_HEADER)) throw error('compression_error', { reason: 'header' });
  const transform = new DecompressionStream('gzip');
  const writer = transform.writable.getWriter();
  const reader = transform.readable.getReader();
  let stopped = false;
  const writing = (async () => {
    for (let offset = 0; offset < bytes.length && !stopped; offset += INFLATE_SLICE_BYTES) {
      await writer.ready;
      if (stopped) return;
      await writer.write(own(bytes.subarray(offset, Math.min(bytes.length, offset + INFLATE_SLICE_BYTES))));
    }
    if (!stopped) await writer.close();
  })();
  writing.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += (value as Uint8Array).length;
      if (total > maxBytes) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        chunks.length = 0;
        throw tooLarge(maxBytes, true);
      }
      chunks.push(value as Uint8Array);
    }
    await writing;
  } catch (e) {
    stopped = true;
    if (e instanceof ExchangeError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    if (/unexpected end|premature|truncat|end of (the )?(compressed )?(stream|input|file)/iu.test(msg)) throw error('truncated');
    throw error('compression_error', { reason: msg });
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** "Tệp quá lớn…" naming the limit (and, for a compressed file, that it is its unpacked size). */
export function tooLarge(maxBytes: number, inflated = false): ExchangeError {
  return new ExchangeError(
    'too_large',
    inflated
      ? `Tệp quá lớn để là một tệp trao đổi: khi giải nén vượt quá ${mb(maxBytes)} (tệp nén bất thường hoặc không phải tệp của Sổ Nêu Gương). Đã dừng giải nén, chưa có gì thay đổi. Hãy kiểm tra lại tệp đã chọn.`
      : `Tệp quá lớn để là một tệp trao đổi (trên ${mb(maxBytes)}). Hãy kiểm tra lại tệp đã chọn.`,
    { maxBytes, inflated },
  );
}

async function deriveKeyBits(passphrase: string, salt: Uint8Array, iterations: number): Promise<ArrayBuffer> {
  const material = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  return globalThis.crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations }, material, 256);
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const bits = await deriveKeyBits(passphrase, salt, iterations);
  return globalThis.crypto.subtle.importKey('raw', bits, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * After the GCM tag failed: was the passphrase right (and the file cut short or changed)? GCM
 * encrypts with AES-CTR from counter IV‖00000002, so the first block decrypted that way with the
 * same key shows the start of the plaintext — a gzip header or "{" — when the key is right.
 */
async function keyWasRight(bits: ArrayBuffer, iv: Uint8Array, ciphertext: Uint8Array): Promise<boolean> {
  if (ciphertext.length === 0) return false;
  const ctr = await globalThis.crypto.subtle.importKey('raw', bits, { name: 'AES-CTR', length: 256 }, false, ['decrypt']);
  const counter = new Uint8Array(16);
  counter.set(iv, 0);
  counter[15] = 2;
  const head = new Uint8Array(
    await globalThis.crypto.subtle.decrypt(
      { name: 'AES-CTR', counter, length: 32 },
      ctr,
      own(ciphertext.subarray(0, Math.min(16, ciphertext.length))),
    ),
  );
  return startsWith(head, GZIP_HEADER.slice(0, Math.min(head.length, GZIP_HEADER.length))) || head[0] === 0x7b;
}

export async function encrypt(
  plaintext: Uint8Array,
  passphrase: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  if (passphrase.length === 0) throw new Error('Mật khẩu rỗng');
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new Error('Số vòng PBKDF2 không hợp lệ');
  }
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = new Uint8Array(ENC_HEADER_BYTES);
  header.set(ENC_MAGIC, 0);
  header[6] = ENC_VERSION;
  header[7] = ENC_KDF_PBKDF2_SHA256;
  new DataView(header.buffer).setUint32(8, iterations, false);
  header.set(salt, 12);
  header.set(iv, 12 + SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  const cipher = new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, own(plaintext)),
  );
  const out = new Uint8Array(header.length + cipher.length);
  out.set(header, 0);
  out.set(cipher, header.length);
  return out;
}

export async function decrypt(bytes: Uint8Array, passphrase: string | undefined): Promise<Uint8Array> {
  if (bytes.length < ENC_HEADER_BYTES + 16) throw error('truncated');
  const header = own(bytes.subarray(0, ENC_HEADER_BYTES));
  if (header[6] !== ENC_VERSION || header[7] !== ENC_KDF_PBKDF2_SHA256) throw error('bad_encryption_header');
  const iterations = new DataView(header.buffer).getUint32(8, false);
  if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) throw error('bad_encryption_header');
  if (passphrase === undefined || passphrase.length === 0) throw error('passphrase_required');
  const salt = header.subarray(12, 12 + SALT_BYTES);
  const iv = header.subarray(12 + SALT_BYTES, ENC_HEADER_BYTES);
  const bits = await deriveKeyBits(passphrase, salt, iterations);
  const key = await globalThis.crypto.subtle.importKey('raw', bits, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: header },
      key,
      own(bytes.subarray(ENC_HEADER_BYTES)),
    );
    return new Uint8Array(plain);
  } catch {
    // A right passphrase on a file cut short (or changed) also fails the tag: tell the two apart.
    if (await keyWasRight(bits, iv, bytes.subarray(ENC_HEADER_BYTES))) throw error('truncated_encrypted');
    throw error('wrong_passphrase');
  }
}

export interface EncodeOptions {
  compress?: boolean;
  passphrase?: string;
  /** Only tests lower this (speed); files always record the count they used. */
  iterations?: number;
}

/** Text → file bytes (UTF-8 → optional gzip → optional encryption). */
export async function encodeText(text: string, options: EncodeOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  let bytes: Uint8Array<ArrayBuffer> = new TextEncoder().encode(text);
  if (options.compress ?? true) bytes = await gzip(bytes);
  if (options.passphrase) bytes = await encrypt(bytes, options.passphrase, options.iterations);
  return bytes;
}

export interface DecodedText {
  text: string;
  /** The UTF-8 bytes of `text` (after decryption and decompression): hashed without encoding the text again. */
  utf8: Uint8Array;
  encrypted: boolean;
  compressed: boolean;
}

export interface DecodeOptions {
  passphrase?: string;
  /** Largest file and largest unpacked text accepted (default MAX_FILE_BYTES). */
  maxBytes?: number;
}

/** File bytes → text (decrypt → gunzip → strict UTF-8). Errors are ExchangeErrors with Vietnamese text. */
export async function decodeBytes(input: Uint8Array, options: string | DecodeOptions = {}): Promise<DecodedText> {
  const { passphrase, maxBytes = MAX_FILE_BYTES } = typeof options === 'string' ? { passphrase: options } : options;
  if (input.length === 0) throw error('empty_file');
  if (input.length > maxBytes) throw tooLarge(maxBytes);
  let bytes = input;
  let encrypted = false;
  let compressed = false;
  if (detectContainer(bytes) === 'encrypted') {
    bytes = await decrypt(bytes, passphrase);
    encrypted = true;
  }
  const inner = detectContainer(bytes);
  if (inner === 'encrypted') throw error('bad_encryption_header');
  if (inner === 'gzip') {
    bytes = await gunzip(bytes, maxBytes);
    compressed = true;
  }
  return { text: strictUtf8(bytes), utf8: bytes, encrypted, compressed };
}

/**
 * Strict UTF-8 → text. Chromium's replacing decoder is about twice as fast as the fatal one on
 * Vietnamese text (≈ 70 against ≈ 140 ms for the 80 MB of a province's 500 files), and it writes
 * U+FFFD for every malformed sequence: a text without U+FFFD came from valid bytes. Only a text
 * that has one (a broken file, or a valid file that really contains U+FFFD) is decoded again by
 * the fatal decoder, which decides.
 */
function strictUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (!text.includes('\uFFFD')) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw error('not_utf8');
  }
}
