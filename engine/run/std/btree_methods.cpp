// The std rows of BTreeMap<K, V> and BTreeSet<T> (check/std_methods.def,
// check/std_fns.def) that need no node of their own: each is a call of the
// tree operations run/std/btree.cpp ports from std (search, insert, remove,
// the walk in key order, the bulk build), which alone read and write the
// nodes; Entry's rows, which hold node handles, stay there. One function
// per row, named run<Row>.
#include <algorithm>
#include <optional>

#include "run/interpreter.h"

namespace sh {

// ---------------------------------------------------------------- BTreeMap<K, V>

Value Interpreter::runBTreeMapNew(StdCall& c) { return newBTree(c.call.type); }
Value Interpreter::runBTreeSetNew(StdCall& c) { return newBTree(c.call.type); }

// std's stable sort of the entries by key (`sort_by(|a, b| a.0.cmp(&b.0))`,
// or a set's `sort()`): past 20 elements driftsort's scratch buffer for
// `item`, the array's or the Vec's element, allocated and freed around it.
// Keys of a type with the learner's own PartialOrd and Ord impls are sorted
// by core's insertion sort, calling them pair by pair as std does; past 20
// entries driftsort's order is not followed (not supported yet, at `at`).
void Interpreter::sortBTreeEntries(std::vector<std::pair<Value, Value>>& entries, TypeId item, bool isMap, Span at) {
  TypeId key = entries.empty() ? kNoType : entries[0].first.type;
  if (key != kNoType && orderedByOwnImpls(key)) {
    if (entries.size() > 20) {
      Diagnostic d;
      d.message = "a B-tree built from more than 20 keys ordered by the program's own `Ord` impl is not supported yet "
                  "(std's driftsort compares them in an order the engine does not follow)";
      d.labels.push_back({at, "", true});
      throw CompileError(std::move(d));
    }
    return insertionSortEntries(entries, isMap);
  }
  int32_t scratch = entries.size() > 20 && T_.layout(item).size > 0 ? driftsortScratch(item, entries.size()) : -1;
  std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) { return compareKeys(a.first, b.first) < 0; });
  if (scratch >= 0) mem_.free(scratch);
}

// core's insertion_sort_shift_left over the entries, is_less being a map's
// `a.0.cmp(&b.0) == Less` or a set's `a < b` (PartialOrd::lt).
void Interpreter::insertionSortEntries(std::vector<std::pair<Value, Value>>& entries, bool isMap) {
  auto less = [&](const Value& a, const Value& b) {
    Place x{holdInScratch(a), a.type}, y{holdInScratch(b), b.type};
    return isMap ? cmpAsStd(x, y) < 0 : partialOrderAsStd(x, y, BinaryOp::Lt);
  };
  for (size_t i = 1; i < entries.size(); ++i) {
    if (!less(entries[i].first, entries[i - 1].first)) continue;
    std::pair<Value, Value> held = std::move(entries[i]);
    size_t gap = i;
    for (;;) {
      entries[gap] = std::move(entries[gap - 1]);
      --gap;
      if (gap == 0 || !less(held.first, entries[gap - 1].first)) break;
    }
    entries[gap] = std::move(held);
  }
}


// The (key, value) of each item at `at` (a pair for a map, the key alone for a set).
std::vector<std::pair<Value, Value>> Interpreter::btreeEntriesOf(Address at, uint64_t n, TypeId item, bool isMap) {
  uint64_t size = T_.layout(item).size;
  std::vector<std::pair<Value, Value>> entries;
  for (uint64_t i = 0; i < n; ++i) {
    Place p{at + i * size, item};
    if (!isMap) {
      entries.emplace_back(readPlace(p, false), makeUnit());
      continue;
    }
    const Layout& pair = T_.layout(item);
    entries.emplace_back(readPlace(Place{p.addr + pair.fields[0].offset, pair.fields[0].type}, false),
                         readPlace(Place{p.addr + pair.fields[1].offset, pair.fields[1].type}, false));
  }
  return entries;
}

int Interpreter::compareKeys(const Value& a, const Value& b) {
  return compareValues(Place{holdInScratch(a), a.type}, Place{holdInScratch(b), b.type});
}

// From an array: an empty one makes an empty map; otherwise std sorts the
// array by key and bulk-builds the tree from it.
Value Interpreter::btreeFromArray(StdCall& c) {
  TypeId mapOrSet = c.call.type;
  const Type& array = T_.get(c.args[0].type);
  Address header = holdInScratch(newBTree(mapOrSet));
  if (array.length == 0) return readPlace(Place{header, mapOrSet}, false);
  bool isMap = T_.get(mapOrSet).kind == TypeKind::BTreeMap;
  std::vector<std::pair<Value, Value>> entries = btreeEntriesOf(holdInScratch(c.args[0]), array.length, array.args[0], isMap);
  sortBTreeEntries(entries, array.args[0], isMap, c.call.span);
  btreeBulkBuild(header, mapOrSet, entries, [] {});
  return readPlace(Place{header, mapOrSet}, false);
}

// FromIterator: the items collected into a Vec by Vec's own FromIterator
// (the source dropped after it); an empty Vec makes an empty tree (its
// buffer, if any, freed); otherwise sorted by key and bulk-built as from an
// array, the Vec's buffer freed once its last entry is taken.
Value Interpreter::collectBTree(ItemStream& s, TypeId target, Span at) {
  const Type& tt = T_.get(target);
  bool isMap = tt.kind == TypeKind::BTreeMap;
  TypeId item = tt.args[0];  // a set's element, or a map's (K, V)
  if (isMap) {
    Type pair;
    pair.kind = TypeKind::Tuple;
    pair.args = {tt.args[0], tt.args[1]};
    item = T_.find(pair);
  }
  Type vec;
  vec.kind = TypeKind::Vec;
  vec.args = {item};
  Value inputs = collectVec(s, T_.find(vec));
  closeStream(s);
  Address header = holdInScratch(newBTree(target));
  uint64_t len = inputs.u64(VecHeader::len);
  auto freeBuffer = [&] {
    if (inputs.u64(VecHeader::cap) > 0 && T_.layout(item).size > 0) mem_.free(mem_.cellAt(inputs.u64(VecHeader::ptr))->id);
  };
  if (len == 0) {
    freeBuffer();
    return readPlace(Place{header, target}, false);
  }
  std::vector<std::pair<Value, Value>> entries = btreeEntriesOf(inputs.u64(VecHeader::ptr), len, item, isMap);
  sortBTreeEntries(entries, item, isMap, at);
  btreeBulkBuild(header, target, entries, freeBuffer);
  return readPlace(Place{header, target}, false);
}

Value Interpreter::runBTreeMapFrom(StdCall& c) { return btreeFromArray(c); }
Value Interpreter::runBTreeSetFrom(StdCall& c) { return btreeFromArray(c); }

Value Interpreter::runBMapInsert(StdCall& c) {
  std::optional<Value> old = insertIntoBTree(c.recv.addr, c.recv.type, c.args[0], c.args[1]);
  return makeOption(c.call.type, old ? &*old : nullptr);
}

Value Interpreter::runBMapGet(StdCall& c) {
  std::optional<Address> found = btreeFind(c.recv.addr, c.recv.type, lookupKey(c.args[0]));
  return optionRefTo(c, found.has_value(), found.value_or(0));
}

Value Interpreter::runBMapGetMut(StdCall& c) { return runBMapGet(c); }

Value Interpreter::runBMapContainsKey(StdCall& c) {
  return makeBool(btreeFind(c.recv.addr, c.recv.type, lookupKey(c.args[0])).has_value());
}

// remove_entry, then the key dropped: the value comes back.
Value Interpreter::runBMapRemove(StdCall& c) {
  std::optional<std::pair<Value, Value>> removed = removeFromBTree(c.recv.addr, c.recv.type, lookupKey(c.args[0]));
  if (!removed) return makeOption(c.call.type, nullptr);
  dropValueNow(std::move(removed->first));
  return makeOption(c.call.type, &removed->second);
}

Value Interpreter::runBMapLen(StdCall& c) { return makeInt(T_.usize(), static_cast<__int128>(btreeLength(c.recv.addr))); }
Value Interpreter::runBMapIsEmpty(StdCall& c) { return makeBool(btreeLength(c.recv.addr) == 0); }

// clear: the tree dropped as a whole, the map left without a root.
Value Interpreter::runBMapClear(StdCall& c) {
  dropBTree(c.recv.addr, c.recv.type);
  Value empty = newBTree(c.recv.type);
  mem_.write(c.recv.addr, empty.data(), empty.size());
  return makeUnit();
}

Value Interpreter::runBMapKeys(StdCall& c) {
  for (auto [key, value] : btreeEntries(c.recv.addr, c.recv.type)) {
    Value r(itemOf(c), 8);
    r.setU64(0, key);
    c.items.push_back(std::move(r));
  }
  return makeUnit();
}

Value Interpreter::runBMapValues(StdCall& c) {
  for (auto [key, value] : btreeEntries(c.recv.addr, c.recv.type)) {
    Value r(itemOf(c), 8);
    r.setU64(0, value);
    c.items.push_back(std::move(r));
  }
  return makeUnit();
}

Value Interpreter::runBMapValuesMut(StdCall& c) { return runBMapValues(c); }

Value Interpreter::runBMapIter(StdCall& c) {
  c.items = btreeItems(c.recv.addr, c.recv.type, itemOf(c));
  return makeUnit();
}

Value Interpreter::runBMapIterMut(StdCall& c) { return runBMapIter(c); }
// into_iter of a map or a set: std's IntoIter, each entry moved out in key
// order as it is taken, each node freed as the walk leaves it; what is left
// is dropped and the nodes freed when the iterator is (closeStream).
Value Interpreter::runBMapIntoIter(StdCall& c) {
  c.stream = consumedTableStream(c.self, c.call);
  return makeUnit();
}
Value Interpreter::runBMapIntoKeys(StdCall& c) { return keysOrValuesOf(c, 0); }
Value Interpreter::runBMapIntoValues(StdCall& c) { return keysOrValuesOf(c, 1); }

// first_key_value, last_key_value: Some((&K, &V)) of the end entry.
Value Interpreter::btreeEndPair(StdCall& c, bool last) {
  std::vector<std::pair<Address, Address>> entries = btreeEntries(c.recv.addr, c.recv.type);
  if (entries.empty()) return makeOption(c.call.type, nullptr);
  auto [key, value] = last ? entries.back() : entries.front();
  TypeId pairType = T_.get(c.call.type).args[0];
  const Layout& l = T_.layout(pairType);
  Value pair(pairType, l.size);
  pair.setU64(l.fields[0].offset, key);
  pair.setU64(l.fields[1].offset, value);
  return makeOption(c.call.type, &pair);
}

Value Interpreter::runBMapFirstKeyValue(StdCall& c) { return btreeEndPair(c, false); }
Value Interpreter::runBMapLastKeyValue(StdCall& c) { return btreeEndPair(c, true); }

// pop_first, pop_last of a map: Some((K, V)).
Value Interpreter::btreePopPair(StdCall& c, bool last) {
  std::optional<std::pair<Value, Value>> removed = popBTree(c.recv.addr, c.recv.type, last);
  if (!removed) return makeOption(c.call.type, nullptr);
  TypeId pairType = T_.get(c.call.type).args[0];
  const Layout& l = T_.layout(pairType);
  Value pair(pairType, l.size);
  std::memcpy(pair.data() + l.fields[0].offset, removed->first.data(), removed->first.size());
  std::memcpy(pair.data() + l.fields[1].offset, removed->second.data(), removed->second.size());
  return makeOption(c.call.type, &pair);
}

Value Interpreter::runBMapPopFirst(StdCall& c) { return btreePopPair(c, false); }
Value Interpreter::runBMapPopLast(StdCall& c) { return btreePopPair(c, true); }

// ---------------------------------------------------------------- BTreeSet<T>

Value Interpreter::runBSetIntoIter(StdCall& c) { return runBMapIntoIter(c); }

Value Interpreter::runBSetInsert(StdCall& c) { return makeBool(!insertIntoBTree(c.recv.addr, c.recv.type, c.args[0], makeUnit())); }

Value Interpreter::runBSetContains(StdCall& c) {
  return makeBool(btreeFind(c.recv.addr, c.recv.type, lookupKey(c.args[0])).has_value());
}

Value Interpreter::runBSetRemove(StdCall& c) {
  std::optional<std::pair<Value, Value>> removed = removeFromBTree(c.recv.addr, c.recv.type, lookupKey(c.args[0]));
  if (removed) dropValueNow(std::move(removed->first));
  return makeBool(removed.has_value());
}

Value Interpreter::runBSetLen(StdCall& c) { return runBMapLen(c); }
Value Interpreter::runBSetIsEmpty(StdCall& c) { return runBMapIsEmpty(c); }
Value Interpreter::runBSetClear(StdCall& c) { return runBMapClear(c); }

Value Interpreter::runBSetIter(StdCall& c) {
  c.items = btreeItems(c.recv.addr, c.recv.type, itemOf(c));
  return makeUnit();
}

Value Interpreter::runBSetFirst(StdCall& c) {
  std::vector<std::pair<Address, Address>> entries = btreeEntries(c.recv.addr, c.recv.type);
  return optionRefTo(c, !entries.empty(), entries.empty() ? 0 : entries.front().first);
}

Value Interpreter::runBSetLast(StdCall& c) {
  std::vector<std::pair<Address, Address>> entries = btreeEntries(c.recv.addr, c.recv.type);
  return optionRefTo(c, !entries.empty(), entries.empty() ? 0 : entries.back().first);
}

Value Interpreter::runBSetPopFirst(StdCall& c) {
  std::optional<std::pair<Value, Value>> removed = popBTree(c.recv.addr, c.recv.type, false);
  return makeOption(c.call.type, removed ? &removed->first : nullptr);
}

Value Interpreter::runBSetPopLast(StdCall& c) {
  std::optional<std::pair<Value, Value>> removed = popBTree(c.recv.addr, c.recv.type, true);
  return makeOption(c.call.type, removed ? &removed->first : nullptr);
}

// BTreeMap's and BTreeSet's Extend: each item inserted in turn (nothing
// reserved: a B-tree allocates node by node); a pair of references (&K, &V)
// is read through.
Value Interpreter::runBMapExtend(StdCall& c) {
  Address h = c.recv.addr;
  TypeId tree = c.recv.type;
  const Type& tt = T_.get(tree);
  bool isMap = tt.kind == TypeKind::BTreeMap;
  extendWith(
      c, isMap ? kNoType : tt.args[0], [](SizeHint, bool) {},
      [&](Value x) {
        if (!isMap) {
          insertIntoBTree(h, tree, x, makeUnit());
          return;
        }
        const Layout& pair = T_.layout(x.type);
        Address at = holdInScratch(x);
        Value key = ownedItem(readPlace(Place{at + pair.fields[0].offset, pair.fields[0].type}, false), tt.args[0]);
        Value value = ownedItem(readPlace(Place{at + pair.fields[1].offset, pair.fields[1].type}, false), tt.args[1]);
        if (std::optional<Value> old = insertIntoBTree(h, tree, key, value)) dropValueNow(std::move(*old));
      });
  return makeUnit();
}

Value Interpreter::runBSetExtend(StdCall& c) { return runBMapExtend(c); }

// retain as std's `extract_if(|k, v| !f(k, v)).for_each(drop)`: the entries
// in key order, the closure given the key and the value (a set's: the
// element); a rejected entry is removed as `remove` removes it (merging or
// stealing from a sibling when its node runs low), then its key and value
// are dropped, and the walk goes on with the entry after it.
Value Interpreter::runBMapRetain(StdCall& c) {
  bool isMap = T_.get(c.recv.type).kind == TypeKind::BTreeMap;
  TypeId key = T_.get(c.recv.type).args[0];
  HeldCallable f = holdCallable(c.args[0]);
  for (uint64_t i = 0; i < btreeLength(c.recv.addr);) {
    auto [keyAt, valueAt] = btreeEntries(c.recv.addr, c.recv.type)[i];
    std::vector<Value> args;
    for (size_t part = 0; part < (isMap ? 2u : 1u); ++part) {
      Value r(paramOf(f, part), 8);
      r.setU64(0, part == 0 ? keyAt : valueAt);
      args.push_back(std::move(r));
    }
    if (callHeld(f, std::move(args), c.call.nameSpan).data()[0] != 0) {
      ++i;
      continue;
    }
    std::optional<std::pair<Value, Value>> removed = removeFromBTree(c.recv.addr, c.recv.type, Place{keyAt, key});
    dropValueNow(std::move(removed->first));
    if (isMap) dropValueNow(std::move(removed->second));
  }
  releaseCallable(f);
  return makeUnit();
}

Value Interpreter::runBSetRetain(StdCall& c) { return runBMapRetain(c); }

// ---------------------------------------------------------------- BTreeSet's set operations

// std's Intersection, Difference, Union and SymmetricDifference (alloc's
// btree/set.rs), walked as their next() walks the two sets. Their items come
// in key order whichever way std takes, but the way (an answer known from
// the sets' ends, a Search of the larger set, a Stitch of the two, or
// MergeIterInner's merge with its peeked item) decides size_hint after each
// item, which a collect reserves by: the walk records std's hint before
// each pull (hintBefore) as it goes.
namespace {

constexpr size_t kTippingSizeDiff = 16;  // std's ITER_PERFORMANCE_TIPPING_SIZE_DIFF

struct SetWalk {
  std::vector<Address> items;
  std::vector<SizeHint> hints;  // hints[i]: with i items taken
  // Pulls with next() until it gives nothing, recording hint() before each pull.
  template <class Hint, class Next>
  void run(Hint hint, Next next) {
    for (;;) {
      hints.push_back(hint());
      std::optional<Address> x = next();
      if (!x) return;
      items.push_back(*x);
    }
  }
};

std::optional<Address> pullNext(const std::vector<Address>& xs, size_t& i) {
  if (i == xs.size()) return std::nullopt;
  return xs[i++];
}

}  // namespace

std::vector<Address> Interpreter::btreeKeys(Address header, TypeId set) {
  std::vector<Address> keys;
  for (const auto& [key, value] : btreeEntries(header, set)) keys.push_back(key);
  return keys;
}

Value Interpreter::setWalkStream(StdCall& c, const std::vector<Address>& items, std::vector<SizeHint> hints) {
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Items;
  s->call = &c.call;
  s->item = itemOf(c);
  for (Address a : items) {
    Value r(s->item, 8);
    r.setU64(0, a);
    s->items.push_back(std::move(r));
  }
  s->back = s->items.size();
  s->exact = false;
  s->hintBefore = std::move(hints);
  c.stream = std::move(s);
  return makeUnit();
}

// Whether sorted set `xs` holds x.
bool Interpreter::sortedHolds(const std::vector<Address>& xs, Address x, TypeId elem) {
  return std::binary_search(xs.begin(), xs.end(), x,
                            [&](Address l, Address r) { return compareValues(Place{l, elem}, Place{r, elem}) < 0; });
}

Value Interpreter::runBSetIntersection(StdCall& c) {
  TypeId elem = T_.get(c.recv.type).args[0];
  std::vector<Address> a = btreeKeys(c.recv.addr, c.recv.type), b = btreeKeys(c.args[0].u64(), c.recv.type);
  auto order = [&](Address x, Address y) { return compareValues(Place{x, elem}, Place{y, elem}); };
  SetWalk w;
  auto answer = [&](std::optional<Address> x) {
    if (x) w.hints.push_back({1, 1}), w.items.push_back(*x);
    w.hints.push_back({0, 0});
  };
  auto search = [&](const std::vector<Address>& small, const std::vector<Address>& large) {
    size_t i = 0;
    w.run([&] { return SizeHint{0, small.size() - i}; }, [&]() -> std::optional<Address> {
      while (std::optional<Address> x = pullNext(small, i))
        if (sortedHolds(large, *x, elem)) return x;
      return std::nullopt;
    });
  };
  if (a.empty() || b.empty()) return setWalkStream(c, {}, {{0, 0}});
  int low = order(a.front(), b.back()), high = order(a.back(), b.front());
  if (low > 0 || high < 0) answer(std::nullopt);
  else if (low == 0) answer(a.front());
  else if (high == 0) answer(a.back());
  else if (a.size() <= b.size() / kTippingSizeDiff) search(a, b);
  else if (b.size() <= a.size() / kTippingSizeDiff) search(b, a);
  else {  // Stitch
    size_t ia = 0, ib = 0;
    w.run([&] { return SizeHint{0, a.size() - ia}; }, [&]() -> std::optional<Address> {
      std::optional<Address> x = pullNext(a, ia);
      if (!x) return x;
      std::optional<Address> y = pullNext(b, ib);
      for (;;) {
        if (!y) return y;
        int o = order(*x, *y);
        if (o == 0) return x;
        if (o < 0 && !(x = pullNext(a, ia))) return x;
        if (o > 0) y = pullNext(b, ib);
      }
    });
  }
  return setWalkStream(c, w.items, std::move(w.hints));
}

Value Interpreter::runBSetDifference(StdCall& c) {
  TypeId elem = T_.get(c.recv.type).args[0];
  std::vector<Address> a = btreeKeys(c.recv.addr, c.recv.type), b = btreeKeys(c.args[0].u64(), c.recv.type);
  auto order = [&](Address x, Address y) { return compareValues(Place{x, elem}, Place{y, elem}); };
  SetWalk w;
  auto iterate = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) w.hints.push_back({to - i, to - i}), w.items.push_back(a[i]);
    w.hints.push_back({0, 0});
  };
  int low = a.empty() || b.empty() ? 1 : order(a.front(), b.back()), high = a.empty() || b.empty() ? 1 : order(a.back(), b.front());
  if (low > 0 || high < 0) iterate(0, a.size());
  else if (low == 0) iterate(1, a.size());
  else if (high == 0) iterate(0, a.size() - 1);
  else if (a.size() <= b.size() / kTippingSizeDiff) {  // Search
    size_t ia = 0;
    w.run([&] { return SizeHint{a.size() - ia, a.size() - ia}; }, [&]() -> std::optional<Address> {
      while (std::optional<Address> x = pullNext(a, ia))
        if (!sortedHolds(b, *x, elem)) return x;
      return std::nullopt;
    });
  } else {  // Stitch, the other set's iterator peekable
    size_t ia = 0, ib = 0;
    w.run([&] { return SizeHint{a.size() - ia > b.size() - ib ? (a.size() - ia) - (b.size() - ib) : 0, a.size() - ia}; },
          [&]() -> std::optional<Address> {
            std::optional<Address> x = pullNext(a, ia);
            while (x) {
              int o = ib < b.size() ? order(*x, b[ib]) : -1;
              if (o < 0) return x;
              if (o == 0) {
                x = pullNext(a, ia);
                if (x) ++ib;
              } else ++ib;
            }
            return x;
          });
  }
  return setWalkStream(c, w.items, std::move(w.hints));
}

// Union and SymmetricDifference: MergeIterInner's walk of both sets, the
// larger of a pair held back (peeked) for the next pull; `symmetric` skips
// the pairs found equal.
Value Interpreter::mergedSets(StdCall& c, bool symmetric) {
  TypeId elem = T_.get(c.recv.type).args[0];
  std::vector<Address> a = btreeKeys(c.recv.addr, c.recv.type), b = btreeKeys(c.args[0].u64(), c.recv.type);
  size_t ia = 0, ib = 0;
  enum class Peeked { None, A, B } peeked = Peeked::None;
  Address held = 0;
  auto lens = [&] {
    return std::pair<uint64_t, uint64_t>{a.size() - ia + (peeked == Peeked::A), b.size() - ib + (peeked == Peeked::B)};
  };
  auto nexts = [&] {
    std::optional<Address> x, y;
    if (peeked == Peeked::A) x = held, y = pullNext(b, ib);
    else if (peeked == Peeked::B) y = held, x = pullNext(a, ia);
    else x = pullNext(a, ia), y = pullNext(b, ib);
    peeked = Peeked::None;
    if (x && y) {
      int o = compareValues(Place{*x, elem}, Place{*y, elem});
      if (o < 0) peeked = Peeked::B, held = *y, y.reset();
      else if (o > 0) peeked = Peeked::A, held = *x, x.reset();
    }
    return std::pair{x, y};
  };
  SetWalk w;
  w.run([&] {
    auto [la, lb] = lens();
    return SizeHint{symmetric ? 0 : std::max(la, lb), la + lb};
  }, [&]() -> std::optional<Address> {
    for (;;) {
      auto [x, y] = nexts();
      if (!symmetric || !x || !y) return x ? x : y;
    }
  });
  return setWalkStream(c, w.items, std::move(w.hints));
}

Value Interpreter::runBSetUnion(StdCall& c) { return mergedSets(c, false); }
Value Interpreter::runBSetSymmetricDifference(StdCall& c) { return mergedSets(c, true); }

// is_subset, is_superset, is_disjoint: what they answer (std's walks call no code of the program's).
bool Interpreter::btreeSetHoldsAll(Address set, Address other, TypeId type) {
  TypeId elem = T_.get(type).args[0];
  std::vector<Address> holder = btreeKeys(other, type);
  for (Address x : btreeKeys(set, type))
    if (!sortedHolds(holder, x, elem)) return false;
  return true;
}

Value Interpreter::runBSetIsSubset(StdCall& c) { return makeBool(btreeSetHoldsAll(c.recv.addr, c.args[0].u64(), c.recv.type)); }
Value Interpreter::runBSetIsSuperset(StdCall& c) { return makeBool(btreeSetHoldsAll(c.args[0].u64(), c.recv.addr, c.recv.type)); }

Value Interpreter::runBSetIsDisjoint(StdCall& c) {
  TypeId elem = T_.get(c.recv.type).args[0];
  std::vector<Address> other = btreeKeys(c.args[0].u64(), c.recv.type);
  for (Address x : btreeKeys(c.recv.addr, c.recv.type))
    if (sortedHolds(other, x, elem)) return makeBool(false);
  return makeBool(true);
}

}  // namespace sh
