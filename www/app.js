// The page: paste or drop a résumé, parse it (WebAssembly; large texts in a worker), show it structured.
// Everything parsed is rendered with textContent: résumé text is never treated as markup,
// and links are made only for http(s), mailto and tel.
import { STRINGS, pickLanguage } from './i18n.js';
import { EXAMPLE_EN, EXAMPLE_ZH } from './examples.js';
import { el, renderResume, downloadText } from './render.js';
import { parserReady } from './boot.js';

// Texts up to this many characters are parsed on the page's thread (a typical résumé takes a
// few milliseconds); longer ones go to a worker, so the page stays responsive.
const MAIN_THREAD_LIMIT = 100_000;
// The JSON view shows at most this many characters: the browser takes seconds to lay out a
// <pre> of tens of megabytes. Copy and Download give the whole text.
const JSON_PREVIEW = 200_000;

const $ = (id) => document.getElementById(id);
const input = $('input');
const mirror = $('mirror');
const editor = $('editor');
const status = $('status');
const viewResume = $('view-resume');
const viewJson = $('view-json');
const jsonPre = $('json');

let lang = pickLanguage();
let theme = 'auto';
let latest = 0;
let lastResume = null;
let lastJson = '';
let parsedText = '';
let timer = 0;

// Started on the first paste or file drag (before the browser has even put the text in the
// text area), or else on the first large text.
let worker = null;

// A trap inside WebAssembly leaves that instance unusable; a fresh worker gets a fresh one,
// so one bad input never breaks the next parse.
function startWorker() {
  const w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  w.onmessage = onResult;
  w.onerror = (e) => {
    status.textContent = t().failed + (e.message || 'worker error');
    document.body.dataset.state = 'error';
  };
  return w;
}

function onResult({ data }) {
  if (data.id !== latest) return; // a newer edit is on its way
  if (data.error) {
    status.textContent = t().failed + data.error;
    document.body.dataset.state = 'error';
    if (data.trapped) {
      worker.terminate();
      worker = startWorker();
    }
    return;
  }
  lastResume = data.resume;
  // The worker sends the text too, so that a large result is not stringified on this thread.
  lastJson = data.json || JSON.stringify(data.resume, null, 2);
  render();
  status.textContent = input.value ? t().parsed(data.ms.toFixed(1)) : '';
  document.body.dataset.state = 'parsed';
}

function t() {
  return STRINGS[lang];
}

async function requestParse() {
  latest += 1;
  const id = latest;
  parsedText = input.value;
  if (parsedText.length > MAIN_THREAD_LIMIT) {
    worker = worker || startWorker();
    worker.postMessage({ id, text: parsedText });
    return;
  }
  let parse;
  try {
    parse = await parserReady;
  } catch (error) {
    // The WebAssembly could not be loaded or compiled.
    onResult({ data: { id, error: String(error && error.message ? error.message : error) } });
    return;
  }
  if (id !== latest) return;
  const started = performance.now();
  try {
    // The package's entry starts a fresh instance itself after a trap.
    onResult({ data: { id, resume: parse(parsedText), ms: performance.now() - started } });
  } catch (error) {
    onResult({ data: { id, error: String(error && error.message ? error.message : error) } });
  }
}

function scheduleParse() {
  clearTimeout(timer);
  // Short texts parse at once; long pastes wait for typing to settle.
  timer = setTimeout(requestParse, input.value.length > 50000 ? 400 : 120);
  clearHighlight();
}

// ---- rendering -------------------------------------------------------------------------

function render() {
  if (lastJson.length > JSON_PREVIEW) {
    const cut = Math.max(lastJson.lastIndexOf('\n', JSON_PREVIEW), 0);
    jsonPre.textContent = lastJson.slice(0, cut) + t().jsonCut(cut, lastJson.length);
  } else {
    jsonPre.textContent = lastJson;
  }
  viewResume.replaceChildren(...renderResume(lastResume, t()));
}

// ---- highlighting the source of a field ------------------------------------------------

function clearHighlight() {
  mirror.replaceChildren();
}

function highlight(start, end) {
  const text = input.value;
  if (text !== parsedText || end > text.length) return; // stale spans
  const mark = el('mark', null, text.slice(start, end));
  mirror.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end) + '\n'));
  const top = mark.offsetTop - input.clientHeight / 3;
  input.scrollTop = Math.max(0, top);
  mirror.scrollTop = input.scrollTop;
}

function onPoint(event) {
  const target = event.target.closest && event.target.closest('[data-start]');
  if (!target) return;
  highlight(Number(target.dataset.start), Number(target.dataset.end));
}
viewResume.addEventListener('mouseover', onPoint);
viewResume.addEventListener('focusin', onPoint);
viewResume.addEventListener('mouseleave', clearHighlight);
input.addEventListener('scroll', () => {
  mirror.scrollTop = input.scrollTop;
});

// ---- input: typing, examples, files ----------------------------------------------------

input.addEventListener('input', scheduleParse);

// The worker warms up when it starts (see worker.js); starting it as a paste or a drop begins
// means a large text finds it ready.
function startWorkerAhead() {
  worker = worker || startWorker();
}
input.addEventListener('paste', startWorkerAhead);
editor.addEventListener('dragenter', startWorkerAhead);

function load(text) {
  input.value = text;
  requestParse();
}
$('example-en').addEventListener('click', () => load(EXAMPLE_EN));
$('example-zh').addEventListener('click', () => load(EXAMPLE_ZH));
$('clear').addEventListener('click', () => load(''));

editor.addEventListener('dragover', (e) => {
  e.preventDefault();
  editor.classList.add('dragging');
});
editor.addEventListener('dragleave', () => editor.classList.remove('dragging'));
editor.addEventListener('drop', async (e) => {
  e.preventDefault();
  editor.classList.remove('dragging');
  const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
  if (!file) return;
  try {
    const text = await file.text();
    if (text.includes('\u0000')) throw new Error('binary');
    load(text);
  } catch {
    status.textContent = t().unreadable;
  }
});

// ---- JSON tab --------------------------------------------------------------------------

function selectTab(json) {
  $('tab-resume').setAttribute('aria-selected', String(!json));
  $('tab-json').setAttribute('aria-selected', String(json));
  viewResume.hidden = json;
  viewJson.hidden = !json;
}
$('tab-resume').addEventListener('click', () => selectTab(false));
$('tab-json').addEventListener('click', () => selectTab(true));

$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(lastJson);
  } catch {
    // No clipboard API (an insecure context): copy from a hidden text area, which holds all
    // of it where the preview may not.
    const area = el('textarea');
    area.value = lastJson;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  status.textContent = t().copied;
});

$('download').addEventListener('click', () => downloadText(lastJson || '{}', 'resume.json'));

// ---- language and theme ----------------------------------------------------------------

function applyLanguage() {
  const s = t();
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = s[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = s[node.dataset.i18nPlaceholder];
  $('lang').textContent = s.otherLang;
  document.title = s.title;
  render();
}
$('lang').addEventListener('click', () => {
  lang = lang === 'en' ? 'zh' : 'en';
  applyLanguage();
});
$('theme').addEventListener('click', () => {
  theme = theme === 'auto' ? 'dark' : theme === 'dark' ? 'light' : 'auto';
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
});

applyLanguage();
status.textContent = t().loading;
document.body.dataset.state = 'ready';
requestParse();
