import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkSpaceFor, diskSpaceOf, LOW_DISK_BYTES, storageSpace, type StatFs } from '../../src-main/disk';
import { isCancelled, looksLikePdf, printFileName } from '../../src-main/print';
import { isRevealAllowed } from '../../src-main/reveal';

const MB = 1024 * 1024;
const statfsFor =
  (free: Record<string, number>, total = 64 * MB): StatFs =>
  async (path) => {
    const f = free[path];
    if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return { bavail: BigInt(f / 4096), bsize: 4096, blocks: BigInt(total / 4096) };
  };

describe('free space (fs.statfs)', () => {
  it('measures the folder, or its nearest existing parent (backup folder not created yet)', async () => {
    const statfs = statfsFor({ '/data': 10 * MB });
    expect(await diskSpaceOf('/data/SoNeuGuong/Sao lưu', statfs)).toEqual({
      path: '/data/SoNeuGuong/Sao lưu',
      freeBytes: 10 * MB,
      totalBytes: 64 * MB,
    });
    expect(await diskSpaceOf('/nowhere', statfsFor({}))).toBeUndefined();
  });

  it('warns below the threshold on either disk, in Vietnamese; not above', async () => {
    const ok = await storageSpace(
      '/profile',
      '/backups',
      statfsFor({ '/profile': LOW_DISK_BYTES + MB, '/backups': 5_000 * MB }, 10_000 * MB),
    );
    expect(ok.low).toBe(false);
    expect(ok.message).toBeUndefined();
    const low = await storageSpace('/profile', '/backups', statfsFor({ '/profile': 300 * 1024, '/backups': 5_000 * MB }, 10_000 * MB));
    expect(low.low).toBe(true);
    expect(low.message).toMatch(/^Ổ đĩa chứa dữ liệu của ứng dụng chỉ còn 300 KB trống\./u);
    const lowBackups = await storageSpace('/profile', '/backups', statfsFor({ '/profile': 5_000 * MB, '/backups': 20 * MB }, 10_000 * MB));
    expect(lowBackups.message).toMatch(/thư mục sao lưu chỉ còn 20 MB/u);
  });

  it('refuses a restore or import needing more than a third of the free space, before it starts', async () => {
    const statfs = statfsFor({ '/profile': 30 * MB });
    expect(await checkSpaceFor('/profile', 10 * MB, statfs)).toEqual({ ok: true });
    const refused = await checkSpaceFor('/profile', 10 * MB + 1, statfs);
    expect(refused.ok).toBe(false);
    expect(refused).toMatchObject({
      message: expect.stringMatching(/cần khoảng 10 MB .* chỉ còn 30 MB trống.*Dữ liệu hiện tại không thay đổi/u),
    });
    expect(await checkSpaceFor('/unknown', 10 ** 12, statfsFor({}))).toEqual({ ok: true });
  });
});

describe('print helpers', () => {
  it('always ends in .pdf, whatever the renderer suggests', () => {
    expect(printFileName('Bien ban.js')).toBe('Bien ban.pdf');
    expect(printFileName('Biên bản tháng 11.pdf')).toBe('Biên bản tháng 11.pdf');
    expect(printFileName('a.pdf.exe')).toBe('a.pdf.pdf');
    expect(printFileName('x.HTA')).toBe('x.pdf');
    expect(printFileName('...')).toBe('tai-lieu.pdf');
    expect(printFileName('a\\b/c:d')).toBe('a_b_c_d.pdf');
    for (const n of ['Bien ban.js', 'x.vbs', 'y.cmd', 'z', 'w.pdf ']) expect(printFileName(n).endsWith('.pdf')).toBe(true);
  });

  it('checks the %PDF- header and recognises a cancelled dialog', () => {
    expect(looksLikePdf(new TextEncoder().encode('%PDF-1.7 ...'))).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode('%PDF'))).toBe(false);
    expect(looksLikePdf(new TextEncoder().encode('MZ\x90\x00'))).toBe(false);
    expect(isCancelled('Print job canceled')).toBe(true);
    expect(isCancelled('cancelled')).toBe(true);
    expect(isCancelled('Print job failed')).toBe(false);
    expect(isCancelled('Invalid printer settings')).toBe(false);
  });
});

describe('revealInFolder policy', () => {
  const folder = join('/home/bt/Documents', 'SoNeuGuong', 'Sao lưu');
  const policy = { folders: [folder], savedFiles: new Set([join('/home/bt/Documents', 'Biên bản.pdf')]) };
  it('the backup folder and what is in it, and files saved in this session', () => {
    expect(isRevealAllowed(folder, policy)).toBe(true);
    expect(isRevealAllowed(join(folder, 'so-neu-guong-20261128-101500-manual.sng.json.gz'), policy)).toBe(true);
    expect(isRevealAllowed(join('/home/bt/Documents', 'Biên bản.pdf'), policy)).toBe(true);
  });
  it('nothing else: other folders, traversal, UNC, relative, NUL', () => {
    for (const path of [
      '/home/bt/Documents',
      `${folder}/../../../.ssh/id_rsa`,
      `${folder}-evil/x`,
      '\\\\server\\share\\a.exe',
      '//server/share/a.exe',
      'Sao lưu/x',
      `${folder}\0`,
      '/home/bt/Documents/Khác.pdf',
    ]) {
      expect(isRevealAllowed(path, policy), path).toBe(false);
    }
    expect(isRevealAllowed('/x', { folders: ['\\\\server\\share'], savedFiles: new Set() })).toBe(false);
    vi.restoreAllMocks();
  });
});
