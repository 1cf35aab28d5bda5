// The calculator's service worker (template: scripts/pwa/build.mjs writes dist/sw.js from it,
// putting this build's file list and version above). It pre-caches exactly this build's files in
// a cache named after the build, serves them offline, answers every navigation to the page with
// the cached page whatever the query (each scenario link opens offline), and never mixes two
// builds: a new build waits until the reader agrees (the page's "Reload"), or until every tab of
// the old build is closed. Old builds' caches are deleted only when the new build takes over.
/* global VERSION, ASSETS */
const PREFIX = 'calc-';
const CACHE = PREFIX + VERSION;
// the data's vintages a page has fetched (an old link's data): kept across builds, since a
// released vintage's file never changes; outside PREFIX, so a new build does not delete them
const VINTAGES = 'data-vintages';

const scope = () => new URL(self.registration.scope);
const absolute = (url) => new URL(url, self.location.href).href;

async function precache() {
  const cache = await caches.open(CACHE);
  for (const a of ASSETS) {
    const request = new Request(absolute(a.url), {
      integrity: a.integrity || '',
      cache: a.revalidate ? 'no-cache' : 'default',
    });
    const response = await fetch(request);
    // a failed, redirected or foreign file fails the install: the old build keeps serving
    if (!response.ok || response.redirected) throw new Error(`precache ${a.url}: ${response.status}`);
    if (a.shell) {
      const text = await response.clone().text();
      for (const name of a.shell) {
        if (!text.includes(name)) throw new Error(`precache: the page is not this build's (no ${name})`);
      }
    }
    await cache.put(request.url, response);
  }
}

self.addEventListener('install', (event) => {
  // no skipWaiting: an open page keeps the build it started with
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

async function cached(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const base = scope();
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return;
  const rest = url.pathname.slice(base.pathname.length);
  if (request.mode === 'navigate') {
    // the page, whatever its query (the scenario, embed flags, language); other navigations
    // (someone opening an icon) get their own file or the network, never the page
    if (rest === '' || rest === 'index.html') {
      event.respondWith(cached(base.href).then((r) => r || fetch(request)));
      return;
    }
  }
  if (rest.startsWith('vintages/')) {
    event.respondWith(vintage(url.origin + url.pathname, request));
    return;
  }
  event.respondWith(cached(url.origin + url.pathname).then((r) => r || fetch(request)));
});

/** A vintage's file: the copy kept when it was first fetched, else the network's, kept. */
async function vintage(key, request) {
  const cache = await caches.open(VINTAGES);
  const kept = await cache.match(key);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && !response.redirected) await cache.put(key, response.clone());
  return response;
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'version' && event.ports[0]) event.ports[0].postMessage(VERSION);
});
