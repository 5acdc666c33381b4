// Opens page.html in headless Chromium at 1920×1080 RUNS times (after one warm-up) and prints the
// median time to vis-timeline's first view in ms. Usage: node measure.mjs RUNS
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const runs = Number(process.argv[2] || 3);
const page = 'file://' + path.join(path.dirname(fileURLToPath(import.meta.url)), 'page.html');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--window-size=1920,1080'],
  defaultViewport: { width: 1920, height: 1080 },
  protocolTimeout: 900000,
});
const times = [];
try {
  for (let i = 0; i <= runs; i++) {
    const tab = await browser.newPage();
    await tab.goto(page, { waitUntil: 'load', timeout: 900000 });
    await tab.waitForFunction('window.firstViewMs !== undefined', { timeout: 900000, polling: 50 });
    const ms = await tab.evaluate(() => window.firstViewMs);
    await tab.close();
    if (i > 0) times.push(ms); // the first run warms the browser's caches
  }
} finally {
  await browser.close();
}
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2]
  : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
console.log(`${Math.round(median)} ms median of ${times.length}: ${times.map(Math.round).join(', ')}`);
