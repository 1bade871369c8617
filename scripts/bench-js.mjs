// Times the wasm build: in Node and in headless Chromium, the parse itself (inside wasm) and a
// full parse() call from JS (string in, object out); the page's time to a ready parser; 10 MB.
// Inputs are built from the project's fixtures, as in benches/inputs.rs.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { EN, ZH, grow } from './bench-inputs.mjs';

const root = new URL('../', import.meta.url).pathname;
const inputs = { 'en typical (5 KB)': grow(EN, 5000), 'zh typical (5 KB)': grow(ZH, 5000), 'en long (30 KB)': grow(EN, 30000) };
const big = grow([...EN, ...ZH], 10_000_000);

// Runs inside Node and inside the page: median over batches, after a warm-up of 100 parses
// (as in bench-ab.mjs; V8 moves hot wasm functions to its optimising tier in the background).
// Calls are timed ten at a time: the page's clock has a 0.1 ms grain.
async function measure(api, texts, bigText) {
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = {};
  for (const [label, text] of Object.entries(texts)) {
    for (let i = 0; i < 100; i++) api.parse(text);
    const full = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      for (let k = 0; k < 10; k++) api.parse(text);
      full.push((performance.now() - t0) / 10);
    }
    const inner = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      api.benchParse(text, 20);
      inner.push((performance.now() - t0) / 20);
    }
    rows[label] = { full: median(full), inner: median(inner), bytes: new TextEncoder().encode(text).length };
  }
  const t0 = performance.now();
  api.parse(bigText);
  rows['10 MB'] = { full: performance.now() - t0, inner: NaN, bytes: new TextEncoder().encode(bigText).length };
  return rows;
}

function print(where, rows) {
  console.log(`\n${where}`);
  console.log('input                 full parse() call   parse inside wasm   throughput');
  for (const [label, r] of Object.entries(rows)) {
    const inner = Number.isNaN(r.inner) ? '-' : `${r.inner.toFixed(3)} ms`;
    console.log(`${label.padEnd(20)} ${(r.full.toFixed(3) + ' ms').padStart(17)} ${inner.padStart(19)} ${((r.bytes / 1e6) / (r.full / 1e3)).toFixed(1).padStart(9)} MB/s`);
  }
}

const node = await import(join(root, 'pkg', 'node.mjs'));
print('Node ' + process.version, await measure(node, inputs, big));

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-state="parsed"]');
  // The first load is a cold start of the browser's caches; the page is loaded again and the
  // median of five loads reported.
  const loads = [];
  for (let k = 0; k < 6; k++) {
    if (k > 0) await page.reload();
    await page.waitForSelector('body[data-state="parsed"]');
    loads.push(await page.evaluate(() => {
      const ready = performance.getEntriesByName('parser-ready')[0].startTime;
      return { ready, afterLoad: ready - performance.getEntriesByType('navigation')[0].loadEventEnd };
    }));
  }
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ready = mid(loads.slice(1).map((l) => l.ready));
  const afterLoad = mid(loads.slice(1).map((l) => l.afterLoad));
  // Playwright ships this function to the page (no eval: the page's CSP forbids it), so it
  // repeats `measure` inline.
  const rows = await page.evaluate(async ({ texts, bigText }) => {
    const api = await import('./pkg/resume_parser.js');
    await api.default();
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const out = {};
    for (const [label, text] of Object.entries(texts)) {
      for (let i = 0; i < 100; i++) api.parse(text);
      const full = [];
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        for (let k = 0; k < 10; k++) api.parse(text);
        full.push((performance.now() - t0) / 10);
      }
      const inner = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        api.benchParse(text, 20);
        inner.push((performance.now() - t0) / 20);
      }
      out[label] = { full: median(full), inner: median(inner), bytes: new TextEncoder().encode(text).length };
    }
    const t0 = performance.now();
    api.parse(bigText);
    out['10 MB'] = { full: performance.now() - t0, inner: NaN, bytes: new TextEncoder().encode(bigText).length };
    return out;
  }, { texts: inputs, bigText: big });
  print(`Chromium ${browser.version()} (page: parser ready ${ready.toFixed(0)} ms after navigation start, ${afterLoad.toFixed(0)} ms after the load event; first, cold load ${loads[0].ready.toFixed(0)} ms)`, rows);

  // A large paste on the page, as a user makes it: the text goes into the text area (the
  // browser's own editing cost, reported apart), then the input event starts the worker's
  // parse and the page renders the result. The longest main-thread task says how long the
  // page stopped answering.
  console.log('\npage, large paste (worker)  text area set   input → rendered   parse in worker   longest main-thread task');
  for (const size of [1_000_000, 10_000_000]) {
    const fresh = await browser.newPage();
    await fresh.goto(base);
    await fresh.waitForSelector('body[data-state="parsed"]');
    const r = await fresh.evaluate(async (text) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const input = document.getElementById('input');
      let t0 = performance.now();
      input.value = text;
      void input.scrollHeight;
      await frame();
      const setValue = performance.now() - t0;
      const tasks = [0];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); }).observe({ type: 'longtask' });
      document.body.dataset.state = '';
      t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (document.body.dataset.state !== 'parsed') await new Promise((done) => setTimeout(done, 20));
      await frame();
      const total = performance.now() - t0;
      return { setValue, total, longest: Math.max(...tasks), status: document.getElementById('status').textContent };
    }, big.slice(0, size));
    const parsed = r.status.match(/[\d.]+/);
    console.log(`${(size / 1e6).toFixed(0).padStart(3)} MB ${(r.setValue.toFixed(0) + ' ms').padStart(33)} ${(r.total.toFixed(0) + ' ms').padStart(18)} ${((parsed ? parsed[0] : '?') + ' ms').padStart(17)} ${(r.longest.toFixed(0) + ' ms').padStart(26)}`);
    await fresh.close();
  }
} finally {
  await browser.close();
  server.close();
}
