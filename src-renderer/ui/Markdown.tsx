import { Fragment, type ReactNode } from 'react';
import { Anchor, Blockquote, Code, Image, List, Text, Title, type TitleOrder } from '@mantine/core';
import { parseMarkdown, type Block, type Inline } from './MarkdownParse';

export interface MarkdownProps {
  source: string;
  /** URL of an image referenced by the text (e.g. "images/thang-nay.png"); unknown images show their alt text. */
  resolveImage?: (src: string) => string | undefined;
  /** Markdown "#" becomes this heading level (default 2: the page title is the app's h1/h2). */
  topLevel?: number;
}

function safeHref(href: string): string | undefined {
  if (/^https?:\/\//iu.test(href)) return href;
  if (href.startsWith('#/')) return href;
  return undefined;
}

function renderInline(nodes: Inline[]): ReactNode {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return <Fragment key={i}>{n.text}</Fragment>;
      case 'strong':
        return <strong key={i}>{renderInline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(n.children)}</em>;
      case 'code':
        return <Code key={i}>{n.text}</Code>;
      case 'link': {
        const href = safeHref(n.href);
        return href ? (
          <Anchor key={i} href={href} {...(href.startsWith('http') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {renderInline(n.children)}
          </Anchor>
        ) : (
          <Fragment key={i}>{renderInline(n.children)}</Fragment>
        );
      }
    }
  });
}

function renderBlock(block: Block, i: number, props: MarkdownProps): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const order = Math.min(6, block.level - 1 + (props.topLevel ?? 2)) as TitleOrder;
      return (
        <Title key={i} order={order} id={block.id} mt={order <= 3 ? 'xl' : 'md'} mb="xs" style={{ scrollMarginTop: 80 }}>
          {block.text}
        </Title>
      );
    }
    case 'paragraph':
      return (
        <Text key={i} mb="sm">
          {renderInline(block.inline)}
        </Text>
      );
    case 'list':
      return (
        <List
          key={i}
          type={block.ordered ? 'ordered' : 'unordered'}
          start={block.ordered ? block.start : undefined}
          spacing={4}
          mb="sm"
          withPadding
        >
          {block.items.map((item, j) => (
            <List.Item key={j}>{renderInline(item)}</List.Item>
          ))}
        </List>
      );
    case 'quote':
      return (
        <Blockquote key={i} color="blue" p="sm" mb="sm">
          {renderInline(block.inline)}
        </Blockquote>
      );
    case 'image': {
      const url = props.resolveImage?.(block.src);
      if (!url)
        return (
          <Text key={i} fs="italic" mb="sm">
            [Hình: {block.alt}]
          </Text>
        );
      return (
        <figure key={i} style={{ margin: '0 0 1rem 0' }}>
          <Image src={url} alt={block.alt} maw={960} radius="sm" style={{ border: '1px solid #ced4da' }} />
          {block.alt && (
            <Text component="figcaption" size="sm" c="gray.8" mt={4} aria-hidden>
              {block.alt}
            </Text>
          )}
        </figure>
      );
    }
  }
}

/** Render a Markdown subset as React elements (no raw HTML). */
export function Markdown(props: MarkdownProps) {
  const blocks = parseMarkdown(props.source);
  return <div>{blocks.map((b, i) => renderBlock(b, i, props))}</div>;
}
