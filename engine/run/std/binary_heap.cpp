// BinaryHeap<T>: std 1.95's max-heap over its Vec, on simulated memory.
//
// A BinaryHeap is `BinaryHeap { data: Vec<T> }`: its header is the Vec's
// (check/types.h VecHeader), so its buffer grows, is cloned, dropped and
// drawn as a Vec's, and every allocation is the Vec's. What is its own is
// the order of the elements inside the buffer, which `{:?}`, `iter`,
// `into_vec` and a `for` loop show, so the sifts here are std's own
// (library/alloc/src/collections/binary_heap/mod.rs), comparison for
// comparison: std moves a hole where these swap, which leaves the same
// order. The elements compare as std's generic code compares them, with
// `<=`, `>=` and `<`: PartialOrd's methods, the learner's own ones called
// (run/std/ordering.cpp partialOrderAsStd), each in std's order.
//   - push: the Vec's push, then sift_up from the new last slot;
//   - pop: the Vec's pop; if elements are left, the popped last one takes
//     the root's place and sinks to the bottom, then sifts up
//     (sift_down_to_bottom);
//   - From<Vec<T>>, collect: the Vec taken over, then rebuild (sift_down
//     from the last parent up to the root); extend and append: the Vec's,
//     then rebuild_tail (a rebuild, or a sift_up of each new element,
//     whichever std reckons cheaper);
//   - into_sorted_vec: heapsort in place, the buffer kept.
// One function per row of check/std_fns.def and check/std_methods.def, named run<Row>.
#include <bit>

#include "run/interpreter.h"

namespace sh {

// ---------------------------------------------------------------- the sifts

// `data[a] <op> data[b]`, as std's generic code writes it: PartialOrd's
// method, the learner's own if the element type has one.
bool Interpreter::heapSlotsOrdered(Address data, TypeId elem, uint64_t a, BinaryOp op, uint64_t b) {
  uint64_t size = T_.layout(elem).size;
  return partialOrderAsStd(Place{data + a * size, elem}, Place{data + b * size, elem}, op);
}

void Interpreter::swapHeapSlots(Address data, TypeId elem, uint64_t a, uint64_t b) {
  uint64_t size = T_.layout(elem).size;
  std::vector<uint8_t> x(size), y(size);
  mem_.read(data + a * size, x.data(), size);
  mem_.read(data + b * size, y.data(), size);
  mem_.write(data + a * size, y.data(), size);
  mem_.write(data + b * size, x.data(), size);
}

// sift_up(start, pos): the element at pos rises while it is greater than its parent.
uint64_t Interpreter::siftUp(Address header, TypeId elem, uint64_t start, uint64_t pos) {
  Address data = mem_.readU64(header + VecHeader::ptr);
  while (pos > start) {
    uint64_t parent = (pos - 1) / 2;
    if (heapSlotsOrdered(data, elem, pos, BinaryOp::Le, parent)) break;
    swapHeapSlots(data, elem, pos, parent);
    pos = parent;
  }
  return pos;
}

// sift_down_range(pos, end): the element at pos sinks below the greater of
// its children while one is greater than it (the right child on a tie).
uint64_t Interpreter::siftDownRange(Address header, TypeId elem, uint64_t pos, uint64_t end) {
  Address data = mem_.readU64(header + VecHeader::ptr);
  while (pos < (end - 1) / 2) {
    uint64_t child = 2 * pos + 1;
    if (heapSlotsOrdered(data, elem, child, BinaryOp::Le, child + 1)) ++child;
    if (heapSlotsOrdered(data, elem, pos, BinaryOp::Ge, child)) return pos;
    swapHeapSlots(data, elem, pos, child);
    pos = child;
  }
  if (pos < end / 2) {  // one child left, the last element
    uint64_t child = 2 * pos + 1;
    if (heapSlotsOrdered(data, elem, pos, BinaryOp::Lt, child)) {
      swapHeapSlots(data, elem, pos, child);
      pos = child;
    }
  }
  return pos;
}

// sift_down_to_bottom(pos): down to a leaf without comparing with the
// element itself, then up again (pop's element came from the bottom).
void Interpreter::siftDownToBottom(Address header, TypeId elem, uint64_t pos) {
  uint64_t end = mem_.readU64(header + VecHeader::len), start = pos;
  Address data = mem_.readU64(header + VecHeader::ptr);
  while (pos < (end - 1) / 2) {
    uint64_t child = 2 * pos + 1;
    if (heapSlotsOrdered(data, elem, child, BinaryOp::Le, child + 1)) ++child;
    swapHeapSlots(data, elem, pos, child);
    pos = child;
  }
  if (pos < end / 2) {
    swapHeapSlots(data, elem, pos, 2 * pos + 1);
    pos = 2 * pos + 1;
  }
  siftUp(header, elem, start, pos);
}

// rebuild: sift_down of every parent, the last one first.
void Interpreter::rebuildHeap(Address header, TypeId elem) {
  uint64_t len = mem_.readU64(header + VecHeader::len);
  for (uint64_t n = len / 2; n > 0;) {
    --n;
    siftDownRange(header, elem, n, len);
  }
}

// rebuild_tail(start): elements from start on are new; std rebuilds the
// whole heap or sifts each new one up, by its estimate of the comparisons.
void Interpreter::rebuildHeapTail(Address header, TypeId elem, uint64_t start) {
  uint64_t len = mem_.readU64(header + VecHeader::len);
  if (start == len) return;
  uint64_t tailLen = len - start;
  auto log2 = [](uint64_t x) { return static_cast<uint64_t>(63 - std::countl_zero(x)); };
  bool rebuild = start < tailLen ? true : len <= 2048 ? 2 * len < tailLen * log2(start) : 2 * len < tailLen * 11;
  if (rebuild) {
    rebuildHeap(header, elem);
    return;
  }
  for (uint64_t i = start; i < len; ++i) siftUp(header, elem, 0, i);
}

// From<Vec<T>>: the Vec's buffer taken over as it is, then rebuilt in place.
Value Interpreter::heapOfVec(const Value& vec, TypeId heap) {
  Value h(heap, VecHeader::size);
  std::memcpy(h.data(), vec.data(), VecHeader::size);
  Address at = holdInScratch(h);
  rebuildHeap(at, T_.get(heap).args[0]);
  return readPlace(Place{at, heap}, true);
}

// ---------------------------------------------------------------- BinaryHeap::new, with_capacity, from

Value Interpreter::runBinaryHeapNew(StdCall& c) { return newVec(c.call.type, 0); }
Value Interpreter::runBinaryHeapWithCapacity(StdCall& c) { return newVec(c.call.type, c.args[0].u64()); }

// From<Vec<T>>, or From<[T; N]>: std's from_iter, a Vec of exactly N first.
Value Interpreter::runBinaryHeapFrom(StdCall& c) {
  const Value& from = c.args[0];
  const Type& f = T_.get(from.type);
  if (f.kind == TypeKind::Vec) return heapOfVec(from, c.call.type);
  Value vec = newVec(c.call.type, f.length);
  if (from.size() > 0) mem_.write(vec.u64(VecHeader::ptr), from.data(), from.size());
  Address at = holdInScratch(vec);
  setLength(at, f.length);
  return heapOfVec(readPlace(Place{at, c.call.type}, true), c.call.type);
}

// ---------------------------------------------------------------- BinaryHeap<T>

Value Interpreter::runHeapPush(StdCall& c) {
  uint64_t old = receiverLen(c);
  vecPush(c.recv.addr, receiverElem(c), c.args[0]);
  siftUp(c.recv.addr, receiverElem(c), 0, old);
  return makeUnit();
}

Value Interpreter::runHeapPop(StdCall& c) {
  uint64_t n = receiverLen(c);
  if (n == 0) return makeOption(c.call.type, nullptr);
  TypeId elem = receiverElem(c);
  uint64_t size = T_.layout(elem).size;
  Address data = receiverData(c);
  Value item = readPlace(Place{data + (n - 1) * size, elem}, false);
  setLength(c.recv.addr, n - 1);
  if (n > 1) {  // the last element swapped with the root, which is the one returned
    Value root = readPlace(Place{data, elem}, false);
    mem_.write(data, item.data(), size);
    item = std::move(root);
    siftDownToBottom(c.recv.addr, elem, 0);
  }
  return makeOption(c.call.type, &item);
}

Value Interpreter::runHeapPeek(StdCall& c) { return optionRefTo(c, receiverLen(c) > 0, receiverData(c)); }
Value Interpreter::runHeapLen(StdCall& c) { return runVecLen(c); }
Value Interpreter::runHeapIsEmpty(StdCall& c) { return runVecIsEmpty(c); }
Value Interpreter::runHeapCapacity(StdCall& c) { return runVecCapacity(c); }
Value Interpreter::runHeapReserve(StdCall& c) { return runVecReserve(c); }
Value Interpreter::runHeapShrinkToFit(StdCall& c) { return runVecShrinkToFit(c); }
Value Interpreter::runHeapAsSlice(StdCall& c) { return runVecAsSlice(c); }

// clear is std's `self.drain();`: the length first, then each element in the buffer's order.
Value Interpreter::runHeapClear(StdCall& c) { return runVecClear(c); }

// iter: the Vec's slice iterator, in the buffer's (the heap's) order.
Value Interpreter::runHeapIter(StdCall& c) { return runVecIter(c); }
Value Interpreter::runHeapIntoIter(StdCall& c) { return runVecIntoIter(c); }

// drain: the Vec's `drain(..)`, in the buffer's order; binary_heap::Drain is not TrustedLen.
Value Interpreter::runHeapDrain(StdCall& c) {
  c.stream = drainedRange(c, 0, receiverLen(c));
  c.stream->trusted = false;
  return makeUnit();
}

// into_vec: the Vec itself, nothing moved.
Value Interpreter::runHeapIntoVec(StdCall& c) {
  Value v(c.call.type, VecHeader::size);
  std::memcpy(v.data(), c.self.data(), VecHeader::size);
  return v;
}

// into_sorted_vec: the root swapped to the end of a shrinking heap, which
// is sifted again, until the buffer is sorted ascending.
Value Interpreter::runHeapIntoSortedVec(StdCall& c) {
  Address at = holdInScratch(c.self);
  TypeId elem = T_.get(c.self.type).args[0];
  for (uint64_t end = mem_.readU64(at + VecHeader::len); end > 1;) {
    --end;
    swapHeapSlots(mem_.readU64(at + VecHeader::ptr), elem, 0, end);
    siftDownRange(at, elem, 0, end);
  }
  Value v(c.call.type, VecHeader::size);
  mem_.read(at, v.data(), VecHeader::size);
  return v;
}

// extend: the Vec's extend (its reserves), then rebuild_tail from the old length.
Value Interpreter::runHeapExtend(StdCall& c) {
  uint64_t old = receiverLen(c);
  runVecExtend(c);
  rebuildHeapTail(c.recv.addr, receiverElem(c), old);
  return makeUnit();
}

// append(&mut other): the longer heap's buffer kept (the two headers
// swapped if other's is longer), the other's elements moved onto it as
// Vec::append does (reserve, then copy), then rebuild_tail.
Value Interpreter::runHeapAppend(StdCall& c) {
  Address self = c.recv.addr, other = c.args[0].u64();
  TypeId elem = receiverElem(c);
  if (mem_.readU64(self + VecHeader::len) < mem_.readU64(other + VecHeader::len)) {
    std::vector<uint8_t> a(VecHeader::size), b(VecHeader::size);
    mem_.read(self, a.data(), VecHeader::size);
    mem_.read(other, b.data(), VecHeader::size);
    mem_.write(self, b.data(), VecHeader::size);
    mem_.write(other, a.data(), VecHeader::size);
  }
  uint64_t start = mem_.readU64(self + VecHeader::len), count = mem_.readU64(other + VecHeader::len);
  vecReserve(self, elem, count, false);
  uint64_t size = T_.layout(elem).size;
  if (count * size > 0)
    mem_.copy(mem_.readU64(self + VecHeader::ptr) + start * size, mem_.readU64(other + VecHeader::ptr), count * size);
  setLength(other, 0);
  setLength(self, start + count);
  rebuildHeapTail(self, elem, start);
  return makeUnit();
}

}  // namespace sh
