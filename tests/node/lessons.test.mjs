// The lessons' code blocks are tests: every ```rust stack-heap block in
// lessons/*.md runs on the wasm engine and must finish (or fail the way its
// expect= says), and every quiz's answers, computed from the trace exactly as
// the lesson page grades them (web/quiz.js), must still equal the answers
// recorded in the lesson's front matter. Also checks the built pages.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadLessons, buildLessons, splitFrontMatter } from '../../scripts/build-lessons.mjs';
import { heapAnswers, parseAnswers } from '../../web/quiz.js';

const require = createRequire(import.meta.url);
const dist = new URL('../../web/dist/', import.meta.url);
let engine;
before(async () => {
  const factory = require(new URL('stack-heap-engine.js', dist).pathname);
  const { load } = require('../../web/engine.cjs');
  engine = await load({ factory, wasmBinary: fs.readFileSync(new URL('stack-heap-engine.wasm', dist)) });
});

const lessons = loadLessons();
const OUTCOME = { panic: 'panicked', error: 'compile_error' };

test('a front-matter value in quotes is the text inside them (a title with a colon)', () => {
  const { meta } = splitFrontMatter('---\ntitle: "Enums: a tag"\nsummary: \'A: b\'\norder: 6\nquiz: a="x\n---\nbody');
  assert.deepEqual(meta, { title: 'Enums: a tag', summary: 'A: b', order: '6', quiz: 'a="x' });
});

test('there are lessons, each with a title, an order and diagrams', () => {
  assert.ok(lessons.length >= 5);
  for (const l of lessons) {
    assert.ok(l.meta.title && l.meta.order, l.file);
    assert.ok(l.blocks.length > 0, `${l.file} has no stack-heap block`);
    const ids = l.blocks.map((b) => b.id);
    assert.equal(new Set(ids).size, ids.length, `${l.file}: duplicate block ids`);
  }
});

for (const lesson of lessons) {
  for (const block of lesson.blocks) {
    test(`${lesson.file} #${block.id} runs`, () => {
      const run = engine.open(block.source, { fileName: 'main.rs', stepBudget: 20000 });
      try {
        const result = run.summary;
        const want = OUTCOME[block.attrs.expect] || 'finished';
        assert.equal(result.outcome, want, `${result.stderr}\n${(result.diagnostics || []).map((d) => d.rendered).join('\n')}`);
        if (block.attrs.step) assert.ok(Number(block.attrs.step) <= result.stepCount, `step=${block.attrs.step} is past the last step`);
        if (block.attrs.quiz) {
          const names = block.attrs.quiz.split(',');
          const answers = heapAnswers(run.view(result.openingStep), names);
          const recorded = parseAnswers(lesson.meta.quiz);
          assert.deepEqual(answers, Object.fromEntries(names.map((n) => [n, recorded[n]])),
            'the engine\'s answers differ from the front matter\'s quiz: line');
        }
      } finally {
        run.dispose();
      }
    });
  }
}

test('plain ```rust blocks stay code; program text is escaped in the built pages', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
  try {
    buildLessons(out);
    const html = fs.readFileSync(path.join(out, 'stack-and-heap.html'), 'utf8');
    assert.match(html, /<stack-heap id="port">/);
    assert.match(html, /<form class="quiz" data-for="quiz"/);
    assert.ok(!/<stack-heap[^>]*>[^<]*<(?!\/stack-heap)/.test(html.replace(/<stack-heap[^>]*>\n/g, '<stack-heap>')), 'raw markup inside an element');
    const moves = fs.readFileSync(path.join(out, 'moves-copies-clones.html'), 'utf8');
    assert.match(moves, /<pre class="code"><code class="language-rust">let first = String::from\(&quot;ticket&quot;\);\nlet second = first.clone\(\);/);
    assert.ok(fs.existsSync(path.join(out, 'index.html')));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
