// Parses off the main thread so a large paste never freezes the page.
import init, { parse } from './pkg/resume_parser.js';
import { EXAMPLE_EN, EXAMPLE_ZH } from './examples.js';

// V8 runs a wasm function on its baseline compiler's code until the function has done enough
// work to be optimised, and a call already running stays on the code it started with. The
// passes that walk the whole text are called once per parse, so the first large parse would
// run them unoptimised: 10 MB took 3.55 s where the next took 2.65 s. One parse of ~100 KB
// at start (about 30 ms) gets them optimised first (10 MB: 3.0 s).
const WARM_UP_SIZE = 100_000;

function warmUp() {
  const pieces = [];
  for (let size = 0, k = 0; size < WARM_UP_SIZE; k++) {
    const piece = k % 2 ? EXAMPLE_ZH : EXAMPLE_EN;
    pieces.push(piece);
    size += piece.length;
  }
  parse(pieces.join('\n\n'));
}

const ready = init().then(warmUp);

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
