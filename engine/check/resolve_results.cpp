// The bounds std puts on Option's and Result's methods, which the std table's
// signatures cannot say: unwrap and expect print the error, so it must be
// Debug (unwrap_err prints the value); unwrap_or_default makes a value, so
// its type must be Default. rustc reports them at the method's name.
#include "check/resolver.h"

namespace sh {

TypeId Resolver::payloadDebug(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  const Type t = T_.get(T_.resolve(self));
  bool printsValue = m == BuiltinMethod::ResultUnwrapErr || m == BuiltinMethod::ResultExpectErr;
  TypeId printed = t.args[printsValue ? 0 : 1];
  requireTrait(printed, TraitRef{stdTrait(StdTrait::Debug), {}, {}, e.nameSpan}, e.nameSpan);
  return result;
}

TypeId Resolver::payloadDefault(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  TypeId made = T_.get(T_.resolve(self)).args[0];
  requireTrait(made, TraitRef{stdTrait(StdTrait::Default), {}, {}, e.nameSpan}, e.nameSpan);
  return result;
}

// ok_or(err): the Result's error is whatever the argument is.
TypeId Resolver::errorOfArgument(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  return typeMethodCall(e, m, self, T_.newVar(VarKind::Any));
}

}  // namespace sh
