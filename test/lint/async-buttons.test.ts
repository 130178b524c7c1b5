/**
 * Every button whose click starts asynchronous work shows that it is working (issue 19: "every
 * button that takes longer than 300 ms shows progress") and cannot be clicked twice: it is a
 * `ui/AsyncButton`, or a Mantine `Button`/`ActionIcon` with its own `loading` state. Read from
 * the source: a `<Button>` whose onClick is async, awaits, or starts a promise with `void` and
 * that has no `loading` attribute is reported.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

/** "file:line <Tag>" for each plain button that starts async work without showing progress. */
function asyncButtonsWithoutProgress(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const startsAsyncWork = (node: ts.Node): boolean => {
    if (ts.isVoidExpression(node) || ts.isAwaitExpression(node)) return true;
    if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword))
      return true;
    return ts.forEachChild(node, startsAsyncWork) ?? false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source);
      if (tag === 'Button' || tag === 'ActionIcon') {
        const attrs = node.attributes.properties.filter(ts.isJsxAttribute);
        const onClick = attrs.find((a) => a.name.getText(source) === 'onClick');
        const hasLoading = attrs.some((a) => a.name.getText(source) === 'loading');
        if (onClick?.initializer && startsAsyncWork(onClick.initializer) && !hasLoading)
          found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} <${tag}>`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('buttons that start async work show progress', () => {
  it('finds the pattern it forbids, and accepts AsyncButton and an own loading state', () => {
    const sample = [
      'const a = <Button onClick={() => void save()}>Lưu</Button>;',
      'const b = <Button onClick={async () => { await save(); }}>Lưu</Button>;',
      'const c = <Button loading={busy} onClick={() => void save()}>Lưu</Button>;',
      'const d = <AsyncButton onClick={() => save()}>Lưu</AsyncButton>;',
      'const e = <Button onClick={() => setOpen(true)}>Mở</Button>;',
      'const f = <ActionIcon onClick={() => void remove()} aria-label="Xóa" />;',
    ].join('\n');
    expect(asyncButtonsWithoutProgress('sample.tsx', sample)).toEqual([
      'sample.tsx:1 <Button>',
      'sample.tsx:2 <Button>',
      'sample.tsx:6 <ActionIcon>',
    ]);
  });

  it('none in the app', () => {
    const found = walk('src-renderer').flatMap((f) => asyncButtonsWithoutProgress(relative(process.cwd(), f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
