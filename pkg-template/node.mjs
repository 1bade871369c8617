// Node's ESM entry: the wasm is loaded synchronously by the CommonJS glue, so there is no
// init step; `init` exists (and does nothing) so code written for the browser runs unchanged.
import glue from './node/resume_parser.js';

export const parse = glue.parse;
export const version = glue.version;
export const benchParse = glue.benchParse;
export default async function init() {}
