/**
 * Keeps the projector and the presenter window in step. Each window sends its run state (and the
 * seminar's language) whenever it changes; the other takes it when it is newer. Three ways, so it
 * works wherever the course runs:
 * - BroadcastChannel, between windows of the same origin (the hosted build);
 * - `postMessage` between a window and the one that opened it — the handshake presentation tools
 *   use — which also works for the one-file build opened from file://, where every page has an
 *   opaque origin and BroadcastChannel cannot reach the other window;
 * - the saved state itself, read again on the storage event (the app's tab sync).
 * Messages are accepted only from the partner window and only in the run's exact shape.
 */
import { isLocale, type Locale } from '@/content/locales';
import { isRun, type RunState } from '@/stores/seminar-store';

const KIND = 'qorgau-seminar';
const CHANNEL = 'qorgau-seminar';

export interface SeminarMessage {
  run?: RunState;
  locale?: Locale;
}

type Wire = { kind: typeof KIND; hello?: true; run?: unknown; locale?: unknown };

function parse(data: unknown): (SeminarMessage & { hello: boolean }) | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const wire = data as Record<string, unknown>;
  if (!Object.hasOwn(wire, 'kind') || wire.kind !== KIND) return undefined;
  const run = Object.hasOwn(wire, 'run') && isRun(wire.run) ? (wire.run as RunState) : undefined;
  const locale = Object.hasOwn(wire, 'locale') && isLocale(wire.locale) ? wire.locale : undefined;
  return { hello: wire.hello === true, ...(run ? { run } : {}), ...(locale ? { locale } : {}) };
}

export interface WindowLink {
  send(message: SeminarMessage): void;
  /** Opens the presenter window (from the projector) and links to it. */
  openPartner(url: string): boolean;
  close(): void;
}

/**
 * Links this window to its partner. `current` gives what to send when the partner says hello
 * (a reloaded or newly opened window asks for the state at once).
 */
export function linkWindows(
  onMessage: (m: SeminarMessage) => void,
  current: () => SeminarMessage,
): WindowLink {
  let partners: Window[] = window.opener ? [window.opener as Window] : [];
  let channel: BroadcastChannel | undefined;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  } catch {
    channel = undefined;
  }

  const wire = (m: SeminarMessage, hello = false): Wire => ({
    kind: KIND,
    ...(hello ? { hello } : {}),
    ...m,
  });
  const post = (w: Wire) => {
    channel?.postMessage(w);
    partners = partners.filter((p) => !p.closed);
    // File pages have an opaque origin ("null"), so "*" is the only target that reaches the
    // partner; the receiver checks `event.source`, and nothing here is secret.
    for (const p of partners) p.postMessage(w, '*');
  };
  const receive = (data: unknown, reply: (w: Wire) => void) => {
    const m = parse(data);
    if (!m) return;
    if (m.hello) reply(wire(current()));
    if (m.run || m.locale) onMessage(m);
  };

  // The window this one opened counts too after this one reloads (it lost the reference, but the
  // presenter's `opener` still points here; `opener` is readable across origins).
  const isPartner = (source: Window) => {
    if (partners.includes(source)) return true;
    try {
      if (source.opener !== window) return false;
    } catch {
      return false;
    }
    partners.push(source);
    return true;
  };
  const onWindowMessage = (event: MessageEvent) => {
    const source = event.source as Window | null;
    if (!source || source === window || !isPartner(source)) return;
    receive(event.data, (w) => source.postMessage(w, '*'));
  };
  const onChannelMessage = (event: MessageEvent) =>
    receive(event.data, (w) => channel?.postMessage(w));
  window.addEventListener('message', onWindowMessage);
  channel?.addEventListener('message', onChannelMessage);
  post(wire({}, true));

  return {
    send: (m) => post(wire(m)),
    openPartner: (url) => {
      const opened = window.open(url, 'qorgau-presenter', 'popup,width=1100,height=800');
      if (!opened) return false;
      if (!partners.includes(opened)) partners.push(opened);
      return true;
    },
    close: () => {
      window.removeEventListener('message', onWindowMessage);
      channel?.close();
    },
  };
}
