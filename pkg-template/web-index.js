// Browser and bundler entry. A Rust panic traps the WebAssembly instance and leaves it
// unusable, so after a trap this wrapper starts a new instance from the module already
// compiled (synchronously) before rethrowing: the next call works. The parser is tested and
// fuzzed never to panic; this is the safety net.
import init, { initSync, parse as rawParse, version as rawVersion, benchParse as rawBenchParse, __panicForTests as rawPanic, __resume_parser_restart } from './resume_parser.js';

function recovering(call) {
  return (...args) => {
    try {
      return call(...args);
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) __resume_parser_restart();
      throw error;
    }
  };
}

export const parse = recovering(rawParse);
export const version = recovering(rawVersion);
export const benchParse = recovering(rawBenchParse);
/** Panics on purpose, for the recovery tests. */
export const __panicForTests = recovering(rawPanic);
export { initSync };
export default init;
