import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Precached {
  /** The scope the service worker controls. */
  readonly scope: string;
  /** The names of the caches the page's origin holds. */
  readonly caches: readonly string[];
  /** The files the worker's cache holds, as paths relative to its scope. */
  readonly files: readonly string[];
}

/**
 * Waits until the page's service worker is active, and so has filled its cache (it installs
 * only once every file is stored) and cleared those of earlier releases; then says what the
 * caches hold.
 */
export async function untilPrecached(page: Page): Promise<Precached> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state ?? 'none';
        }),
      { timeout: 60_000, interval: 200 },
    )
    .toBe('activated');
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const name = names.find((n) => n.startsWith(`mediator:${registration.scope}:`));
    const requests = name ? await (await caches.open(name)).keys() : [];
    return {
      scope: registration.scope,
      caches: names.sort(),
      files: requests.map((r) => r.url.slice(registration.scope.length)).sort(),
    };
  });
}
