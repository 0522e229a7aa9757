// Animated steps: the diagram of the next step replaces the old one at once
// (render.js draws every step from scratch), then the Web Animations API
// plays the difference, FLIP-style, keyed by the ids render.js puts on the
// SVG (data-id: s<slot>, c<cell>, f<frame>, l<literal>):
//   - a block that is in both diagrams but moved (a reallocated cell, slots
//     shifting) slides from where it was to where it is;
//   - a new cell or slot grows in; a cell freed by this step fades to its
//     dashed "freed" look; a cell gone since the last step fades out (a copy
//     of it, removed when done);
//   - an arrow with the same source morphs its path (CSS `d`) to the new one,
//     so it follows a moved cell; an arrow whose source changed but whose
//     target did not (a move: `let b = a;`) slides from the old owner to the new.
// Nothing at all runs under prefers-reduced-motion: reduce. The only styles
// touched are through element.animate(), which a strict CSP allows.

export const DURATION = 420;
const EASE = 'cubic-bezier(.2,.7,.2,1)';

export function reducedMotion(win = globalThis) {
  return Boolean(win.matchMedia && win.matchMedia('(prefers-reduced-motion: reduce)').matches);
}

// The block's box (its first rect.box / frame-box) in SVG user units.
function boxOf(g) {
  const r = g.querySelector(':scope > rect');
  if (!r) return null;
  return { x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')), w: Number(r.getAttribute('width')), h: Number(r.getAttribute('height')) };
}

function blocks(svg) {
  const out = new Map();
  for (const g of svg.querySelectorAll('g[data-id]')) out.set(g.getAttribute('data-id'), g);
  return out;
}

function arrows(svg) {
  return [...svg.querySelectorAll('g.arrow')].map((g) => ({
    g, path: g.querySelector('path'), dot: g.querySelector('circle'),
    src: g.getAttribute('data-src'), from: g.getAttribute('data-from'), to: g.getAttribute('data-to'),
  }));
}

// Plays the change from oldSvg (no longer in the page) to newSvg (just put
// there). Returns the number of animations started (0 when skipped).
export function animateStep(oldSvg, newSvg, { reduced = reducedMotion(), duration = DURATION } = {}) {
  if (reduced || !oldSvg || !newSvg || typeof newSvg.animate !== 'function') return 0;
  const timing = { duration, easing: EASE };
  let count = 0;
  const play = (el, frames, t = timing) => { el.animate(frames, t); count++; };
  const before = blocks(oldSvg);
  const after = blocks(newSvg);

  for (const [id, g] of after) {
    const kind = g.getAttribute('data-kind');
    const old = before.get(id);
    const nb = boxOf(g);
    if (!nb) continue;
    if (old) {
      const ob = boxOf(old);
      if (!ob) continue;
      const dx = ob.x - nb.x, dy = ob.y - nb.y;
      if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) {
        play(g, [{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'translate(0, 0)' }]);
      }
      const nowFreed = g.classList.contains('freed') && !old.classList.contains('freed');
      if (nowFreed) play(g, [{ opacity: 1 }, { opacity: getComputedStyle(g).opacity }], { ...timing, duration: duration * 1.4 });
    } else if (kind === 'cell' || kind === 'slot' || kind === 'static') {
      // Grows in from its top-left corner (render.js boxes start there).
      const origin = `${nb.x}px ${nb.y}px`;
      play(g, [{ opacity: 0, transform: 'scale(0.85)', transformOrigin: origin }, { opacity: 1, transform: 'scale(1)', transformOrigin: origin }]);
    } else if (kind === 'frame') {
      play(g, [{ opacity: 0 }, { opacity: 1 }]);
    }
  }

  // Cells that are gone: a copy fades out where the cell was.
  for (const [id, old] of before) {
    if (after.has(id) || old.getAttribute('data-kind') !== 'cell') continue;
    const ghost = old.cloneNode(true);
    ghost.classList.add('ghost');
    ghost.setAttribute('aria-hidden', 'true');
    const layer = newSvg.querySelector('.heap-column') || newSvg;
    layer.appendChild(ghost);
    const a = ghost.animate([{ opacity: 0.5 }, { opacity: 0 }], timing);
    count++;
    a.onfinish = () => ghost.remove();
    a.oncancel = () => ghost.remove();
  }

  const was = arrows(oldSvg);
  for (const a of arrows(newSvg)) {
    const match = was.find((w) => w.from === a.from) || was.find((w) => w.to === a.to && w.src !== a.src);
    if (!match) {
      play(a.g, [{ opacity: 0 }, { opacity: 1 }]);
      continue;
    }
    const d0 = match.path.getAttribute('d'), d1 = a.path.getAttribute('d');
    if (d0 !== d1) play(a.path, [{ d: `path("${d0}")` }, { d: `path("${d1}")` }]);
    if (match.dot && a.dot) {
      const dx = Number(match.dot.getAttribute('cx')) - Number(a.dot.getAttribute('cx'));
      const dy = Number(match.dot.getAttribute('cy')) - Number(a.dot.getAttribute('cy'));
      if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) play(a.dot, [{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'translate(0, 0)' }]);
    }
  }
  return count;
}
