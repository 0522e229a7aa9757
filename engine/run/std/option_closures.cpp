// Option's and Result's methods that take a closure (map, and_then,
// unwrap_or_else, map_err, ...), and bool's then and then_some, which make
// an Option: each calls it at most once, with the payload it moves out, and
// what it does not use (the closure, a default, the other variant's
// payload) is dropped as std's body drops it, after the call. One function
// per row of check/std_methods.def.
#include "run/interpreter.h"

namespace sh {

// The payload of a by-value Option or Result and which variant holds it
// (Option: 1 is Some; Result: 0 is Ok, 1 is Err), moved out.
Value Interpreter::payloadOf(const Value& v, uint32_t* variant) {
  *variant = variantOfValue(v);
  const Type& t = T_.get(v.type);
  const Layout& l = T_.layout(v.type);
  TypeId type = t.kind == TypeKind::Option ? t.args[0] : t.args[*variant];
  uint64_t offset = t.kind == TypeKind::Option ? l.payloadOffset : l.variants[*variant].offsets[0];
  Value p(type, T_.layout(type).size);
  if (t.kind != TypeKind::Option || *variant == 1) std::memcpy(p.data(), v.data() + offset, p.size());
  return p;
}

// Calls the closure argument `i` with args, or just drops it; the other
// closure arguments are dropped after (std's parameters, at its end).
Value Interpreter::callArgument(StdCall& c, size_t i, std::vector<Value> args) {
  HeldCallable f = holdCallable(c.args[i]);
  Value r = callHeld(f, std::move(args), c.call.nameSpan);
  releaseCallable(f);
  return r;
}

void Interpreter::dropArgument(StdCall& c, size_t i) { dropValueNow(std::move(c.args[i])); }

// ---------------------------------------------------------------- bool

// then: Some of what the closure returns when self is true; the closure
// is dropped uncalled when it is false (core::bool: `if self { Some(f()) }
// else { None }`).
Value Interpreter::runBoolThen(StdCall& c) {
  if (!c.self.data()[0]) {
    dropArgument(c, 0);
    return makeOption(c.call.type, nullptr);
  }
  Value r = callArgument(c, 0, {});
  return makeOption(c.call.type, &r);
}

// then_some: Some of the argument when self is true; else it is dropped.
Value Interpreter::runBoolThenSome(StdCall& c) {
  if (!c.self.data()[0]) {
    dropArgument(c, 0);
    return makeOption(c.call.type, nullptr);
  }
  return makeOption(c.call.type, &c.args[0]);
}

// ---------------------------------------------------------------- Option<T>

// as_ref and as_mut: Some of a reference to the payload in place.
Value Interpreter::runOptionAsRef(StdCall& c) {
  bool some = optionIsSome(c.recv.addr, c.recv.type);
  return optionRefTo(c, some, some ? optionPayload(c.recv.addr, c.recv.type) : 0);
}
Value Interpreter::runOptionAsMut(StdCall& c) { return runOptionAsRef(c); }

// as_deref: a reference to what the payload derefs to (a String's or a
// Vec's buffer with its length, or what a Box, an Rc or a reference points
// at), in Some; None stays None.
Value Interpreter::runOptionAsDeref(StdCall& c) {
  if (!optionIsSome(c.recv.addr, c.recv.type)) return makeOption(c.call.type, nullptr);
  TypeId payloadType = T_.get(c.recv.type).args[0];
  Address payload = optionPayload(c.recv.addr, c.recv.type);
  TypeId ref = T_.get(c.call.type).args[0];
  Value r(ref, T_.layout(ref).size);
  TypeKind k = T_.get(payloadType).kind;
  if (k == TypeKind::String || k == TypeKind::Vec) {
    r.setU64(0, mem_.readU64(payload + VecHeader::ptr));
    r.setU64(8, mem_.readU64(payload + VecHeader::len));
  } else {
    Place target = deref(Place{payload, payloadType});
    r.setU64(0, target.addr);
    if (T_.isUnsized(target.type)) r.setU64(8, target.meta);
  }
  return makeOption(c.call.type, &r);
}
Value Interpreter::runOptionAsDerefMut(StdCall& c) { return runOptionAsDeref(c); }

// map wraps the closure's result in Some; and_then returns it as it is.
Value Interpreter::mapOptionPayload(StdCall& c, bool wrap) {
  uint32_t some;
  Value x = payloadOf(c.self, &some);
  if (some != 1) {
    dropArgument(c, 0);
    return makeOption(c.call.type, nullptr);
  }
  Value r = callArgument(c, 0, {x});
  return wrap ? makeOption(c.call.type, &r) : r;
}

Value Interpreter::runOptionMap(StdCall& c) { return mapOptionPayload(c, true); }
Value Interpreter::runOptionAndThen(StdCall& c) { return mapOptionPayload(c, false); }

Value Interpreter::runOptionUnwrapOrElse(StdCall& c) {
  uint32_t some;
  Value x = payloadOf(c.self, &some);
  if (some == 1) {
    dropArgument(c, 0);
    return x;
  }
  return callArgument(c, 0, {});
}

Value Interpreter::runOptionMapOr(StdCall& c) {
  uint32_t some;
  Value x = payloadOf(c.self, &some);
  if (some != 1) {
    dropArgument(c, 1);
    return c.args[0];
  }
  Value r = callArgument(c, 1, {x});
  dropArgument(c, 0);
  return r;
}

Value Interpreter::runOptionMapOrElse(StdCall& c) {
  uint32_t some;
  Value x = payloadOf(c.self, &some);
  if (some != 1) {
    Value r = callArgument(c, 0, {});
    dropArgument(c, 1);
    return r;
  }
  Value r = callArgument(c, 1, {x});
  dropArgument(c, 0);
  return r;
}

Value Interpreter::runOptionOkOrElse(StdCall& c) {
  uint32_t some;
  Value x = payloadOf(c.self, &some);
  if (some == 1) {
    dropArgument(c, 0);
    return makeResultVariant(c.call.type, 0, x);
  }
  return makeResultVariant(c.call.type, 1, callArgument(c, 0, {}));
}

// filter: the payload is dropped when the predicate says no.
Value Interpreter::runOptionFilter(StdCall& c) {
  uint32_t some;
  Value x = payloadOf(c.self, &some);
  if (some != 1) {
    dropArgument(c, 0);
    return makeOption(c.call.type, nullptr);
  }
  HeldCallable f = holdCallable(c.args[0]);
  bool keep = callPredicate(f, x, c.call.nameSpan);
  releaseCallable(f);
  if (keep) return makeOption(c.call.type, &x);
  dropValueNow(std::move(x));
  return makeOption(c.call.type, nullptr);
}

Value Interpreter::runOptionIsSomeAnd(StdCall& c) {
  uint32_t some;
  Value x = payloadOf(c.self, &some);
  if (some != 1) {
    dropArgument(c, 0);
    return makeBool(false);
  }
  return callArgument(c, 0, {x});
}

Value Interpreter::runOptionOrElse(StdCall& c) {
  uint32_t some;
  payloadOf(c.self, &some);
  if (some == 1) {
    dropArgument(c, 0);
    return c.self;
  }
  return callArgument(c, 0, {});
}

// or, xor, and, zip: std's matches on self and the other option; what no
// arm keeps is dropped, self before the other (zip's and xor's tuple).
Value Interpreter::runOptionOr(StdCall& c) {
  if (variantOfValue(c.self) != 1) return c.args[0];
  dropArgument(c, 0);
  return c.self;
}

Value Interpreter::runOptionXor(StdCall& c) {
  bool mine = variantOfValue(c.self) == 1, other = variantOfValue(c.args[0]) == 1;
  if (mine != other) return mine ? c.self : c.args[0];
  dropValueNow(c.self);
  dropArgument(c, 0);
  return makeOption(c.call.type, nullptr);
}

Value Interpreter::runOptionAnd(StdCall& c) {
  if (variantOfValue(c.self) == 1) {
    dropValueNow(c.self);
    return c.args[0];
  }
  dropArgument(c, 0);
  return makeOption(c.call.type, nullptr);
}

Value Interpreter::runOptionZip(StdCall& c) {
  uint32_t mine, other;
  Value a = payloadOf(c.self, &mine), b = payloadOf(c.args[0], &other);
  if (mine == 1 && other == 1) {
    Value pair = pairOf(T_.get(c.call.type).args[0], a, b);
    return makeOption(c.call.type, &pair);
  }
  dropValueNow(c.self);
  dropArgument(c, 0);
  return makeOption(c.call.type, nullptr);
}

Value Interpreter::runOptionIsNoneOr(StdCall& c) {
  uint32_t some;
  Value x = payloadOf(c.self, &some);
  if (some == 1) return callArgument(c, 0, {x});
  dropArgument(c, 0);
  return makeBool(true);
}

// take_if: the predicate is given `&mut` the payload in place; true takes it.
Value Interpreter::runOptionTakeIf(StdCall& c) {
  if (!optionIsSome(c.recv.addr, c.recv.type)) {
    dropArgument(c, 0);
    return makeOption(c.call.type, nullptr);
  }
  HeldCallable f = holdCallable(c.args[0]);
  Value payload(paramOf(f, 0), 8);
  payload.setU64(0, optionPayload(c.recv.addr, c.recv.type));
  bool taken = callHeld(f, {payload}, c.call.nameSpan).data()[0] != 0;
  releaseCallable(f);
  return taken ? runOptionTake(c) : makeOption(c.call.type, nullptr);
}

// insert(v): `*self = Some(v)`, what it held dropped first; get_or_insert(v)
// and get_or_insert_with(f): v, or f's value, put in only when None (an
// unused v dropped). Each gives `&mut` the payload in place.
Value Interpreter::runOptionInsert(StdCall& c) {
  dropValueNow(readPlace(c.recv, false));
  Value some = makeOption(c.recv.type, &c.args[0]);
  mem_.write(c.recv.addr, some.data(), some.size());
  return referenceToPayload(c);
}

Value Interpreter::runOptionGetOrInsert(StdCall& c) {
  if (optionIsSome(c.recv.addr, c.recv.type)) {
    dropArgument(c, 0);
    return referenceToPayload(c);
  }
  Value some = makeOption(c.recv.type, &c.args[0]);
  mem_.write(c.recv.addr, some.data(), some.size());
  return referenceToPayload(c);
}

Value Interpreter::runOptionGetOrInsertWith(StdCall& c) {
  if (optionIsSome(c.recv.addr, c.recv.type)) {
    dropArgument(c, 0);
    return referenceToPayload(c);
  }
  Value v = callArgument(c, 0, {});
  Value some = makeOption(c.recv.type, &v);
  mem_.write(c.recv.addr, some.data(), some.size());
  return referenceToPayload(c);
}

Value Interpreter::referenceToPayload(const StdCall& c) {
  Value r(c.call.type, 8);
  r.setU64(0, optionPayload(c.recv.addr, c.recv.type));
  return r;
}

// ---------------------------------------------------------------- Result<T, E>

// map and map_err, and_then and or_else: the variant a closure is for is
// given to it; the other keeps its payload under the result's type.
Value Interpreter::mapResultVariant(StdCall& c, uint32_t wanted, bool wrap) {
  uint32_t variant;
  Value x = payloadOf(c.self, &variant);
  if (variant != wanted) {
    dropArgument(c, 0);
    return makeResultVariant(c.call.type, variant, x);
  }
  Value r = callArgument(c, 0, {x});
  return wrap ? makeResultVariant(c.call.type, wanted, r) : r;
}

Value Interpreter::runResultMap(StdCall& c) { return mapResultVariant(c, 0, true); }
Value Interpreter::runResultMapErr(StdCall& c) { return mapResultVariant(c, 1, true); }
Value Interpreter::runResultAndThen(StdCall& c) { return mapResultVariant(c, 0, false); }
Value Interpreter::runResultOrElse(StdCall& c) { return mapResultVariant(c, 1, false); }

Value Interpreter::runResultUnwrapOrElse(StdCall& c) {
  uint32_t variant;
  Value x = payloadOf(c.self, &variant);
  if (variant == 0) {
    dropArgument(c, 0);
    return x;
  }
  return callArgument(c, 0, {x});
}

Value Interpreter::runResultMapOr(StdCall& c) {
  uint32_t variant;
  Value x = payloadOf(c.self, &variant);
  if (variant != 0) {
    dropValueNow(std::move(x));
    dropArgument(c, 1);
    return c.args[0];
  }
  Value r = callArgument(c, 1, {x});
  dropArgument(c, 0);
  return r;
}

// is_ok_and and is_err_and: the other variant's payload is dropped.
Value Interpreter::resultVariantAnd(StdCall& c, uint32_t wanted) {
  uint32_t variant;
  Value x = payloadOf(c.self, &variant);
  if (variant != wanted) {
    dropValueNow(std::move(x));
    dropArgument(c, 0);
    return makeBool(false);
  }
  return callArgument(c, 0, {x});
}

Value Interpreter::runResultIsOkAnd(StdCall& c) { return resultVariantAnd(c, 0); }
Value Interpreter::runResultIsErrAnd(StdCall& c) { return resultVariantAnd(c, 1); }

}  // namespace sh
