/**
 * Render a pdfmake document definition to PDF bytes, with the bundled Tinos fonts embedded
 * through pdfmake's virtual file system (no network, works under app:// with a strict CSP).
 *
 * pdfmake and the fonts (~3 MB as base64) are loaded lazily on the first call, so they stay
 * out of the main bundle. Works in the browser, in Electron and under vitest (jsdom or node).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { PARTY_FONT } from './party-layout';

/** 0..1 while pdfmake writes the pages. */
export type RenderProgress = (fraction: number) => void;

type PdfMakeApi = typeof import('pdfmake/build/pdfmake');

let loading: Promise<PdfMakeApi> | undefined;

function base64Of(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}

async function load(): Promise<PdfMakeApi> {
  const [mod, regular, italic, bold, boldItalic] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('../../assets/fonts/Tinos_400Regular.ttf?inline'),
    import('../../assets/fonts/Tinos_400Regular_Italic.ttf?inline'),
    import('../../assets/fonts/Tinos_700Bold.ttf?inline'),
    import('../../assets/fonts/Tinos_700Bold_Italic.ttf?inline'),
  ]);
  const pdfMake = ((mod as { default?: PdfMakeApi }).default ?? mod) as PdfMakeApi;
  pdfMake.addVirtualFileSystem({
    'Tinos-Regular.ttf': base64Of(regular.default),
    'Tinos-Italic.ttf': base64Of(italic.default),
    'Tinos-Bold.ttf': base64Of(bold.default),
    'Tinos-BoldItalic.ttf': base64Of(boldItalic.default),
  });
  pdfMake.addFonts({
    [PARTY_FONT]: {
      normal: 'Tinos-Regular.ttf',
      italics: 'Tinos-Italic.ttf',
      bold: 'Tinos-Bold.ttf',
      bolditalics: 'Tinos-BoldItalic.ttf',
    },
  });
  // Never fetch anything referenced by a document (images, fonts by URL).
  pdfMake.setUrlAccessPolicy(() => false);
  return pdfMake;
}

/** Load pdfmake and the fonts ahead of time (e.g. when a page with an export button opens). */
export function preloadPdfRenderer(): Promise<void> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading.then(() => undefined);
}

// pdfmake's progress callback is global: renders run one at a time.
let queue: Promise<unknown> = Promise.resolve();

/** Render the definition to PDF bytes. `onProgress` receives 0..1 while pages are written. */
export async function renderPdf(definition: TDocumentDefinitions, onProgress?: RenderProgress): Promise<Uint8Array<ArrayBuffer>> {
  await preloadPdfRenderer();
  const pdfMake = await loading!;
  const run = async (): Promise<Uint8Array<ArrayBuffer>> => {
    pdfMake.setProgressCallback((p: number) => onProgress?.(Math.max(0, Math.min(1, p))));
    try {
      const buffer = await pdfMake.createPdf(definition).getBuffer();
      onProgress?.(1);
      // A copy backed by a plain ArrayBuffer (what DesktopApi.saveFile / printPdf accept).
      const bytes = new Uint8Array(new ArrayBuffer(buffer.byteLength));
      bytes.set(buffer);
      return bytes;
    } finally {
      pdfMake.setProgressCallback(() => undefined);
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
