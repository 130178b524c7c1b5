import { useEffect, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { Button, type ButtonProps } from '@mantine/core';

/** How long a click's work may run before the button shows that it is working. */
export const SHOW_PROGRESS_AFTER_MS = 200;

type AsyncButtonProps = ButtonProps &
  Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps | 'onClick'> & {
    /** The work of one click; while its promise is pending, further clicks are ignored. */
    onClick: () => unknown;
  };

/**
 * A button whose click starts work that may take a while (a save, an import, a document): a
 * second click while it runs does nothing, and when the work lasts longer than
 * SHOW_PROGRESS_AFTER_MS the button shows its spinner (Mantine's `loading`, announced as busy)
 * until it ends. Quick work shows nothing, so a 20 ms save does not flash a spinner.
 */
export function AsyncButton({ onClick, loading, ...rest }: AsyncButtonProps) {
  const running = useRef(false);
  const [slow, setSlow] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const click = () => {
    if (running.current) return;
    const result = onClick();
    if (!(result instanceof Promise)) return;
    running.current = true;
    const timer = setTimeout(() => mounted.current && setSlow(true), SHOW_PROGRESS_AFTER_MS);
    // The handler reports its own failures (SaveProblem, notifications); this only ends the wait.
    void result.finally(() => {
      clearTimeout(timer);
      running.current = false;
      if (mounted.current) setSlow(false);
    });
  };
  return <Button {...rest} loading={loading || slow} aria-busy={loading || slow || undefined} onClick={click} />;
}
