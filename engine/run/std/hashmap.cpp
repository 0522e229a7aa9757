// HashMap<K, V>, HashSet<T> and the entry API, over the table of
// run/std/hash_table.cpp, each doing what std 1.95's does in std's order:
//   - new, with_capacity(0) and Default allocate nothing; with_capacity(n)
//     allocates the table for n at once;
//   - insert reserves room for one more entry before it looks the key up (so
//     even replacing a value can grow a full table), replaces the value of a
//     key already there and drops the new key;
//   - entry looks the key up, drops the key when it is there (Occupied) and
//     otherwise reserves room (Vacant), so the growth happens at entry();
//     or_insert drops its unused argument;
//   - remove erases the bucket and drops the stored key;
//   - from an array reserves room for all of it, then inserts each pair.
// A map is a set of (K, V) buckets; a set's buckets are its values. One
// function per row of check/std_fns.def and check/std_methods.def, named run<Row>.
#include "run/interpreter.h"

namespace sh {

namespace {

constexpr uint64_t kGrowthAt = 16, kItemsAt = 24;

}  // namespace

// ---------------------------------------------------------------- keys and entries

// The place of the key a lookup got: `&Q` (a `&str` for String keys).
Place Interpreter::lookupKey(const Value& ref) {
  return deref(Place{materialize(ref), ref.type});
}

TypeId Interpreter::mapOfEntry(TypeId entry) const {
  Type m;
  m.kind = TypeKind::HashMap;
  m.args = T_.get(entry).args;
  return T_.find(m);
}

Place Interpreter::valueOfBucket(Address bucket, TypeId mapType) const {
  TypeId pair = bucketType(mapType);
  const FieldLayout& v = T_.layout(pair).fields[1];
  return Place{bucket + v.offset, v.type};
}

// A map's (K, V) bucket, or a set's T, built from the key and the value.
Value Interpreter::entryValue(TypeId mapOrSet, const Value& key, const Value* value) {
  TypeId bucket = bucketType(mapOrSet);
  if (!value) return key;
  const Layout& l = T_.layout(bucket);
  Value out(bucket, l.size);
  std::memcpy(out.data() + l.fields[0].offset, key.data(), key.size());
  std::memcpy(out.data() + l.fields[1].offset, value->data(), value->size());
  return out;
}

// insert for maps and sets: Some(old value) when the key was there.
std::optional<Value> Interpreter::insertEntry(Address header, TypeId mapOrSet, const Value& key, const Value* value) {
  reserveTable(header, mapOrSet, 1);
  Address keyAt = holdInScratch(key);
  Place keyPlace{keyAt, key.type};
  uint64_t hash = hashKey(header, keyPlace);
  int64_t found = findKey(header, mapOrSet, hash, keyPlace);
  if (found < 0) {
    placeEntry(header, mapOrSet, findInsertIndex(header, hash), hash, entryValue(mapOrSet, key, value));
    return std::nullopt;
  }
  std::optional<Value> old;
  if (value) {
    Place slot = valueOfBucket(bucketAt(header, mapOrSet, static_cast<uint64_t>(found)), mapOrSet);
    old = readPlace(slot, false);
    mem_.write(slot.addr, value->data(), value->size());
  } else {
    old = makeUnit();
  }
  dropValue(keyAt, key.type);
  return old;
}

// remove for maps and sets: the stored (K, V) taken out, its bucket erased.
std::optional<Value> Interpreter::removeEntry(Address header, TypeId mapOrSet, const Value& keyRef) {
  Place key = lookupKey(keyRef);
  int64_t found = findKey(header, mapOrSet, hashKey(header, key), key);
  if (found < 0) return std::nullopt;
  Address bucket = bucketAt(header, mapOrSet, static_cast<uint64_t>(found));
  Value stored = readPlace(Place{bucket, bucketType(mapOrSet)}, false);
  eraseBucket(header, static_cast<uint64_t>(found));
  return stored;
}

// Items of a walk over a map or set in bucket order: for each bucket, `make`
// builds the item from the bucket's address.
template <typename Make>
void Interpreter::eachBucket(Address header, Make make, std::vector<Value>& items) {
  for (uint64_t i : fullBuckets(header)) items.push_back(make(i));
}

// `for (k, v) in &map` / `&mut map`, `for x in &set`: references into each bucket.
std::vector<Value> Interpreter::tableItems(Address header, TypeId mapOrSet, TypeId itemType) {
  std::vector<Value> items;
  bool isMap = T_.get(mapOrSet).kind == TypeKind::HashMap;
  const Layout* pair = isMap ? &T_.layout(bucketType(mapOrSet)) : nullptr;
  eachBucket(header, [&](uint64_t i) {
    Address bucket = bucketAt(header, mapOrSet, i);
    if (!isMap) {
      Value r(itemType, 8);
      r.setU64(0, bucket);
      return r;
    }
    const Layout& l = T_.layout(itemType);
    Value pairOfRefs(itemType, l.size);
    pairOfRefs.setU64(l.fields[0].offset, bucket + pair->fields[0].offset);
    pairOfRefs.setU64(l.fields[1].offset, bucket + pair->fields[1].offset);
    return pairOfRefs;
  }, items);
  return items;
}

// `for (k, v) in map`: each entry moved out in bucket order, the table freed after.
std::vector<Value> Interpreter::takeTableItems(Address header, TypeId mapOrSet) {
  std::vector<Value> items;
  TypeId bucket = bucketType(mapOrSet);
  eachBucket(header, [&](uint64_t i) { return readPlace(Place{bucketAt(header, mapOrSet, i), bucket}, false); }, items);
  return items;
}

// `map[&key]`: the value's place, or std's panic for a missing key, which
// rustc reports at the `[`.
Place Interpreter::mapIndexPlace(const Expr& e, const Place& map) {
  Value ref = eval(*e.rhs);
  Place key = lookupKey(ref);
  int64_t found = findKey(map.addr, map.type, hashKey(map.addr, key), key);
  if (found < 0) {
    auto bracket = static_cast<uint32_t>(file_.text().find('[', e.lhs->span.end));
    panic("no entry found for key", Span{bracket, bracket + 1});
  }
  return valueOfBucket(bucketAt(map.addr, map.type, static_cast<uint64_t>(found)), map.type);
}

// `a == b` for maps and sets, as std's PartialEq: the same length, and each
// of a's keys found in b (with an equal value, for a map).
bool Interpreter::tablesEqual(const Place& a, const Place& b) {
  if (mem_.readU64(a.addr + kItemsAt) != mem_.readU64(b.addr + kItemsAt)) return false;
  bool isMap = T_.get(a.type).kind == TypeKind::HashMap;
  TypeId bucket = bucketType(a.type);
  for (uint64_t i : fullBuckets(a.addr)) {
    Address at = bucketAt(a.addr, a.type, i);
    Place key = isMap ? Place{at + T_.layout(bucket).fields[0].offset, T_.get(a.type).args[0]} : Place{at, bucket};
    int64_t found = findKey(b.addr, b.type, hashKey(b.addr, key), key);
    if (found < 0) return false;
    if (isMap && compareValues(valueOfBucket(at, a.type), valueOfBucket(bucketAt(b.addr, b.type, static_cast<uint64_t>(found)), b.type)) != 0)
      return false;
  }
  return true;
}

// ---------------------------------------------------------------- construction

Value Interpreter::runHashMapNew(StdCall& c) { return newTableHeader(c.call.type); }
Value Interpreter::runHashSetNew(StdCall& c) { return newTableHeader(c.call.type); }

Value Interpreter::tableWithCapacity(TypeId mapOrSet, uint64_t capacity) {
  Value header = newTableHeader(mapOrSet);
  if (capacity == 0) return header;
  Address at = holdInScratch(header);
  allocateTable(at, mapOrSet, bucketsForCapacity(mapOrSet, capacity));
  return readPlace(Place{at, mapOrSet}, false);
}

Value Interpreter::runHashMapWithCapacity(StdCall& c) { return tableWithCapacity(c.call.type, c.args[0].u64()); }
Value Interpreter::runHashSetWithCapacity(StdCall& c) { return tableWithCapacity(c.call.type, c.args[0].u64()); }

// From an array: std's extend reserves the array's length, then inserts each
// element in order (a repeated key keeps its first key and its last value).
Value Interpreter::tableFromArray(StdCall& c) {
  TypeId mapOrSet = c.call.type;
  Address at = holdInScratch(newTableHeader(mapOrSet));
  const Type& array = T_.get(c.args[0].type);
  Address elems = holdInScratch(c.args[0]);
  uint64_t size = T_.layout(array.args[0]).size;
  reserveTable(at, mapOrSet, array.length);
  bool isMap = T_.get(mapOrSet).kind == TypeKind::HashMap;
  for (uint64_t i = 0; i < array.length; ++i) {
    Place item{elems + i * size, array.args[0]};
    if (!isMap) {
      insertEntry(at, mapOrSet, readPlace(item, false), nullptr);
      continue;
    }
    const Layout& pair = T_.layout(array.args[0]);
    Value key = readPlace(Place{item.addr + pair.fields[0].offset, pair.fields[0].type}, false);
    Value value = readPlace(Place{item.addr + pair.fields[1].offset, pair.fields[1].type}, false);
    if (std::optional<Value> old = insertEntry(at, mapOrSet, key, &value)) dropValueNow(std::move(*old));
  }
  return readPlace(Place{at, mapOrSet}, false);
}

Value Interpreter::runHashMapFrom(StdCall& c) { return tableFromArray(c); }
Value Interpreter::runHashSetFrom(StdCall& c) { return tableFromArray(c); }

// ---------------------------------------------------------------- HashMap<K, V>

Value Interpreter::runMapInsert(StdCall& c) {
  std::optional<Value> old = insertEntry(c.recv.addr, c.recv.type, c.args[0], &c.args[1]);
  return makeOption(c.call.type, old ? &*old : nullptr);
}

Value Interpreter::runMapGet(StdCall& c) {
  Place key = lookupKey(c.args[0]);
  int64_t found = findKey(c.recv.addr, c.recv.type, hashKey(c.recv.addr, key), key);
  if (found < 0) return makeOption(c.call.type, nullptr);
  Value r(T_.get(c.call.type).args[0], 8);
  r.setU64(0, valueOfBucket(bucketAt(c.recv.addr, c.recv.type, static_cast<uint64_t>(found)), c.recv.type).addr);
  return makeOption(c.call.type, &r);
}

Value Interpreter::runMapGetMut(StdCall& c) { return runMapGet(c); }

Value Interpreter::runMapContainsKey(StdCall& c) {
  Place key = lookupKey(c.args[0]);
  return makeBool(findKey(c.recv.addr, c.recv.type, hashKey(c.recv.addr, key), key) >= 0);
}

// The value comes back; the stored key is dropped here.
Value Interpreter::runMapRemove(StdCall& c) {
  std::optional<Value> stored = removeEntry(c.recv.addr, c.recv.type, c.args[0]);
  if (!stored) return makeOption(c.call.type, nullptr);
  Address at = holdInScratch(*stored);
  const Layout& pair = T_.layout(stored->type);
  Value value = readPlace(Place{at + pair.fields[1].offset, pair.fields[1].type}, false);
  dropValue(at + pair.fields[0].offset, pair.fields[0].type);
  return makeOption(c.call.type, &value);
}

Value Interpreter::runMapLen(StdCall& c) { return makeInt(T_.usize(), static_cast<__int128>(mem_.readU64(c.recv.addr + kItemsAt))); }
Value Interpreter::runMapIsEmpty(StdCall& c) { return makeBool(mem_.readU64(c.recv.addr + kItemsAt) == 0); }
Value Interpreter::runMapCapacity(StdCall& c) {
  return makeInt(T_.usize(), static_cast<__int128>(mem_.readU64(c.recv.addr + kItemsAt) + mem_.readU64(c.recv.addr + kGrowthAt)));
}

Value Interpreter::runMapClear(StdCall& c) {
  clearTable(c.recv.addr, c.recv.type);
  return makeUnit();
}

Value Interpreter::runMapKeys(StdCall& c) {
  TypeId pair = bucketType(c.recv.type);
  uint64_t offset = T_.layout(pair).fields[0].offset;
  eachBucket(c.recv.addr, [&](uint64_t i) {
    Value r(itemOf(c), 8);
    r.setU64(0, bucketAt(c.recv.addr, c.recv.type, i) + offset);
    return r;
  }, c.items);
  return makeUnit();
}

Value Interpreter::runMapValues(StdCall& c) {
  eachBucket(c.recv.addr, [&](uint64_t i) {
    Value r(itemOf(c), 8);
    r.setU64(0, valueOfBucket(bucketAt(c.recv.addr, c.recv.type, i), c.recv.type).addr);
    return r;
  }, c.items);
  return makeUnit();
}

Value Interpreter::runMapValuesMut(StdCall& c) { return runMapValues(c); }

Value Interpreter::runMapIter(StdCall& c) {
  c.items = tableItems(c.recv.addr, c.recv.type, itemOf(c));
  return makeUnit();
}

Value Interpreter::runMapIterMut(StdCall& c) { return runMapIter(c); }

// ---------------------------------------------------------------- Entry<K, V>

// Occupied {the bucket, the map} when the key is there (the key itself
// dropped), Vacant {hash, key, the map} after room for one more was made.
Value Interpreter::runMapEntry(StdCall& c) {
  const Layout& l = T_.layout(c.call.type);
  Value entry(c.call.type, l.size);
  Address keyAt = holdInScratch(c.args[0]);
  Place key{keyAt, c.args[0].type};
  uint64_t hash = hashKey(c.recv.addr, key);
  int64_t found = findKey(c.recv.addr, c.recv.type, hash, key);
  if (found >= 0) {
    entry.setU64(l.variants[0].offsets[0], bucketAt(c.recv.addr, c.recv.type, static_cast<uint64_t>(found)));
    entry.setU64(l.variants[0].offsets[1], c.recv.addr);
    setVariant(entry.data(), c.call.type, 0);
    dropValue(keyAt, key.type);
    return entry;
  }
  reserveTable(c.recv.addr, c.recv.type, 1);
  entry.setU64(l.variants[1].offsets[0], hash);
  std::memcpy(entry.data() + l.variants[1].offsets[1], c.args[0].data(), c.args[0].size());
  entry.setU64(l.variants[1].offsets[2], c.recv.addr);
  setVariant(entry.data(), c.call.type, 1);
  return entry;
}

// The &mut V of an occupied entry, or of the value a vacant one inserts.
Value Interpreter::entryValueRef(StdCall& c, const Value* inserted) {
  const Value& entry = c.self;
  const Layout& l = T_.layout(entry.type);
  TypeId mapType = mapOfEntry(entry.type);
  Value r(c.call.type, 8);
  if (variantOfValue(entry) == 0) {
    r.setU64(0, valueOfBucket(entry.u64(l.variants[0].offsets[0]), mapType).addr);
    return r;
  }
  Address map = entry.u64(l.variants[1].offsets[2]);
  uint64_t hash = entry.u64(l.variants[1].offsets[0]);
  TypeId keyType = T_.get(entry.type).args[0];
  Value key(keyType, T_.layout(keyType).size);
  std::memcpy(key.data(), entry.data() + l.variants[1].offsets[1], key.size());
  uint64_t index = findInsertIndex(map, hash);
  placeEntry(map, mapType, index, hash, entryValue(mapType, key, inserted));
  r.setU64(0, valueOfBucket(bucketAt(map, mapType, index), mapType).addr);
  return r;
}

// An occupied entry keeps its value and drops the one offered.
Value Interpreter::runEntryOrInsert(StdCall& c) {
  bool occupied = variantOfValue(c.self) == 0;
  Value r = entryValueRef(c, occupied ? nullptr : &c.args[0]);
  if (occupied) dropValueNow(std::move(c.args[0]));
  return r;
}

Value Interpreter::runEntryOrDefault(StdCall& c) {
  if (variantOfValue(c.self) == 0) return entryValueRef(c, nullptr);
  Value fresh = defaultValue(T_.get(c.self.type).args[1]);
  return entryValueRef(c, &fresh);
}

// or_insert_with: the closure runs only for a vacant entry, and its value
// goes in; an occupied entry drops the closure unused.
Value Interpreter::runEntryOrInsertWith(StdCall& c) {
  HeldCallable f = holdCallable(c.args[0]);
  Value r = makeUnit();
  if (variantOfValue(c.self) == 0) {
    r = entryValueRef(c, nullptr);
  } else {
    Value fresh = callHeld(f, {}, c.call.nameSpan);
    r = entryValueRef(c, &fresh);
  }
  releaseCallable(f);
  return r;
}

// and_modify: an occupied entry's value given to the closure as &mut V; the
// entry itself comes back either way.
Value Interpreter::runEntryAndModify(StdCall& c) {
  HeldCallable f = holdCallable(c.args[0]);
  if (variantOfValue(c.self) == 0) {
    const Layout& l = T_.layout(c.self.type);
    Value r(paramOf(f, 0), 8);
    r.setU64(0, valueOfBucket(c.self.u64(l.variants[0].offsets[0]), mapOfEntry(c.self.type)).addr);
    callHeld(f, {r}, c.call.nameSpan);
  }
  releaseCallable(f);
  return c.self;
}

Value Interpreter::runEntryKey(StdCall& c) {
  const Layout& l = T_.layout(c.recv.type);
  Value r(c.call.type, 8);
  if (variantAt(c.recv.addr, c.recv.type) == 0) {
    uint64_t keyOffset = T_.layout(bucketType(mapOfEntry(c.recv.type))).fields[0].offset;
    r.setU64(0, mem_.readU64(c.recv.addr + l.variants[0].offsets[0]) + keyOffset);
  } else {
    r.setU64(0, c.recv.addr + l.variants[1].offsets[1]);
  }
  return r;
}

// ---------------------------------------------------------------- HashSet<T>

Value Interpreter::runSetInsert(StdCall& c) { return makeBool(!insertEntry(c.recv.addr, c.recv.type, c.args[0], nullptr)); }

Value Interpreter::runSetContains(StdCall& c) {
  Place key = lookupKey(c.args[0]);
  return makeBool(findKey(c.recv.addr, c.recv.type, hashKey(c.recv.addr, key), key) >= 0);
}

Value Interpreter::runSetRemove(StdCall& c) {
  std::optional<Value> stored = removeEntry(c.recv.addr, c.recv.type, c.args[0]);
  if (stored) dropValueNow(std::move(*stored));
  return makeBool(stored.has_value());
}

Value Interpreter::runSetLen(StdCall& c) { return runMapLen(c); }
Value Interpreter::runSetIsEmpty(StdCall& c) { return runMapIsEmpty(c); }
Value Interpreter::runSetCapacity(StdCall& c) { return runMapCapacity(c); }
Value Interpreter::runSetClear(StdCall& c) { return runMapClear(c); }

// into_iter of a map or a set: hashbrown's RawIntoIter, each entry moved
// out in bucket order as it is taken; what is left is dropped and the table
// freed when the iterator is (closeStream).
Value Interpreter::runMapIntoIter(StdCall& c) {
  c.stream = consumedTableStream(c.self, c.call);
  return makeUnit();
}
Value Interpreter::runSetIntoIter(StdCall& c) { return runMapIntoIter(c); }
// drain: the table moves into the stream (the map empty while it runs),
// its entries taken in bucket order as into_iter takes them; closing it
// drops those left and moves the emptied table back (consumedTableStream,
// closeStream). Drain is not TrustedLen.
Value Interpreter::runMapDrain(StdCall& c) {
  Value table = readPlace(c.recv, false);
  c.stream = consumedTableStream(table, c.call);
  c.stream->drainOf = c.recv.addr;
  moveTableOut(c.recv.addr, c.stream->owner);
  return makeUnit();
}
Value Interpreter::runSetDrain(StdCall& c) { return runMapDrain(c); }

Value Interpreter::runMapIntoKeys(StdCall& c) { return keysOrValuesOf(c, 0); }
Value Interpreter::runMapIntoValues(StdCall& c) { return keysOrValuesOf(c, 1); }

Value Interpreter::runSetIter(StdCall& c) {
  c.items = tableItems(c.recv.addr, c.recv.type, itemOf(c));
  return makeUnit();
}

// ---------------------------------------------------------------- set operations

// References to the elements of set `from`, in its buckets' order, that
// set `other` holds (held) or does not: std's Intersection and Difference.
std::vector<Value> Interpreter::setItemsFiltered(Address from, Address other, TypeId set, TypeId itemType, bool held) {
  std::vector<Value> kept;
  TypeId elem = T_.get(set).args[0];
  for (Value& r : tableItems(from, set, itemType)) {
    Place key{r.u64(0), elem};
    if ((findKey(other, set, hashKey(other, key), key) >= 0) == held) kept.push_back(std::move(r));
  }
  return kept;
}

std::unique_ptr<ItemStream> Interpreter::setItemStream(const StdCall& c, std::vector<Value> items, bool exact) {
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Items;
  s->call = &c.call;
  s->item = itemOf(c);
  s->items = std::move(items);
  s->back = s->items.size();
  s->exact = exact;
  return s;
}

// intersection: the smaller set's elements (self's on a tie) the other holds.
Value Interpreter::runSetIntersection(StdCall& c) {
  Address self = c.recv.addr, other = c.args[0].u64();
  bool selfSmaller = mem_.readU64(self + kItemsAt) <= mem_.readU64(other + kItemsAt);
  c.items = setItemsFiltered(selfSmaller ? self : other, selfSmaller ? other : self, c.recv.type, itemOf(c), true);
  return makeUnit();
}

Value Interpreter::runSetDifference(StdCall& c) {
  c.items = setItemsFiltered(c.recv.addr, c.args[0].u64(), c.recv.type, itemOf(c), false);
  return makeUnit();
}

// symmetric_difference: self.difference(other), then other.difference(self), chained.
Value Interpreter::runSetSymmetricDifference(StdCall& c) {
  Address self = c.recv.addr, other = c.args[0].u64();
  c.stream = setItemStream(c, setItemsFiltered(self, other, c.recv.type, itemOf(c), false), false);
  std::unique_ptr<ItemStream> rest = setItemStream(c, setItemsFiltered(other, self, c.recv.type, itemOf(c), false), false);
  c.stream = adapterStream(c, StreamKind::Chain);
  c.stream->other = std::move(rest);
  return makeUnit();
}

// union: every element of the larger set (self on a tie), whose length is
// the hint's lower bound, chained with the other's elements it lacks.
Value Interpreter::runSetUnion(StdCall& c) {
  Address self = c.recv.addr, other = c.args[0].u64();
  bool selfLarger = mem_.readU64(self + kItemsAt) >= mem_.readU64(other + kItemsAt);
  Address big = selfLarger ? self : other, small = selfLarger ? other : self;
  c.stream = setItemStream(c, tableItems(big, c.recv.type, itemOf(c)), true);
  std::unique_ptr<ItemStream> rest = setItemStream(c, setItemsFiltered(small, big, c.recv.type, itemOf(c), false), false);
  c.stream = adapterStream(c, StreamKind::Chain);
  c.stream->other = std::move(rest);
  return makeUnit();
}

// How many elements of set `from` set `other` holds.
uint64_t Interpreter::setElementsHeld(Address from, Address other, TypeId set) {
  uint64_t held = 0;
  for (uint64_t i : fullBuckets(from)) {
    Place key{bucketAt(from, set, i), T_.get(set).args[0]};
    if (findKey(other, set, hashKey(other, key), key) >= 0) ++held;
  }
  return held;
}

// is_subset: false at once when self is longer, else every element held by
// the other; is_superset is the other's is_subset; is_disjoint: no element
// of the smaller set held by the larger.
Value Interpreter::runSetIsSubset(StdCall& c) {
  Address self = c.recv.addr, other = c.args[0].u64();
  uint64_t n = mem_.readU64(self + kItemsAt);
  return makeBool(n <= mem_.readU64(other + kItemsAt) && setElementsHeld(self, other, c.recv.type) == n);
}

Value Interpreter::runSetIsSuperset(StdCall& c) {
  Address self = c.recv.addr, other = c.args[0].u64();
  uint64_t n = mem_.readU64(other + kItemsAt);
  return makeBool(n <= mem_.readU64(self + kItemsAt) && setElementsHeld(other, self, c.recv.type) == n);
}

Value Interpreter::runSetIsDisjoint(StdCall& c) {
  Address self = c.recv.addr, other = c.args[0].u64();
  bool selfSmaller = mem_.readU64(self + kItemsAt) <= mem_.readU64(other + kItemsAt);
  return makeBool(setElementsHeld(selfSmaller ? self : other, selfSmaller ? other : self, c.recv.type) == 0);
}

// hashbrown's Extend: room for the lower size hint reserved first (half of
// it, rounded up, when the map already has entries), then each item
// inserted in turn; a HashSet's items are a map's keys. A pair of
// references (&K, &V) is read through (K and V are Copy).
Value Interpreter::runMapExtend(StdCall& c) {
  Address h = c.recv.addr;
  TypeId map = c.recv.type;
  const Type& mt = T_.get(map);
  bool isMap = mt.kind == TypeKind::HashMap;
  extendWith(
      c, isMap ? kNoType : mt.args[0],
      [&](SizeHint hint, bool) {
        uint64_t lower = hint.lower;
        reserveTable(h, map, mem_.readU64(h + kItemsAt) == 0 ? lower : (lower + 1) / 2);
      },
      [&](Value x) {
        if (!isMap) {
          insertEntry(h, map, x, nullptr);
          return;
        }
        const Layout& pair = T_.layout(x.type);
        Address at = holdInScratch(x);
        Value key = ownedItem(readPlace(Place{at + pair.fields[0].offset, pair.fields[0].type}, false), mt.args[0]);
        Value value = ownedItem(readPlace(Place{at + pair.fields[1].offset, pair.fields[1].type}, false), mt.args[1]);
        if (std::optional<Value> old = insertEntry(h, map, key, &value)) dropValueNow(std::move(*old));
      });
  return makeUnit();
}

Value Interpreter::runSetExtend(StdCall& c) { return runMapExtend(c); }

// retain as hashbrown's: each full bucket in order, the closure given the
// key and the value (a set's: the element); a rejected entry's control byte
// is erased first, then the entry is dropped where it lies.
Value Interpreter::runMapRetain(StdCall& c) {
  TypeId bucket = bucketType(c.recv.type);
  bool isMap = T_.get(c.recv.type).kind == TypeKind::HashMap;
  HeldCallable f = holdCallable(c.args[0]);
  for (uint64_t i : fullBuckets(c.recv.addr)) {
    Address at = bucketAt(c.recv.addr, c.recv.type, i);
    std::vector<Value> args;
    for (size_t part = 0; part < (isMap ? 2u : 1u); ++part) {
      Value r(paramOf(f, part), 8);
      r.setU64(0, isMap ? at + T_.layout(bucket).fields[part].offset : at);
      args.push_back(std::move(r));
    }
    if (callHeld(f, std::move(args), c.call.nameSpan).data()[0] != 0) continue;
    eraseBucket(c.recv.addr, i);
    dropValue(at, bucket);
  }
  releaseCallable(f);
  return makeUnit();
}

Value Interpreter::runSetRetain(StdCall& c) { return runMapRetain(c); }

}  // namespace sh
