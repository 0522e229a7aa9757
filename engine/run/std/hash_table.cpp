// The table behind HashMap and HashSet: a port of hashbrown's RawTable, the
// SwissTable std 1.95 uses, operating on simulated memory.
//
// One allocation holds the buckets and, after them, one control byte per
// bucket plus 16 more (Group::WIDTH on x86-64, so a 16-byte group can be
// read at any bucket): EMPTY (0xFF), DELETED (0x80) or the top 7 bits of the
// hash of the key stored there. Bucket i sits just below the control bytes,
// at ctrl - (i + 1) * size_of::<T>(), and the map's header holds the control
// pointer, the bucket mask (buckets - 1), how many more inserts fit before
// the table must grow (growth_left) and the item count. The sizes, the
// moment of growth and the growth itself are hashbrown's: at most 7/8 of the
// buckets are used (all but one below 8 buckets), small tables start at 4,
// 8 or 16 buckets by the entry's size, and growing allocates a new table,
// moves every entry into it in bucket order and frees the old one. So the
// allocator sees exactly what rustc's build asks of it.
//
// Keys are hashed with SipHash-1-3 as std's RandomState does (the bytes each
// Hash impl writes, hashValue below), with one fixed seed instead of a
// random one: the first map of a run has keys k0 = 0, k1 = 0 and, as in
// std, each new map adds one to k0. The order of entries in a table, and so
// the order a HashMap iterates in, is therefore the same on every run here,
// while in real Rust it changes from run to run.
//
// One thing is simpler than hashbrown: when deleted entries (tombstones)
// leave no room but the table is at most half full, hashbrown rehashes in
// place by an intricate swap; this rehash reinserts the entries in bucket
// order instead. It allocates nothing either way, and only which bucket an
// entry lands in can differ, which is seed-dependent in Rust anyway.
#include "base/siphash.h"
#include "run/interpreter.h"

namespace sh {

namespace {

constexpr uint8_t kEmpty = 0xFF;
constexpr uint8_t kDeleted = 0x80;
constexpr uint64_t kGroupWidth = 16;
// Header fields, as check/layout.cpp lays out HashMap and HashSet.
constexpr uint64_t kCtrlAt = 0, kMaskAt = 8, kGrowthAt = 16, kItemsAt = 24, kK0At = 32, kK1At = 40;

uint64_t alignUp(uint64_t n, uint64_t a) { return (n + a - 1) / a * a; }

bool isFull(uint8_t ctrl) { return (ctrl & 0x80) == 0; }

// hashbrown's bucket_mask_to_capacity: one empty bucket below 8 buckets, 1/8 above.
uint64_t capacityOfMask(uint64_t mask) { return mask < 8 ? mask : (mask + 1) / 8 * 7; }

// hashbrown 0.16's capacity_to_buckets for 16-byte groups: small tables
// start large enough that their buckets fill the control bytes' alignment.
uint64_t bucketsFor(uint64_t capacity, uint64_t bucketSize) {
  if (capacity < 15) {
    uint64_t least = bucketSize <= 1 ? 14 : bucketSize <= 3 ? 7 : 3;
    capacity = std::max(capacity, least);
    return capacity < 4 ? 4 : capacity < 8 ? 8 : 16;
  }
  uint64_t adjusted = capacity * 8 / 7, buckets = 1;
  while (buckets < adjusted) buckets <<= 1;
  return buckets;
}

uint8_t tagOf(uint64_t hash) { return static_cast<uint8_t>(hash >> 57); }

}  // namespace

// ---------------------------------------------------------------- hashing

// The bytes std's Hash impls feed the hasher for the value at addr: an
// integer's bytes, a char as u32, a bool as u8, text with a 0xFF after it, a
// sequence's length then its elements, an enum's discriminant as isize then
// the variant's fields, and what a reference, Box or Rc points at.
void Interpreter::hashValue(SipHasher13& h, const Place& p) {
  const Type& t = T_.get(p.type);
  auto bytes = [&](Address at, uint64_t n) {
    std::vector<uint8_t> b(n);
    mem_.read(at, b.data(), n);
    h.write(b.data(), n);
  };
  auto sequence = [&](Address data, uint64_t len, TypeId elem) {
    h.write(reinterpret_cast<const uint8_t*>(&len), 8);
    for (uint64_t i = 0; i < len; ++i) hashValue(h, Place{data + i * T_.layout(elem).size, elem});
  };
  auto text = [&](Address data, uint64_t len) {
    bytes(data, len);
    const uint8_t end = 0xFF;
    h.write(&end, 1);
  };
  switch (t.kind) {
    case TypeKind::Int: bytes(p.addr, intKindBytes(t.intKind)); return;
    case TypeKind::Bool: bytes(p.addr, 1); return;
    case TypeKind::Char: bytes(p.addr, 4); return;
    case TypeKind::Str: text(p.addr, p.meta); return;
    case TypeKind::String: text(mem_.readU64(p.addr + VecHeader::ptr), mem_.readU64(p.addr + VecHeader::len)); return;
    case TypeKind::Ref: case TypeKind::Box: case TypeKind::Rc: hashValue(h, deref(p)); return;
    case TypeKind::Vec: sequence(mem_.readU64(p.addr + VecHeader::ptr), mem_.readU64(p.addr + VecHeader::len), t.args[0]); return;
    case TypeKind::Slice: sequence(p.addr, p.meta, t.args[0]); return;
    case TypeKind::VecDeque: {  // its length, then each element front to back
      uint64_t len = mem_.readU64(p.addr + DequeHeader::len);
      h.write(reinterpret_cast<const uint8_t*>(&len), 8);
      for (uint64_t i = 0; i < len; ++i) hashValue(h, Place{dequeSlot(p.addr, p.type, i), t.args[0]});
      return;
    }
    case TypeKind::Array: sequence(p.addr, t.length, t.args[0]); return;
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: {  // its length, then each key (and value) in key order
      uint64_t len = btreeLength(p.addr);
      h.write(reinterpret_cast<const uint8_t*>(&len), 8);
      for (auto [key, value] : btreeEntries(p.addr, p.type)) {
        hashValue(h, Place{key, t.args[0]});
        if (t.kind == TypeKind::BTreeMap) hashValue(h, Place{value, t.args[1]});
      }
      return;
    }
    case TypeKind::Tuple: case TypeKind::Struct:
      for (const FieldLayout& f : T_.layout(p.type).fields) hashValue(h, Place{p.addr + f.offset, f.type});
      return;
    case TypeKind::Option: {
      bool some = optionIsSome(p.addr, p.type);
      int64_t discriminant = some ? 1 : 0;
      h.write(reinterpret_cast<const uint8_t*>(&discriminant), 8);
      if (some) hashValue(h, Place{optionPayload(p.addr, p.type), t.args[0]});
      return;
    }
    case TypeKind::Enum: {
      uint32_t variant = variantAt(p.addr, p.type);
      const VariantInfo& v = T_.enumOf(p.type).variants[variant];
      int64_t discriminant = v.discriminant;
      h.write(reinterpret_cast<const uint8_t*>(&discriminant), 8);
      for (size_t i = 0; i < v.fields.size(); ++i)
        hashValue(h, Place{p.addr + T_.layout(p.type).variants[variant].offsets[i], v.fields[i].second});
      return;
    }
    default: return;  // (): nothing; the checker let only Hash types be keys
  }
}

uint64_t Interpreter::hashKey(Address header, const Place& key) {
  SipHasher13 h(mem_.readU64(header + kK0At), mem_.readU64(header + kK1At));
  hashValue(h, key);
  return h.finish();
}

// ---------------------------------------------------------------- the table

TypeId Interpreter::bucketType(TypeId mapOrSet) const { return T_.bucketOf(mapOrSet); }

Address Interpreter::bucketAt(Address header, TypeId mapOrSet, uint64_t index) const {
  return mem_.readU64(header + kCtrlAt) - (index + 1) * T_.layout(bucketType(mapOrSet)).size;
}

uint8_t Interpreter::ctrlAt(Address header, uint64_t index) const {
  uint8_t b = 0;
  mem_.read(mem_.readU64(header + kCtrlAt) + index, &b, 1);
  return b;
}

// hashbrown's set_ctrl: the byte, and its mirror in the trailing group.
void Interpreter::setCtrl(Address header, uint64_t index, uint8_t ctrl) {
  Address at = mem_.readU64(header + kCtrlAt);
  uint64_t mask = mem_.readU64(header + kMaskAt);
  uint64_t mirror = ((index - kGroupWidth) & mask) + kGroupWidth;
  mem_.write(at + index, &ctrl, 1);
  mem_.write(at + mirror, &ctrl, 1);
}

// A new, empty map's header: the shared static group of EMPTY bytes (std's
// Group::static_empty), no buckets, and the next RandomState's keys.
Value Interpreter::newTableHeader(TypeId mapOrSet) {
  if (emptyGroup_ == 0) {  // a static of std's, named as hashbrown names it (a [u8; 16], not a string literal)
    emptyGroup_ = mem_.reserveStatic(kGroupWidth, kGroupWidth);
    Type group;
    group.kind = TypeKind::Array;
    group.args = {T_.intType(IntKind::U8)};
    group.length = kGroupWidth;
    EventInfo e;
    e.kind = EventKind::Static;
    e.type = T_.find(group);
    SH_CHECK(e.type != kNoType, "a map's type interned without its empty control group");
    e.addr = emptyGroup_;
    e.size = kGroupWidth;
    e.text = trace_.intern("Group::static_empty");
    trace_.add(e);
    std::vector<uint8_t> empty(kGroupWidth, kEmpty);
    mem_.write(emptyGroup_, empty.data(), empty.size());
  }
  Value v(mapOrSet, 48);
  v.setU64(kCtrlAt, emptyGroup_);
  v.setU64(kK0At, randomStates_++);  // the fixed seed: k0 = 0, k1 = 0, one more k0 per map
  v.setU64(kK1At, 0);
  return v;
}

uint64_t Interpreter::bucketsForCapacity(TypeId mapOrSet, uint64_t capacity) const {
  return bucketsFor(capacity, T_.layout(bucketType(mapOrSet)).size);
}

// A fresh allocation of `buckets` buckets (a power of two), all control
// bytes EMPTY, its size and alignment hashbrown's calculate_layout_for.
void Interpreter::allocateTable(Address header, TypeId mapOrSet, uint64_t buckets) {
  TypeId bucket = bucketType(mapOrSet);
  const Layout& l = T_.layout(bucket);
  uint64_t ctrlAlign = std::max<uint64_t>(l.align, kGroupWidth);
  uint64_t ctrlOffset = alignUp(l.size * buckets, ctrlAlign);
  HeapCell& cell = mem_.allocate(ctrlOffset + buckets + kGroupWidth, static_cast<uint32_t>(ctrlAlign), T_.tableOf(mapOrSet), buckets);
  Address ctrl = cell.addr + ctrlOffset;
  std::vector<uint8_t> empty(buckets + kGroupWidth, kEmpty);
  mem_.write(ctrl, empty.data(), empty.size());
  uint64_t words[3] = {ctrl, buckets - 1, capacityOfMask(buckets - 1)};
  mem_.write(header + kCtrlAt, words, 24);
}

void Interpreter::freeTable(Address header) {
  if (mem_.readU64(header + kMaskAt) == 0) return;  // the static empty group
  mem_.free(mem_.liveCellAt(mem_.readU64(header + kCtrlAt)).id);
}

std::vector<uint64_t> Interpreter::fullBuckets(Address header) const {
  std::vector<uint64_t> full;
  uint64_t mask = mem_.readU64(header + kMaskAt);
  if (mask == 0) return full;
  for (uint64_t i = 0; i <= mask; ++i)
    if (isFull(ctrlAt(header, i))) full.push_back(i);
  return full;
}

// The bucket holding `key` (a place of the key type or of what it borrows
// as), or -1: hashbrown's probe sequence over 16-byte groups.
int64_t Interpreter::findKey(Address header, TypeId mapOrSet, uint64_t hash, const Place& key) {
  uint64_t mask = mem_.readU64(header + kMaskAt);
  if (mask == 0) return -1;
  TypeId bucket = bucketType(mapOrSet);
  TypeId keyType = T_.get(mapOrSet).args[0];
  uint64_t keyOffset = T_.get(mapOrSet).kind == TypeKind::HashMap ? T_.layout(bucket).fields[0].offset : 0;
  uint64_t pos = hash & mask, stride = 0;
  for (;;) {
    bool sawEmpty = false;
    for (uint64_t bit = 0; bit < kGroupWidth; ++bit) {
      uint8_t c = ctrlAt(header, pos + bit);
      sawEmpty |= c == kEmpty;
      if (c != tagOf(hash)) continue;
      uint64_t index = (pos + bit) & mask;
      if (compareValues(Place{bucketAt(header, mapOrSet, index) + keyOffset, keyType}, key) == 0) return static_cast<int64_t>(index);
    }
    if (sawEmpty) return -1;
    stride += kGroupWidth;
    pos = (pos + stride) & mask;
  }
}

// Where a new entry with this hash goes: the first EMPTY or DELETED bucket
// along its probe sequence (hashbrown's find_insert_index and fix_insert_index).
uint64_t Interpreter::findInsertIndex(Address header, uint64_t hash) {
  uint64_t mask = mem_.readU64(header + kMaskAt);
  uint64_t pos = hash & mask, stride = 0;
  for (;;) {
    for (uint64_t bit = 0; bit < kGroupWidth; ++bit) {
      if (isFull(ctrlAt(header, pos + bit))) continue;
      uint64_t index = (pos + bit) & mask;
      if (!isFull(ctrlAt(header, index))) return index;
      for (uint64_t i = 0; i < kGroupWidth; ++i)  // a table smaller than a group: its first free bucket
        if (!isFull(ctrlAt(header, i))) return i;
    }
    stride += kGroupWidth;
    pos = (pos + stride) & mask;
  }
}

// The entry's bytes into bucket `index`, counted as hashbrown's record_item_insert_at does.
void Interpreter::placeEntry(Address header, TypeId mapOrSet, uint64_t index, uint64_t hash, const Value& entry) {
  if (ctrlAt(header, index) == kEmpty) mem_.writeU64(header + kGrowthAt, mem_.readU64(header + kGrowthAt) - 1);
  setCtrl(header, index, tagOf(hash));
  mem_.write(bucketAt(header, mapOrSet, index), entry.data(), entry.size());
  uint64_t items = mem_.readU64(header + kItemsAt) + 1;
  mem_.writeU64(header + kItemsAt, items);
  mem_.setLength(mem_.liveCellAt(mem_.readU64(header + kCtrlAt)).id, items);
}

// hashbrown's reserve: grows (or, full of tombstones, rehashes) so that
// `additional` more entries fit without growing.
void Interpreter::reserveTable(Address header, TypeId mapOrSet, uint64_t additional) {
  if (additional <= mem_.readU64(header + kGrowthAt)) return;
  uint64_t items = mem_.readU64(header + kItemsAt);
  uint64_t full = capacityOfMask(mem_.readU64(header + kMaskAt));
  if (items + additional <= full / 2) rehashTable(header, mapOrSet, mem_.readU64(header + kMaskAt) + 1);
  else rehashTable(header, mapOrSet, bucketsForCapacity(mapOrSet, std::max(items + additional, full + 1)));
}

// Every entry, in bucket order, into a table of `buckets` buckets: a new
// allocation when the size changes (the old one freed after the move), the
// same one otherwise.
void Interpreter::rehashTable(Address header, TypeId mapOrSet, uint64_t buckets) {
  uint64_t size = T_.layout(bucketType(mapOrSet)).size;
  std::vector<std::pair<uint64_t, Value>> entries;  // hash, bytes
  TypeId bucket = bucketType(mapOrSet);
  uint64_t keyOffset = T_.get(mapOrSet).kind == TypeKind::HashMap ? T_.layout(bucket).fields[0].offset : 0;
  TypeId keyType = T_.get(mapOrSet).args[0];
  for (uint64_t i : fullBuckets(header)) {
    Address at = bucketAt(header, mapOrSet, i);
    Value v(bucket, size);
    mem_.read(at, v.data(), size);
    entries.emplace_back(hashKey(header, Place{at + keyOffset, keyType}), std::move(v));
  }
  uint64_t oldMask = mem_.readU64(header + kMaskAt);
  Address oldCtrl = mem_.readU64(header + kCtrlAt);
  bool inPlace = buckets == oldMask + 1;
  if (inPlace) {
    std::vector<uint8_t> empty(buckets + kGroupWidth, kEmpty);
    mem_.write(oldCtrl, empty.data(), empty.size());
    mem_.writeU64(header + kGrowthAt, capacityOfMask(oldMask));
  } else {
    allocateTable(header, mapOrSet, buckets);
  }
  mem_.writeU64(header + kItemsAt, 0);
  for (const auto& [hash, v] : entries) placeEntry(header, mapOrSet, findInsertIndex(header, hash), hash, v);
  if (!inPlace && oldMask != 0) mem_.free(mem_.liveCellAt(oldCtrl).id);
}

// hashbrown's erase: the bucket's byte becomes EMPTY when some probe that
// passes it can already stop nearby, DELETED (a tombstone) otherwise.
void Interpreter::eraseBucket(Address header, uint64_t index) {
  uint64_t mask = mem_.readU64(header + kMaskAt);
  uint64_t before = (index - kGroupWidth) & mask;
  unsigned emptyBeforeLeading = 0, emptyAfterTrailing = 0;
  for (int bit = static_cast<int>(kGroupWidth) - 1; bit >= 0 && ctrlAt(header, before + bit) != kEmpty; --bit) ++emptyBeforeLeading;
  for (uint64_t bit = 0; bit < kGroupWidth && ctrlAt(header, index + bit) != kEmpty; ++bit) ++emptyAfterTrailing;
  uint8_t ctrl = kDeleted;
  if (emptyBeforeLeading + emptyAfterTrailing < kGroupWidth) {
    ctrl = kEmpty;
    mem_.writeU64(header + kGrowthAt, mem_.readU64(header + kGrowthAt) + 1);
  }
  setCtrl(header, index, ctrl);
  uint64_t items = mem_.readU64(header + kItemsAt) - 1;
  mem_.writeU64(header + kItemsAt, items);
  mem_.setLength(mem_.liveCellAt(mem_.readU64(header + kCtrlAt)).id, items);
}

// Drop glue and clear: each entry dropped in bucket order.
void Interpreter::dropEntries(Address header, TypeId mapOrSet) {
  TypeId bucket = bucketType(mapOrSet);
  for (uint64_t i : fullBuckets(header)) dropValue(bucketAt(header, mapOrSet, i), bucket);
}

// clear keeps the allocation: every entry dropped, then every control byte EMPTY.
void Interpreter::clearTable(Address header, TypeId mapOrSet) {
  dropEntries(header, mapOrSet);
  clearControlBytes(header);
}

// hashbrown's clear_no_drop: every control byte EMPTY, the items gone without a drop.
void Interpreter::clearControlBytes(Address header) {
  uint64_t mask = mem_.readU64(header + kMaskAt);
  if (mask == 0) return;
  std::vector<uint8_t> empty(mask + 1 + kGroupWidth, kEmpty);
  mem_.write(mem_.readU64(header + kCtrlAt), empty.data(), empty.size());
  uint64_t counts[2] = {capacityOfMask(mask), 0};
  mem_.write(header + kGrowthAt, counts, 16);
  mem_.setLength(mem_.liveCellAt(mem_.readU64(header + kCtrlAt)).id, 0);
}

// A drain's start (hashbrown's RawDrain): the map's table moves to `into`,
// the map left with hashbrown's empty table (no allocation) while it runs.
void Interpreter::moveTableOut(Address header, Address into) {
  std::vector<uint8_t> table(kK0At);
  mem_.read(header, table.data(), table.size());
  mem_.write(into, table.data(), table.size());
  uint64_t empty[4] = {emptyGroup_, 0, 0, 0};
  mem_.write(header + kCtrlAt, empty, sizeof empty);
}

// A drain's end: its table, emptied without a drop (its entries were taken
// or dropped), moves back into the map, its allocation and capacity kept.
void Interpreter::moveTableBack(Address from, Address header) {
  clearControlBytes(from);
  std::vector<uint8_t> table(kK0At);
  mem_.read(from, table.data(), table.size());
  mem_.write(header, table.data(), table.size());
}

void Interpreter::dropTable(Address header, TypeId mapOrSet) {
  dropEntries(header, mapOrSet);
  freeTable(header);
}

// A clone: the same hasher keys, a table of the same size with the same
// control bytes, each entry cloned into the same bucket in bucket order.
Value Interpreter::cloneTable(Address header, TypeId mapOrSet, Span at) {
  Value out(mapOrSet, 48);
  mem_.read(header, out.data(), 48);
  uint64_t mask = mem_.readU64(header + kMaskAt);
  if (mask == 0) return out;
  TypeId bucket = bucketType(mapOrSet);
  const Layout& l = T_.layout(bucket);
  Address holder = holdInScratch(out);
  allocateTable(holder, mapOrSet, mask + 1);
  std::vector<uint8_t> ctrl(mask + 1 + kGroupWidth);
  mem_.read(mem_.readU64(header + kCtrlAt), ctrl.data(), ctrl.size());
  mem_.write(mem_.readU64(holder + kCtrlAt), ctrl.data(), ctrl.size());
  for (uint64_t i : fullBuckets(header)) {
    Value v = cloneValue(bucketAt(header, mapOrSet, i), bucket, at);
    mem_.write(bucketAt(holder, mapOrSet, i), v.data(), l.size);
  }
  uint64_t counts[2] = {mem_.readU64(header + kGrowthAt), mem_.readU64(header + kItemsAt)};
  mem_.write(holder + kGrowthAt, counts, 16);
  mem_.setLength(mem_.liveCellAt(mem_.readU64(holder + kCtrlAt)).id, counts[1]);
  return readPlace(Place{holder, mapOrSet}, false);
}

}  // namespace sh
