// Rvalue static promotion (promotion.h): one answer for the borrow checker
// and the interpreter.
#include "check/promotion.h"

#include <algorithm>

#include "check/checker.h"

namespace sh {

const Expr* temporaryUnder(const TypeTable& T, const Expr& e) {
  // Auto-derefs through what owns its target (a Box, a RefCell's guard, an
  // Rc) stay inside the temporary; one through a reference leaves it.
  auto owned = [&](const Expr& base, int derefs) {
    TypeId t = T.resolve(base.type);
    for (int i = 0; i < derefs && t != kNoType; ++i, t = T.derefTarget(t))
      if (T.get(t).kind == TypeKind::Ref) return false;
    return true;
  };
  switch (e.kind) {
    case ExprKind::Paren: return temporaryUnder(T, *e.operand);
    case ExprKind::Field: case ExprKind::TupleField:
      return owned(*e.operand, e.derefs) ? temporaryUnder(T, *e.operand) : nullptr;
    case ExprKind::Index: return owned(*e.lhs, e.derefs) ? temporaryUnder(T, *e.lhs) : nullptr;
    case ExprKind::Deref:
      return T.get(e.operand->type).kind == TypeKind::Box ? temporaryUnder(T, *e.operand) : nullptr;
    case ExprKind::Path: return nullptr;  // a variable, or a constant (None, a unit struct)
    default: return &e;
  }
}

namespace {

// A division that cannot panic: by an integer literal other than zero, by
// its negation (but -1 only of a literal, as `MIN / -1` overflows), or any
// float's. rustc promotes `&(10 / 2)` and `&(10 / -1)` but not `&(10 / n)`.
bool safeDivision(const TypeTable& T, const Expr& lhs, const Expr& rhs) {
  if (T.get(T.resolve(rhs.type)).kind == TypeKind::Float) return true;
  const Expr* divisor = &withoutParens(rhs);
  bool negated = divisor->kind == ExprKind::Unary && divisor->unaryOp == UnaryOp::Neg;
  if (negated) divisor = &withoutParens(*divisor->operand);
  if (divisor->kind != ExprKind::IntLit) return false;
  std::string digits = divisor->text;
  if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o' || digits[1] == 'b')) digits = digits.substr(2);
  size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return false;
  return !negated || digits.substr(first) != "1" || withoutParens(lhs).kind == ExprKind::IntLit;
}

// Built of literals alone, as rustc's promotion allows.
bool constantValue(const TypeTable& T, const Expr& e) {
  auto all = [&](const std::vector<ExprPtr>& parts) {
    return std::all_of(parts.begin(), parts.end(), [&](const ExprPtr& p) { return constantValue(T, *p); });
  };
  switch (e.kind) {
    case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::CharLit:
    case ExprKind::StrLit:
      return true;
    case ExprKind::Path:  // a constant or a unit value; never a variable, nor a static's value read
      return e.resolvedKind != static_cast<uint8_t>(Resolved::Local) && e.resolvedKind != static_cast<uint8_t>(Resolved::Static);
    case ExprKind::Paren: case ExprKind::Unary: case ExprKind::Cast: return constantValue(T, *e.operand);
    case ExprKind::Binary:  // `/` and `%` only where they cannot panic
      return ((e.binaryOp != BinaryOp::Div && e.binaryOp != BinaryOp::Rem) || safeDivision(T, *e.lhs, *e.rhs)) && constantValue(T, *e.lhs) &&
             constantValue(T, *e.rhs);
    case ExprKind::Tuple: case ExprKind::Array: return all(e.args);
    case ExprKind::StructLit: case ExprKind::Closure:  // a closure's fields are its captures: `&|x| x * x` is promoted
      return !e.structBase && std::all_of(e.fields.begin(), e.fields.end(), [&](const FieldInit& f) { return constantValue(T, *f.value); });
    case ExprKind::Call: {  // a constructor: a tuple struct's, a tuple variant's, Some, Ok, Err
      auto builtin = static_cast<BuiltinFn>(e.resolved);
      bool constructor = e.resolvedKind == static_cast<uint8_t>(Resolved::TupleStruct) ||
                         e.resolvedKind == static_cast<uint8_t>(Resolved::EnumVariant) ||
                         (e.resolvedKind == static_cast<uint8_t>(Resolved::Builtin) &&
                          (builtin == BuiltinFn::Some || builtin == BuiltinFn::Ok || builtin == BuiltinFn::Err));
      return constructor && all(e.args);
    }
    default: return false;
  }
}

}  // namespace

bool promotesWhenBorrowed(const TypeTable& T, const Expr& e, bool mut) {
  if (mut) return e.kind == ExprKind::Array && e.args.empty();
  return constantValue(T, e) && !T.needsDrop(e.type);
}

}  // namespace sh
