import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(import.meta.dirname, 'src-main/index.ts'), formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': emit one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: { external: ['electron'] },
      lib: { entry: resolve(import.meta.dirname, 'src-main/preload.ts'), formats: ['cjs'] },
    },
  },
  // The same renderer build as the web build (vite.renderer.config.ts: its inputs, the start-up in two
  // chunks, lazily loaded pages in their own), minified like it (electron-vite's default is not), into out/renderer.
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: true,
    },
  },
});
