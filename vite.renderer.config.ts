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
    // Second entry: the benchmark page driven by `npm run bench` (scripts/bench.mjs).
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'src-renderer/index.html'),
        bench: resolve(import.meta.dirname, 'src-renderer/bench.html'),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
};

export default defineConfig(rendererConfig);
