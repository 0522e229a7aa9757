// From a checked call to the function that runs it: the tables indexed by
// the ids of check/std_fns.def and check/std_methods.def, generated from
// those files, and what every std method asks of its receiver.
//
// Each table holds Interpreter::run<Row>, declared from the same files
// (run/interpreter.h), in the rows' order, so a row whose function is
// missing fails to link and a function whose row is missing fails to
// compile. A table, not a switch: in a switch the optimizer inlines every
// function called from one place, and the methods became one 84 KB
// function, which the browser compiles whole the first time any program
// calls any method (WebAssembly is compiled function by function on first
// call); through the table each method is compiled when it first runs. Arguments are evaluated here, left to right, before the function
// runs (an argument that panics drops the receiver and the arguments before
// it); a method's receiver was evaluated by the caller (calls.cpp) or is an
// iterator's items (iter.cpp).
#include "run/interpreter.h"

namespace sh {

using StdRunner = Value (Interpreter::*)(StdCall&);

Value Interpreter::runFn(BuiltinFn f, StdCall& c) {
  static constexpr StdRunner kRunners[] = {
#define SH_STD_FN(id, path, signature, check) &Interpreter::run##id,
#include "check/std_fns.def"
  };
  size_t row = static_cast<size_t>(f);
  SH_CHECK(row < std::size(kRunners), "a std function id outside check/std_fns.def");
  return (this->*kRunners[row])(c);
}

Value Interpreter::runMethod(BuiltinMethod m, StdCall& c) {
  static constexpr StdRunner kRunners[] = {
#define SH_STD_METHOD(id, receiver, name, mode, signature, check) &Interpreter::run##id,
#include "check/std_methods.def"
  };
  size_t row = static_cast<size_t>(m);
  SH_CHECK(row < std::size(kRunners), "a std method id outside check/std_methods.def");
  return (this->*kRunners[row])(c);
}

Value Interpreter::callBuiltin(const Expr& call, BuiltinFn f) {
  StdCall c(call);
  if (!evalOperands(call.args, c.args)) return makeUnit();
  return runFn(f, c);
}

Value Interpreter::callMethod(const Expr& call, BuiltinMethod m, const Place& receiver, Value self) {
  StdCall c(call);
  c.recv = receiver;
  if (takesIterable(m)) return callExtend(m, c, std::move(self));
  c.args.push_back(std::move(self));  // held while the arguments are evaluated
  if (!evalOperands(call.args, c.args)) return makeUnit();
  c.self = std::move(c.args.front());
  c.args.erase(c.args.begin());
  if (makesKeptIter(m) && T_.keptIter(call.type) != KeptIter::None)
    return makeKeptIterator(T_.keptIter(call.type), c);  // `let it = v.iter();`, `let parts = line.split(':');`
  SH_CHECK(T_.get(call.type).kind != TypeKind::Iter || T_.keptIter(call.type) != KeptIter::None,
           "a chain of adapters made outside a for loop or an iterator consumer");
  return runMethod(m, c);
}

// Whether the consumer reads the iterator where it lies: one that takes
// `&mut self` on a place, or `&self` (size_hint) on a kept iterator or the
// learner's own there; a range is read from a copy.
bool Interpreter::readInPlace(const Expr& call) const {
  if (call.receiverMode == static_cast<uint8_t>(ReceiverMode::ByValue) || !namesPlace(*call.operand)) return false;
  if (call.receiverMode == static_cast<uint8_t>(ReceiverMode::ByMut)) return true;
  TypeId t = call.operand->type;
  while (T_.get(t).kind == TypeKind::Ref) t = T_.get(t).args[0];
  return T_.get(t).kind != TypeKind::Range;
}

// An iterator consumer (count, sum, collect, ...): the iterator it is
// called on is opened (run/std/streams.cpp), not evaluated. One that takes
// `&mut self` (next, any, find, ...) on an iterator in a variable reads it
// where it is and leaves the rest there.
Value Interpreter::callIteratorConsumer(const Expr& call, BuiltinMethod m) {
  StdCall c(call);
  std::optional<Place> inPlace;
  if (readInPlace(call)) inPlace = followDerefs(evalPlace(*call.operand), call.derefs);
  c.stream = inPlace ? streamInPlace(*inPlace, *call.operand) : openStream(*call.operand);
  if (flow_ != Flow::Normal) {  // a `?` in the chain's receiver returned already
    closeStream(*c.stream);
    return makeUnit();
  }
  auto leaveInPlace = [&] {
    if (inPlace && T_.get(inPlace->type).kind == TypeKind::Range) keptRangeDone(*inPlace, *c.stream);
    else if (inPlace && T_.keptIter(inPlace->type) != KeptIter::None) keptStreamDone(*inPlace, *c.stream);
  };
  try {
    if (m == BuiltinMethod::IterEq) c.otherStream = openStream(*call.args[0], c.stream->item);  // Iterator::eq's other iterator
    else if (!evalOperands(call.args, c.args)) return makeUnit();
    Value result = runMethod(m, c);
    leaveInPlace();
    if (m == BuiltinMethod::IterPeek || m == BuiltinMethod::IterPeekMut) return peekedReference(*inPlace, call.type);
    return result;
  } catch (Panic& p) {  // a closure of the chain panicked: what the iterator still owns is dropped
    startUnwinding(p);
    cleanup([&] {
      leaveInPlace();
      closeStream(*c.stream);
      if (c.otherStream) closeStream(*c.otherStream);
    });
    throw;
  }
}

// ---------------------------------------------------------------- extend

bool Interpreter::takesIterable(BuiltinMethod m) {
  return m == BuiltinMethod::VecExtend || m == BuiltinMethod::StringExtend || m == BuiltinMethod::MapExtend ||
         m == BuiltinMethod::SetExtend || m == BuiltinMethod::BMapExtend || m == BuiltinMethod::BSetExtend ||
         m == BuiltinMethod::DequeExtend || m == BuiltinMethod::HeapExtend || m == BuiltinMethod::DebugListEntries ||
         m == BuiltinMethod::DebugSetEntries || m == BuiltinMethod::DebugMapEntries;
}

// extend(iterable): a reference to a Vec, an array or a slice is evaluated
// (its elements are read in place); anything else (a reference to a map
// too) is opened as an iterator (run/std/streams.cpp), not evaluated. If a
// closure of its chain panics, what the iterator still owns is dropped as
// the panic unwinds.
Value Interpreter::callExtend(BuiltinMethod m, StdCall& c, Value self) {
  c.self = std::move(self);
  const Expr& arg = *c.call.args[0];
  if (T_.get(arg.type).kind == TypeKind::Ref && !isTable(T_.get(arg.type).args[0])) {
    c.args.push_back(eval(arg));
    return runMethod(m, c);
  }
  c.otherStream = openStream(arg);
  try {
    Value done = runMethod(m, c);
    closeStream(*c.otherStream);
    return done;
  } catch (Panic& p) {
    startUnwinding(p);
    cleanup([&] { closeStream(*c.otherStream); });
    throw;
  }
}

// extend's items in order, as the collection of element type `want` owns
// them: `reserve` is told std's size hint, and whether std trusts it
// (TrustedLen; a slice's iterator is), before the first item; `take` gets
// each item, a reference to a Copy element read through (std's Extend<&T>).
void Interpreter::extendWith(StdCall& c, TypeId want, const std::function<void(SizeHint, bool)>& reserve,
                             const std::function<void(Value)>& take) {
  if (!c.otherStream) {  // a reference to a sequence: slice::Iter
    Value r = c.args[0];
    Place target = deref(Place{materialize(r), r.type});
    auto [data, len] = sequenceAt(target);
    TypeId elem = T_.get(target.type).args[0];
    uint64_t size = T_.layout(elem).size;
    reserve(SizeHint{len, len}, true);
    for (uint64_t i = 0; i < len; ++i) {
      if (want == elem) {
        take(readPlace(Place{data + i * size, elem}, false));
        continue;
      }
      Value pointer(want, 8);
      pointer.setU64(0, data + i * size);
      take(std::move(pointer));
    }
    return;
  }
  ItemStream& s = *c.otherStream;
  reserve(sizeHint(s), trustedLen(s));
  while (std::optional<Value> x = pull(s)) take(ownedItem(std::move(*x), want));
}

// An item as a collection of element type `want` takes it: itself, or what
// it points to when it is a reference to a `want`.
Value Interpreter::ownedItem(Value x, TypeId want) {
  if (x.type == want || T_.get(x.type).kind != TypeKind::Ref) return x;
  return readPlace(Place{x.u64(0), want}, false);
}

// ---------------------------------------------------------------- receivers

// The receiver's element type: Vec<T>'s, [T]'s, Option<T>'s T, Result's Ok type.
TypeId Interpreter::receiverElem(const StdCall& c) const {
  const Type& t = T_.get(c.recv.type);
  return t.args.empty() ? kNoType : t.args[0];
}

// A Vec or String keeps {cap, ptr, len} in its header (VecHeader); an array holds its
// elements in place; a slice or str place carries its length as meta.
uint64_t Interpreter::receiverLen(const StdCall& c) const {
  const Type& t = T_.get(c.recv.type);
  if (t.kind == TypeKind::Array) return t.length;
  if (t.kind == TypeKind::Slice || t.kind == TypeKind::Str) return c.recv.meta;
  return mem_.readU64(c.recv.addr + VecHeader::len);
}

Address Interpreter::receiverData(const StdCall& c) const {
  TypeKind k = T_.get(c.recv.type).kind;
  if (k == TypeKind::Array || k == TypeKind::Slice || k == TypeKind::Str) return c.recv.addr;
  return mem_.readU64(c.recv.addr + VecHeader::ptr);
}

// The text of a String or str receiver.
std::string Interpreter::receiverText(const StdCall& c) const {
  if (T_.get(c.recv.type).kind == TypeKind::String) return readString(c.recv.addr);
  std::string s(c.recv.meta, '\0');
  mem_.read(c.recv.addr, s.data(), c.recv.meta);
  return s;
}

// Some(&element) at `target`, or None: get, first, last and their _mut forms.
Value Interpreter::optionRefTo(const StdCall& c, bool some, Address target) {
  if (!some) return makeOption(c.call.type, nullptr);
  Value r(T_.get(c.call.type).args[0], 8);
  r.setU64(0, target);
  return makeOption(c.call.type, &r);
}

}  // namespace sh
