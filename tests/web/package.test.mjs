// The built npm package (pkg/), used the way consumers use it: by name, from ESM and CommonJS,
// with its TypeScript types, and bundled by Vite for the browser.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const work = join(root, 'target', 'package-tests');

/** A throwaway project with node_modules/resume-parser -> pkg/. */
function project(name) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(join(root, 'pkg'), join(dir, 'node_modules', 'resume-parser'), 'dir');
  return dir;
}

const SAMPLE = 'Ana Silva\nana@example.com\n\nExperience\nAcme   2020 - Present\nEngineer\n- Shipped things\n';

before(() => {
  assert.ok(existsSync(join(root, 'pkg', 'package.json')), 'run scripts/build.sh first');
});

test('ESM import by package name, no init step', () => {
  const dir = project('esm');
  writeFileSync(join(dir, 'main.mjs'), `import init, { parse, version } from 'resume-parser';
await init();
const r = parse(${JSON.stringify(SAMPLE)});
console.log(JSON.stringify({ name: r.basics.name, current: r.work[0].current, version: version() }));`);
  const out = JSON.parse(execFileSync('node', ['main.mjs'], { cwd: dir, encoding: 'utf8' }));
  assert.deepEqual(out, { name: 'Ana Silva', current: true, version: JSON.parse(readFileSync(join(root, 'pkg', 'package.json'))).version });
});

test('CommonJS require by package name', () => {
  const dir = project('cjs');
  writeFileSync(join(dir, 'main.cjs'), `const { parse } = require('resume-parser');
const r = parse(${JSON.stringify(SAMPLE)});
console.log(r.basics.email);`);
  assert.equal(execFileSync('node', ['main.cjs'], { cwd: dir, encoding: 'utf8' }).trim(), 'ana@example.com');
});

test('spans are UTF-16 offsets by default and bytes on request', async () => {
  const { parse } = await import(join(root, 'pkg', 'node.mjs'));
  const text = '张伟\nzhang@example.com\n';
  const r16 = parse(text);
  const email = r16.basics.spans.find((s) => s.field === 'email').span;
  assert.equal(text.slice(email.start, email.end), 'zhang@example.com');
  const r8 = parse(text, { spanUnits: 'utf8' });
  assert.equal(r8.basics.spans.find((s) => s.field === 'email').span.start, Buffer.byteLength('张伟\n'));
});

test('bad arguments throw errors with a message, and the next call still works', async () => {
  const { parse } = await import(join(root, 'pkg', 'node.mjs'));
  assert.throws(() => parse(42), /text must be a string/);
  assert.throws(() => parse('x', { spanUnits: 'bytes' }), /spanUnits/);
  assert.equal(parse(SAMPLE).basics.name, 'Ana Silva');
});

test('a trap inside WebAssembly does not break the next call (Node ESM and CommonJS)', async () => {
  const esm = await import(join(root, 'pkg', 'node.mjs'));
  assert.throws(() => esm.__panicForTests(), WebAssembly.RuntimeError);
  assert.equal(esm.parse(SAMPLE).basics.name, 'Ana Silva');
  const dir = project('cjs-trap');
  writeFileSync(join(dir, 'main.cjs'), `const rp = require('resume-parser');
try { rp.__panicForTests(); } catch (e) { if (!(e instanceof WebAssembly.RuntimeError)) throw e; }
console.log(rp.parse(${JSON.stringify(SAMPLE)}).basics.email);`);
  assert.equal(execFileSync('node', ['main.cjs'], { cwd: dir, encoding: 'utf8' }).trim(), 'ana@example.com');
});

test('a trap does not break the next call in the browser build either', async () => {
  const web = await import(join(root, 'pkg', 'web', 'index.js'));
  web.initSync({ module: readFileSync(join(root, 'pkg', 'web', 'resume_parser_bg.wasm')) });
  assert.equal(web.parse(SAMPLE).basics.name, 'Ana Silva');
  assert.throws(() => web.__panicForTests(), WebAssembly.RuntimeError);
  assert.equal(web.parse(SAMPLE).basics.name, 'Ana Silva');
  assert.throws(() => web.__panicForTests(), WebAssembly.RuntimeError);
  assert.equal(web.parse(SAMPLE).work[0].current, true);
});

test('TypeScript consumer compiles against the declared types', () => {
  const dir = project('ts');
  cpSync(join(root, 'tests', 'web', 'ts-consumer'), dir, { recursive: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync('node', [tsc, '-p', dir], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
});

test('Vite bundles a browser app that imports the package', () => {
  const dir = project('vite');
  cpSync(join(root, 'tests', 'web', 'vite-app'), dir, { recursive: true });
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync('node', [vite, 'build', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  const assets = readdirSync(join(dir, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm in ${assets}`);
  assert.ok(assets.some((f) => f.endsWith('.js')), `no .js in ${assets}`);
});
