// Regenerates assets/preview.png, the link-preview image (1200 × 630), from the release build.
// Run by hand after a visible change: `node tests/browser/preview.mjs` (with dist/ built).
import { join } from 'node:path';
import { serve, launch, openPage, ready, ROOT } from './harness.mjs';

const server = await serve();
const browser = await launch();
try {
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { width: 1200, height: 630 });
  await g.page.goto(`${server.url}?embed=1&controls=0&theme=light`);
  await ready(g.page);
  await g.page.screenshot({ path: join(ROOT, 'assets/preview.png') });
  console.log('wrote assets/preview.png');
} finally {
  await browser.close();
  await server.close();
}
