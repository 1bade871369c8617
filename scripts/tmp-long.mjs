import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
const big = readFileSync('/tmp/exp/big.txt', 'utf8');
const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const size of (process.argv[2] || '1000000,10000000').split(',').map(Number)) {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-state="parsed"]');
  const r = await page.evaluate(async (text) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const input = document.getElementById('input');
    let t0 = performance.now();
    input.value = text; void input.scrollHeight; await frame();
    const setValue = performance.now() - t0;
    const tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
    document.body.dataset.state = '';
    t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (document.body.dataset.state !== 'parsed') await new Promise((r) => setTimeout(r, 20));
    await frame(); await frame();
    return { setValue: Math.round(setValue), afterInput: Math.round(performance.now() - t0), longTasks: tasks.sort((a, b) => b - a).slice(0, 5), status: document.getElementById('status').textContent };
  }, big.slice(0, size));
  console.log(size, JSON.stringify(r));
  await page.close();
}
await browser.close(); server.close();
