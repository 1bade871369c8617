// The result page: reads the text of the tab the user asked about (its visible text, or the
// selection), parses it in a worker, shows the résumé and its JSON.
import { $, strings, applyStrings, parseAndShow } from './ui.js';

const api = globalThis.browser ?? globalThis.chrome;
const params = new URLSearchParams(location.search);

// These two run inside the tab, so they must not use anything from this module.
function visibleText() {
  return document.body ? document.body.innerText : document.documentElement.innerText;
}
function selectedText() {
  return String(getSelection());
}

async function readText() {
  const source = params.get('source');
  const tabId = Number(params.get('tab'));
  let text = '';
  let failure = null;
  if (Number.isInteger(tabId)) {
    try {
      const [injection] = await api.scripting.executeScript({ target: { tabId }, func: source === 'page' ? visibleText : selectedText });
      text = injection && typeof injection.result === 'string' ? injection.result : '';
    } catch (error) {
      failure = error;
    }
  }
  if (source === 'selection') {
    // Always take the menu's copy, so the background forgets it; use it if the tab gave nothing.
    const reply = await api.runtime.sendMessage({ type: 'take-selection', key: params.get('key') });
    if (!text.trim() && reply && reply.text) text = reply.text;
  }
  if (!text.trim() && failure) throw failure;
  return text;
}

applyStrings();
$('status').textContent = strings.reading;
try {
  const text = await readText();
  $('source').textContent = text;
  if (!text.trim()) {
    $('status').textContent = strings.nothingRead;
    document.body.dataset.state = 'empty';
  } else {
    await parseAndShow(text);
  }
} catch (error) {
  $('status').textContent = strings.readFailed + (error && error.message ? error.message : error);
  document.body.dataset.state = 'error';
}
