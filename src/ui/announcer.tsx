/**
 * One polite live region for the whole app. Anything that changes without a page load (a step in a
 * lesson, quiz feedback, a scenario turn) calls `announce` so screen-reader users hear it.
 */
import { create } from 'zustand';

interface AnnouncerState {
  message: string;
  /** Bumped on every call so the same sentence twice is still read out. */
  serial: number;
  announce: (message: string) => void;
}

export const useAnnouncer = create<AnnouncerState>()((set) => ({
  message: '',
  serial: 0,
  announce: (message) => set((s) => ({ message, serial: s.serial + 1 })),
}));

export const announce = (message: string) => useAnnouncer.getState().announce(message);

export function LiveRegion() {
  const message = useAnnouncer((s) => s.message);
  const serial = useAnnouncer((s) => s.serial);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={serial}>{message}</span>
    </div>
  );
}
