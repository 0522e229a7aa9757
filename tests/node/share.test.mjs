// Share links (web/share.js): the fragment format round-trips exactly, old
// formats are recognised by their prefix, damaged links fail loudly, and the
// embed snippets escape the program.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeState, decodeState, readLocation, isShareFragment, toBase64Url, fromBase64Url } from '../../web/share.js';
import { embedSnippets, escapeHtml } from '../../web/share-ui.js';

test('Unicode, step and view round-trip exactly', async () => {
  const source = 'let s = String::from("Grüße 🦀 日本語 שלום");\n\tlet a = "\\u{0}";\r\n// 👩‍💻 end\n';
  const code = await encodeState({ source, step: 4, view: 'bytes' });
  assert.match(code, /^v1:[A-Za-z0-9_-]+$/);
  assert.deepEqual(await decodeState('#' + code), { source, step: 4, view: 'bytes' });
});

test('a 5,000-line program round-trips and compresses', async () => {
  const lines = [];
  for (let i = 0; i < 5000; i++) lines.push(`let v${i} = ${i}; // ${'é'.repeat(i % 13)} ${String.fromCodePoint(0x1f980 + (i % 20))}`);
  const source = lines.join('\n') + '\n';
  const code = await encodeState({ source });
  assert.equal((await decodeState(code)).source, source);
  assert.ok(code.length < source.length / 2, `${code.length} chars for ${source.length}`);
});

test('defaults, unknown versions and damaged links', async () => {
  assert.deepEqual(await decodeState(await encodeState({ source: 'x' })), { source: 'x', step: null, view: 'simple' });
  await assert.rejects(decodeState('#v9:abc'), /unknown share link format "v9"/);
  await assert.rejects(decodeState('#v1:@@@'), /base64url/);
  await assert.rejects(decodeState('#v1:' + toBase64Url(new Uint8Array([1, 2, 3]))));
  assert.ok(isShareFragment('#v1:x') && !isShareFragment('#step-4'));
  assert.deepEqual([...fromBase64Url(toBase64Url(new Uint8Array([0, 255, 62, 63])))], [0, 255, 62, 63]);
});

test('readLocation: a share fragment, ?example=, or nothing', async () => {
  const code = await encodeState({ source: 'let a = 1;\n', step: 2 });
  assert.deepEqual(await readLocation({ hash: '#' + code, search: '' }), { kind: 'share', source: 'let a = 1;\n', step: 2, view: 'simple' });
  assert.deepEqual(await readLocation({ hash: '', search: '?example=vec-growth' }), { kind: 'example', id: 'vec-growth' });
  assert.equal(await readLocation({ hash: '#step-3', search: '' }), null);
});

test('embed snippets escape the program and carry the state', async () => {
  const source = 'let s = "<img src=x onerror=alert(1)> & </stack-heap>";\n';
  const { element, iframe } = await embedSnippets('https://example.org/sh/index.html', { source, step: 3, view: 'bytes' });
  assert.ok(element.includes('<script type="module" src="https://example.org/sh/dist/stack-heap-element.js"></script>'));
  // "Open in the playground" goes back to the playground that made the snippet, wherever dist/ is copied.
  assert.ok(element.includes('<stack-heap step="3" view="bytes" playground="https://example.org/sh/index.html">'));
  assert.ok(/<iframe [^>]*title="[^"]+"/.test(iframe));
  assert.ok(element.includes(escapeHtml(source.trim())) && !element.includes('<img'));
  const src = /src="([^"]+)"/.exec(iframe)[1];
  assert.ok(src.startsWith('https://example.org/sh/embed.html#v1:'));
  assert.deepEqual(await decodeState(new URL(src).hash), { source, step: 3, view: 'bytes' });
});
