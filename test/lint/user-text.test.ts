/**
 * The words the user sees, read from the source: every string literal, template text and JSX
 * text of src-renderer and src-main (comments are not read), plus the Vietnamese documents
 * shown in or shipped with the app.
 *
 * - One spelling: "Hủy" and "xóa" (tone on the main vowel, as domain.md writes "khóa", "ủy",
 *   "xóa tên"), never "Huỷ" / "xoá".
 * - No technical jargon in Vietnamese messages (UTF-8, AES-256, JSON, sha256, byte …).
 * - No provenance notes of the preset wording ("chưa đối chiếu văn bản gốc", "ghi theo trí nhớ")
 *   on screen: they are for the maintainers (the `unverified` flag stays in the data).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SOURCE_DIRS = ['src-renderer', 'src-main'];
/** Developer-only screens and data generators, never shown to the secretary. */
const SKIP = [/^src-renderer\/bench\//u];
const DOCS = ['docs/huong-dan-su-dung.md'];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (/\.(ts|tsx)$/u.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

interface Text {
  where: string;
  text: string;
}

function textsOf(file: string): Text[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: Text[] = [];
  const rel = relative(ROOT, file);
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      // Module specifiers are not user text.
      if (!(ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)))) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        out.push({ where: `${rel}:${line}`, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const sourceTexts: Text[] = SOURCE_DIRS.flatMap((d) => walk(join(ROOT, d)))
  .filter((f) => !SKIP.some((re) => re.test(relative(ROOT, f).replaceAll('\\', '/'))))
  .flatMap(textsOf);
const docTexts: Text[] = DOCS.flatMap((f) =>
  readFileSync(join(ROOT, f), 'utf8')
    .split('\n')
    .map((text, i) => ({ where: `${f}:${i + 1}`, text })),
);
const all = [...sourceTexts, ...docTexts];

/** A Vietnamese sentence: has a letter only Vietnamese uses. */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0323]|[àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/u;

const found = (re: RegExp, texts: readonly Text[] = all) =>
  texts.filter((t) => re.test(t.text.normalize('NFC'))).map((t) => `${t.where}: ${t.text.trim().slice(0, 120)}`);

describe('what the user reads', () => {
  it('reads a meaningful amount of text (the scan works)', () => {
    expect(sourceTexts.length).toBeGreaterThan(2000);
    expect(found(/Hủy/u).length).toBeGreaterThan(3);
    expect(found(/xóa/iu).length).toBeGreaterThan(10);
  });

  it('spells "Hủy" and "xóa" one way everywhere (never "Huỷ", "xoá")', () => {
    // Whole words only: "Thuỷ" in a name is not "huỷ".
    expect(found(/(?<![\p{L}])(huỷ|xoá)(?![\p{L}])/iu)).toEqual([]);
  });

  it('has no technical jargon in Vietnamese messages', () => {
    const vietnamese = all.filter((t) => VIETNAMESE.test(t.text.normalize('NFC')));
    // File names such as "….sng.json.gz" are not jargon: a word right after a dot is an extension.
    expect(found(/(?<![.\w])(UTF-?8|AES(-?\d+)?|JSON|sha-?256|SHA|gzip|byte|IndexedDB|UUID)\b/iu, vietnamese)).toEqual([]);
  });

  it('has no English UI labels left from the component library', () => {
    expect(found(/Toggle password visibility/u)).toEqual([]);
  });

  it('does not show the provenance notes of preset wording', () => {
    expect(found(/chưa đối chiếu|theo trí nhớ/iu)).toEqual([]);
  });
});
