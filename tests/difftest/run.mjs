#!/usr/bin/env node
// Differential testing against rustc: generate N programs from a seed (one
// in four a mutant rustc should reject), run each through rustc and through
// the engine, and compare exit status, stdout, panic message and location,
// the allocation log, and for rejected programs the error code and primary
// line:col. A divergence is written to build/difftest/divergences/KIND-SEED/
// (the program, both results, the first difference) and reduced to a small
// program that still diverges the same way.
//
//   node tests/difftest/run.mjs [N] [--seed S] [--jobs J] [--pending] [--no-reduce]
//                               [--only SEED] [--engine PATH] [--quiet]
//
// --pending also generates the constructs of known divergences
// (features/index.mjs PENDING). Ends with "N passed, M failed".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRustc } from '../rustc-oracle.mjs';
import { RISKY } from './features/ints.mjs';
import { generate } from './gen.mjs';
import { mutate } from './mutate.mjs';
import { Oracle, compare } from './oracle.mjs';
import { reduce } from './reduce.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'build', 'difftest', 'divergences');

const opts = { n: 200, seed: 1, jobs: 2, pending: false, reduce: true, only: null, quiet: false,
               engine: path.join(ROOT, 'build', 'native', 'stack-heap') };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') opts.seed = parseInt(argv[++i], 10);
    else if (a === '--jobs') opts.jobs = Math.max(1, parseInt(argv[++i], 10) || 1);
    else if (a === '--pending') opts.pending = true;
    else if (a === '--no-reduce') opts.reduce = false;
    else if (a === '--only') opts.only = parseInt(argv[++i], 10);
    else if (a === '--engine') opts.engine = path.resolve(argv[++i]);
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: scripts/difftest [N] [--seed S] [--jobs J] [--pending] [--no-reduce] [--only SEED] [--engine PATH] [--quiet]');
      process.exit(0);
    } else if (/^\d+$/.test(a)) opts.n = parseInt(a, 10);
    else { console.error(`unknown argument ${a}`); process.exit(2); }
  }
}

// Program i of a campaign with seed S has its own seed, so `--only` reruns one.
// Whether rustc rejected a program with its overflow lint on a line the
// generator wrote unmasked on purpose (features/ints.mjs, `risky`).
function lintOnRiskyLine(p, r) {
  const d = r.diags?.[0];
  if (!d || (d.lint !== 'arithmetic_overflow' && d.lint !== 'unconditional_panic')) return false;
  return p.source.split('\n')[d.line - 1]?.endsWith(RISKY) ?? false;
}

const programSeed = (s, i) => (s * 1000003 + i) >>> 0;
const isMutant = (seed) => seed % 4 === 3;

function make(seed) {
  const p = generate(seed, { pending: opts.pending });
  if (!isMutant(seed)) return { seed, source: p.source, mutant: null, features: p.features };
  const m = mutate(p, seed);
  return m ? { seed, source: m.source, mutant: m.mutation, features: p.features }
           : { seed, source: p.source, mutant: null, features: p.features };
}

// What a reduction must keep: the kind of divergence and, for rejected
// programs, the error codes on both sides, so that shrinking does not slide
// into another bug of the same kind (a brace deleted, another error).
function signature(rustc, engine) {
  const d = compare(rustc, engine);
  if (!d) return null;
  const code = (r) => (r?.compiled === false ? (r.diags?.[0]?.code ?? r.diags?.[0]?.lint ?? r.diags?.[0]?.message ?? '-') : '');
  return `${d.kind} ${code(rustc)} ${code(engine)}`;
}

async function main() {
  const rustc = findRustc();
  if (!rustc) { console.log('rustc not found'); console.log('0 passed, 1 failed'); process.exit(1); }
  if (!fs.existsSync(opts.engine)) { console.log(`no engine at ${opts.engine}`); console.log('0 passed, 1 failed'); process.exit(1); }
  const oracle = new Oracle({ root: ROOT, rustc, engine: opts.engine, jobs: opts.jobs });
  const start = Date.now();
  const seeds = opts.only !== null ? [opts.only] : Array.from({ length: opts.n }, (_, i) => programSeed(opts.seed, i));
  const programs = seeds.map(make);
  const sources = programs.map((p) => p.source);
  const [rustcOut, engineOut] = [await oracle.rustcResults(sources), await oracle.engineResults(sources)];
  const elapsed = (Date.now() - start) / 1000;

  const failures = [];
  const tally = { valid: 0, mutants: 0, rustcRejected: 0, rejectedValid: 0, riskyLinted: 0, panicked: 0, mutantsAccepted: 0 };
  programs.forEach((p, i) => {
    const r = rustcOut[i];
    if (p.mutant) tally.mutants++; else tally.valid++;
    if (!r.compiled) {
      tally.rustcRejected++;
      if (!p.mutant && lintOnRiskyLine(p, r)) tally.riskyLinted++;
      else if (!p.mutant) {
        tally.rejectedValid++;
        const d = r.diags[0];
        console.log(`GEN  seed ${p.seed}: rustc rejects a generated program (a generator bug): ${d ? `${d.code ?? d.lint ?? ''} at ${d.line}:${d.col} ${d.message}` : r.batchError?.slice(0, 200)}`);
      }
    }
    else if (p.mutant) tally.mutantsAccepted++;
    if (r.compiled && r.panic) tally.panicked++;
    const d = compare(r, engineOut[i]);
    if (d) failures.push({ p, d, rustc: r, engine: engineOut[i] });
  });

  for (const f of failures) {
    const dir = path.join(OUT, `${f.d.kind}-${f.p.seed}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'program.rs'), f.p.source);
    fs.writeFileSync(path.join(dir, 'rustc.json'), JSON.stringify(f.rustc, null, 1));
    fs.writeFileSync(path.join(dir, 'engine.json'), JSON.stringify(f.engine, null, 1));
    fs.writeFileSync(path.join(dir, 'diff.txt'), `${f.d.kind}: ${f.d.detail}\n${f.p.mutant ? `mutant: ${f.p.mutant}\n` : ''}`);
    console.log(`FAIL seed ${f.p.seed}${f.p.mutant ? ` (${f.p.mutant})` : ''} ${f.d.kind}: ${f.d.detail}`);
    console.log(`     ${path.relative(ROOT, dir)}/`);
  }
  if (opts.reduce) {
    // One reduction per kind of divergence: the rest are most likely the same bug.
    const byKind = new Map();
    for (const f of failures) if (!byKind.has(f.d.kind) || f.p.source.length < byKind.get(f.d.kind).p.source.length) byKind.set(f.d.kind, f);
    for (const f of byKind.values()) {
      const check = async (cands) => {
        const [rs, es] = [await oracle.rustcResults(cands), await oracle.engineResults(cands)];
        return cands.map((_, i) => signature(rs[i], es[i]));
      };
      const small = await reduce(f.p.source, signature(f.rustc, f.engine), check,
                                 { log: (m) => { if (!opts.quiet) console.log(`  reducing ${f.d.kind}: ${m}`); } });
      const dir = path.join(OUT, `${f.d.kind}-${f.p.seed}`);
      const [rs, es] = [await oracle.rustcResults([small]), await oracle.engineResults([small])];
      fs.writeFileSync(path.join(dir, 'reduced.rs'), small);
      fs.writeFileSync(path.join(dir, 'reduced-diff.txt'), `${compare(rs[0], es[0])?.detail}\n`);
      console.log(`REDUCED ${f.d.kind} seed ${f.p.seed}: ${f.p.source.split('\n').length} -> ${small.split('\n').length} lines, ${path.relative(ROOT, dir)}/reduced.rs`);
    }
  }

  const kinds = {};
  for (const f of failures) kinds[f.d.kind] = (kinds[f.d.kind] ?? 0) + 1;
  console.log(`\ndifftest: ${programs.length} programs (${tally.valid} generated valid, ${tally.mutants} mutants), seed ${opts.seed}${opts.pending ? ', pending constructs on' : ''}`);
  console.log(`  rustc rejected ${tally.rustcRejected} (${tally.rejectedValid} of the valid ones, a generator bug; ${tally.riskyLinted} valid ones by its overflow lint on an unmasked operation, as meant), accepted ${tally.mutantsAccepted} mutants; ${tally.panicked} panicked`);
  console.log(`  ${oracle.stats.compiles} rustc compiles, ${oracle.stats.cached} cached results; ${elapsed.toFixed(1)} s, ${Math.round(programs.length / elapsed * 60)} programs/min`);
  if (failures.length) console.log(`  divergences: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  // A valid program rustc rejects is the generator's bug: it fails too,
  // unless the rejection is the overflow lint on an unmasked operation.
  const failed = failures.length +
    programs.filter((p, i) => !p.mutant && !rustcOut[i].compiled && !lintOnRiskyLine(p, rustcOut[i]) && !compare(rustcOut[i], engineOut[i])).length;
  console.log(`${programs.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); console.log('0 passed, 1 failed'); process.exit(1); });
