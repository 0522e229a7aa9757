// Operators on the learner's types and on generic parameters: `a + b` is
// `Add::add(a, b)`, `a += b` is `AddAssign::add_assign(&mut a, b)`, `-a` is
// `Neg::neg(a)`, `a == b` / `a < b` on a type with the learner's own
// `impl PartialEq` / `impl PartialOrd` call its `eq` / `partial_cmp`, and
// `*a` on a type with the learner's `impl Deref` is `*Deref::deref(&a)`.
//
// On a primitive, the checker types operators itself (resolve_expr.cpp) and
// the interpreter computes them; here the operator resolves to a function,
// recorded on the expression as a call (Resolved::UserFn) so the
// interpreter calls it with the operands, and on a parameter to what its
// bounds promise (`T: Add<Output = T>`).
#include "check/resolver.h"

namespace sh {

namespace {

StdTrait operatorTrait(BinaryOp op, bool assigns) {
  switch (op) {
    case BinaryOp::Add: return assigns ? StdTrait::AddAssign : StdTrait::Add;
    case BinaryOp::Sub: return assigns ? StdTrait::SubAssign : StdTrait::Sub;
    case BinaryOp::Mul: return assigns ? StdTrait::MulAssign : StdTrait::Mul;
    case BinaryOp::Div: return assigns ? StdTrait::DivAssign : StdTrait::Div;
    case BinaryOp::Rem: return assigns ? StdTrait::RemAssign : StdTrait::Rem;
    default: return StdTrait::None;
  }
}

const char* operatorMethod(StdTrait t) {
  switch (t) {
    case StdTrait::Add: return "add";
    case StdTrait::Sub: return "sub";
    case StdTrait::Mul: return "mul";
    case StdTrait::Div: return "div";
    case StdTrait::Rem: return "rem";
    case StdTrait::AddAssign: return "add_assign";
    case StdTrait::SubAssign: return "sub_assign";
    case StdTrait::MulAssign: return "mul_assign";
    case StdTrait::DivAssign: return "div_assign";
    case StdTrait::RemAssign: return "rem_assign";
    case StdTrait::Neg: return "neg";
    case StdTrait::Not: return "not";
    case StdTrait::PartialEq: return "eq";
    case StdTrait::PartialOrd: return "partial_cmp";
    case StdTrait::Deref: return "deref";
    case StdTrait::DerefMut: return "deref_mut";
    case StdTrait::Index: return "index";
    case StdTrait::IndexMut: return "index_mut";
    default: return "";
  }
}

}  // namespace

// Whether the operator's left operand is a type whose operators are traits
// the learner implements or bounds: a struct, an enum, a parameter, or a
// reference to a struct or an enum.
bool Resolver::overloadsOperators(TypeId t) const {
  const Type& k = T_.get(T_.resolve(t));
  if (k.kind == TypeKind::Ref) {  // `&a + &b` with `impl Add for &Big`
    TypeKind target = T_.get(T_.resolve(k.args[0])).kind;
    return target == TypeKind::Struct || target == TypeKind::Enum;
  }
  return k.kind == TypeKind::Struct || k.kind == TypeKind::Enum || k.kind == TypeKind::Param ||
         k.kind == TypeKind::Projection;
}

// The impl (or bound) of an operator trait for `self` whose right-hand side
// `rhs` can be (kNoType: any), as the function to call; false if none.
bool Resolver::pickOperator(TypeId self, StdTrait which, TypeId rhs, MethodPick* out, TypeId* rhsType) {
  int32_t trait = stdTrait(which);
  self = T_.resolve(self);
  if (T_.get(self).kind == TypeKind::Param || T_.get(self).kind == TypeKind::Projection) {
    if (T_.get(self).kind == TypeKind::Projection) return false;
    for (const TraitRef& b : allBoundsOf(self))
      if (b.trait == trait) {
        *out = pickTraitDecl(self, b, out_.traits[trait].findMethod(operatorMethod(which)));
        *rhsType = b.args.empty() ? self : b.args[0];
        return true;
      }
    return false;
  }
  for (size_t i = 0; i < out_.impls.size(); ++i) {
    const ImplInfo& impl = out_.impls[i];
    if (impl.trait.trait != trait) continue;
    std::vector<TypeId> args(impl.typeParams.size(), kNoType);
    if (!matchType(impl.self, self, impl.typeParams, args)) continue;
    if (rhs != kNoType && !impl.trait.args.empty() && !matchType(impl.trait.args[0], rhs, impl.typeParams, args)) continue;
    if (!pickFromImpl(static_cast<int32_t>(i), self, args, operatorMethod(which), false, out)) continue;
    *rhsType = impl.trait.args.empty() ? self : T_.subst(impl.trait.args[0], impl.typeParams, out->args);
    return true;
  }
  return false;
}

// How many of the learner's impls of an operator's trait have `self` on
// the left (a parameter's bounds count as one).
int Resolver::operatorImplCount(TypeId self, StdTrait which) {
  self = T_.resolve(self);
  if (T_.get(self).kind == TypeKind::Param) return 1;
  int count = 0;
  for (const ImplInfo& impl : out_.impls) {
    std::vector<TypeId> args(impl.typeParams.size(), kNoType);
    count += impl.trait.trait == stdTrait(which) && matchType(impl.self, self, impl.typeParams, args);
  }
  return count;
}

// `a + b`, `a += b` with a struct, enum or parameter on the left.
TypeId Resolver::checkOverloadedOperator(Expr& e, TypeId lhs) {
  bool assigns = e.kind == ExprKind::CompoundAssign;
  StdTrait which = operatorTrait(e.binaryOp, assigns);
  MethodPick pick;
  TypeId rhsType = kNoType;
  TypeId rhs = kNoType;
  if (which == StdTrait::None || !pickOperator(lhs, which, kNoType, &pick, &rhsType)) {
    rhs = checkExpr(*e.rhs);
    failMissingOperator(e, lhs, rhs);
  }
  // Several impls may take different right-hand sides (`Meters + Meters`, `Meters + f64`): the operand decides.
  // With one impl, its right-hand side is what rustc expects there: another type is a mismatch (E0308).
  TypeId onlyRhs = operatorImplCount(lhs, which) == 1 ? rhsType : kNoType;
  rhs = checkOperand(*e.rhs, rhsType);
  if (!pickOperator(lhs, which, rhs, &pick, &rhsType)) {
    if (onlyRhs != kNoType) mismatch(e.rhs->span, onlyRhs, rhs);
    throw CompileError(unimplementedOperator(e, lhs, rhs));
  }
  coerce(*e.rhs, rhs, rhsType);
  if (assigns) requireMutableOperand(e);
  TypeId result = recordOperatorCall(e, pick);
  return assigns ? T_.unit() : result;
}

// `a += b` calling an AddAssign impl borrows `a` mutably. For a local the
// move checker asks, knowing whether it ever had a value: rustc reports
// E0596 only then (E0381 alone for `let s: String; s += "x";`).
void Resolver::requireMutableOperand(const Expr& e) {
  if (e.lhs->kind == ExprKind::Path && e.lhs->resolvedKind == static_cast<uint8_t>(Resolved::Local)) return;
  requireMutablePlace(*e.lhs, e.span, "borrow");
}

// `-a` and `!a` on a struct, enum or parameter.
TypeId Resolver::checkOverloadedUnary(Expr& e, TypeId operand) {
  StdTrait which = e.unaryOp == UnaryOp::Neg ? StdTrait::Neg : StdTrait::Not;
  MethodPick pick;
  TypeId unused;
  if (!pickOperator(operand, which, kNoType, &pick, &unused)) return kNoType;
  return recordOperatorCall(e, pick);
}

// The operator calls `pick`'s function with its operands: recorded as a
// call, with the instance it needs and its result type.
TypeId Resolver::recordOperatorCall(Expr& e, const MethodPick& pick) {
  std::vector<TypeId> params;
  TypeId ret;
  signatureOf(pick, &params, &ret);
  e.resolvedKind = static_cast<uint8_t>(Resolved::UserFn);
  e.resolved = pick.fn;
  if (out_.fns[pick.fn].isTemplate()) pendingCalls_.push_back({&e, pick.fn, pick.args});
  return ret;
}

// `a == b` or `a < b` on a type with the learner's own impl of PartialEq or
// PartialOrd: a call of its `eq` or `partial_cmp`. False when the type's
// comparison is derived or std's, which the interpreter compares itself.
bool Resolver::recordComparisonCall(Expr& e, TypeId lhs, TypeId rhs) {
  bool equality = e.binaryOp == BinaryOp::Eq || e.binaryOp == BinaryOp::Ne;
  StdTrait which = equality ? StdTrait::PartialEq : StdTrait::PartialOrd;
  const Type& k = T_.get(T_.resolve(lhs));
  if (k.kind != TypeKind::Struct && k.kind != TypeKind::Enum) return false;
  MethodPick pick;
  TypeId rhsType;
  if (!pickOperator(lhs, which, rhs, &pick, &rhsType)) return false;
  recordOperatorCall(e, pick);
  return true;
}

// `*x` on a type with the learner's own Deref impl is `*Deref::deref(&x)`:
// the operand becomes that method call, so its frame shows in the trace and
// the borrow checker sees the reference it returns borrow `x`. The call's
// name is its `*` (isOverloadedDeref tells it from a `*x.deref()` the
// learner wrote, and a generic instance's copy of the body checks the `*`
// anew, so that a `Box` there derefs as a Box). A place under it that is then written or borrowed
// `&mut` switches the call to `deref_mut` (useDerefMut).
TypeId Resolver::checkOverloadedDeref(Expr& e, TypeId inner) {
  MethodPick pick;
  TypeId unused;
  if (!pickOperator(inner, StdTrait::Deref, kNoType, &pick, &unused)) return kNoType;
  e.operand = operatorCall(std::move(e.operand), e.span, "deref", {}, pick);
  return T_.derefTarget(T_.resolve(e.operand->type));
}

// The method call an overloaded `*` or `[]` stands for, checked: named by
// `nameSpan` (what isOverloadedDeref recognises), with the receiver's span
// as its own (rustc's borrow of the receiver for the call, where a conflict
// is reported).
ExprPtr Resolver::operatorCall(ExprPtr receiver, Span nameSpan, const char* name, std::vector<ExprPtr> args, const MethodPick& pick) {
  auto call = std::make_unique<Expr>();
  call->kind = ExprKind::MethodCall;
  call->span = receiver->span;
  call->nameSpan = nameSpan;
  call->text = name;
  call->operand = std::move(receiver);
  call->args = std::move(args);
  call->type = checkPickedMethod(*call, pick);
  fnExprs_.push_back(call.get());  // its types are settled with the function's
  return call;
}

// Replaces a checked `operand` by `*operand`, checked too (a `*` written
// by the checker, with the operand's span): through a reference or a Box,
// or, `overloaded`, through the learner's Deref impl.
void Resolver::wrapInDeref(ExprPtr& operand, bool overloaded) {
  auto d = std::make_unique<Expr>();
  d->kind = ExprKind::Deref;
  d->span = operand->span;
  d->operand = std::move(operand);
  TypeId inner = T_.resolve(d->operand->type);
  d->type = overloaded ? checkOverloadedDeref(*d, inner) : T_.derefTarget(inner);
  fnExprs_.push_back(d.get());
  operand = std::move(d);
}

bool Resolver::isOverloadedDeref(const Expr& deref) const {
  const Expr& call = *deref.operand;
  if (call.kind != ExprKind::MethodCall || call.nameSpan.end != deref.span.end) return false;
  if (call.text == "deref" || call.text == "deref_mut") return call.nameSpan.start == deref.span.start;
  return isOverloadedIndex(deref);
}
bool Resolver::isOverloadedIndex(const Expr& deref) const {
  const Expr& call = *deref.operand;
  return call.kind == ExprKind::MethodCall && (call.text == "index" || call.text == "index_mut") && call.operand &&
         call.nameSpan.start == call.operand->span.end && call.nameSpan.end == deref.span.end;
}

// `c[i]` on a type with the learner's own Index impl is
// `*Index::index(&c, i)`, made as a learner's Deref is: the index expression
// becomes a `*` over that call (named by its `[i]`, where rustc reports a
// panic in it: the impl is #[track_caller]), and a place
// under it that is written or borrowed `&mut` switches the call to
// `index_mut` (useDerefMut). Several impls may take different indices: the
// index's type decides.
TypeId Resolver::checkOverloadedIndex(Expr& e, TypeId indexed, int derefs) {
  MethodPick pick;
  TypeId indexType = kNoType;
  if (!pickOperator(indexed, StdTrait::Index, kNoType, &pick, &indexType)) return kNoType;
  TypeId index = checkOperand(*e.rhs, indexType);
  if (!pickOperator(indexed, StdTrait::Index, index, &pick, &indexType))
    fail(DiagCode::E0277, "the type `" + typeName(indexed) + "` cannot be indexed by `" + typeName(index) + "`", e.rhs->span,
         "`" + typeName(indexed) + "` cannot be indexed by `" + typeName(index) + "`");
  coerce(*e.rhs, index, indexType);
  Span nameSpan{e.lhs->span.end, e.span.end};
  ExprPtr base = std::move(e.lhs);
  for (int i = 0; i < derefs; ++i) wrapInDeref(base, false);
  std::vector<ExprPtr> args;
  args.push_back(std::move(e.rhs));
  e.kind = ExprKind::Deref;
  e.derefs = 0;
  e.operand = operatorCall(std::move(base), nameSpan, "index", std::move(args), pick);
  return T_.derefTarget(T_.resolve(e.operand->type));
}

// A generic instance's copy of `c[i]` made into a call: the index again,
// checked anew for the instance's types.
void Resolver::restoreIndex(Expr& deref) {
  ExprPtr call = std::move(deref.operand);
  deref.kind = ExprKind::Index;
  deref.lhs = std::move(call->operand);
  deref.rhs = std::move(call->args[0]);
}

// `*x = v`, `&mut *x`, `*x += v` through the learner's Deref: rustc calls
// `DerefMut::deref_mut(&mut x)` instead, which needs `x` mutable, and
// without a DerefMut impl reports the data as behind a Deref (E0594/E0596);
// so does `c[i] = v` through the learner's Index, with IndexMut.
void Resolver::useDerefMut(Expr& deref, Span at, const char* action) {
  Expr& call = *deref.operand;
  bool index = call.text == "index" || call.text == "index_mut";
  TypeId owner = T_.resolve(call.operand->type);
  MethodPick pick;
  TypeId unused;
  TypeId indexType = index ? T_.resolve(call.args[0]->type) : kNoType;
  if (!pickOperator(owner, index ? StdTrait::IndexMut : StdTrait::DerefMut, indexType, &pick, &unused))
    failMutationOf("data in " + std::string(index ? "an index" : "dereference") + " of `" + typeName(owner) + "`", at, action);
  std::erase_if(pendingCalls_, [&](const PendingCall& p) { return p.call == &call; });
  call.text = index ? "index_mut" : "deref_mut";
  call.type = checkPickedMethod(call, pick);
}

}  // namespace sh
