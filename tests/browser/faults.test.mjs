// Faults injected one at a time, as hosts, browsers and bugs cause them: the page must never
// freeze or go blank without a word. Each test fails on a build without the defence it checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, cli } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });
const origin = () => server.url.replace(/\/$/, '');

test('a blocked worker (new Worker throws): the first move computes on the main thread, the band equals the command line, nothing stops', async () => {
  const g = await openPage(browser, origin());
  // a host policy or a privacy extension: the constructor exists but refuses
  await g.context.addInitScript(() => {
    window.Worker = function Worker() { throw new DOMException('Workers are blocked here', 'SecurityError'); };
  });
  await g.page.goto(`${server.url}?oil=-10`);
  await ready(g.page);
  await g.page.locator('#lever-oil').fill('-20');
  await g.page.waitForFunction(() => document.documentElement.dataset.insightWorker === 'failed');
  await g.page.waitForFunction(() => !window.insightPending);
  // the page still answers: another move, and the band follows it
  await g.page.locator('#lever-oil').fill('-30');
  await g.page.waitForFunction(() => !window.insightPending && !window.pendingLink);
  const j = cli('oil=-30');
  assert.equal(await g.page.locator('#fault').count(), 0, 'no fault message');
  const balance = Number(await g.page.getAttribute('[data-figure=balance] .figure-value', 'data-value'));
  assert.equal(balance, j.projection.headline.balance);
  g.check();
  await g.context.close();
});

test('a panic: the reader is told, in the page\'s language, with a link that reloads the same scenario', async () => {
  for (const [lang, words] of [['en', 'The calculator stopped'], ['hi', 'कैलकुलेटर रुक गया'], ['ru', 'Калькулятор остановился']]) {
    const g = await openPage(browser, origin());
    const errors = [];
    g.page.on('pageerror', (e) => errors.push(e.message));
    await g.page.goto(`${server.url}?oil=-10&lang=${lang}`);
    await ready(g.page);
    await g.page.evaluate(() => { try { window.wasmBindings.__panicForTests(); } catch (e) { /* the wasm stops here */ } });
    const alert = g.page.locator('#fault[role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), new RegExp(words));
    const reload = await alert.locator('a').first().getAttribute('href');
    assert.equal(reload, `${server.url}?v=1&oil=-10&lang=${lang}`, "the address bar as it holds the scenario");
    await g.context.close();
  }
  // in an embed, a link to the full calculator too
  const e = await openPage(browser, origin());
  await e.page.goto(`${server.url}?oil=-10&embed=1&chart=balance`);
  await e.page.waitForFunction(() => document.documentElement.hasAttribute('data-built'));
  await e.page.evaluate(() => { try { window.wasmBindings.__panicForTests(); } catch (err) { /* stops */ } });
  await e.page.locator('#fault').waitFor();
  assert.equal(await e.page.locator('#fault a').count(), 2);
  assert.equal(await e.page.locator('#fault a').nth(1).getAttribute('target'), '_blank');
  await e.context.close();
});
