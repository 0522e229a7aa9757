// Coercions: the implicit conversions Rust makes where a value meets a type
// it is expected to have (a `let` with a type, an argument, a returned
// value, a tuple's or an array's element under a known type), and how the
// branches of an `if` or a `match` are merged into one type.
//
// rustc coerces a value to an expected type (`&String` to `&str`, `&mut T`
// to `&T`, `&Vec<T>` to `&[T]`, a smart pointer's reference to its target's,
// a concrete pointer to a trait object); where no type is expected, its
// CoerceMany coerces each branch to the type of those before it, or those
// to the new one, and nothing else: `(&str, i32)` and `(&String, i32)`
// never meet. Getting this exactly right decides E0308 against E0515.
#include <algorithm>

#include "check/resolver.h"

namespace sh {

// Unifies, allowing the implicit conversions Rust makes at coercion sites:
// `!` into anything, `&mut T` into `&T`, and deref coercions from `&String`,
// `&Vec<T>`, `&[T; N]`, `&Box<T>`, `&Rc<T>` and a RefCell's guards.
TypeId Resolver::coerce(Expr& e, TypeId actual, TypeId expected, Span because, const char* becauseText) {
  if (expected == kNoType) return actual;
  if (T_.get(T_.resolve(actual)).kind == TypeKind::Never) return expected;
  if (coerceToDyn(e, actual, expected)) return expected;
  const Type want = T_.get(T_.resolve(expected));
  const Type have = T_.get(T_.resolve(actual));
  if (want.kind == TypeKind::FnPtr && coerceToFnPointer(e, actual, expected)) return expected;
  if (want.kind == TypeKind::Box && have.kind == TypeKind::Box) {  // Box<[T; N]> -> Box<[T]>: the length joins the pointer
    const Type wantTarget = T_.get(T_.resolve(want.args[0]));
    const Type haveTarget = T_.get(T_.resolve(have.args[0]));
    if (wantTarget.kind == TypeKind::Slice && haveTarget.kind == TypeKind::Array && unify(wantTarget.args[0], haveTarget.args[0])) {
      e.coercion = static_cast<uint8_t>(Coercion::ArrayToSlice);
      return expected;
    }
  }
  // A chain of adapters runs where it is written (a loop, a consumer); only
  // a source's iterator has its layout (check/types.h KeptIter).
  if (have.kind == TypeKind::Iter && T_.keptIter(T_.resolve(actual)) == KeptIter::None) {
    bool source = e.kind == ExprKind::MethodCall && e.resolvedKind == static_cast<uint8_t>(Resolved::Method) &&
                  stdMethod(static_cast<BuiltinMethod>(e.resolved)).receiver != StdReceiver::Iter;
    if (source)  // split by a str, a closure or several chars, splitn, matches, a map's keys, ...
      fail(DiagCode::None, "the iterator `" + e.text + "` makes here, passed, returned or stored as a value, is not supported yet: consume it where it is made",
           e.span);
    if (e.kind == ExprKind::Call && e.resolvedKind == static_cast<uint8_t>(Resolved::Builtin))  // std::iter::repeat, once, ...
      fail(DiagCode::None, "the iterator `" + std::string(builtinFnPath(static_cast<BuiltinFn>(e.resolved))) +
                               "` makes here, passed, returned or stored as a value, is not supported yet: consume it where it is made",
           e.span);
    fail(DiagCode::None, "a chain of iterator adapters passed, returned or stored as a value is not supported yet: consume it where it is made",
         e.span);
  }
  if (want.kind == TypeKind::Ref && have.kind == TypeKind::Ref && (!want.isMut || have.isMut)) {
    const Type wantTarget = T_.get(T_.resolve(want.args[0]));
    const Type haveTarget = T_.get(T_.resolve(have.args[0]));
    TypeId wantInner = want.args[0];
    if (wantTarget.kind == TypeKind::Str && haveTarget.kind == TypeKind::String) {
      e.coercion = static_cast<uint8_t>(Coercion::StringToStr);
      return expected;
    }
    if (wantTarget.kind == TypeKind::Slice && (haveTarget.kind == TypeKind::Vec || haveTarget.kind == TypeKind::Array) &&
        unify(wantTarget.args[0], haveTarget.args[0])) {
      e.coercion = static_cast<uint8_t>(haveTarget.kind == TypeKind::Vec ? Coercion::VecToSlice : Coercion::ArrayToSlice);
      return expected;
    }
    // A smart pointer's target; only Box and RefMut give a `&mut` to it (DerefMut).
    bool pointee = haveTarget.kind == TypeKind::Box || haveTarget.kind == TypeKind::CellRefMut ||
                   (!want.isMut && (haveTarget.kind == TypeKind::Rc || haveTarget.kind == TypeKind::CellRef));
    if (pointee && wantTarget.kind != haveTarget.kind && wantTarget.kind != TypeKind::Var &&
        unify(wantInner, haveTarget.args[0])) {
      e.coercion = static_cast<uint8_t>(Coercion::PointeeRef);
      return expected;
    }
    if (want.isMut != have.isMut && unify(wantInner, have.args[0])) {
      e.coercion = static_cast<uint8_t>(Coercion::MutToShared);
      return expected;
    }
    // (A `{integer}` or `{float}` is never a reference, so `&&{integer}` to `&{integer}` derefs too.)
    bool wantsNoReference = wantTarget.kind != TypeKind::Ref && (wantTarget.kind != TypeKind::Var || wantTarget.varKind != VarKind::Any);
    if (haveTarget.kind == TypeKind::Ref && wantsNoReference && (!want.isMut || haveTarget.isMut) &&
        unify(wantInner, haveTarget.args[0])) {
      e.coercion = static_cast<uint8_t>(Coercion::DerefRef);
      return expected;
    }
  }
  if (have.kind == TypeKind::Ref && want.kind == TypeKind::Ref && derefsOnTowards(actual, expected))
    return coerceAfterDeref(e, expected, because, becauseText);
  if (have.kind == TypeKind::Ref && want.kind == TypeKind::Ref && learnersDeref(have.args[0]) && !unify(expected, actual)) {
    if (e.kind == ExprKind::Ref && (!want.isMut || e.isMut)) return coerceThroughDeref(e, expected, because, becauseText);
    fail(DiagCode::None, "a deref coercion through the `Deref` impl of `" + typeName(have.args[0]) + "` is not supported yet", e.span);
  }
  if (!unify(expected, actual)) mismatch(blockTail(e).span, expected, actual, because, becauseText);
  return expected;
}

// Whether a reference to a pointer (`&&String`, `&Box<String>`,
// `&Rc<Vec<T>>`) coerces to the `expected` reference only through its
// pointer's target: rustc's coercion dereferences as often as it takes (and
// a `&mut` through an Rc or a `&` is the borrow checker's E0596 after).
bool Resolver::derefsOnTowards(TypeId actual, TypeId expected) {
  const Type want = T_.get(T_.resolve(expected));
  const Type& wantedType = T_.get(T_.resolve(want.args[0]));
  TypeKind wanted = wantedType.kind;
  // A `{integer}` or `{float}` wanted is a number reached through every reference.
  bool number = wanted == TypeKind::Var && wantedType.varKind != VarKind::Any;
  if (want.isMut && !T_.get(T_.resolve(actual)).isMut) return false;
  TypeId pointer = T_.resolve(T_.get(T_.resolve(actual)).args[0]);
  for (int derefs = 1; wanted != TypeKind::Var || number; ++derefs) {
    TypeId target = T_.derefTarget(pointer);
    if (target == kNoType) return false;
    TypeKind k = T_.get(target).kind;
    bool numberReached = number && (k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Var);
    if ((k == TypeKind::String && wanted == TypeKind::Str) ||
        ((k == TypeKind::Vec || k == TypeKind::Array) && wanted == TypeKind::Slice) ||
        (derefs > 1 && (k == wanted || numberReached)))
      return true;
    pointer = target;
  }
  return false;
}

// The reference `e` one dereference on: a borrow written there, `&b`,
// becomes `&*b`; a reference to a reference, `s`, becomes `*s`; one to a
// Box, an Rc or a guard, `r`, becomes `&**r`. The one-step coercions then
// take it on from that type (`&*b` of a `Box<String>` to `&str`).
TypeId Resolver::coerceAfterDeref(Expr& e, TypeId expected, Span because, const char* becauseText) {
  bool isMut = T_.get(T_.resolve(expected)).isMut;
  TypeId pointer = T_.resolve(T_.get(T_.resolve(e.type)).args[0]);
  if (e.kind == ExprKind::Ref) {
    wrapInDeref(e.operand, false);
    e.type = T_.refTo(e.operand->type, e.isMut);
  } else if (e.kind == ExprKind::Path || e.kind == ExprKind::Field || e.kind == ExprKind::TupleField || e.kind == ExprKind::Deref) {
    wrapInPlace(e, ExprKind::Deref, pointer, false);
    if (T_.get(pointer).kind != TypeKind::Ref) {
      wrapInPlace(e, ExprKind::Deref, T_.derefTarget(pointer), false);
      wrapInPlace(e, ExprKind::Ref, T_.refTo(e.type, isMut), isMut);
    }
  } else {
    fail(DiagCode::None, "a coercion of `" + typeName(e.type) + "` to `" + typeName(expected) +
                             "` through more than one dereference is not supported yet: write `&**` before it", e.span);
  }
  if (isMut && e.kind == ExprKind::Ref) requireMutablePlace(*e.operand, e.span, "borrow");
  return coerce(e, e.type, expected, because, becauseText);
}

// Puts a new `*` or `&` node of type `type` where `e` is, `e` below it.
void Resolver::wrapInPlace(Expr& e, ExprKind kind, TypeId type, bool isMut) {
  auto inner = std::make_unique<Expr>(std::move(e));
  e = Expr();
  e.kind = kind;
  e.span = inner->span;
  e.isMut = isMut;
  e.type = type;
  e.operand = std::move(inner);
  fnExprs_.push_back(e.operand.get());
}

// rustc coerces a block to an expected type at its tail, so a mismatch is
// reported there (`let n: u8 = { x };`, `|x: i32| -> u8 { x }` point at `x`).
const Expr& Resolver::blockTail(const Expr& e) {
  return e.kind == ExprKind::Block && e.block->tail ? blockTail(*e.block->tail) : e;
}

// `&m` where `&MyBox<String>` meets `&str`: rustc's deref coercion calls
// the learner's `deref` (`&mut m`: `deref_mut`), so the borrow becomes
// `&*m`, the overloaded `*` of resolve_operators.cpp, and the `&String` it
// makes coerces on as any other (to `&str` here). Only a borrow written
// there is rewritten; a reference held in a variable stays "not supported yet".
TypeId Resolver::coerceThroughDeref(Expr& e, TypeId expected, Span because, const char* becauseText) {
  wrapInDeref(e.operand, true);
  if (e.isMut) useDerefMut(*e.operand, e.span, "borrow");
  e.type = T_.refTo(e.operand->type, e.isMut);
  return coerce(e, e.type, expected, because, becauseText);
}

// Whether each branch of an `if` or a `match` is a coercion site of its own:
// to a trait object, or to a `fn` pointer.
bool Resolver::coercesEachBranch(TypeId expected) const {
  return pointsToDyn(expected) || (expected != kNoType && T_.get(T_.resolve(expected)).kind == TypeKind::FnPtr);
}

// A struct or enum with the learner's own Deref impl (`impl<T> Deref for MyBox<T>`).
bool Resolver::learnersDeref(TypeId t) {
  TypeKind k = T_.get(T_.resolve(t)).kind;
  return (k == TypeKind::Struct || k == TypeKind::Enum) && implements(t, TraitRef{stdTrait(StdTrait::Deref), {}, {}, {}});
}

// What the branches of an `if` or a `match` are checked against: a type
// not known yet is no expectation for them (rustc's only_has_type), or the
// first branch would decide it for the others before they are merged.
TypeId Resolver::branchExpectation(TypeId expected) const {
  if (expected == kNoType) return kNoType;
  const Type t = T_.get(T_.resolve(expected));
  return t.kind == TypeKind::Var && t.varKind == VarKind::Any ? kNoType : expected;
}

// Where the context names the type of an `if` or a `match` in full (`let
// x: i32 = if ..`, a function's result), rustc's CoerceMany coerces the
// first branch to it, so a first branch that does not fit is the error
// (at its value, the block's tail), not the branch after it. An operator's
// operand and a `?`'s arms have that type as a hint only.
TypeId Resolver::coerceFirstBranch(const Expr& branching, Expr& value, TypeId actual, TypeId expected) {
  if (&branching == hintedOperand_ || branching.tryOperator) return actual;
  if (expected == kNoType || T_.get(T_.resolve(actual)).kind == TypeKind::Never) return actual;
  TypeId known = T_.resolveDeep(expected);
  if (T_.containsVar(known) || T_.containsParam(known)) return actual;
  Expr* tail = &value;
  while (tail->kind == ExprKind::Block && tail->block->tail) tail = tail->block->tail.get();
  if (tail->kind == ExprKind::If || tail->kind == ExprKind::Match) return actual;  // its own branches were coerced
  try {
    return coerce(value, actual, expected);
  } catch (CompileError& misfit) {  // a block's value is its tail: the error points there
    for (Label& l : misfit.diagnostic.labels)
      if (l.primary && l.span.start == value.span.start && l.span.end == value.span.end) l.span = tail->span;
    throw;
  }
}

// An operator's operand, checked with the type wanted for its literals
// (`let x: u8 = if c { 1 } else { 2 } + 3`), which rustc does not coerce
// its branches to.
TypeId Resolver::checkOperand(Expr& operand, TypeId hint) {
  const Expr* inner = &withoutParens(operand);
  const Expr* outer = hintedOperand_;
  hintedOperand_ = inner;
  TypeId t = checkExpr(operand, hint);
  hintedOperand_ = outer;
  return t;
}

TypeId Resolver::coerceBranchToReference(Expr& value, TypeId actual, TypeId expected) {
  if (expected == kNoType) return actual;
  const Type want = T_.get(T_.resolve(expected));
  const Type have = T_.get(T_.resolve(actual));
  if (want.kind != TypeKind::Ref || have.kind != TypeKind::Ref) return actual;
  TypeKind wantTarget = T_.get(T_.resolve(want.args[0])).kind, haveTarget = T_.get(T_.resolve(have.args[0])).kind;
  if (wantTarget == TypeKind::Var || haveTarget == TypeKind::Var || wantTarget == haveTarget) return actual;
  return coerce(value, actual, expected);
}

// rustc's CoerceMany where no type is expected: a branch's reference is
// coerced to the type of the branches before it (a `&String` after a
// `&str`), or else those are coerced to its type, if none of them was
// coerced yet. kNoType when neither way coerces.
TypeId Resolver::mergeBranchReferences(const std::vector<Expr*>& before, TypeId merged, Expr& next, TypeId nextType) {
  if (refCoerces(nextType, merged)) return coerce(next, nextType, merged);
  if (!refCoerces(merged, nextType) || std::any_of(before.begin(), before.end(), [](const Expr* b) { return b->coercion != 0; }))
    return kNoType;
  for (Expr* b : before) coerce(*b, merged, nextType);
  return nextType;
}

// Whether a reference of type `actual` coerces to a reference of type
// `expected` of another target (coerce's reference rules), without trying it.
bool Resolver::refCoerces(TypeId actual, TypeId expected) const {
  const Type want = T_.get(T_.resolve(expected));
  const Type have = T_.get(T_.resolve(actual));
  if (want.kind != TypeKind::Ref || have.kind != TypeKind::Ref || (want.isMut && !have.isMut)) return false;
  TypeKind wantTarget = T_.get(T_.resolve(want.args[0])).kind, haveTarget = T_.get(T_.resolve(have.args[0])).kind;
  if (wantTarget == TypeKind::Var || haveTarget == TypeKind::Var) return false;
  if (wantTarget == haveTarget) return want.isMut != have.isMut;
  switch (haveTarget) {
    case TypeKind::String: return wantTarget == TypeKind::Str;
    case TypeKind::Vec: case TypeKind::Array: return wantTarget == TypeKind::Slice;
    case TypeKind::Box: case TypeKind::CellRefMut: case TypeKind::Ref: return true;
    case TypeKind::Rc: case TypeKind::CellRef: return !want.isMut;
    default: return false;
  }
}

}  // namespace sh
