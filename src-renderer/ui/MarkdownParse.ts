/**
 * A tiny Markdown subset for the user guide: headings, paragraphs, bullet and numbered lists,
 * block quotes, images on their own line; inline bold, italic, code and links. Everything is
 * turned into data and then into React elements: no HTML from the text is ever injected.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; text: string; id: string }
  | { kind: 'paragraph'; inline: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { kind: 'quote'; inline: Inline[] }
  | { kind: 'image'; alt: string; src: string };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/u;
const BULLET = /^\s*[-*+]\s+(.*)$/u;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/u;
const IMAGE = /^!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)\s*$/u;
const QUOTE = /^>\s?(.*)$/u;

/** A slug for heading ids: folded Vietnamese, words joined by "-". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

const INLINE = /(\*\*(.+?)\*\*)|(`([^`]+)`)|(\[([^\]]+)\]\(([^)\s]+)\))|(\*([^*\s][^*]*?)\*)|(_([^_\s][^_]*?)_)/u;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ kind: 'text', text: rest.slice(0, m.index) });
    if (m[1]) out.push({ kind: 'strong', children: parseInline(m[2]!) });
    else if (m[3]) out.push({ kind: 'code', text: m[4]! });
    else if (m[5]) out.push({ kind: 'link', href: m[7]!, children: parseInline(m[6]!) });
    else if (m[8]) out.push({ kind: 'em', children: parseInline(m[9]!) });
    else out.push({ kind: 'em', children: parseInline(m[11]!) });
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/gu, '\n').split('\n');
  const blocks: Block[] = [];
  const usedIds = new Map<string, number>();
  let para: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | undefined;
  let quote: string[] = [];

  const flushPara = () => {
    if (para.length) blocks.push({ kind: 'paragraph', inline: parseInline(para.join(' ')) });
    para = [];
  };
  const flushList = () => {
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, start: list.start, items: list.items.map(parseInline) });
    list = undefined;
  };
  const flushQuote = () => {
    if (quote.length) blocks.push({ kind: 'quote', inline: parseInline(quote.join(' ')) });
    quote = [];
  };
  const flushAll = () => {
    flushPara();
    flushList();
    flushQuote();
  };

  let inComment = false;
  for (const raw of lines) {
    const line = raw.trimEnd();
    // HTML comments (notes for editors) are skipped, never shown or injected.
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.trimStart().startsWith('<!--')) {
      if (!line.includes('-->')) inComment = true;
      continue;
    }
    if (line.trim() === '') {
      flushAll();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flushAll();
      const text = h[2]!;
      const base = slugify(text) || 'muc';
      const seen = usedIds.get(base) ?? 0;
      usedIds.set(base, seen + 1);
      blocks.push({ kind: 'heading', level: h[1]!.length, text, id: seen ? `${base}-${seen + 1}` : base });
      continue;
    }
    const img = IMAGE.exec(line.trim());
    if (img) {
      flushAll();
      blocks.push({ kind: 'image', alt: img[1]!, src: img[2]! });
      continue;
    }
    const q = QUOTE.exec(line);
    if (q) {
      flushPara();
      flushList();
      quote.push(q[1]!);
      continue;
    }
    const b = BULLET.exec(line);
    const o = b ? undefined : NUMBERED.exec(line);
    if (b || o) {
      flushPara();
      flushQuote();
      const ordered = Boolean(o);
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { ordered, start: o ? Number(o[1]) : 1, items: [] };
      }
      list.items.push(b ? b[1]! : o![2]!);
      continue;
    }
    if (list && /^\s+\S/u.test(raw)) {
      // Continuation of a list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (quote.length) {
      quote.push(line.trim());
      continue;
    }
    flushList();
    para.push(line.trim());
  }
  flushAll();
  return blocks;
}
