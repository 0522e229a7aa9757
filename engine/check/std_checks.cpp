// The checks of std rows whose typing a signature cannot say alone, and the
// std names reached by a path through an integer type (`i32::MAX`,
// `u8::from_str_radix`).
//
// They sit apart from resolve_calls.cpp, which types calls in general,
// because they belong to the std tables (check/std_methods.def,
// check/std_fns.def): a row names its check, and the check is here.
#include "check/resolver.h"

namespace sh {

namespace {

// The unsigned integer type of k's width: u32 for i32, u32 for u32.
IntKind unsignedOf(IntKind k) {
  IntKind out = k;
  parseIntKind(std::string("u") + (intKindName(k) + 1), &out);
  return out;
}

}  // namespace

// unsigned_abs and abs_diff: `_` is the unsigned type of the receiver's width.
TypeId Resolver::unsignedTwin(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  return typeMethodCall(e, m, self, T_.intType(unsignedOf(T_.get(self).intKind)));
}

// `u8::from_str_radix(s, 16)`: T is the integer type the path starts with.
TypeId Resolver::integerOfPath(Expr& e, BuiltinFn f, TypeId given, TypeId, TypeId expected) {
  IntKind k;
  bool isInt = parseIntKind(e.operand->path.segments[0].name, &k);
  SH_CHECK(isInt, "an integer's associated function reached through a path that names no integer");
  return bySignature(e, f, given, T_.intType(k), expected);
}

// `i32::MAX`, `u64::MIN`, `u8::BITS`: a constant of the integer type the
// path starts with, kept in intValue (as the bits of a u128) for the
// interpreter and the constant lints. False when the path does not start
// with an integer type.
bool Resolver::checkIntegerConstant(Expr& e, TypeId* type) {
  const Path& p = e.path;
  IntKind k;
  if (p.segments.size() != 2 || !parseIntKind(p.segments[0].name, &k)) return false;
  const std::string& name = p.segments[1].name;
  unsigned bits = intKindBytes(k) * 8;
  bool isSigned = intKindSigned(k);
  unsigned __int128 ones = bits == 128 ? ~static_cast<unsigned __int128>(0) : (static_cast<unsigned __int128>(1) << bits) - 1;
  if (name == "MAX") e.intValue = isSigned ? ones >> 1 : ones;
  else if (name == "MIN") e.intValue = isSigned ? ~(ones >> 1) : 0;
  else if (name == "BITS") e.intValue = bits;
  else if (name == "from_str_radix" || isIntegerMethodName(name))
    fail(DiagCode::None, "an integer's associated function used as a value (`" + std::string(file_.slice(e.span)) + "`) is not supported yet", e.span);
  else
    fail(DiagCode::E0599, "no associated item named `" + name + "` found for type `" + p.segments[0].name + "` in the current scope",
         p.segments[1].span, "associated item not found in `" + p.segments[0].name + "`");
  e.resolvedKind = static_cast<uint8_t>(Resolved::IntegerConstant);
  *type = name == "BITS" ? T_.intType(IntKind::U32) : T_.intType(k);
  return true;
}

}  // namespace sh
