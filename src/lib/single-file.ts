/**
 * Where the hosting organisation publishes the one-file course (qorgau.html, for USB sticks), set
 * at build time with VITE_SINGLE_FILE_URL. Only an address on the course's own site is offered:
 * the course never sends a learner's browser elsewhere.
 */
export function singleFileUrl(
  setting: string | undefined = import.meta.env.VITE_SINGLE_FILE_URL,
  here: string = window.location.href,
): string | undefined {
  const value = setting?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value, here);
    return url.origin === new URL(here).origin && /^https?:$/.test(url.protocol)
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}
