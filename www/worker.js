// Parses off the main thread so a large paste never freezes the page.
import init, { parse } from './pkg/resume_parser.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    const started = performance.now();
    const resume = parse(text);
    self.postMessage({ id, resume, ms: performance.now() - started });
  } catch (error) {
    // A RuntimeError is a trap in the wasm instance: the page replaces this worker.
    const trapped = error instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, error: String(error && error.message ? error.message : error), trapped });
  }
};
