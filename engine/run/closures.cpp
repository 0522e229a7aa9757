// Closures at run time: a closure value is its environment struct (check/
// resolve_closures.cpp); calling it runs its body's function with the
// environment as the first argument, by reference (Fn, FnMut) or by value
// (FnOnce). In the body, each capture is the captured variable itself: an
// alias of its place (through the environment's reference for a capture by
// reference), never drawn twice; a value an FnOnce closure takes is a
// variable of its frame, dropped there unless the body moves it on.
#include "run/interpreter.h"

namespace sh {

// `f(args)` where f is a closure, or a reference to one, or a generic
// parameter an instance made a closure, or a function named as a value.
Value Interpreter::callValue(const Expr& e) {
  Place callee = evalPlace(*e.operand);
  if (flow_ != Flow::Normal) return makeUnit();
  while (T_.derefTarget(callee.type) != kNoType) callee = deref(callee);
  callee = concretePlace(callee);  // a `Box<dyn Fn>`'s closure, by its vtable
  if (T_.get(callee.type).kind == TypeKind::FnPtr) {
    Address fn = mem_.readU64(callee.addr);
    std::vector<Value> args;
    if (!evalOperands(e.args, args)) return makeUnit();
    return callFnPointer(fn, std::move(args), e.span);
  }
  int32_t closure = T_.closureOf(callee.type);
  SH_CHECK(closure >= 0, "calling a value that is not a closure");
  const ClosureInfo& c = p_.closures[closure];
  const FnInfo& body = p_.fns[c.fn];
  // A closure called by value (through FnOnce) but whose body takes its
  // environment by reference is moved into the call and dropped after it.
  bool consumed = e.receiverMode == 0 && !T_.isCopy(callee.type);
  Address held = 0;
  std::vector<Value> args;
  if (c.kind == ClosureKind::FnOnce && !c.fnItem) {
    args.push_back(readPlace(callee, true));
  } else if (!c.fnItem) {  // a function named as a value takes no environment
    if (consumed) held = holdInScratch(readPlace(callee, true));
    Value env(body.paramTypes[0], 8);
    env.setU64(0, consumed ? held : callee.addr);
    args.push_back(env);
  }
  if (!evalOperands(e.args, args)) return makeUnit();
  Value result = callFunction(c.fn, std::move(args), e.span);
  if (consumed && c.kind != ClosureKind::FnOnce) dropValue(held, callee.type);
  return result;
}

// The captures of the closure whose body `fn` is, at the start of its call.
void Interpreter::bindClosureEnvironment(const FnInfo& fn, const Value& env) {
  const ClosureInfo& c = p_.closures[fn.closure];
  TypeId envType = c.kind == ClosureKind::FnOnce ? fn.paramTypes[0] : T_.get(fn.paramTypes[0]).args[0];
  const Layout& layout = T_.layout(envType);
  Address base;
  if (c.kind == ClosureKind::FnOnce) base = slots_[declareSlotHolding(-1, "", env, true)].addr;
  else base = env.u64(0);
  for (size_t i = 0; i < c.captures.size(); ++i) {
    const Capture& cap = c.captures[i];
    const FieldLayout& field = layout.fields[i];
    TypeId type = fn.locals[cap.inner].type;
    if (cap.mode == CaptureMode::Ref || cap.mode == CaptureMode::RefMut) {
      declareAlias(cap.inner, cap.name, type, mem_.readU64(base + field.offset));
    } else if (c.kind == ClosureKind::FnOnce) {
      declareSlotHolding(cap.inner, cap.name, readPlace(Place{base + field.offset, type}, true));
    } else {
      declareAlias(cap.inner, cap.name, type, base + field.offset);
    }
  }
}

}  // namespace sh
