// Slices sorted and searched as core 1.95 does (library/core/src/slice/).
//
// Both sorts run insertion sort on up to 20 elements, and the engine runs
// that insertion sort step for step: each comparison in std's order, the
// element being inserted held aside while the larger ones shift right, so a
// closure given to `sort_by` or `sort_by_key` is called with the same pairs,
// in the same order, as in rustc's binary.
//
// Past 20 elements stable sort is driftsort and unstable sort is ipnsort.
// Their result is the engine's too (a stable sort has only one; an
// unstable sort of Ord's total order looks the same from outside), and so
// is what driftsort asks of the allocator: a scratch buffer of
// max(len - len / 2, min(len, 8 MB / size), 48) elements, on the stack when
// it fits in 4 KiB, else one heap allocation freed as the sort returns.
// Their order of comparisons is not followed: the engine merge-sorts. With
// the learner's closure, or the learner's own PartialOrd impl, that is
// invisible only while the calls have no effect a run can show, so each
// call is watched: one that prints, calls the allocator, writes outside its
// own frames (a count it keeps, a Cell it sets) or panics stops the run as
// not supported, and so does a comparison that is not a total order (two
// neighbours out of order once sorted: std's order, or its panic, would
// depend on its algorithm) and, for an unstable sort, two equal neighbours
// that differ (which comes first is ipnsort's choice).
#include <algorithm>
#include <functional>

#include "run/interpreter.h"

namespace sh {

namespace {

constexpr uint64_t kInsertionSortMax = 20;                // MAX_LEN_ALWAYS_INSERTION_SORT
constexpr uint64_t kDriftsortMaxFullAllocBytes = 8000000;  // driftsort_main's MAX_FULL_ALLOC_BYTES
constexpr uint64_t kDriftsortMinScratch = 48;              // SMALL_SORT_GENERAL_SCRATCH_LEN
constexpr uint64_t kDriftsortStackBytes = 4096;            // its AlignedStorage<T, 4096>

}  // namespace

// is_less(a, b) as the method's closure makes it: PartialOrd's `lt` (the
// learner's own, or its `partial_cmp`, where the type has one), `compare(a, b) == Less`,
// or `f(a).lt(&f(b))` (the keys dropped as that expression's temporaries: b's first).
bool Interpreter::sortIsLess(SortOrder& o, Address a, Address b) {
  if (!o.fn) return partialOrderAsStd(Place{a, o.elem}, Place{b, o.elem}, BinaryOp::Lt);  // `T::lt`
  auto ref = [&](Address at) {
    Value r(paramOf(*o.fn, 0), 8);
    r.setU64(0, at);
    return r;
  };
  if (!o.byKey) return variantOfValue(callHeld(*o.fn, {ref(a), ref(b)}, o.at)) == 0;  // Ordering::Less
  Value ka = callHeld(*o.fn, {ref(a)}, o.at);
  Value kb = callHeld(*o.fn, {ref(b)}, o.at);
  bool less = compareValues(Place{holdInScratch(ka), ka.type}, Place{holdInScratch(kb), kb.type}) < 0;
  dropValueNow(std::move(kb));
  dropValueNow(std::move(ka));
  return less;
}

// core's insertion_sort_shift_left(v, 1, is_less): each element from the
// second on is inserted into the sorted run before it (insert_tail).
void Interpreter::insertionSort(SortOrder& o, Address data, uint64_t n) {
  uint64_t size = T_.layout(o.elem).size;
  for (uint64_t i = 1; i < n; ++i) {
    Address tail = data + i * size, sift = tail - size;
    if (!sortIsLess(o, tail, sift)) continue;
    Value held = readPlace(Place{tail, o.elem}, false);  // tmp: the tail's bytes, ManuallyDrop'd
    Address tmp = holdInScratch(held);
    Address gap = tail;
    std::vector<uint8_t> bytes(size);
    for (;;) {
      mem_.read(sift, bytes.data(), size);
      mem_.write(gap, bytes.data(), size);
      gap = sift;
      if (sift == data) break;
      sift -= size;
      if (!sortIsLess(o, tmp, sift)) break;
    }
    mem_.write(gap, held.data(), size);
  }
}

// Past 20 elements: the one order Ord gives, with driftsort's scratch
// buffer when a stable sort's does not fit on the stack.
void Interpreter::sortLongSlice(SortOrder& o, Address data, uint64_t n, bool stable) {
  const Layout& l = T_.layout(o.elem);
  int32_t scratch = stable ? driftsortScratch(o.elem, n) : -1;
  std::vector<Value> items;
  for (uint64_t i = 0; i < n; ++i) items.push_back(readPlace(Place{data + i * l.size, o.elem}, false));
  std::vector<Address> held;
  for (const Value& v : items) held.push_back(holdInScratch(v));
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  if (o.fn || orderedByOwnImpls(o.elem)) {
    sortWithWatchedClosure(o, held, order, stable);
  } else {
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return compareValues(Place{held[a], o.elem}, Place{held[b], o.elem}) < 0; });
  }
  for (uint64_t i = 0; i < n; ++i) mem_.write(data + i * l.size, items[order[i]].data(), l.size);
  if (scratch >= 0) mem_.free(scratch);
}

// The merge sort of `order` by the learner's closure, each call watched for
// an effect the run would show (see the top of this file).
void Interpreter::sortWithWatchedClosure(SortOrder& o, const std::vector<Address>& held, std::vector<size_t>& order, bool stable) {
  auto refuse = [&](const std::string& what) {
    Diagnostic d;
    d.message = "`" + o.name + "` of more than " + std::to_string(kInsertionSortMax) + " elements " + what +
                " is not supported yet (std's " + (stable ? "driftsort" : "ipnsort") + " calls " +
                (o.fn ? "the closure" : "the program's own `PartialOrd` impl") + " in an order the engine does not follow)";
    d.labels.push_back({o.at, "", true});
    throw CompileError(std::move(d));
  };
  const std::string with = o.fn ? "with a closure that " : "with its own `PartialOrd` impl that ";
  const size_t out = stdout_.size(), err = stderr_.size();
  const uint64_t heap = mem_.heapCalls(), writes = mem_.writesOutsideWatch();
  auto isLess = [&](size_t a, size_t b) {
    bool less;
    Address outerWatch = mem_.watchWritesAbove(mem_.stackPointer());
    try {
      less = sortIsLess(o, held[a], held[b]);
    } catch (Panic&) {
      refuse(with + "panics");
    }
    mem_.watchWritesAbove(outerWatch);
    if (stdout_.size() != out || stderr_.size() != err) refuse(with + "prints");
    if (mem_.heapCalls() != heap) refuse(with + "calls the allocator");
    if (mem_.writesOutsideWatch() != writes) refuse(with + "changes what it captures");
    return less;
  };
  std::stable_sort(order.begin(), order.end(), isLess);
  std::vector<uint8_t> a(T_.layout(o.elem).size), b(a.size());
  auto sameBytes = [&](size_t x, size_t y) {
    mem_.read(held[x], a.data(), a.size());
    mem_.read(held[y], b.data(), b.size());
    return a == b;
  };
  for (size_t i = 0; i + 1 < order.size(); ++i) {
    if (isLess(order[i + 1], order[i])) refuse("by a comparison that is not a total order");
    if (!stable && !sameBytes(order[i], order[i + 1]) && !isLess(order[i], order[i + 1])) refuse("with equal elements that differ");
  }
}

// driftsort's scratch buffer for n elements past 20 (not zero-sized): its
// cell, or -1 when it fits in the 4 KiB on the stack.
int32_t Interpreter::driftsortScratch(TypeId elem, uint64_t n) {
  const Layout& l = T_.layout(elem);
  uint64_t wanted = std::max({n - n / 2, std::min(n, kDriftsortMaxFullAllocBytes / l.size), kDriftsortMinScratch});
  if (kDriftsortStackBytes / l.size >= wanted) return -1;
  return mem_.allocate(wanted * l.size, static_cast<uint32_t>(l.align), elem, wanted).id;
}

void Interpreter::sortSlice(StdCall& c, bool stable, bool byKey) {
  SortOrder o{receiverElem(c), nullptr, byKey, c.call.nameSpan, c.call.text};
  uint64_t n = receiverLen(c);
  if (T_.layout(o.elem).size == 0 || n < 2) return;  // zero-sized elements are all equal, so already sorted
  std::optional<HeldCallable> f;
  if (!c.args.empty()) {
    f = holdCallable(c.args[0]);
    o.fn = &*f;
  }
  if (n <= kInsertionSortMax) insertionSort(o, receiverData(c), n);
  else sortLongSlice(o, receiverData(c), n, stable);
  if (f) releaseCallable(*f);
}

Value Interpreter::runVecSort(StdCall& c) {
  sortSlice(c, true, false);
  return makeUnit();
}
Value Interpreter::runVecSortUnstable(StdCall& c) {
  sortSlice(c, false, false);
  return makeUnit();
}
Value Interpreter::runVecSortBy(StdCall& c) {
  sortSlice(c, true, false);
  return makeUnit();
}
Value Interpreter::runVecSortByKey(StdCall& c) {
  sortSlice(c, true, true);
  return makeUnit();
}
Value Interpreter::runVecSortUnstableBy(StdCall& c) {
  sortSlice(c, false, false);
  return makeUnit();
}
Value Interpreter::runVecSortUnstableByKey(StdCall& c) {
  sortSlice(c, false, true);
  return makeUnit();
}

// ---------------------------------------------------------------- sort_by_cached_key

// alloc's sort_by_cached_key: `(K, u32)` when that pair is smaller than
// `(K, usize)` (and n fits in a u32), else `(K, usize)`; std no longer
// tries u8 and u16 (measured with rustc 1.95: a u8 key's pairs are 8
// bytes). The checker interned both once K was known.
TypeId Interpreter::keyIndexPair(TypeId key, uint64_t n, Span at) const {
  auto pairOf = [&](IntKind index) {
    Type t;
    t.kind = TypeKind::Tuple;
    t.args = {key, T_.intType(index)};
    return T_.find(t);
  };
  TypeId narrow = pairOf(IntKind::U32), wide = pairOf(IntKind::Usize);
  if (narrow == kNoType || wide == kNoType) {
    Diagnostic d;
    d.message = "`sort_by_cached_key` with a key of type `" + T_.name(key) + "` is not supported yet";
    d.labels.push_back({at, "", true});
    throw CompileError(std::move(d));
  }
  return T_.layout(narrow).size < T_.layout(wide).size && n <= UINT32_MAX ? narrow : wide;
}

// The slice put in the order of its pairs, sorted: element i swapped with
// the one at the index pair i names, following the indices already swapped
// away (`while index < i { index = indices[index].1 }`), as std does.
void Interpreter::permuteByCachedKeys(Address data, TypeId elem, Address pairs, TypeId pair, uint64_t n) {
  const Layout& l = T_.layout(pair);
  TypeId indexType = T_.get(pair).args[1];
  uint64_t indexBytes = T_.layout(indexType).size, size = T_.layout(elem).size;
  auto indexAt = [&](uint64_t i) {
    uint64_t v = 0;
    mem_.read(pairs + i * l.size + l.fields[1].offset, reinterpret_cast<uint8_t*>(&v), indexBytes);  // little-endian
    return v;
  };
  std::vector<uint8_t> a(size), b(size);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t index = indexAt(i);
    while (index < i) index = indexAt(index);
    Value written = makeInt(indexType, index);
    mem_.write(pairs + i * l.size + l.fields[1].offset, written.data(), indexBytes);
    if (index == i || size == 0) continue;
    mem_.read(data + i * size, a.data(), size);
    mem_.read(data + index * size, b.data(), size);
    mem_.write(data + i * size, b.data(), size);
    mem_.write(data + index * size, a.data(), size);
  }
}

// Each key made once, in order, into a Vec of (key, index) pairs allocated
// first (collect of a TrustedLen map), the pairs sorted unstably (no
// allocation; the indices make every pair distinct, so the one order is
// the stable order of the keys), the slice permuted to match, and the pairs
// dropped in their sorted order before their buffer is freed. A key
// closure that panics drops the keys made so far and frees the buffer.
Value Interpreter::runVecSortByCachedKey(StdCall& c) {
  uint64_t n = receiverLen(c);
  if (n < 2) return makeUnit();
  TypeId elem = receiverElem(c);
  Address data = receiverData(c);
  HeldCallable f = holdCallable(c.args[0]);
  TypeId pair = keyIndexPair(returnOf(f), n, c.call.nameSpan);
  const Layout& l = T_.layout(pair);
  TypeId key = T_.get(pair).args[0], indexType = T_.get(pair).args[1];
  HeapCell& cell = mem_.allocate(n * l.size, static_cast<uint32_t>(l.align), pair, n);
  int32_t id = cell.id;
  Address pairs = cell.addr;
  uint64_t made = 0;
  try {
    for (; made < n; ++made) {
      Value r(paramOf(f, 0), 8);
      r.setU64(0, data + made * T_.layout(elem).size);
      Value k = callHeld(f, {r}, c.call.nameSpan);
      mem_.write(pairs + made * l.size + l.fields[0].offset, k.data(), k.size());
      Value index = makeInt(indexType, made);
      mem_.write(pairs + made * l.size + l.fields[1].offset, index.data(), index.size());
      mem_.setLength(id, made + 1);
    }
  } catch (Panic& p) {
    startUnwinding(p);
    cleanup([&] {
      for (uint64_t i = 0; i < made; ++i) dropValue(pairs + i * l.size + l.fields[0].offset, key);
      mem_.free(id);
    });
    throw;
  }
  std::vector<Value> items;
  for (uint64_t i = 0; i < n; ++i) items.push_back(readPlace(Place{pairs + i * l.size, pair}, false));
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return compareValues(Place{pairs + a * l.size + l.fields[0].offset, key}, Place{pairs + b * l.size + l.fields[0].offset, key}) < 0;
  });
  for (uint64_t i = 0; i < n; ++i) mem_.write(pairs + i * l.size, items[order[i]].data(), l.size);
  permuteByCachedKeys(data, elem, pairs, pair, n);
  dropParts(n, [&](size_t i) { dropValue(pairs + i * l.size, pair); }, [&] { mem_.free(id); });
  releaseCallable(f);
  return makeUnit();
}

// ---------------------------------------------------------------- binary search

// core's binary_search_by: halves the range without stopping at Equal (the
// number of probes depends only on the length), then probes the base once
// more. `binary_search(x)` is `|p| p.cmp(x)`, `_by_key(b, f)` `|k| f(k).cmp(b)`,
// and partition_point(p) is `|x| if p(x) { Less } else { Greater }`.
SliceSearch Interpreter::searchSlice(StdCall& c, const std::function<int(Address)>& cmp) {
  uint64_t size = receiverLen(c), base = 0, elem = T_.layout(receiverElem(c)).size;
  Address data = receiverData(c);
  if (size == 0) return {false, 0};
  while (size > 1) {
    uint64_t half = size / 2, mid = base + half;
    if (cmp(data + mid * elem) <= 0) base = mid;
    size -= half;
  }
  int last = cmp(data + base * elem);
  return {last == 0, base + (last < 0 ? 1 : 0)};
}

Value Interpreter::binarySearch(StdCall& c, const std::function<int(Address)>& cmp) {
  SliceSearch s = searchSlice(c, cmp);
  uint32_t variant = s.found ? 0 : 1;
  return makeResultVariant(c.call.type, variant, makeInt(T_.get(c.call.type).args[variant], s.index));
}

Value Interpreter::runVecBinarySearch(StdCall& c) {
  Place needle = deref(Place{holdInScratch(c.args[0]), c.args[0].type});
  TypeId elem = receiverElem(c);
  return binarySearch(c, [&](Address at) { return cmpAsStd(Place{at, elem}, needle); });
}

Value Interpreter::runVecBinarySearchBy(StdCall& c) {
  HeldCallable f = holdCallable(c.args[0]);
  Value found = binarySearch(c, [&](Address at) {
    Value r(paramOf(f, 0), 8);
    r.setU64(0, at);
    return static_cast<int>(variantOfValue(callHeld(f, {r}, c.call.nameSpan))) - 1;  // Less, Equal, Greater
  });
  releaseCallable(f);
  return found;
}

// ---------------------------------------------------------------- is_sorted

// is_sorted: each element `<=` the next (the check refuses elements with
// their own PartialOrd, so the order core asks in does not show).
Value Interpreter::runVecIsSorted(StdCall& c) {
  TypeId elem = receiverElem(c);
  uint64_t n = receiverLen(c), size = T_.layout(elem).size;
  Address data = receiverData(c);
  for (uint64_t i = 1; i < n; ++i)
    if (!partialOrderAsStd(Place{data + (i - 1) * size, elem}, Place{data + i * size, elem}, BinaryOp::Le)) return makeBool(false);
  return makeBool(true);
}

// is_sorted_by: core's `array_windows().all(|[a, b]| compare(a, b))`.
Value Interpreter::runVecIsSortedBy(StdCall& c) {
  TypeId elem = receiverElem(c);
  uint64_t n = receiverLen(c), size = T_.layout(elem).size;
  HeldCallable f = holdCallable(c.args[0]);
  bool sorted = true;
  for (uint64_t i = 1; i < n && sorted; ++i) {
    Address data = receiverData(c);
    Value a(paramOf(f, 0), 8), b(paramOf(f, 1), 8);
    a.setU64(0, data + (i - 1) * size);
    b.setU64(0, data + i * size);
    sorted = callHeld(f, {a, b}, c.call.nameSpan).data()[0] != 0;
  }
  releaseCallable(f);
  return makeBool(sorted);
}

// is_sorted_by_key: core's `self.iter().map(f).is_sorted()`: each key made
// once, in order; a key that is `<=` the next is dropped when the next takes
// its place; at the first pair out of order the later key is dropped, then
// the earlier; the last key is dropped at the end.
Value Interpreter::runVecIsSortedByKey(StdCall& c) {
  TypeId elem = receiverElem(c);
  uint64_t n = receiverLen(c), size = T_.layout(elem).size;
  if (n == 0) return makeBool(true);
  HeldCallable f = holdCallable(c.args[0]);
  auto keyOf = [&](uint64_t i) {
    Value at(paramOf(f, 0), 8);
    at.setU64(0, receiverData(c) + i * size);
    return callHeld(f, {at}, c.call.nameSpan);
  };
  Value last = keyOf(0);
  bool sorted = true;
  for (uint64_t i = 1; i < n && sorted; ++i) {
    Value curr = keyOf(i);
    sorted = partialOrderAsStd(Place{holdInScratch(last), last.type}, Place{holdInScratch(curr), curr.type}, BinaryOp::Le);
    if (sorted) std::swap(last, curr);
    dropValueNow(std::move(curr));
  }
  dropValueNow(std::move(last));
  releaseCallable(f);
  return makeBool(sorted);
}

Value Interpreter::runVecPartitionPoint(StdCall& c) {
  HeldCallable p = holdCallable(c.args[0]);
  SliceSearch s = searchSlice(c, [&](Address at) {
    Value r(paramOf(p, 0), 8);
    r.setU64(0, at);
    return callHeld(p, {r}, c.call.nameSpan).data()[0] != 0 ? -1 : 1;
  });
  releaseCallable(p);
  return makeInt(c.call.type, s.index);
}

Value Interpreter::runVecBinarySearchByKey(StdCall& c) {
  Place wanted = deref(Place{holdInScratch(c.args[0]), c.args[0].type});
  HeldCallable f = holdCallable(c.args[1]);
  Value found = binarySearch(c, [&](Address at) {
    Value r(paramOf(f, 0), 8);
    r.setU64(0, at);
    Value key = callHeld(f, {r}, c.call.nameSpan);
    int order = compareValues(Place{holdInScratch(key), key.type}, wanted);
    dropValueNow(std::move(key));
    return order;
  });
  releaseCallable(f);
  return found;
}

}  // namespace sh
