// Peekable's rows of check/std_methods.def: `peekable` wraps a stream in a
// Peekable node, and peek, peek_mut, next_if and next_if_eq look at its
// next item before anyone takes it.
//
// std keeps what was peeked in the Peekable itself (`peeked:
// Option<Option<Item>>`, run/std/kept_iters.cpp reads and writes it), so
// `peek` hands out a reference into the variable's own bytes: it runs on
// a Peekable kept in a place (check/resolve_iterators.cpp onPeekable), the
// item is pulled into the node, written back with the rest of the
// iterator's position, and the reference is made to where it then lies
// (callIteratorConsumer). next_if puts an item it refuses back into
// `peeked`, as std's does.
#include "run/interpreter.h"

namespace sh {

Value Interpreter::runIterPeekable(StdCall& c) {
  c.stream = adapterStream(c, StreamKind::Peekable);
  return makeUnit();
}

// The Peekable node holds x as peeked (or, without x, the end it found).
void Interpreter::holdPeeked(ItemStream& s, std::optional<Value> x) {
  SH_CHECK(s.kind == StreamKind::Peekable, "a Peekable's own method on another stream");
  s.items.clear();
  if (x) s.items.push_back(std::move(*x));
  s.front = 0;
  s.back = s.items.size();
  s.flag = true;
}

// peek and peek_mut: the next item is taken from the iterator into
// `peeked` unless something already is; the reference to it is made once
// the Peekable is written back (peekedReference).
Value Interpreter::runIterPeek(StdCall& c) {
  ItemStream& s = *c.stream;
  if (!s.flag) holdPeeked(s, pull(*s.inner));
  closeStream(s);
  return makeUnit();
}
Value Interpreter::runIterPeekMut(StdCall& c) { return runIterPeek(c); }

// Some(&item) into the `peeked` field of the Peekable at `at`, or None.
Value Interpreter::peekedReference(const Place& at, TypeId resultType) {
  TypeId outer = T_.keptAdapterSecond(at.type), inner = T_.get(outer).args[0];
  Address peeked = at.addr + T_.layout(at.type).fields[1].offset;
  if (!optionIsSome(peeked, outer) || !optionIsSome(optionPayload(peeked, outer), inner)) return makeOption(resultType, nullptr);
  Value r(T_.get(resultType).args[0], 8);
  r.setU64(0, optionPayload(optionPayload(peeked, outer), inner));
  return makeOption(resultType, &r);
}

// next_if(f): Peekable's next, kept if f accepts it, else put back as
// peeked; f (an FnOnce) is dropped after, unless its call took it.
Value Interpreter::runIterNextIf(StdCall& c) {
  HeldCallable f = holdCallable(c.args[0]);
  std::optional<Value> x = pull(*c.stream);
  bool taken = x && callPredicate(f, *x, c.call.nameSpan);
  releaseCallable(f);
  return keepOrPutBack(c, std::move(x), taken);
}

// The item next_if or next_if_eq took, or None with it put back.
Value Interpreter::keepOrPutBack(StdCall& c, std::optional<Value> x, bool taken) {
  if (!taken) holdPeeked(*c.stream, std::move(x));
  closeStream(*c.stream);
  return makeOption(c.call.type, taken ? &*x : nullptr);
}

// next_if_eq(&expected): next_if with `|next| next == expected`.
Value Interpreter::runIterNextIfEq(StdCall& c) {
  std::optional<Value> x = pull(*c.stream);
  bool taken = x && compareValues(Place{holdInScratch(*x), x->type}, Place{c.args[0].u64(), x->type}) == 0;
  return keepOrPutBack(c, std::move(x), taken);
}

}  // namespace sh
