// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Markdown } from '../../src-renderer/ui/Markdown';
import { parseInline, parseMarkdown, slugify } from '../../src-renderer/ui/MarkdownParse';
import { installMantineShims } from '../helpers/jsdom-shims';

beforeAll(() => {
  installMantineShims();
});
afterEach(cleanup);

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, lists, quotes and images', () => {
    const blocks = parseMarkdown(
      [
        '# Hướng dẫn',
        '',
        'Đoạn một',
        'tiếp tục.',
        '',
        '1. Bước một',
        '2. Bước hai',
        '   còn tiếp',
        '',
        '- a',
        '- b',
        '',
        '> Lưu ý',
        '',
        '![Hình](images/a.png)',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'image']);
    expect(blocks[0]).toMatchObject({ level: 1, text: 'Hướng dẫn', id: 'huong-dan' });
    expect(blocks[1]).toMatchObject({ inline: [{ kind: 'text', text: 'Đoạn một tiếp tục.' }] });
    expect(blocks[2]).toMatchObject({ ordered: true, start: 1, items: [[{ text: 'Bước một' }], [{ text: 'Bước hai còn tiếp' }]] });
    expect(blocks[3]).toMatchObject({ ordered: false });
    expect(blocks[5]).toEqual({ kind: 'image', alt: 'Hình', src: 'images/a.png' });
  });

  it('gives unique ids to repeated headings and folds Vietnamese', () => {
    const blocks = parseMarkdown('## Đảng viên\n\n## Đảng viên');
    expect(blocks.map((b) => (b.kind === 'heading' ? b.id : ''))).toEqual(['dang-vien', 'dang-vien-2']);
    expect(slugify('Sao lưu và phục hồi')).toBe('sao-luu-va-phuc-hoi');
  });

  it('reads inline bold, italic, code and links', () => {
    expect(parseInline('Bấm **Lưu** rồi *xem* `F1` [đây](https://vi.wikipedia.org)')).toEqual([
      { kind: 'text', text: 'Bấm ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'Lưu' }] },
      { kind: 'text', text: ' rồi ' },
      { kind: 'em', children: [{ kind: 'text', text: 'xem' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'F1' },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://vi.wikipedia.org', children: [{ kind: 'text', text: 'đây' }] },
    ]);
  });

  it('skips HTML comments', () => {
    expect(parseMarkdown('<!-- ghi chú\nnhiều dòng -->\nChữ')).toEqual([{ kind: 'paragraph', inline: [{ kind: 'text', text: 'Chữ' }] }]);
  });
});

describe('<Markdown>', () => {
  it('never injects HTML from the text and drops unsafe links', () => {
    const { container } = render(
      <MantineProvider>
        <Markdown source={'<script>window.hacked = 1</script>\n\n<img src=x onerror="alert(1)">\n\n[bấm](javascript:alert(1))'} />
      </MantineProvider>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('<script>window.hacked = 1</script>');
    expect(container.textContent).toContain('bấm');
    expect(container.textContent).not.toContain('javascript');
  });

  it('renders headings one level below the page title and resolves bundled images', () => {
    render(
      <MantineProvider>
        <Markdown
          source={'# Mục\n\n![Trang Tháng này](images/02-thang-nay.png)\n\n![Không có](images/khong-co.png)'}
          resolveImage={(src) => (src.endsWith('02-thang-nay.png') ? '/assets/x.png' : undefined)}
        />
      </MantineProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Mục' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Trang Tháng này' })).toHaveAttribute('src', '/assets/x.png');
    expect(screen.getByText('[Hình: Không có]')).toBeInTheDocument();
  });
});
