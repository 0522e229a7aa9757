// Predict mode's panel, shared by the playground and <stack-heap predict>.
// The host calls `predictor.forward()` instead of stepping forward: it asks
// the question for the next step (predict.js), and once the learner picks an
// option it grades it against the trace, reveals the step and explains it
// with the step's narration. Jumping elsewhere (slider, timeline) cancels.
//
//   const p = new Predictor(document, {
//     getRun: () => run,                  // the run's summary (worker.js): its step count
//     getStep: () => current step (0-based),
//     getView: (step) => Promise<view>,   // views come from the worker, each with its step's events
//     go: (step) => show that step,
//   });
//   host.append(p.el); p.forward(); p.cancel();
// The panel's state is in data attributes for styles and tests:
//   data-state="asking|graded", option buttons data-id and data-result="right|wrong|answer".
import { makeQuestion, grade } from './predict.js';

function el(doc, tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// Narration with `code` spans as <code> (text only, never markup).
function narrationNodes(doc, text) {
  return String(text).split('`').map((t, i) => (i % 2 ? el(doc, 'code', '', t) : doc.createTextNode(t)));
}

export class Predictor {
  constructor(doc, { getRun, getStep, getView, go }) {
    Object.assign(this, { doc, getRun, getStep, getView, go });
    this.score = { right: 0, asked: 0 };
    this.question = null;
    this.ticket = 0;
    this.el = el(doc, 'section', 'predict');
    this.el.setAttribute('part', 'predict');
    this.el.setAttribute('aria-label', 'Predict the next step');
    this.el.hidden = true;
    this.head = el(doc, 'div', 'predict-head');
    this.badge = el(doc, 'span', 'predict-badge', 'Predict');
    this.prompt = el(doc, 'p', 'predict-prompt');
    this.prompt.id = 'predict-prompt-' + Math.random().toString(36).slice(2, 8);
    this.scoreEl = el(doc, 'span', 'predict-score');
    this.scoreEl.setAttribute('role', 'status');
    this.head.append(this.badge, this.prompt, this.scoreEl);
    this.options = el(doc, 'div', 'predict-options');
    this.options.setAttribute('role', 'group');
    this.options.setAttribute('aria-labelledby', this.prompt.id);
    this.result = el(doc, 'p', 'predict-result');
    this.result.setAttribute('aria-live', 'polite');
    this.actions = el(doc, 'div', 'predict-actions');
    this.skip = el(doc, 'button', 'predict-skip', 'Just show me');
    this.skip.type = 'button';
    this.skip.addEventListener('click', () => this.reveal(null));
    this.again = el(doc, 'button', 'predict-next', 'Predict the next step →');
    this.again.type = 'button';
    this.again.addEventListener('click', () => this.forward());
    this.actions.append(this.skip, this.again);
    this.el.append(this.head, this.options, this.result, this.actions);
    this.idle();
  }

  idle(message = 'Press “step forward” (→) and predict what the next step does before you see it.') {
    this.question = null;
    this.el.dataset.state = 'idle';
    this.prompt.textContent = message;
    this.options.replaceChildren();
    this.result.replaceChildren();
    this.skip.hidden = true;
    this.again.hidden = true;
    this.showScore();
  }

  showScore() {
    const { right, asked } = this.score;
    this.scoreEl.textContent = asked ? `${right} of ${asked} right` : '';
  }

  // Step forward, asking first. Returns false when there is nothing to ask
  // (no run, or the last step): the host then steps as usual.
  async forward() {
    const run = this.getRun();
    const step = this.getStep();
    if (!run || step < 0 || step >= run.count - 1) {
      if (run && step >= run.count - 1) this.idle('That was the last step. Go back to the start to predict again.');
      return false;
    }
    if (this.question && this.question.step === step) return true;  // already asking
    const ticket = ++this.ticket;
    let view, nextView;
    try {
      [view, nextView] = await Promise.all([this.getView(step), this.getView(step + 1)]);
    } catch {
      return false;
    }
    if (ticket !== this.ticket || this.getStep() !== step || this.getRun() !== run) return true;
    // The next step's events and narration come with its view.
    const q = makeQuestion(view, nextView, nextView);
    if (!q) return false;
    q.step = step;
    this.question = q;
    this.el.dataset.state = 'asking';
    this.el.dataset.kind = q.kind;
    this.prompt.textContent = q.prompt;
    this.result.replaceChildren();
    this.options.replaceChildren(...q.options.map((o) => {
      const b = el(this.doc, 'button', 'predict-option', o.label);
      b.type = 'button';
      b.dataset.id = o.id;
      b.addEventListener('click', () => this.reveal(o.id));
      return b;
    }));
    this.skip.hidden = false;
    this.again.hidden = true;
    this.options.querySelector('button')?.focus({ preventScroll: true });
    return true;
  }

  // Grades `choice` (null: skipped), shows the step, explains it.
  reveal(choice) {
    const q = this.question;
    if (!q) return;
    this.question = null;
    this.ticket++;
    const g = grade(q, choice);
    if (choice !== null) {
      this.score.asked++;
      if (g.right) this.score.right++;
    }
    this.el.dataset.state = 'graded';
    this.el.dataset.result = choice === null ? 'skipped' : g.right ? 'right' : 'wrong';
    for (const b of this.options.querySelectorAll('button')) {
      b.disabled = true;
      const id = b.dataset.id;
      if (id === choice) b.dataset.result = g.right ? 'right' : 'wrong';
      else if (q.answer.includes(id)) b.dataset.result = 'answer';
    }
    const verdict = el(this.doc, 'strong', 'predict-verdict',
      choice === null ? 'Answer: ' : g.right ? 'Right! ' : 'Not quite. ');
    const answer = choice !== null && g.right ? '' : `It was: ${g.answer.join(' / ')}. `;
    this.result.replaceChildren(verdict, this.doc.createTextNode(answer), ...narrationNodes(this.doc, q.explain));
    this.skip.hidden = true;
    this.again.hidden = false;
    this.showScore();
    this.go(q.step + 1);
    this.again.focus({ preventScroll: true });
  }

  // The learner went somewhere else: drop the open question.
  cancel() {
    if (this.question) this.idle();
    this.ticket++;
  }
}
