// std::iter's free functions that make an iterator: repeat, once, empty,
// from_fn and successors (library/core/src/iter/sources/), each a stream
// (run/item_stream.h) a `for` loop, an adapter or a consumer pulls from.
//   - repeat(x): the element held by the stream, a clone of it at each
//     pull, dropped when the stream is; its hint (usize::MAX, None) and
//     TrustedLen, so `repeat(x).take(n).collect()` allocates n at once;
//   - once(x) and empty(): one item, or none, exact and TrustedLen;
//   - from_fn(f): f called at each pull until it returns None; hint (0, None);
//   - successors(first, f): the waiting item taken, then f given a
//     reference to it to make the next; hint (1, None) while one waits.
// The streams are opened where they are used (streams.cpp openStream): an
// iterator of these kept in a variable is not supported yet (the checker's
// coercions). One function per row of check/std_fns.def, named run<Row>.
#include "run/interpreter.h"

namespace sh {

// A call of one of these functions where an iterator is pulled from: its
// arguments evaluated left to right, then the row's stream.
std::unique_ptr<ItemStream> Interpreter::sourceOfFunction(const Expr& e) {
  StdCall c(e);
  if (!evalOperands(e.args, c.args)) {  // a `?` in an argument left: nothing to pull
    auto none = std::make_unique<ItemStream>();
    none->call = &e;
    none->item = T_.get(e.type).args[0];
    return none;
  }
  runFn(static_cast<BuiltinFn>(e.resolved), c);
  SH_CHECK(c.stream != nullptr, "a std function opened as an iterator that makes none");
  return std::move(c.stream);
}

std::unique_ptr<ItemStream> Interpreter::sourceStream(const StdCall& c, StreamKind kind) {
  auto s = std::make_unique<ItemStream>();
  s->kind = kind;
  s->call = &c.call;
  s->item = T_.get(c.call.type).args[0];
  return s;
}

Value Interpreter::runIterRepeat(StdCall& c) {
  c.stream = sourceStream(c, StreamKind::Repeat);
  c.stream->owner = holdInScratch(c.args[0]);
  c.stream->ownerType = c.args[0].type;
  return makeUnit();
}

// once(x): x moved into the stream, dropped with it if never taken.
Value Interpreter::runIterOnce(StdCall& c) {
  c.stream = sourceStream(c, StreamKind::Moved);
  c.stream->items.push_back(c.args[0]);
  c.stream->back = 1;
  c.stream->trusted = true;
  return makeUnit();
}

Value Interpreter::runIterEmpty(StdCall& c) {
  c.stream = sourceStream(c, StreamKind::Items);
  c.stream->trusted = true;
  return makeUnit();
}

Value Interpreter::runIterFromFn(StdCall& c) {
  c.stream = sourceStream(c, StreamKind::FromFn);
  c.stream->fn = holdCallable(c.args[0]);
  return makeUnit();
}

Value Interpreter::runIterSuccessors(StdCall& c) {
  c.stream = sourceStream(c, StreamKind::Successors);
  c.stream->owner = holdInScratch(c.args[0]);
  c.stream->ownerType = c.args[0].type;
  c.stream->fn = holdCallable(c.args[1]);
  return makeUnit();
}

// Successors::next: `let item = self.next.take()?; self.next = (self.succ)(&item); Some(item)`.
std::optional<Value> Interpreter::nextSuccessor(ItemStream& s) {
  if (!optionIsSome(s.owner, s.ownerType)) return std::nullopt;
  Value item = readPlace(Place{optionPayload(s.owner, s.ownerType), s.item}, false);
  Value none = makeOption(s.ownerType, nullptr);
  mem_.write(s.owner, none.data(), none.size());
  Value r(paramOf(s.fn, 0), 8);
  r.setU64(0, holdInScratch(item));
  Value next = callHeld(s.fn, {r}, s.call->nameSpan);
  mem_.write(s.owner, next.data(), next.size());
  return item;
}

}  // namespace sh
