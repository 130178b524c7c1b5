import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildMinutesDocx } from '../../src-renderer/documents/minutes-docx';
import { sampleMinutesInput } from '../../src-renderer/documents/minutes-content';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

/** Paragraph texts of word/document.xml, joined by spaces (runs of a paragraph joined directly). */
async function docxText(bytes: Uint8Array): Promise<{ text: string; xml: string; header: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]!).join(''));
  // The .docx keeps document numbers, dates and names whole with U+2060 / U+2011 / U+00A0; read them as typed.
  const decode = (s: string) =>
    s
      .replace(/\u2060/gu, '')
      .replace(/\u2011/gu, '-')
      .replace(/\u00a0/gu, ' ')
      .replace(/&amp;/gu, '&')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"');
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/header\d+\.xml$/u.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  return { text: decode(paragraphs.filter(Boolean).join(' ')).replace(/\s+/gu, ' '), xml, header: headers.join('\n') };
}

describe('minutes .docx', () => {
  it('has the same text as the PDF, in Times New Roman, with page numbers from page 2', async () => {
    const input = sampleMinutesInput(60);
    const { text, xml, header } = await docxText(await buildMinutesDocx(input, DEFAULT_DOCUMENT_STYLE));
    expect(text).toContain('ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(text).toContain('CHI BỘ SỞ TƯ PHÁP');
    expect(text).toContain('Số 01-BB/CB');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Ninh Thuận, ngày 03 tháng 11 năm 2026');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('sinh hoạt chi bộ thường kỳ tháng 11 năm 2026'); // the trích yếu in lower case (summaryCase)
    expect(text).toContain('Hôm nay, vào hồi 14 giờ 00 phút, ngày 03 tháng 11 năm 2026, tại Hội trường tầng 3, Sở Tư pháp');
    expect(text).toContain('Có mặt: 56/59 đồng chí, đạt 94,92%');
    const name = (i: number) => input.members[i]!.fullName;
    expect(text).toContain(`Vắng có lý do: 2 đồng chí: đồng chí ${name(3)} (Đi công tác); đồng chí ${name(7)} (Ốm, nằm viện).`);
    expect(text).toContain(`Vắng không lý do: 1 đồng chí: đồng chí ${name(11)}.`);
    expect(text).toContain(
      'tán thành 50/54 (92,59%); không tán thành 0/54 (0,00%); ý kiến khác 1/54 (1,85%) (tính trên số đảng viên chính thức được triệu tập)',
    );
    expect(text).toContain('Biên bản đã được thông qua trước chi bộ');
    expect(text).toContain('THƯ KÝ');
    expect(text).toContain('CHỦ TRÌ');
    expect(text.indexOf('THƯ KÝ')).toBeLessThan(text.indexOf('CHỦ TRÌ'));
    expect(text).toBe(text.normalize('NFC'));
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:titlePg/>');
    expect(header).toContain('PAGE');
  });
});
