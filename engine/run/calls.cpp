// Calls and method calls: arguments are evaluated left to right into Values
// (moving what they name), then the callee runs — a user function in a new
// frame, or a builtin of the standard library in place. An argument that
// panics drops those evaluated before it (evalOperands).
#include "run/interpreter.h"

namespace sh {

Value Interpreter::evalCall(const Expr& e) {
  switch (static_cast<Resolved>(e.resolvedKind)) {
    case Resolved::Builtin: return callBuiltin(e, static_cast<BuiltinFn>(e.resolved));
    case Resolved::CallValue: return callValue(e);
    case Resolved::UserFn: {
      std::vector<Value> args;
      if (!evalOperands(e.args, args)) return makeUnit();
      return callFunction(e.resolved, std::move(args), e.span);
    }
    case Resolved::Virtual: return callThroughFirstArgument(e);
    case Resolved::TupleStruct: {
      const Layout l = T_.layout(e.type);
      Value out(e.type, l.size);
      std::vector<Value> fields;
      if (!evalOperands(e.args, fields)) return out;
      for (size_t i = 0; i < fields.size(); ++i) std::memcpy(out.data() + l.fields[i].offset, fields[i].data(), fields[i].size());
      return out;
    }
    case Resolved::EnumVariant: {  // `Shape::Circle(1.5)`: the fields at the variant's offsets, then its tag
      auto variant = static_cast<uint32_t>(e.resolved);
      const Layout l = T_.layout(e.type);
      Value out(e.type, l.size);
      std::vector<Value> fields;
      if (!evalOperands(e.args, fields)) return out;
      for (size_t i = 0; i < fields.size(); ++i)
        std::memcpy(out.data() + l.variants[variant].offsets[i], fields[i].data(), fields[i].size());
      setVariant(out.data(), e.type, variant);
      return out;
    }
    default: SH_CHECK(false, "a call to nothing callable");
  }
  return makeUnit();
}

// A trait's method called by the trait's path on a trait object
// (`Shape::area(r)` with `r: &dyn Shape`): the first argument's vtable
// gives the function, which takes the thin pointer to the value, as a
// method call through the object does (evalMethodCall).
Value Interpreter::callThroughFirstArgument(const Expr& e) {
  std::vector<Value> args;
  if (!evalOperands(e.args, args)) return makeUnit();
  const VtableInfo& vt = p_.vtables[vtableAt(args[0].u64(8))];
  int32_t callee = vt.fns[static_cast<size_t>(vt.slotOf(e.resolved))];
  SH_CHECK(callee >= 0, "a call through a vtable slot of std's own (the checker refuses it)");
  Value thin(p_.fns[callee].paramTypes[0], 8);
  thin.setU64(0, args[0].u64(0));
  args[0] = std::move(thin);
  return callFunction(callee, std::move(args), e.span);
}

// Evaluates `operands` left to right after the values `out` holds already
// (a method's receiver), each while holding those before it (evalHolding).
// False when a `break`, `continue` or `return` left one of them.
bool Interpreter::evalOperands(const std::vector<ExprPtr>& operands, std::vector<Value>& out) {
  for (const auto& a : operands) {
    Value v = evalHolding(*a, out);
    if (flow_ != Flow::Normal) return false;
    out.push_back(std::move(v));
  }
  return true;
}

Value Interpreter::evalMethodCall(const Expr& e) {
  if (static_cast<Resolved>(e.resolvedKind) == Resolved::Method && static_cast<BuiltinMethod>(e.resolved) == BuiltinMethod::RangeRev &&
      keptAdapter(T_.keptIter(e.type)))  // `(1..=n).rev()` kept: std's Rev around the range
    return makeKeptAdapter(e);
  if (static_cast<Resolved>(e.resolvedKind) == Resolved::Method &&
      stdMethod(static_cast<BuiltinMethod>(e.resolved)).receiver == StdReceiver::Iter && !readsKeptIterator(e))
    return keptAdapter(T_.keptIter(e.type)) ? makeKeptAdapter(e) : callIteratorConsumer(e, static_cast<BuiltinMethod>(e.resolved));
  if (e.receiverMode == static_cast<uint8_t>(ReceiverMode::ByRef)) notePromotedTemporary(*e.operand);  // `[1, 2].iter()`
  Place recv = evalPlace(*e.operand);
  if (flow_ != Flow::Normal) return makeUnit();  // `o?.len()` with o None: nothing to dereference
  recv = followDerefs(recv, e.derefs);
  Value receiverValue;
  int32_t callee = e.resolved;
  if (static_cast<Resolved>(e.resolvedKind) == Resolved::Virtual) {
    // A trait object: the function is the vtable's, and it takes a thin
    // `&Concrete`, or for `self: Box<Self>` the `Box<dyn Trait>` moved in as
    // a thin `Box<Concrete>`.
    Address data = recv.addr;
    uint64_t vtable = recv.meta;
    if (e.receiverMode == 0) {
      Value boxed = readPlace(recv, true);
      data = boxed.u64(0);
      vtable = boxed.u64(8);
    }
    const VtableInfo& vt = p_.vtables[vtableAt(vtable)];
    callee = vt.fns[static_cast<size_t>(vt.slotOf(e.resolved))];
    SH_CHECK(callee >= 0, "a call through a vtable slot of std's own (the checker refuses it)");
    receiverValue = Value(p_.fns[callee].paramTypes[0], 8);
    receiverValue.setU64(0, data);
  } else if (e.receiverMode == 0) {
    receiverValue = readPlace(recv, true);
  } else {
    receiverValue = Value(e.receiverType, T_.isUnsized(recv.type) ? 16 : 8);
    receiverValue.setU64(0, recv.addr);
    if (T_.isUnsized(recv.type)) receiverValue.setU64(8, recv.meta);
  }
  if (static_cast<Resolved>(e.resolvedKind) == Resolved::UserFn || static_cast<Resolved>(e.resolvedKind) == Resolved::Virtual) {
    std::vector<Value> args{receiverValue};
    if (!evalOperands(e.args, args)) return makeUnit();
    return callFunction(callee, std::move(args), e.span, e.nameSpan);
  }
  return callMethod(e, static_cast<BuiltinMethod>(e.resolved), recv, receiverValue);
}

}  // namespace sh
