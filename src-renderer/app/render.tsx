import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { EarlyStart } from './start';

/** The React part of the start-up (main.tsx loads it while the database opens). */
export function renderApp(start: EarlyStart): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App start={start} />
    </StrictMode>,
  );
}
