// Node's CommonJS entry. A trap inside WebAssembly (a Rust panic; the parser is tested never
// to panic) leaves that instance unusable, so after one the glue is loaded afresh and the next
// call gets a new instance.
'use strict';
const path = require.resolve('./resume_parser.js');
let glue = require(path);

function guarded(name) {
  return (...args) => {
    try {
      return glue[name](...args);
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) {
        delete require.cache[path];
        glue = require(path);
      }
      throw error;
    }
  };
}

exports.parse = guarded('parse');
exports.version = guarded('version');
exports.benchParse = guarded('benchParse');
exports.__panicForTests = guarded('__panicForTests');
