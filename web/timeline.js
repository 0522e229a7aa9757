// The timeline strip under the step controls: every step as a mark coloured
// by what it did (trace-stats.js stepMark: alloc, free, move, drop, print,
// panic, ...), a sparkline of the live heap bytes after each step, and the
// current step. Clicking (or dragging across) it jumps to that step.
//
//   timelineLayout({marks, live}, width, height) -> {bins, spark, area, peak}   (pure, node-tested)
// marks: one index into MARKS per step, live: heap bytes after each step (the
// typed arrays of a run's summary, worker.js).
//   new Timeline(document, {onJump}) -> .el; .set(data); .setCurrent(step)
// With more steps than pixels, a bin holds several steps and shows the most
// telling mark among them (the MARKS order).
import { MARKS, MARK_LABELS } from './trace-stats.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const MARK_H = 12;
const GAP = 3;
const r1 = (n) => Math.round(n * 10) / 10;
const OTHER = MARKS.indexOf('other');

export function timelineLayout(data, width, height = 40) {
  const marks = (data && data.marks) || [];
  const live = (data && data.live) || [];
  const n = marks.length;
  const w = Math.max(40, width);
  const sparkTop = MARK_H + GAP, sparkH = Math.max(6, height - sparkTop - 1);
  const binCount = Math.min(n, Math.max(1, Math.floor(w / 3)));
  const bins = [];
  for (let b = 0; b < binCount; b++) {
    const first = Math.floor((b * n) / binCount), last = Math.floor(((b + 1) * n) / binCount) - 1;
    let mark = OTHER;
    for (let i = first; i <= last; i++) if (marks[i] < mark) mark = marks[i];
    bins.push({ first, last, mark: MARKS[mark], x: r1((b * w) / binCount), w: r1(w / binCount) });
  }
  let peak = 0;
  for (let i = 0; i < live.length; i++) if (live[i] > peak) peak = live[i];
  let spark = '', area = '';
  if (n) {
    // A step function: bytes hold until the next event. With more steps than
    // pixels, each pixel column shows the most bytes live within it.
    const columns = Math.min(n, Math.ceil(w));
    const pts = [];
    for (let c = 0; c < columns; c++) {
      const first = Math.floor((c * n) / columns), last = Math.max(first, Math.floor(((c + 1) * n) / columns) - 1);
      let most = 0;
      for (let i = first; i <= last; i++) if (live[i] > most) most = live[i];
      const y = sparkTop + sparkH - (peak ? (most / peak) * sparkH : 0);
      pts.push([(c * w) / columns, y], [((c + 1) * w) / columns, y]);
    }
    spark = 'M' + pts.map(([x, y]) => `${r1(x)} ${r1(y)}`).join('L');
    area = spark + `L${r1(w)} ${r1(sparkTop + sparkH)}L0 ${r1(sparkTop + sparkH)}Z`;
  }
  return { n, width: w, height, bins, spark, area, peak, sparkTop, sparkH };
}

// The step under x (0..width) for n steps.
export const stepAt = (x, width, n) => Math.max(0, Math.min(n - 1, Math.floor((x / Math.max(1, width)) * n)));

const bytes = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

export class Timeline {
  constructor(doc, { onJump = () => {} } = {}) {
    this.doc = doc;
    this.onJump = onJump;
    this.data = { marks: new Uint8Array(0), live: new Float64Array(0) };
    this.current = -1;
    this.ahead = false;  // predict mode: hide the steps still to come
    this.el = doc.createElement('div');
    this.el.className = 'timeline';
    this.el.setAttribute('part', 'timeline');
    // The range slider is the keyboard way to move; this strip is for the eye and the mouse.
    this.el.setAttribute('aria-hidden', 'true');
    this.svg = doc.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'timeline-svg');
    this.el.append(this.svg);
    this.legend = doc.createElement('div');
    this.legend.className = 'timeline-legend';
    this.el.append(this.legend);
    let dragging = false;
    const jump = (event) => {
      const r = this.svg.getBoundingClientRect();
      if (!this.data.marks.length || !r.width) return;
      this.onJump(stepAt(event.clientX - r.left, r.width, this.data.marks.length));
    };
    this.svg.addEventListener('pointerdown', (e) => { dragging = true; this.svg.setPointerCapture?.(e.pointerId); jump(e); });
    this.svg.addEventListener('pointermove', (e) => dragging && jump(e));
    this.svg.addEventListener('pointerup', () => { dragging = false; });
    this.svg.addEventListener('pointercancel', () => { dragging = false; });
    // Its width as the last layout found it: reading clientWidth while
    // drawing would force a layout of the page at every run.
    this.width = 0;
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver((entries) => {
        const width = Math.floor(entries[entries.length - 1].contentRect.width);
        if (width && width !== this.width) {
          this.width = width;
          this.draw();
        }
      }).observe(this.el);
    }
  }

  set(data) {
    this.data = data || { marks: new Uint8Array(0), live: new Float64Array(0) };
    this.draw();
  }

  setCurrent(step) {
    this.current = step;
    this.placeCursor();
  }

  // Predict mode: the marks, the heap line and the legend of the steps still
  // to come are hidden, or their colours would give the answers away.
  hideAhead(on) {
    this.ahead = Boolean(on);
    this.draw();
  }

  draw() {
    const width = Math.max(40, this.width || 600);
    const L = timelineLayout(this.data, width, 40);
    this.layout = L;
    const svg = this.svg;
    svg.replaceChildren();
    svg.setAttribute('viewBox', `0 0 ${L.width} ${L.height}`);
    svg.setAttribute('width', String(L.width));
    svg.setAttribute('height', String(L.height));
    const mk = (tag, attrs) => {
      const e = this.doc.createElementNS(SVG_NS, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      return e;
    };
    svg.append(mk('rect', { class: 'tl-track', x: 0, y: 0, width: L.width, height: MARK_H, rx: 3 }));
    for (const b of L.bins) {
      if (b.mark === 'other') continue;
      const r = mk('rect', { class: `tl-mark tl-${b.mark}`, x: b.x, y: 0, width: Math.max(1, b.w - (b.w > 4 ? 1 : 0)), height: MARK_H, 'data-mark': b.mark, 'data-step': b.first + 1 });
      const t = mk('title', {});
      t.textContent = b.first === b.last ? `step ${b.first + 1}: ${MARK_LABELS[b.mark]}` : `steps ${b.first + 1}–${b.last + 1}: ${MARK_LABELS[b.mark]}`;
      r.append(t);
      svg.append(r);
    }
    if (L.spark) {
      svg.append(mk('path', { class: 'tl-area', d: L.area }));
      svg.append(mk('path', { class: 'tl-spark', d: L.spark }));
    }
    this.veil = mk('rect', { class: 'tl-veil', x: 0, y: 0, width: 0, height: L.height });
    svg.append(this.veil);
    this.cursor = mk('rect', { class: 'tl-cursor', x: 0, y: 0, width: 2, height: L.height, rx: 1 });
    svg.append(this.cursor);
    this.drawLegend();
    this.placeCursor();
  }

  drawLegend() {
    const L = this.layout;
    const seen = this.ahead ? L.bins.filter((b) => b.first <= this.current) : L.bins;
    const present = new Set(seen.map((b) => b.mark));
    this.legend.replaceChildren();
    for (const m of ['alloc', 'realloc', 'free', 'move', 'drop', 'print', 'panic']) {
      if (!present.has(m)) continue;
      const item = this.doc.createElement('span');
      item.className = `tl-key tl-key-${m}`;
      item.textContent = m;
      this.legend.append(item);
    }
    const peak = this.doc.createElement('span');
    peak.className = 'tl-peak';
    peak.textContent = L.peak ? `heap: peak ${bytes(L.peak)}` : 'heap: never used';
    if (!this.ahead) this.legend.append(peak);
  }

  placeCursor() {
    const L = this.layout;
    if (!L || !this.cursor) return;
    const n = L.n;
    this.cursor.setAttribute('visibility', n && this.current >= 0 ? 'visible' : 'hidden');
    if (!n) {
      this.veil.setAttribute('width', '0');
      return;
    }
    const w = L.width / n;
    this.cursor.setAttribute('x', String(r1(Math.min(L.width - 2, (this.current + 0.5) * w - 1))));
    const from = Math.min(L.width, (this.current + 1) * w);
    this.veil.setAttribute('x', String(r1(from)));
    this.veil.setAttribute('width', String(this.ahead ? r1(L.width - from) : 0));
    if (this.ahead) this.drawLegend();
  }
}
