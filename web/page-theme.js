// theme="auto" follows the page when the page names its own theme, since
// a reader who picked a dark book theme wants dark diagrams whatever the
// system says. mdBook puts light, rust, coal, navy or ayu in <html>'s class
// and swaps it from its theme menu; many sites (this playground too) set
// <html data-theme="light|dark">. One MutationObserver on <html> serves every
// element; each element shows the answer as a custom state (page-light or
// page-dark, matched by :host(:state(...)) in element.css), so its theme
// attribute stays the author's.
const PAGE_THEMES = { light: 'light', rust: 'light', coal: 'dark', navy: 'dark', ayu: 'dark' };

// 'light' | 'dark' | null (the page names no theme: follow the system).
export function pageScheme(html = document.documentElement) {
  const named = html.getAttribute('data-theme');
  if (named === 'light' || named === 'dark') return named;
  for (const name of html.classList) if (PAGE_THEMES[name]) return PAGE_THEMES[name];
  return null;
}

const followers = new Set();  // {internals, isAuto}
let observer = null;

function apply({ internals, isAuto }, scheme) {
  const states = internals.states;
  if (!states) return;
  const want = isAuto() ? scheme : null;
  for (const s of ['light', 'dark']) {
    if (s === want) states.add('page-' + s);
    else states.delete('page-' + s);
  }
}

function applyAll() {
  const scheme = pageScheme();
  for (const f of followers) apply(f, scheme);
}

// Keeps `internals`' page-light/page-dark state in step with the page while
// isAuto() (the element's theme is auto). Returns the function that stops.
export function followPageTheme(internals, isAuto) {
  const follower = { internals, isAuto };
  followers.add(follower);
  if (!observer) {
    observer = new MutationObserver(applyAll);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme'] });
  }
  apply(follower, pageScheme());
  return () => {
    followers.delete(follower);
    apply({ internals, isAuto: () => false }, null);
  };
}

// The element's theme attribute changed: recompute its state.
export function refreshPageTheme(internals, isAuto) {
  apply({ internals, isAuto }, pageScheme());
}
