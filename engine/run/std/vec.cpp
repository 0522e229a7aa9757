// Vec<T> and the slice methods a Vec reaches through deref, allocating
// exactly as Rust 1.95 does.
//
// The heap events of a program must match the log of a counting global
// allocator in a real rustc build (tests/golden.mjs checks this), so each
// operation requests what std requests:
//   - Vec and String grow through one rule (RawVec::grow_amortized): the new
//     capacity is max(2 × capacity, needed), and at least 8 elements of one
//     byte, 4 of up to 1024 bytes, else 1. An empty Vec or String holds a
//     dangling, never-dereferenced pointer and owns no heap cell.
//   - `shrink_to_fit` reallocates to the length, or frees when it is zero.
//   - `split_off(at)` allocates a new buffer of exactly `len - at` elements.
// A Vec's header is {cap, ptr, len} (check/types.h VecHeader); an array holds its elements in place; a
// slice place carries its length as meta. One function per row of
// check/std_methods.def and check/std_fns.def, named run<Row>.
#include <algorithm>
#include <functional>

#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

uint64_t minNonZeroCap(uint64_t elemSize) { return elemSize == 1 ? 8 : elemSize <= 1024 ? 4 : 1; }

namespace {

}  // namespace

// ---------------------------------------------------------------- buffers

void Interpreter::setBuffer(Address header, Address ptr, uint64_t cap) {
  static_assert(VecHeader::ptr == VecHeader::cap + 8, "setBuffer writes the capacity and the pointer as one");
  uint64_t words[2] = {cap, ptr};
  mem_.write(header + VecHeader::cap, words, 16);
}

// A Vec's, String's or VecDeque's len (at `lenAt` in its header), written
// once for both the header and its cell.
void Interpreter::setLengthAt(Address header, uint64_t lenAt, uint64_t len) {
  HeapCell* c = mem_.readU64(header + VecHeader::cap) > 0 ? mem_.cellAt(mem_.readU64(header + VecHeader::ptr)) : nullptr;
  if (c) mem_.setLength(c->id, len, false);
  mem_.write(header + lenAt, &len, 8, c ? c->id : -1);
}

// More than isize::MAX bytes: RawVec's capacity_overflow, which panics
// inside alloc, not at the call.
void Interpreter::panicCapacityOverflow(Span at) { throw Panic{"capacity overflow", at, stdLocation(StdSite::CapacityOverflow)}; }

Value Interpreter::newVec(TypeId vecType, uint64_t cap) {
  TypeId elem = T_.get(vecType).kind == TypeKind::String ? T_.intType(IntKind::U8) : T_.get(vecType).args[0];
  const Layout& el = T_.layout(elem);
  Value v(vecType, VecHeader::size);
  v.setU64(VecHeader::ptr, el.align);  // NonNull::dangling(): the alignment, never dereferenced
  if (cap > 0 && el.size > 0) {
    if (cap > static_cast<uint64_t>(INT64_MAX) / el.size) panicCapacityOverflow({});
    HeapCell& c = mem_.allocate(cap * el.size, static_cast<uint32_t>(el.align), elem, cap);
    v.setU64(VecHeader::ptr, c.addr);
  }
  v.setU64(VecHeader::cap, el.size == 0 ? ~uint64_t(0) : cap);
  return v;
}

void Interpreter::growAmortized(Address header, TypeId elem, uint64_t additional, Span at) {
  growBuffer(header, elem, mem_.readU64(header + VecHeader::len), additional, at);
}

// RawVec::grow_amortized: makes room for `additional` more elements.
void Interpreter::growBuffer(Address header, TypeId elem, uint64_t len, uint64_t additional, Span at) {
  const Layout& el = T_.layout(elem);
  uint64_t ptr = mem_.readU64(header + VecHeader::ptr), cap = mem_.readU64(header + VecHeader::cap);
  if (el.size == 0 || cap - len >= additional) return;
  uint64_t needed = len + additional;
  if (needed < len) panicCapacityOverflow(at);
  uint64_t newCap = std::max<uint64_t>({cap * 2, needed, minNonZeroCap(el.size)});
  if (newCap > static_cast<uint64_t>(INT64_MAX) / el.size) panicCapacityOverflow(at);
  if (cap == 0) {
    HeapCell& c = mem_.allocate(newCap * el.size, static_cast<uint32_t>(el.align), elem, newCap);
    setBuffer(header, c.addr, newCap);
  } else {
    HeapCell& c = mem_.reallocate(mem_.liveCellAt(ptr).id, newCap * el.size, newCap);
    setBuffer(header, c.addr, newCap);
  }
}

void Interpreter::vecReserve(Address header, TypeId elem, uint64_t additional, bool exact) {
  uint64_t cap = mem_.readU64(header + VecHeader::cap), len = mem_.readU64(header + VecHeader::len);
  if (cap - len >= additional) return;
  if (!exact) {
    growAmortized(header, elem, additional, {});
    return;
  }
  const Layout& el = T_.layout(elem);
  uint64_t newCap = len + additional;
  if (el.size == 0) return;
  if (newCap < len || newCap > static_cast<uint64_t>(INT64_MAX) / el.size) panicCapacityOverflow({});
  if (cap == 0) {
    HeapCell& c = mem_.allocate(newCap * el.size, static_cast<uint32_t>(el.align), elem, newCap);
    setBuffer(header, c.addr, newCap);
  } else {
    HeapCell& c = mem_.reallocate(mem_.liveCellAt(mem_.readU64(header + VecHeader::ptr)).id, newCap * el.size, newCap);
    setBuffer(header, c.addr, newCap);
  }
}

void Interpreter::vecPush(Address header, TypeId elem, const Value& v) {
  uint64_t len = mem_.readU64(header + VecHeader::len);
  growAmortized(header, elem, 1, {});
  uint64_t size = T_.layout(elem).size;
  mem_.write(mem_.readU64(header + VecHeader::ptr) + len * size, v.data(), size);
  setLength(header, len + 1);
}

// shrink_to_fit of a Vec or String: reallocates to the length, or frees the
// buffer when the length is zero.
void Interpreter::shrinkBufferToFit(Address header, TypeId elem) {
  uint64_t n = mem_.readU64(header + VecHeader::len), c = mem_.readU64(header + VecHeader::cap), size = T_.layout(elem).size;
  if (c <= n || size == 0) return;
  int32_t cell = mem_.liveCellAt(mem_.readU64(header + VecHeader::ptr)).id;
  if (n == 0) {
    mem_.free(cell);
    setBuffer(header, T_.layout(elem).align, 0);
  } else {
    setBuffer(header, mem_.reallocate(cell, n * size, n).addr, n);
  }
}

// ---------------------------------------------------------------- Vec::new, Vec::with_capacity

Value Interpreter::runVecNew(StdCall& c) { return newVec(c.call.type, 0); }
Value Interpreter::runVecWithCapacity(StdCall& c) { return newVec(c.call.type, c.args[0].u64()); }

// ---------------------------------------------------------------- Vec<T>

Value Interpreter::runVecPush(StdCall& c) {
  vecPush(c.recv.addr, receiverElem(c), c.args[0]);
  return makeUnit();
}

Value Interpreter::runVecPop(StdCall& c) {
  uint64_t n = receiverLen(c);
  if (n == 0) return makeOption(c.call.type, nullptr);
  TypeId elem = receiverElem(c);
  Value v = readPlace(Place{receiverData(c) + (n - 1) * T_.layout(elem).size, elem}, false);
  setLength(c.recv.addr, n - 1);
  return makeOption(c.call.type, &v);
}

Value Interpreter::runVecCapacity(StdCall& c) {
  return makeInt(T_.usize(), static_cast<__int128>(mem_.readU64(c.recv.addr + VecHeader::cap)));
}

// clear and truncate: the length first, then the dropped elements in order.
void Interpreter::truncateVec(StdCall& c, uint64_t keep) {
  uint64_t n = receiverLen(c);
  if (keep >= n) return;
  TypeId elem = receiverElem(c);
  setLength(c.recv.addr, keep);
  for (uint64_t i = keep; i < n; ++i) dropValue(receiverData(c) + i * T_.layout(elem).size, elem);
}

Value Interpreter::runVecClear(StdCall& c) {
  truncateVec(c, 0);
  return makeUnit();
}

Value Interpreter::runVecTruncate(StdCall& c) {
  truncateVec(c, c.args[0].u64());
  return makeUnit();
}

Value Interpreter::runVecInsert(StdCall& c) {
  uint64_t i = c.args[0].u64(), n = receiverLen(c);
  if (i > n) panic("insertion index (is " + std::to_string(i) + ") should be <= len (is " + std::to_string(n) + ")", c.call.nameSpan);
  TypeId elem = receiverElem(c);
  growAmortized(c.recv.addr, elem, 1, c.call.span);
  uint64_t size = T_.layout(elem).size;
  Address data = receiverData(c);
  if (i < n) mem_.copy(data + (i + 1) * size, data + i * size, (n - i) * size);
  mem_.write(data + i * size, c.args[1].data(), size);
  setLength(c.recv.addr, n + 1);
  return makeUnit();
}

Value Interpreter::runVecRemove(StdCall& c) {
  uint64_t i = c.args[0].u64(), n = receiverLen(c);
  if (i >= n) panic("removal index (is " + std::to_string(i) + ") should be < len (is " + std::to_string(n) + ")", c.call.nameSpan);
  TypeId elem = receiverElem(c);
  uint64_t size = T_.layout(elem).size;
  Address data = receiverData(c);
  Value v = readPlace(Place{data + i * size, elem}, false);
  if (i + 1 < n) mem_.copy(data + i * size, data + (i + 1) * size, (n - i - 1) * size);
  setLength(c.recv.addr, n - 1);
  return v;
}

// std's swap_remove: the last element is copied into the hole, so the order
// is not kept and nothing else moves. Its index check panics inside std.
Value Interpreter::runVecSwapRemove(StdCall& c) {
  uint64_t i = c.args[0].u64(), n = receiverLen(c);
  if (i >= n)
    throw Panic{"swap_remove index (is " + std::to_string(i) + ") should be < len (is " + std::to_string(n) + ")", c.call.nameSpan,
                stdLocation(StdSite::VecSwapRemove)};
  TypeId elem = receiverElem(c);
  uint64_t size = T_.layout(elem).size;
  Address data = receiverData(c);
  Value v = readPlace(Place{data + i * size, elem}, false);
  mem_.copy(data + i * size, data + (n - 1) * size, size);
  setLength(c.recv.addr, n - 1);
  return v;
}

Value Interpreter::runVecReserve(StdCall& c) {
  growAmortized(c.recv.addr, receiverElem(c), c.args[0].u64(), c.call.span);
  return makeUnit();
}

Value Interpreter::runVecReserveExact(StdCall& c) {
  vecReserve(c.recv.addr, receiverElem(c), c.args[0].u64(), true);
  return makeUnit();
}

Value Interpreter::runVecShrinkToFit(StdCall& c) {
  shrinkBufferToFit(c.recv.addr, receiverElem(c));
  return makeUnit();
}

Value Interpreter::runVecDedup(StdCall& c) {
  TypeId elem = receiverElem(c);
  uint64_t n = receiverLen(c), size = T_.layout(elem).size, kept = 0;
  Address data = receiverData(c);
  for (uint64_t i = 0; i < n; ++i) {
    Address at = data + i * size;
    if (kept > 0 && compareValues(Place{data + (kept - 1) * size, elem}, Place{at, elem}) == 0) {
      dropValue(at, elem);
      continue;
    }
    if (kept != i) mem_.copy(data + kept * size, at, size);
    ++kept;
  }
  setLength(c.recv.addr, kept);
  return makeUnit();
}

// dedup_by(f) and dedup_by_key(k): std's dedup_by, each element from the
// second on tested against the last one kept, `f(&mut current, &mut kept)`
// or `k(current) == k(kept)` (the keys dropped as that expression's
// temporaries: the kept one's first); a duplicate is dropped in place.
bool Interpreter::dedupSame(HeldCallable& f, bool byKey, Address current, Address kept, Span at) {
  auto ref = [&](Address to) {
    Value r(paramOf(f, 0), 8);
    r.setU64(0, to);
    return r;
  };
  if (!byKey) return callHeld(f, {ref(current), ref(kept)}, at).data()[0] != 0;
  Value kc = callHeld(f, {ref(current)}, at);
  Value kk = callHeld(f, {ref(kept)}, at);
  bool same = compareValues(Place{holdInScratch(kc), kc.type}, Place{holdInScratch(kk), kk.type}) == 0;
  dropValueNow(std::move(kk));
  dropValueNow(std::move(kc));
  return same;
}

void Interpreter::dedupVecBy(StdCall& c, bool byKey) {
  TypeId elem = receiverElem(c);
  uint64_t n = receiverLen(c), size = T_.layout(elem).size, kept = 0;
  HeldCallable f = holdCallable(c.args[0]);
  for (uint64_t i = 0; i < n; ++i) {
    Address data = receiverData(c), at = data + i * size;
    if (kept > 0 && dedupSame(f, byKey, at, data + (kept - 1) * size, c.call.nameSpan)) {
      dropValue(at, elem);
      continue;
    }
    if (kept != i) mem_.copy(data + kept * size, at, size);
    ++kept;
  }
  setLength(c.recv.addr, kept);
  releaseCallable(f);
}

Value Interpreter::runVecDedupBy(StdCall& c) {
  dedupVecBy(c, false);
  return makeUnit();
}

Value Interpreter::runVecDedupByKey(StdCall& c) {
  dedupVecBy(c, true);
  return makeUnit();
}

// extend_from_slice: room for all first, then each element cloned in.
Value Interpreter::runVecExtendFromSlice(StdCall& c) {
  uint64_t n = c.args[0].u64(8);
  Address src = c.args[0].u64(0);
  TypeId elem = receiverElem(c);
  growAmortized(c.recv.addr, elem, n, c.call.span);
  uint64_t size = T_.layout(elem).size;
  for (uint64_t i = 0; i < n; ++i) {
    Value v = cloneValue(src + i * size, elem, c.call.nameSpan);
    uint64_t l = receiverLen(c);
    mem_.write(receiverData(c) + l * size, v.data(), size);
    setLength(c.recv.addr, l + 1);
  }
  return makeUnit();
}

// Vec's growth to `want` elements in resize and resize_with, as std's
// extend_with and extend_trusted: room for all first, then each new
// element made in order, the length counted up as each is written.
void Interpreter::growVecTo(StdCall& c, uint64_t want, const std::function<Value(bool last)>& make) {
  uint64_t n = receiverLen(c);
  TypeId elem = receiverElem(c);
  growAmortized(c.recv.addr, elem, want - n, c.call.span);
  uint64_t size = T_.layout(elem).size;
  for (uint64_t i = n; i < want; ++i) {
    Value v = make(i + 1 == want);
    mem_.write(receiverData(c) + i * size, v.data(), size);
    setLength(c.recv.addr, i + 1);
  }
}

// resize(n, value): growing, clones of value and value itself last;
// else truncate, and value dropped after.
Value Interpreter::runVecResize(StdCall& c) {
  uint64_t want = c.args[0].u64();
  if (want <= receiverLen(c)) {
    truncateVec(c, want);
    dropValueNow(std::move(c.args[1]));
    return makeUnit();
  }
  Address original = holdInScratch(c.args[1]);
  growVecTo(c, want, [&](bool last) { return last ? c.args[1] : cloneValue(original, receiverElem(c), c.call.nameSpan); });
  return makeUnit();
}

// resize_with(n, f): growing, f called for each new element in order;
// else truncate. f is dropped last.
Value Interpreter::runVecResizeWith(StdCall& c) {
  uint64_t want = c.args[0].u64();
  HeldCallable f = holdCallable(c.args[1]);
  if (want <= receiverLen(c)) truncateVec(c, want);
  else growVecTo(c, want, [&](bool) { return callHeld(f, {}, c.call.nameSpan); });
  releaseCallable(f);
  return makeUnit();
}

// append(&mut other): room for other's elements reserved, their bytes moved
// after the last, then other's length set to 0 (it keeps its buffer).
Value Interpreter::runVecAppend(StdCall& c) {
  Address other = c.args[0].u64();
  uint64_t count = mem_.readU64(other + VecHeader::len);
  TypeId elem = receiverElem(c);
  growAmortized(c.recv.addr, elem, count, c.call.span);
  uint64_t size = T_.layout(elem).size, len = receiverLen(c);
  if (count > 0 && size > 0) mem_.copy(receiverData(c) + len * size, mem_.readU64(other + VecHeader::ptr), count * size);
  setLength(c.recv.addr, len + count);
  setLength(other, 0);
  return makeUnit();
}

// drain: the range taken out as a stream (streams.cpp's drainStream).
Value Interpreter::runVecDrain(StdCall& c) {
  c.stream = drainStream(c);
  return makeUnit();
}

// split_off(at): the tail moves into a new buffer of exactly `len - at`
// elements (none when at == len); self keeps its buffer and capacity.
Value Interpreter::runVecSplitOff(StdCall& c) { return splitOffTail(c, receiverElem(c)); }

// Vec::split_off (and String's): the tail moves to a new buffer of exactly its length.
Value Interpreter::splitOffTail(StdCall& c, TypeId elem) {
  uint64_t at = c.args[0].u64(), n = receiverLen(c);
  if (at > n) panic("`at` split index (is " + std::to_string(at) + ") should be <= len (is " + std::to_string(n) + ")", c.call.nameSpan);
  uint64_t size = T_.layout(elem).size;
  Value tail = newVec(c.call.type, n - at);
  setLength(c.recv.addr, at);
  if (n > at && size > 0) {
    mem_.copy(tail.u64(VecHeader::ptr), receiverData(c) + at * size, (n - at) * size);
    mem_.setLength(mem_.liveCellAt(tail.u64(VecHeader::ptr)).id, n - at);
  }
  tail.setU64(VecHeader::len, n - at);
  return tail;
}

// ---------------------------------------------------------------- [T]

Value Interpreter::runVecLen(StdCall& c) { return makeInt(T_.usize(), static_cast<__int128>(receiverLen(c))); }
Value Interpreter::runVecIsEmpty(StdCall& c) { return makeBool(receiverLen(c) == 0); }

Value Interpreter::runVecGet(StdCall& c) {
  uint64_t i = c.args[0].u64();
  return optionRefTo(c, i < receiverLen(c), receiverData(c) + i * T_.layout(receiverElem(c)).size);
}

Value Interpreter::runVecGetMut(StdCall& c) { return runVecGet(c); }

Value Interpreter::runVecContains(StdCall& c) {
  TypeId elem = receiverElem(c);
  Place needle = deref(Place{materialize(c.args[0]), c.args[0].type});
  for (uint64_t i = 0; i < receiverLen(c); ++i)
    if (compareValues(Place{receiverData(c) + i * T_.layout(elem).size, elem}, needle) == 0) return makeBool(true);
  return makeBool(false);
}

Value Interpreter::runVecFirst(StdCall& c) { return optionRefTo(c, receiverLen(c) > 0, receiverData(c)); }

Value Interpreter::runVecLast(StdCall& c) {
  return optionRefTo(c, receiverLen(c) > 0, receiverData(c) + (receiverLen(c) - 1) * T_.layout(receiverElem(c)).size);
}

// `v.as_slice()`: a fat pointer to the buffer's elements, as `&v[..]`.
Value Interpreter::runVecAsSlice(StdCall& c) {
  Value slice(c.call.type, 16);
  slice.setU64(0, receiverData(c));
  slice.setU64(8, receiverLen(c));
  return slice;
}

Value Interpreter::runVecAsMutSlice(StdCall& c) { return runVecAsSlice(c); }

Value Interpreter::runVecFirstMut(StdCall& c) { return runVecFirst(c); }
Value Interpreter::runVecLastMut(StdCall& c) { return runVecLast(c); }

Value Interpreter::runVecReverse(StdCall& c) {
  TypeId elem = receiverElem(c);
  uint64_t n = receiverLen(c), size = T_.layout(elem).size;
  Address data = receiverData(c);
  std::vector<Value> items;
  for (uint64_t i = 0; i < n; ++i) items.push_back(readPlace(Place{data + i * size, elem}, false));
  for (uint64_t i = 0; i < n; ++i) mem_.write(data + i * size, items[n - 1 - i].data(), size);
  return makeUnit();
}

Value Interpreter::runVecSwap(StdCall& c) {
  TypeId elem = receiverElem(c);
  uint64_t a = c.args[0].u64(), b = c.args[1].u64(), n = receiverLen(c), size = T_.layout(elem).size;
  uint64_t bad = a >= n ? a : b;
  if (a >= n || b >= n)
    panic("index out of bounds: the len is " + std::to_string(n) + " but the index is " + std::to_string(bad), c.call.nameSpan);
  Address data = receiverData(c);
  Value va = readPlace(Place{data + a * size, elem}, false), vb = readPlace(Place{data + b * size, elem}, false);
  mem_.write(data + a * size, vb.data(), size);
  mem_.write(data + b * size, va.data(), size);
  return makeUnit();
}

// A `&[T]` (or `&mut [T]`) of type `type`: n elements from data.
static Value sliceRef(TypeId type, Address data, uint64_t n) {
  Value slice(type, 16);
  slice.setU64(0, data);
  slice.setU64(8, n);
  return slice;
}

// split_at(mid) and split_at_mut(mid): the two parts, or core's "mid > len"
// at the call (#[track_caller]).
Value Interpreter::runSliceSplitAt(StdCall& c) {
  uint64_t mid = c.args[0].u64(), n = receiverLen(c), size = T_.layout(receiverElem(c)).size;
  if (mid > n) panic("mid > len", c.call.nameSpan);
  const Type pair = T_.get(c.call.type);
  return pairOf(c.call.type, sliceRef(pair.args[0], receiverData(c), mid), sliceRef(pair.args[1], receiverData(c) + mid * size, n - mid));
}

Value Interpreter::runSliceSplitAtMut(StdCall& c) { return runSliceSplitAt(c); }

// split_first and split_last: Some((an end element, the rest)), None when empty.
Value Interpreter::splitOffEnd(StdCall& c, bool first) {
  uint64_t n = receiverLen(c), size = T_.layout(receiverElem(c)).size;
  if (n == 0) return makeOption(c.call.type, nullptr);
  TypeId pairType = T_.get(c.call.type).args[0];
  const Type pair = T_.get(pairType);
  Address data = receiverData(c);
  Value end(pair.args[0], 8);
  end.setU64(0, first ? data : data + (n - 1) * size);
  Value rest = sliceRef(pair.args[1], first ? data + size : data, n - 1);
  Value some = pairOf(pairType, end, rest);
  return makeOption(c.call.type, &some);
}

Value Interpreter::runSliceSplitFirst(StdCall& c) { return splitOffEnd(c, true); }
Value Interpreter::runSliceSplitLast(StdCall& c) { return splitOffEnd(c, false); }
Value Interpreter::runSliceSplitFirstMut(StdCall& c) { return splitOffEnd(c, true); }
Value Interpreter::runSliceSplitLastMut(StdCall& c) { return splitOffEnd(c, false); }

// rotate_left(mid) and rotate_right(k): the elements moved round in place,
// after core's assert (inside core).
Value Interpreter::rotateElements(StdCall& c, uint64_t left) {
  TypeId elem = receiverElem(c);
  uint64_t n = receiverLen(c), size = T_.layout(elem).size;
  Address data = receiverData(c);
  std::vector<Value> items;
  for (uint64_t i = 0; i < n; ++i) items.push_back(readPlace(Place{data + i * size, elem}, false));
  for (uint64_t i = 0; i < n; ++i) mem_.write(data + i * size, items[(i + left) % n].data(), size);
  return makeUnit();
}

Value Interpreter::runSliceRotateLeft(StdCall& c) {
  uint64_t mid = c.args[0].u64(), n = receiverLen(c);
  if (mid > n) throw Panic{"assertion failed: mid <= self.len()", c.call.nameSpan, stdLocation(StdSite::SliceRotateLeft)};
  return rotateElements(c, mid);
}

Value Interpreter::runSliceRotateRight(StdCall& c) {
  uint64_t k = c.args[0].u64(), n = receiverLen(c);
  if (k > n) throw Panic{"assertion failed: k <= self.len()", c.call.nameSpan, stdLocation(StdSite::SliceRotateRight)};
  return rotateElements(c, n - k);
}

// starts_with and ends_with: the needle's elements equal those at that end.
Value Interpreter::sliceHasAtEnd(StdCall& c, bool start) {
  TypeId elem = receiverElem(c);
  uint64_t n = receiverLen(c), m = c.args[0].u64(8), size = T_.layout(elem).size;
  if (m > n) return makeBool(false);
  Address mine = receiverData(c) + (start ? 0 : (n - m) * size), theirs = c.args[0].u64(0);
  for (uint64_t i = 0; i < m; ++i)
    if (compareValues(Place{mine + i * size, elem}, Place{theirs + i * size, elem}) != 0) return makeBool(false);
  return makeBool(true);
}

Value Interpreter::runSliceStartsWith(StdCall& c) { return sliceHasAtEnd(c, true); }
Value Interpreter::runSliceEndsWith(StdCall& c) { return sliceHasAtEnd(c, false); }

// join and concat of Strings or &strs (concat is join with ""): std's
// join_generic_copy, the whole text first, then one exact allocation; of
// Vecs, arrays or slices: joinedParts.
Value Interpreter::runVecJoin(StdCall& c) {
  if (T_.get(c.call.type).kind == TypeKind::String) return joinedStrings(c, readStr(c.args[0]));
  return joinedParts(c, &c.args[0]);
}
Value Interpreter::runVecConcat(StdCall& c) {
  if (T_.get(c.call.type).kind == TypeKind::String) return joinedStrings(c, "");
  return joinedParts(c, nullptr);
}
Value Interpreter::joinedStrings(StdCall& c, const std::string& sep) {
  TypeId elem = receiverElem(c);
  std::string out;
  uint64_t n = receiverLen(c), size = T_.layout(elem).size;
  bool owned = T_.get(elem).kind == TypeKind::String;
  for (uint64_t i = 0; i < n; ++i) {
    Address at = receiverData(c) + i * size;
    out += (i ? sep : "") + (owned ? readString(at) : readStr(readPlace(Place{at, elem}, false)));
  }
  return newString(out, out.size());
}

// concat and join of a slice of Vecs, arrays or slices (std's Concat and
// Join for [V] where V: Borrow<[T]>): one Vec of exactly the summed length
// (plus the separators') allocated first, then each part's elements
// cloned in order, a clone of the separator (one element, or a slice's)
// before every part after the first.
Value Interpreter::joinedParts(StdCall& c, const Value* sep) {
  TypeId part = receiverElem(c), elem = T_.get(c.call.type).args[0];
  uint64_t n = receiverLen(c), partSize = T_.layout(part).size, size = T_.layout(elem).size;
  std::vector<Sequence> parts;
  for (uint64_t i = 0; i < n; ++i) {
    Place p{receiverData(c) + i * partSize, part};
    parts.push_back(T_.get(part).kind == TypeKind::Ref ? Sequence{mem_.readU64(p.addr), mem_.readU64(p.addr + 8)} : sequenceAt(p));
  }
  bool oneSep = sep && T_.get(T_.get(sep->type).args[0]).kind != TypeKind::Slice;
  Sequence between = !sep ? Sequence{0, 0} : oneSep ? Sequence{sep->u64(0), 1} : Sequence{sep->u64(0), sep->u64(8)};
  uint64_t total = 0;
  for (const Sequence& s : parts) total += s.len;
  if (!parts.empty()) total += between.len * (parts.size() - 1);
  if (parts.empty()) return newVec(c.call.type, 0);
  Address out = holdInScratch(newVec(c.call.type, total));
  auto cloneIn = [&](const Sequence& s) {
    for (uint64_t i = 0; i < s.len; ++i) vecPush(out, elem, cloneValue(s.data + i * size, elem, c.call.nameSpan));
  };
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) cloneIn(between);
    cloneIn(parts[i]);
  }
  return readPlace(Place{out, c.call.type}, true);
}

// to_vec: std's `<[T]>::to_vec`, one Vec of exactly the slice's length
// allocated first (nothing for an empty one), each element cloned into it
// in order.
Value Interpreter::runSliceToVec(StdCall& c) {
  TypeId elem = T_.get(c.call.type).args[0];
  uint64_t n = receiverLen(c), size = T_.layout(elem).size;
  Address out = holdInScratch(newVec(c.call.type, n));
  for (uint64_t i = 0; i < n; ++i) vecPush(out, elem, cloneValue(receiverData(c) + i * size, elem, c.call.nameSpan));
  return readPlace(Place{out, c.call.type}, true);
}

// Vec's Extend as std's SpecExtend: a size std trusts (TrustedLen: a Vec's
// into_iter, a slice's iter, a range, map of one, ...) is reserved all at
// once first (no upper bound: capacity overflow); otherwise each item that
// finds the Vec full reserves the hint left plus one (extend_desugared).
Value Interpreter::runVecExtend(StdCall& c) {
  TypeId elem = receiverElem(c);
  Address h = c.recv.addr;
  bool trusted = true;
  extendWith(
      c, elem,
      [&](SizeHint hint, bool exact) {
        trusted = exact;
        if (!trusted) return;
        if (!hint.upper) throw Panic{"capacity overflow", c.call.nameSpan, stdLocation(StdSite::ExtendCapacityOverflow)};
        vecReserve(h, elem, *hint.upper);
      },
      [&](Value x) {
        if (!trusted && mem_.readU64(h + VecHeader::len) == mem_.readU64(h + VecHeader::cap)) {
          uint64_t more = sizeHint(*c.otherStream).lower;
          vecReserve(h, elem, more + 1 < more ? more : more + 1);
        }
        vecPush(h, elem, x);
      });
  return makeUnit();
}

}  // namespace sh
