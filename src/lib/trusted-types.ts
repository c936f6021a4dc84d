/**
 * The course's only Trusted Types policy. The security policy requires Trusted Types, so no string
 * can become script by accident (`innerHTML`, `eval`, a script address); the one address the app
 * makes from a string on purpose is its own service worker's, and this policy allows that one
 * only. Browsers without Trusted Types take the plain string.
 */
interface TrustedTypePolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): TrustedTypePolicy;
}

/** The name the Content-Security-Policy allows (`trusted-types qorgau`). */
export const TRUSTED_TYPES_POLICY = 'qorgau';

let policy: TrustedTypePolicy | undefined;

/** The service worker's address as the browser's `register` accepts it under Trusted Types. */
export function serviceWorkerScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (input) => {
      const resolved = new URL(input, document.baseURI);
      if (resolved.origin !== location.origin || !resolved.pathname.endsWith('/sw.js'))
        throw new TypeError(`Not the course's service worker: ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL: `register` takes it where its type says string.
  return policy.createScriptURL(url) as string;
}
