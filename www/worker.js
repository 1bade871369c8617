// Parses off the main thread so a large paste never freezes the page.
import init, { parse } from './pkg/resume_parser.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    const started = performance.now();
    const resume = parse(text);
    const ms = performance.now() - started;
    // Stringified here, off the page's thread: for a text of megabytes it takes a while.
    self.postMessage({ id, resume, json: JSON.stringify(resume, null, 2), ms });
  } catch (error) {
    // A RuntimeError is a trap in the wasm instance: the page replaces this worker.
    const trapped = error instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, error: String(error && error.message ? error.message : error), trapped });
  }
};
