// What the popup and the result page share: UI strings and the parse → render → JSON step.
import { STRINGS, pickLanguage } from './i18n.js';
import { renderResume, downloadText } from './render.js';
import { parseInWorker } from './parse-client.js';

export const strings = STRINGS[pickLanguage()];
export const $ = (id) => document.getElementById(id);

export function applyStrings() {
  document.documentElement.lang = strings === STRINGS.zh ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = strings[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = strings[node.dataset.i18nPlaceholder];
}

/** Parses `text`, renders it into #view-resume, and wires the JSON copy and download buttons. */
export async function parseAndShow(text) {
  const status = $('status');
  status.textContent = strings.loading;
  document.body.dataset.state = 'parsing';
  try {
    const { resume, ms } = await parseInWorker(text);
    const json = JSON.stringify(resume, null, 2);
    $('view-resume').replaceChildren(...renderResume(resume, strings));
    if ($('json')) $('json').textContent = json;
    for (const id of ['copy', 'download']) $(id).disabled = false;
    $('copy').onclick = async () => {
      await navigator.clipboard.writeText(json);
      status.textContent = strings.copied;
    };
    $('download').onclick = () => downloadText(json, 'resume.json');
    status.textContent = strings.parsed(ms.toFixed(1));
    document.body.dataset.state = 'parsed';
  } catch (error) {
    status.textContent = strings.failed + error.message;
    document.body.dataset.state = 'error';
  }
}
