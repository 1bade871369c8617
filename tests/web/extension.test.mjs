// The browser extension (dist/extension, built by scripts/build-extension.sh): a static check
// of what it may do, then the unpacked extension loaded into Debian's Chromium in the new
// headless mode. Chromium is started by hand with a DevTools port (for Playwright) and a
// DevTools pipe: the browser-level `Extensions.triggerAction` presses the toolbar button, which
// is what grants `activeTab` (the tests check that the page cannot be read before it), and
// Chromium before 150 takes the Extensions domain only over the pipe.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist/extension');

const RESUME_HTML = `<!doctype html><meta charset="utf-8"><title>Profile</title>
<main>
  <h1>Ingrid Solberg</h1>
  <p>Data Engineer</p>
  <p>ingrid.solberg@example.no · +47 912 34 567</p>
  <h2>Experience</h2>
  <p><b>Fjordline Analytics</b></p>
  <p>Data Engineer</p>
  <p>2021 - Present</p>
  <ul><li>Built the nightly loads of shipping data.</li></ul>
  <h2>Education</h2>
  <p>University of Bergen</p>
  <p>BSc in Computer Science</p>
  <p>2016 - 2019</p>
</main>`;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('manifest asks for activeTab, scripting and a context menu only, with a wasm-only CSP', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'scripting']);
  for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources', 'update_url']) {
    assert.equal(manifest[key], undefined, `${key} must not be present`);
  }
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  // Everything it runs is in the folder: no remote scripts, no remote wasm.
  const all = files(dist).map((p) => p.slice(dist.length + 1));
  assert.ok(all.includes('pkg/resume_parser_bg.wasm'));
  for (const path of all.filter((p) => /\.(html|js)$/.test(p))) {
    const text = readFileSync(join(dist, path), 'utf8');
    assert.doesNotMatch(text, /<script[^>]+src=["']?(https?:)?\/\//i, path);
    assert.doesNotMatch(text, /importScripts\(|new WebSocket|XMLHttpRequest|sendBeacon/, path);
    for (const m of text.matchAll(/fetch\(([^)]*)\)/g)) assert.doesNotMatch(m[1], /https?:/, `${path}: ${m[0]}`);
  }
});

let chrome, browser, context, server, pageUrl, extensionId, worker, profile, pipe;

// A DevTools client over `--remote-debugging-pipe`: JSON messages ended by NUL, commands
// written to the browser's fd 3, replies read from its fd 4.
function pipeClient(input, output) {
  let nextId = 1;
  let pending = '';
  const waiting = new Map();
  output.on('data', (chunk) => {
    pending += chunk;
    let end;
    while ((end = pending.indexOf('\0')) >= 0) {
      const message = JSON.parse(pending.slice(0, end));
      pending = pending.slice(end + 1);
      const reply = waiting.get(message.id);
      if (!reply) continue;
      waiting.delete(message.id);
      if (message.error) reply.reject(new Error(`${message.error.message} (${message.error.code})`));
      else reply.resolve(message.result);
    }
  });
  return {
    send(method, params = {}) {
      const id = nextId++;
      input.write(JSON.stringify({ id, method, params }) + '\0');
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    },
  };
}

test.before(async () => {
  server = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(RESUME_HTML);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${server.address().port}/profile.html`;
  profile = mkdtempSync(join(tmpdir(), 'resume-parser-ext-'));
  chrome = spawn('/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--no-first-run', '--no-default-browser-check', '--disable-gpu',
    `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--remote-debugging-pipe',
    `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--enable-unsafe-extension-debugging',
    'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true }); // its own process group, for cleanup
  pipe = pipeClient(chrome.stdio[3], chrome.stdio[4]);
  const endpoint = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30000);
    chrome.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  browser = await chromium.connectOverCDP(endpoint);
  context = browser.contexts()[0];
  worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await context.waitForEvent('serviceworker', { timeout: 30000 });
  extensionId = new URL(worker.url()).host;
});

test.after(async () => {
  await browser?.close().catch(() => {});
  if (chrome && chrome.exitCode === null) {
    const exited = new Promise((resolve) => chrome.once('exit', resolve));
    // The whole group: Chromium's helper processes keep writing to the profile otherwise.
    try { process.kill(-chrome.pid, 'SIGTERM'); } catch { chrome.kill(); }
    await exited;
  }
  server?.close();
  // A helper that outlives the browser can still hold the profile: removing it is best effort.
  if (profile) {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`could not remove ${profile}: ${error.message}`);
    }
  }
});

async function openResumeTab() {
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  return { page, tabId };
}

async function pressToolbarButton(page) {
  const { targetInfos } = await pipe.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  assert.ok(tab, 'the résumé tab is a tab target');
  await pipe.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
}

async function settled(page) {
  await page.waitForSelector('body[data-state=parsed], body[data-state=error], body[data-state=empty]', { timeout: 30000 });
  return page.getAttribute('body', 'data-state');
}

test('the popup parses pasted text with the page\'s rendering', async () => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.fill('#input', 'Kaito Mori\nkaito.mori@example.jp\n\nExperience\nHoshi Robotics\nFirmware Engineer\n2019 - 2023\n- Wrote the motor controller.');
  await popup.click('#parse');
  assert.equal(await settled(popup), 'parsed');
  const shown = await popup.textContent('#view-resume');
  assert.match(shown, /Kaito Mori/);
  assert.match(shown, /Hoshi Robotics/);
  assert.equal(await popup.isEnabled('#copy'), true);
  await popup.close();
});

test('"Parse this page" reads the tab only after the toolbar button is pressed', async () => {
  const { page, tabId } = await openResumeTab();
  assert.ok(Number.isInteger(tabId));
  const resultUrl = `chrome-extension://${extensionId}/result.html?source=page&tab=${tabId}`;

  // Without the user's click there is no access: a clear error, nothing read.
  const refused = await context.newPage();
  await refused.goto(resultUrl);
  assert.equal(await settled(refused), 'error');
  assert.match(await refused.textContent('#status'), /Could not read/);
  await refused.close();

  await page.bringToFront();
  await pressToolbarButton(page);
  const result = await context.newPage();
  await result.goto(resultUrl);
  assert.equal(await settled(result), 'parsed');
  const shown = await result.textContent('#view-resume');
  assert.match(shown, /Ingrid Solberg/);
  assert.match(shown, /Fjordline Analytics/);
  assert.match(shown, /University of Bergen/);
  const json = JSON.parse(await result.textContent('#json'));
  assert.equal(json.basics.name, 'Ingrid Solberg');
  assert.equal(json.basics.email, 'ingrid.solberg@example.no');
  assert.equal(json.work[0].current, true);
  await result.close();
  await page.close();
});

test('"Parse selected text as résumé" opens the result of the selection only', async () => {
  const { page, tabId } = await openResumeTab();
  // Select the header and the experience, not the education.
  await page.evaluate(() => {
    const range = document.createRange();
    range.setStartBefore(document.querySelector('h1'));
    range.setEndAfter(document.querySelector('ul'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  // A context-menu click grants activeTab like the toolbar button; the menu's handler then
  // opens the result page for that tab.
  await pressToolbarButton(page);
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/result.html?source=selection') });
  await worker.evaluate(({ tabId }) => globalThis.onMenuClick({ menuItemId: 'parse-selection', selectionText: 'Ingrid Solberg' }, { id: tabId }), { tabId });
  const result = await opened;
  assert.equal(await settled(result), 'parsed');
  const source = await result.textContent('#source');
  assert.match(source, /Fjordline Analytics/);
  assert.doesNotMatch(source, /University of Bergen/);
  const json = JSON.parse(await result.textContent('#json'));
  assert.equal(json.basics.name, 'Ingrid Solberg');
  assert.equal(json.education, undefined);
  await result.close();
  await page.close();
});
