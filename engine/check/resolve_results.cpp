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

// as_deref / as_deref_mut: `Option<&T::Target>` (`&mut`) for the payloads
// std's own Deref impls serve: a String's str, a Vec's slice, what a Box,
// an Rc (shared only) or a reference points at. The learner's own Deref
// type, or one not known yet, is declined ("not supported yet"); any other
// payload does not deref: E0599, as rustc.
TypeId Resolver::derefOfPayload(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  bool isMut = m == BuiltinMethod::OptionAsDerefMut;
  TypeId payload = T_.resolve(T_.get(T_.resolve(self)).args[0]);
  const Type& p = T_.get(payload);
  TypeId target = kNoType;
  if (p.kind == TypeKind::String) target = T_.strType();
  else if (p.kind == TypeKind::Vec) target = T_.sliceOf(p.args[0]);
  else if (p.kind == TypeKind::Box || (!isMut && p.kind == TypeKind::Rc) || (p.kind == TypeKind::Ref && (p.isMut || !isMut)))
    target = T_.derefTarget(payload);
  if (target != kNoType) return typeMethodCall(e, m, self, T_.optionOf(T_.refTo(target, isMut)));
  if (T_.containsVar(payload) || T_.containsParam(payload) || learnersDeref(payload)) return kNoType;
  failUnsatisfiedBounds(e, self, BoundsLabel::None);
}

// flatten (`Option<Option<T>>`), transpose (`Option<Result<T, E>>` and
// `Result<Option<T>, E>`): std defines them on those nestings only, so any
// other payload is E0599 at the method, as rustc; one not known yet is
// declined.
TypeId Resolver::nestedPayload(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  const Type outer = T_.get(T_.resolve(self));
  TypeId inner = T_.resolve(outer.args[0]);
  const Type in = T_.get(inner);
  if (in.kind == TypeKind::Var && in.varKind == VarKind::Any) return kNoType;
  bool flatten = m == BuiltinMethod::OptionFlatten;
  TypeKind wanted = m == BuiltinMethod::OptionTranspose ? TypeKind::Result : TypeKind::Option;
  if (in.kind != wanted) {
    std::string found = "`" + typeName(self) + "`";
    fail(DiagCode::E0599, "no method named `" + e.text + "` found for enum " + found + " in the current scope", e.nameSpan,
         flatten ? found + " is not an iterator" : "method not found in " + found);
  }
  TypeId result = flatten ? inner
                  : m == BuiltinMethod::OptionTranspose ? T_.resultOf(T_.optionOf(in.args[0]), in.args[1])
                                                        : T_.optionOf(T_.resultOf(in.args[0], outer.args[1]));
  return typeMethodCall(e, m, self, result);
}

// ok_or(err), and(optb), zip(other), then_some(t): the signature's `_` is
// whatever the argument gives (the Result's error, the other option's
// payload, the new option's payload), unless the type wanted of the call
// names it first, as rustc's expectation for a method's output does: then
// the argument coerces to it (`let x: Option<&[i32]> = ok.then_some(&a);`)
// or is the mismatch, at the argument (`let z: Option<(i32, i32)> =
// a.zip(Some("x"));`: E0308 at `Some("x")`, expected `Option<i32>`).
TypeId Resolver::holeOfArgument(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  TypeId hole = T_.newVar(VarKind::Any);
  if (expected != kNoType) {
    const Type& ty = T_.get(self);
    TypeId result = kNoType;
    signatureTypes(T_, stdMethod(m).signature, {ty.args.empty() ? kNoType : ty.args[0], self, hole, kNoType}, &result);
    TypeId named = typeAtHole(result, hole, expected);
    if (named != kNoType) hole = named;
  }
  return typeMethodCall(e, m, self, hole);
}

// The part of `wanted` where `shape` has `hole`, read without binding
// anything; kNoType when their shapes part before reaching it.
TypeId Resolver::typeAtHole(TypeId shape, TypeId hole, TypeId wanted) {
  shape = T_.resolve(shape);
  wanted = T_.resolve(wanted);
  if (shape == hole) return wanted;
  const Type s = T_.get(shape), w = T_.get(wanted);
  if (s.kind != w.kind || s.args.size() != w.args.size()) return kNoType;
  for (size_t i = 0; i < s.args.size(); ++i) {
    TypeId found = typeAtHole(s.args[i], hole, w.args[i]);
    if (found != kNoType) return found;
  }
  return kNoType;
}

}  // namespace sh
