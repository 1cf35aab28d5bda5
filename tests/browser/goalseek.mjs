// What the goal seek costs (a measurement, not a test): "What would it take?" projects every step
// of the chosen lever, so its cost grows with the lever's number of steps. With the goal panel in
// view and the CPU slowed (DevTools' throttling), it chooses each lever in turn and prints the
// main-thread work (Performance.getMetrics TaskDuration) from the choice until the page is idle:
// that is one solve plus writing the answer. Then it moves the export-growth slider with the goal
// set to the lever with the most steps: the cost of a lever move that re-solves.
//
//   node goalseek.mjs [--rate 4] [--width 1280] [--presses 12] [--dists DIR,DIR]
//
// --dists measures each build in turn in one run (this build beside an earlier one); the default
// is this build's dist/.
import { serve, launch, DIST } from './harness.mjs';
import { option as arg, slowedPage, halfWay } from './measure.mjs';

const rate = Number(arg('rate', '4'));
const width = Number(arg('width', '1280'));
const presses = Number(arg('presses', '12'));
const dists = arg('dists', DIST).split(',');

const browser = await launch();
for (const dist of dists) {
  const server = await serve(dist);
  console.log(dist);
  try {
    await measure(server);
  } finally {
    await server.close();
  }
}
await browser.close();

async function measure(server) {
  const g = await slowedPage(browser, server, { width, rate });
  const { cdp, page } = g;
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const half = Math.ceil(presses / 2);
  const keys = [...Array(half).fill('ArrowRight'), ...Array(presses - half).fill('ArrowLeft')];
  const perPress = async () => {
    await halfWay(page, 'lever-growth');
    await page.waitForTimeout(300);
    const a = await task();
    for (const k of keys) await page.keyboard.press(k);
    await page.waitForTimeout(400);
    return (((await task()) - a) * 1000) / presses;
  };
  // at the levers, the goal section far below (its default: balanced trade by export growth)
  console.log(`  a move of export growth, the goal section off screen: ${(await perPress()).toFixed(2)} ms per press`);
  const lever = page.getByLabel('Lever to move');
  await lever.scrollIntoViewIfNeeded();
  await page.getByLabel('Goal').selectOption('target');
  const options = await lever.locator('option').evaluateAll((os) => os.map((o) => o.value));
  console.log(`CPU ×${rate}, ${width} px: main-thread ms to solve "total trade of US$ 100 bn" for each lever`);
  for (const key of options) {
    // away from the lever first, so that every choice is a change
    await lever.selectOption(options.find((o) => o !== key));
    await page.waitForTimeout(300);
    const a = await task();
    await lever.selectOption(key);
    await page.waitForTimeout(300);
    const b = await task();
    console.log(`  ${key.padEnd(10)} ${((b - a) * 1000).toFixed(2).padStart(7)} ms`);
  }
  // a lever move while the answer is on screen, for the lever with the most steps (the slider is
  // moved by keys from its focus, the page scrolled to the goal section)
  await lever.selectOption('nonoil');
  await lever.scrollIntoViewIfNeeded();
  const inView = await perPress();
  console.log(`  a move of export growth, the answer for nonoil in view: ${inView.toFixed(2)} ms per press`);
  g.check();
  await g.context.close();
}
