import { serve, launch, openPage, ready } from './harness.mjs';
import { writeFileSync, readFileSync } from 'node:fs';
const server = await serve(); const browser = await launch();
const q = process.argv[2] || '?eaeu_cut=50&oil_stop=2028';
for (const w of [390, 1280]) {
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { width: w, acceptDownloads: true });
  await g.page.goto(server.url + q); await ready(g.page);
  for (const c of ['balance', 'total', 'imports']) {
    const el = g.page.locator('#chart-' + c); await el.scrollIntoViewIfNeeded(); await g.page.waitForTimeout(400);
    await el.screenshot({ path: `/tmp/s/page-${c}-${w}.png` });
  }
  if (w === 1280) {
    const buttons = g.page.locator('.chart-downloads button');
    for (const k of [1, 3, 5, 9]) {
      await buttons.nth(k).scrollIntoViewIfNeeded();
      const [d] = await Promise.all([g.page.waitForEvent('download'), buttons.nth(k).click()]);
      writeFileSync('/tmp/s/' + d.suggestedFilename(), readFileSync(await d.path()));
      console.log(d.suggestedFilename());
    }
  }
  console.log(g.errors ?? '');
  await g.context.close();
}
await browser.close(); await server.close();
