// Renders a parsed résumé as DOM nodes. Shared by the page and the browser extension: one
// implementation, two hosts. Every value from the résumé goes in with textContent, never as
// markup, and links are made only for http(s), mailto and tel.

export function el(tag, className, text) {
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
  for (const p of b.profiles || []) item(safeLink([p.network, p.username || p.url].filter(Boolean).join(': '), p.url), p.span);
  if (list.childElementCount) card.append(list);
  if (b.summary) card.append(withSpan(el('p', 'summary', b.summary), fieldSpan(b, 'summary')));
  return card;
}

const join = (...parts) => parts.filter(Boolean).join(' · ');

// A text of megabytes can hold tens of thousands of entries; building a node for each would
// freeze the page for seconds. Past these counts a line says how many more there are (the
// JSON has them all).
const MAX_ITEMS = 200;
const MAX_LIST = 100;

/** The first `max` of `items`, built, and a line that counts the rest. */
function capped(items, max, build, more) {
  const nodes = items.slice(0, max).map(build);
  if (items.length > max) nodes.push(more(items.length - max));
  return nodes;
}

/**
 * The résumé as a list of nodes (basics card, then one section per non-empty part).
 * `strings` is one language of i18n.js's STRINGS.
 */
export function renderResume(resume, strings) {
  const r = resume || {};
  const b = r.basics || {};
  const parts = [
    Object.keys(b).length ? renderBasics(b) : null,
    renderSection('work', r.work, (w) => renderEntry(w.position || w.name, join(w.position ? w.name : null, w.location), w)),
    renderSection('education', r.education, (e) => renderEntry(e.institution, join(e.studyType, e.area, e.score && `${strings.gpa}: ${e.score}`), e)),
    renderSection('projects', r.projects, (p) => renderEntry(p.name, p.url, p)),
    renderSection('volunteer', r.volunteer, (v) => renderEntry(v.position || v.organization, v.position ? v.organization : null, v)),
    renderSection('skills', r.skills, (s) => {
      const box = withSpan(el('div', 'entry'), s.span);
      if (s.name) box.append(el('div', 'title', s.level ? `${s.name} (${s.level})` : s.name));
      const chips = el('div', 'chips');
      chips.append(...capped(s.keywords || [], MAX_LIST, (k) => el('span', 'chip', k), (n) => el('span', 'chip more', strings.more(n))));
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
  return parts.length ? parts : [el('p', 'empty', strings.empty)];

  // Helpers that need the language's strings.
  function dates(entry, dateKey) {
    const start = dateKey ? entry[dateKey] : entry.startDate;
    const end = entry.current ? strings.present : entry.endDate;
    if (!start && !end) return null;
    const box = el('span', 'dates', [start, end].filter(Boolean).join(' – '));
    if (entry.current) box.append(el('span', 'badge', strings.current));
    return box;
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
      ul.append(...capped(entry.highlights, MAX_LIST, (h) => el('li', null, h), (n) => el('li', 'more', strings.more(n))));
      box.append(ul);
    }
    return box;
  }

  function renderSection(kind, items, build) {
    if (!items || !items.length) return null;
    const section = el('section', 'section');
    section.dataset.kind = kind;
    section.append(el('h2', null, strings.sections[kind]));
    section.append(...capped(items, MAX_ITEMS, build, (n) => el('p', 'more', strings.more(n))));
    return section;
  }
}

/** Saves `text` as a file through a temporary object URL (no network involved). */
export function downloadText(text, filename) {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
