// The memory diagram: one view (trace/SCHEMA.md, "The view") in, one SVG out.
//
// Two stages so the layout can be tested in node without a DOM:
//   layout(view, options) -> a plain tree {tag, attrs, children} plus the
//                            slots, cells and arrows it placed (for tests)
//   toDom(tree, document) -> real SVG elements (createElementNS, text nodes)
// renderView() does both. Program strings (names, values, text, output) only
// ever become text nodes: nothing here builds markup from strings.
//
// The picture: a Stack column of frames and slots on the left; the Heap and,
// under it, the Static strings on the right; each pointer a curved arrow from
// the row that holds it to the row it points at. Arrows between the columns
// cross the middle gutter; arrows inside one column loop out into its outer
// gutter (left of the stack, right of the heap), so no arrow crosses text.
// Below `narrowWidth` the columns stack and every loop uses the right gutter.

const SVG_NS = 'http://www.w3.org/2000/svg';
const CHAR = 7.25;        // width of one character of the 12px monospace font
const SMALL_CHAR = 6.65;  // of the 11px font
const LINE = 17;          // one text line inside a block
const PAD = 10;           // inside a block
const GAP = 10;           // between blocks
const HEAD = 44;          // a column's title and subtitle
const BYTE_W_MAX = 23, BYTE_H = 20;  // a byte's box, at most (byteRows)

// ------------------------------------------------------------ tiny tree

function h(tag, attrs, ...children) {
  const node = { tag, attrs: attrs || {}, children: [] };
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.children.push(typeof child === 'string' ? { text: child } : child);
  }
  return node;
}

// <text> made of styled runs: [[text, className], ...]
function text(x, y, runs, attrs) {
  const spans = runs.filter((r) => r && r[0] !== '').map(([t, cls]) => (cls ? h('tspan', { class: cls }, t) : t));
  return h('text', { x: r1(x), y: r1(y), ...attrs }, spans);
}

const r1 = (n) => Math.round(n * 10) / 10;

export function hexAddr(n) {
  return '0x' + Number(n).toString(16);
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// Shortens `s` to `max` characters with an ellipsis.
export function clip(s, max) {
  const chars = Array.from(String(s));
  if (max <= 1) return chars.length ? '…' : '';
  return chars.length <= max ? String(s) : chars.slice(0, max - 1).join('') + '…';
}

const fits = (width, font = CHAR) => Math.max(0, Math.floor(width / font));

// ------------------------------------------------------------ bytes

// "0a0b" -> ["0a", "0b"]
export function splitBytes(hex) {
  const out = [];
  for (let i = 0; i + 1 < (hex || '').length; i += 2) out.push(hex.slice(i, i + 2));
  return out;
}

const printable = (b) => {
  const c = parseInt(b, 16);
  return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '·';
};

// Rows of byte boxes for one slot or cell; registers each row as an anchor.
// labels: [{offset, size, name}] drawn under the bytes they cover.
// The byte rows' brackets of a heap cell, where its parts really lie: an
// Rc's counts and value, a hash table's buckets (below the control bytes,
// bucket 0 last) and its control bytes, a ring buffer's slots, or a
// buffer's elements from its start (the ones past its length spare).
function bytesLabels(cell) {
  if (cell.fields) return cell.fields.filter((f) => f.name !== '(padding)').map((f) => ({ offset: f.offset, size: f.size, name: f.name }));
  if (cell.buckets) {
    const labels = cell.buckets.map((b, i) => ({ offset: b.offset, size: cell.elemSize,
      name: b.entry !== null ? `[${i}]` : `[${i}] ${b.ctrl === 0x80 ? 'deleted' : 'empty'}` }));
    const ctrl = cell.size - (cell.buckets.length + 16);  // one control byte a bucket, then a group's mirror
    labels.push({ offset: ctrl, size: cell.size - ctrl, name: 'control bytes' });
    return labels.filter((l) => l.size > 0);
  }
  if (cell.slots) return cell.slots.map((b, i) => ({ offset: b.offset, size: cell.elemSize, name: b.entry === null ? `[${i}] empty` : i === cell.front ? `[${i}] front` : `[${i}]` }));
  const labels = [];
  if (cell.text === undefined && cell.elemSize >= 2) {
    for (let i = 0; i < cell.cap && i < 16; i++) labels.push({ offset: i * cell.elemSize, size: cell.elemSize, name: i < cell.len ? `[${i}]` : 'spare' });
  }
  return labels;
}

function byteRows(g, { x, y, width, addr, hex, labels, chars, truncated, anchors, ref }) {
  const bytes = splitBytes(hex);
  // 16 or 8 bytes a row, never fewer: a pointer, a capacity and a length are
  // 8 bytes each and must not straddle rows, so on a phone the boxes shrink.
  let addrW = 11 * SMALL_CHAR;
  const perLine = fits(width - addrW - 4, BYTE_W_MAX) >= 16 ? 16 : 8;
  if ((width - addrW - 4) / perLine < 15) addrW = 0;  // too narrow even for the address column
  const byteW = Math.min(BYTE_W_MAX, (width - addrW - 4) / perLine);
  const shown = Math.min(bytes.length, 64);
  const hasLabels = labels && labels.length > 0;
  const rowH = BYTE_H + (hasLabels || chars ? 14 : 4);
  let top = y;
  for (let start = 0; start < shown; start += perLine) {
    const n = Math.min(perLine, shown - start);
    if (addrW) g.children.push(text(x, top + 14, [[hexAddr(addr + start), 'muted small']]));
    for (let i = 0; i < n; i++) {
      const bx = x + addrW + i * byteW;
      g.children.push(h('rect', { class: 'byte', x: r1(bx), y: r1(top), width: byteW - 2, height: BYTE_H, rx: 3 }));
      g.children.push(text(bx + (byteW - 2) / 2, top + 14, [[bytes[start + i], 'byte-text']], { 'text-anchor': 'middle' }));
      if (chars) {
        g.children.push(text(bx + (byteW - 2) / 2, top + BYTE_H + 11, [[printable(bytes[start + i]), 'muted small']], { 'text-anchor': 'middle' }));
      }
    }
    for (const label of labels || []) {
      const a = Math.max(label.offset, start), b = Math.min(label.offset + label.size, start + n);
      if (b <= a) continue;
      const lx = x + addrW + (a - start) * byteW, lw = (b - a) * byteW - 2;
      g.children.push(h('path', { class: 'field-bracket', d: `M${r1(lx)} ${r1(top + BYTE_H + 2)}v3h${r1(lw)}v-3` }));
      if (a === label.offset) {
        g.children.push(text(lx + lw / 2, top + BYTE_H + 13, [[clip(label.name, fits(lw, SMALL_CHAR) || 1), 'field-label small']], { 'text-anchor': 'middle' }));
      }
    }
    anchors.push({ ...ref, start: addr + start, end: addr + start + n, y: top + BYTE_H / 2 });
    const rowStart = addr + start, rowTop = top;
    anchors.push({ ...ref, start: rowStart, end: rowStart + n, y: top + BYTE_H / 2, target: (to) => {
      const bx = x + addrW + (to - rowStart) * byteW;
      return { x: bx + (byteW - 2) / 2, y: rowTop + 2, entry: 'top', box: { x: bx, y: rowTop, width: byteW - 2, height: BYTE_H } };
    } });
    top += rowH;
  }
  const more = bytes.length - shown + (truncated ? 1 : 0);
  if (bytes.length > shown || truncated) {
    g.children.push(text(x + addrW, top + 12, [[truncated ? 'more bytes not shown' : `+ ${plural(more, 'more byte', 'more bytes')}`, 'muted small']]));
    top += LINE;
  }
  return top - y;
}

// ------------------------------------------------------------ the stack

// A variable's slot; with `inStatic`, a static item drawn the same way in
// the static region (it has a name and a place, but no frame).
function slotBlock(slot, x, y, width, opts, anchors, inStatic = false) {
  const cls = [inStatic ? 'slot static-item' : 'slot', slot.vtable ? 'vtable' : '', slot.state === 'moved' ? 'moved' : '', slot.state === 'uninit' ? 'uninit' : '',
    slot.changed ? 'changed' : ''].filter(Boolean).join(' ');
  const g = h('g', { class: cls, 'data-kind': inStatic ? 'static' : 'slot', 'data-name': slot.name, 'data-addr': hexAddr(slot.addr),
    'data-id': (inStatic ? 'st' : 's') + slot.id });
  const inner = width - 2 * PAD;
  const size = `${slot.size} B`;
  const nameMax = fits(inner - (size.length + 2) * SMALL_CHAR);
  // A static without a name is a borrowed constant rustc placed there (`&5`, `&[1, 2, 3]`, `&MAX`).
  const nameText = clip(slot.name || 'borrowed constant', Math.max(4, nameMax - 2));
  const typeText = clip(slot.type, Math.max(3, nameMax - nameText.length - 2));
  const rows = [];
  // A vtable is named for what it is (`vtable for Dog as Animal`); its type says only how many words.
  rows.push(text(x + PAD, y + 18, slot.vtable ? [[nameText, 'name']]
    : [[nameText, slot.name ? 'name' : 'muted'], [': ', 'muted'], [typeText, 'type']]));
  rows.push(text(x + width - PAD, y + 18, [[size, 'muted small']], { 'text-anchor': 'end' }));
  const addr = hexAddr(slot.addr);
  let body = LINE + 8;
  const ref = { kind: 'slot', id: slot.id, name: slot.name, col: inStatic ? 'heap' : 'stack', xL: x, xR: x + width, top: y };
  if (opts.bytes) {
    const labels = (slot.fields || []).map((f) => ({ offset: f.offset, size: f.size, name: f.name }));
    const g2 = h('g', { class: 'bytes' });
    body += byteRows(g2, { x: x + PAD, y: y + body, width: inner, addr: slot.addr, hex: slot.bytes, labels, anchors, ref,
      truncated: slot.bytesTruncated });
    rows.push(g2);
    body += 2;
  } else {
    let value;
    if (slot.state === 'moved') value = [['moved', 'badge-text moved-text']];
    else if (slot.state === 'uninit') value = [['not yet initialised', 'muted']];
    else if (isBox(slot.type)) value = [[slot.pointsTo != null ? `ptr ${hexAddr(slot.pointsTo)}` : 'ptr (dangling)', 'value']];
    else value = [[clip(slot.value, fits(inner - (addr.length + 2) * SMALL_CHAR)), 'value']];
    const fields = (slot.fields || []).filter((f) => f.name !== '(padding)');
    const nested = isCompound(slot) && slot.state === 'live';
    if (nested && !walksItems(slot.type)) value = [[clip(slot.type, fits(inner - (addr.length + 2) * SMALL_CHAR)), 'muted small']];
    rows.push(text(x + PAD, y + body + 12, [[addr, 'muted small'], ['  ', ''], ...value]));
    anchors.push({ ...ref, start: slot.addr, end: slot.addr + Math.max(1, slot.size), y: y + body + 8 });
    body += LINE;
    if (nested) {
      // A struct or tuple: one row per field, each pointer field with its own arrow.
      for (const f of fields) {
        if (slot.vtable) {  // one word per row: what it is, then what it holds (a function by name, a number)
          const label = `${f.name}  `;
          rows.push(text(x + PAD + 12, y + body + 12, [[label, 'muted'], [clip(f.value, Math.max(4, fits(inner - 12) - label.length)), 'value']]));
          anchors.push({ ...ref, start: slot.addr + f.offset, end: slot.addr + f.offset + f.size, y: y + body + 8, field: f.name });
          body += LINE;
          continue;
        }
        const label = `.${f.name}: `;
        const room = fits(inner - 12) - label.length - f.type.length - 3;
        rows.push(text(x + PAD + 12, y + body + 12, [[label, 'muted'], [f.type, 'type'], ['  ', ''],
          [isBox(f.type) && f.pointsTo != null ? `ptr ${hexAddr(f.pointsTo)}` : clip(f.value, Math.max(4, room)), 'value']]));
        anchors.push({ ...ref, start: slot.addr + f.offset, end: slot.addr + f.offset + Math.max(1, f.size), y: y + body + 8, field: f.name });
        body += LINE;
      }
    } else if (fields.length && slot.state !== 'moved') {
      const parts = fields.map((f) => `${f.name} ${f.value}`).join(' · ');
      rows.push(text(x + PAD, y + body + 12, [[clip(parts, fits(inner, SMALL_CHAR)), 'fields small']]));
      body += LINE;
      // A pointer field deeper in the slot than the first row is anchored at the fields row.
      for (const f of fields) {
        if (f.offset > 0 && f.pointsTo !== undefined) {
          anchors.push({ ...ref, start: slot.addr + f.offset, end: slot.addr + f.offset + f.size, y: y + body - 5, field: f.name });
        }
      }
    }
    body += 6;
  }
  const height = body;
  g.children.push(h('rect', { class: 'box', x: r1(x), y: r1(y), width: r1(width), height: r1(height), rx: 6 }));
  g.children.push(...rows);
  g.children.push(h('title', {}, inStatic
    ? `${slot.name ? `static ${slot.name}` : 'data a constant borrowed'}: ${slot.type}, ${slot.size} bytes at ${addr}, ${slot.value}; ` +
      'in the static region for the whole run of the program, never dropped'
    : `${slot.name}: ${slot.type}, ${slot.size} bytes at ${addr}` + (slot.state === 'moved' ? ', moved out' : `, ${slot.value}`)));
  if (inStatic && slot.vtable) {
    g.children[g.children.length - 1] = h('title', {}, `${slot.name}: ${slot.size} bytes at ${addr} in read-only memory, ` +
      'written by the compiler: the drop glue, size and alignment of the type, then one function per method; ' +
      `every trait object of this type and trait points here`);
  }
  if (inStatic) {
    // The whole item is also a target: a `&NAME` points at it.
    anchors.push({ ...ref, start: slot.addr, end: slot.addr + Math.max(1, slot.size), y: y + 14, whole: true });
  }
  return { node: g, height };
}

// A constant has no place in memory: the compiler copies its value into each
// use. It is listed under the static region, without an address.
function constBlock(c, x, y, width) {
  const g = h('g', { class: 'const', 'data-kind': 'const', 'data-name': c.name });
  const inner = width - 2 * PAD;
  g.children.push(h('rect', { class: 'box', x: r1(x), y: r1(y), width: r1(width), height: 30, rx: 6 }));
  const head = `const ${c.name}: ${c.type} = `;
  g.children.push(text(x + PAD, y + 19, [[clip(head, fits(inner)), 'name'],
    [clip(c.init, Math.max(3, fits(inner) - head.length)), 'value']]));
  g.children.push(h('title', {}, `const ${c.name}: ${c.type} = ${c.init} has no address: ` +
    'each use of it is a fresh copy of its value, made where it is used'));
  return { node: g, height: 30 };
}

function frameBlock(frame, x, y, width, opts, anchors, placed) {
  const g = h('g', { class: 'frame', 'data-kind': 'frame', 'data-fn': frame.fn, 'data-id': 'f' + frame.id });
  // The function's name gets what the address leaves on the line; a name
  // too long beside "frame at 0x…" keeps the bare address (a closure's or
  // std's instance names run long: `Ordering::then_with::<{closure@…}>`).
  const room = (right) => fits(width - 24 - right.length * SMALL_CHAR - 2 * CHAR - 8);
  const where = frame.fn.length <= room('frame at ' + hexAddr(frame.addr)) ? 'frame at ' + hexAddr(frame.addr) : hexAddr(frame.addr);
  const header = [
    text(x + 12, y + 20, [[clip(frame.fn, room(where)), 'fn-name'], ['()', 'muted']]),
    text(x + width - 12, y + 20, [[where, 'muted small']], { 'text-anchor': 'end' }),
  ];
  let top = y + 30;
  const slotNodes = [];
  if (!frame.slots.length) {
    slotNodes.push(text(x + 12, top + 14, [['no variables yet', 'muted small']]));
    top += 24;
  }
  for (const slot of frame.slots) {
    const { node, height } = slotBlock(slot, x + 8, top, width - 16, opts, anchors);
    placed.slots.push({ name: slot.name, addr: slot.addr, frame: frame.fn, y: top, height, state: slot.state, changed: slot.changed });
    slotNodes.push(node);
    top += height + 6;
  }
  const height = top - y + 2;
  g.children.push(h('rect', { class: 'frame-box', x: r1(x), y: r1(y), width: r1(width), height: r1(height), rx: 9 }));
  g.children.push(...header, ...slotNodes);
  return { node: g, height };
}

// ------------------------------------------------------------ the heap

function cellStateLabel(cell) {
  if (cell.state === 'freed') return ['freed', 'badge freed-badge'];
  if (cell.state === 'leaked') return ['leak', 'badge leak-badge'];
  return null;
}

// A Box's cell holds one value of its type, not a one-element buffer.
const isBox = (type) => /^Box</.test(type || '');
// What a Box's cell holds: a Box<str>'s text, a Box<[T]>'s elements, or one value.
const boxKind = (type) => (type === 'Box<str>' ? 'str' : /^Box<\[/.test(type) ? 'slice' : 'one');
// A struct or tuple slot (fields by name), not a String, Vec, Box or slice
// whose fields are its pointer, capacity and length.
// An enum's fields are its tag (or niche), the active variant's fields (`Move.x`) and padding:
// its value text says the variant, and the fields go on one row without the padding.
const isEnumLike = (slot) => (slot.fields || []).some((f) => f.name === 'tag' || f.name === 'niche' || f.name.includes('.'));
const isCompound = (slot) => (slot.fields || []).length > 0 && !owns(slot.type) && !/^&/.test(slot.type) && !isEnumLike(slot);

function cellMeta(cell) {
  if (cell.boxed === 'str') return `Box<str> text · len ${cell.len}`;
  if (cell.boxed === 'slice' && !/^\[/.test(cell.elemType)) {  // not Box::new([..]) coerced: that cell holds one array
    return `Box<[${cell.elemType}]> elements · len ${cell.len}` + (cell.elemSize > 1 ? ` (${cell.elemSize} B each)` : '');
  }
  if (cell.boxed) return `Box contents · one ${cell.elemType}`;
  if (cell.fields && /^(Leaf|Internal)Node</.test(cell.elemType)) return `${cell.elemType} · B-tree node, ${cell.fields[0].value} entries`;
  if (cell.fields) return `${cell.elemType} · counts, then the value`;
  if (cell.buckets) return `${cell.len} of ${cell.cap} buckets full · then ${cell.cap} + 16 control bytes`;
  if (cell.slots) return `ring buffer · ${cell.len} of ${cell.cap} slots in use · front at [${cell.front}]`;
  if (!cell.elemSize) return cell.elemType;
  if (cell.text !== undefined) return `String text · len ${cell.len} · cap ${cell.cap}`;
  return `len ${cell.len} · cap ${cell.cap} · ${cell.elemType}` + (cell.elemSize > 1 ? ` (${cell.elemSize} B each)` : '');
}

// A cell's contents in one line: its text, its labelled parts, a table's
// entries or its elements.
function cellContents(cell) {
  if (cell.text !== undefined) return JSON.stringify(cell.text);
  if (cell.fields) return cell.fields.filter((f) => f.name !== '(padding)').map((f) => `${f.name} ${f.value}`).join(', ');
  if (cell.buckets) return `{${cell.buckets.filter((b) => b.entry !== null).map((b) => b.entry).join(', ')}}`;
  if (cell.slots) return `[${cell.slots.map((b) => b.entry ?? 'empty').join(', ')}] (front at [${cell.front}])`;
  return `[${(cell.items || []).join(', ')}]`;
}

// hasPointers: some pointer starts inside this cell, so its elements are
// listed one per row (each arrow leaves from its own row).
function cellBlock(cell, x, y, width, opts, anchors, hasPointers) {
  const cls = ['cell', cell.state !== 'live' ? cell.state : '', cell.changed ? 'changed' : ''].filter(Boolean).join(' ');
  const g = h('g', { class: cls, 'data-kind': 'cell', 'data-addr': hexAddr(cell.addr), 'data-id': 'c' + cell.id });
  const inner = width - 2 * PAD;
  const rows = [];
  const addr = hexAddr(cell.addr);
  const badge = cellStateLabel(cell);
  const owner = cell.owner && cell.state !== 'freed' ? `owner ${cell.owner}` : '';
  const sizeText = ` · ${cell.size} B`;
  rows.push(text(x + PAD, y + 18, [[addr, 'addr'], [sizeText, 'muted small']]));
  const leftW = (addr.length * CHAR) + sizeText.length * SMALL_CHAR + 12;
  if (badge) {
    const bw = badge[0].length * SMALL_CHAR + 14;
    rows.push(h('rect', { class: badge[1], x: r1(x + width - PAD - bw), y: r1(y + 6), width: r1(bw), height: 17, rx: 8.5 }));
    rows.push(text(x + width - PAD - bw / 2, y + 18.5, [[badge[0], 'badge-text']], { 'text-anchor': 'middle' }));
  } else if (owner) {
    rows.push(text(x + width - PAD, y + 18, [[clip(owner, Math.max(6, fits(inner - leftW, SMALL_CHAR))), 'owner small']], { 'text-anchor': 'end' }));
  }
  rows.push(text(x + PAD, y + 34, [[clip(cellMeta(cell), fits(inner, SMALL_CHAR)), 'muted small']]));
  let body = 42;
  const ref = { kind: 'cell', id: cell.id, col: 'heap', xL: x, xR: x + width, top: y };
  if (opts.bytes) {
    const labels = bytesLabels(cell);
    const g2 = h('g', { class: 'bytes' });
    body += byteRows(g2, { x: x + PAD, y: y + body, width: inner, addr: cell.addr, hex: cell.bytes, labels,
      chars: cell.text !== undefined, truncated: cell.bytesTruncated, anchors, ref });
    rows.push(g2);
  } else if (cell.fields || cell.buckets || cell.slots) {
    // Labelled parts (an Rc's strong and weak counts, then its value), a
    // hash table's buckets (the full ones with their entry, the others
    // greyed), or a VecDeque's slots in memory order (the front one marked).
    const parts = cell.fields
      ? cell.fields.filter((f) => f.name !== '(padding)').map((f) => ({ label: f.name, value: f.value, start: f.offset, size: f.size, filled: true }))
      : cell.buckets
        ? cell.buckets.map((b, i) => ({ label: `[${i}]`, value: b.entry ?? (b.ctrl === 0x80 ? 'deleted' : 'empty'), start: b.offset,
          size: cell.elemSize, filled: b.entry !== null }))
        : cell.slots.map((b, i) => ({ label: i === cell.front && b.entry !== null ? `[${i}] front` : `[${i}]`, value: b.entry ?? 'empty',
          start: b.offset, size: cell.elemSize, filled: b.entry !== null }));
    const limit = cell.fields ? 32 : 16;  // a B-tree node's parts: its length, parent, 11 entries and 12 edges
    const shown = parts.length > limit ? parts.filter((p) => p.filled).slice(0, limit) : parts;
    const labelW = (Math.max(...parts.map((p) => p.label.length)) + 2) * CHAR;
    for (const part of shown) {
      rows.push(h('rect', { class: part.filled ? 'elem' : 'elem spare', x: r1(x + PAD), y: r1(y + body), width: r1(inner), height: 22, rx: 4 }));
      rows.push(text(x + PAD + 6, y + body + 15, [[part.label, 'muted small']]));
      rows.push(text(x + PAD + labelW, y + body + 15, [[clip(part.value, fits(inner - labelW - 8)), part.filled ? 'value' : 'muted small']]));
      const rowBox = { x: x + PAD, y: y + body, width: inner, height: 22 };
      const span = { start: cell.addr + part.start, end: cell.addr + part.start + Math.max(1, part.size) };
      anchors.push({ ...ref, ...span, y: y + body + 11, target: () => ({ x: rowBox.x + 2, y: rowBox.y + 11, entry: 'left', box: rowBox }) });
      anchors.push({ ...ref, ...span, y: y + body + 11 });  // where the part's own pointers start
      body += 26;
    }
    if (shown.length < parts.length) {
      rows.push(text(x + PAD, y + body + 13, [[`… ${parts.length - shown.length} empty ${cell.slots ? 'slots' : 'buckets'} not listed`, 'muted small']]));
      body += LINE;
    }
    anchors.push({ ...ref, start: cell.addr, end: cell.addr + Math.max(1, cell.size), y: y + 42 + 11 });
    body += 6;
  } else {
    const items = cell.items || [];
    const listed = cell.text === undefined && cell.cap > 0 && cell.cap <= 16;
    if (listed && hasPointers) {
      // One row per element of capacity; spare room as dashed rows.
      const idxW = 5 * CHAR;
      for (let i = 0; i < cell.cap; i++) {
        const filled = i < cell.len;
        rows.push(h('rect', { class: filled ? 'elem' : 'elem spare', x: r1(x + PAD), y: r1(y + body), width: r1(inner), height: 22, rx: 4, 'data-item': i }));
        rows.push(text(x + PAD + 6, y + body + 15, [[`[${i}]`, 'muted small']]));
        const rowBox = { x: x + PAD, y: y + body, width: inner, height: 22 };
        anchors.push({ ...ref, start: cell.addr + i * cell.elemSize, end: cell.addr + (i + 1) * cell.elemSize, y: y + body + 11,
          target: () => ({ x: rowBox.x + 2, y: rowBox.y + 11, entry: 'left', box: rowBox }) });
        if (filled && items[i] !== undefined) {
          rows.push(text(x + PAD + idxW, y + body + 15, [[clip(items[i], fits(inner - idxW - 8)), 'value']]));
          anchors.push({ ...ref, start: cell.addr + i * cell.elemSize, end: cell.addr + (i + 1) * cell.elemSize, y: y + body + 11, item: i });
        } else if (!filled) {
          rows.push(text(x + PAD + idxW, y + body + 15, [['spare', 'muted small']]));
        }
        body += 26;
      }
      body += 2;
    } else if (listed) {
      // One box per element of capacity: filled up to len, dashed spare room
      // after; as many rows as it takes for the widest element to show whole.
      const widest = Math.max(1, ...items.slice(0, cell.len).map((t) => Array.from(String(t)).length));
      const perRow = Math.max(1, Math.min(cell.cap, Math.floor(inner / Math.min(96, widest * CHAR + 12))));
      const bw = Math.min(96, inner / perRow);
      const top = y + body;
      for (let i = 0; i < cell.cap; i++) {
        const bx = x + PAD + (i % perRow) * bw;
        const by = top + Math.floor(i / perRow) * 28;
        const filled = i < cell.len;
        rows.push(h('rect', { class: filled ? 'elem' : 'elem spare', x: r1(bx), y: r1(by), width: r1(bw - 3), height: 24, rx: 4, 'data-item': i }));
        if (filled && items[i] !== undefined) {
          rows.push(text(bx + (bw - 3) / 2, by + 16, [[clip(items[i], fits(bw - 8)), 'value']], { 'text-anchor': 'middle' }));
        }
        const box = { x: bx, y: by, width: bw - 3, height: 24 };
        anchors.push({ ...ref, start: cell.addr + i * cell.elemSize, end: cell.addr + (i + 1) * cell.elemSize, y: by + 12,
          target: () => ({ x: box.x + box.width / 2, y: box.y + 2, entry: 'top', box }) });
      }
      anchors.push({ ...ref, start: cell.addr, end: cell.addr + Math.max(1, cell.size), y: top + 12 });
      body += Math.ceil(cell.cap / perRow) * 28 + 2;
    } else {
      // A bar: the filled part is len of cap, the rest is spare room.
      const frac = cell.cap ? Math.min(1, cell.len / cell.cap) : 1;
      rows.push(h('rect', { class: 'bar', x: r1(x + PAD), y: r1(y + body), width: r1(inner), height: 6, rx: 3 }));
      if (frac > 0) rows.push(h('rect', { class: 'bar-fill', x: r1(x + PAD), y: r1(y + body), width: r1(inner * frac), height: 6, rx: 3 }));
      body += 10;
      const content = cell.text !== undefined ? JSON.stringify(cell.text)
        : '[' + items.join(', ') + (cell.moreItems ? `, … ${cell.moreItems} more` : '') + ']';
      rows.push(text(x + PAD, y + body + 13, [[clip(content, fits(inner)), 'value']]));
      if (cell.text !== undefined) anchors.push(textTarget(ref, cell.addr, cell.text, x + PAD, y + body, inner, y + body + 9));
      anchors.push({ ...ref, start: cell.addr, end: cell.addr + Math.max(1, cell.size), y: y + body + 9 });
      body += LINE + 2;
    }
    body += 4;
  }
  const height = body + 4;
  g.children.push(h('rect', { class: 'box', x: r1(x), y: r1(y), width: r1(width), height: r1(height), rx: 6 }));
  g.children.push(...rows);
  const described = cellContents(cell);
  g.children.push(h('title', {}, `heap cell at ${addr}: ${cell.size} bytes, ${cellMeta(cell)}, ${described}` +
    (cell.owner ? `, owned by ${cell.owner}` : '') + (cell.state !== 'live' ? `, ${cell.state}` : '')));
  // The whole cell is also a target anchor (arrows point at its top row).
  anchors.push({ ...ref, start: cell.addr, end: cell.addr + Math.max(1, cell.size), y: y + 14, whole: true });
  return { node: g, height };
}

// A target anchor over text drawn as a JSON string at (x, top) in the 12px
// font: a pointer into it lands on the character its byte starts (past the
// opening quote, counting UTF-8 bytes), and a slice's box spans its bytes.
function textTarget(ref, addr, str, x, top, width, y) {
  const starts = [];  // byte offset of each character
  let offset = 0;
  for (const ch of String(str)) {
    starts.push(offset);
    offset += new TextEncoder().encode(ch).length;
  }
  const maxChars = Math.max(1, fits(width) - 2);
  const column = (byte) => {
    let i = starts.findIndex((b) => b >= byte);
    if (i < 0) i = starts.length;
    return Math.min(i, maxChars);
  };
  return { ...ref, start: addr, end: addr + Math.max(1, offset), y, target: (to, len) => {
    const from = column(to - addr), until = Math.max(from + 1, column(to - addr + (len || 1)));
    const box = { x: x + (1 + from) * CHAR, y: top, width: (until - from) * CHAR, height: 20 };
    return { x: box.x + CHAR / 2, y: top + 2, entry: 'top', box, span: until - from > 1 };
  } };
}

function staticBlock(s, x, y, width, anchors) {
  const g = h('g', { class: 'static', 'data-kind': 'static', 'data-addr': hexAddr(s.addr), 'data-id': 'l' + s.addr });
  const inner = width - 2 * PAD;
  const addr = hexAddr(s.addr);
  g.children.push(h('rect', { class: 'box', x: r1(x), y: r1(y), width: r1(width), height: 30, rx: 6 }));
  const size = `${s.size} B`;
  g.children.push(text(x + PAD, y + 19, [[addr, 'addr'], ['  ', ''],
    [clip(JSON.stringify(s.text), fits(inner - (addr.length + size.length + 4) * SMALL_CHAR)), 'value']]));
  g.children.push(text(x + width - PAD, y + 19, [[size, 'muted small']], { 'text-anchor': 'end' }));
  g.children.push(h('title', {}, `string literal at ${addr}: ${JSON.stringify(s.text)}`));
  anchors.push({ kind: 'static', col: 'heap', xL: x, xR: x + width, top: y, start: s.addr, end: s.addr + Math.max(1, s.size), y: y + 15, whole: true });
  const textX = x + PAD + (addr.length + 2) * CHAR;
  anchors.push(textTarget({ kind: 'static', col: 'heap', xL: x, xR: x + width, top: y }, s.addr, s.text,
    textX, y + 6, inner - (addr.length + size.length + 4) * SMALL_CHAR, y + 15));
  return { node: g, height: 30 };
}

function columnTitle(x, y, title, subtitle) {
  return h('g', { class: 'column-title' },
    text(x, y + 18, [[title, 'title']]),
    text(x, y + 34, [[subtitle, 'muted small']]));
}

// ------------------------------------------------------------ arrows

// The anchor a `from` address is drawn at: the finest row holding it.
function sourceAnchor(anchors, addr) {
  let best = null;
  for (const a of anchors) {
    if (a.whole || a.target || addr < a.start || addr >= a.end) continue;
    if (!best || a.end - a.start < best.end - best.start) best = a;
  }
  return best;
}

// The anchor a `to` address points at: the block containing it.
function targetAnchor(anchors, addr) {
  let best = null;
  for (const a of anchors) {
    if (addr < a.start || addr >= a.end) continue;
    if (!best || (a.whole && !best.whole) || (a.whole === best.whole && a.end - a.start < best.end - best.start)) best = a;
  }
  return best;
}

// The finest anchor that can place a point inside it (an element's box, a
// byte, a character of text).
function spotAnchor(anchors, addr) {
  let best = null;
  for (const a of anchors) {
    if (!a.target || addr < a.start || addr >= a.end) continue;
    if (!best || a.end - a.start < best.end - best.start) best = a;
  }
  return best;
}

// What holds the pointer at `addr`: the type of the slot, field or heap
// element it is in, and for a slice (&str, &[T]) its length in bytes.
function pointerSource(view, addr) {
  for (const slots of [...(view.frames || []).map((f) => f.slots), view.staticItems || []]) {
    for (const s of slots) {
      if (addr < s.addr || addr >= s.addr + Math.max(1, s.size)) continue;
      const field = (s.fields || []).find((x) => addr >= s.addr + x.offset && addr < s.addr + x.offset + Math.max(1, x.size));
      // A struct's, tuple's or variant's field speaks for itself (a String
      // payload's pointer is its ptr word, inside the field); a String's,
      // Vec's, Box's or slice's pointer is the slot's.
      const type = field && !owns(s.type) && !/^&/.test(s.type) ? field.type : s.type;
      const len = /^&(mut )?(str|\[)/.test(type) ? Number((s.fields || []).find((x) => x.name === 'len')?.value) : 1;
      return { type, len: Number.isFinite(len) ? len : 1 };
    }
  }
  const cell = (view.heap || []).find((c) => addr >= c.addr && addr < c.addr + c.size);
  return { type: cell ? cell.elemType : '', len: 1 };
}

// An owning pointer (String, Vec, Box) is drawn to its whole cell; any other
// (a reference, a slice, an iterator's position) lands where it points: on
// the element, the byte or the character it addresses.
const owns = (type) => /^(String|Vec<|Box<)/.test(type);
// An iterator kept in a variable: its value says what is left in it (`Iter([20, 30])`), its fields where it stands.
const walksItems = (type) => /^(std::slice::Iter(Mut)?<|std::vec::IntoIter<|Chars<|Bytes<|CharIndices<)/.test(type);

function elemBytes(view, addr) {
  const cell = (view.heap || []).find((c) => addr >= c.addr && addr < c.addr + c.size);
  return cell && cell.elemSize ? cell.elemSize : 1;
}

function arrowPaths(view, anchors, geo) {
  const arrows = [];
  const loops = { left: [], right: [] };
  for (const p of view.pointers || []) {
    const src = sourceAnchor(anchors, p.from);
    const source = pointerSource(view, p.from);
    const spotAt = owns(source.type) ? null : spotAnchor(anchors, p.to);
    const dst = spotAt || targetAnchor(anchors, p.to);
    if (!src || !dst) continue;
    const a = { from: p.from, to: p.to, region: p.region, weak: Boolean(p.weak), src, dst, changed: Boolean(src.changed || src.changedBlock) };
    if (spotAt) a.spot = spotAt.target(p.to, source.len * elemBytes(view, p.to));
    if (!geo.narrow && src.col !== dst.col) a.route = src.col === 'stack' ? 'across' : 'back';
    else a.route = src.col === 'stack' && dst.col === 'stack' ? 'left' : 'right';
    if (a.route === 'left' || a.route === 'right') loops[a.route].push(a);
    arrows.push(a);
  }
  // Inner lanes for short loops, outer lanes for long ones: nested, not crossed.
  for (const side of ['left', 'right']) {
    loops[side].sort((p, q) => Math.abs(p.src.y - p.dst.y) - Math.abs(q.src.y - q.dst.y));
    loops[side].forEach((a, i) => (a.lane = Math.min(i, geo.maxLanes - 1)));
  }
  // Arrows to one spot fan out a little so each stays visible.
  const bySpot = new Map();
  for (const a of arrows.filter((x) => x.spot)) {
    const key = `${Math.round(a.spot.x)},${Math.round(a.spot.y)}`;
    if (!bySpot.has(key)) bySpot.set(key, []);
    bySpot.get(key).push(a);
  }
  for (const group of bySpot.values()) {
    group.forEach((a, k) => {
      const shift = (k - (group.length - 1) / 2) * 5;
      a.spot = { ...a.spot, [a.spot.entry === 'top' ? 'x' : 'y']: a.spot[a.spot.entry === 'top' ? 'x' : 'y'] + shift };
    });
  }
  for (const a of arrows) {
    const y1 = a.src.y, y2 = a.dst.y;
    let x1, x2, d;
    if (a.spot && a.route !== 'back') {
      // Into the middle of a block: come down onto the spot from above (or,
      // for a row, in from its left), so the head touches what is addressed.
      const { x: sx, entry, box } = a.spot;
      // From below the block, come up onto its lower edge instead.
      const below = entry === 'top' && y1 > box.y + box.height;
      const sy = below ? box.y + box.height - 2 : a.spot.y;
      x1 = a.route === 'left' ? a.src.xL : a.src.xR;
      const out = a.route === 'across' ? x1 + Math.max(24, (sx - x1) * 0.5)
        : a.route === 'left' ? Math.min(x1, sx) - 16 - a.lane * geo.laneStep : Math.max(x1, sx) + 16 + a.lane * geo.laneStep;
      // Across the gutter the curve drops onto the spot; along a lane (one
      // column) it keeps to the lane until level with the spot.
      const cx = a.route === 'across' ? sx : out;
      const c2 = entry === 'top' ? `${r1(cx)} ${r1(below ? sy + 36 : sy - 36)}` : `${r1(sx - 30)} ${r1(sy)}`;
      d = `M${r1(x1)} ${r1(y1)}C${r1(out)} ${r1(y1)} ${c2} ${r1(sx)} ${r1(sy)}`;
      a.d = d;
      a.x1 = x1; a.y1 = y1;
      continue;
    }
    if (a.route === 'across') {
      x1 = a.src.xR; x2 = a.dst.xL - 2;
      const dx = (x2 - x1) * 0.55;
      d = `M${r1(x1)} ${r1(y1)}C${r1(x1 + dx)} ${r1(y1)} ${r1(x2 - dx)} ${r1(y2)} ${r1(x2)} ${r1(y2)}`;
    } else if (a.route === 'back') {
      x1 = a.src.xL; x2 = a.dst.xR + 2;
      const dx = (x1 - x2) * 0.55;
      d = `M${r1(x1)} ${r1(y1)}C${r1(x1 - dx)} ${r1(y1)} ${r1(x2 + dx)} ${r1(y2)} ${r1(x2)} ${r1(y2)}`;
    } else if (a.route === 'right') {
      x1 = a.src.xR; x2 = a.dst.xR + 2;
      const lane = Math.max(x1, x2) + 16 + a.lane * geo.laneStep;
      d = `M${r1(x1)} ${r1(y1)}C${r1(lane)} ${r1(y1)} ${r1(lane)} ${r1(y2)} ${r1(x2)} ${r1(y2)}`;
    } else {
      x1 = a.src.xL; x2 = a.dst.xL - 2;
      const lane = Math.min(x1, x2) - 16 - a.lane * geo.laneStep;
      d = `M${r1(x1)} ${r1(y1)}C${r1(lane)} ${r1(y1)} ${r1(lane)} ${r1(y2)} ${r1(x2)} ${r1(y2)}`;
    }
    a.d = d;
    a.x1 = x1; a.y1 = y1;
  }
  return arrows;
}

// ------------------------------------------------------------ layout

// options: {width = 960, bytes = false, narrowWidth = 720}
export function layout(view, options = {}) {
  const width = Math.max(300, Math.round(options.width || 960));
  const opts = { bytes: Boolean(options.bytes) };
  const narrow = width < (options.narrowWidth || 720);
  // Gutters as wide as their arrows need: stack-to-stack references loop on
  // the left, the rest (in one column) on the right.
  const inStack = (addr) => (view.frames || []).some((f) => f.slots.some((s) => addr >= s.addr && addr < s.addr + Math.max(1, s.size)));
  const pointers = view.pointers || [];
  const leftLoops = pointers.filter((p) => inStack(p.from) && inStack(p.to)).length;
  const rightLoops = pointers.length - leftLoops - (narrow ? 0 : pointers.filter((p) => inStack(p.from) !== inStack(p.to)).length);
  const maxLanes = 6;
  const laneStep = narrow ? 7 : 9;
  const sideRoom = 12 + (rightLoops ? 16 + Math.min(rightLoops, maxLanes) * laneStep : 0);
  const leftRoom = 8 + (leftLoops ? 16 + Math.min(leftLoops, maxLanes) * laneStep : 0);
  const anchors = [];
  const placed = { slots: [], cells: [], statics: [] };
  let stackX, stackW, heapX, heapW;
  if (narrow) {
    stackX = heapX = leftRoom;
    stackW = heapW = width - leftRoom - sideRoom;
  } else {
    const mid = 84;
    const usable = width - leftRoom - sideRoom - mid;
    stackW = Math.round(usable * 0.5);
    heapW = usable - stackW;
    stackX = leftRoom;
    heapX = stackX + stackW + mid;
  }

  // The stack column.
  const stackNodes = [columnTitle(stackX, 0, 'Stack', 'fast, fixed size · frames grow downward')];
  let y = HEAD;
  const frames = view.frames || [];
  if (!frames.length) {
    stackNodes.push(text(stackX + 4, y + 16, [['(no frames: the program has not started or has returned)', 'muted small']]));
    y += 28;
  }
  for (const frame of frames) {
    const { node, height } = frameBlock(frame, stackX, y, stackW, opts, anchors, placed);
    stackNodes.push(node);
    y += height + GAP;
  }
  const stackBottom = y;

  // The heap column, then static strings under it.
  let hy = narrow ? stackBottom + 14 : 0;
  const heapNodes = [columnTitle(heapX, hy, 'Heap', 'dynamic size · owned through pointers')];
  hy += HEAD;
  const heap = view.heap || [];
  if (!heap.length) {
    heapNodes.push(text(heapX + 4, hy + 16, [['(empty: nothing allocated yet)', 'muted small']]));
    hy += 28;
  }
  const pointerFroms = (view.pointers || []).map((p) => p.from);
  const boxed = new Map((view.pointers || []).map((p) => [p.to, pointerSource(view, p.from).type]).filter(([, type]) => isBox(type))
    .map(([to, type]) => [to, boxKind(type)]));
  for (const c of heap) {
    const cell = boxed.has(c.addr) ? { ...c, boxed: boxed.get(c.addr) } : c;
    const hasPointers = pointerFroms.some((f) => f >= cell.addr && f < cell.addr + cell.size);
    const { node, height } = cellBlock(cell, heapX, hy, heapW, opts, anchors, hasPointers);
    placed.cells.push({ addr: cell.addr, y: hy, height, state: cell.state, changed: cell.changed, owner: cell.owner });
    heapNodes.push(node);
    hy += height + GAP;
  }
  const statics = view.statics || [];
  const staticItems = view.staticItems || [];
  if (statics.length || staticItems.length) {
    hy += 8;
    heapNodes.push(columnTitle(heapX, hy, 'Static', staticItems.length ? 'statics and string literals · in the binary, for the whole run'
      : 'string literals · read-only, in the binary'));
    hy += HEAD;
    for (const item of staticItems) {
      const { node, height } = slotBlock(item, heapX, hy, heapW, opts, anchors, true);
      placed.statics.push({ addr: item.addr, y: hy, name: item.name });
      heapNodes.push(node);
      hy += height + GAP;
    }
    for (const s of statics) {
      const { node, height } = staticBlock(s, heapX, hy, heapW, anchors);
      placed.statics.push({ addr: s.addr, y: hy });
      heapNodes.push(node);
      hy += height + GAP;
    }
  }

  const consts = view.consts || [];
  if (consts.length) {
    hy += 8;
    heapNodes.push(columnTitle(heapX, hy, 'Constants', 'no address · each use is a fresh copy'));
    hy += HEAD;
    for (const c of consts) {
      const { node, height } = constBlock(c, heapX, hy, heapW);
      heapNodes.push(node);
      hy += height + GAP;
    }
  }

  // Changed flags travel with anchors so an arrow out of a changed row is highlighted.
  const changedSlot = new Set(frames.flatMap((f) => f.slots.filter((s) => s.changed).map((s) => s.id)));
  const changedCell = new Set(heap.filter((c) => c.changed).map((c) => c.id));
  for (const a of anchors) {
    if ((a.kind === 'slot' && changedSlot.has(a.id)) || (a.kind === 'cell' && changedCell.has(a.id))) a.changedBlock = true;
  }

  const arrows = arrowPaths(view, anchors, { narrow, maxLanes, laneStep });
  const height = Math.max(stackBottom, hy) + 8;
  const arrowNodes = arrows.map((a) =>
    h('g', { class: 'arrow' + (a.changed ? ' changed' : '') + (a.region === 'static' ? ' to-static' : '') + (a.weak ? ' weak' : ''),
      'data-from': hexAddr(a.from), 'data-to': hexAddr(a.to), 'data-src': (a.src.kind === 'slot' ? 's' : a.src.kind === 'cell' ? 'c' : 'x') + (a.src.id ?? '') },
    a.spot && a.spot.span
      ? h('rect', { class: 'slice-mark', x: r1(a.spot.box.x), y: r1(a.spot.box.y), width: r1(a.spot.box.width), height: a.spot.box.height, rx: 3 }) : null,
    h('path', { class: 'arrow-line', d: a.d, 'marker-end': a.changed ? 'url(#sh-head-changed)' : 'url(#sh-head)' }),
    h('circle', { class: 'arrow-dot', cx: r1(a.x1), cy: r1(a.y1), r: 3 })));

  const defs = h('defs', {},
    h('marker', { id: 'sh-head', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      h('path', { class: 'arrow-head', d: 'M0 0L10 5L0 10z' })),
    h('marker', { id: 'sh-head-changed', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      h('path', { class: 'arrow-head changed', d: 'M0 0L10 5L0 10z' })));

  const tree = h('svg', {
    xmlns: SVG_NS, class: 'memory-diagram' + (narrow ? ' narrow' : '') + (opts.bytes ? ' bytes-view' : ''),
    viewBox: `0 0 ${width} ${Math.ceil(height)}`, width, height: Math.ceil(height), role: 'img',
    'aria-label': summary(view),
  }, defs, h('g', { class: 'stack-column' }, stackNodes), h('g', { class: 'heap-column' }, heapNodes),
  h('g', { class: 'arrows' }, arrowNodes));
  return {
    tree, width, height: Math.ceil(height), narrow, placed,
    arrows: arrows.map((a) => ({ from: a.from, to: a.to, route: a.route, changed: a.changed, d: a.d,
      source: a.src.kind === 'slot' ? a.src.name : a.src.kind, target: a.dst.kind })),
  };
}

// One sentence for the SVG's accessible name; the table carries the details.
export function summary(view) {
  const slots = (view.frames || []).reduce((n, f) => n + f.slots.length, 0);
  const live = (view.heap || []).filter((c) => c.state !== 'freed').length;
  return `Memory: ${plural((view.frames || []).length, 'stack frame', 'stack frames')} with ${plural(slots, 'variable', 'variables')}, ` +
    `${plural(live, 'heap cell', 'heap cells')} in use, ${plural((view.pointers || []).length, 'pointer', 'pointers')}.`;
}

// The text alternative: one row per slot, heap cell, static and constant.
export function tableRows(view) {
  const rows = [];
  for (const f of view.frames || []) {
    for (const s of f.slots) {
      rows.push({ region: `stack (${f.fn})`, name: s.name, type: s.type, addr: hexAddr(s.addr), size: s.size,
        value: s.state === 'moved' ? 'moved' : s.state === 'uninit' ? 'uninitialised' : s.value + (s.pointsTo != null ? ` → ${hexAddr(s.pointsTo)}` : ''),
        state: s.state + (s.changed ? ', changed' : '') });
    }
  }
  for (const c of view.heap || []) {
    rows.push({ region: 'heap', name: c.owner || '', type: `${c.elemType} (${c.len} of ${c.cap})`, addr: hexAddr(c.addr), size: c.size,
      value: cellContents(c),
      state: (c.state === 'leaked' ? 'leak' : c.state) + (c.changed ? ', changed' : '') });
  }
  for (const s of view.staticItems || []) {
    rows.push({ region: 'static', name: s.name, type: s.type, addr: hexAddr(s.addr), size: s.size,
      value: s.value + (s.pointsTo != null ? ` → ${hexAddr(s.pointsTo)}` : ''), state: 'lives for the whole run' });
  }
  for (const s of view.statics || []) {
    rows.push({ region: 'static', name: '', type: '&str', addr: hexAddr(s.addr), size: s.size, value: JSON.stringify(s.text), state: 'read-only' });
  }
  for (const c of view.consts || []) {
    rows.push({ region: 'const', name: c.name, type: c.type, addr: 'none', size: '', value: c.init,
      state: 'no address: each use is a fresh copy' });
  }
  return rows;
}

// ------------------------------------------------------------ DOM

export function toDom(node, doc) {
  if (node.text !== undefined) return doc.createTextNode(node.text);
  const el = doc.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs)) if (k !== 'xmlns') el.setAttribute(k, String(v));
  for (const child of node.children) el.appendChild(toDom(child, doc));
  return el;
}

export function renderView(view, options = {}, doc = globalThis.document) {
  const result = layout(view, options);
  return { svg: toDom(result.tree, doc), layout: result };
}
