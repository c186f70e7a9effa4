// The service worker that lets the game play offline after the first visit. The build copies
// this file to sw.js, filling in the list of every file it wrote and a version that changes
// whenever any of them does (see vite.config.ts); a new version replaces the old cache.
//
// A new version installs beside the old one and waits: it takes over, and deletes the old
// cache, only once no page of the old version is open. An open page so keeps every file it may
// still ask for (the debrief, replay and class screens load on first use) for as long as it is
// open, whatever a release renamed on the host.

const VERSION = '__VERSION__';
/** Every file of the build, relative to this worker, which sits at the root of the build. */
const PRECACHE = __PRECACHE__;

// Several copies of the game may share one host: each keeps to caches named after its scope.
const PREFIX = `mediator:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
const ROOT = new URL('./', self.location.href).href;
const INDEX = new URL('index.html', ROOT).href;
const PRECACHED = new Set(PRECACHE.map((file) => new URL(file, ROOT).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Revalidate with the host rather than trust the browser's HTTP cache, which may hold
      // an older index.html or examples.json.
      .then((cache) =>
        cache.addAll([...PRECACHED].map((url) => new Request(url, { cache: 'no-cache' }))),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (PRECACHED.has(request.url)) event.respondWith(cacheFirst(request));
});

// The cache holds one response per file. Some hosts answer "Vary: Origin", and the page asks
// for scripts and fonts with an Origin header that the worker's own requests lacked.
const ONE_PER_FILE = { ignoreVary: true };

/** A precached file from the cache; the network only if the cache has lost it. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, ONE_PER_FILE)) ?? fetch(request);
}

/**
 * A page from the network, so a new release shows at once; the cached page when offline. The
 * fresh page is not stored: it may name files of a newer build that this cache does not hold.
 */
async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const url = new URL(request.url);
    url.search = '';
    url.hash = '';
    const cache = await caches.open(CACHE);
    const cached = await cache.match(url.href === ROOT ? INDEX : url.href, ONE_PER_FILE);
    if (cached) return cached;
    throw error;
  }
}
