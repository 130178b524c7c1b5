import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The browser build's server (vite preview: e2e tests and the bench) serves the content-hashed
 * assets as immutable, as a static deployment would: at a start the browser takes them from its
 * cache without asking the server again (vite preview's no-cache cost a round trip per script;
 * Electron reads them from app:// without one). index.html is still asked for every time.
 */
const immutableHashedAssets: Plugin = {
  name: 'immutable-hashed-assets',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/assets/')) {
        const setHeader = res.setHeader.bind(res);
        res.setHeader = (name, value) =>
          setHeader(name, name.toLowerCase() === 'cache-control' ? 'public, max-age=31536000, immutable' : value);
      }
      next();
    });
  },
};

const HTML_ENTRY = resolve(import.meta.dirname, 'src-renderer', 'index.html');
const RENDER_ENTRY = resolve(import.meta.dirname, 'src-renderer', 'app', 'render.tsx');

/**
 * The start-up in two chunks (issue 19): main.tsx with what it imports statically (the database
 * opening, ~150 KB), and app/render.tsx with what it imports statically (React, Mantine, the router,
 * the shell), which main.tsx imports while the database opens. render.tsx is an entry too, so that
 * rolldown's $initial tag (what an entry needs statically, after tree-shaking) gives its chunk;
 * without the groups the React part was cut into 46 small chunks, each its own request and module
 * evaluation. Lazily loaded pages keep their own chunks.
 */
function startUpChunks() {
  let mainModules: Set<string> | undefined;
  type Ctx = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };
  const inMain = (id: string, ctx: Ctx) => {
    if (!mainModules) {
      mainModules = new Set();
      const stack = [HTML_ENTRY];
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        if (mainModules.has(next)) continue;
        mainModules.add(next);
        stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return mainModules.has(id);
  };
  return {
    // A new build (the bench builds its page with this config) walks its own module graph.
    plugin: {
      name: 'start-up-chunks',
      buildStart: () => void (mainModules = undefined),
      // The React part is fetched and compiled from the start, beside main.tsx's chunk, not only
      // once main.tsx has run and imports it.
      transformIndexHtml: {
        order: 'post',
        handler(_html, ctx) {
          const render = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'render');
          return render
            ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${render.fileName}` }, injectTo: 'head' }]
            : [];
        },
      },
    } satisfies Plugin,
    groups: [
      { name: (id: string, ctx: Ctx) => (inMain(id, ctx) ? 'index' : null), debugName: 'index', priority: 2 },
      { name: 'render', tags: ['$initial' as const], priority: 1 },
    ],
  };
}
const startUp = startUpChunks();

/** The renderer alone: what Electron loads through app://, served in a plain browser for e2e tests. */
export const rendererConfig = {
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  plugins: [react(), immutableHashedAssets, startUp.plugin],
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: { index: HTML_ENTRY, render: RENDER_ENTRY },
      output: {
        codeSplitting: { groups: startUp.groups },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
};

export default defineConfig(rendererConfig);
