// Background of the extension: the "Parse selected text as résumé" context-menu entry.
// It reads nothing itself; it opens the result page for the tab the user clicked in. The
// selection as the menu reports it (without line breaks) is held in memory only until that
// page takes it, as a fallback for pages scripts cannot reach (the built-in PDF viewer).
const api = globalThis.browser ?? globalThis.chrome;
const MENU_ID = 'parse-selection';
const pending = new Map();

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: MENU_ID, title: 'Parse selected text as résumé', contexts: ['selection'] });
});

function onMenuClick(info, tab) {
  if (info.menuItemId !== MENU_ID) return;
  const key = crypto.randomUUID();
  pending.set(key, info.selectionText || '');
  const params = new URLSearchParams({ source: 'selection', key });
  if (tab && Number.isInteger(tab.id) && tab.id >= 0) params.set('tab', String(tab.id));
  api.tabs.create({ url: api.runtime.getURL(`result.html?${params}`) });
}
api.contextMenus.onClicked.addListener(onMenuClick);
// Reachable from the worker's console (and the tests), which cannot click a context menu.
globalThis.onMenuClick = onMenuClick;

api.runtime.onMessage.addListener((message, sender, reply) => {
  // Only the extension's own pages may take a pending selection.
  if (sender.id !== api.runtime.id || !String(sender.url || '').startsWith(api.runtime.getURL(''))) return;
  if (message && message.type === 'take-selection') {
    const text = pending.get(message.key) ?? '';
    pending.delete(message.key);
    reply({ text });
  }
});
