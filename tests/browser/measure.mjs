// Shared by the measuring scripts (perf.mjs, trace.mjs, profile.mjs; not tests): their command-line
// options, and a loaded page with a DevTools session and the CPU slowed.
import { openPage, ready } from './harness.mjs';

/** The value after `--name` on the command line, or `dflt`. */
export function option(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}

/** The calculator loaded at `width` px, with a DevTools session and the CPU slowed `rate` times. */
export async function slowedPage(browser, server, { width = 1280, rate = 1 } = {}) {
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { width, height: 900 });
  await g.page.goto(server.url);
  await ready(g.page);
  const cdp = await g.context.newCDPSession(g.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { ...g, cdp };
}

/** Focus the slider `id` and set it half-way, so that arrow keys move it both ways. */
export async function halfWay(page, id) {
  await page.locator(`#${id}`).focus();
  await page.evaluate((i) => {
    const el = document.getElementById(i);
    el.value = String((Number(el.min) + Number(el.max)) / 2);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, id);
}

/** A profile node's function name (an anonymous one by its script's file name). */
export const frameName = (n) => n.callFrame.functionName || `(anonymous ${n.callFrame.url.split('/').pop()})`;

/** A V8 CPU profile's self time per function name, in ms. */
export function selfTimes(profile) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) || 0) + (profile.timeDeltas[i] || 0));
  const self = new Map();
  for (const n of profile.nodes) self.set(frameName(n), (self.get(frameName(n)) || 0) + (dt.get(n.id) || 0) / 1000);
  return self;
}
