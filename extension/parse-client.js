// Parses in a worker (the page's worker.js) so a long text never blocks the extension's UI.
// One worker per request: a trap inside WebAssembly cannot leave a broken instance behind.
export function parseInWorker(text) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = ({ data }) => {
      done();
      if (data.error) reject(new Error(data.error));
      else resolve({ resume: data.resume, ms: data.ms });
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'worker error'));
    };
    worker.postMessage({ id: 1, text });
  });
}
