import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { START_MARKS, startEarly } from './app/start';
import { isSampleDatabaseActive } from './services/database';

performance.mark(START_MARKS.started);
// The start-up in two parts (issue 19): this small entry opens the database and reads the settings
// while the browser compiles the React part (app/render.tsx, its own chunk, preloaded from
// index.html); React then starts on the data already read and shows the menu in its first render.
// Its code runs only then: run earlier, it held up the database's answers (one task, ~70 ms). A
// slow opening (a large store, a recovery) holds React back no more than a moment: it then shows
// its "Đang mở dữ liệu" loader meanwhile.
const start = startEarly(isSampleDatabaseActive());
const aMoment = new Promise((resolve) => setTimeout(resolve, 250));
void Promise.race([start.opening, aMoment])
  .then(() => import('./app/render'))
  .then((m) => m.renderApp(start));
