// Calls and method calls: arguments are evaluated left to right into Values
// (moving what they name), then the callee runs — a user function in a new
// frame, or a builtin of the standard library in place.
#include "run/interpreter.h"

namespace sh {

Value Interpreter::evalCall(const Expr& e) {
  switch (static_cast<Resolved>(e.resolvedKind)) {
    case Resolved::Builtin: return callBuiltin(e, static_cast<BuiltinFn>(e.resolved));
    case Resolved::UserFn: {
      std::vector<Value> args;
      for (const auto& a : e.args) {
        args.push_back(eval(*a));
        if (flow_ != Flow::Normal) return makeUnit();
      }
      return callFunction(e.resolved, std::move(args), e.span);
    }
    case Resolved::TupleStruct: {
      const Layout l = T_.layout(e.type);
      Value out(e.type, l.size);
      for (size_t i = 0; i < e.args.size(); ++i) {
        Value v = eval(*e.args[i]);
        if (flow_ != Flow::Normal) return out;
        std::memcpy(out.data() + l.fields[i].offset, v.data(), v.size());
      }
      return out;
    }
    default: SH_CHECK(false, "a call to nothing callable");
  }
  return makeUnit();
}

Value Interpreter::evalMethodCall(const Expr& e) {
  if (T_.get(e.operand->type).kind == TypeKind::Iter) {  // count, nth: the iterator is walked, not evaluated
    std::vector<Value> items = iteratorItems(*e.operand);
    auto m = static_cast<BuiltinMethod>(e.resolved);
    if (m == BuiltinMethod::IterCount) return makeInt(T_.usize(), static_cast<__int128>(items.size()));
    if (m == BuiltinMethod::IterSum) {
      Value total = makeInt(e.type, 0);
      for (const Value& item : items) total = arithmetic(BinaryOp::Add, total, item, e.nameSpan);
      return total;
    }
    if (m == BuiltinMethod::IterMax || m == BuiltinMethod::IterMin) {
      const Value* best = nullptr;
      std::vector<Address> at;
      for (const Value& item : items) at.push_back(materialize(item));
      for (size_t i = 0; i < items.size(); ++i) {
        int c = best ? compareValues(Place{at[i], items[i].type}, Place{at[best - items.data()], best->type}) : 0;
        if (!best || (m == BuiltinMethod::IterMax ? c >= 0 : c < 0)) best = &items[i];
      }
      return best ? makeOption(e.type, best) : makeOption(e.type, nullptr);
    }
    Value n = eval(*e.args[0]);
    return n.u64() < items.size() ? makeOption(e.type, &items[n.u64()]) : makeOption(e.type, nullptr);
  }
  Place recv = followDerefs(evalPlace(*e.operand), e.derefs);
  if (flow_ != Flow::Normal) return makeUnit();
  Value receiverValue;
  if (e.receiverMode == 0) {
    receiverValue = readPlace(recv, true);
  } else {
    receiverValue = Value(T_.refTo(recv.type, e.receiverMode == 2), 8);
    receiverValue.setU64(0, recv.addr);
  }
  if (static_cast<Resolved>(e.resolvedKind) == Resolved::UserFn) {
    std::vector<Value> args{receiverValue};
    for (const auto& a : e.args) {
      args.push_back(eval(*a));
      if (flow_ != Flow::Normal) return makeUnit();
    }
    return callFunction(e.resolved, std::move(args), e.span);
  }
  return callMethod(e, static_cast<BuiltinMethod>(e.resolved), recv, receiverValue);
}

}  // namespace sh
