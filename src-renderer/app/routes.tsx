import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { preloadablePage } from './preloadable-page';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { afterNextPaint } from './after-paint';

// Each job's screens load on demand, so start-up stays fast: the start-up chunk holds the shell and
// its menu only (issue 19's start-up goal); "Tháng này", the start screen, follows the menu.
const HomePage = lazy(() => import('../features/home/HomePage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const UnitPage = lazy(() => import('../features/settings/UnitPage'));
const MembersPage = lazy(() => import('../features/members/MembersPage'));
const PledgesPage = lazy(() => import('../features/pledges/PledgesPage'));
const monthly = preloadablePage(() => import('../features/monthly/MonthlyPage'));
const MonthlyPage = monthly.Page;
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage'));
const ReviewPage = lazy(() => import('../features/review/ReviewPage'));
const DuesPage = lazy(() => import('../features/dues/DuesPage'));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage'));
const ExchangePage = lazy(() => import('../features/exchange/ExchangePage'));
const AggregatorPage = lazy(() => import('../features/aggregator/AggregatorPage'));
const BackupPage = lazy(() => import('../features/backup/BackupPage'));
const GuidePage = lazy(() => import('../features/guide/GuidePage'));

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

/**
 * The month grid's code, loaded once the app has started and the window is idle: the first open
 * after start then shows no spinner (~450 ms before, of which 300 ms were React's wait after the
 * spinner; ~70 ms after, issue 19).
 */
function usePreloadedPages() {
  useEffect(() => {
    let idle: number | undefined;
    const timer = setTimeout(() => {
      const preload = () => void monthly.preload().catch(() => undefined);
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(preload, { timeout: 5_000 });
      else preload();
    }, 1_000);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
}

export function AppRoutes() {
  usePreloadedPages();
  return (
    <Routes>
      <Route path="/" element={page(<HomePage />)} />
      <Route path="/don-vi" element={page(<UnitPage />)} />
      <Route path="/dang-vien/*" element={page(<MembersPage />)} />
      <Route path="/so-dang-ky/*" element={page(<PledgesPage />)} />
      <Route path="/tu-danh-gia/*" element={page(<MonthlyPage />)} />
      <Route path="/sinh-hoat/*" element={page(<MeetingsPage />)} />
      <Route path="/kiem-diem/*" element={page(<ReviewPage />)} />
      <Route path="/dang-phi/*" element={page(<DuesPage />)} />
      <Route path="/lich-viec/*" element={page(<CalendarPage />)} />
      <Route path="/tong-hop/*" element={page(<AggregatorPage />)} />
      <Route path="/trao-doi/*" element={page(<ExchangePage />)} />
      <Route path="/sao-luu/*" element={page(<BackupPage />)} />
      <Route path="/cai-dat" element={page(<SettingsPage />)} />
      <Route path="/huong-dan" element={page(<GuidePage />)} />
      <Route path="*" element={page(<HomePage />)} />
    </Routes>
  );
}
