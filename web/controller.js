// The current step: which one is shown, moving between them, playing.
//
// No DOM here, so node tests drive it directly. The page listens with
// onChange(step, reason) and asks the worker for that step's view. Timers are
// injected (setTimeout/clearTimeout) so tests need no real clock.

// What the program had printed once `bytes` UTF-8 bytes of its stdout were
// out (a step's view says how many): slice bytes, not UTF-16 code units.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
export function stdoutUpTo(stdout, bytes) {
  const all = encoder.encode(stdout || '');
  const n = Math.max(0, Math.min(all.length, bytes || 0));
  return decoder.decode(all.subarray(0, n));
}

export const SPEEDS = { slow: 1200, normal: 600, fast: 250, fastest: 80 };

export class Stepper {
  constructor({ onChange = () => {}, onPlay = () => {}, setTimer = (fn, ms) => setTimeout(fn, ms), clearTimer = (id) => clearTimeout(id) } = {}) {
    this.onChange = onChange;
    this.onPlay = onPlay;
    this.setTimer = setTimer;
    this.clearTimer = clearTimer;
    this.count = 0;
    this.current = -1;
    this.playing = false;
    this.delay = SPEEDS.normal;
    this.timer = null;
  }

  // A new run: keep the learner's place when they had moved away from the
  // default, otherwise open at the new run's default step.
  load(count, preferred) {
    this.count = count;
    const step = count ? Math.max(0, Math.min(count - 1, preferred)) : -1;
    if (this.playing && step >= count - 1) this.pause();
    this.current = step;
    this.onChange(this.current, 'load');
  }

  go(step, reason = 'go') {
    if (!this.count) return false;
    const next = Math.max(0, Math.min(this.count - 1, Math.trunc(step)));
    if (next === this.current) return false;
    this.current = next;
    this.onChange(next, reason);
    return true;
  }

  next() { return this.go(this.current + 1, 'next'); }
  prev() { return this.go(this.current - 1, 'prev'); }
  first() { return this.go(0, 'first'); }
  last() { return this.go(this.count - 1, 'last'); }
  get atEnd() { return this.current >= this.count - 1; }
  get atStart() { return this.current <= 0; }

  setDelay(ms) {
    this.delay = ms;
    if (this.playing) this.schedule();
  }

  play() {
    if (!this.count) return;
    if (this.atEnd) this.go(0, 'first');
    this.playing = true;
    this.onPlay(true);
    this.schedule();
  }

  pause() {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    if (this.playing) {
      this.playing = false;
      this.onPlay(false);
    }
  }

  toggle() {
    if (this.playing) this.pause();
    else this.play();
  }

  schedule() {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (!this.playing) return;
      this.next();
      if (this.atEnd) this.pause();
      else this.schedule();
    }, this.delay);
  }
}
