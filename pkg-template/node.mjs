// Node's ESM entry: the wasm is loaded synchronously by the CommonJS glue, so there is no
// init step; `init` exists (and does nothing) so code written for the browser runs unchanged.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const recovering = require('./node/index.cjs');

export const parse = recovering.parse;
export const version = recovering.version;
export const benchParse = recovering.benchParse;
export const __panicForTests = recovering.__panicForTests;
export default async function init() {}
