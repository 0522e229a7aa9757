// Share links: a program, a step and a view in the URL fragment, so a link
// restores exactly what the sender saw with no server involved.
//
//   #v1:<base64url(deflate-raw(JSON))>   JSON: {s: source, t: step (1-based), v: view}
//   #v2:<same encoding>                  JSON: v1's fields, plus
//        i: standard input (a string), and/or
//        c: [{s, l, i}, {s, l, i}]   two programs compared in lockstep
//           (s: source, l: label, i: stdin); `t` is then the shared step
//   ?example=vec-growth                  a built-in example by id (short link)
//
// The version prefix is part of the format. encodeState writes the lowest
// version that holds the state, so a plain program is still a v1 link that
// pages built before v2 open; a compare or stdin link is v2, which an old
// page rejects with "unknown format" instead of silently showing half of it.
// v1 links keep working. Compression is the platform's CompressionStream
// (browsers and node >= 18), so this module has no dependency and no fallback
// path to drift out of step. Nothing decoded here is ever treated as markup:
// callers put the source into an editor, a textarea or text nodes.

export const VERSION = 'v1';
export const VERSIONS = ['v1', 'v2'];
export const VIEWS = ['simple', 'bytes', 'table'];

async function pump(bytes, stream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

export function toBase64Url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// {source, step, view, stdin?, compare?} -> "v1:..." or "v2:..." (no leading '#').
// compare: [{source, label, stdin}, {source, label, stdin}] (source is then
// the first program's, for pages that show one).
export async function encodeState({ source, step = null, view = 'simple', stdin = '', compare = null }) {
  const payload = { s: String(source ?? (compare && compare[0] ? compare[0].source : '')) };
  if (Number.isInteger(step) && step > 0) payload.t = step;
  if (view && view !== 'simple') payload.v = view;
  let version = 'v1';
  if (stdin) {
    payload.i = String(stdin);
    version = 'v2';
  }
  if (Array.isArray(compare) && compare.length === 2) {
    payload.c = compare.map((side) => {
      const out = { s: String(side.source || '') };
      if (side.label) out.l = String(side.label);
      if (side.stdin) out.i = String(side.stdin);
      return out;
    });
    version = 'v2';
  }
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return `${version}:${toBase64Url(await pump(json, new CompressionStream('deflate-raw')))}`;
}

// "v1:..." / "v2:..." (with or without '#') -> {source, step, view} plus
// `stdin` and `compare` when the link has them; throws on anything else.
export async function decodeState(fragment) {
  const text = String(fragment || '').replace(/^#/, '');
  const colon = text.indexOf(':');
  const version = colon < 0 ? '' : text.slice(0, colon);
  if (!VERSIONS.includes(version)) throw new Error(`unknown share link format "${version || text.slice(0, 8)}"`);
  const bytes = await pump(fromBase64Url(text.slice(colon + 1)), new DecompressionStream('deflate-raw'));
  const payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (!payload || typeof payload.s !== 'string') throw new Error('share link without a program');
  const out = {
    source: payload.s,
    step: Number.isInteger(payload.t) && payload.t > 0 ? payload.t : null,
    view: VIEWS.includes(payload.v) ? payload.v : 'simple',
  };
  if (version === 'v1') return out;
  if (typeof payload.i === 'string' && payload.i) out.stdin = payload.i;
  if (payload.c !== undefined) {
    if (!Array.isArray(payload.c) || payload.c.length !== 2 || payload.c.some((c) => !c || typeof c.s !== 'string')) {
      throw new Error('compare link without two programs');
    }
    out.compare = payload.c.map((c) => ({
      source: c.s,
      label: typeof c.l === 'string' ? c.l : '',
      stdin: typeof c.i === 'string' ? c.i : '',
    }));
  }
  return out;
}

export const isShareFragment = (hash) => /^#?v\d+:/.test(String(hash || ''));

// A page URL with the state in its fragment (query kept, old fragment dropped).
export async function shareUrl(base, state) {
  const url = new URL(base);
  url.hash = await encodeState(state);
  return url.href;
}

// What a page's location asks for: {kind: 'share', ...state} | {kind: 'example', id} | null.
export async function readLocation(location) {
  if (isShareFragment(location.hash)) return { kind: 'share', ...(await decodeState(location.hash)) };
  const id = new URLSearchParams(location.search).get('example');
  if (id) return { kind: 'example', id };
  return null;
}
