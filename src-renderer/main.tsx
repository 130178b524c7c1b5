import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { App, startEarly } from './app/App';
import { isSampleDatabaseActive } from './services/database';

// The database starts opening before the first render: IndexedDB works while React renders the loader.
const start = startEarly(isSampleDatabaseActive());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App start={start} />
  </StrictMode>,
);
