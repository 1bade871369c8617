// Gets the parser ready as early as the page allows. This module runs as soon as it and the
// package have loaded (it is `async` in index.html, not waiting for app.js and its imports),
// and the WebAssembly is preloaded by index.html, so it compiles while the rest of the page
// still loads. Ordinary résumés are parsed here on the page's thread (a few milliseconds);
// app.js sends large texts to a worker so that the page never freezes.
import init, { parse } from './pkg/index.js';

export const parserReady = init().then(() => {
  performance.mark('parser-ready');
  return parse;
});
