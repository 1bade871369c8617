// The page: paste or drop a résumé, parse it in a worker (WebAssembly), show it structured.
// Everything parsed is rendered with textContent: résumé text is never treated as markup,
// and links are made only for http(s), mailto and tel.
import { STRINGS, pickLanguage } from './i18n.js';
import { EXAMPLE_EN, EXAMPLE_ZH } from './examples.js';

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
let parsedText = '';
let timer = 0;

let worker = startWorker();

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
  if (!performance.getEntriesByName('parser-ready').length) performance.mark('parser-ready');
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
  render();
  status.textContent = input.value ? t().parsed(data.ms.toFixed(1)) : '';
  document.body.dataset.state = 'parsed';
}

function t() {
  return STRINGS[lang];
}

function requestParse() {
  latest += 1;
  parsedText = input.value;
  worker.postMessage({ id: latest, text: parsedText });
}

function scheduleParse() {
  clearTimeout(timer);
  // Short texts parse at once; long pastes wait for typing to settle.
  timer = setTimeout(requestParse, input.value.length > 50000 ? 400 : 120);
  clearHighlight();
}

// ---- rendering -------------------------------------------------------------------------

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A link only for schemes that cannot run code; anything else stays text. */
function safeLink(text, href) {
  const h = String(href || '').trim();
  if (/^(https?:\/\/|mailto:|tel:)/i.test(h)) {
    const a = el('a', null, text);
    a.href = h;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    return a;
  }
  return el('span', null, text);
}

function withSpan(node, span) {
  if (span && Number.isInteger(span.start) && Number.isInteger(span.end)) {
    node.dataset.start = span.start;
    node.dataset.end = span.end;
    node.tabIndex = 0;
  }
  return node;
}

function dates(entry, dateKey) {
  const start = dateKey ? entry[dateKey] : entry.startDate;
  const end = entry.current ? t().present : entry.endDate;
  if (!start && !end) return null;
  const box = el('span', 'dates', [start, end].filter(Boolean).join(' – '));
  if (entry.current) box.append(el('span', 'badge', t().current));
  return box;
}

function fieldSpan(basics, field) {
  return (basics.spans || []).find((s) => s.field === field)?.span;
}

function renderBasics(b) {
  const card = el('div', 'card');
  if (b.name) card.append(withSpan(el('h2', null, b.name), fieldSpan(b, 'name')));
  if (b.label) card.append(withSpan(el('p', 'label', b.label), fieldSpan(b, 'label')));
  const list = el('ul');
  const item = (node, span) => {
    const li = el('li');
    li.append(node);
    list.append(withSpan(li, span));
  };
  if (b.email) item(safeLink(b.email, 'mailto:' + b.email), fieldSpan(b, 'email'));
  if (b.phone) item(safeLink(b.phone, 'tel:' + b.phone.replace(/[^\d+]/g, '')), fieldSpan(b, 'phone'));
  if (b.url) item(safeLink(b.url, b.url), fieldSpan(b, 'url'));
  const loc = b.location ? [b.location.address, b.location.city, b.location.region, b.location.countryCode].filter(Boolean).join(', ') : '';
  if (loc) item(el('span', null, loc), fieldSpan(b, 'location'));
  for (const p of b.profiles || []) item(safeLink(`${p.network}: ${p.username || p.url || ''}`, p.url), p.span);
  if (list.childElementCount) card.append(list);
  if (b.summary) card.append(withSpan(el('p', 'summary', b.summary), fieldSpan(b, 'summary')));
  return card;
}

function renderEntry(title, sub, entry, dateKey) {
  const box = withSpan(el('div', 'entry'), entry.span);
  const head = el('div', 'head');
  head.append(el('span', 'title', title || ''));
  const d = dates(entry, dateKey);
  if (d) head.append(d);
  box.append(head);
  if (sub) box.append(el('div', 'sub', sub));
  if (entry.highlights && entry.highlights.length) {
    const ul = el('ul');
    for (const h of entry.highlights) ul.append(el('li', null, h));
    box.append(ul);
  }
  return box;
}

const join = (...parts) => parts.filter(Boolean).join(' · ');

function renderSection(kind, items, build) {
  if (!items || !items.length) return null;
  const section = el('section', 'section');
  section.dataset.kind = kind;
  section.append(el('h2', null, t().sections[kind]));
  for (const item of items) section.append(build(item));
  return section;
}

function render() {
  const r = lastResume || {};
  viewResume.replaceChildren();
  jsonPre.textContent = lastResume ? JSON.stringify(lastResume, null, 2) : '';
  const b = r.basics || {};
  const parts = [
    Object.keys(b).length ? renderBasics(b) : null,
    renderSection('work', r.work, (w) => renderEntry(w.position || w.name, join(w.position ? w.name : null, w.location), w)),
    renderSection('education', r.education, (e) => renderEntry(e.institution, join(e.studyType, e.area, e.score && `${t().gpa}: ${e.score}`), e)),
    renderSection('projects', r.projects, (p) => renderEntry(p.name, p.url, p)),
    renderSection('volunteer', r.volunteer, (v) => renderEntry(v.position || v.organization, v.position ? v.organization : null, v)),
    renderSection('skills', r.skills, (s) => {
      const box = withSpan(el('div', 'entry'), s.span);
      if (s.name) box.append(el('div', 'title', s.level ? `${s.name} (${s.level})` : s.name));
      const chips = el('div', 'chips');
      for (const k of s.keywords || []) chips.append(el('span', 'chip', k));
      box.append(chips);
      return box;
    }),
    renderSection('languages', r.languages, (l) => withSpan(el('div', 'entry', join(l.language, l.fluency)), l.span)),
    renderSection('publications', r.publications, (p) => renderEntry(p.name, p.publisher, p, 'releaseDate')),
    renderSection('awards', r.awards, (a) => renderEntry(a.title, a.awarder, a, 'date')),
    renderSection('certificates', r.certificates, (c) => renderEntry(c.name, c.issuer, c, 'date')),
    renderSection('interests', r.interests, (i) => withSpan(el('div', 'entry', join(i.name, (i.keywords || []).join(', '))), i.span)),
    renderSection('other', (r.meta && r.meta.sections || []).filter((s) => s.kind === 'other'), (s) => {
      const box = withSpan(el('div', 'entry'), s.span);
      box.append(el('div', 'title', s.heading), el('div', 'sub', s.text || ''));
      return box;
    }),
  ].filter(Boolean);
  if (!parts.length) viewResume.append(el('p', 'empty', t().empty));
  viewResume.append(...parts);
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
  const text = jsonPre.textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const range = document.createRange();
    range.selectNodeContents(jsonPre);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.execCommand('copy');
  }
  status.textContent = t().copied;
});

$('download').addEventListener('click', () => {
  const blob = new Blob([jsonPre.textContent || '{}'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'resume.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

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
