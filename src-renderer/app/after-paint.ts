/**
 * "After the shell has been painted" (issue 19: the menu is on screen as soon as the settings are
 * known; the first page's code and data, and the backup scheduler, come after it): the next frame,
 * then a task — or after 100 ms should no frame come (a hidden window). Returns the cancel function.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer = setTimeout(run, 100);
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
