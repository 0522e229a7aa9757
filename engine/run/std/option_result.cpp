// Option<T> and Result<T, E>: unwrapping with Rust's panic messages
// ("called `Option::unwrap()` on a `None` value"), and Some(x).
//
// By-value methods get the receiver moved out (StdCall::self) and hold it in
// a scratch slot while they look inside, so the payload they return is read
// from simulated memory like any other value. A Result's error is a kind
// byte here (ParseIntError's InvalidDigit, ...), printed by
// check/types.h's resultErrorText. One function per row of
// check/std_methods.def and check/std_fns.def, named run<Row>.
#include "run/interpreter.h"

namespace sh {

Value Interpreter::makeResult(TypeId resultType, const Value* ok, uint8_t errorKind) {
  const Layout& l = T_.layout(resultType);
  Value r(resultType, l.size);
  if (ok) std::memcpy(r.data() + l.payloadOffset, ok->data(), ok->size());
  else r.data()[l.variants[1].offsets[0]] = errorKind;
  setVariant(r.data(), resultType, ok ? 0 : 1);
  return r;
}

Value Interpreter::runSome(StdCall& c) { return makeOption(c.call.type, &c.args[0]); }

// ---------------------------------------------------------------- Option<T>

Value Interpreter::runOptionUnwrap(StdCall& c) {
  Address tmp = holdInScratch(c.self);
  if (!optionIsSome(tmp, c.self.type)) panic("called `Option::unwrap()` on a `None` value", c.call.nameSpan);
  return readPlace(Place{optionPayload(tmp, c.self.type), receiverElem(c)}, false);
}

// expect and unwrap_or: the payload, else a panic or the default. A default
// not taken is dropped.
Value Interpreter::unwrapOptionOr(StdCall& c, bool panics) {
  Address tmp = holdInScratch(c.self);
  if (optionIsSome(tmp, c.self.type)) {
    if (!panics) dropValueNow(c.args[0]);
    return readPlace(Place{optionPayload(tmp, c.self.type), receiverElem(c)}, false);
  }
  if (panics) panic(readStr(c.args[0]), c.call.nameSpan);
  return c.args[0];
}

Value Interpreter::runOptionExpect(StdCall& c) { return unwrapOptionOr(c, true); }
Value Interpreter::runOptionUnwrapOr(StdCall& c) { return unwrapOptionOr(c, false); }

Value Interpreter::runOptionTake(StdCall& c) {
  Value old = readPlace(c.recv, false);
  Value none = makeOption(c.recv.type, nullptr);
  mem_.write(c.recv.addr, none.data(), none.size());
  return old;
}

// Some(&x) to Some(x): a copy of x (copied), or its clone (cloned).
Value Interpreter::optionOfReferent(StdCall& c, bool clone) {
  Address tmp = holdInScratch(c.self);
  if (!optionIsSome(tmp, c.self.type)) return makeOption(c.call.type, nullptr);
  Place target = deref(Place{optionPayload(tmp, c.self.type), receiverElem(c)});
  Value v = clone ? cloneValue(target.addr, target.type, c.call.nameSpan) : readPlace(target, false);
  return makeOption(c.call.type, &v);
}

Value Interpreter::runOptionCopied(StdCall& c) { return optionOfReferent(c, false); }
Value Interpreter::runOptionCloned(StdCall& c) { return optionOfReferent(c, true); }

Value Interpreter::runOptionIsSome(StdCall& c) { return makeBool(optionIsSome(c.recv.addr, c.recv.type)); }
Value Interpreter::runOptionIsNone(StdCall& c) { return makeBool(!optionIsSome(c.recv.addr, c.recv.type)); }

// ---------------------------------------------------------------- Result<T, E>

// unwrap, expect and unwrap_or: the Ok payload, else a panic with the
// error's Debug text, or the default.
Value Interpreter::unwrapResult(StdCall& c, BuiltinMethod m) {
  TypeId elem = receiverElem(c);
  const Layout& l = T_.layout(c.self.type);
  if (variantOfValue(c.self) == 0) {
    Value ok(elem, T_.layout(elem).size);
    std::memcpy(ok.data(), c.self.data() + l.payloadOffset, ok.size());
    return ok;
  }
  if (m == BuiltinMethod::ResultUnwrapOr) return c.args[0];
  std::string error = resultErrorText(T_.get(c.recv.type), T_.get(elem).kind == TypeKind::Float, c.self.data()[l.variants[1].offsets[0]]);
  if (m == BuiltinMethod::ResultExpect) panic(readStr(c.args[0]) + ": " + error, c.call.nameSpan);
  panic("called `Result::unwrap()` on an `Err` value: " + error, c.call.nameSpan);
}

Value Interpreter::runResultUnwrap(StdCall& c) { return unwrapResult(c, BuiltinMethod::ResultUnwrap); }
Value Interpreter::runResultExpect(StdCall& c) { return unwrapResult(c, BuiltinMethod::ResultExpect); }
Value Interpreter::runResultUnwrapOr(StdCall& c) { return unwrapResult(c, BuiltinMethod::ResultUnwrapOr); }

bool Interpreter::resultIsOk(const StdCall& c) {
  return variantAt(c.recv.addr, c.recv.type) == 0;
}

Value Interpreter::runResultIsOk(StdCall& c) { return makeBool(resultIsOk(c)); }
Value Interpreter::runResultIsErr(StdCall& c) { return makeBool(!resultIsOk(c)); }

}  // namespace sh
