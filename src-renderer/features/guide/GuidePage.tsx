import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import guide from '../../../docs/huong-dan-su-dung.md?raw';
import { Markdown } from '../../ui/Markdown';
import { parseMarkdown } from '../../ui/MarkdownParse';

// Screenshots of the guide (made by the e2e run, e2e/secretary.spec.ts), bundled with the app.
const IMAGES = import.meta.glob('../../../docs/images/*.png', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

/** "images/thang-nay.png" (as written in the guide) → bundled URL. */
function resolveImage(src: string): string | undefined {
  const name = src.split('/').pop();
  const key = Object.keys(IMAGES).find((k) => k.endsWith(`/${name}`));
  return key ? IMAGES[key] : undefined;
}

/** "Hướng dẫn sử dụng": the user guide (docs/huong-dan-su-dung.md) inside the app. */
export default function GuidePage() {
  const sections = parseMarkdown(guide).filter((b) => b.kind === 'heading' && b.level === 2);
  // The guide's own "# title" becomes the page title; its sections start at h3.
  const body = guide.replace(/^#\s+.*\n/u, '');
  return (
    <Stack maw={1000}>
      <Title order={2}>Hướng dẫn sử dụng</Title>
      <Paper withBorder p="md">
        <Text fw={700} mb="xs" id="guide-toc">
          Mục lục
        </Text>
        <nav aria-labelledby="guide-toc">
          <Group gap="md" wrap="wrap">
            {sections.map((s) =>
              s.kind === 'heading' ? (
                <Anchor
                  key={s.id}
                  component="button"
                  type="button"
                  onClick={() => document.getElementById(s.id)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
                >
                  {s.text}
                </Anchor>
              ) : null,
            )}
          </Group>
        </nav>
      </Paper>
      <Markdown source={body} resolveImage={resolveImage} topLevel={2} />
    </Stack>
  );
}
