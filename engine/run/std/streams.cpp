// Iterators while they run (run/item_stream.h): opening the chain an
// iterator expression writes, pulling its items one at a time from the
// front or the back, std's size hints, and closing the chain, which drops
// what it owns (the closures it was given, the elements an into_iter did
// not hand out, its buffer) in the order Rust drops an adapter's fields.
#include <algorithm>

#include "base/utf8.h"
#include "check/std_table.h"
#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

namespace {

uint64_t saturatingAdd(uint64_t a, uint64_t b) { return a + b < a ? UINT64_MAX : a + b; }
uint64_t saturatingSub(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }

bool readsCharsOf(BuiltinMethod m) { return m == BuiltinMethod::StrChars || m == BuiltinMethod::StrCharIndices; }

// The sources whose size std does not know ahead (split and its kin: (0, None)).
bool hintsNothing(BuiltinMethod m) {
  const StdMethodRow& row = stdMethod(m);
  if (m == BuiltinMethod::BMapRange || m == BuiltinMethod::BSetRange) return true;  // btree's Range has no size_hint of its own
  if (m == BuiltinMethod::SetIntersection || m == BuiltinMethod::SetDifference) return true;  // (0, the set's length): 0 is what collect reads
  return row.receiver == StdReceiver::Text && !readsCharsOf(m) && m != BuiltinMethod::StrBytes;
}

// The sources std walks by index (TrustedRandomAccess): slices' iterators, chunks (exact or not) and windows, a str's bytes
// and a char's case mapping (measured: `'ß'.to_uppercase().skip(1)` collects into exactly one char).
bool indexedSource(BuiltinMethod m) {
  return m == BuiltinMethod::VecIter || m == BuiltinMethod::VecIterMut || m == BuiltinMethod::StrBytes ||
         m == BuiltinMethod::SliceChunks || m == BuiltinMethod::SliceChunksExact || m == BuiltinMethod::SliceWindows ||
         m == BuiltinMethod::CharToUppercase ||
         m == BuiltinMethod::CharToLowercase;
}

// Sources whose exact size std does not promise to collect (no TrustedLen): a map's, a set's or a binary heap's iterators.
bool untrustedSource(BuiltinMethod m) {
  StdReceiver r = stdMethod(m).receiver;
  return r == StdReceiver::HashMap || r == StdReceiver::HashSet || r == StdReceiver::BinaryHeap;
}

}  // namespace

// ---------------------------------------------------------------- opening

// The stream of iterator expression e: a chain of std calls ending in a
// source (`v.iter()`, `s.chars()`), a range, or a learner's iterator.
std::unique_ptr<ItemStream> Interpreter::openStream(const Expr& e, TypeId item) {
  const Type& t = T_.get(e.type);
  // made here by its source's call, or a value (a variable, a clone, a function's result) moved into the chain
  bool madeHere = e.kind == ExprKind::MethodCall && e.resolvedKind == static_cast<uint8_t>(Resolved::Method) &&
                  (makesKeptIter(static_cast<BuiltinMethod>(e.resolved)) ||
                   stdMethod(static_cast<BuiltinMethod>(e.resolved)).receiver == StdReceiver::Iter);
  if (T_.keptIter(e.type) != KeptIter::None && !madeHere) {
    Value kept = eval(e);
    return keptStream(Place{holdInScratch(kept), kept.type}, e, true);
  }
  if (t.kind == TypeKind::Range) return countingStream(eval(e), e);
  if (t.kind == TypeKind::Ref && advancedInPlace(t)) return byRefStream(e);
  if (t.kind == TypeKind::Struct || t.kind == TypeKind::Enum) {
    Value iterator = eval(e);
    return learnersStream(holdInScratch(iterator), iterator.type, e, false);
  }
  if (t.kind == TypeKind::Ref || t.kind == TypeKind::Vec || t.kind == TypeKind::Array || t.kind == TypeKind::BinaryHeap)
    return collectionStream(e, item);
  if (t.kind == TypeKind::HashMap || t.kind == TypeKind::HashSet || t.kind == TypeKind::VecDeque || t.kind == TypeKind::BTreeMap ||
      t.kind == TypeKind::BTreeSet)
    return consumedTableStream(eval(e), e);
  if (e.kind == ExprKind::Call && e.resolvedKind == static_cast<uint8_t>(Resolved::Builtin)) return sourceOfFunction(e);
  SH_CHECK(e.kind == ExprKind::MethodCall && e.resolvedKind == static_cast<uint8_t>(Resolved::Method),
           "an iterator that is not made by a std method call");
  auto m = static_cast<BuiltinMethod>(e.resolved);
  StdCall c(e);
  if (stdMethod(m).receiver == StdReceiver::Iter) c.stream = openStream(*e.operand);
  else if (e.receiverMode == static_cast<uint8_t>(ReceiverMode::ByValue)) c.self = eval(*e.operand);
  else c.recv = evalPlace(*e.operand);
  for (const auto& a : e.args) {
    if (flow_ != Flow::Normal) break;
    if (m == BuiltinMethod::IterZip) c.otherStream = openStream(*a, T_.get(T_.get(e.type).args[0]).args[1]);
    else if (m == BuiltinMethod::IterChain) c.otherStream = openStream(*a, T_.get(e.type).args[0]);
    else c.args.push_back(eval(*a));
  }
  if (flow_ != Flow::Normal) {  // a `?` (or a break) in the receiver or an argument left: nothing to run
    auto none = std::make_unique<ItemStream>();
    none->call = &e;
    none->item = T_.get(e.type).args[0];
    return none;
  }
  if (stdMethod(m).receiver != StdReceiver::Iter && e.receiverMode != static_cast<uint8_t>(ReceiverMode::ByValue))
    c.recv = followDerefs(c.recv, e.derefs);
  runMethod(m, c);
  if (c.stream) return std::move(c.stream);
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Items;
  s->call = &e;
  s->item = T_.get(e.type).args[0];
  s->items = std::move(c.items);
  s->back = s->items.size();
  s->exact = !hintsNothing(m);
  s->trusted = s->exact && !readsCharsOf(m) && !untrustedSource(m);
  s->randomAccess = indexedSource(m);
  if (readsCharsOf(m)) {  // Chars' hint counts the bytes left: ((bytes + 3) / 4, Some(bytes))
    std::string text = receiverText(c);
    for (size_t offset = 0; offset < text.size();) {
      s->bytesBefore.push_back(text.size() - offset);
      decodeUtf8At(text, offset);
    }
    s->bytesBefore.push_back(0);
  }
  return s;
}

// Whether e names a place (a variable, a field, an element, `*r`): an
// iterator there that a `&mut self` consumer takes is read in place.
bool Interpreter::namesPlace(const Expr& e) const {
  switch (e.kind) {
    case ExprKind::Path: return e.resolvedKind == static_cast<uint8_t>(Resolved::Local);
    case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::Deref: return true;
    case ExprKind::Paren: return namesPlace(*e.operand);
    default: return false;
  }
}

// The iterator at `at`, for a `&mut self` consumer: a kept one read from
// its pointers, a range from its ends (`let mut r = 0..3; r.next()`), the
// learner's own called where it is; none is dropped.
std::unique_ptr<ItemStream> Interpreter::streamInPlace(const Place& at, const Expr& e) {
  if (T_.keptIter(at.type) != KeptIter::None) return keptStream(at, e, false);
  if (T_.get(at.type).kind == TypeKind::Range) return keptRangeStream(at, e);
  const Type& t = T_.get(at.type);
  SH_CHECK(t.kind == TypeKind::Struct || t.kind == TypeKind::Enum, "a chain of adapters in a place");
  return learnersStream(at.addr, at.type, e, true);
}

// Whether a `&mut` given where an iterator is taken is to an iterator (a
// kept one, the learner's own), which then goes on where it lies.
bool Interpreter::advancedInPlace(const Type& ref) const {
  if (!ref.isMut) return false;
  TypeKind k = T_.get(ref.args[0]).kind;
  return k == TypeKind::Iter || ((k == TypeKind::Struct || k == TypeKind::Enum) && p_.iteratorNexts.count(ref.args[0]) > 0);
}

// `&mut it` or `it.by_ref()` where an iterator is taken (a `for` loop, an
// adapter's receiver): std's `impl Iterator for &mut I`, a node that pulls
// from it in place and, when closed, leaves it where the chain stopped.
std::unique_ptr<ItemStream> Interpreter::byRefStream(const Expr& e) {
  Value r = eval(e);
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::ByRef;
  s->call = &e;
  if (flow_ != Flow::Normal) return s;
  s->owner = r.u64();
  s->ownerType = T_.get(e.type).args[0];
  s->inner = streamInPlace(Place{s->owner, s->ownerType}, e);
  s->item = s->inner->item;
  return s;
}

// `a..` written where it is iterated: it counts up to its type's largest value.
bool Interpreter::endsOpen(const Expr& e) const {
  const Expr* r = &withoutParens(e);
  return r->kind == ExprKind::Range && r->lhs && !r->rhs;
}

__int128 Interpreter::largestOf(TypeId intType) const {
  const Type& t = T_.get(intType);
  if (t.kind == TypeKind::Char) return 0x10FFFF;
  unsigned bits = intKindBytes(t.intKind) * 8;
  if (bits == 128) return static_cast<__int128>(~static_cast<unsigned __int128>(0) >> 1);  // u128's top half is never reached
  return intKindSigned(t.intKind) ? (static_cast<__int128>(1) << (bits - 1)) - 1 : (static_cast<__int128>(1) << bits) - 1;
}

// The learner's own Iterator at `at`, moved into the stream or borrowed
// from where it is: its `next` runs at each pull.
std::unique_ptr<ItemStream> Interpreter::learnersStream(Address at, TypeId type, const Expr& e, bool borrowed) {
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Learners;
  s->call = &e;
  s->owner = at;
  s->ownerType = type;
  s->borrowed = borrowed;
  auto next = p_.iteratorNexts.find(type);
  SH_CHECK(next != p_.iteratorNexts.end(), "a learner's iterator whose `next` the checker did not record");
  s->nextFn = next->second;
  s->item = T_.get(p_.fns[s->nextFn].ret).args[0];
  return s;
}

// A range as an iterator: it counts, holding no items.
std::unique_ptr<ItemStream> Interpreter::countingStream(const Value& range, const Expr& e) {
  const Type& rt = T_.get(range.type);
  const Layout& l = T_.layout(range.type);
  Value lo(rt.args[0], T_.layout(rt.args[0]).size), hi(rt.args[0], lo.size());
  std::memcpy(lo.data(), range.data() + l.fields[0].offset, lo.size());
  std::memcpy(hi.data(), range.data() + l.fields[1].offset, hi.size());
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Count;
  s->call = &e;
  s->item = rt.args[0];
  s->next = readInt(lo);
  s->end = endsOpen(e) ? largestOf(rt.args[0]) + 1 : readInt(hi) + (rt.inclusive ? 1 : 0);
  s->trusted = true;
  s->exact = !endsOpen(e);  // `a..`: std's RangeFrom hints (usize::MAX, None) and is not walked by index
  s->randomAccess = !rt.inclusive && s->exact;
  return s;
}

// A collection given where an iterator is taken (zip's and chain's
// argument): `&v` yields references to its elements, `v` its elements.
std::unique_ptr<ItemStream> Interpreter::collectionStream(const Expr& e, TypeId item) {
  auto s = std::make_unique<ItemStream>();
  s->call = &e;
  Value v = eval(e);
  if (T_.get(e.type).kind == TypeKind::Ref) {
    if (isTable(T_.get(e.type).args[0])) return borrowedTableStream(v, e);
    Place target = deref(Place{materialize(v), v.type});
    auto [data, len] = sequenceAt(target);
    TypeId elem = T_.get(target.type).args[0];
    uint64_t size = T_.layout(elem).size;
    s->kind = StreamKind::Items;
    s->item = item;
    for (uint64_t i = 0; i < len; ++i) {
      Value r(s->item, 8);
      r.setU64(0, data + i * size);
      s->items.push_back(std::move(r));
    }
    s->back = s->items.size();
    // `&v` is `v.iter()`: a slice's iterator; `&heap` a BinaryHeap's, which std neither trusts nor indexes
    s->trusted = s->randomAccess = T_.get(target.type).kind != TypeKind::BinaryHeap;
    return s;
  }
  return movedStream(v, e);
}

// Whether t is a HashMap, a HashSet, a VecDeque, a BTreeMap or a BTreeSet,
// walked entry by entry rather than as a slice.
bool Interpreter::isTable(TypeId t) const {
  TypeKind k = T_.get(t).kind;
  return k == TypeKind::HashMap || k == TypeKind::HashSet || k == TypeKind::VecDeque || k == TypeKind::BTreeMap ||
         k == TypeKind::BTreeSet;
}

// A reference r to a HashMap, HashSet, VecDeque, BTreeMap or BTreeSet where
// an iterator is taken (flatten's items, zip's argument, extend's): its
// entries by reference, in the order a `for` loop walks them, hinted
// exactly; trusted as the collection's iter() is (hashbrown's iterators
// are not TrustedLen).
std::unique_ptr<ItemStream> Interpreter::borrowedTableStream(const Value& r, const Expr& e) {
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Items;
  s->call = &e;
  s->item = itemThroughReference(r.type);
  TypeId collection = T_.get(r.type).args[0];
  TypeKind k = T_.get(collection).kind;
  s->items = k == TypeKind::VecDeque                               ? dequeItems(r.u64(), collection, s->item)
             : k == TypeKind::HashMap || k == TypeKind::HashSet ? tableItems(r.u64(), collection, s->item)
                                                                : btreeItems(r.u64(), collection, s->item);
  s->back = s->items.size();
  s->trusted = k != TypeKind::HashMap && k != TypeKind::HashSet;
  return s;
}

// The item of reference ref to a map, a set or a deque, as the checker
// interned it: `(&K, &V)` (`&mut V` through `&mut`) of a map, `&T` of a
// set, `&T` or `&mut T` of a deque.
TypeId Interpreter::itemThroughReference(TypeId ref) const {
  const Type& r = T_.get(ref);
  const Type& c = T_.get(r.args[0]);
  auto refTo = [&](TypeId target, bool isMut) {
    Type t;
    t.kind = TypeKind::Ref;
    t.args = {target};
    t.isMut = isMut;
    return T_.find(t);
  };
  if (c.kind != TypeKind::HashMap && c.kind != TypeKind::BTreeMap) return refTo(c.args[0], r.isMut);
  Type pair;
  pair.kind = TypeKind::Tuple;
  pair.args = {refTo(c.args[0], false), refTo(c.args[1], r.isMut)};
  return T_.find(pair);
}

// into_iter of a Vec, a BinaryHeap (its Vec's) or an array: its elements,
// moved out as they are taken; a Vec's buffer is freed when the stream is closed.
std::unique_ptr<ItemStream> Interpreter::movedStream(const Value& collection, const Expr& e) {
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Moved;
  s->call = &e;
  const Type& ct = T_.get(collection.type);
  s->item = ct.args[0];
  s->owner = holdInScratch(collection);
  s->ownerType = collection.type;
  bool vec = ct.kind == TypeKind::Vec || ct.kind == TypeKind::BinaryHeap;
  Address data = vec ? mem_.readU64(s->owner + VecHeader::ptr) : s->owner;
  uint64_t len = vec ? mem_.readU64(s->owner + VecHeader::len) : ct.length;
  uint64_t size = T_.layout(s->item).size;
  for (uint64_t i = 0; i < len; ++i) s->items.push_back(readPlace(Place{data + i * size, s->item}, false));
  s->back = s->items.size();
  s->trusted = !vec || ct.kind == TypeKind::Vec;  // a Vec's IntoIter and an array's are TrustedLen, a BinaryHeap's is not
  s->randomAccess = false;  // std's StepBy does not trust a Vec's into_iter (rustc 1.95, measured)
  return s;
}

// A HashMap, HashSet, VecDeque, BTreeMap or BTreeSet given by value where
// an iterator is taken (extend's argument): its entries moved out in the
// order a `for` loop takes them (hashbrown's buckets, front to back, key
// order). A B-tree's nodes are freed as its walk leaves them; closing the
// stream drops what is left and frees the table, the buffer or the nodes.
// A VecDeque's IntoIter and a B-tree's collect as TrustedLen ones do (into
// exactly their length, room for a take's count reserved before the first
// item: measured with rustc 1.95), hashbrown's do not.
std::unique_ptr<ItemStream> Interpreter::consumedTableStream(const Value& collection, const Expr& e) {
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Moved;
  s->call = &e;
  s->owner = holdInScratch(collection);
  s->ownerType = collection.type;
  const Type& t = T_.get(collection.type);
  bool isMap = t.kind == TypeKind::HashMap || t.kind == TypeKind::BTreeMap;
  s->item = isMap ? T_.find([&] {
    Type pair;
    pair.kind = TypeKind::Tuple;
    pair.args = {t.args[0], t.args[1]};
    return pair;
  }()) : t.args[0];
  if (t.kind == TypeKind::BTreeMap || t.kind == TypeKind::BTreeSet) {
    BTreeTeardown taken = takeBTree(s->owner, collection.type);
    s->items = std::move(taken.items);
    s->nodeFrees = std::move(taken.freesBefore);
  } else {
    s->items = t.kind == TypeKind::VecDeque ? takeDequeItems(s->owner, collection.type) : takeTableItems(s->owner, collection.type);
  }
  s->back = s->items.size();
  s->trusted = t.kind == TypeKind::VecDeque || t.kind == TypeKind::BTreeMap || t.kind == TypeKind::BTreeSet;
  return s;
}

// into_keys and into_values of a HashMap or a BTreeMap: its entries moved
// out as into_iter moves them, std's `map(|(k, _)| k)` (or `|(_, v)| v`)
// dropping the other half of each pair as it is taken, trusted as
// into_iter is (consumedTableStream).
Value Interpreter::keysOrValuesOf(StdCall& c, int8_t half) {
  c.stream = consumedTableStream(c.self, c.call);
  c.stream->pairHalf = half;
  c.stream->item = T_.get(c.call.type).args[0];
  return makeUnit();
}

Value Interpreter::halfOfPair(const ItemStream& s, Value taken) {
  if (s.pairHalf < 0) return taken;
  const Layout l = T_.layout(taken.type);
  auto part = [&](size_t i) {
    Value v(l.fields[i].type, T_.layout(l.fields[i].type).size);
    std::memcpy(v.data(), taken.data() + l.fields[i].offset, v.size());
    return v;
  };
  Value kept = part(static_cast<size_t>(s.pairHalf));
  dropValueNow(part(static_cast<size_t>(1 - s.pairHalf)));
  return kept;
}

// Vec::drain and String::drain: the range's bounds checked as core's
// slice::range checks them (panicking inside core), a String's ends also on
// char boundaries (asserted at the call). A Vec's length drops to the
// range's start at once and its drained elements are moved out as items; a
// String keeps its length until the close and yields the range's chars.
// Closing the stream drops the items not taken and moves the tail back
// (std's Drain::drop).
std::unique_ptr<ItemStream> Interpreter::drainStream(StdCall& c) {
  auto [start, end] = rangeArgument(c, mem_.readU64(c.recv.addr + VecHeader::len));
  return drainedRange(c, start, end);
}

// The range a drain (or a VecDeque's range) is given, checked against len
// as core's slice::range checks it, its panics inside core; which ends it
// has is read from how it is written.
std::pair<uint64_t, uint64_t> Interpreter::rangeArgument(StdCall& c, uint64_t len) {
  const Expr* spelled = &withoutParens(*c.call.args[0]);
  bool literal = spelled->kind == ExprKind::Range;
  const Layout& l = T_.layout(c.args[0].type);
  bool hasStart = !literal || spelled->lhs != nullptr, hasEnd = !literal || spelled->rhs != nullptr;
  uint64_t start = hasStart ? c.args[0].u64(l.fields[0].offset) : 0, end = len;
  if (hasEnd) {
    uint64_t written = c.args[0].u64(l.fields[1].offset);
    bool inclusive = T_.get(c.args[0].type).inclusive;
    if (inclusive ? written >= len : written > len)
      throw Panic{"range end index " + std::to_string(written) + " out of range for slice of length " + std::to_string(len),
                  c.call.nameSpan, stdLocation(inclusive ? StdSite::SliceRangeIncludedEnd : StdSite::SliceRangeEnd)};
    end = inclusive ? written + 1 : written;
  }
  if (start > end)
    throw Panic{start > len ? "range start index " + std::to_string(start) + " out of range for slice of length " + std::to_string(len)
                            : "slice index starts at " + std::to_string(start) + " but ends at " + std::to_string(end),
                c.call.nameSpan, stdLocation(StdSite::SliceRangeStart)};
  return {start, end};
}

// The elements start..end of the receiver's Vec (a String's chars), taken
// out as a Drain takes them: the length cut to `start` at once (a String's
// when the drain closes), the tail moved down when it closes.
std::unique_ptr<ItemStream> Interpreter::drainedRange(StdCall& c, uint64_t start, uint64_t end) {
  bool text = T_.get(c.recv.type).kind == TypeKind::String;
  uint64_t len = mem_.readU64(c.recv.addr + VecHeader::len);
  Address data = mem_.readU64(c.recv.addr + VecHeader::ptr);
  auto s = std::make_unique<ItemStream>();
  s->call = &c.call;
  s->item = itemOf(c);
  s->drainOf = c.recv.addr;
  s->ownerType = c.recv.type;
  s->drainFrom = start;
  s->drainTo = end;
  s->drainLen = len;
  if (text) {
    std::string whole = readStr(makeStrRef(data, len));
    auto boundary = [&](uint64_t i) { return i >= whole.size() || !isUtf8Continuation(whole[i]); };
    if (!boundary(start)) panic("assertion failed: self.is_char_boundary(start)", c.call.nameSpan);
    if (!boundary(end)) panic("assertion failed: self.is_char_boundary(end)", c.call.nameSpan);
    std::string part = whole.substr(start, end - start);
    for (size_t offset = 0; offset < part.size();) {
      s->bytesBefore.push_back(part.size() - offset);
      s->items.push_back(makeChar(decodeUtf8At(part, offset)));
    }
    s->bytesBefore.push_back(0);
  } else {
    setLength(c.recv.addr, start);
    uint64_t size = T_.layout(s->item).size;
    for (uint64_t i = start; i < end; ++i) s->items.push_back(readPlace(Place{data + i * size, s->item}, false));
    s->trusted = true;
  }
  s->back = s->items.size();
  return s;
}

// A drain closed: the items it did not hand out dropped in order, then the
// tail after the range moved down to close the gap, the length restored.
void Interpreter::finishDrain(ItemStream& s) {
  while (s.front < s.back) dropValueNow(std::move(s.items[s.front++]));
  if (T_.get(s.ownerType).kind == TypeKind::VecDeque) return finishDequeDrain(s);
  bool text = T_.get(s.ownerType).kind == TypeKind::String;
  if (text) setLength(s.drainOf, s.drainFrom);  // a String's Drain drops a drain of its Vec, which sets the length first
  uint64_t tail = s.drainLen - s.drainTo;
  if (tail == 0) return;
  uint64_t size = text ? 1 : T_.layout(s.item).size;
  Address data = mem_.readU64(s.drainOf + VecHeader::ptr);
  if (s.drainTo != s.drainFrom) mem_.copy(data + s.drainFrom * size, data + s.drainTo * size, tail * size);
  setLength(s.drainOf, s.drainFrom + tail);
}

// What flat_map's closure returned, or an item flatten was handed, as a
// `for` loop iterates it (the checker let through only these): a kept
// iterator or a learner's own moved in, a range counted, a Vec, an array or
// a map, set or deque moved out, a reference to one walked by reference, an
// Option's value if any, a reference to an Option the reference to its
// value (items of type `item`).
std::unique_ptr<ItemStream> Interpreter::streamOfValue(const Value& v, const Expr& e, TypeId item) {
  const Type& t = T_.get(v.type);
  if (T_.keptIter(v.type) != KeptIter::None) return keptStream(Place{holdInScratch(v), v.type}, e, true);
  if (t.kind == TypeKind::Range) return countingStream(v, e);
  if (t.kind == TypeKind::Struct || t.kind == TypeKind::Enum) return learnersStream(holdInScratch(v), v.type, e, false);
  if (t.kind == TypeKind::Vec || t.kind == TypeKind::Array) return movedStream(v, e);
  if (isTable(v.type)) return consumedTableStream(v, e);
  if (t.kind == TypeKind::Ref && isTable(t.args[0])) return borrowedTableStream(v, e);
  auto s = std::make_unique<ItemStream>();
  s->call = &e;
  s->kind = StreamKind::Items;
  s->item = item;
  if (t.kind == TypeKind::Option) {  // option::IntoIter: its value, if any
    if (variantOfValue(v) == 1) s->items.push_back(someValue(v));
    s->back = s->items.size();
    s->trusted = true;
    return s;
  }
  SH_CHECK(t.kind == TypeKind::Ref, "flat_map or flatten over a value the checker does not iterate");
  Place target = deref(Place{holdInScratch(v), v.type});
  s->trusted = true;
  if (T_.get(target.type).kind == TypeKind::Option) {  // `&Option<T>`'s IntoIterator: option::Iter
    if (optionIsSome(target.addr, target.type)) {
      Value r(s->item, 8);
      r.setU64(0, optionPayload(target.addr, target.type));
      s->items.push_back(std::move(r));
    }
    s->back = s->items.size();
    return s;
  }
  auto [data, len] = sequenceAt(target);
  TypeId elem = T_.get(target.type).args[0];
  uint64_t size = T_.layout(elem).size;
  for (uint64_t i = 0; i < len; ++i) {
    Value r(s->item, 8);
    r.setU64(0, data + i * size);
    s->items.push_back(std::move(r));
  }
  s->back = s->items.size();
  s->trusted = s->randomAccess = true;  // a slice's iterator
  return s;
}

// An adapter's stream around the one it was called on.
std::unique_ptr<ItemStream> Interpreter::adapterStream(StdCall& c, StreamKind kind) {
  auto s = std::make_unique<ItemStream>();
  s->kind = kind;
  s->call = &c.call;
  s->item = T_.get(c.call.type).args[0];
  s->inner = std::move(c.stream);
  return s;
}

// ---------------------------------------------------------------- closures given to std

HeldCallable Interpreter::holdCallable(const Value& f) {
  HeldCallable h;
  h.type = f.type;
  h.owned = T_.get(f.type).kind != TypeKind::Ref;
  h.at = holdInScratch(f);
  return h;
}

// Calls the closure (through any references to it), as its kind takes it:
// an FnOnce closure is moved into its call.
Value Interpreter::callHeld(HeldCallable& f, std::vector<Value> args, Span at) {
  Place callee{f.at, f.type};
  while (T_.get(callee.type).kind == TypeKind::Ref) callee = deref(callee);
  if (T_.get(callee.type).kind == TypeKind::FnPtr) return callFnPointer(mem_.readU64(callee.addr), std::move(args), at);
  int32_t closure = T_.closureOf(callee.type);
  SH_CHECK(closure >= 0, "a std method calling a value that is not a closure");
  const ClosureInfo& c = p_.closures[closure];
  const FnInfo& body = p_.fns[c.fn];
  if (c.kind == ClosureKind::FnOnce && !c.fnItem) {
    args.insert(args.begin(), readPlace(callee, true));
    f.owned = false;
  } else if (!c.fnItem) {  // a function named as a value takes no environment
    Value env(body.paramTypes[0], 8);
    env.setU64(0, callee.addr);
    args.insert(args.begin(), std::move(env));
  }
  return callFunction(c.fn, std::move(args), at);
}

void Interpreter::releaseCallable(HeldCallable& f) {
  if (f.owned) dropValue(f.at, f.type);
  f.owned = false;
}

// The type of the closure's i-th parameter (`&T` for filter's).
TypeId Interpreter::paramOf(const HeldCallable& f, size_t i) const {
  TypeId t = f.type;
  while (T_.get(t).kind == TypeKind::Ref) t = T_.get(t).args[0];
  if (T_.get(t).kind == TypeKind::FnPtr) return T_.get(t).args[i];
  return p_.closures[T_.closureOf(t)].params[i];
}

// The type the closure (or function) returns.
TypeId Interpreter::returnOf(const HeldCallable& f) const {
  TypeId t = f.type;
  while (T_.get(t).kind == TypeKind::Ref) t = T_.get(t).args[0];
  if (T_.get(t).kind == TypeKind::FnPtr) return T_.get(t).args.back();
  return p_.closures[T_.closureOf(t)].ret;
}

// A reference to a value the stream holds, for a closure that takes `&T`.
Value Interpreter::referenceTo(const Value& v, TypeId refType) {
  Value r(refType, 8);
  r.setU64(0, holdInScratch(v));  // the stream still owns the item: nothing drops this copy
  return r;
}

bool Interpreter::callPredicate(HeldCallable& f, const Value& item, Span at) {
  return callHeld(f, {referenceTo(item, paramOf(f, 0))}, at).data()[0] != 0;
}

// ---------------------------------------------------------------- pulling

std::optional<Value> Interpreter::pull(ItemStream& s) {
  Span at = s.call->nameSpan;
  switch (s.kind) {
    case StreamKind::Items: case StreamKind::Moved:
      if (s.front == s.back) {
        s.ranDry = true;
        return std::nullopt;
      }
      if (!s.nodeFrees.empty()) freeBTreeNodes(s.nodeFrees[s.front]);
      return halfOfPair(s, std::move(s.items[s.front++]));
    case StreamKind::Count:
      if (s.next >= s.end) return std::nullopt;
      s.flag = false;
      return makeInt(s.item, s.next++);
    case StreamKind::Repeat: return cloneValue(s.owner, s.item, at);
    case StreamKind::FromFn: {
      Value r = callHeld(s.fn, {}, at);
      if (variantOfValue(r) != 1) return std::nullopt;
      return someValue(r);
    }
    case StreamKind::Successors: return nextSuccessor(s);
    case StreamKind::Learners: {
      Value self(p_.fns[s.nextFn].paramTypes[0], 8);
      self.setU64(0, s.owner);
      Value r = callFunction(s.nextFn, {self}, s.call->span);
      if (variantOfValue(r) != 1) return std::nullopt;
      return someValue(r);
    }
    case StreamKind::Map: {
      std::optional<Value> x = pull(*s.inner);
      if (!x) return x;
      return callHeld(s.fn, {std::move(*x)}, at);
    }
    case StreamKind::Filter:
      while (std::optional<Value> x = pull(*s.inner)) {
        if (callPredicate(s.fn, *x, at)) return x;
        dropValueNow(std::move(*x));
      }
      return std::nullopt;
    case StreamKind::FilterMap:
      while (std::optional<Value> x = pull(*s.inner)) {
        Value r = callHeld(s.fn, {std::move(*x)}, at);
        if (variantOfValue(r) == 1) return someValue(r);
      }
      return std::nullopt;
    case StreamKind::Enumerate: {
      std::optional<Value> x = pull(*s.inner);
      if (!x) return x;
      return pairOf(s.item, makeInt(T_.usize(), static_cast<__int128>(s.n++)), *x);
    }
    case StreamKind::Take:
      if (s.n == 0) return std::nullopt;
      --s.n;
      return pull(*s.inner);
    case StreamKind::Skip:
      for (; s.n > 0; --s.n) {
        std::optional<Value> x = pull(*s.inner);
        if (!x) {
          s.n = 0;
          return x;
        }
        dropValueNow(std::move(*x));
      }
      if (s.tryFolding) markTryFolding(*s.inner);  // std's Skip::try_fold: the inner's nth, then its try_fold
      s.tryFolding = 0;
      return pull(*s.inner);
    case StreamKind::TakeWhile: {
      if (s.flag) return std::nullopt;
      std::optional<Value> x = pull(*s.inner);
      if (!x) return x;
      if (callPredicate(s.fn, *x, at)) return x;
      s.flag = true;
      dropValueNow(std::move(*x));
      return std::nullopt;
    }
    case StreamKind::SkipWhile:
      if (s.flag) return pull(*s.inner);
      while (std::optional<Value> x = pull(*s.inner)) {
        if (!callPredicate(s.fn, *x, at)) {
          s.flag = true;
          return x;
        }
        dropValueNow(std::move(*x));
      }
      return std::nullopt;
    case StreamKind::StepBy:  // the first item, then every n-th: nth(n - 1)
      if (s.flag)
        for (uint64_t i = 0; i + 1 < s.n; ++i) {
          std::optional<Value> x = pull(*s.inner);
          if (!x) return x;
          dropValueNow(std::move(*x));
        }
      s.flag = true;
      return pull(*s.inner);
    case StreamKind::Inspect: {
      std::optional<Value> x = pull(*s.inner);
      if (x) callHeld(s.fn, {referenceTo(*x, paramOf(s.fn, 0))}, at);
      return x;
    }
    case StreamKind::Copied: case StreamKind::Cloned: {
      std::optional<Value> x = pull(*s.inner);
      if (!x) return x;
      if (s.kind == StreamKind::Copied) return readPlace(Place{x->u64(0), s.item}, false);
      return cloneValue(x->u64(0), s.item, at);
    }
    case StreamKind::Zip: {  // walking both by index (TrustedRandomAccess), std stops at the shorter's end: nothing more pulled
      if (indexedWalk(*s.inner) && indexedWalk(*s.other) && (sizeHint(*s.inner).lower == 0 || sizeHint(*s.other).lower == 0))
        return std::nullopt;
      std::optional<Value> a = pull(*s.inner);
      if (!a) return a;
      ++s.n;  // a kept Zip walking by index moves its index past it (run/std/kept_iters.cpp)
      std::optional<Value> b = pull(*s.other);
      if (!b) {
        dropValueNow(std::move(*a));
        return b;
      }
      return pairOf(s.item, *a, *b);
    }
    case StreamKind::Chain:
      if (!s.flag) {
        std::optional<Value> x = pull(*s.inner);
        if (x) return x;
        s.flag = true;  // std's Chain lets go of its first iterator once it is spent
        closeStream(*s.inner);
      }
      return pull(*s.other);
    case StreamKind::Rev: return pullBack(*s.inner);
    case StreamKind::Scan: {  // not fused: a None from the closure ends only this pull
      std::optional<Value> x = pull(*s.inner);
      if (!x) return x;
      Value state(paramOf(s.fn, 0), 8);
      state.setU64(0, s.owner);
      Value r = callHeld(s.fn, {state, std::move(*x)}, at);
      if (variantOfValue(r) != 1) return std::nullopt;
      return someValue(r);
    }
    case StreamKind::FlatMap: case StreamKind::Flatten:
      // std's FlattenCompat: the front iterator until it is spent, then the next item's. Pulled by
      // next, the spent one is dropped first; by a try_fold, only once the next is made (its
      // `frontiter.insert(..)`), or when no item is left.
      for (;;) {
        if (s.other) {
          std::optional<Value> x = pull(*s.other);
          if (x) return x;
          if (s.tryFolding != 1) {
            closeStream(*s.other);
            s.other.reset();
            if (s.tryFolding == 2) s.tryFolding = 1;
          }
        }
        std::optional<Value> next = pull(*s.inner);
        if (!next) {
          if (s.other) closeStream(*s.other);
          s.other.reset();
          return std::nullopt;
        }
        Value iterable = s.kind == StreamKind::FlatMap ? callHeld(s.fn, {std::move(*next)}, at) : std::move(*next);
        std::unique_ptr<ItemStream> front = streamOfValue(iterable, *s.call, s.item);
        if (s.other) closeStream(*s.other);
        s.other = std::move(front);
      }
    case StreamKind::ByRef:
      if (!s.inner) return std::nullopt;  // a `?` left before the iterator was reached
      return pull(*s.inner);
    case StreamKind::Cycle: {  // std: once the iterator is spent, it is replaced by a clone of orig
      if (std::optional<Value> x = pull(*s.inner)) return x;
      closeStream(*s.inner);
      s.inner = copyOfStream(*s.other);
      return pull(*s.inner);
    }
    case StreamKind::Peekable:  // what was peeked first, then the iterator
      if (!s.flag) return pull(*s.inner);
      s.flag = false;
      if (s.front == s.back) return std::nullopt;
      return std::move(s.items[s.front++]);
    case StreamKind::Shunt: {
      if (s.flag) return std::nullopt;
      std::optional<Value> x = pull(*s.inner);
      if (!x) return x;
      bool isResult = T_.get(x->type).kind == TypeKind::Result;
      uint32_t variant = variantOfValue(*x);
      if (isResult ? variant == 0 : variant == 1) {
        Address at = holdInScratch(*x);
        return readPlace(Place{at + T_.layout(x->type).variants[variant].offsets[0], s.item}, true);
      }
      s.flag = true;
      s.items.push_back(std::move(*x));
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// The same from the back, for `rev` (check/std_checks.cpp lets it reach
// only the streams that can).
std::optional<Value> Interpreter::pullBack(ItemStream& s) {
  Span at = s.call->nameSpan;
  switch (s.kind) {
    case StreamKind::Items: case StreamKind::Moved:
      if (s.front == s.back) return std::nullopt;
      return halfOfPair(s, std::move(s.items[--s.back]));
    case StreamKind::Count:
      if (s.next >= s.end) return std::nullopt;
      s.flag = true;
      return makeInt(s.item, --s.end);
    case StreamKind::Map: {
      std::optional<Value> x = pullBack(*s.inner);
      if (!x) return x;
      return callHeld(s.fn, {std::move(*x)}, at);
    }
    case StreamKind::Filter:
      while (std::optional<Value> x = pullBack(*s.inner)) {
        if (callPredicate(s.fn, *x, at)) return x;
        dropValueNow(std::move(*x));
      }
      return std::nullopt;
    case StreamKind::FilterMap:
      while (std::optional<Value> x = pullBack(*s.inner)) {
        Value r = callHeld(s.fn, {std::move(*x)}, at);
        if (variantOfValue(r) == 1) return someValue(r);
      }
      return std::nullopt;
    case StreamKind::Enumerate: {  // the index counts from the front: the items before it, plus those taken
      std::optional<Value> x = pullBack(*s.inner);
      if (!x) return x;
      uint64_t before = sizeHint(*s.inner).lower;
      return pairOf(s.item, makeInt(T_.usize(), static_cast<__int128>(s.n + before)), *x);
    }
    case StreamKind::Inspect: {
      std::optional<Value> x = pullBack(*s.inner);
      if (x) callHeld(s.fn, {referenceTo(*x, paramOf(s.fn, 0))}, at);
      return x;
    }
    case StreamKind::Copied: case StreamKind::Cloned: {
      std::optional<Value> x = pullBack(*s.inner);
      if (!x) return x;
      if (s.kind == StreamKind::Copied) return readPlace(Place{x->u64(0), s.item}, false);
      return cloneValue(x->u64(0), s.item, at);
    }
    case StreamKind::Chain: {
      std::optional<Value> x = pullBack(*s.other);
      if (x || s.flag) return x;
      return pullBack(*s.inner);
    }
    case StreamKind::Rev: return pull(*s.inner);
    // Skip, Take, StepBy and Zip go back only over an exact-size iterator
    // (std's bounds), whose length is its lower hint here.
    case StreamKind::Skip:  // std: the inner's next_back while more than n are left
      if (sizeHint(*s.inner).lower <= s.n) return std::nullopt;
      return pullBack(*s.inner);
    case StreamKind::Take: {  // std: nth_back(len - n), n counted down
      if (s.n == 0) return std::nullopt;
      uint64_t n = s.n--;
      return nthBack(*s.inner, saturatingSub(sizeHint(*s.inner).lower, n));
    }
    case StreamKind::StepBy: {  // std's next_back_index: what lies behind the last item a step lands on
      uint64_t rem = sizeHint(*s.inner).lower % s.n;
      return nthBack(*s.inner, s.flag ? rem : rem == 0 ? s.n - 1 : rem - 1);
    }
    case StreamKind::Zip:  // std trims the longer to the shorter's length from the back, then takes one of each
      return pairFromTheBack(s);
    case StreamKind::Learners: case StreamKind::Repeat: case StreamKind::FromFn: case StreamKind::Successors: case StreamKind::TakeWhile:
    case StreamKind::SkipWhile: case StreamKind::Shunt: case StreamKind::Scan:
    case StreamKind::FlatMap: case StreamKind::Flatten: case StreamKind::Peekable: case StreamKind::ByRef: case StreamKind::Cycle:
      SH_CHECK(false, "rev of an iterator the checker lets through without a way back");
  }
  return std::nullopt;
}

// std's default nth_back: n items taken from the back and dropped (a map's
// closure called on each, a clone made of each), then the next one.
std::optional<Value> Interpreter::nthBack(ItemStream& s, uint64_t n) {
  for (uint64_t i = 0; i < n; ++i) {
    std::optional<Value> x = pullBack(s);
    if (!x) return x;
    dropValueNow(std::move(*x));
  }
  return pullBack(s);
}

// Zip's next_back over two exact-size iterators: the longer one's extra
// items taken from its back and dropped, then the last of each, the first
// iterator's first. Walked by index, std trims only a side that may have
// side effects (the same calls show) and touches neither once one is spent.
std::optional<Value> Interpreter::pairFromTheBack(ItemStream& s) {
  uint64_t a = sizeHint(*s.inner).lower, b = sizeHint(*s.other).lower;
  if (indexedWalk(*s.inner) && indexedWalk(*s.other) && (a == 0 || b == 0)) return std::nullopt;
  ItemStream& longer = a > b ? *s.inner : *s.other;
  for (uint64_t extra = a > b ? a - b : b - a; extra > 0; --extra)
    if (std::optional<Value> x = pullBack(longer)) dropValueNow(std::move(*x));
  std::optional<Value> x = pullBack(*s.inner);
  std::optional<Value> y = pullBack(*s.other);
  if (x && y) return pairOf(s.item, *x, *y);
  for (std::optional<Value>* half : {&x, &y})
    if (*half) dropValueNow(std::move(**half));
  return std::nullopt;
}

// ---------------------------------------------------------------- std's size_hint

SizeHint Interpreter::sizeHint(const ItemStream& s) const {
  switch (s.kind) {
    case StreamKind::Items: {
      uint64_t n = s.back - s.front;
      if (!s.bytesBefore.empty()) {
        uint64_t bytes = s.bytesBefore[s.front] - s.bytesBefore[s.back];
        return {(bytes + 3) / 4, bytes};
      }
      if (!s.hintBefore.empty()) return s.hintBefore[s.front];
      if (!s.exact) return {0, std::nullopt};
      return {n, n};
    }
    case StreamKind::Moved: return {s.back - s.front, s.back - s.front};
    case StreamKind::Count: {
      if (!s.exact) return {UINT64_MAX, std::nullopt};
      uint64_t n = s.next < s.end ? static_cast<uint64_t>(s.end - s.next) : 0;
      return {n, n};
    }
    case StreamKind::Learners: case StreamKind::FromFn: return {0, std::nullopt};
    case StreamKind::Repeat: return {UINT64_MAX, std::nullopt};
    case StreamKind::Successors:  // (1, None) while an item waits, else (0, Some(0))
      if (optionIsSome(s.owner, s.ownerType)) return {1, std::nullopt};
      return {0, 0};
    case StreamKind::Map: case StreamKind::Enumerate: case StreamKind::Inspect: case StreamKind::Copied:
    case StreamKind::Cloned: case StreamKind::Rev:
      return sizeHint(*s.inner);
    case StreamKind::Filter: case StreamKind::FilterMap: return {0, sizeHint(*s.inner).upper};
    case StreamKind::Take: {
      if (s.n == 0) return {0, 0};
      SizeHint h = sizeHint(*s.inner);
      return {std::min(h.lower, s.n), h.upper ? std::min(*h.upper, s.n) : s.n};
    }
    case StreamKind::Skip: {
      SizeHint h = sizeHint(*s.inner);
      return {saturatingSub(h.lower, s.n), h.upper ? std::optional<uint64_t>(saturatingSub(*h.upper, s.n)) : std::nullopt};
    }
    case StreamKind::TakeWhile:
      if (s.flag) return {0, 0};
      return {0, sizeHint(*s.inner).upper};
    case StreamKind::SkipWhile:
      if (s.flag) return sizeHint(*s.inner);
      return {0, sizeHint(*s.inner).upper};
    case StreamKind::StepBy: {
      SizeHint h = sizeHint(*s.inner);
      uint64_t step = s.n;
      auto first = [&](uint64_t n) { return n == 0 ? 0 : 1 + (n - 1) / step; };
      auto later = [&](uint64_t n) { return n / step; };
      if (!s.flag) return {first(h.lower), h.upper ? std::optional<uint64_t>(first(*h.upper)) : std::nullopt};
      return {later(h.lower), h.upper ? std::optional<uint64_t>(later(*h.upper)) : std::nullopt};
    }
    case StreamKind::Zip: {
      SizeHint a = sizeHint(*s.inner), b = sizeHint(*s.other);
      std::optional<uint64_t> upper = a.upper && b.upper ? std::optional<uint64_t>(std::min(*a.upper, *b.upper))
                                      : a.upper                ? a.upper
                                                               : b.upper;
      return {std::min(a.lower, b.lower), upper};
    }
    case StreamKind::Shunt:
      if (s.flag) return {0, 0};
      return {0, sizeHint(*s.inner).upper};
    case StreamKind::Scan: return {0, sizeHint(*s.inner).upper};
    case StreamKind::ByRef: return s.inner ? sizeHint(*s.inner) : SizeHint{0, 0};
    case StreamKind::Cycle: {  // std: empty or endless, as orig says
      SizeHint orig = sizeHint(*s.other);
      if (orig.lower == 0 && orig.upper == 0) return orig;
      if (orig.lower == 0) return {0, std::nullopt};
      return {UINT64_MAX, std::nullopt};
    }
    case StreamKind::Peekable: {  // the iterator's, one more for a peeked item; nothing after a peeked end
      if (s.flag && s.front == s.back) return {0, 0};
      uint64_t peeked = s.flag ? 1 : 0;
      SizeHint h = sizeHint(*s.inner);
      std::optional<uint64_t> upper;
      if (h.upper && *h.upper + peeked >= *h.upper) upper = *h.upper + peeked;
      return {saturatingAdd(h.lower, peeked), upper};
    }
    case StreamKind::FlatMap: case StreamKind::Flatten: {  // std's FlattenCompat::size_hint (no back iterator here)
      SizeHint front = s.other ? sizeHint(*s.other) : SizeHint{0, 0}, outer = sizeHint(*s.inner);
      if (s.flag) {  // each item an array of n: the items left count too
        std::optional<uint64_t> upper;
        if (front.upper && outer.upper && (s.n == 0 || *outer.upper <= (UINT64_MAX - *front.upper) / s.n))
          upper = *front.upper + *outer.upper * s.n;
        uint64_t times = s.n != 0 && outer.lower > UINT64_MAX / s.n ? UINT64_MAX : outer.lower * s.n;
        return {saturatingAdd(times, front.lower), upper};
      }
      if (outer.lower == 0 && outer.upper == 0 && front.upper) return {front.lower, front.upper};
      return {front.lower, std::nullopt};
    }
    case StreamKind::Chain: {
      if (s.flag) return sizeHint(*s.other);
      SizeHint a = sizeHint(*s.inner), b = sizeHint(*s.other);
      std::optional<uint64_t> upper;
      if (a.upper && b.upper && *a.upper + *b.upper >= *a.upper) upper = *a.upper + *b.upper;
      return {saturatingAdd(a.lower, b.lower), upper};
    }
  }
  return {0, std::nullopt};
}

// A consumer built on try_fold (any, all, find, find_map, position,
// try_fold) pulls through the adapters that hand their try_fold on to
// what they pull from; a FlatMap or Flatten reached so keeps its spent
// front iterator until the next is made, as std's try_fold does.
void Interpreter::markTryFolding(ItemStream& s) {
  switch (s.kind) {
    case StreamKind::FlatMap: case StreamKind::Flatten:
      s.tryFolding = s.other ? 2 : 1;
      markTryFolding(*s.inner);
      return;
    case StreamKind::Skip:  // what it pulls once it has skipped
      if (s.n > 0) s.tryFolding = 1;
      else markTryFolding(*s.inner);
      return;
    case StreamKind::Map: case StreamKind::Filter: case StreamKind::FilterMap: case StreamKind::Enumerate: case StreamKind::Take:
    case StreamKind::TakeWhile: case StreamKind::SkipWhile: case StreamKind::Inspect: case StreamKind::Copied:
    case StreamKind::Cloned: case StreamKind::Scan: case StreamKind::Peekable:
      markTryFolding(*s.inner);
      return;
    case StreamKind::ByRef:
      if (s.inner) markTryFolding(*s.inner);
      return;
    case StreamKind::Chain:
      markTryFolding(*s.inner);
      markTryFolding(*s.other);
      return;
    case StreamKind::Items: case StreamKind::Moved: case StreamKind::Count: case StreamKind::Learners: case StreamKind::Repeat:
    case StreamKind::FromFn: case StreamKind::Successors: case StreamKind::StepBy: case StreamKind::Zip: case StreamKind::Rev:
    case StreamKind::Shunt: case StreamKind::Cycle:
      return;
  }
}

// Whether std trusts the hint to allocate exactly (TrustedLen).
bool Interpreter::trustedLen(const ItemStream& s) const {
  switch (s.kind) {
    case StreamKind::Items: case StreamKind::Moved: case StreamKind::Count: return s.trusted;
    case StreamKind::Repeat: return true;
    case StreamKind::Learners: case StreamKind::FromFn: case StreamKind::Successors: case StreamKind::Filter: case StreamKind::FilterMap: case StreamKind::TakeWhile:
    case StreamKind::SkipWhile: case StreamKind::Inspect: case StreamKind::Shunt: case StreamKind::Scan: case StreamKind::Cycle:
      return false;
    case StreamKind::FlatMap: case StreamKind::Flatten: return s.flag && trustedLen(*s.inner);  // items of arrays
    case StreamKind::Map: case StreamKind::Enumerate: case StreamKind::Copied: case StreamKind::Cloned:
    case StreamKind::Rev: case StreamKind::Take: case StreamKind::Peekable:
      return trustedLen(*s.inner);
    case StreamKind::ByRef: return s.inner && trustedLen(*s.inner);
    case StreamKind::Skip: case StreamKind::StepBy: return indexedWalk(*s.inner);
    case StreamKind::Zip: return trustedLen(*s.inner) && trustedLen(*s.other);
    case StreamKind::Chain: return (s.flag || trustedLen(*s.inner)) && trustedLen(*s.other);
  }
  return false;
}

// Whether std walks it by index (TrustedRandomAccess), which makes Skip and StepBy trusted too.
bool Interpreter::indexedWalk(const ItemStream& s) const {
  switch (s.kind) {
    case StreamKind::Items: case StreamKind::Moved: case StreamKind::Count: return s.randomAccess;
    case StreamKind::Map: case StreamKind::Enumerate: case StreamKind::Copied: case StreamKind::Cloned:
    case StreamKind::Skip:
      return indexedWalk(*s.inner);
    case StreamKind::Zip: return indexedWalk(*s.inner) && indexedWalk(*s.other);
    case StreamKind::Learners: case StreamKind::Repeat: case StreamKind::FromFn: case StreamKind::Successors:
    case StreamKind::Filter: case StreamKind::FilterMap: case StreamKind::TakeWhile:
    case StreamKind::SkipWhile: case StreamKind::Inspect: case StreamKind::Rev: case StreamKind::Take:
    case StreamKind::StepBy: case StreamKind::Chain: case StreamKind::Shunt: case StreamKind::Scan: case StreamKind::FlatMap:
    case StreamKind::Flatten: case StreamKind::Peekable: case StreamKind::ByRef: case StreamKind::Cycle:
      return false;
  }
  return false;
}

// A clone of an iterator the checker lets `cycle` take (check/std_checks.cpp
// cyclableIterator): a source's items borrowed or Copy, a range, and the
// adapters without a closure around them; each such clone copies bytes.
std::unique_ptr<ItemStream> Interpreter::copyOfStream(const ItemStream& s) {
  auto c = std::make_unique<ItemStream>();
  c->kind = s.kind;
  c->call = s.call;
  c->item = s.item;
  c->items = s.items;
  c->front = s.front;
  c->back = s.back;
  c->bytesBefore = s.bytesBefore;
  c->hintBefore = s.hintBefore;
  c->exact = s.exact;
  c->trusted = s.trusted;
  c->randomAccess = s.randomAccess;
  c->next = s.next;
  c->end = s.end;
  c->n = s.n;
  c->flag = s.flag;
  SH_CHECK(s.kind == StreamKind::Items || s.kind == StreamKind::Count || s.inner, "cycle of an iterator the checker cannot clone");
  if (s.inner) c->inner = copyOfStream(*s.inner);
  if (s.other) c->other = copyOfStream(*s.other);
  return c;
}

// ---------------------------------------------------------------- closing

// Drops what the stream still owns, its own pieces in field order.
void Interpreter::closeStream(ItemStream& s) {
  if (s.closed) return;
  s.closed = true;
  switch (s.kind) {
    case StreamKind::Items:
      if (s.drainOf != 0) finishDrain(s);
      return;
    case StreamKind::Count: return;
    case StreamKind::Moved: {
      for (; s.front < s.back; ++s.front) {
        if (!s.nodeFrees.empty()) freeBTreeNodes(s.nodeFrees[s.front]);
        dropValueNow(std::move(s.items[s.front]));
      }
      if (!s.nodeFrees.empty()) freeBTreeNodes(s.nodeFrees.back());
      if (s.ownerType == kNoType) return;  // std::iter::once's item: no collection behind it
      const Type& ct = T_.get(s.ownerType);
      if ((ct.kind == TypeKind::Vec || ct.kind == TypeKind::BinaryHeap) && !s.flag && mem_.readU64(s.owner + VecHeader::cap) > 0 &&
          T_.layout(s.item).size > 0)
        mem_.free(mem_.cellAt(mem_.readU64(s.owner + VecHeader::ptr))->id);
      if ((ct.kind == TypeKind::HashMap || ct.kind == TypeKind::HashSet) && s.drainOf != 0) moveTableBack(s.owner, s.drainOf);
      else if (ct.kind == TypeKind::HashMap || ct.kind == TypeKind::HashSet) freeTable(s.owner);
      if (ct.kind == TypeKind::VecDeque && mem_.readU64(s.owner + DequeHeader::cap) > 0 && T_.layout(s.item).size > 0)
        mem_.free(mem_.cellAt(mem_.readU64(s.owner + DequeHeader::ptr))->id);
      return;
    }
    case StreamKind::Learners:
      if (!s.borrowed) dropValue(s.owner, s.ownerType);
      return;
    case StreamKind::Repeat:  // Repeat { element }
      dropValue(s.owner, s.ownerType);
      return;
    case StreamKind::FromFn:
      releaseCallable(s.fn);
      return;
    case StreamKind::Successors:  // Successors { next, succ }
      dropValue(s.owner, s.ownerType);
      releaseCallable(s.fn);
      return;
    case StreamKind::Zip: case StreamKind::Chain: case StreamKind::Cycle:  // Cycle { orig, iter }: both dropped, trivially
      closeStream(*s.inner);
      closeStream(*s.other);
      return;
    case StreamKind::Map: case StreamKind::Filter: case StreamKind::FilterMap: case StreamKind::TakeWhile:
    case StreamKind::SkipWhile: case StreamKind::Inspect:
      closeStream(*s.inner);
      releaseCallable(s.fn);
      return;
    case StreamKind::Enumerate: case StreamKind::Take: case StreamKind::Skip: case StreamKind::StepBy:
    case StreamKind::Copied: case StreamKind::Cloned: case StreamKind::Rev:
      closeStream(*s.inner);
      return;
    case StreamKind::Shunt:
      closeStream(*s.inner);
      return;
    case StreamKind::ByRef:  // the iterator is the caller's: it is left where the chain stopped
      if (!s.inner) return;
      closeStream(*s.inner);
      if (T_.keptIter(s.ownerType) != KeptIter::None) keptStreamDone(Place{s.owner, s.ownerType}, *s.inner);
      return;
    case StreamKind::Peekable:  // Peekable { iter, peeked }: a peeked item it owns after the iterator
      closeStream(*s.inner);
      if (!s.borrowed && s.flag && s.front < s.back) dropValueNow(std::move(s.items[s.front++]));
      return;
    case StreamKind::Scan:  // Scan { iter, f, state }
      closeStream(*s.inner);
      releaseCallable(s.fn);
      dropValue(s.owner, s.ownerType);
      return;
    case StreamKind::FlatMap: case StreamKind::Flatten:  // the items' iterator (and f), then the front iterator
      closeStream(*s.inner);
      if (s.kind == StreamKind::FlatMap) releaseCallable(s.fn);
      if (s.other) closeStream(*s.other);
      return;
  }
}

}  // namespace sh
