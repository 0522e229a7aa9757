#!/usr/bin/env node
// The engine's layers, checked: every `#include "stage/..."` in engine/ must
// point at its own stage or one below it in the pipeline.
//
// The folders name the pipeline (README, Layout); this check makes the
// includes keep it, so that a convenient include up the pipeline (the checker
// reaching into the interpreter, the trace reaching into the API) fails the
// suite instead of quietly tangling the stages. One test per engine file;
// ends with "N passed, M failed" like every suite.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINE = path.join(ROOT, 'engine');

// Lowest first. cli and wasm are the two front ends: both at the top, and
// neither may include the other.
const ORDER = ['base', 'diag', 'syntax', 'trace', 'fmt', 'check', 'run', 'show', 'api', ['cli', 'wasm']];
const rank = new Map();
ORDER.forEach((entry, i) => [entry].flat().forEach((name) => rank.set(name, i)));

function engineFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return engineFiles(p);
    return /\.(h|cpp|def)$/.test(e.name) ? [p] : [];
  });
}

let passed = 0, failed = 0;
for (const file of engineFiles(ENGINE).sort()) {
  const rel = path.relative(ENGINE, file);
  const stage = rel.split(path.sep)[0];
  const problems = [];
  if (!rank.has(stage)) problems.push(`engine/${stage}/ is not a known stage; add it to ORDER in tests/layers/check.mjs`);
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const m = /^\s*#\s*include\s+"([^"/]+)\//.exec(line);
    if (!m) return;
    const target = m[1];
    if (!rank.has(target)) problems.push(`line ${i + 1}: includes "${target}/", which is not a stage`);
    else if (target !== stage && rank.get(target) >= rank.get(stage))
      problems.push(`line ${i + 1}: ${stage}/ includes ${target}/, which is not below it (${line.trim()})`);
  });
  if (problems.length) {
    failed++;
    console.log(`FAIL engine/${rel}`);
    for (const p of problems) console.log(`  ${p}`);
  } else passed++;
}
console.log(`layers: ${ORDER.map((e) => [e].flat().join('|')).join(' < ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
