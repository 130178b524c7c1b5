import type { DesktopApi } from './desktop-api';
import { createBrowserAdapter } from './browser-adapter';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    desktop?: DesktopApi;
  }
}

let api: DesktopApi | undefined;

/** The Electron adapter (preload's window.desktop) when present, else the browser adapter. */
export function getDesktopApi(): DesktopApi {
  api ??= window.desktop ?? createBrowserAdapter();
  return api;
}

export type { DesktopApi } from './desktop-api';

/** For tests: forget the chosen adapter (the next getDesktopApi() picks window.desktop again). */
export function resetDesktopApiForTests(): void {
  api = undefined;
}

/** For tests and tools: use this adapter (e.g. createMemoryDesktop().api from memory-adapter.ts). */
export function installDesktopApi(adapter: DesktopApi): void {
  api = adapter;
}
