// Iterators kept in variables (check/types.h KeptIter): `let mut it =
// v.iter();`. Each is made with std's own layout, so the slot shows what
// Rust's does: two pointers walking the buffer or the text (vec::IntoIter
// also the buffer it owns and its capacity). When a loop, an adapter or a
// consumer takes one, what is left in it is read as a stream
// (run/item_stream.h); the consumers that take `&mut self` (next, nth, any,
// all, find, find_map, position) read it in place and then move its
// pointers past what they took, leaving the rest for later. Enumerate,
// Skip, Take, Peekable, Map and Filter kept around one (or around a range)
// are std's structs too: their stream is built from their bytes (the
// adapter's node around its iterator's, a closure called where it lies in
// the struct), and a `&mut self` consumer writes each node's count, peeked
// item and position back. Zip and Chain hold two: a Zip of two that std
// walks by index (TrustedRandomAccess) leaves them where they stand and
// counts its own index; a Chain lets go of its first once spent.
#include <algorithm>

#include "base/utf8.h"
#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

namespace {

uint64_t elemSizeOf(const TypeTable& T, TypeId iterType) { return T.layout(T.keptElem(iterType)).size; }

// Chars and CharIndices decode UTF-8 as they go; the others step one element at a time.
bool decodesChars(KeptIter k) { return k == KeptIter::Chars || k == KeptIter::CharIndices; }

// A StepBy around `a..b` of u8, u16, u32, u64 or usize: std's SpecRangeSetup
// makes the range's end the count of steps left (measured with rustc 1.95:
// `(0u8..10).step_by(3)` is `StepBy { iter: 0..4, .. }`, `3..3` after a
// `next`), its start the next item, wrapping past the type's end; first_take
// stays true.
bool countsSteps(const TypeTable& T, TypeId stepBy) {
  if (T.keptIter(stepBy) != KeptIter::StepBy) return false;
  const Type& range = T.get(T.get(stepBy).args[1]);
  if (range.kind != TypeKind::Range || range.inclusive || T.get(range.args[0]).kind != TypeKind::Int) return false;
  IntKind k = T.get(range.args[0]).intKind;
  return k == IntKind::U8 || k == IntKind::U16 || k == IntKind::U32 || k == IntKind::U64 || k == IntKind::Usize;
}

}  // namespace

// ---------------------------------------------------------------- making

// The iterator a source call makes, as the value std makes: its receiver
// (a slice, a str, a Vec moved in) is in the call.
Value Interpreter::makeKeptIterator(KeptIter kept, StdCall& c) {
  TypeId type = c.call.type;
  Value it(type, T_.layout(type).size);
  uint64_t size = elemSizeOf(T_, type);
  auto walk = [&](Address data, uint64_t len) {  // {ptr, end}; a zero-sized element: {ptr, len}
    it.setU64(0, data);
    it.setU64(8, size > 0 ? data + len * size : len);
  };
  switch (kept) {
    case KeptIter::None: SH_CASE_KEPT_ADAPTERS
      SH_CHECK(false, "a chain or an adapter made as a source's iterator");
      break;
    case KeptIter::SliceIter: case KeptIter::SliceIterMut: {
      auto [data, len] = sequenceAt(c.recv);
      walk(data, len);
      break;
    }
    case KeptIter::Chars: case KeptIter::Bytes: case KeptIter::CharIndices:
      walk(receiverData(c), receiverLen(c));  // front_offset starts at 0
      break;
    case KeptIter::Split: case KeptIter::SplitWhitespace: case KeptIter::Lines: case KeptIter::RSplit:
    case KeptIter::SplitTerminator:
      return makeTextSplitter(kept, c);
    case KeptIter::Windows: case KeptIter::Chunks: case KeptIter::ChunksExact: return makeSlicePieces(kept, c);
    case KeptIter::VecIntoIter: {  // {buf, ptr, cap, end}; a zero-sized T counts its length in end's address
      Address buf = c.self.u64(VecHeader::ptr);
      uint64_t len = c.self.u64(VecHeader::len);
      it.setU64(0, buf);
      it.setU64(8, buf);
      it.setU64(16, c.self.u64(VecHeader::cap));
      it.setU64(24, buf + len * std::max<uint64_t>(size, 1));
      break;
    }
  }
  return it;
}

// The slice::Iter or IterMut over the Vec or array `ref` points to.
Value Interpreter::sliceIterOver(const Value& ref, TypeId iterType) {
  auto [data, len] = sequenceAt(deref(Place{materialize(ref), ref.type}));
  uint64_t size = elemSizeOf(T_, iterType);
  Value it(iterType, 16);
  it.setU64(0, data);
  it.setU64(8, size > 0 ? data + len * size : len);  // a zero-sized element: {ptr, len}
  return it;
}

// `v.iter().enumerate()`, `it.skip(2)`, `s.chars().peekable()`,
// `v.iter().map(f)`, `v.iter().rev()` kept: the adapter's struct, the
// iterator it takes (made here, or moved in) inside, and its other fields:
// Enumerate's count at 0, Skip's or Take's n, StepBy's step less one (a
// step of 0 panics as std's `StepBy::new` asserts) and first_take, nothing
// peeked yet, TakeWhile's or SkipWhile's flag down, or the closure moved in.
Value Interpreter::makeKeptAdapter(const Expr& call) {
  std::vector<Value> parts{eval(*call.operand)};
  if (flow_ != Flow::Normal || !evalOperands(call.args, parts)) return makeUnit();
  const Layout& l = T_.layout(call.type);
  KeptIter kept = T_.keptIter(call.type);
  if (keptWithTwoIters(kept) && T_.get(parts[1].type).kind == TypeKind::Ref)  // `zip(&v)`: the slice::Iter `into_iter` makes
    parts[1] = sliceIterOver(parts[1], T_.get(call.type).args[2]);
  Value it(call.type, l.size);
  auto put = [&](size_t field, const Value& part) {  // Chain's two iterators are each Some
    Value held = kept == KeptIter::Chain ? makeOption(l.fields[field].type, &part) : part;
    std::memcpy(it.data() + l.fields[field].offset, held.data(), held.size());
  };
  put(0, parts[0]);
  std::vector<KeptAdapterField> tail = keptAdapterTail(kept);
  for (size_t i = 0; i < tail.size(); ++i) {
    uint64_t at = l.fields[i + 1].offset;
    switch (tail[i].holds) {
      case AdapterField::Other: put(i + 1, parts[1]); break;
      case AdapterField::Index:  // index 0; len the shorter's length when std walks both by index
        it.setU64(at, tail[i].name == std::string("len") && T_.keptRandomAccess(call.type, true)
                          ? std::min(keptSize(parts[0], call), keptSize(parts[1], call))
                          : 0);
        break;
      case AdapterField::Count:
        if (kept == KeptIter::StepBy && parts[1].u64() == 0)
          throw Panic{"assertion failed: step != 0", call.nameSpan, stdLocation(StdSite::IterStepBy)};
        it.setU64(at, kept == KeptIter::Enumerate ? 0 : kept == KeptIter::StepBy ? parts[1].u64() - 1 : parts[1].u64());
        break;
      case AdapterField::Flag: it.data()[at] = kept == KeptIter::StepBy ? 1 : 0; break;  // first_take; TakeWhile's, SkipWhile's flag
      case AdapterField::Peeked: {
        Value none = makeOption(l.fields[i + 1].type, nullptr);
        std::memcpy(it.data() + at, none.data(), none.size());
        break;
      }
      case AdapterField::Closure: std::memcpy(it.data() + at, parts[1].data(), parts[1].size()); break;
    }
  }
  if (countsSteps(T_, call.type)) {  // the range's end becomes the number of items: ceil(len / step)
    const Layout& range = T_.layout(l.fields[0].type);
    TypeId elem = T_.get(l.fields[0].type).args[0];
    auto bound = [&](size_t field) {
      Value v(elem, T_.layout(elem).size);
      std::memcpy(v.data(), it.data() + l.fields[0].offset + range.fields[field].offset, v.size());
      return readInt(v);
    };
    __int128 start = bound(0), end = bound(1);
    __int128 step = parts[1].u64(), steps = end > start ? (end - start + step - 1) / step : 0;
    Value count = makeInt(elem, steps);
    std::memcpy(it.data() + l.fields[0].offset + range.fields[1].offset, count.data(), count.size());
  }
  return it;
}

// ---------------------------------------------------------------- reading

// How many items are left between the kept iterator's two pointers.
uint64_t Interpreter::keptItemsLeft(const Place& at) const {
  KeptIter kept = T_.keptIter(at.type);
  return keptItemsBetween(kept, mem_.readU64(at.addr + keptFrontOffset(kept)), mem_.readU64(at.addr + keptEndOffset(kept)),
                          elemSizeOf(T_, at.type));
}

// What is left in the kept iterator at `at`, as a stream. `owned`: the
// stream took the iterator by value, and a vec::IntoIter's buffer and the
// elements the chain does not take are dropped when the stream closes;
// otherwise the iterator stays where it is (keptStreamDone moves it on).
std::unique_ptr<ItemStream> Interpreter::keptStream(const Place& at, const Expr& e, bool owned) {
  KeptIter kept = T_.keptIter(at.type);
  if (keptSplitsText(kept)) return textSplitterStream(at, e);  // nothing to drop: it borrows its text
  if (keptSlicePieces(kept)) return slicePiecesStream(at, e);  // nor these: they borrow the slice
  if (keptAdapter(kept)) return keptAdapterStream(at, e, owned);
  TypeId item = T_.get(at.type).args[0];
  uint64_t size = elemSizeOf(T_, at.type), left = keptItemsLeft(at);
  Address ptr = mem_.readU64(at.addr + keptFrontOffset(kept));
  if (kept == KeptIter::VecIntoIter && owned) {  // as `v.into_iter()` would: the buffer from its start, the taken ones skipped
    Address buf = mem_.readU64(at.addr);
    uint64_t taken = size > 0 ? (ptr - buf) / size : 0;
    Type vecType;
    vecType.kind = TypeKind::Vec;
    vecType.args = {item};
    Value vec(T_.find(vecType), VecHeader::size);  // the Vec it came from: its type was made when the program was checked
    SH_CHECK(vec.type != kNoType, "a vec::IntoIter of a Vec type never made");
    vec.setU64(VecHeader::ptr, buf);
    vec.setU64(VecHeader::cap, mem_.readU64(at.addr + 16));  // the iterator's cap
    vec.setU64(VecHeader::len, taken + left);
    auto s = movedStream(vec, e);
    s->front = taken;
    markMoved(at);
    return s;
  }
  auto s = std::make_unique<ItemStream>();
  s->kind = StreamKind::Items;
  s->call = &e;
  s->item = item;
  s->trusted = s->randomAccess = !decodesChars(kept);
  if (kept == KeptIter::VecIntoIter) s->randomAccess = false;
  if (decodesChars(kept)) {
    std::string text(left, '\0');
    mem_.read(ptr, text.data(), left);
    uint64_t front = kept == KeptIter::CharIndices ? mem_.readU64(at.addr + 16) : 0;
    for (size_t offset = 0; offset < text.size();) {
      s->bytesBefore.push_back(text.size() - offset);
      size_t start = offset;
      Value c = makeChar(decodeUtf8At(text, offset));
      s->items.push_back(kept == KeptIter::Chars ? c : pairOf(item, makeInt(T_.usize(), static_cast<__int128>(front + start)), c));
    }
    s->bytesBefore.push_back(0);
  } else {
    for (uint64_t i = 0; i < left; ++i) {
      Address element = ptr + i * size;
      if (kept == KeptIter::SliceIter || kept == KeptIter::SliceIterMut) {  // a reference to the element
        Value r(item, 8);
        r.setU64(0, element);
        s->items.push_back(std::move(r));
      } else {
        s->items.push_back(readPlace(Place{element, item}, false));  // a byte, or an element moved out of an IntoIter
      }
    }
  }
  s->back = s->items.size();
  return s;
}

// After a `&mut self` consumer read the kept iterator at `at` through
// stream s: its front pointer moves past the items s handed out (and
// CharIndices' offset with it), as std's `next` moved it each time, and its
// end pointer back past those taken from the back (under a Rev).
void Interpreter::keptStreamDone(const Place& at, const ItemStream& s) {
  KeptIter kept = T_.keptIter(at.type);
  if (keptSplitsText(kept)) return textSplitterDone(at, s);
  if (keptSlicePieces(kept)) return slicePiecesDone(at, s);
  if (keptAdapter(kept)) return keptAdapterDone(at, s);
  Address ptrAt = at.addr + keptFrontOffset(kept), endAt = at.addr + keptEndOffset(kept);
  uint64_t size = elemSizeOf(T_, at.type), taken = s.front, takenBack = s.items.size() - s.back;
  if (decodesChars(kept)) {
    uint64_t bytes = s.bytesBefore[0] - s.bytesBefore[s.front];
    mem_.writeU64(ptrAt, mem_.readU64(ptrAt) + bytes);
    mem_.writeU64(endAt, mem_.readU64(endAt) - s.bytesBefore[s.back]);  // what next_back took
    if (kept == KeptIter::CharIndices) mem_.writeU64(at.addr + 16, mem_.readU64(at.addr + 16) + bytes);
    return;
  }
  if (size == 0) mem_.writeU64(endAt, mem_.readU64(endAt) - taken - takenBack);  // std counts a zero-sized T down in end
  else {
    mem_.writeU64(ptrAt, mem_.readU64(ptrAt) + taken * size);
    mem_.writeU64(endAt, mem_.readU64(endAt) - takenBack * size);
  }
}

// ---------------------------------------------------------------- adapters

namespace {

// The stream node that runs a kept adapter.
StreamKind streamOfAdapter(KeptIter k) {
  switch (k) {
    case KeptIter::Enumerate: return StreamKind::Enumerate;
    case KeptIter::Skip: return StreamKind::Skip;
    case KeptIter::Take: return StreamKind::Take;
    case KeptIter::Peekable: return StreamKind::Peekable;
    case KeptIter::Map: return StreamKind::Map;
    case KeptIter::Filter: return StreamKind::Filter;
    case KeptIter::FilterMap: return StreamKind::FilterMap;
    case KeptIter::Inspect: return StreamKind::Inspect;
    case KeptIter::Rev: return StreamKind::Rev;
    case KeptIter::Copied: return StreamKind::Copied;
    case KeptIter::Cloned: return StreamKind::Cloned;
    case KeptIter::StepBy: return StreamKind::StepBy;
    case KeptIter::TakeWhile: return StreamKind::TakeWhile;
    case KeptIter::SkipWhile: return StreamKind::SkipWhile;
    case KeptIter::Zip: return StreamKind::Zip;
    case KeptIter::Chain: return StreamKind::Chain;
    case KeptIter::None: case KeptIter::SliceIter: case KeptIter::SliceIterMut: case KeptIter::Chars: case KeptIter::Bytes:
    case KeptIter::CharIndices: case KeptIter::VecIntoIter: case KeptIter::Split: case KeptIter::SplitWhitespace:
    case KeptIter::Lines: case KeptIter::RSplit: case KeptIter::SplitTerminator: case KeptIter::Windows: case KeptIter::Chunks:
    case KeptIter::ChunksExact:
      break;
  }
  SH_CHECK(false, "a source's iterator read as an adapter");
  return StreamKind::Items;
}

}  // namespace

// The adapter's stream around its iterator's, read from its bytes: the
// count or n, StepBy's step and whether it took its first, TakeWhile's or
// SkipWhile's flag, what was peeked, or its closure, called where it lies
// (an FnMut's captures change in the variable; owned: dropped with the
// stream). The stream's flag is StepBy's "past the first", the negation of
// std's first_take.
std::unique_ptr<ItemStream> Interpreter::keptAdapterStream(const Place& at, const Expr& e, bool owned) {
  KeptIter kept = T_.keptIter(at.type);
  const Layout& l = T_.layout(at.type);
  auto s = std::make_unique<ItemStream>();
  s->call = &e;
  s->kind = streamOfAdapter(kept);
  s->item = T_.get(at.type).args[0];
  s->inner = keptPartStream(at, 0, e, owned);
  s->flag = kept == KeptIter::Chain && !s->inner;  // Chain: its first let go of already
  if (!s->inner) s->inner = emptyStream(s->item, e);
  if (countsSteps(T_, at.type)) {  // its end counts the items left: the range up to just past the last of them
    __int128 steps = s->inner->end, step = mem_.readU64(at.addr + l.fields[1].offset) + 1;
    s->inner->end = steps > 0 ? s->inner->next + (steps - 1) * step + 1 : s->inner->next;
  }
  std::vector<KeptAdapterField> tail = keptAdapterTail(kept);
  for (size_t i = 0; i < tail.size(); ++i) {
    Address field = at.addr + l.fields[i + 1].offset;
    switch (tail[i].holds) {
      case AdapterField::Count: s->n = mem_.readU64(field) + (kept == KeptIter::StepBy ? 1 : 0); break;
      case AdapterField::Flag: {
        uint8_t flag = 0;
        mem_.read(field, &flag, 1);
        s->flag = (flag != 0) != (kept == KeptIter::StepBy);
        break;
      }
      case AdapterField::Closure: s->fn = HeldCallable{field, l.fields[i + 1].type, owned}; break;
      case AdapterField::Index: break;  // read below
      case AdapterField::Other:
        s->other = keptPartStream(at, i + 1, e, owned);
        if (!s->other) s->other = emptyStream(T_.get(T_.get(at.type).args[2]).args[0], e);
        break;
      case AdapterField::Peeked: {  // None: nothing peeked; Some(None): the end was; Some(Some(x)): x
        s->borrowed = !owned;
        TypeId outer = l.fields[i + 1].type, inner = T_.get(outer).args[0];
        if (!optionIsSome(field, outer)) break;
        Address some = optionPayload(field, outer);
        std::optional<Value> x;
        if (optionIsSome(some, inner)) x = readPlace(Place{optionPayload(some, inner), s->item}, false);
        holdPeeked(*s, std::move(x));
        break;
      }
    }
  }
  if (kept == KeptIter::Zip && T_.keptRandomAccess(at.type, true)) {  // what std took by index is still in both
    uint64_t index = mem_.readU64(at.addr + l.fields[2].offset);
    skipTaken(*s->inner, index);
    skipTaken(*s->other, index);
  }
  return s;
}

// The stream of an adapter's iterator (field 0) or of Zip's or Chain's
// second (field 1): a range's or a kept iterator's; none when Chain's
// Option there is None.
std::unique_ptr<ItemStream> Interpreter::keptPartStream(const Place& at, size_t field, const Expr& e, bool owned) {
  const Layout& l = T_.layout(at.type);
  Place part{at.addr + l.fields[field].offset, T_.get(at.type).args[field + 1]};
  if (T_.keptIter(at.type) == KeptIter::Chain) {
    if (!optionIsSome(part.addr, l.fields[field].type)) return nullptr;
    part.addr = optionPayload(part.addr, l.fields[field].type);
  }
  return T_.get(part.type).kind == TypeKind::Range ? keptRangeStream(part, e) : keptStream(part, e, owned);
}

// A Zip walking its iterators by index (TrustedRandomAccess) leaves them
// where they stand: the `index` items it took are skipped here, nothing
// under them run again (std's __iterator_get_unchecked).
void Interpreter::skipTaken(ItemStream& s, uint64_t n) {
  if (s.kind == StreamKind::Items) {
    s.front = std::min<size_t>(s.front + n, s.back);
    return;
  }
  if (s.kind == StreamKind::Count) {
    s.next = std::min<__int128>(s.next + n, s.end);
    return;
  }
  if (s.kind == StreamKind::Enumerate) s.n += n;  // its count stays: each index is count + i
  if (s.kind == StreamKind::Zip) skipTaken(*s.other, n);
  skipTaken(*s.inner, n);  // Map, Copied, Cloned, Skip: their iterator's
}

// How many items a kept iterator value holds (one std walks by index: its hint is exact).
uint64_t Interpreter::keptSize(const Value& iter, const Expr& e) {
  Place at{holdInScratch(iter), iter.type};
  std::unique_ptr<ItemStream> s = T_.get(iter.type).kind == TypeKind::Range ? keptRangeStream(at, e) : keptStream(at, e, false);
  return sizeHint(*s).lower;
}

// A stream with nothing in it.
std::unique_ptr<ItemStream> Interpreter::emptyStream(TypeId item, const Expr& e) {
  auto s = std::make_unique<ItemStream>();
  s->call = &e;
  s->item = item;
  return s;
}

// After a `&mut self` consumer: the adapter's count, n, flag or peeked item
// as the stream left them, then its iterator's position.
void Interpreter::keptAdapterDone(const Place& at, const ItemStream& s) {
  KeptIter kept = T_.keptIter(at.type);
  const Layout& l = T_.layout(at.type);
  if (countsSteps(T_, at.type)) return stepsCountedDone(at, s);
  if (kept == KeptIter::Chain) return chainDone(at, s);
  if (kept == KeptIter::Zip && T_.keptRandomAccess(at.type, true)) return indexedZipDone(at, s);
  std::vector<KeptAdapterField> tail = keptAdapterTail(kept);
  // std's Enumerate, Copied and Cloned hand nth to their iterator's nth: past the end, Enumerate's count stays
  bool nthHandedOn = s.nthPastEnd && (kept == KeptIter::Enumerate || kept == KeptIter::Copied || kept == KeptIter::Cloned);
  if (nthHandedOn) s.inner->nthPastEnd = true;
  for (size_t i = 0; i < tail.size(); ++i) {
    Address field = at.addr + l.fields[i + 1].offset;
    switch (tail[i].holds) {
      case AdapterField::Count:
        if (!nthHandedOn) mem_.writeU64(field, s.n - (kept == KeptIter::StepBy ? 1 : 0));
        break;
      case AdapterField::Flag: {
        uint8_t flag = s.flag != (kept == KeptIter::StepBy) ? 1 : 0;
        mem_.write(field, &flag, 1);
        break;
      }
      case AdapterField::Closure: case AdapterField::Index: break;  // called where it lies; 0 unless walked by index
      case AdapterField::Other: partDone(Place{at.addr + l.fields[i + 1].offset, T_.get(at.type).args[2]}, *s.other); break;
      case AdapterField::Peeked: {
        TypeId outer = l.fields[i + 1].type;
        Value item = makeOption(T_.get(outer).args[0], s.front < s.back ? &s.items[s.front] : nullptr);
        Value peeked = makeOption(outer, s.flag ? &item : nullptr);
        mem_.write(field, peeked.data(), peeked.size());
        break;
      }
    }
  }
  partDone(Place{at.addr + l.fields[0].offset, T_.get(at.type).args[1]}, *s.inner);
}

// An adapter's iterator after a `&mut self` consumer: a range's ends, a kept iterator's position.
void Interpreter::partDone(const Place& part, const ItemStream& s) {
  if (T_.get(part.type).kind == TypeKind::Range) return keptRangeDone(part, s);
  keptStreamDone(part, s);
}

// A Chain after a `&mut self` consumer: each iterator it still holds moved
// on; the first set to None once spent, dropped there as std's
// `and_then_or_clear` drops it (a vec::IntoIter's buffer freed).
void Interpreter::chainDone(const Place& at, const ItemStream& s) {
  const Layout& l = T_.layout(at.type);
  for (size_t field = 0; field < 2; ++field) {
    Address held = at.addr + l.fields[field].offset;
    TypeId option = l.fields[field].type;
    if (!optionIsSome(held, option)) continue;
    partDone(Place{optionPayload(held, option), T_.get(at.type).args[field + 1]}, field == 0 ? *s.inner : *s.other);
    if (field == 1 || !s.flag) continue;
    dropValue(held, option);
    Value none = makeOption(option, nullptr);
    mem_.write(held, none.data(), none.size());
  }
}

// A Zip walking its iterators by index, after a `&mut self` consumer: its
// index moved past the pairs taken (measured with rustc 1.95: it stops at
// len, pulling nothing more from either).
void Interpreter::indexedZipDone(const Place& at, const ItemStream& s) {
  Address indexAt = at.addr + T_.layout(at.type).fields[2].offset;
  mem_.writeU64(indexAt, mem_.readU64(indexAt) + s.n);
}

// A StepBy counting the steps of its range, after a `&mut self` consumer:
// once it took an item, the range's start is the next one (past the last
// taken by a step, wrapping) and its end the count of those left.
void Interpreter::stepsCountedDone(const Place& at, const ItemStream& s) {
  const Layout& l = T_.layout(at.type);
  TypeId rangeType = l.fields[0].type, elem = T_.get(rangeType).args[0];
  const Layout& range = T_.layout(rangeType);
  if (s.inner->next == readInt(readPlace(Place{at.addr + l.fields[0].offset + range.fields[0].offset, elem}, false))) return;  // none taken
  __int128 step = static_cast<__int128>(s.n), next = s.inner->next + step - 1, end = s.inner->end;
  Value start = makeInt(elem, next), count = makeInt(elem, next < end ? (end - next + step - 1) / step : 0);
  mem_.write(at.addr + l.fields[0].offset + range.fields[0].offset, start.data(), start.size());
  mem_.write(at.addr + l.fields[0].offset + range.fields[1].offset, count.data(), count.size());
}

// A range inside a kept adapter (`(1..=n).map(f)`), counted from its bytes;
// an inclusive one that said its last item is `exhausted`.
std::unique_ptr<ItemStream> Interpreter::keptRangeStream(const Place& at, const Expr& e) {
  auto s = countingStream(readPlace(at, false), e);
  const Layout& l = T_.layout(at.type);
  uint8_t exhausted = 0;
  if (T_.get(at.type).inclusive) mem_.read(at.addr + l.fields[2].offset, &exhausted, 1);
  if (exhausted != 0) s->end = s->next;
  return s;
}

// The range's start moved past what was taken from the front, as Range's
// `next` moves it, and its end back past what was taken from the back
// (`next_back`, under a Rev). An inclusive one's start and end meet at its
// last item once that is taken, and it says it is exhausted.
void Interpreter::keptRangeDone(const Place& at, const ItemStream& s) {
  const Type& t = T_.get(at.type);
  const Layout& l = T_.layout(at.type);
  TypeId elem = t.args[0];
  uint8_t exhausted = 0;
  if (t.inclusive) mem_.read(at.addr + l.fields[2].offset, &exhausted, 1);
  if (exhausted != 0) return;  // nothing more to take
  __int128 start = s.next, end = t.inclusive ? s.end - 1 : s.end;
  bool took = start != readInt(readPlace(Place{at.addr + l.fields[0].offset, elem}, false)) ||
              end != readInt(readPlace(Place{at.addr + l.fields[1].offset, elem}, false));
  if (t.inclusive && s.next == s.end && took) {
    start = end = s.flag ? s.end : s.end - 1;  // the last item, from the back or the front
    exhausted = 1;
    mem_.write(at.addr + l.fields[2].offset, &exhausted, 1);
  }
  Value from = makeInt(elem, start), to = makeInt(elem, end);
  mem_.write(at.addr + l.fields[0].offset, from.data(), from.size());
  mem_.write(at.addr + l.fields[1].offset, to.data(), to.size());
}

// ---------------------------------------------------------------- dropping

// A kept iterator dropped: an adapter's fields in order (its iterator, then
// its closure or peeked item); a vec::IntoIter's elements it did not hand
// out, then its buffer. The others own nothing.
void Interpreter::dropKeptIter(Address addr, TypeId type) {
  KeptIter kept = T_.keptIter(type);
  if (keptAdapter(kept)) {
    for (const FieldLayout& f : T_.layout(type).fields) dropValue(addr + f.offset, f.type);
    return;
  }
  if (kept != KeptIter::VecIntoIter) return;
  TypeId item = T_.get(type).args[0];
  uint64_t size = T_.layout(item).size, left = keptItemsLeft(Place{addr, type});
  Address buf = mem_.readU64(addr), ptr = mem_.readU64(addr + 8), cap = mem_.readU64(addr + 16);
  dropParts(left, [&](size_t i) { dropValue(ptr + i * size, item); }, [&] {
    if (cap > 0 && size > 0) mem_.free(mem_.liveCellAt(buf).id);
  });
}

// ---------------------------------------------------------------- reading

// A method that pulls nothing from a kept iterator, `as_str` reading its
// fields or `by_ref` lending it, is called on its place as other methods
// are, not opened as a stream.
bool Interpreter::readsKeptIterator(const Expr& call) const {
  auto m = static_cast<BuiltinMethod>(call.resolved);
  return m == BuiltinMethod::IterAsStr || m == BuiltinMethod::IterByRef || m == BuiltinMethod::IterRemainder;
}

// Chars::as_str: the text from its front pointer to its end.
Value Interpreter::runIterAsStr(StdCall& c) {
  KeptIter k = T_.keptIter(c.recv.type);
  Address front = mem_.readU64(c.recv.addr + keptFrontOffset(k)), end = mem_.readU64(c.recv.addr + keptEndOffset(k));
  return makeStrRef(front, end - front);
}

}  // namespace sh
