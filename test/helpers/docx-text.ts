/** Read a generated .docx back for assertions: paragraph texts of word/document.xml, the XML and the headers. */
import JSZip from 'jszip';

/** The .docx keeps document numbers, dates and names whole with U+2060 / U+2011 / U+00A0; read them as typed. */
export const decodeDocx = (s: string): string =>
  s
    .replace(/\u2060/gu, '')
    .replace(/\u2011/gu, '-')
    .replace(/\u00a0/gu, ' ')
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"');

export async function docxText(bytes: Uint8Array): Promise<{ text: string; paragraphs: string[]; xml: string; header: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml
    .split('</w:p>')
    .map((p) => decodeDocx([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]!).join('')))
    .filter(Boolean);
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/header\d+\.xml$/u.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  return { text: paragraphs.join(' ').replace(/\s+/gu, ' '), paragraphs, xml, header: headers.join('\n') };
}
