// VecDeque<T>: std 1.95's ring buffer on simulated memory.
//
// The header is a RawVec (capacity and buffer pointer, where a Vec has
// them, so the buffer rules of run/std/vec.cpp apply) plus the physical
// index of the front element and the length (check/types.h DequeHeader). The
// element at logical index i sits in slot (head + i) mod cap, so pushes at
// the front walk the head backwards around the end of the buffer. It
// allocates as std does:
//   - new allocates nothing; with_capacity(n) allocates exactly n elements;
//   - a push into a full deque grows the buffer as a Vec's (RawVec's
//     grow_one: double, at least 4 elements, 8 of one byte), by realloc, then
//     moves the shorter wrapped part as handle_capacity_increase does;
//   - clone allocates exactly len elements and clones front to back;
//   - drop and clear drop front to back, then (drop) free the buffer;
//   - rotate, insert, remove and a drain's close move the shorter side,
//     copying as std's wrap_copy (the head moving when the front part
//     does), so as_slices shows where each element really is.
// One function per row of check/std_fns.def and check/std_methods.def, named run<Row>.
#include <algorithm>

#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

static_assert(DequeHeader::cap == VecHeader::cap && DequeHeader::ptr == VecHeader::ptr, "a VecDeque's RawVec is where a Vec's is");

// ---------------------------------------------------------------- the ring

Address Interpreter::dequeSlot(Address header, TypeId deque, uint64_t index) const {
  uint64_t cap = mem_.readU64(header + DequeHeader::cap), head = mem_.readU64(header + DequeHeader::head);
  uint64_t physical = head + index;
  if (physical >= cap) physical -= cap;
  return mem_.readU64(header + DequeHeader::ptr) + physical * T_.layout(T_.get(deque).args[0]).size;
}

Value Interpreter::newDeque(TypeId deque, uint64_t cap) {
  Value buffer = newVec(deque, cap);  // the RawVec part, as a Vec's
  Value v(deque, DequeHeader::size);
  v.setU64(DequeHeader::cap, buffer.u64(VecHeader::cap));
  v.setU64(DequeHeader::ptr, buffer.u64(VecHeader::ptr));
  return v;
}

// VecDeque::reserve: room for `additional` more, the buffer grown as a
// Vec's (RawVec's amortized growth) when it lacks it, then the part that
// wrapped past the old end moves (handle_capacity_increase's cases A, B and C).
void Interpreter::reserveDeque(Address header, TypeId deque, uint64_t additional, Span at) {
  uint64_t oldCap = mem_.readU64(header + DequeHeader::cap), len = mem_.readU64(header + DequeHeader::len);
  if (additional <= oldCap - len) return;
  TypeId elem = T_.get(deque).args[0];
  growBuffer(header, elem, len, additional, at);
  uint64_t newCap = mem_.readU64(header + DequeHeader::cap), head = mem_.readU64(header + DequeHeader::head);
  if (head <= oldCap - len) return;  // A: contiguous already
  uint64_t size = T_.layout(elem).size;
  Address data = mem_.readU64(header + DequeHeader::ptr);
  uint64_t headLen = oldCap - head, tailLen = len - headLen;
  if (headLen > tailLen && newCap - oldCap >= tailLen) {  // B: the wrapped tail after the old end
    mem_.copy(data + oldCap * size, data, tailLen * size);
    return;
  }
  uint64_t newHead = newCap - headLen;  // C: the head part to the new end
  mem_.copy(data + newHead * size, data + head * size, headLen * size);
  mem_.writeU64(header + DequeHeader::head, newHead);
}

void Interpreter::setDequeLength(Address header, uint64_t len) { setLengthAt(header, DequeHeader::len, len); }

// A push into a full deque: grow_one, a reserve of one.
void Interpreter::growDequeIfFull(Address header, TypeId deque, Span at) {
  if (mem_.readU64(header + DequeHeader::len) < mem_.readU64(header + DequeHeader::cap)) return;
  reserveDeque(header, deque, 1, at);
}

void Interpreter::pushDeque(Address header, TypeId deque, const Value& v, bool front, Span at) {
  growDequeIfFull(header, deque, at);
  uint64_t cap = mem_.readU64(header + DequeHeader::cap), len = mem_.readU64(header + DequeHeader::len);
  if (front) {
    uint64_t head = mem_.readU64(header + DequeHeader::head);
    mem_.writeU64(header + DequeHeader::head, head == 0 ? cap - 1 : head - 1);
  }
  mem_.write(dequeSlot(header, deque, front ? 0 : len), v.data(), v.size());
  setDequeLength(header, len + 1);
}

// `for x in &d`, `d.iter()`: a reference to each element, front to back.
std::vector<Value> Interpreter::dequeItems(Address header, TypeId deque, TypeId itemType) {
  std::vector<Value> items;
  for (uint64_t i = 0; i < mem_.readU64(header + DequeHeader::len); ++i) {
    Value r(itemType, 8);
    r.setU64(0, dequeSlot(header, deque, i));
    items.push_back(std::move(r));
  }
  return items;
}

// into_iter: each element moved out front to back as it is taken; what is
// left is dropped and the buffer freed when the iterator is (closeStream).
Value Interpreter::runDequeIntoIter(StdCall& c) {
  c.stream = consumedTableStream(c.self, c.call);
  return makeUnit();
}

// `for x in d`: each element moved out, front to back; the buffer is freed by the loop.
std::vector<Value> Interpreter::takeDequeItems(Address header, TypeId deque) {
  std::vector<Value> items;
  TypeId elem = T_.get(deque).args[0];
  for (uint64_t i = 0; i < mem_.readU64(header + DequeHeader::len); ++i) items.push_back(readPlace(Place{dequeSlot(header, deque, i), elem}, false));
  return items;
}

// Drop glue: every element front to back, then the buffer.
void Interpreter::dropDeque(Address header, TypeId deque) {
  TypeId elem = T_.get(deque).args[0];
  for (uint64_t i = 0; i < mem_.readU64(header + DequeHeader::len); ++i) dropValue(dequeSlot(header, deque, i), elem);
  if (mem_.readU64(header + DequeHeader::cap) > 0 && T_.layout(elem).size > 0) mem_.free(mem_.cellAt(mem_.readU64(header + DequeHeader::ptr))->id);
}

// clone: with_capacity(len), then each element cloned onto the back.
Value Interpreter::cloneDeque(Address header, TypeId deque, Span at) {
  uint64_t len = mem_.readU64(header + DequeHeader::len);
  Address out = holdInScratch(newDeque(deque, len));
  TypeId elem = T_.get(deque).args[0];
  for (uint64_t i = 0; i < len; ++i) pushDeque(out, deque, cloneValue(dequeSlot(header, deque, i), elem, at), false, at);
  return readPlace(Place{out, deque}, false);
}

// `d[i]`: the element's place, or std's "Out of bounds access", which rustc reports at the `[`.
Place Interpreter::dequeIndexPlace(const Expr& e, const Place& deque) {
  uint64_t i = eval(*e.rhs).u64();
  if (i >= mem_.readU64(deque.addr + DequeHeader::len)) {
    auto bracket = static_cast<uint32_t>(file_.text().find('[', e.lhs->span.end));
    panic("Out of bounds access", Span{bracket, bracket + 1});
  }
  return Place{dequeSlot(deque.addr, deque.type, i), T_.get(deque.type).args[0]};
}

// ---------------------------------------------------------------- VecDeque<T>

Value Interpreter::runVecDequeNew(StdCall& c) { return newDeque(c.call.type, 0); }

// From<Vec<T>>: the Vec's buffer, capacity and length taken over with the
// head at 0 (std's into_raw_parts), nothing allocated or copied.
Value Interpreter::dequeOfVec(const Value& vec, TypeId deque) {
  Value v(deque, DequeHeader::size);
  v.setU64(DequeHeader::cap, vec.u64(VecHeader::cap));
  v.setU64(DequeHeader::ptr, vec.u64(VecHeader::ptr));
  v.setU64(DequeHeader::len, vec.u64(VecHeader::len));
  return v;
}

// From<[T; N]>: with_capacity(N), then the elements copied in, head at 0.
Value Interpreter::runVecDequeFrom(StdCall& c) {
  const Value& from = c.args[0];
  if (T_.get(from.type).kind == TypeKind::Vec) return dequeOfVec(from, c.call.type);
  uint64_t n = T_.get(from.type).length;
  Address h = holdInScratch(newDeque(c.call.type, n));
  if (from.size() > 0) mem_.write(mem_.readU64(h + DequeHeader::ptr), from.data(), from.size());
  setDequeLength(h, n);
  return readPlace(Place{h, c.call.type}, true);
}
Value Interpreter::runVecDequeWithCapacity(StdCall& c) { return newDeque(c.call.type, c.args[0].u64()); }

Value Interpreter::runDequePushBack(StdCall& c) {
  pushDeque(c.recv.addr, c.recv.type, c.args[0], false, c.call.span);
  return makeUnit();
}

Value Interpreter::runDequePushFront(StdCall& c) {
  pushDeque(c.recv.addr, c.recv.type, c.args[0], true, c.call.span);
  return makeUnit();
}

Value Interpreter::runDequePopFront(StdCall& c) {
  uint64_t len = mem_.readU64(c.recv.addr + DequeHeader::len);
  if (len == 0) return makeOption(c.call.type, nullptr);
  Value v = readPlace(Place{dequeSlot(c.recv.addr, c.recv.type, 0), receiverElem(c)}, false);
  uint64_t head = mem_.readU64(c.recv.addr + DequeHeader::head) + 1;
  mem_.writeU64(c.recv.addr + DequeHeader::head, head >= mem_.readU64(c.recv.addr + DequeHeader::cap) ? 0 : head);
  setDequeLength(c.recv.addr, len - 1);
  return makeOption(c.call.type, &v);
}

Value Interpreter::runDequePopBack(StdCall& c) {
  uint64_t len = mem_.readU64(c.recv.addr + DequeHeader::len);
  if (len == 0) return makeOption(c.call.type, nullptr);
  setDequeLength(c.recv.addr, len - 1);
  Value v = readPlace(Place{dequeSlot(c.recv.addr, c.recv.type, len - 1), receiverElem(c)}, false);
  return makeOption(c.call.type, &v);
}

Value Interpreter::runDequeFront(StdCall& c) {
  return optionRefTo(c, mem_.readU64(c.recv.addr + DequeHeader::len) > 0, dequeSlot(c.recv.addr, c.recv.type, 0));
}

Value Interpreter::runDequeBack(StdCall& c) {
  uint64_t len = mem_.readU64(c.recv.addr + DequeHeader::len);
  return optionRefTo(c, len > 0, len > 0 ? dequeSlot(c.recv.addr, c.recv.type, len - 1) : 0);
}

Value Interpreter::runDequeFrontMut(StdCall& c) { return runDequeFront(c); }
Value Interpreter::runDequeBackMut(StdCall& c) { return runDequeBack(c); }

Value Interpreter::runDequeGet(StdCall& c) {
  uint64_t i = c.args[0].u64();
  bool some = i < mem_.readU64(c.recv.addr + DequeHeader::len);
  return optionRefTo(c, some, some ? dequeSlot(c.recv.addr, c.recv.type, i) : 0);
}

Value Interpreter::runDequeGetMut(StdCall& c) { return runDequeGet(c); }

Value Interpreter::runDequeLen(StdCall& c) { return makeInt(T_.usize(), static_cast<__int128>(mem_.readU64(c.recv.addr + DequeHeader::len))); }
Value Interpreter::runDequeIsEmpty(StdCall& c) { return makeBool(mem_.readU64(c.recv.addr + DequeHeader::len) == 0); }
Value Interpreter::runDequeCapacity(StdCall& c) { return makeInt(T_.usize(), static_cast<__int128>(mem_.readU64(c.recv.addr + DequeHeader::cap))); }

Value Interpreter::runDequeContains(StdCall& c) {
  TypeId elem = receiverElem(c);
  Place needle = deref(Place{materialize(c.args[0]), c.args[0].type});
  for (uint64_t i = 0; i < mem_.readU64(c.recv.addr + DequeHeader::len); ++i)
    if (compareValues(Place{dequeSlot(c.recv.addr, c.recv.type, i), elem}, needle) == 0) return makeBool(true);
  return makeBool(false);
}

// clear: truncate(0) (the length first, then each element front to back), then the head back to 0.
Value Interpreter::runDequeClear(StdCall& c) {
  uint64_t len = mem_.readU64(c.recv.addr + DequeHeader::len);
  std::vector<Address> slots;
  for (uint64_t i = 0; i < len; ++i) slots.push_back(dequeSlot(c.recv.addr, c.recv.type, i));
  setDequeLength(c.recv.addr, 0);
  for (Address at : slots) dropValue(at, receiverElem(c));
  mem_.writeU64(c.recv.addr + DequeHeader::head, 0);
  return makeUnit();
}

// retain and retain_mut as std's: the closure sees each element front to
// back; each kept one is swapped down to the next kept place, so the
// rejected ones gather at the back in swapped order, where truncate drops
// them (the length first, then each front to back).
Value Interpreter::runDequeRetain(StdCall& c) {
  TypeId elem = receiverElem(c);
  uint64_t len = mem_.readU64(c.recv.addr + DequeHeader::len), size = T_.layout(elem).size, kept = 0;
  HeldCallable f = holdCallable(c.args[0]);
  std::vector<uint8_t> a(size), b(size);
  for (uint64_t i = 0; i < len; ++i) {
    Value at(paramOf(f, 0), 8);
    at.setU64(0, dequeSlot(c.recv.addr, c.recv.type, i));
    if (callHeld(f, {at}, c.call.nameSpan).data()[0] == 0) continue;
    if (kept != i) {
      Address to = dequeSlot(c.recv.addr, c.recv.type, kept), from = dequeSlot(c.recv.addr, c.recv.type, i);
      mem_.read(to, a.data(), size);
      mem_.read(from, b.data(), size);
      mem_.write(to, b.data(), size);
      mem_.write(from, a.data(), size);
    }
    ++kept;
  }
  releaseCallable(f);
  std::vector<Address> rejected;
  for (uint64_t i = kept; i < len; ++i) rejected.push_back(dequeSlot(c.recv.addr, c.recv.type, i));
  if (kept != len) setDequeLength(c.recv.addr, kept);
  for (Address at : rejected) dropValue(at, elem);
  return makeUnit();
}

Value Interpreter::runDequeRetainMut(StdCall& c) { return runDequeRetain(c); }

Value Interpreter::runDequeIter(StdCall& c) {
  c.items = dequeItems(c.recv.addr, c.recv.type, itemOf(c));
  return makeUnit();
}

Value Interpreter::runDequeIterMut(StdCall& c) { return runDequeIter(c); }

// Extend as std's SpecExtend: a length std trusts (a Vec's or a slice's
// iterator, a range, a map of one) reserved at once; otherwise, at the first
// item and whenever the deque is full, room for the hint left plus one.
// References to Copy elements are copied in.
Value Interpreter::runDequeExtend(StdCall& c) {
  Address h = c.recv.addr;
  TypeId deque = c.recv.type, elem = receiverElem(c);
  bool trusted = true, first = true;
  extendWith(
      c, elem,
      [&](SizeHint hint, bool exact) {
        trusted = exact;
        if (!trusted) return;
        if (!hint.upper) panicCapacityOverflow(c.call.nameSpan);
        reserveDeque(h, deque, *hint.upper, c.call.span);
      },
      [&](Value x) {
        if (!trusted && (first || mem_.readU64(h + DequeHeader::len) == mem_.readU64(h + DequeHeader::cap))) {
          uint64_t more = sizeHint(*c.otherStream).lower;
          reserveDeque(h, deque, more + 1 < more ? more : more + 1, c.call.span);
        }
        first = false;
        pushDeque(h, deque, x, false, c.call.span);
      });
  return makeUnit();
}

// ---------------------------------------------------------------- moving parts of the ring

// The physical slot of logical index i (std's to_physical_idx), and a slot
// `by` before a physical one (wrap_sub).
uint64_t Interpreter::dequePhysical(Address header, uint64_t i) const {
  uint64_t cap = mem_.readU64(header + DequeHeader::cap), at = mem_.readU64(header + DequeHeader::head) + i;
  return cap == 0 ? 0 : at % cap;
}

// wrap_copy(src, dst, len): `len` elements from physical slot src on to
// physical slot dst on, either run wrapping around the buffer's end; what
// the destination ends up holding is the source as it was (std copies in
// the order that keeps it so), the other slots keep their bytes.
void Interpreter::dequeWrapCopy(Address header, TypeId deque, uint64_t src, uint64_t dst, uint64_t len) {
  uint64_t cap = mem_.readU64(header + DequeHeader::cap), size = T_.layout(T_.get(deque).args[0]).size;
  if (len == 0 || src == dst || size == 0) return;
  Address data = mem_.readU64(header + DequeHeader::ptr);
  std::vector<uint8_t> moved(len * size);
  for (uint64_t i = 0; i < len; ++i) mem_.read(data + (src + i) % cap * size, moved.data() + i * size, size);
  for (uint64_t i = 0; i < len; ++i) mem_.write(data + (dst + i) % cap * size, moved.data() + i * size, size);
}

void Interpreter::setDequeHead(Address header, uint64_t head) { mem_.writeU64(header + DequeHeader::head, head); }

// rotate_left_inner(mid): the first mid elements copied after the last, the head moved past them.
void Interpreter::rotateDequeLeft(Address header, TypeId deque, uint64_t mid) {
  uint64_t len = mem_.readU64(header + DequeHeader::len);
  dequeWrapCopy(header, deque, mem_.readU64(header + DequeHeader::head), dequePhysical(header, len), mid);
  setDequeHead(header, dequePhysical(header, mid));
}

// rotate_right_inner(k): the head moved k slots back, the last k elements copied there.
void Interpreter::rotateDequeRight(Address header, TypeId deque, uint64_t k) {
  uint64_t cap = mem_.readU64(header + DequeHeader::cap), head = mem_.readU64(header + DequeHeader::head);
  if (cap > 0) setDequeHead(header, (head + cap - k % cap) % cap);
  dequeWrapCopy(header, deque, dequePhysical(header, mem_.readU64(header + DequeHeader::len)), mem_.readU64(header + DequeHeader::head), k);
}

// rotate_left(n) and rotate_right(n) as std's: whichever way moves fewer
// elements (n or len - n), after asserting n <= len inside std.
Value Interpreter::runDequeRotateLeft(StdCall& c) {
  uint64_t n = c.args[0].u64(), len = mem_.readU64(c.recv.addr + DequeHeader::len);
  if (n > len) throw Panic{"assertion failed: n <= self.len()", c.call.nameSpan, stdLocation(StdSite::DequeRotateLeft)};
  if (n <= len - n) rotateDequeLeft(c.recv.addr, c.recv.type, n);
  else rotateDequeRight(c.recv.addr, c.recv.type, len - n);
  return makeUnit();
}

Value Interpreter::runDequeRotateRight(StdCall& c) {
  uint64_t n = c.args[0].u64(), len = mem_.readU64(c.recv.addr + DequeHeader::len);
  if (n > len) throw Panic{"assertion failed: n <= self.len()", c.call.nameSpan, stdLocation(StdSite::DequeRotateRight)};
  if (n <= len - n) rotateDequeRight(c.recv.addr, c.recv.type, n);
  else rotateDequeLeft(c.recv.addr, c.recv.type, len - n);
  return makeUnit();
}

// as_slices: the part from the head to the buffer's end (or to the last
// element), then the part wrapped to the buffer's start.
Value Interpreter::runDequeAsSlices(StdCall& c) {
  Address h = c.recv.addr;
  uint64_t cap = mem_.readU64(h + DequeHeader::cap), head = mem_.readU64(h + DequeHeader::head), len = mem_.readU64(h + DequeHeader::len);
  uint64_t size = T_.layout(receiverElem(c)).size, first = std::min(len, cap - head);
  Address data = mem_.readU64(h + DequeHeader::ptr);
  const Layout& l = T_.layout(c.call.type);
  Value pair(c.call.type, l.size);
  pair.setU64(l.fields[0].offset, data + head * size);
  pair.setU64(l.fields[0].offset + 8, first);
  pair.setU64(l.fields[1].offset, data);
  pair.setU64(l.fields[1].offset + 8, len - first);
  return pair;
}

Value Interpreter::runDequeAsMutSlices(StdCall& c) { return runDequeAsSlices(c); }

// make_contiguous as std's: nothing moves when the elements do not wrap;
// otherwise the part that fits in the free slots moves (the head part to
// the start, or the wrapped part after the head part), or, when neither
// fits, the two parts are joined and rotated (into the buffer's end when
// the wrapped part is the shorter, else its start).
Value Interpreter::runDequeMakeContiguous(StdCall& c) {
  Address h = c.recv.addr;
  uint64_t cap = mem_.readU64(h + DequeHeader::cap), head = mem_.readU64(h + DequeHeader::head), len = mem_.readU64(h + DequeHeader::len);
  TypeId elem = receiverElem(c);
  uint64_t size = T_.layout(elem).size;
  if (head > cap - len) {
    uint64_t free = cap - len, headLen = cap - head, tailLen = len - headLen;
    uint64_t newHead = free >= headLen ? 0 : free >= tailLen ? tailLen : headLen > tailLen ? free : 0;
    std::vector<uint8_t> all(len * size);
    for (uint64_t i = 0; i < len; ++i) mem_.read(dequeSlot(h, c.recv.type, i), all.data() + i * size, size);
    mem_.write(mem_.readU64(h + DequeHeader::ptr) + newHead * size, all.data(), all.size());
    setDequeHead(h, newHead);
  }
  Value slice(c.call.type, 16);
  slice.setU64(0, dequeSlot(h, c.recv.type, 0));
  slice.setU64(8, len);
  return slice;
}

// swap(i, j): both asserted in range inside std, then the two slots' values exchanged.
Value Interpreter::runDequeSwap(StdCall& c) {
  uint64_t i = c.args[0].u64(), j = c.args[1].u64(), len = mem_.readU64(c.recv.addr + DequeHeader::len);
  if (i >= len) throw Panic{"assertion failed: i < self.len()", c.call.nameSpan, stdLocation(StdSite::DequeSwapFirst)};
  if (j >= len) throw Panic{"assertion failed: j < self.len()", c.call.nameSpan, stdLocation(StdSite::DequeSwapSecond)};
  uint64_t size = T_.layout(receiverElem(c)).size;
  Address a = dequeSlot(c.recv.addr, c.recv.type, i), b = dequeSlot(c.recv.addr, c.recv.type, j);
  std::vector<uint8_t> x(size), y(size);
  mem_.read(a, x.data(), size);
  mem_.read(b, y.data(), size);
  mem_.write(a, y.data(), size);
  mem_.write(b, x.data(), size);
  return makeUnit();
}

// truncate(n): the length first, then the elements past n dropped front to back.
Value Interpreter::runDequeTruncate(StdCall& c) {
  uint64_t keep = c.args[0].u64(), len = mem_.readU64(c.recv.addr + DequeHeader::len);
  if (keep >= len) return makeUnit();
  std::vector<Address> slots;
  for (uint64_t i = keep; i < len; ++i) slots.push_back(dequeSlot(c.recv.addr, c.recv.type, i));
  setDequeLength(c.recv.addr, keep);
  for (Address at : slots) dropValue(at, receiverElem(c));
  return makeUnit();
}

// insert(i, x): a full deque grows first; then the shorter side moves one
// slot (the elements after i towards the back, or those before i, with
// the head, towards the front) and x is written at i.
Value Interpreter::runDequeInsert(StdCall& c) {
  Address h = c.recv.addr;
  uint64_t index = c.args[0].u64(), len = mem_.readU64(h + DequeHeader::len);
  if (index > len) throw Panic{"index out of bounds", c.call.nameSpan, stdLocation(StdSite::DequeInsert)};
  growDequeIfFull(h, c.recv.type, c.call.span);
  if (len - index < index) {
    dequeWrapCopy(h, c.recv.type, dequePhysical(h, index), dequePhysical(h, index + 1), len - index);
  } else {
    uint64_t cap = mem_.readU64(h + DequeHeader::cap), oldHead = mem_.readU64(h + DequeHeader::head);
    setDequeHead(h, (oldHead + cap - 1) % cap);
    dequeWrapCopy(h, c.recv.type, oldHead, mem_.readU64(h + DequeHeader::head), index);
  }
  mem_.write(dequeSlot(h, c.recv.type, index), c.args[1].data(), c.args[1].size());
  setDequeLength(h, len + 1);
  return makeUnit();
}

// remove(i): None past the end; else the element read out, and the shorter
// side moved one slot over the gap (the head moving when it is the front's).
Value Interpreter::runDequeRemove(StdCall& c) {
  Address h = c.recv.addr;
  uint64_t index = c.args[0].u64(), len = mem_.readU64(h + DequeHeader::len);
  if (index >= len) return makeOption(c.call.type, nullptr);
  uint64_t at = dequePhysical(h, index);
  Value v = readPlace(Place{dequeSlot(h, c.recv.type, index), receiverElem(c)}, false);
  if (len - index - 1 < index) {
    uint64_t cap = mem_.readU64(h + DequeHeader::cap);
    dequeWrapCopy(h, c.recv.type, (at + 1) % cap, at, len - index - 1);
  } else {
    uint64_t oldHead = mem_.readU64(h + DequeHeader::head);
    setDequeHead(h, dequePhysical(h, 1));
    dequeWrapCopy(h, c.recv.type, oldHead, mem_.readU64(h + DequeHeader::head), index);
  }
  setDequeLength(h, len - 1);
  return makeOption(c.call.type, &v);
}

// range(r): a reference to each element of the range, checked as core's slice::range.
Value Interpreter::runDequeRange(StdCall& c) {
  auto [start, end] = rangeArgument(c, mem_.readU64(c.recv.addr + DequeHeader::len));
  for (uint64_t i = start; i < end; ++i) {
    Value r(itemOf(c), 8);
    r.setU64(0, dequeSlot(c.recv.addr, c.recv.type, i));
    c.items.push_back(std::move(r));
  }
  return makeUnit();
}

// drain(r) as std's Drain: the length cut to the range's start at once, the
// range's elements moved out as they are taken; when it is dropped, what
// is left of them is dropped and finishDequeDrain closes the gap.
Value Interpreter::runDequeDrain(StdCall& c) {
  Address h = c.recv.addr;
  uint64_t len = mem_.readU64(h + DequeHeader::len);
  auto [start, end] = rangeArgument(c, len);
  auto s = std::make_unique<ItemStream>();
  s->call = &c.call;
  s->item = itemOf(c);
  s->drainOf = h;
  s->ownerType = c.recv.type;
  s->drainFrom = start;
  s->drainTo = end;
  s->drainLen = len;
  for (uint64_t i = start; i < end; ++i) s->items.push_back(readPlace(Place{dequeSlot(h, c.recv.type, i), s->item}, false));
  setDequeLength(h, start);
  s->back = s->items.size();
  s->trusted = false;  // vec_deque::Drain is not TrustedLen
  c.stream = std::move(s);
  return makeUnit();
}

// Drain's DropGuard: the part before the drained range or the part after
// it, whichever is shorter, moved next to the other (neither when one is
// empty); the head moves with the front part, or back to 0 when nothing is left.
void Interpreter::finishDequeDrain(const ItemStream& s) {
  Address h = s.drainOf;
  uint64_t headLen = s.drainFrom, tailLen = s.drainLen - s.drainTo, drainLen = s.drainTo - s.drainFrom;
  if (headLen != 0 && tailLen != 0) {
    if (headLen < tailLen) dequeWrapCopy(h, s.ownerType, mem_.readU64(h + DequeHeader::head), dequePhysical(h, drainLen), headLen);
    else dequeWrapCopy(h, s.ownerType, dequePhysical(h, headLen + drainLen), dequePhysical(h, headLen), tailLen);
  }
  if (headLen + tailLen == 0) setDequeHead(h, 0);
  else if (headLen < tailLen) setDequeHead(h, dequePhysical(h, drainLen));
  setDequeLength(h, headLen + tailLen);
}

// append(&mut other): room for other's elements reserved, each copied after
// the last in order, then other left empty with its head at 0.
Value Interpreter::runDequeAppend(StdCall& c) {
  Address h = c.recv.addr, other = c.args[0].u64();
  uint64_t n = mem_.readU64(other + DequeHeader::len), len = mem_.readU64(h + DequeHeader::len);
  reserveDeque(h, c.recv.type, n, c.call.span);
  uint64_t size = T_.layout(receiverElem(c)).size;
  std::vector<uint8_t> x(size);
  for (uint64_t i = 0; i < n; ++i) {
    mem_.read(dequeSlot(other, c.recv.type, i), x.data(), size);
    mem_.write(dequeSlot(h, c.recv.type, len + i), x.data(), size);
  }
  setDequeLength(h, len + n);
  setDequeLength(other, 0);
  setDequeHead(other, 0);
  return makeUnit();
}

}  // namespace sh
