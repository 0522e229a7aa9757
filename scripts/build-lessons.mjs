// Builds lessons/*.md into static pages under web/dist/lessons/ (one page per
// lesson plus index.html), run by scripts/build.
//
// Markdown is parsed by `marked` (pinned in package.json). A lesson starts
// with front matter between --- lines, one `key: value` a line:
//   title: The stack and the heap      (required)
//   order: 1                           (the index is sorted by it)
//   summary: one sentence for the index
//   quiz: active=stack, cached_requests=heap   the answers the engine's trace
//         gives today; tests/node/lessons.test.mjs fails when they change
// Code blocks:
//   ```rust                     plain code, stays code
//   ```rust stack-heap [id=vec] [step=4] [view=bytes] [expect=panic|error] [quiz=a,b,c] [predict]
//                               an embedded <stack-heap> diagram; with quiz=,
//                               a "stack or heap?" form graded from the trace;
//                               with predict, predict mode (guess each step first)
//   ```rust stack-heap-compare [id=vecs] [step=N] [height=..]
//   // === Vec::new() + push
//   ...first program...
//   // === Vec::with_capacity
//   ...second program...
//                               a <stack-heap-compare>: each `// === label`
//                               line starts a program (two in all); both run
//                               in lessons.test.mjs as blocks ID-a and ID-b
// The program is escaped as HTML text: it becomes the element's text content.
//
//   node scripts/build-lessons.mjs [OUT]    (default web/dist/lessons)
//   import { loadLessons, parseInfo } from './build-lessons.mjs'  (tests)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// "title: X\norder: 2" -> {title: 'X', order: '2'}; and the body after it.
// A value written in YAML's quotes (`title: "Enums: a tag"`, as authors
// write a value with a colon in it) is the text inside them.
function unquote(value) {
  const q = value[0];
  return value.length >= 2 && (q === '"' || q === "'") && value.endsWith(q) ? value.slice(1, -1) : value;
}

export function splitFrontMatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta = {};
  for (const line of m[1].split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) meta[line.slice(0, i).trim()] = unquote(line.slice(i + 1).trim());
  }
  return { meta, body: text.slice(m[0].length) };
}

// "rust stack-heap id=vec step=4" -> {lang: 'rust', diagram: true, attrs: {id: 'vec', step: '4'}}
export function parseInfo(info) {
  const words = String(info || '').trim().split(/\s+/).filter(Boolean);
  const attrs = {};
  for (const w of words.slice(1)) {
    const i = w.indexOf('=');
    if (i > 0) attrs[w.slice(0, i)] = w.slice(i + 1);
    else if (w !== 'stack-heap' && w !== 'stack-heap-compare' && /^[a-z]+$/.test(w)) attrs[w] = '';  // a flag: editable, predict
  }
  return { lang: words[0] || '', diagram: words.includes('stack-heap'), compare: words.includes('stack-heap-compare'), attrs };
}

// A compare block's text -> [{label, source}, {label, source}]
export function splitCompare(text) {
  const sides = [];
  for (const line of String(text).split('\n')) {
    const m = /^\/\/ ===\s*(.*)$/.exec(line);
    if (m) sides.push({ label: m[1].trim(), lines: [] });
    else if (sides.length) sides[sides.length - 1].lines.push(line);
  }
  if (sides.length !== 2) throw new Error(`a stack-heap-compare block needs two "// === label" programs, found ${sides.length}`);
  return sides.map((s) => ({ label: s.label, source: s.lines.join('\n').replace(/\s+$/, '') + '\n' }));
}

// Every lesson: {file, slug, meta, body, blocks: [{id, source, attrs}]}
export function loadLessons(dir = path.join(root, 'lessons')) {
  const lessons = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const { meta, body } = splitFrontMatter(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (!meta.title) throw new Error(`${file}: front matter has no title`);
    const blocks = [];
    const lexer = new Marked().lexer(body);
    (function walk(tokens) {
      for (const t of tokens) {
        if (t.type === 'code') {
          const info = parseInfo(t.lang);
          if (info.diagram) blocks.push({ id: info.attrs.id || `diagram-${blocks.length + 1}`, source: t.text + '\n', attrs: info.attrs });
          if (info.compare) {
            const id = info.attrs.id || `compare-${blocks.length + 1}`;
            splitCompare(t.text).forEach((side, i) => blocks.push({
              id: `${id}-${i ? 'b' : 'a'}`, compare: id, label: side.label, source: side.source, attrs: {},
            }));
          }
        }
        if (t.tokens) walk(t.tokens);
        if (t.items) walk(t.items);
      }
    })(lexer);
    lessons.push({ file, slug: file.replace(/\.md$/, '').replace(/^\d+-/, ''), meta, body, blocks });
  }
  return lessons.sort((a, b) => Number(a.meta.order || 99) - Number(b.meta.order || 99));
}

function quizForm(id, names) {
  const rows = names.map((name) => `
  <fieldset class="quiz-item" data-var="${escapeHtml(name)}">
    <legend><code>${escapeHtml(name)}</code></legend>
    <label><input type="radio" name="${escapeHtml(id)}-${escapeHtml(name)}" value="stack"> stack only</label>
    <label><input type="radio" name="${escapeHtml(id)}-${escapeHtml(name)}" value="heap"> stack <em>and</em> heap</label>
    <span class="verdict" aria-live="polite"></span>
  </fieldset>`).join('');
  return `<form class="quiz" data-for="${escapeHtml(id)}" data-vars="${escapeHtml(names.join(','))}">
  <p class="quiz-title">Test your intuition — stack or heap?</p>
  <p class="quiz-help">At the end of the program below (just before <code>main</code> returns), which variables own data on the heap? Every variable has a slot on the stack; mark the ones whose slot also points to a heap cell they own.</p>${rows}
  <div class="quiz-actions"><button type="submit">Check my answers</button><span class="quiz-score" role="status"></span></div>
</form>\n`;
}

function renderLesson(lesson, all) {
  let n = 0;
  const marked = new Marked();
  marked.use({
    renderer: {
      code({ text, lang }) {
        const info = parseInfo(lang);
        if (info.compare) {
          const a = lesson.blocks[n++], b = lesson.blocks[n++];
          const attrs = [`id="${escapeHtml(a.compare)}"`];
          if (info.attrs.step) attrs.push(`step="${escapeHtml(info.attrs.step)}"`);
          if (info.attrs.height) attrs.push(`height="${escapeHtml(info.attrs.height)}"`);
          const side = (s) => `<pre label="${escapeHtml(s.label)}">\n${escapeHtml(s.source)}</pre>`;
          return `<figure class="diagram-figure compare-figure">
<stack-heap-compare ${attrs.join(' ')}>
${side(a)}
${side(b)}
</stack-heap-compare>
<figcaption><a class="deep-link" href="#${escapeHtml(a.compare)}" data-for="${escapeHtml(a.compare)}">link to this step</a></figcaption>
</figure>\n`;
        }
        if (!info.diagram) {
          const cls = info.lang ? ` class="language-${escapeHtml(info.lang)}"` : '';
          return `<pre class="code"><code${cls}>${escapeHtml(text)}</code></pre>\n`;
        }
        const block = lesson.blocks[n++];
        const a = block.attrs;
        const attrs = [`id="${escapeHtml(block.id)}"`];
        if (a.step) attrs.push(`step="${escapeHtml(a.step)}"`);
        if (a.view) attrs.push(`view="${escapeHtml(a.view)}"`);
        if (a.height) attrs.push(`height="${escapeHtml(a.height)}"`);
        if ('editable' in a) attrs.push('editable');
        if ('predict' in a) attrs.push('predict');
        const quiz = a.quiz ? quizForm(block.id, a.quiz.split(',')) : '';
        return `${quiz}<figure class="diagram-figure">
<stack-heap ${attrs.join(' ')}>
${escapeHtml(text)}
</stack-heap>
<figcaption><a class="deep-link" href="#${escapeHtml(block.id)}" data-for="${escapeHtml(block.id)}">link to this step</a></figcaption>
</figure>\n`;
      },
    },
  });
  const html = marked.parse(lesson.body);
  const i = all.indexOf(lesson);
  const prev = all[i - 1], next = all[i + 1];
  const nav = `<nav class="pager">
  ${prev ? `<a class="prev" href="${prev.slug}.html">← ${escapeHtml(prev.meta.title)}</a>` : '<span></span>'}
  ${next ? `<a class="next" href="${next.slug}.html">${escapeHtml(next.meta.title)} →</a>` : '<span></span>'}
</nav>`;
  return page(`${lesson.meta.title} — stack-heap lessons`, `
<header class="lesson-top">
  <a class="home" href="index.html"><span class="logo" aria-hidden="true"></span>stack-heap lessons</a>
  <span class="muted">Lesson ${i + 1} of ${all.length}</span>
  <a class="playground" href="../../index.html">Playground</a>
</header>
<main class="lesson">
<article>
<h1>${escapeHtml(lesson.meta.title)}</h1>
${html}
</article>
${nav}
</main>`);
}

function page(title, body) {
  return `<!doctype html>
<!-- Built from lessons/*.md by scripts/build-lessons.mjs: do not edit. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../../lesson.css">
<script type="module" src="../lesson.js"></script>
</head>
<body>${body}
</body>
</html>
`;
}

function renderIndex(lessons) {
  const items = lessons.map((l, i) => `<li><a href="${l.slug}.html"><span class="num">${i + 1}</span><span><strong>${escapeHtml(l.meta.title)}</strong>` +
    `${l.meta.summary ? `<span class="summary">${escapeHtml(l.meta.summary)}</span>` : ''}</span></a></li>`).join('\n');
  return page('stack-heap lessons', `
<header class="lesson-top">
  <a class="home" href="index.html"><span class="logo" aria-hidden="true"></span>stack-heap lessons</a>
  <a class="playground" href="../../index.html">Playground</a>
</header>
<main class="lesson">
<h1>How Rust uses memory</h1>
<p class="lead">Short lessons with live diagrams: step through each program and watch its stack frames, heap cells and pointers change.</p>
<ol class="lesson-list">
${items}
</ol>
</main>`);
}

export function buildLessons(out = path.join(root, 'web', 'dist', 'lessons')) {
  const lessons = loadLessons();
  fs.mkdirSync(out, { recursive: true });
  for (const l of lessons) fs.writeFileSync(path.join(out, `${l.slug}.html`), renderLesson(l, lessons));
  fs.writeFileSync(path.join(out, 'index.html'), renderIndex(lessons));
  return lessons;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const lessons = buildLessons(process.argv[2]);
  console.log(`lessons: ${lessons.length} pages, ${lessons.reduce((n, l) => n + l.blocks.length, 0)} diagrams`);
}
