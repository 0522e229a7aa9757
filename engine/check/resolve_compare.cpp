// Comparisons: which types implement PartialEq and PartialOrd, checked where
// Rust checks them.
//
// The interpreter compares any two values it is given, payload by payload,
// so every comparison it runs must first be allowed here: `==` and `!=` need
// PartialEq, `<` `>` `<=` `>=` need PartialOrd, on the left operand's type.
// The std types implement them when their parts do; a user struct only
// through `#[derive(PartialEq)]` / `#[derive(PartialOrd)]`, and a derive is
// checked against the struct's fields once, where it is declared, so a use
// only has to read the struct's flag.
#include "check/resolver.h"

namespace sh {

namespace {

const char* traitName(Comparison c) {
  switch (c) {
    case Comparison::Equality: return "PartialEq";
    case Comparison::Ordering: return "PartialOrd";
    case Comparison::TotalOrder: return "Ord";
  }
  return "";
}

}  // namespace

// Whether values of type t can be compared with `c`. When they cannot,
// `culprit` names the part that lacks the trait, as rustc's note does: the
// struct without the derive, or the std type without the impl.
bool Resolver::implementsComparison(TypeId id, Comparison c, std::string* culprit) const {
  const TypeId resolved = T_.resolve(id);
  const Type t = T_.get(resolved);
  auto lacking = [&](const std::string& name) {
    if (culprit) *culprit = name;
    return false;
  };
  switch (t.kind) {
    case TypeKind::Int: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Str: case TypeKind::String:
    case TypeKind::Unit: case TypeKind::Never: case TypeKind::Error:
      return true;
    case TypeKind::Float: return c != Comparison::TotalOrder || lacking(T_.name(resolved));  // NaN has no place in an order
    case TypeKind::Var:  // not known yet: only a `{float}` is known to have no order
      return t.varKind != VarKind::Float || c != Comparison::TotalOrder || lacking(T_.name(resolved));
    case TypeKind::Ref: case TypeKind::Box: case TypeKind::Vec: case TypeKind::Option: case TypeKind::Array:
    case TypeKind::Slice:
      return implementsComparison(t.args[0], c, culprit);
    case TypeKind::Tuple:
      for (TypeId a : t.args)
        if (!implementsComparison(a, c, culprit)) return false;
      return true;
    case TypeKind::Struct: {
      const StructInfo& s = T_.structs()[t.structIndex];
      bool derived = c == Comparison::Equality ? s.isPartialEq : c == Comparison::Ordering ? s.isPartialOrd : s.isOrd;
      return derived || lacking(s.name);
    }
    case TypeKind::Enum: {
      const EnumInfo& e = T_.enums()[t.enumIndex];
      if (c == Comparison::Equality ? e.isPartialEq : e.isPartialOrd) return true;
      return lacking(e.name);
    }
    case TypeKind::Result:  // ParseIntError and ParseFloatError have PartialEq only; io::Error neither
      if (t.ioError) return lacking("std::io::Error");
      if (c != Comparison::Equality)
        return lacking(T_.get(T_.resolve(t.args[0])).kind == TypeKind::Float ? "ParseFloatError" : "ParseIntError");
      return implementsComparison(t.args[0], c, culprit);
    case TypeKind::Range:
      if (c != Comparison::Equality) return lacking(T_.name(resolved));
      return implementsComparison(t.args[0], c, culprit);
    case TypeKind::Iter: case TypeKind::Stdin:
      return lacking(T_.name(resolved));
  }
  return false;
}

// E0369 for a comparison whose left operand's type lacks the trait: at the
// operator for `a == b`, at the whole macro for `assert_eq!(a, b)` (whose
// expansion compares `*left_val == *right_val`).
void Resolver::requireComparison(TypeId lhs, BinaryOp op, Span at, std::vector<Label> labels) {
  Comparison c = op == BinaryOp::Eq || op == BinaryOp::Ne ? Comparison::Equality : Comparison::Ordering;
  std::string culprit;
  if (implementsComparison(lhs, c, &culprit)) return;
  Diagnostic d;
  d.code = DiagCode::E0369;
  d.message = operatorMessage(op, typeName(lhs), "");
  d.labels.push_back({at, "", true});
  for (Label& l : labels) d.labels.push_back(std::move(l));
  bool userStruct = isUserType(culprit);
  d.notes.push_back(userStruct ? "an implementation of `" + std::string(traitName(c)) + "` might be missing for `" + culprit + "`"
                               : "`" + culprit + "` does not implement `" + traitName(c) + "`");
  if (userStruct)
    d.helps.push_back("consider annotating `" + culprit + "` with `#[derive(" +
                      (c == Comparison::Equality ? "PartialEq" : "PartialEq, PartialOrd") + ")]`");
  throw CompileError(std::move(d));
}

// `#[derive(PartialOrd)]` needs the struct to be PartialEq (E0277 at its
// name): rustc checks that bound of every derive before any derived body.
void Resolver::requirePartialEqUnderPartialOrd(const StructDecl& d, const StructInfo& s) {
  if (s.isPartialOrd && !s.isPartialEq)
    fail(DiagCode::E0277, "can't compare `" + s.name + "` with `" + s.name + "`", d.nameSpan,
         "no implementation for `" + s.name + " == " + s.name + "`");
}

// `#[derive(PartialEq)]` compares every field with `==`, so each field's type
// must implement PartialEq (E0369 at the field); `#[derive(PartialOrd)]`
// needs each field PartialOrd (E0277).
void Resolver::checkDerivedFieldComparisons(const StructDecl& d, const StructInfo& s) {
  for (size_t i = 0; i < d.fields.size() && s.isPartialEq; ++i) {
    TypeId field = s.fields[i].second;
    if (!implementsComparison(field, Comparison::Equality, nullptr))
      fail(DiagCode::E0369, operatorMessage(BinaryOp::Eq, typeName(field), ""), d.fields[i].span);
  }
  if (!s.isPartialOrd) return;
  for (size_t i = 0; i < d.fields.size(); ++i) {
    TypeId field = s.fields[i].second;
    std::string name = typeName(field);
    if (!implementsComparison(field, Comparison::Ordering, nullptr))
      fail(DiagCode::E0277, "can't compare `" + name + "` with `" + name + "`", d.fields[i].span,
           "no implementation for `" + name + " < " + name + "` and `" + name + " > " + name + "`");
  }
}

// `contains` and `dedup` compare elements with `==`: without PartialEq on
// the element type, `contains` is E0277 and `dedup` (whose impl block needs
// it) does not exist for the Vec (E0599), both at the method's name.
TypeId Resolver::elementsEqual(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  TypeId elem = T_.get(T_.resolve(self)).args[0];
  std::string culprit;
  if (implementsComparison(elem, Comparison::Equality, &culprit)) return result;
  std::string name = typeName(elem);
  if (m == BuiltinMethod::VecDedup)
    fail(DiagCode::E0599, "the method `dedup` exists for struct `" + typeName(self) + "`, but its trait bounds were not satisfied",
         e.nameSpan, "", {});
  fail(DiagCode::E0277, "can't compare `" + name + "` with `" + name + "`", e.nameSpan, "no implementation for `" + name + " == " + name + "`");
}

// `sort`, and `max`/`min` of an iterator, need Ord, a total order: floats
// (NaN) and structs without #[derive(Ord)] have none (E0277 at the name).
TypeId Resolver::elementsOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  TypeId elem = T_.get(T_.resolve(self)).args[0];
  std::string culprit;
  if (implementsComparison(elem, Comparison::TotalOrder, &culprit)) return result;
  fail(DiagCode::E0277, "the trait bound `" + culprit + ": Ord` is not satisfied", e.nameSpan,
       "the trait `Ord` is not implemented for `" + culprit + "`");
}

// Two operands PartialEq/PartialOrd cannot compare with each other. When the
// left type has a single impl (`u8`, a struct, a tuple, an Option) rustc
// knows the right type it wants and reports a mismatch there (E0308, as for
// `u8 == u16`); when it has several (a reference, text, a sequence, an
// `{integer}` not yet fixed) it finds no impl `L: PartialEq<R>` (E0277 at
// the operator: `&1 == 1`, `1 == "a"`, `v == 1`).
void Resolver::requireComparableOperands(TypeId lhs, TypeId rhs, BinaryOp op, Span at, Span rhsSpan) {
  if (comparable(lhs, rhs)) return;
  const Type& left = T_.get(T_.resolve(lhs));
  bool severalImpls = false;
  switch (left.kind) {
    case TypeKind::Ref: case TypeKind::Vec: case TypeKind::String: case TypeKind::Str: case TypeKind::Slice:
    case TypeKind::Array:
      severalImpls = true;
      break;
    case TypeKind::Var: severalImpls = left.varKind != VarKind::Any; break;
    case TypeKind::Int: case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Unit:
    case TypeKind::Never: case TypeKind::Box: case TypeKind::Option: case TypeKind::Struct: case TypeKind::Tuple:
    case TypeKind::Range: case TypeKind::Iter: case TypeKind::Result: case TypeKind::Stdin: case TypeKind::Error:
      break;
  }
  if (!severalImpls) mismatch(rhsSpan, lhs, rhs);
  std::string l = typeName(lhs), r = typeName(rhs);
  bool equality = op == BinaryOp::Eq || op == BinaryOp::Ne;
  fail(DiagCode::E0277, "can't compare `" + l + "` with `" + r + "`", at,
       equality ? "no implementation for `" + l + " == " + r + "`"
                : "no implementation for `" + l + " < " + r + "` and `" + l + " > " + r + "`");
}

}  // namespace sh
