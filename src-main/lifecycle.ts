/**
 * The main window's life: the quit handshake, Windows session end, renderer crashes and hangs.
 * Plain logic over a window-like object, so it is tested with fakes and through index.ts.
 *
 * Quit handshake: closing the window sends BEFORE_QUIT ({ reason }) and keeps the window open until
 * the renderer answers on QUIT_READY — after flushing its pending edits and taking the quit backup.
 * 'asking' (the renderer is asking the user about edits it could not store) stops the timeout;
 * 'stay' keeps the window; 'close' closes it. A renderer that does not answer within 15 s, that has
 * crashed or that hangs does not keep the window open.
 *
 * Session end (Windows shutdown or log off): `before-quit` is not emitted, so query-session-end
 * starts the same handshake (reason 'session-end': no questions, flush + backup) and delays the
 * shutdown until the renderer answers or the timeout passes.
 *
 * Crash (render-process-gone): the window is reloaded and the user told what happened; after 3
 * crashes within 5 minutes it is not reloaded again (a crash loop), the user is told to restart.
 * Hang (unresponsive): the user chooses between waiting and reloading.
 */
import { BEFORE_QUIT_CHANNEL, type QuitReason, type QuitReply } from '../src-renderer/platform/desktop-api';

export const QUIT_TIMEOUT_MS = 15_000;
export const CRASH_WINDOW_MS = 5 * 60_000;
export const MAX_RELOADS_IN_WINDOW = 3;

export interface LifecycleWindow {
  isDestroyed(): boolean;
  close(): void;
  webContents: {
    send(channel: string, ...args: unknown[]): void;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
}

export interface MessageBoxRequest {
  type: 'warning' | 'error' | 'info';
  title: string;
  message: string;
  detail?: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export interface LifecycleDeps {
  showMessageBox(request: MessageBoxRequest): Promise<{ response: number }>;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export const CRASH_MESSAGE: Omit<MessageBoxRequest, 'detail'> & { detail: string } = {
  type: 'warning',
  title: 'Sổ Nêu Gương',
  message: 'Cửa sổ ứng dụng vừa gặp lỗi và đã được mở lại.',
  detail:
    'Dữ liệu đã lưu vẫn còn nguyên. Những gì vừa gõ trong vài giây trước khi lỗi có thể chưa được lưu — hãy xem lại màn hình đang làm.',
  buttons: ['Đã hiểu'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

export const CRASH_LOOP_MESSAGE: MessageBoxRequest = {
  type: 'error',
  title: 'Sổ Nêu Gương',
  message: 'Cửa sổ ứng dụng gặp lỗi liên tục nên không mở lại nữa.',
  detail:
    'Dữ liệu đã lưu vẫn còn nguyên. Hãy đóng ứng dụng rồi khởi động lại máy tính. Nếu vẫn lỗi, hãy nhờ cán bộ tin học và mang theo tệp sao lưu mới nhất.',
  buttons: ['Đóng'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

export const HANG_MESSAGE: MessageBoxRequest = {
  type: 'warning',
  title: 'Sổ Nêu Gương',
  message: 'Ứng dụng đang không phản hồi.',
  detail:
    'Có thể máy đang bận (ví dụ đang tạo một tệp lớn). Bấm "Chờ thêm" để đợi. "Tải lại cửa sổ" mở lại màn hình; những gì vừa gõ mà chưa lưu có thể mất.',
  buttons: ['Chờ thêm', 'Tải lại cửa sổ'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

export interface PreventableEventLike {
  preventDefault(): void;
}

export interface WindowLifecycle {
  /** The window's 'close' event. */
  onClose(event: PreventableEventLike): void;
  /** A validated reply on QUIT_READY from the main window's own frame. */
  onQuitReply(reply: QuitReply): void;
  /** BrowserWindow 'query-session-end' (Windows): back up before the session ends. */
  onQuerySessionEnd(event: PreventableEventLike): void;
  /** BrowserWindow 'session-end': the process is about to be ended. */
  onSessionEnd(): void;
  onRenderProcessGone(details: { reason: string; exitCode: number }): void;
  onUnresponsive(): void;
  onResponsive(): void;
  /** For tests and logs. */
  state(): 'open' | 'waiting' | 'asking' | 'closing';
}

export function createWindowLifecycle(window: LifecycleWindow, deps: LifecycleDeps): WindowLifecycle {
  let phase: 'open' | 'waiting' | 'asking' | 'closing' = 'open';
  let timer: unknown;
  let rendererAlive = true;
  let hung = false;
  let hangDialogOpen = false;
  /** The user chose "Tải lại cửa sổ" for a hung renderer: its end is expected, not a crash. */
  let killRequested = false;
  const crashes: number[] = [];

  const stopTimer = () => {
    if (timer !== undefined) deps.clearTimer(timer);
    timer = undefined;
  };

  const closeNow = () => {
    stopTimer();
    phase = 'closing';
    if (!window.isDestroyed()) window.close();
  };

  const startHandshake = (reason: QuitReason) => {
    phase = 'waiting';
    window.webContents.send(BEFORE_QUIT_CHANNEL, { reason });
    stopTimer();
    timer = deps.setTimer(() => {
      timer = undefined;
      if (phase === 'waiting') closeNow();
    }, QUIT_TIMEOUT_MS);
  };

  return {
    onClose(event) {
      if (phase === 'closing') return; // the handshake finished: let it close
      if (!rendererAlive || hung) {
        // Nobody can answer: do not keep a blank or frozen window open for 15 s.
        closeNow();
        return;
      }
      event.preventDefault();
      if (phase === 'open') startHandshake('close');
    },
    onQuitReply(reply) {
      if (phase === 'open' || phase === 'closing') return; // not asked (or too late)
      if (reply === 'asking') {
        stopTimer();
        phase = 'asking';
      } else if (reply === 'stay') {
        stopTimer();
        phase = 'open';
      } else {
        closeNow();
      }
    },
    onQuerySessionEnd(event) {
      if (phase === 'closing' || !rendererAlive || hung) return;
      event.preventDefault(); // delay the shutdown until the quit backup is written
      if (phase === 'open') startHandshake('session-end');
    },
    onSessionEnd() {
      if (phase === 'open' && rendererAlive && !hung) startHandshake('session-end');
    },
    onRenderProcessGone(details) {
      if (details.reason === 'clean-exit') return;
      rendererAlive = false;
      if (phase !== 'open') {
        closeNow();
        return;
      }
      if (killRequested) {
        killRequested = false;
        rendererAlive = true;
        hung = false;
        if (!window.isDestroyed()) window.webContents.reload();
        return;
      }
      const now = deps.now();
      while (crashes.length > 0 && now - crashes[0]! > CRASH_WINDOW_MS) crashes.shift();
      crashes.push(now);
      if (window.isDestroyed()) return;
      if (crashes.length > MAX_RELOADS_IN_WINDOW) {
        void deps.showMessageBox(CRASH_LOOP_MESSAGE);
        return;
      }
      rendererAlive = true;
      hung = false;
      window.webContents.reload();
      void deps.showMessageBox(CRASH_MESSAGE);
    },
    onUnresponsive() {
      hung = true;
      if (phase !== 'open') {
        closeNow();
        return;
      }
      if (hangDialogOpen) return;
      hangDialogOpen = true;
      void deps.showMessageBox(HANG_MESSAGE).then(({ response }) => {
        hangDialogOpen = false;
        if (response === 1 && hung && !window.isDestroyed()) {
          killRequested = true;
          window.webContents.forcefullyCrashRenderer(); // → render-process-gone → reload
        }
      });
    },
    onResponsive() {
      hung = false;
    },
    state: () => phase,
  };
}
