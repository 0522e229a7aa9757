// Option<T> and Result<T, E>: unwrapping with Rust's panic messages
// ("called `Option::unwrap()` on a `None` value"), and Some(x).
//
// By-value methods get the receiver moved out (StdCall::self) and hold it in
// a scratch slot while they look inside, so the payload they return is read
// from simulated memory like any other value. A Result's error is a kind
// the error's own value (ParseIntError is std's struct of one kind byte),
// printed by its Debug. One function per row of
// check/std_methods.def and check/std_fns.def, named run<Row>.
#include <optional>

#include "run/interpreter.h"

namespace sh {

// A Result std makes: Ok(*ok), or Err with a parse error of kind
// `errorKind` (ParseIntError and ParseFloatError are one enum byte).
Value Interpreter::makeResult(TypeId resultType, const Value* ok, uint8_t errorKind) {
  const Layout& l = T_.layout(resultType);
  Value r(resultType, l.size);
  if (ok) std::memcpy(r.data() + l.payloadOffset, ok->data(), ok->size());
  else r.data()[l.variants[1].offsets[0]] = errorKind;
  setVariant(r.data(), resultType, ok ? 0 : 1);
  return r;
}

// `Ok(x)` and `Err(e)`: the payload at its variant's place, then the tag.
Value Interpreter::makeResultVariant(TypeId resultType, uint32_t variant, const Value& payload) {
  const Layout& l = T_.layout(resultType);
  Value r(resultType, l.size);
  std::memcpy(r.data() + l.variants[variant].offsets[0], payload.data(), payload.size());
  setVariant(r.data(), resultType, variant);
  return r;
}

Value Interpreter::runOk(StdCall& c) { return makeResultVariant(c.call.type, 0, c.args[0]); }
Value Interpreter::runErr(StdCall& c) { return makeResultVariant(c.call.type, 1, c.args[0]); }

Value Interpreter::runSome(StdCall& c) { return makeOption(c.call.type, &c.args[0]); }
Value Interpreter::runOptionFrom(StdCall& c) { return makeOption(c.call.type, &c.args[0]); }  // std's From<T>: Some

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

// replace(v): the option becomes Some(v); what it held is returned.
Value Interpreter::runOptionReplace(StdCall& c) {
  Value old = readPlace(c.recv, false);
  Value some = makeOption(c.recv.type, &c.args[0]);
  mem_.write(c.recv.addr, some.data(), some.size());
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
Value Interpreter::runOptionUnwrapOrDefault(StdCall& c) {
  Address tmp = holdInScratch(c.self);
  if (optionIsSome(tmp, c.self.type)) return readPlace(Place{optionPayload(tmp, c.self.type), receiverElem(c)}, false);
  return defaultValue(receiverElem(c));
}

// ok_or(err): Ok with the payload (the error given is dropped), or Err(err).
Value Interpreter::runOptionOkOr(StdCall& c) {
  Address tmp = holdInScratch(c.self);
  if (!optionIsSome(tmp, c.self.type)) return makeResultVariant(c.call.type, 1, c.args[0]);
  dropValueNow(c.args[0]);
  return makeResultVariant(c.call.type, 0, readPlace(Place{optionPayload(tmp, c.self.type), receiverElem(c)}, false));
}

Value Interpreter::runOptionIsSome(StdCall& c) { return makeBool(optionIsSome(c.recv.addr, c.recv.type)); }
Value Interpreter::runOptionIsNone(StdCall& c) { return makeBool(!optionIsSome(c.recv.addr, c.recv.type)); }

// ---------------------------------------------------------------- Result<T, E>

// The place of the payload of the Result of type `result` at `at`, Ok's or
// Err's as it holds.
Place Interpreter::resultPayload(Address at, TypeId result) {
  uint32_t variant = variantAt(at, result);
  return Place{at + T_.layout(result).variants[variant].offsets[0], T_.get(result).args[variant]};
}

// The payload of variant `wanted` (Ok is 0, Err 1) of a by-value Result:
// moved out, the other variant's payload dropped. Without it: nullopt, and
// the Result, held in scratch memory at *held, still owns its payload.
std::optional<Value> Interpreter::takeResultPayload(StdCall& c, uint32_t wanted, Address* held) {
  Address tmp = holdInScratch(c.self);
  *held = tmp;
  if (variantAt(tmp, c.self.type) == wanted) return readPlace(resultPayload(tmp, c.self.type), false);
  return std::nullopt;
}

// The Debug text of the payload a failed unwrap reports.
std::string Interpreter::resultPayloadText(const StdCall& c, Address held) {
  FormatSpec debug;
  debug.trait = FormatTrait::Debug;
  return renderValue(resultPayload(held, c.self.type), debug);
}

// unwrap and expect (of Ok), unwrap_err and expect_err (of Err): the
// payload, else a panic with the other payload's Debug text (std's
// unwrap_failed owns that payload: it is dropped as the panic unwinds).
Value Interpreter::unwrapResult(StdCall& c, uint32_t wanted, const char* method) {
  Address held;
  if (std::optional<Value> v = takeResultPayload(c, wanted, &held)) return *v;
  std::string other = resultPayloadText(c, held);
  std::string message = !c.args.empty() ? readStr(c.args[0]) + ": " + other
                                        : std::string("called `Result::") + method + "()` on " +
                                              (wanted == 0 ? "an `Err`" : "an `Ok`") + " value: " + other;
  panicDropping(Panic{message, c.call.nameSpan, {}}, held, c.self.type);
}

Value Interpreter::runResultUnwrap(StdCall& c) { return unwrapResult(c, 0, "unwrap"); }
Value Interpreter::runResultExpect(StdCall& c) { return unwrapResult(c, 0, "expect"); }
Value Interpreter::runResultUnwrapErr(StdCall& c) { return unwrapResult(c, 1, "unwrap_err"); }
Value Interpreter::runResultExpectErr(StdCall& c) { return unwrapResult(c, 1, "expect_err"); }

// unwrap_or(default), unwrap_or_default(): the Ok payload (a default not
// taken is dropped), else the default (the error is dropped).
Value Interpreter::runResultUnwrapOr(StdCall& c) {
  Address held;
  std::optional<Value> v = takeResultPayload(c, 0, &held);
  if (v) {
    dropValueNow(c.args[0]);
    return *v;
  }
  dropValue(held, c.self.type);
  return c.args[0];
}

Value Interpreter::runResultUnwrapOrDefault(StdCall& c) {
  Address held;
  if (std::optional<Value> v = takeResultPayload(c, 0, &held)) return *v;
  dropValue(held, c.self.type);
  return defaultValue(receiverElem(c));
}

// ok() and err(): Some of that payload, else None (the other is dropped).
Value Interpreter::resultToOption(StdCall& c, uint32_t wanted) {
  Address held;
  std::optional<Value> v = takeResultPayload(c, wanted, &held);
  if (!v) dropValue(held, c.self.type);
  return makeOption(c.call.type, v ? &*v : nullptr);
}

// flatten: the inner Option moved out of the outer one's payload, or None.
Value Interpreter::runOptionFlatten(StdCall& c) {
  Address tmp = holdInScratch(c.self);
  if (!optionIsSome(tmp, c.self.type)) return makeOption(c.call.type, nullptr);
  return readPlace(Place{optionPayload(tmp, c.self.type), receiverElem(c)}, false);
}

// Option<Result<T, E>>::transpose: None is Ok(None), Some(Ok(x)) is
// Ok(Some(x)), Some(Err(e)) is Err(e).
Value Interpreter::runOptionTranspose(StdCall& c) {
  Address tmp = holdInScratch(c.self);
  TypeId okOption = T_.get(c.call.type).args[0];
  if (!optionIsSome(tmp, c.self.type)) return makeResultVariant(c.call.type, 0, makeOption(okOption, nullptr));
  TypeId result = receiverElem(c);
  Address inner = optionPayload(tmp, c.self.type);
  Value payload = readPlace(resultPayload(inner, result), false);
  if (variantAt(inner, result) == 1) return makeResultVariant(c.call.type, 1, payload);
  return makeResultVariant(c.call.type, 0, makeOption(okOption, &payload));
}

// Result<Option<T>, E>::transpose: Ok(None) is None, Ok(Some(x)) is
// Some(Ok(x)), Err(e) is Some(Err(e)).
Value Interpreter::runResultTranspose(StdCall& c) {
  Address tmp = holdInScratch(c.self);
  TypeId result = T_.get(c.call.type).args[0];
  Place payload = resultPayload(tmp, c.self.type);
  if (variantAt(tmp, c.self.type) == 1) {
    Value err = makeResultVariant(result, 1, readPlace(payload, false));
    return makeOption(c.call.type, &err);
  }
  if (!optionIsSome(payload.addr, payload.type)) return makeOption(c.call.type, nullptr);
  Value ok = makeResultVariant(result, 0, readPlace(Place{optionPayload(payload.addr, payload.type), T_.get(payload.type).args[0]}, false));
  return makeOption(c.call.type, &ok);
}

// as_ref and as_mut: Ok or Err of a reference to the payload in place.
Value Interpreter::runResultAsRef(StdCall& c) {
  uint32_t variant = variantAt(c.recv.addr, c.recv.type);
  Value ref(T_.get(c.call.type).args[variant], 8);
  ref.setU64(0, resultPayload(c.recv.addr, c.recv.type).addr);
  return makeResultVariant(c.call.type, variant, ref);
}
Value Interpreter::runResultAsMut(StdCall& c) { return runResultAsRef(c); }

Value Interpreter::runResultOk(StdCall& c) { return resultToOption(c, 0); }
Value Interpreter::runResultErr(StdCall& c) { return resultToOption(c, 1); }

bool Interpreter::resultIsOk(const StdCall& c) {
  return variantAt(c.recv.addr, c.recv.type) == 0;
}

Value Interpreter::runResultIsOk(StdCall& c) { return makeBool(resultIsOk(c)); }
Value Interpreter::runResultIsErr(StdCall& c) { return makeBool(!resultIsOk(c)); }

}  // namespace sh
