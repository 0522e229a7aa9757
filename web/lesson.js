// The lesson pages' script (bundled into dist/lesson.js): the <stack-heap>
// element, deep links to a step, and the "stack or heap?" quizzes.
//   lesson.html#step-4       the first diagram, at step 4
//   lesson.html#vec-step-4   the diagram with id "vec", at step 4
// Each diagram's "link to this step" follows its stepping.
import './stack-heap-element-define.js';
import { heapAnswers } from './quiz.js';

function openDeepLink() {
  const m = /^#(?:(.+)-)?step-(\d+)$/.exec(decodeURIComponent(location.hash));
  if (!m) return;
  const el = m[1] ? document.getElementById(m[1]) : document.querySelector('stack-heap');
  if (!el || (el.tagName !== 'STACK-HEAP' && el.tagName !== 'STACK-HEAP-COMPARE')) return;
  el.step = Number(m[2]);
  el.scrollIntoView({ block: 'start' });
}

for (const link of document.querySelectorAll('a.deep-link')) {
  const el = document.getElementById(link.dataset.for);
  if (!el) continue;
  const compare = el.tagName === 'STACK-HEAP-COMPARE';
  el.addEventListener(compare ? 'stack-heap-compare-step' : 'stack-heap-step', (event) => {
    if (event.target !== el) return;
    if (!(event.detail.step >= 1) || (!compare && !el.stepCount)) return;
    link.href = `#${el.id}-step-${event.detail.step}`;
    link.textContent = `link to step ${event.detail.step}`;
  });
}

// A quiz is graded against its diagram's run: the view at the end of main.
function finalView(el) {
  if (el.finalView) return Promise.resolve(el.finalView);
  return new Promise((resolve) => el.addEventListener('stack-heap-run', (e) => resolve(e.detail.final), { once: true }));
}

for (const form of document.querySelectorAll('form.quiz')) {
  const el = document.getElementById(form.dataset.for);
  const names = form.dataset.vars.split(',');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const score = form.querySelector('.quiz-score');
    score.textContent = 'Checking against the engine…';
    el.scrollIntoView({ block: 'nearest' });
    const truth = heapAnswers(await finalView(el), names);
    let right = 0;
    for (const name of names) {
      const item = form.querySelector(`fieldset[data-var="${CSS.escape(name)}"]`);
      const picked = item.querySelector('input:checked')?.value;
      const ok = picked === truth[name];
      if (ok) right++;
      item.dataset.result = picked ? (ok ? 'right' : 'wrong') : 'unanswered';
      const where = truth[name] === 'heap' ? 'its slot owns a heap cell' : 'its slot owns no heap cell';
      item.querySelector('.verdict').textContent = !picked ? `Not answered: ${where}.` : ok ? `Right: ${where}.` : `Not quite: ${where}.`;
    }
    form.dataset.score = `${right}/${names.length}`;
    score.textContent = `${right} of ${names.length} right. Step through the diagram to see why.`;
  });
}

window.addEventListener('hashchange', openDeepLink);
openDeepLink();
