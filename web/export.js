// Export the diagram for slides and handouts.
//
//   svgText(svg)          -> a standalone SVG document as text: every element
//                            carries the styles the page's CSS gave it, as
//                            presentation attributes, so it renders anywhere
//   pngBlob(svg, scale)   -> a PNG of it (drawn to a canvas), scale x its size
//   download(blob, name)  -> saves a file
// Styles are read with getComputedStyle and written as attributes (fill=,
// stroke=, font-size=, ...) on a detached copy: no inline style attribute or
// <style> element is ever put in the page, so the strict CSP is untouched.
// The image is drawn from a data: URL (the CSP allows img-src data:).

const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility'];
const DEFAULTS = { 'fill-opacity': '1', 'stroke-opacity': '1', opacity: '1', 'stroke-dasharray': 'none', 'font-style': 'normal',
  'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', visibility: 'visible', 'dominant-baseline': 'auto', 'text-anchor': 'start' };
const SVG_NS = 'http://www.w3.org/2000/svg';

function background(svg) {
  for (let el = svg; el; el = el.parentElement || el.getRootNode?.().host) {
    const c = getComputedStyle(el).backgroundColor;
    if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) return c;
  }
  return '#ffffff';
}

export function svgText(svg, { title = 'stack-heap memory diagram' } = {}) {
  const copy = svg.cloneNode(true);
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [copy, ...copy.querySelectorAll('*')];
  for (let i = src.length - 1; i >= 0; i--) {
    const from = src[i], to = dst[i];
    if (from.classList && from.classList.contains('ghost')) { to.remove(); continue; }
    const cs = getComputedStyle(from);
    if (cs.display === 'none') { to.remove(); continue; }
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (!v || v === DEFAULTS[p]) continue;
      to.setAttribute(p, p === 'font-family' ? v.replace(/"/g, "'") : v);
    }
  }
  const width = svg.getAttribute('width'), height = svg.getAttribute('height');
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', width);
  copy.setAttribute('height', height);
  copy.removeAttribute('role');
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background(svg));
  copy.insertBefore(bg, copy.firstChild);
  const t = document.createElementNS(SVG_NS, 'title');
  t.textContent = title;
  copy.insertBefore(t, copy.firstChild);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

export function svgDataUrl(text) {
  return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
}

export function pngBlob(svg, scale = 2) {
  const text = svgText(svg);
  const width = Number(svg.getAttribute('width')), height = Number(svg.getAttribute('height'));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not make a PNG'))), 'image/png');
    };
    img.onerror = () => reject(new Error('the diagram could not be drawn as an image'));
    img.src = svgDataUrl(text);
  });
}

export function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

export const downloadSvg = (svg, name = 'stack-heap.svg') => download(new Blob([svgText(svg)], { type: 'image/svg+xml' }), name);
export async function downloadPng(svg, name = 'stack-heap.png', scale = 2) {
  download(await pngBlob(svg, scale), name);
}
