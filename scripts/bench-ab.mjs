// Usage: node scripts/bench-ab.mjs DIR_A DIR_B [ROUNDS]   (e.g. an older checkout's pkg/web and this one's)
// Each DIR holds a web build (resume_parser.js and resume_parser_bg.wasm, as in pkg/web/).
// Loads both builds into one headless Chromium page and times the parse inside wasm (typical
// English and Chinese résumés, 10 MB) alternately A, B, B, A ...: on a shared machine whose speed
// drifts within minutes, only builds timed side by side like this can be compared.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EN, ZH, grow } from './bench-inputs.mjs';
const root = new URL('../', import.meta.url).pathname;
const require = createRequire(root + 'package.json');
const { chromium } = require('playwright-core');
const [A, B, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg || 7);
const inputs = { en: grow(EN, 5000), zh: grow(ZH, 5000), big: grow([...EN, ...ZH], 10_000_000) };
const page = `<!doctype html><meta charset=utf-8><script type=module>
import initA, * as a from '/a/resume_parser.js'; import initB, * as b from '/b/resume_parser.js';
await initA(); await initB(); window.builds = { a, b }; window.ready = true;</script>`;
const server = createServer((req, res) => {
  const u = new URL(req.url, 'http://x').pathname;
  if (u === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  if (u === '/inputs.json') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(inputs));
  const dir = u.startsWith('/a/') ? A : u.startsWith('/b/') ? B : null;
  const name = u.slice(3);
  if (!dir || !['resume_parser.js', 'resume_parser_bg.wasm'].includes(name)) return res.writeHead(404).end();
  const file = dir + '/' + name;
  res.writeHead(200, { 'Content-Type': file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' }).end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.on('listening', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
try {
  const p = await browser.newPage();
  await p.goto(`http://127.0.0.1:${server.address().port}/`);
  await p.waitForFunction(() => window.ready);
  const r = await p.evaluate(async (rounds) => {
    const inputs = await (await fetch('/inputs.json')).json();
    const med = (xs) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const out = { a: { en: [], zh: [], big: [] }, b: { en: [], zh: [], big: [] } };
    for (const k of ['a', 'b']) for (const l of ['en', 'zh']) window.builds[k].benchParse(inputs[l], 100);
    for (const k of ['a', 'b']) window.builds[k].benchParse(inputs.en.repeat(20), 1);
    for (let i = 0; i < rounds; i++) for (const k of (i % 2 ? ['b', 'a'] : ['a', 'b'])) {
      for (const l of ['en', 'zh']) { const t0 = performance.now(); window.builds[k].benchParse(inputs[l], 40); out[k][l].push((performance.now() - t0) / 40); }
      if (i < 3) { const t0 = performance.now(); window.builds[k].benchParse(inputs.big, 1); out[k].big.push(performance.now() - t0); }
    }
    const res = {};
    for (const k of ['a', 'b']) res[k] = { en: med(out[k].en), zh: med(out[k].zh), big: med(out[k].big) };
    return res;
  }, rounds);
  console.log(`Chromium ${browser.version()}, medians (typical: ms per parse inside wasm; 10 MB: ms)`);
  for (const k of ['a', 'b']) console.log(`${k === 'a' ? 'A' : 'B'} ${k === 'a' ? A : B}: en ${r[k].en.toFixed(3)}  zh ${r[k].zh.toFixed(3)}  10MB ${r[k].big.toFixed(0)}`);
} finally { await browser.close(); server.close(); }
