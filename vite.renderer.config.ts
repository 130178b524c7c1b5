import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer alone: what Electron loads through app://, served in a plain browser for e2e tests. */
export const rendererConfig = {
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      output: {
        // Everything the start-up needs (statically imported from main.tsx) in one chunk: the app
        // started with 46 small chunks, each its own request and module evaluation (issue 19's
        // start-up goal, docs/benchmarks.md). Lazily loaded pages keep their own chunks.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial' as const] }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
};

export default defineConfig(rendererConfig);
