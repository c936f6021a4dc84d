import { useEffect, useState } from 'react';

/**
 * Keeps the screen on while the component shows (the Wake Lock API, where the browser has it and
 * allows it), so a phone does not dim while the trainer's camera finds the code. The lock is
 * released on close, and asked for again when the tab comes back (browsers drop it when hidden).
 * True while it is held.
 */
export function useWakeLock(): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!wakeLock) return;
    let sentinel: WakeLockSentinel | undefined;
    let closed = false;
    const request = () => {
      wakeLock.request('screen').then(
        (s) => {
          if (closed) {
            void s.release();
            return;
          }
          sentinel = s;
          setHeld(true);
          s.addEventListener('release', () => setHeld(false));
        },
        // Refused (no user gesture, battery saver, a policy): the code still shows.
        () => setHeld(false),
      );
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible' && (!sentinel || sentinel.released)) request();
    };
    request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      closed = true;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release();
    };
  }, []);
  return held;
}
