// The toolbar popup: paste and parse, or open the result page for the current tab.
import { $, applyStrings, parseAndShow } from './ui.js';

const api = globalThis.browser ?? globalThis.chrome;
applyStrings();

$('parse').addEventListener('click', () => parseAndShow($('input').value));

// Clicking the toolbar button granted activeTab for this tab: the result page uses it to
// read the page's visible text, once.
$('parse-page').addEventListener('click', async () => {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab || !Number.isInteger(tab.id)) return;
  const params = new URLSearchParams({ source: 'page', tab: String(tab.id) });
  await api.tabs.create({ url: api.runtime.getURL(`result.html?${params}`) });
  window.close();
});
