// Temporary lifetime extension: which temporaries of a `let` live to the end
// of the enclosing block instead of the end of the statement.
//
// A temporary normally dies at the end of its statement, so a reference to
// it cannot outlive the statement. Rust makes an exception for references
// the `let` itself keeps: in `let r = &String::from("kept");` the String
// lives as long as a variable declared there would, and is dropped at the
// block's end, after the variables declared after it and before those
// declared before it. The rule is syntactic (the Rust reference's
// "extending expressions"): the initializer is extending; so are the operands
// of an extending `&`/`&mut`, tuple, array, cast, braced struct, tuple-struct
// or `Some(..)` constructor, the tail of an extending block and the tails of
// an extending `if`/`else` or `match` arm. The operand of an extending borrow
// has its temporary extended, and so do the bases of the field, index and
// deref places built on it (`&vec![7, 8, 9][0]` keeps the Vec). A static is
// a place, and a borrowed constant that owns nothing is promoted to the
// static region, as rustc does: neither makes a temporary. Anything
// else, a call's argument or a method's receiver above all, is not extended:
// `let s = String::from("a").as_str();` leaves `s` pointing at a String that
// is gone (E0716, found by the borrow checker).
//
// The list is kept on the statement in the order the temporaries are made
// (inner ones first), so the interpreter can reserve their slots before the
// initializer runs and the block's end drops them in reverse.
#include "check/promotion.h"
#include "check/resolver.h"

namespace sh {

namespace {

bool isConstructorCall(const Expr& e) {
  if (e.kind != ExprKind::Call) return false;
  if (e.resolvedKind == static_cast<uint8_t>(Resolved::TupleStruct)) return true;
  return e.resolvedKind == static_cast<uint8_t>(Resolved::Builtin) && static_cast<BuiltinFn>(e.resolved) == BuiltinFn::Some;
}

void collectExtending(const TypeTable& T, const Expr& e, std::vector<const Expr*>& out);

// `e` is the operand of an extending borrow: the temporary it makes, if it
// is a value rather than a place, lives to the end of the block.
void extendBorrowedOperand(const TypeTable& T, const Expr& e, std::vector<const Expr*>& out) {
  switch (e.kind) {
    case ExprKind::Paren: case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Deref:
      extendBorrowedOperand(T, *e.operand, out);
      return;
    case ExprKind::Index: extendBorrowedOperand(T, *e.lhs, out); return;
    case ExprKind::Path:
      if (e.resolvedKind == static_cast<uint8_t>(Resolved::Local)) return;  // a variable: a place, no temporary
      if (e.resolvedKind == static_cast<uint8_t>(Resolved::Static)) return;  // a static is a place too
      if (e.resolvedKind == static_cast<uint8_t>(Resolved::Const) && !T.needsDrop(e.type)) return;  // promoted to a static
      break;
    default: break;
  }
  collectExtending(T, e, out);  // its own extending operands are made first
  out.push_back(&e);
}

// `e` is an extending expression.
void collectExtending(const TypeTable& T, const Expr& e, std::vector<const Expr*>& out) {
  switch (e.kind) {
    case ExprKind::Ref: {
      // `let r = &5;`, `let magic = b"..";`: rustc promotes the temporary to a static, so no `let` extends it.
      const Expr* temporary = temporaryUnder(T, *e.operand);
      if (temporary && promotesWhenBorrowed(T, *temporary, e.isMut)) return;
      extendBorrowedOperand(T, *e.operand, out);
      return;
    }
    case ExprKind::Paren: case ExprKind::Cast: collectExtending(T, *e.operand, out); return;
    case ExprKind::Tuple: case ExprKind::Array:
      for (const auto& a : e.args) collectExtending(T, *a, out);
      return;
    case ExprKind::StructLit: case ExprKind::Closure:
      for (const FieldInit& f : e.fields) collectExtending(T, *f.value, out);
      return;
    case ExprKind::Call:
      if (isConstructorCall(e))
        for (const auto& a : e.args) collectExtending(T, *a, out);
      return;
    case ExprKind::Block:
      if (e.block->tail) collectExtending(T, *e.block->tail, out);
      return;
    case ExprKind::If: case ExprKind::IfLet:
      if (e.block->tail) collectExtending(T, *e.block->tail, out);
      if (e.elseBranch) collectExtending(T, *e.elseBranch, out);
      return;
    case ExprKind::Match:
      for (const MatchArm& arm : e.arms) collectExtending(T, *arm.body, out);
      return;
    default: return;
  }
}

// An extending pattern borrows from the initializer itself: a `ref`
// binding, or a tuple, struct, slice or or-pattern with one among its
// direct subpatterns (`let (ref a, _) = pair();` keeps the pair).
bool isExtendingPattern(const Pattern& p) {
  switch (p.kind) {
    case PatternKind::Binding: case PatternKind::Rest: return p.byRef;
    case PatternKind::Wildcard: case PatternKind::Literal: case PatternKind::Range: case PatternKind::PathPat:
    case PatternKind::Ref:  // `&x` binds in what the reference points at
      return false;
    case PatternKind::Struct:
      for (const FieldPattern& f : p.fields)
        if (isExtendingPattern(*f.pattern)) return true;
      return false;
    case PatternKind::Tuple: case PatternKind::TupleStruct: case PatternKind::Slice: case PatternKind::Or:
      for (const auto& e : p.elems)
        if (isExtendingPattern(*e)) return true;
      return false;
  }
  return false;
}

}  // namespace

void Resolver::findExtendedTemporaries(Stmt& let) {
  if (!let.init) return;
  if (isExtendingPattern(*let.pattern)) extendBorrowedOperand(T_, *let.init, let.extendedTemporaries);
  else collectExtending(T_, *let.init, let.extendedTemporaries);
}

}  // namespace sh
