// End-to-end tests of the page in Debian's Chromium, driven by playwright-core.
// Every request the page makes is recorded: anything that is not one of the page's own static
// files fails the run. Screenshots go to target/screenshots/ (kept out of git).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const root = new URL('../../', import.meta.url).pathname;
const shots = join(root, 'target', 'screenshots');
// playwright launches Chromium with a fresh temporary profile of its own.
let server, browser, base;
const foreign = [];

before(async () => {
  server = await serve(0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(locale = 'en-US') {
  const context = await browser.newContext({ locale, acceptDownloads: true });
  const page = await context.newPage();
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', async (d) => {
    errors.push('dialog: ' + d.message());
    await d.dismiss();
  });
  await page.goto(base);
  await page.waitForSelector('body[data-state="parsed"]');
  return { page, context, errors };
}

async function paste(page, text) {
  await page.fill('#input', text);
  await page.waitForFunction((expected) => document.querySelector('#json').textContent.length > 0 && document.querySelector('#input').value === expected, text);
  await page.waitForTimeout(250); // debounce + worker round trip
  await page.waitForSelector('body[data-state="parsed"]');
}

const RESUME = `Jordan Lee
Platform Engineer
jordan.lee@example.com | +1 (312) 555-0188

Experience
Northline Freight   Jan 2020 - Present
Senior Platform Engineer
- Moved 80 services to Kubernetes.

Education
University of Illinois   2012 - 2016
BSc Computer Science
`;

test('paste, parse and render fields', async () => {
  const { page, context, errors } = await openPage();
  await paste(page, RESUME);
  const card = await page.textContent('#view-resume');
  assert.match(card, /Jordan Lee/);
  assert.match(card, /Northline Freight/);
  assert.match(card, /2020-01 – Present/);
  assert.match(card, /University of Illinois/);
  const mail = await page.getAttribute('a[href^="mailto:"]', 'href');
  assert.equal(mail, 'mailto:jordan.lee@example.com');
  assert.deepEqual(errors, []);
  await context.close();
});

test('JSON tab shows the document and downloads resume.json', async () => {
  const { page, context } = await openPage();
  await paste(page, RESUME);
  await page.click('#tab-json');
  const json = JSON.parse(await page.textContent('#json'));
  assert.equal(json.basics.name, 'Jordan Lee');
  assert.equal(json.work[0].current, true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), 'resume.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.basics.email, 'jordan.lee@example.com');
  await context.close();
});

test('copy puts the JSON on the clipboard', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-state="parsed"]');
  await paste(page, RESUME);
  await page.click('#tab-json');
  await page.click('#copy');
  await page.waitForFunction(() => document.querySelector('#status').textContent === 'Copied');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.basics.name, 'Jordan Lee');
  await context.close();
});

test('the package entry works from a plain module script, with init()', async () => {
  const { page, context } = await openPage();
  const name = await page.evaluate(async () => {
    const { default: init, parse, version } = await import('./pkg/index.js');
    await init();
    return `${parse('Mina Park\nmina@example.com').basics.name} ${typeof version()}`;
  });
  assert.equal(name, 'Mina Park string');
  await context.close();
});

test('hovering a field highlights its source text', async () => {
  const { page, context } = await openPage();
  await paste(page, RESUME);
  await page.hover('.card h2');
  const marked = await page.textContent('#mirror mark');
  assert.equal(marked, 'Jordan Lee');
  await page.hover('.section[data-kind="work"] .entry');
  const entry = await page.textContent('#mirror mark');
  assert.match(entry, /^Northline Freight/);
  await context.close();
});

test('dropping a file parses it', async () => {
  const { page, context } = await openPage();
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'cv.md', { type: 'text/markdown' }));
    document.querySelector('#editor').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, '# Rosa Diaz\n\nrosa@example.org\n');
  await page.waitForFunction(() => document.querySelector('#view-resume').textContent.includes('Rosa Diaz'));
  await context.close();
});

test('hostile input executes nothing and links only safe schemes', async () => {
  const { page, context, errors } = await openPage();
  await page.evaluate(() => { window.__pwned = false; });
  const hostile = `<script>window.__pwned = true</script>
<img src=x onerror="window.__pwned = true">
Eve <b onmouseover="window.__pwned=true">Mallory</b>
[click me](javascript:window.__pwned=true)
https://github.com/eve
eve@example.com
`;
  await paste(page, hostile);
  await page.hover('#view-resume');
  const pwned = await page.evaluate(() => window.__pwned);
  assert.equal(pwned, false);
  const hrefs = await page.$$eval('#view-resume a', (as) => as.map((a) => a.getAttribute('href')));
  for (const h of hrefs) assert.match(h, /^(https?:|mailto:|tel:)/);
  assert.equal(await page.$$eval('#view-resume script, #view-resume img', (n) => n.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('nothing is stored and the URL does not change', async () => {
  const { page, context } = await openPage();
  await paste(page, RESUME);
  const state = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, href: location.href }));
  assert.deepEqual(state, { local: 0, session: 0, cookie: '', href: base });
  await context.close();
});

test('examples load in both languages, UI follows the browser language, screenshots', async () => {
  const en = await openPage('en-US');
  await en.page.click('#example-en');
  await en.page.waitForFunction(() => document.querySelector('#view-resume').textContent.includes('Harbor Analytics'));
  assert.equal(await en.page.textContent('#tab-resume'), 'Résumé');
  await en.page.screenshot({ path: join(shots, 'page-en.png'), fullPage: true });
  await en.context.close();

  const zh = await openPage('zh-CN');
  assert.equal(await zh.page.textContent('#tab-resume'), '简历');
  await zh.page.click('#example-zh');
  await zh.page.waitForFunction(() => document.querySelector('#view-resume').textContent.includes('远山信息技术有限公司'));
  await zh.page.click('#theme');
  await zh.page.setViewportSize({ width: 390, height: 844 });
  await zh.page.screenshot({ path: join(shots, 'page-zh-phone-dark.png'), fullPage: true });
  await zh.page.click('#lang');
  assert.equal(await zh.page.textContent('#tab-resume'), 'Résumé');
  await zh.context.close();
});

test('a large paste parses in the worker, not on the page', async () => {
  const { page, context } = await openPage();
  const big = RESUME.repeat(4000); // ~1 MB
  // A timer set right after the paste fires before the parse result arrives: the page's own
  // thread is not the one parsing.
  const times = await page.evaluate((text) => new Promise((resolve) => {
    const input = document.querySelector('#input');
    const json = document.querySelector('#json');
    const t0 = performance.now();
    let timerAt = null;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    setTimeout(() => { timerAt = performance.now() - t0; }, 50);
    const poll = setInterval(() => {
      if (json.textContent.length > 100000) {
        clearInterval(poll);
        resolve({ timerAt, resultAt: performance.now() - t0 });
      }
    }, 20);
  }), big);
  assert.ok(times.timerAt !== null && times.timerAt < times.resultAt, JSON.stringify(times));
  assert.match(await page.textContent('#status'), /Parsed/);
  // Thousands of entries: the view builds a few hundred and counts the rest, the JSON view
  // shows a preview, and Download still gives every entry.
  await page.waitForSelector('body[data-state="parsed"]');
  const shown = await page.evaluate(() => {
    const work = document.querySelector('#view-resume section[data-kind="work"]');
    return { entries: work.querySelectorAll(':scope > .entry').length, more: work.querySelector(':scope > .more')?.textContent, json: document.querySelector('#json').textContent };
  });
  assert.equal(shown.entries, 200);
  assert.match(shown.more, /^… and [\d,]+ more/);
  assert.match(shown.json, /the preview stops after [\d,]+ of [\d,]+ characters/);
  assert.ok(shown.json.length < 250000, String(shown.json.length));
  await page.click('#tab-json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.ok(saved.work.length > 1000, String(saved.work.length));
  assert.equal(Number(shown.more.replace(/\D/g, '')), saved.work.length - 200);
  await context.close();
});

test('the page made no request outside its own origin', () => {
  assert.deepEqual(foreign, []);
});
