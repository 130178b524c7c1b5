import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { preloadablePage, preloadInTurn } from './preloadable-page';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { afterNextPaint } from './after-paint';

// Each job's screens load on demand, so start-up stays fast: the start-up chunk holds the shell and
// its menu only (issue 19's start-up goal); "Tháng này", the start screen, follows the menu. Once the
// app has started, the other screens' code loads while the window is idle (PRELOAD_ORDER), so a
// menu click shows its screen without a spinner.
const home = preloadablePage(() => import('../features/home/HomePage'));
const monthly = preloadablePage(() => import('../features/monthly/MonthlyPage'));
const members = preloadablePage(() => import('../features/members/MembersPage'));
const pledges = preloadablePage(() => import('../features/pledges/PledgesPage'));
const meetings = preloadablePage(() => import('../features/meetings/MeetingsPage'));
const review = preloadablePage(() => import('../features/review/ReviewPage'));
const dues = preloadablePage(() => import('../features/dues/DuesPage'));
const calendar = preloadablePage(() => import('../features/calendar/CalendarPage'));
const exchange = preloadablePage(() => import('../features/exchange/ExchangePage'));
const aggregator = preloadablePage(() => import('../features/aggregator/AggregatorPage'));
const backup = preloadablePage(() => import('../features/backup/BackupPage'));
const settings = preloadablePage(() => import('../features/settings/SettingsPage'));
const unit = preloadablePage(() => import('../features/settings/UnitPage'));
const guide = preloadablePage(() => import('../features/guide/GuidePage'));

/** The monthly grid first (the routine's screen, and the bench's "grid opens"), then the menu's order. */
const PRELOAD_ORDER = [monthly, members, pledges, meetings, review, dues, calendar, exchange, aggregator, backup, settings, unit, guide];

const pageLoader = (
  <Center h={200}>
    <Loader role="status" aria-label="Đang tải" />
  </Center>
);

/** Set once the shell has been painted: from then on a page renders at once. */
let shellPainted = false;

/**
 * At start-up the shell and its menu are painted before the first page loads its code and reads
 * its data (issue 19: the menu is there as soon as the settings are known; the page's figures
 * follow, a frame later).
 */
function AfterShellPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(shellPainted);
  useEffect(() => {
    if (ready) return;
    return afterNextPaint(() => {
      shellPainted = true;
      setReady(true);
    });
  }, [ready]);
  return ready ? children : pageLoader;
}

const page = (node: ReactNode) => (
  <RouteErrorBoundary>
    <AfterShellPaint>
      <Suspense fallback={pageLoader}>{node}</Suspense>
    </AfterShellPaint>
  </RouteErrorBoundary>
);

/** The screens' code, loaded one at a time while the window is idle, from a second after start. */
function usePreloadedPages() {
  useEffect(() => preloadInTurn(PRELOAD_ORDER.map((p) => p.preload)), []);
}

export function AppRoutes() {
  usePreloadedPages();
  return (
    <Routes>
      <Route path="/" element={page(<home.Page />)} />
      <Route path="/don-vi" element={page(<unit.Page />)} />
      <Route path="/dang-vien/*" element={page(<members.Page />)} />
      <Route path="/so-dang-ky/*" element={page(<pledges.Page />)} />
      <Route path="/tu-danh-gia/*" element={page(<monthly.Page />)} />
      <Route path="/sinh-hoat/*" element={page(<meetings.Page />)} />
      <Route path="/kiem-diem/*" element={page(<review.Page />)} />
      <Route path="/dang-phi/*" element={page(<dues.Page />)} />
      <Route path="/lich-viec/*" element={page(<calendar.Page />)} />
      <Route path="/tong-hop/*" element={page(<aggregator.Page />)} />
      <Route path="/trao-doi/*" element={page(<exchange.Page />)} />
      <Route path="/sao-luu/*" element={page(<backup.Page />)} />
      <Route path="/cai-dat" element={page(<settings.Page />)} />
      <Route path="/huong-dan" element={page(<guide.Page />)} />
      <Route path="*" element={page(<home.Page />)} />
    </Routes>
  );
}
