// Iterators' rows of check/std_methods.def: the sources (`v.iter()`,
// `s.chars()`, `(a..b).rev()`), which leave their items in StdCall::items;
// the adapters (map, filter, zip, ...), which wrap the stream they are
// called on (run/std/streams.cpp) in one of their own; and the consumers
// (collect, sum, fold, find, ...), which pull from it until they are done
// and then close it. One function per row, named run<Row>.
#include <algorithm>
#include <cctype>

#include "base/unicode.h"
#include "base/utf8.h"
#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

// The item type of the iterator a call makes.
TypeId Interpreter::itemOf(const StdCall& c) const { return T_.get(c.call.type).args[0]; }

// ---------------------------------------------------------------- sources

// iter and iter_mut: a reference to each element in turn.
Value Interpreter::runVecIter(StdCall& c) {
  auto [data, len] = sequenceAt(c.recv);
  uint64_t size = T_.layout(receiverElem(c)).size;
  for (uint64_t i = 0; i < len; ++i) {
    Value r(itemOf(c), 8);
    r.setU64(0, data + i * size);
    c.items.push_back(std::move(r));
  }
  return makeUnit();
}

Value Interpreter::runVecIterMut(StdCall& c) { return runVecIter(c); }

Value Interpreter::runStrChars(StdCall& c) {
  std::string text = receiverText(c);
  for (size_t i = 0; i < text.size();) c.items.push_back(makeChar(decodeUtf8At(text, i)));
  return makeUnit();
}

Value Interpreter::runStrBytes(StdCall& c) {
  for (unsigned char b : receiverText(c)) c.items.push_back(makeInt(itemOf(c), b));
  return makeUnit();
}

// split_whitespace: &strs pointing into the receiver's bytes.
Value Interpreter::runStrSplitWhitespace(StdCall& c) {
  std::string text = receiverText(c);
  Address data = receiverData(c);
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    if (charHas(CharProperty::Whitespace, decodeUtf8At(text, i))) continue;
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      if (charHas(CharProperty::Whitespace, decodeUtf8At(text, next))) break;
      end = next;
    }
    i = end;
    c.items.push_back(makeStrRef(data + start, end - start));
  }
  return makeUnit();
}

// Range::contains, as std's RangeBounds: start <= item, and item < end, or
// item <= end for `a..=b` unless it was walked to its end (its `exhausted`
// flag makes the end excluded). A NaN is in no range.
Value Interpreter::runRangeContains(StdCall& c) {
  const Type& rt = T_.get(c.recv.type);
  const Layout& l = T_.layout(c.recv.type);
  Place start{c.recv.addr + l.fields[0].offset, rt.args[0]};
  Place end{c.recv.addr + l.fields[1].offset, rt.args[0]};
  Place item = referentOfArgument(c, 0);
  int low = compareValues(start, item), high = compareValues(item, end);
  uint8_t exhausted = 0;
  if (rt.inclusive) mem_.read(c.recv.addr + l.fields[2].offset, &exhausted, 1);
  bool endIncluded = rt.inclusive && !exhausted;
  return makeBool((low == -1 || low == 0) && (high == -1 || (endIncluded && high == 0)));
}

// (a..b).rev() and (a..=b).rev(): the integers from the top down.
Value Interpreter::runRangeRev(StdCall& c) {
  const Type& rt = T_.get(c.self.type);
  const Layout& l = T_.layout(c.self.type);
  Value lo(rt.args[0], T_.layout(rt.args[0]).size), hi(rt.args[0], lo.size());
  std::memcpy(lo.data(), c.self.data() + l.fields[0].offset, lo.size());
  std::memcpy(hi.data(), c.self.data() + l.fields[1].offset, hi.size());
  __int128 end = readInt(hi) + (rt.inclusive ? 1 : 0);
  for (__int128 i = end; i-- > readInt(lo);) c.items.push_back(makeInt(rt.args[0], i));
  return makeUnit();
}

// into_iter of a Vec: its elements moved out one by one (streams.cpp).
Value Interpreter::runVecIntoIter(StdCall& c) {
  c.stream = movedStream(c.self, c.call);
  return makeUnit();
}

// into_iter of an array (edition 2021): its elements by value, as a Vec's.
Value Interpreter::runArrayIntoIter(StdCall& c) {
  c.stream = movedStream(c.self, c.call);
  return makeUnit();
}

// chunks(n), chunks_exact(n) and windows(n): `&[T]`s into the receiver,
// chunks' last one shorter, chunks_exact's left out (std's remainder); a
// size of 0 panics at the call, as std's #[track_caller] does.
Value Interpreter::sliceChunks(StdCall& c, bool exact) {
  uint64_t n = c.args[0].u64();
  if (n == 0) panic("chunk size must be non-zero", c.call.nameSpan);
  auto [data, len] = sequenceAt(c.recv);
  uint64_t size = T_.layout(receiverElem(c)).size;
  if (exact) len -= len % n;
  for (uint64_t at = 0; at < len; at += n) {
    Value r(itemOf(c), 16);
    r.setU64(0, data + at * size);
    r.setU64(8, std::min(n, len - at));
    c.items.push_back(std::move(r));
  }
  return makeUnit();
}

Value Interpreter::runSliceChunks(StdCall& c) { return sliceChunks(c, false); }
Value Interpreter::runSliceChunksExact(StdCall& c) { return sliceChunks(c, true); }

Value Interpreter::runSliceWindows(StdCall& c) {
  uint64_t n = c.args[0].u64();
  if (n == 0) panic("window size must be non-zero", c.call.nameSpan);
  auto [data, len] = sequenceAt(c.recv);
  uint64_t size = T_.layout(receiverElem(c)).size;
  for (uint64_t at = 0; at + n <= len; ++at) {
    Value r(itemOf(c), 16);
    r.setU64(0, data + at * size);
    r.setU64(8, n);
    c.items.push_back(std::move(r));
  }
  return makeUnit();
}

// retain and retain_mut as std's: the closure sees each element once, in
// order; a rejected one is dropped where it lies, the kept ones move down.
Value Interpreter::runVecRetain(StdCall& c) {
  TypeId elem = receiverElem(c);
  uint64_t len = mem_.readU64(c.recv.addr + VecHeader::len), size = T_.layout(elem).size, kept = 0;
  HeldCallable f = holdCallable(c.args[0]);
  std::vector<uint8_t> bytes(size);
  for (uint64_t i = 0; i < len; ++i) {
    Address data = mem_.readU64(c.recv.addr + VecHeader::ptr);
    Value at(paramOf(f, 0), 8);
    at.setU64(0, data + i * size);
    if (callHeld(f, {at}, c.call.nameSpan).data()[0] == 0) {
      dropValue(data + i * size, elem);
      continue;
    }
    if (kept != i) {
      mem_.read(data + i * size, bytes.data(), size);
      mem_.write(data + kept * size, bytes.data(), size);
    }
    ++kept;
  }
  setLength(c.recv.addr, kept);
  releaseCallable(f);
  return makeUnit();
}
Value Interpreter::runVecRetainMut(StdCall& c) { return runVecRetain(c); }

// ---------------------------------------------------------------- adapters

std::unique_ptr<ItemStream> Interpreter::adapterWithClosure(StdCall& c, StreamKind kind) {
  std::unique_ptr<ItemStream> s = adapterStream(c, kind);
  s->fn = holdCallable(c.args[0]);
  return s;
}

std::unique_ptr<ItemStream> Interpreter::adapterWithCount(StdCall& c, StreamKind kind) {
  std::unique_ptr<ItemStream> s = adapterStream(c, kind);
  s->n = c.args[0].u64();
  return s;
}

Value Interpreter::runIterRev(StdCall& c) {
  c.stream = adapterStream(c, StreamKind::Rev);
  return makeUnit();
}
Value Interpreter::runIterEnumerate(StdCall& c) {
  c.stream = adapterStream(c, StreamKind::Enumerate);
  return makeUnit();
}
Value Interpreter::runIterMap(StdCall& c) {
  c.stream = adapterWithClosure(c, StreamKind::Map);
  return makeUnit();
}
Value Interpreter::runIterFilter(StdCall& c) {
  c.stream = adapterWithClosure(c, StreamKind::Filter);
  return makeUnit();
}
Value Interpreter::runIterFilterMap(StdCall& c) {
  c.stream = adapterWithClosure(c, StreamKind::FilterMap);
  return makeUnit();
}
Value Interpreter::runIterTakeWhile(StdCall& c) {
  c.stream = adapterWithClosure(c, StreamKind::TakeWhile);
  return makeUnit();
}
Value Interpreter::runIterSkipWhile(StdCall& c) {
  c.stream = adapterWithClosure(c, StreamKind::SkipWhile);
  return makeUnit();
}
Value Interpreter::runIterInspect(StdCall& c) {
  c.stream = adapterWithClosure(c, StreamKind::Inspect);
  return makeUnit();
}
Value Interpreter::runIterTake(StdCall& c) {
  c.stream = adapterWithCount(c, StreamKind::Take);
  return makeUnit();
}
Value Interpreter::runIterSkip(StdCall& c) {
  c.stream = adapterWithCount(c, StreamKind::Skip);
  return makeUnit();
}

// step_by(0) panics where std asserts it, in core's own source.
Value Interpreter::runIterStepBy(StdCall& c) {
  if (c.args[0].u64() == 0) throw Panic{"assertion failed: step != 0", c.call.nameSpan, stdLocation(StdSite::IterStepBy)};
  c.stream = adapterWithCount(c, StreamKind::StepBy);
  return makeUnit();
}
Value Interpreter::runIterCopied(StdCall& c) {
  c.stream = adapterStream(c, StreamKind::Copied);
  return makeUnit();
}
Value Interpreter::runIterCloned(StdCall& c) {
  c.stream = adapterStream(c, StreamKind::Cloned);
  return makeUnit();
}

// cycle: std's Cycle { orig: iter.clone(), iter }.
Value Interpreter::runIterCycle(StdCall& c) {
  c.stream = adapterStream(c, StreamKind::Cycle);
  c.stream->other = copyOfStream(*c.stream->inner);
  return makeUnit();
}

// zip and chain: the argument's stream was opened with the call's arguments (openStream).
Value Interpreter::runIterZip(StdCall& c) {
  std::unique_ptr<ItemStream> other = std::move(c.otherStream);
  c.stream = adapterStream(c, StreamKind::Zip);
  c.stream->other = std::move(other);
  return makeUnit();
}
Value Interpreter::runIterChain(StdCall& c) {
  std::unique_ptr<ItemStream> other = std::move(c.otherStream);
  c.stream = adapterStream(c, StreamKind::Chain);
  c.stream->other = std::move(other);
  return makeUnit();
}

// scan(init, f): the state is held by the stream, lent to f as `&mut` at each item.
Value Interpreter::runIterScan(StdCall& c) {
  c.stream = adapterStream(c, StreamKind::Scan);
  c.stream->owner = holdInScratch(c.args[0]);
  c.stream->ownerType = c.args[0].type;
  c.stream->fn = holdCallable(c.args[1]);
  return makeUnit();
}

// Whether what flat_map or flatten iterates per item is an array (std's
// ConstSizeIntoIterator: `[T; N]`, `&[T; N]`, `&mut [T; N]`), of *n elements:
// then std counts the items left into its size hint, and trusts it.
bool Interpreter::constSizeIterable(TypeId t, uint64_t* n) const {
  const Type* ty = &T_.get(t);
  if (ty->kind == TypeKind::Ref) ty = &T_.get(ty->args[0]);
  if (ty->kind != TypeKind::Array) return false;
  *n = ty->length;
  return true;
}

Value Interpreter::runIterFlatMap(StdCall& c) {
  c.stream = adapterWithClosure(c, StreamKind::FlatMap);
  c.stream->flag = constSizeIterable(returnOf(c.stream->fn), &c.stream->n);
  return makeUnit();
}

Value Interpreter::runIterFlatten(StdCall& c) {
  c.stream = adapterStream(c, StreamKind::Flatten);
  c.stream->flag = constSizeIterable(c.stream->inner->item, &c.stream->n);
  return makeUnit();
}

// by_ref: the iterator itself, lent as `&mut`; what is made of it pulls
// from it in place (streams.cpp byRefStream).
Value Interpreter::runIterByRef(StdCall& c) {
  Value r(c.call.type, 8);
  r.setU64(0, c.recv.addr);
  return r;
}

// ---------------------------------------------------------------- consumers

// The Some of an Option value, moved out.
Value Interpreter::someValue(const Value& option) {
  TypeId payload = T_.get(option.type).args[0];
  Value v(payload, T_.layout(payload).size);
  std::memcpy(v.data(), option.data() + T_.layout(option.type).payloadOffset, v.size());
  return v;
}

// Pulls every item, handing each to `take` until it says to stop; closes the stream.
template <typename Take>
void Interpreter::drain(StdCall& c, Take take) {
  while (std::optional<Value> x = pull(*c.stream))
    if (!take(std::move(*x))) break;
  closeStream(*c.stream);
}

// Pulls as drain does, for a consumer std builds on try_fold (markTryFolding).
template <typename Take>
void Interpreter::drainByTryFold(StdCall& c, Take take) {
  markTryFolding(*c.stream);
  drain(c, take);
}

Value Interpreter::runIterCount(StdCall& c) {
  uint64_t n = 0;
  drain(c, [&](Value x) {
    dropValueNow(std::move(x));
    ++n;
    return true;
  });
  return makeInt(T_.usize(), static_cast<__int128>(n));
}

// Iterator::eq as std's iter_compare: an item of each in turn (the other's
// pulled only after this one gave one), the first unequal pair or an end
// the answer; both iterators dropped after.
Value Interpreter::runIterEq(StdCall& c) {
  bool equal = true;
  for (;;) {
    std::optional<Value> x = pull(*c.stream);
    if (!x) {
      std::optional<Value> y = pull(*c.otherStream);
      equal = !y;
      if (y) dropValueNow(std::move(*y));
      break;
    }
    std::optional<Value> y = pull(*c.otherStream);
    equal = y && compareValues(Place{holdInScratch(*x), x->type}, Place{holdInScratch(*y), y->type}) == 0;
    dropValueNow(std::move(*x));
    if (y) dropValueNow(std::move(*y));
    if (!equal) break;
  }
  closeStream(*c.stream);
  closeStream(*c.otherStream);
  return makeBool(equal);
}

// size_hint: std's answer for what is left, nothing taken (run/std/streams.cpp sizeHint).
Value Interpreter::runIterSizeHint(StdCall& c) {
  SizeHint h = sizeHint(*c.stream);
  closeStream(*c.stream);
  const Type& pair = T_.get(c.call.type);
  Value upper = makeInt(T_.usize(), h.upper ? static_cast<__int128>(*h.upper) : 0);
  return pairOf(c.call.type, makeInt(T_.usize(), static_cast<__int128>(h.lower)), makeOption(pair.args[1], h.upper ? &upper : nullptr));
}

// sum and product add in the item type, checked as std's debug build checks
// them: an overflow panics in core's source (iter/traits/accum.rs). A
// float's start is std's: -0.0 for a sum (so an empty one is -0.0), 1.0
// for a product. Into an Option or a Result (std's try_process): the
// payloads are added until the first None or Err, which is the answer; the
// items after it are never pulled, and closing the stream drops them.
Value Interpreter::accumulatorStart(TypeId t, BinaryOp op, __int128 start) {
  return T_.get(t).kind == TypeKind::Float ? makeFloat(t, op == BinaryOp::Add ? -0.0 : 1.0) : makeInt(t, start);
}

Value Interpreter::accumulate(StdCall& c, BinaryOp op, __int128 start) {
  const Type target = T_.get(c.call.type);
  if (target.kind == TypeKind::Option || target.kind == TypeKind::Result) return accumulateUntilFailure(c, op, start);
  Value total = accumulatorStart(c.call.type, op, start);
  drain(c, [&](Value x) {
    if (T_.get(x.type).kind == TypeKind::Ref) x = readPlace(Place{x.u64(0), c.call.type}, false);
    try {
      total = arithmetic(op, total, x, c.call.nameSpan);
    } catch (Panic& p) {
      p.inStd = stdLocation(op == BinaryOp::Add ? StdSite::IterSum : StdSite::IterProduct);
      throw;
    }
    return true;
  });
  return total;
}
Value Interpreter::accumulateUntilFailure(StdCall& c, BinaryOp op, __int128 start) {
  const Type target = T_.get(c.call.type);
  bool option = target.kind == TypeKind::Option;
  const Layout& l = T_.layout(c.call.type);
  Value total = accumulatorStart(target.args[0], op, start);
  std::optional<Value> failed;
  drain(c, [&](Value x) {
    if (T_.get(x.type).kind == TypeKind::Ref) x = readPlace(Place{x.u64(0), c.call.type}, false);
    uint32_t variant = variantOfValue(x);
    if (variant == (option ? 0u : 1u)) {
      failed = std::move(x);
      return false;
    }
    Value part(target.args[0], T_.layout(target.args[0]).size);
    std::memcpy(part.data(), x.data() + l.variants[variant].offsets[0], part.size());
    try {
      total = arithmetic(op, total, part, c.call.nameSpan);
    } catch (Panic& p) {
      p.inStd = stdLocation(op == BinaryOp::Add ? StdSite::IterSum : StdSite::IterProduct);
      throw;
    }
    return true;
  });
  if (failed) return std::move(*failed);
  return option ? makeOption(c.call.type, &total) : makeResultVariant(c.call.type, 0, total);
}

Value Interpreter::runIterSum(StdCall& c) { return accumulate(c, BinaryOp::Add, 0); }
Value Interpreter::runIterProduct(StdCall& c) { return accumulate(c, BinaryOp::Mul, 1); }

// max keeps the last of equal maxima, min the first, as Rust's do; by_key
// compares the keys the closure gives (each item's key computed once).
// Each comparison is std's `Ord::cmp(&best, &item)` in cmp::max_by or
// min_by, the learner's own `cmp` where the type has one.
Value Interpreter::extremeItem(StdCall& c, bool max, bool byKey) {
  std::optional<Value> best, bestKey;
  drain(c, [&](Value x) {
    Value key = byKey ? callHeld(*c.fn, {referenceTo(x, paramOf(*c.fn, 0))}, c.call.nameSpan) : x;
    bool better = !best;
    if (best) {
      int cmp = cmpAsStd(Place{holdInScratch(*bestKey), bestKey->type}, Place{holdInScratch(key), key.type});
      better = max ? cmp <= 0 : cmp > 0;
    }
    if (!better) {
      dropValueNow(std::move(x));
      if (byKey) dropValueNow(std::move(key));
      return true;
    }
    if (best) {
      dropValueNow(std::move(*best));
      if (byKey) dropValueNow(std::move(*bestKey));
    }
    best = std::move(x);
    bestKey = std::move(key);
    return true;
  });
  if (byKey && bestKey) dropValueNow(std::move(*bestKey));
  return makeOption(c.call.type, best ? &*best : nullptr);
}

// max_by and min_by as std's reduce with cmp::max_by/min_by: the closure
// compares the best so far with the next item (`compare(&best, &x)`); max
// takes the later of two equal items, min keeps the earlier; the one not
// kept is dropped there.
Value Interpreter::extremeByComparing(StdCall& c, bool max) {
  std::optional<Value> best;
  drain(c, [&](Value x) {
    if (!best) {
      best = std::move(x);
      return true;
    }
    Value order = callHeld(*c.fn, {referenceTo(*best, paramOf(*c.fn, 0)), referenceTo(x, paramOf(*c.fn, 1))}, c.call.nameSpan);
    int cmp = static_cast<int>(variantAt(holdInScratch(order), order.type)) - 1;  // Less, Equal, Greater
    if (max ? cmp <= 0 : cmp > 0) std::swap(*best, x);
    dropValueNow(std::move(x));
    return true;
  });
  return makeOption(c.call.type, best ? &*best : nullptr);
}

Value Interpreter::runIterMaxBy(StdCall& c) { return withClosure(c, [&] { return extremeByComparing(c, true); }); }
Value Interpreter::runIterMinBy(StdCall& c) { return withClosure(c, [&] { return extremeByComparing(c, false); }); }
Value Interpreter::runIterMax(StdCall& c) { return extremeItem(c, true, false); }
Value Interpreter::runIterMin(StdCall& c) { return extremeItem(c, false, false); }
Value Interpreter::runIterMaxByKey(StdCall& c) { return withClosure(c, [&] { return extremeItem(c, true, true); }); }
Value Interpreter::runIterMinByKey(StdCall& c) { return withClosure(c, [&] { return extremeItem(c, false, true); }); }

// The closure argument of a consumer, held while it runs and dropped after.
template <typename Run>
Value Interpreter::withClosure(StdCall& c, Run run) {
  HeldCallable f = holdCallable(c.args.back());
  c.fn = &f;
  Value result = run();
  releaseCallable(f);
  return result;
}

Value Interpreter::runIterNth(StdCall& c) { return nthItem(c, false); }

// rfind, rposition and nth_back: std's, pulling from the back.
template <typename Take>
void Interpreter::drainBack(StdCall& c, Take take) {
  while (std::optional<Value> x = pullBack(*c.stream))
    if (!take(std::move(*x))) break;
  closeStream(*c.stream);
}

// nth and nth_back: the items before the n-th from the front or the back
// dropped, then that one.
Value Interpreter::nthItem(StdCall& c, bool fromBack) {
  uint64_t n = c.args[0].u64();
  std::optional<Value> found;
  auto take = [&](Value x) {
    if (n-- == 0) {
      found = std::move(x);
      return false;
    }
    dropValueNow(std::move(x));
    return true;
  };
  if (fromBack) drainBack(c, take);
  else drain(c, take);
  c.stream->nthPastEnd = !found;
  return makeOption(c.call.type, found ? &*found : nullptr);
}

Value Interpreter::runIterNthBack(StdCall& c) { return nthItem(c, true); }

// find and rfind: the first item, from the front or from the back, that the
// predicate holds for; the items passed before it are dropped.
Value Interpreter::firstMatching(StdCall& c, bool fromBack) {
  return withClosure(c, [&] {
    std::optional<Value> found;
    auto test = [&](Value x) {
      if (callPredicate(*c.fn, x, c.call.nameSpan)) {
        found = std::move(x);
        return false;
      }
      dropValueNow(std::move(x));
      return true;
    };
    if (fromBack) drainBack(c, test);
    else drainByTryFold(c, test);
    return makeOption(c.call.type, found ? &*found : nullptr);
  });
}

Value Interpreter::runIterRfind(StdCall& c) { return firstMatching(c, true); }

// std: the length first, counted down at each item from the back.
Value Interpreter::runIterRposition(StdCall& c) {
  return withClosure(c, [&] {
    uint64_t i = sizeHint(*c.stream).lower;
    bool found = false;
    drainBack(c, [&](Value x) {
      --i;
      found = callHeld(*c.fn, {std::move(x)}, c.call.nameSpan).data()[0] != 0;
      return !found;
    });
    Value at = makeInt(T_.usize(), static_cast<__int128>(i));
    return makeOption(c.call.type, found ? &at : nullptr);
  });
}

// next on an iterator made for the call (`s.chars().next()`): its first item.
Value Interpreter::runIterNext(StdCall& c) {
  std::optional<Value> first = pull(*c.stream);
  closeStream(*c.stream);
  return makeOption(c.call.type, first ? &*first : nullptr);
}

Value Interpreter::runIterLast(StdCall& c) {
  std::optional<Value> last;
  drain(c, [&](Value x) {
    if (last) dropValueNow(std::move(*last));
    last = std::move(x);
    return true;
  });
  return makeOption(c.call.type, last ? &*last : nullptr);
}

Value Interpreter::runIterForEach(StdCall& c) {
  return withClosure(c, [&] {
    drain(c, [&](Value x) {
      callHeld(*c.fn, {std::move(x)}, c.call.nameSpan);
      return true;
    });
    return makeUnit();
  });
}

Value Interpreter::runIterFold(StdCall& c) {
  return withClosure(c, [&] {
    Value acc = c.args[0];
    drain(c, [&](Value x) {
      acc = callHeld(*c.fn, {std::move(acc), std::move(x)}, c.call.nameSpan);
      return true;
    });
    return acc;
  });
}

// try_fold: the closure's Some or Ok payload is the next accumulator; the
// first None or Err stops the fold, leaving the items after it in the
// iterator, and is its value; at the end, Some or Ok of the accumulator.
Value Interpreter::runIterTryFold(StdCall& c) {
  return withClosure(c, [&] {
    bool option = T_.get(c.call.type).kind == TypeKind::Option;
    Value acc = c.args[0];
    std::optional<Value> stopped;
    drainByTryFold(c, [&](Value x) {
      Value r = callHeld(*c.fn, {std::move(acc), std::move(x)}, c.call.nameSpan);
      uint32_t variant;
      Value payload = payloadOf(r, &variant);
      if (variant == (option ? 1u : 0u)) {
        acc = std::move(payload);
        return true;
      }
      stopped = std::move(r);
      return false;
    });
    if (stopped) return *stopped;
    return option ? makeOption(c.call.type, &acc) : makeResultVariant(c.call.type, 0, acc);
  });
}

// partition as std's: two empty Vecs, then each item tested by reference
// and pushed onto one of them (Extend::extend_one, a push; a `&T` of a Copy
// T pushes the T), so each grows as pushes grow a Vec. A panic in the
// predicate drops the item it was testing, then what the iterator had not
// handed out, then the right Vec and the left, as std's locals go.
Value Interpreter::runIterPartition(StdCall& c) {
  return withClosure(c, [&] {
    TypeId vecType = T_.get(c.call.type).args[0];
    TypeId elem = T_.get(vecType).args[0];
    Address left = holdInScratch(newVec(vecType, 0)), right = holdInScratch(newVec(vecType, 0));
    std::optional<Value> testing;
    try {
      drain(c, [&](Value x) {
        testing = std::move(x);
        bool isLeft = callPredicate(*c.fn, *testing, c.call.nameSpan);
        Value item = std::move(*testing);
        testing.reset();
        if (T_.get(item.type).kind == TypeKind::Ref && T_.get(item.type).args[0] == elem)
          item = readPlace(Place{item.u64(0), elem}, false);
        vecPush(isLeft ? left : right, elem, item);
        return true;
      });
    } catch (Panic& p) {
      startUnwinding(p);
      cleanup([&] {
        if (testing) dropValueNow(std::move(*testing));
        closeStream(*c.stream);
        dropValue(right, vecType);
        dropValue(left, vecType);
      });
      throw;
    }
    return pairOfVecs(c.call.type, left, right);
  });
}

// The `(Vec<A>, Vec<B>)` of type `pair` made of the Vec headers at `left`
// and `right` (partition's and unzip's result), moved out of them.
Value Interpreter::pairOfVecs(TypeId pair, Address left, Address right) {
  const Layout& both = T_.layout(pair);
  Value v(pair, both.size);
  Value halves[] = {readPlace(Place{left, T_.get(pair).args[0]}, true), readPlace(Place{right, T_.get(pair).args[1]}, true)};
  for (size_t i = 0; i < 2; ++i) std::memcpy(v.data() + both.fields[i].offset, halves[i].data(), VecHeader::size);
  return v;
}

// unzip as std's: two empty Vecs, each reserving the iterator's lower size
// hint when it is above 0 (Extend::extend_reserve, as `reserve`), then each
// pair's halves pushed in turn (extend_one). A panic in the chain drops what
// the iterator had not handed out, then the left Vec and the right, as the
// tuple std builds in unzip goes.
Value Interpreter::runIterUnzip(StdCall& c) {
  TypeId pair = c.call.type;
  SH_CHECK(T_.get(pair).args.size() == 2, "unzip into a type the checker does not let through");
  TypeId leftType = T_.get(pair).args[0], rightType = T_.get(pair).args[1];
  TypeId leftElem = T_.get(leftType).args[0], rightElem = T_.get(rightType).args[0];
  Address left = holdInScratch(newVec(leftType, 0)), right = holdInScratch(newVec(rightType, 0));
  try {
    if (uint64_t lower = sizeHint(*c.stream).lower; lower > 0) {
      vecReserve(left, leftElem, lower);
      vecReserve(right, rightElem, lower);
    }
    drain(c, [&](Value x) {
      const Layout& halves = T_.layout(x.type);
      Address at = holdInScratch(x);
      vecPush(left, leftElem, readPlace(Place{at + halves.fields[0].offset, leftElem}, false));
      vecPush(right, rightElem, readPlace(Place{at + halves.fields[1].offset, rightElem}, false));
      return true;
    });
  } catch (Panic& p) {
    startUnwinding(p);
    cleanup([&] {
      closeStream(*c.stream);
      dropValue(left, leftType);
      dropValue(right, rightType);
    });
    throw;
  }
  return pairOfVecs(pair, left, right);
}

Value Interpreter::runIterReduce(StdCall& c) {
  return withClosure(c, [&] {
    std::optional<Value> acc;
    drain(c, [&](Value x) {
      acc = acc ? callHeld(*c.fn, {std::move(*acc), std::move(x)}, c.call.nameSpan) : std::move(x);
      return true;
    });
    return makeOption(c.call.type, acc ? &*acc : nullptr);
  });
}

// any and all stop at the first item that decides.
Value Interpreter::runIterAny(StdCall& c) {
  return withClosure(c, [&] {
    bool found = false;
    drainByTryFold(c, [&](Value x) {
      found = callHeld(*c.fn, {std::move(x)}, c.call.nameSpan).data()[0] != 0;
      return !found;
    });
    return makeBool(found);
  });
}

Value Interpreter::runIterAll(StdCall& c) {
  return withClosure(c, [&] {
    bool all = true;
    drainByTryFold(c, [&](Value x) {
      all = callHeld(*c.fn, {std::move(x)}, c.call.nameSpan).data()[0] != 0;
      return all;
    });
    return makeBool(all);
  });
}

Value Interpreter::runIterFind(StdCall& c) { return firstMatching(c, false); }

Value Interpreter::runIterFindMap(StdCall& c) {
  return withClosure(c, [&] {
    std::optional<Value> found;
    drainByTryFold(c, [&](Value x) {
      Value r = callHeld(*c.fn, {std::move(x)}, c.call.nameSpan);
      if (variantOfValue(r) == 1) found = std::move(r);
      return !found;
    });
    return found ? *found : makeOption(c.call.type, nullptr);
  });
}

Value Interpreter::runIterPosition(StdCall& c) {
  return withClosure(c, [&] {
    uint64_t i = 0;
    bool found = false;
    drainByTryFold(c, [&](Value x) {
      found = callHeld(*c.fn, {std::move(x)}, c.call.nameSpan).data()[0] != 0;
      if (!found) ++i;
      return !found;
    });
    Value at = makeInt(T_.usize(), static_cast<__int128>(i));
    return makeOption(c.call.type, found ? &at : nullptr);
  });
}

// ---------------------------------------------------------------- collect

// collect into the call's type, then the iterator is dropped (as at the end
// of std's from_iter).
Value Interpreter::runIterCollect(StdCall& c) {
  Value out = collectInto(c.stream, c.call.type, c.call.nameSpan);
  closeStream(*c.stream);
  return out;
}

Value Interpreter::collectInto(std::unique_ptr<ItemStream>& s, TypeId target, Span at) {
  switch (T_.get(target).kind) {
    case TypeKind::Vec: return collectVec(*s, target);
    case TypeKind::String: return collectString(*s, target);
    case TypeKind::Option: case TypeKind::Result: return collectUntilResidual(s, target, at);
    case TypeKind::HashMap: case TypeKind::HashSet: return collectTable(*s, target);
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: return collectBTree(*s, target, at);
    case TypeKind::VecDeque: case TypeKind::BinaryHeap: {  // Vec's FromIterator, then the From<Vec<T>>
      Type vec;
      vec.kind = TypeKind::Vec;
      vec.args = {T_.get(target).args[0]};
      Value v = collectVec(*s, T_.find(vec));
      return T_.get(target).kind == TypeKind::VecDeque ? dequeOfVec(v, target) : heapOfVec(v, target);
    }
    default: SH_CHECK(false, "collect into a type the checker does not let through");
  }
  return makeUnit();
}

// HashMap's and HashSet's FromIterator: a new map (its own RandomState)
// extended as hashbrown extends an empty one: room reserved for the lower
// size hint, then each item inserted in turn, a repeated key keeping its
// first key and its last value.
Value Interpreter::collectTable(ItemStream& s, TypeId target) {
  Address h = holdInScratch(newTableHeader(target));
  reserveTable(h, target, sizeHint(s).lower);
  bool isMap = T_.get(target).kind == TypeKind::HashMap;
  pullInto(s, h, target, [&](Value x) {
    if (!isMap) {
      insertEntry(h, target, x, nullptr);
      return;
    }
    const Layout& pair = T_.layout(x.type);
    Address at = holdInScratch(x);
    Value key = readPlace(Place{at + pair.fields[0].offset, pair.fields[0].type}, false);
    Value value = readPlace(Place{at + pair.fields[1].offset, pair.fields[1].type}, false);
    if (std::optional<Value> old = insertEntry(h, target, key, &value)) dropValueNow(std::move(*old));
  });
  return readPlace(Place{h, target}, true);
}

// Vec's FromIterator as std's SpecFromIter: with a trusted exact size, one
// allocation of that size; otherwise the first item decides whether to
// allocate at all, then max(RawVec's smallest capacity, lower hint + 1),
// and each time it is full the Vec reserves the hint left plus one. An
// into_iter's buffer is reused when the chain allows it (collectInPlace).
Value Interpreter::collectVec(ItemStream& s, TypeId vecType) {
  TypeId elem = T_.get(vecType).args[0];
  if (ItemStream* source = inPlaceSource(s, elem)) return collectInPlace(s, *source, vecType);
  Address h;
  if (trustedLen(s)) {
    SizeHint hint = sizeHint(s);
    if (!hint.upper) throw Panic{"capacity overflow", s.call->nameSpan, stdLocation(StdSite::CollectCapacityOverflow)};
    h = holdInScratch(newVec(vecType, *hint.upper));
    pullInto(s, h, vecType, [&](Value x) { vecPush(h, elem, x); });
    return readPlace(Place{h, vecType}, true);
  }
  std::optional<Value> first = pull(s);
  if (!first) return newVec(vecType, 0);
  uint64_t lower = sizeHint(s).lower;
  h = holdInScratch(newVec(vecType, std::max(minNonZeroCap(T_.layout(elem).size), lower + 1 < lower ? lower : lower + 1)));
  vecPush(h, elem, *first);
  pullInto(s, h, vecType, [&](Value x) {
    if (mem_.readU64(h + VecHeader::len) == mem_.readU64(h + VecHeader::cap)) {
      uint64_t more = sizeHint(s).lower;
      vecReserve(h, elem, more + 1 < more ? more : more + 1);
    }
    vecPush(h, elem, x);
  });
  return readPlace(Place{h, vecType}, true);
}

// The rest of s taken into the collection being built at `h` (of type t).
// If a closure of the chain panics, the panic unwinds std's extend, which
// owns the iterator (from_iter moved it there), and then from_iter, whose
// local the collection is: what the iterator still owns is dropped first,
// then the collection so far.
void Interpreter::pullInto(ItemStream& s, Address h, TypeId t, const std::function<void(Value)>& take) {
  try {
    while (std::optional<Value> x = pull(s)) take(std::move(*x));
  } catch (Panic& p) {
    startUnwinding(p);
    cleanup([&] {
      closeStream(s);
      dropValue(h, t);
    });
    throw;
  }
}

// The into_iter whose buffer std collects into in place: reached through
// the adapters that keep their source (map, filter, skip, take, zip's first
// side, ...), holding elements of the size and alignment the result's are.
ItemStream* Interpreter::inPlaceSource(ItemStream& s, TypeId elem) {
  switch (s.kind) {
    case StreamKind::Map: case StreamKind::Filter: case StreamKind::FilterMap: case StreamKind::Enumerate:
    case StreamKind::Take: case StreamKind::Skip: case StreamKind::TakeWhile: case StreamKind::SkipWhile:
    case StreamKind::Inspect: case StreamKind::Zip: case StreamKind::Shunt: case StreamKind::Scan:
      return inPlaceSource(*s.inner, elem);
    case StreamKind::Moved: {
      if (s.ownerType == kNoType || (T_.get(s.ownerType).kind != TypeKind::Vec && T_.get(s.ownerType).kind != TypeKind::BinaryHeap))
        return nullptr;
      const Layout &from = T_.layout(s.item), &to = T_.layout(elem);
      bool fits = from.size > 0 && to.size > 0 && from.align == to.align && to.size <= from.size;
      return fits ? &s : nullptr;
    }
    case StreamKind::Items: case StreamKind::Count: case StreamKind::Learners: case StreamKind::Repeat: case StreamKind::FromFn:
    case StreamKind::Successors: case StreamKind::StepBy:
    case StreamKind::Copied: case StreamKind::Cloned: case StreamKind::Chain: case StreamKind::Rev:
    case StreamKind::FlatMap: case StreamKind::Flatten: case StreamKind::ByRef: case StreamKind::Cycle:  // nor `&mut I`
    case StreamKind::Peekable:  // measured with rustc 1.95: a Peekable's collect allocates a new buffer
      return nullptr;
  }
  return nullptr;
}

// std's in-place collect: each item is written over the source buffer's
// front, what the chain did not take is dropped there, and the buffer
// becomes the result's (the checker lets through only the element type
// the buffer already holds, so its capacity stays).
Value Interpreter::collectInPlace(ItemStream& s, ItemStream& source, TypeId vecType) {
  TypeId elem = T_.get(vecType).args[0];
  uint64_t size = T_.layout(elem).size;
  Address buffer = mem_.readU64(source.owner + VecHeader::ptr);
  uint64_t cap = mem_.readU64(source.owner + VecHeader::cap), len = 0;
  try {
    while (std::optional<Value> x = pull(s)) mem_.write(buffer + len++ * size, x->data(), size);
  } catch (Panic& p) {  // std's InPlaceDrop guard drops the items written so far; the caller drops the source's rest
    startUnwinding(p);
    cleanup([&] {
      for (uint64_t i = 0; i < len; i++) dropValue(buffer + i * size, elem);
    });
    throw;
  }
  while (source.front < source.back) dropValueNow(std::move(source.items[source.front++]));
  source.flag = true;
  if (HeapCell* cell = mem_.cellAt(buffer)) mem_.setLength(cell->id, len);  // none for a dangling empty buffer
  Value v(vecType, VecHeader::size);
  v.setU64(VecHeader::ptr, buffer);
  v.setU64(VecHeader::cap, cap);
  v.setU64(VecHeader::len, len);
  return v;
}

// String's FromIterator: chars reserve the lower hint first and push each;
// &strs push each; Strings reuse the first one's buffer and push the rest.
Value Interpreter::collectString(ItemStream& s, TypeId stringType) {
  TypeId item = s.item;
  const Type& it = T_.get(item);
  bool chars = it.kind == TypeKind::Char || (it.kind == TypeKind::Ref && T_.get(it.args[0]).kind == TypeKind::Char);
  Address h;
  if (it.kind == TypeKind::String) {
    std::optional<Value> first = pull(s);
    if (!first) return newString("", 0);
    h = holdInScratch(*first);
  } else {
    h = holdInScratch(newString("", 0));
    if (chars) growAmortized(h, T_.intType(IntKind::U8), sizeHint(s).lower, s.call->nameSpan);
  }
  pullInto(s, h, stringType, [&](Value x) {
    if (chars) {
      Value ch = it.kind == TypeKind::Ref ? readPlace(Place{x.u64(0), it.args[0]}, false) : x;
      stringAppend(h, utf8Of(static_cast<char32_t>(ch.u64(0) & 0xFFFFFFFF)));
    } else if (it.kind == TypeKind::String) {
      stringAppend(h, readString(holdInScratch(x)));
      dropValueNow(std::move(x));  // each String is dropped once pushed, as std's Extend<String> does
    } else {
      stringAppend(h, readStr(x));
    }
  });
  return readPlace(Place{h, stringType}, true);
}

// collect into Option<C> or Result<C, E>: C collected from the payloads
// until the first None or Err (std's GenericShunt), then that None or Err
// if there was one (what was collected is dropped after the iterator).
Value Interpreter::collectUntilResidual(std::unique_ptr<ItemStream>& s, TypeId target, Span at) {
  const Type t = T_.get(target);
  auto shunt = std::make_unique<ItemStream>();
  shunt->kind = StreamKind::Shunt;
  shunt->call = s->call;
  shunt->item = T_.get(s->item).args[0];
  shunt->inner = std::move(s);
  Value collected = collectInto(shunt, t.args[0], at);
  s = std::move(shunt);
  if (s->items.empty()) {
    if (t.kind == TypeKind::Option) return makeOption(target, &collected);
    return makeResultVariant(target, 0, collected);
  }
  closeStream(*s);
  dropValueNow(std::move(collected));
  if (t.kind == TypeKind::Option) return makeOption(target, nullptr);
  Value residual = std::move(s->items[0]);
  Address held = holdInScratch(residual);
  Value error = readPlace(Place{held + T_.layout(residual.type).variants[1].offsets[0], t.args[1]}, true);
  return makeResultVariant(target, 1, error);
}

}  // namespace sh
