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

// A divisor that cannot panic: an integer literal other than zero (or any
// float). rustc promotes `&(10 / 2)` but not `&(10 / n)`; a negative
// divisor (`-1` may overflow) is left out here.
bool safeDivisor(const TypeTable& T, const Expr& rhs) {
  if (T.get(T.resolve(rhs.type)).kind == TypeKind::Float) return true;
  if (rhs.kind == ExprKind::Paren) return safeDivisor(T, *rhs.operand);
  if (rhs.kind != ExprKind::IntLit) return false;
  std::string digits = rhs.text;
  if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o' || digits[1] == 'b')) digits = digits.substr(2);
  return digits.find_first_not_of('0') != std::string::npos;
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
    case ExprKind::Path: return e.resolvedKind != static_cast<uint8_t>(Resolved::Local);
    case ExprKind::Paren: case ExprKind::Unary: case ExprKind::Cast: return constantValue(T, *e.operand);
    case ExprKind::Binary:  // `/` and `%` only by a divisor that cannot panic
      return ((e.binaryOp != BinaryOp::Div && e.binaryOp != BinaryOp::Rem) || safeDivisor(T, *e.rhs)) && constantValue(T, *e.lhs) &&
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
