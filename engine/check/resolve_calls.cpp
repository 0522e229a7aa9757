// Calls, methods and macros: where the program meets the standard library.
//
// A call resolves to a user function, a tuple-struct constructor, or one of
// the std functions of check/std_fns.def; a method call resolves, by the
// receiver's type after auto-deref, to a method in an `impl` block or to a
// row of check/std_methods.def, typed by that row's check (below). The resolver records how to reach the receiver (how many
// derefs, then by value, `&` or `&mut`) so the interpreter never searches.
#include <algorithm>

#include <set>

#include "check/resolver.h"
#include "syntax/clone.h"

namespace sh {

namespace {

std::string joinPath(const Path& p) {
  std::string s;
  for (const PathSegment& seg : p.segments) s += (s.empty() ? "" : "::") + seg.name;
  return s;
}

std::string plural(size_t n, const char* what) { return std::to_string(n) + " " + what + (n == 1 ? "" : "s"); }

}  // namespace

// `std::mem::swap`, and `mem::swap` after `use std::mem;` or `swap` after
// `use std::mem::swap;` (which paths check/scopes.cpp has made full), name
// the same builtin; `drop`, `size_of`, `size_of_val`, `align_of`, `align_of_val` and `Some`
// are in Rust's prelude.
bool Resolver::resolveBuiltinPath(const Path& p, BuiltinFn* out) const {
  std::string path = joinPath(p);
  if (path.rfind("core::", 0) == 0) path = "std::" + path.substr(6);
  IntKind k;
  if (p.segments.size() == 2 && parseIntKind(p.segments[0].name, &k)) path = "{integer}::" + p.segments[1].name;
  if (path == "Option::Some") path = "Some";
  if (path == "Result::Ok") path = "Ok";
  if (path == "Result::Err") path = "Err";
  for (size_t i = 0; i < stdFnCount(); ++i) {
    std::string full = stdFn(static_cast<BuiltinFn>(i)).path;
    bool inPrelude = full == "std::mem::size_of" || full == "std::mem::size_of_val" || full == "std::mem::align_of" ||
                     full == "std::mem::align_of_val";
    if (path == full || (inPrelude && path == full.substr(full.rfind("::") + 2))) {
      *out = static_cast<BuiltinFn>(i);
      return true;
    }
  }
  return false;
}

void Resolver::checkArgCount(const Expr& e, size_t expected, size_t given, const std::string& what) {
  if (expected == given) return;
  Span at = e.kind == ExprKind::MethodCall ? e.nameSpan : e.operand->span;
  fail(DiagCode::E0061, "this " + what + " takes " + plural(expected, "argument") + " but " + plural(given, "argument") +
                    (given == 1 ? " was" : " were") + " supplied",
       at);
}

TypeId Resolver::checkCall(Expr& e, TypeId expected) {
  Expr& callee = *e.operand;
  if (callee.kind != ExprKind::Path || (callee.path.segments.size() == 1 && lookupLocal(callee.path.last()) >= 0)) {
    TypeId t = checkExpr(callee);  // a value: a closure, or what a generic's Fn bound says
    std::vector<TypeId> params;
    TypeId ret;
    uint8_t mode;
    if (callableSignature(t, &params, &ret, &mode)) return checkValueCall(e, params, ret, mode);
    if (callee.kind != ExprKind::Path) fail(DiagCode::None, "calling this kind of expression is not supported yet", callee.span);
    fail(DiagCode::E0618, "expected function, found `" + typeName(t) + "`", callee.span);
  }
  if (rewriteBoxFromAsInto(e, expected)) return checkMethodCall(e, expected);
  fnExprs_.push_back(&callee);
  Path& p = callee.path;
  canonicalize(p, Namespace::Call);
  if (TypeId aliased = readThroughAlias(p); aliased != kNoType) return asAliasType(checkCall(e, aliased), aliased, e.span);
  std::string name = joinPath(p);
  if (p.segments.size() == 1) {  // a free function, by key
    auto user = fnByName_.find(name);
    if (user != fnByName_.end()) {
      requireVisibleFn(out_.fns[user->second], p.segments.back().span);
      MethodPick pick;
      pick.fn = user->second;
      pick.args = explicitOrFresh(p.segments[0], out_.fns[pick.fn], 0);
      return checkPickedCall(e, pick, 0);
    }
  }
  VariantRef variant = findVariant(p);
  if (variant.found()) return checkVariantCall(e, variant);
  // A tuple struct by its name, or one of std's by its path (`Reverse(x)` is `std::cmp::Reverse`).
  int32_t s = p.segments.size() == 1 || p.segments[0].name == "std" ? T_.findStruct(name) : -1;
  if (s >= 0 && T_.structs()[s].isTuple) {
    requirePublicConstructor(s, p.segments.back().span);
    e.resolvedKind = static_cast<uint8_t>(Resolved::TupleStruct);
    e.resolved = s;
    TypeId type = T_.structType(s, freshVars(T_.structs()[s].typeParams.size()));
    auto fields = T_.structOf(type).fields;
    checkArgCount(e, fields.size(), e.args.size(), "struct");
    checkArguments(e, fields.size(), "struct", [&](size_t i) { coerce(*e.args[i], checkExpr(*e.args[i], fields[i].second), fields[i].second); });
    return type;
  }
  BuiltinFn builtin;
  if (resolveBuiltinPath(p, &builtin)) {
    e.resolvedKind = static_cast<uint8_t>(Resolved::Builtin);
    e.resolved = static_cast<int32_t>(builtin);
    return checkBuiltinCall(e, builtin, expected);
  }
  if (p.segments.size() >= 2) {
    // `Point::new(..)`, `Self::origin()`, `T::default()`: a function of a type's impls;
    // `Summary::summarize(&x)`: a trait's, for whichever type its arguments say.
    TypeId self = typeOfPathPrefix(p);
    MethodPick pick;
    if (self != kNoType && lookupAssocFn(self, p.last(), &pick)) {
      requireOneApplicable(pick, p.last(), p.segments.back().span);
      requireVisibleFn(out_.fns[pick.fn], p.segments.back().span);
      applyTurbofish(p.segments.back(), out_.fns[pick.fn], &pick);
      return checkPickedCall(e, pick, 0);
    }
    if (self != kNoType && callsStdImpl(e, self, p.last(), expected)) return e.type;
    if (self != kNoType) requireTraitInScope(self, p.last(), false, p.segments.back().span);
    if (self != kNoType && T_.get(T_.resolve(self)).kind == TypeKind::Param)  // `T::default()` with no bound giving it
      fail(DiagCode::E0599, "no function or associated item named `" + p.last() + "` found for type parameter `" + typeName(self) +
                                "` in the current scope",
           p.segments.back().span, "function or associated item not found in `" + typeName(self) + "`");
    Path traitPath;
    traitPath.span = p.span;
    for (size_t i = 0; i + 1 < p.segments.size(); ++i) traitPath.segments.push_back(cloneSegment(p.segments[i]));
    bool qualified = callee.qualifiedSelf != nullptr;  // `<Dog as Animal>::baby_name()`
    int32_t trait = self == kNoType || qualified ? resolveTraitPath(traitPath, qualified) : -1;
    if (trait >= 0) {
      int32_t m = out_.traits[trait].findMethod(p.last());
      if (m < 0 && qualified)
        fail(DiagCode::E0576, "cannot find method or associated constant `" + p.last() + "` in trait `" + out_.traits[trait].name + "`",
             p.segments.back().span, "not found in `" + out_.traits[trait].name + "`");
      if (!qualified && rewriteStdTraitPathAsMethodCall(e, trait)) return checkMethodCall(e, expected);
      if (m < 0 && out_.traits[trait].std != StdTrait::None && out_.traits[trait].std != StdTrait::Iterator)  // `Ord::max(3, 4)`
        fail(DiagCode::None, "`" + out_.traits[trait].name + "::" + p.last() + "` called by its path is not supported yet",
             Span::cover(p.segments.front().span, p.segments.back().span));
      // `Iterator::sum(it)`: a provided method std has and the prelude text does not declare.
      if (m < 0 && out_.traits[trait].std == StdTrait::Iterator && stdHasMethod(StdNames::Iter, p.last()))
        fail(DiagCode::None, "`Iterator::" + p.last() + "` called by its path is not supported yet (its method call is)",
             Span::cover(p.segments.front().span, p.segments.back().span));
      // Without such a function, rustc reads the trait as a type (a bare trait object) and stops there.
      if (m < 0)
        fail(DiagCode::E0782, "expected a type, found a trait", Span::cover(p.segments.front().span, p.segments[p.segments.size() - 2].span));
      TraitRef r{trait, freshVars(out_.traits[trait].typeParams.size()), {}, p.span};
      pick = pickTraitDecl(qualified ? lowerType(*callee.qualifiedSelf) : T_.newVar(VarKind::Any), r, m);
      applyTurbofish(p.segments.back(), out_.fns[pick.fn], &pick);
      TypeId result = checkPickedCall(e, pick, 0);
      // rustc reports an unmet bound at the argument it comes from (`From::from("x")`), or at
      // the name of `.into()` for a call rewritten from it (rewriteIntoAsFrom); at the type a qualified path names.
      Span at = qualified ? callee.qualifiedSelf->span : e.nameSpan.end > 0 ? e.nameSpan : e.args.empty() ? e.span : e.args[0]->span;
      obligations_.push_back({pick.args[0], r, at, callee.span});
      return result;
    }
    if (TypeId value; checkStdFnValue(callee, kNoType, &value, true)) {  // `String::len(&s)`: std's function, called by its path
      callee.type = value;
      std::vector<TypeId> params;
      TypeId ret;
      uint8_t mode;
      if (callableSignature(value, &params, &ret, &mode)) return checkValueCall(e, params, ret, mode);
    }
    const std::string& ownerKey = p.segments[p.segments.size() - 2].name;
    std::string owner = ownerName(ownerKey);
    auto alias = itemByKey_.find(ownerKey);
    if (alias != itemByKey_.end() && alias->second.kind == ItemKind::TypeAlias && self != kNoType)
      fail(DiagCode::None, "a std function called through a type alias (`" + out_.ast->typeAliases[alias->second.index].name + "::" + p.last() + "`) is not supported yet",
           Span::cover(p.segments.front().span, p.segments.back().span));
    // Another method of std's called by its path (`Vec::push(&mut v, 1)`): its method call runs, this does not yet.
    const std::pair<const char*, StdNames> byPath[] = {
        {"String", StdNames::String}, {"Vec", StdNames::Vec}, {"Option", StdNames::Option}, {"Result", StdNames::Result}};
    for (const auto& [type, names] : byPath)
      if (owner == type && stdHasMethod(names, p.last()))
        fail(DiagCode::None, "std's `" + owner + "::" + p.last() + "` called by its path is not supported yet (its method call is)",
             Span::cover(p.segments.front().span, p.segments.back().span));
    bool learners = T_.findStruct(ownerKey) >= 0 || T_.findEnum(ownerKey) >= 0;
    bool stdType = owner == "String" || owner == "Vec" || owner == "Box" || owner == "Option" || owner == "Result";
    // `String::default()`, `Vec::default()`: std's Default impls, run as `u8::default()` is.
    const auto& written = p.segments[p.segments.size() - 2].generics;  // `Vec::<u8>::default()`
    TypeId element = written.size() == 1 ? lowerType(*written[0]) : T_.newVar(VarKind::Any);
    TypeId preludeType = owner == "String" ? T_.stringType() : owner == "Vec" ? T_.vecOf(element) : kNoType;
    if (!learners && preludeType != kNoType && callsStdImpl(e, preludeType, p.last(), expected)) return e.type;
    if (!learners && preludeType != kNoType && p.last() == "from_iter" && e.args.size() == 1)
      return collectFromIterByPath(e, preludeType, p.segments[p.segments.size() - 2].span);
    // std's other associated functions of these types (`String::from_utf8`, `Box::into_raw`, the
    // constructors std's traits give them, `String::from_iter(..)`): std has them, the engine does not run them yet.
    if (!learners && stdType && stdHasFunction(owner, p.last()))
      fail(DiagCode::None, "`" + owner + "::" + p.last() + "` is not supported yet", Span::cover(p.segments.front().span, p.segments.back().span));
    // `Meters::try_from(2.5)` of a type with only `From<f64>`: std's blanket `impl<T, U: Into<T>> TryFrom<U> for T`.
    if (learners && p.last() == "try_from" && self != kNoType && learnersFromInto(T_.resolve(self), StdTrait::From))
      fail(DiagCode::None, "`" + owner + "::try_from` through std's blanket TryFrom over a From impl is not supported yet",
           Span::cover(p.segments.front().span, p.segments.back().span));
    bool isEnum = T_.findEnum(ownerKey) >= 0 || owner == "Option" || owner == "Result";
    if (learners || stdType)
      fail(DiagCode::E0599, "no function or associated item named `" + p.last() + "` found for " +
                        (isEnum ? "enum" : "struct") + " `" + owner + "` in the current scope",
           p.segments.back().span, "function or associated item not found in `" + owner + "`");
    // A std type's associated function the engine does not run (`HashMap::default`, `Rc::new_cyclic`,
    // `i64::from`).
    bool primitive = p.segments.size() == 2 && namesPrimitiveType(ownerKey);
    if (p.segments.front().name == "std" || primitive)
      fail(DiagCode::None, "`" + owner + "::" + p.last() + "` is not supported yet", Span::cover(p.segments.front().span, p.segments.back().span));
    if (names_->resolve(p, itemScope_, Namespace::Type, false).used == 0) throw CompileError(unresolvedFirstSegment(p.segments[0]));
    fail(DiagCode::E0433, "cannot find type `" + owner + "` in this scope", p.segments[p.segments.size() - 2].span,
         "use of undeclared type `" + owner + "`");
  }
  if (s >= 0) fail(DiagCode::E0618, "expected function, found struct `" + T_.structs()[s].name + "`", callee.span);
  auto item = itemByKey_.find(name);
  if (item != itemByKey_.end() && (item->second.kind == ItemKind::Const || item->second.kind == ItemKind::Static))
    fail(DiagCode::E0618, "expected function, found `" + T_.name(out_.consts[item->second.index].type) + "`", callee.span);
  failOuterLocal(callee, name);
  if (p.segments.size() == 1) requireNotTypeNamespace(p, "function");
  fail(DiagCode::E0425, "cannot find function `" + name + "` in this scope", callee.span, "not found in this scope");
}

// A call's arguments checked in order, each by check(i). A mismatch is
// rustc's E0308 at that argument, unless a later argument mismatches too:
// rustc then reports them together, "arguments to this function are
// incorrect" (method, struct, enum variant), at the callee (a method's
// name). A mismatch counts where its error points at the argument itself.
void Resolver::checkArguments(Expr& e, size_t count, const char* what, const std::function<void(size_t)>& check) {
  auto atArgument = [&](const CompileError& err, size_t i) {
    const Diagnostic& d = err.diagnostic;
    return d.code == DiagCode::E0308 && !d.labels.empty() && d.labels[0].span.start == e.args[i]->span.start &&
           d.labels[0].span.end == e.args[i]->span.end;
  };
  for (size_t i = 0; i < count; ++i) {
    try {
      check(i);
    } catch (CompileError& first) {
      if (!atArgument(first, i)) throw;
      for (size_t j = i + 1; j < count; ++j) {
        bool mismatched = false;
        try {
          check(j);
        } catch (CompileError& other) {
          mismatched = atArgument(other, j);
        }
        if (mismatched)
          fail(DiagCode::E0308, std::string("arguments to this ") + what + " are incorrect",
               e.kind == ExprKind::MethodCall ? e.nameSpan : e.operand->span);
      }
      throw;
    }
  }
}

TypeId Resolver::checkUserCall(Expr& e, int32_t, size_t firstArg, std::vector<TypeId> params, TypeId ret) {
  std::vector<TypeId> rest(params.begin() + static_cast<long>(firstArg), params.end());
  checkArgCount(e, rest.size(), e.args.size(), e.kind == ExprKind::MethodCall ? "method" : "function");
  checkArguments(e, rest.size(), e.kind == ExprKind::MethodCall ? "method" : "function",
                 [&](size_t i) { coerce(*e.args[i], checkExpr(*e.args[i], rest[i]), rest[i]); });
  return ret;
}

// A `self: Box<Self>` method takes the Box the auto-deref went through to
// reach Self, by value: the receiver is one deref short of where the
// method was found. Reached without a Box (`Draft {}.approve()`), rustc
// finds no such method (E0599).
int Resolver::boxedReceiverLevel(const Expr& e, int derefs) {
  TypeId level = T_.resolve(e.operand->type);
  for (int i = 0; i + 1 < derefs && level != kNoType; ++i) level = T_.derefTarget(level);
  if (derefs == 0 || level == kNoType || T_.get(T_.resolve(level)).kind != TypeKind::Box) {
    TypeId self = derefs == 0 ? level : T_.derefTarget(level);
    fail(DiagCode::E0599, "no method named `" + e.text + "` found for " + kindAndName(self) + " in the current scope", e.nameSpan,
         "this method takes `self: Box<Self>`: it is available on `Box<" + typeName(self) + ">`");
  }
  return derefs - 1;
}

// A method call of a function of the learner's or std's Rust items.
TypeId Resolver::checkPickedMethod(Expr& e, MethodPick pick) {
  const FnInfo& fn = out_.fns[pick.fn];
  int32_t trait = fn.trait >= 0 ? fn.trait : fn.impl >= 0 ? out_.impls[fn.impl].trait.trait : -1;
  if (trait >= 0 && trait == stdTrait(StdTrait::Drop))
    fail(DiagCode::E0040, "explicit use of destructor method", e.nameSpan, "explicit destructor calls not allowed");
  requireVisibleFn(fn, e.nameSpan);
  if (fn.decl->self == SelfParam::Box || fn.decl->self == SelfParam::MutBox) pick.derefs = boxedReceiverLevel(e, pick.derefs);
  e.derefs = static_cast<uint8_t>(pick.derefs);
  e.receiverMode = fn.decl->self == SelfParam::Ref ? 1 : fn.decl->self == SelfParam::RefMut ? 2 : 0;
  if (e.receiverMode == 2) requireMutableReceiver(e);
  if (!e.methodGenerics.empty()) applyTurbofish(e.methodGenerics[0], fn, &pick);
  return checkPickedCall(e, pick, 1);
}

// Whether std's impls give `self` an associated function `name` the engine
// runs: Default's `default` (std's types', or a learner's deriving it).
bool Resolver::hasStdImplFn(TypeId self, const std::string& name) {
  return name == "default" && stdImplements(self, StdTrait::Default, TraitRef{stdTrait(StdTrait::Default), {}, {}, {}});
}

// A std impl's function called through a type: `u8::default()`, or a
// learner's type deriving it. Recorded as a builtin call with the type on
// the callee (as `size_of::<T>`).
bool Resolver::callsStdImpl(Expr& e, TypeId self, const std::string& name, TypeId expected) {
  if (!hasStdImplFn(self, name)) return false;
  e.resolvedKind = static_cast<uint8_t>(Resolved::Builtin);
  e.resolved = static_cast<int32_t>(BuiltinFn::DefaultDefault);
  e.operand->type = self;
  e.type = checkBuiltinCall(e, BuiltinFn::DefaultDefault, expected);
  return true;
}

// `T::default()`, `u8::default()`: T is the type the path names, on the callee.
TypeId Resolver::byTypeOfPath(Expr& e, BuiltinFn f, TypeId, TypeId, TypeId expected) {
  TypeId self = e.operand->type;
  return bySignature(e, f, self, self, expected);
}

// The path of the type a type alias names, following aliases of aliases,
// by the segments a path to its items is written with: std's type or
// primitive (`Vec`, `std::collections::HashMap`, `u8`), or the learner's
// struct or enum (its key, one segment); empty for anything else (a tuple,
// a reference, a cycle of aliases, which is E0391 where it is lowered).
std::vector<std::string> Resolver::aliasedTypePath(int32_t alias) {
  for (int hops = 0; hops <= static_cast<int>(out_.ast->typeAliases.size()); ++hops) {
    const TypeAliasDecl& d = out_.ast->typeAliases[alias];
    if (d.type->kind != TypeExprKind::Path) return {};
    const Path& named = d.type->path;
    PathResolution r = names_->resolve(named, d.scope, Namespace::Type, true);
    if (r.used == 0 && named.segments.size() == 1) return {named.last()};  // the prelude's `Vec`, a primitive, as written
    if (r.used != named.segments.size()) return {};
    if (r.item.kind == ItemKind::Struct || r.item.kind == ItemKind::Enum) return {names_->keyOf(r.item)};
    if (r.item.kind == ItemKind::TypeAlias) {
      alias = r.item.index;
      continue;
    }
    if (r.item.kind != ItemKind::Std) return {};
    std::vector<std::string> segments;
    for (size_t at = 0;;) {
      size_t next = r.stdPath.find("::", at);
      segments.push_back(r.stdPath.substr(at, next - at));
      if (next == std::string::npos) return segments;
      at = next + 2;
    }
  }
  return {};
}

// `Grid::new()`, `Byte::MAX`, `MaybeInt::None`, `Dir::South(3)` where the
// alias names a std type, a primitive or the learner's struct or enum
// (`type Grid = Vec<Vec<u8>>;`): rustc reads the path through the type the
// alias names, with the alias's type as Self. The path's leading segments
// are rewritten to that type's; the alias's type is returned, or kNoType
// when the path goes through no such alias.
TypeId Resolver::readThroughAlias(Path& p) {
  if (p.segments.size() < 2) return kNoType;
  auto alias = itemByKey_.find(p.segments[p.segments.size() - 2].name);
  if (alias == itemByKey_.end() || alias->second.kind != ItemKind::TypeAlias) return kNoType;
  std::vector<std::string> owner = aliasedTypePath(alias->second.index);
  if (owner.empty()) return kNoType;
  TypeId self = typeOfPathPrefix(p);
  Span covered = p.segments[p.segments.size() - 2].span;
  std::vector<PathSegment> segments;
  for (const std::string& name : owner) segments.push_back(plainSegment(name, covered));
  segments.push_back(std::move(p.segments.back()));
  p.segments = std::move(segments);
  return self;
}

// `P { x: 1 }` or a pattern `P { x, .. }` where `type P = Point;`: the
// struct the alias names, its last segment rewritten to the struct's key;
// the alias's type, or kNoType when the path names no such alias.
TypeId Resolver::readStructThroughAlias(Path& p) {
  auto alias = itemByKey_.find(p.last());
  if (alias == itemByKey_.end() || alias->second.kind != ItemKind::TypeAlias) return kNoType;
  std::vector<std::string> owner = aliasedTypePath(alias->second.index);
  if (owner.size() != 1 || T_.findStruct(owner[0]) < 0) return kNoType;
  Path prefix;  // the alias as a path's prefix, for the type it names with the arguments written on it
  prefix.segments.push_back(cloneSegment(p.segments.back()));
  prefix.segments.push_back(plainSegment("", p.segments.back().span));
  TypeId self = typeOfPathPrefix(prefix);
  p.segments.back().name = owner[0];
  p.segments.back().generics.clear();
  return self;
}

// What a path read through an alias gives is the alias's type when it is
// of the alias's kind (`Vec<T>` from `Vec::new`, `Option<T>` from `None`).
TypeId Resolver::asAliasType(TypeId t, TypeId alias, Span at) {
  if (T_.get(T_.resolve(t)).kind == T_.get(T_.resolve(alias)).kind && !unify(t, alias))
    fail(DiagCode::E0308, "mismatched types", at, "expected `" + typeName(alias) + "`, found `" + typeName(t) + "`");
  return t;
}

// The type the segments before a path's last name: `Point` in `Point::new`
// (its parameters inferred unless written: `Point::<f64>::new`), `Self`, a
// generic parameter, or a std enum; kNoType when they name no type.
TypeId Resolver::typeOfPathPrefix(const Path& p) {
  if (p.segments.size() < 2) return kNoType;
  const PathSegment& seg = p.segments[p.segments.size() - 2];
  if (p.segments.size() == 2) {
    if (seg.name == "Self") return currentSelf_ == kNoType ? kNoType : selfType();
    int32_t param = lookupGeneric(seg.name);
    if (param >= 0) return applySubstitution(param);
  }
  auto args = [&](const std::vector<TypeId>& params) {
    if (seg.generics.empty()) return freshVars(params.size());
    std::vector<TypeId> given;
    for (const auto& g : seg.generics) given.push_back(lowerTypeIn(*g, "paths"));
    if (given.size() != params.size())
      fail(DiagCode::E0107, "type takes " + std::to_string(params.size()) + " generic arguments but " +
                        std::to_string(given.size()) + " generic arguments were supplied",
           seg.span);
    return given;
  };
  auto alias = itemByKey_.find(seg.name);  // `Grid::new()`: the type the alias names, its arguments inferred if not given
  if (alias != itemByKey_.end() && alias->second.kind == ItemKind::TypeAlias) {
    const TypeAliasDecl& d = out_.ast->typeAliases[alias->second.index];
    return lowerTypeAlias(alias->second.index, args(std::vector<TypeId>(aliasTypeParams(d).size())));
  }
  if (p.segments.size() == 2) {
    int32_t s = T_.findStruct(seg.name);
    if (s >= 0) return T_.structType(s, args(T_.structs()[s].typeParams));
    int32_t en = T_.findEnum(seg.name);
    if (en >= 0) return T_.enumType(en, args(T_.enums()[en].typeParams));
  }
  Path prefix;
  for (size_t i = 0; i + 1 < p.segments.size(); ++i) prefix.segments.push_back(cloneSegment(p.segments[i]));
  int32_t en = stdEnumNamed(prefix);
  if (en >= 0) return T_.enumType(en, args(T_.enums()[en].typeParams));
  return kNoType;
}

// A generic function's type arguments at a call: the turbofish's
// (`largest::<i32>`) for its own parameters, fresh inference variables for
// the rest. `outer` are already known (the impl's or trait's).
std::vector<TypeId> Resolver::explicitOrFresh(const PathSegment& seg, const FnInfo& f, size_t outer) {
  std::vector<TypeId> args = freshVars(f.typeParams.size());
  MethodPick pick;
  pick.args = args;
  pick.fn = -1;
  size_t own = f.typeParams.size() - outer;
  if (!seg.generics.empty() && seg.generics.size() != own)
    fail(DiagCode::E0107, "function takes " + std::to_string(own) + " generic argument" + (own == 1 ? "" : "s") + " but " +
                      std::to_string(seg.generics.size()) + " generic argument" +
                      (seg.generics.size() == 1 ? " was" : "s were") + " supplied",
         seg.span, "expected " + std::to_string(own) + " generic argument" + (own == 1 ? "" : "s"));
  for (size_t i = 0; i < seg.generics.size(); ++i) args[outer + i] = lowerTypeIn(*seg.generics[i], "paths");
  return args;
}

void Resolver::applyTurbofish(const PathSegment& seg, const FnInfo& f, MethodPick* pick) {
  if (seg.generics.empty()) return;
  size_t outer = outerParamCount(f);
  std::vector<TypeId> given = explicitOrFresh(seg, f, outer);
  for (size_t i = outer; i < given.size(); ++i) pick->args[i] = given[i];
}

// Types a call of a std function by its row's check.
TypeId Resolver::checkBuiltinCall(Expr& e, BuiltinFn f, TypeId expected) {
  using Check = TypeId (Resolver::*)(Expr&, BuiltinFn, TypeId, TypeId, TypeId);
  static const Check kChecks[] = {
#define SH_STD_FN(id, path, signature, check) &Resolver::check,
#include "check/std_fns.def"
  };
  const Path& p = e.operand->path;
  // The one type argument a generic builtin may be given: `Vec::<u8>::new()`, `size_of::<T>()`.
  TypeId given = kNoType;
  for (const PathSegment& seg : p.segments)
    if (!seg.generics.empty()) given = lowerTypeIn(*seg.generics[0], "paths");
  TypeId t = given != kNoType ? given : T_.newVar(VarKind::Any);
  return (this->*kChecks[static_cast<size_t>(f)])(e, f, given, t, expected);
}

// Checks a std function's arguments against its row's signature, T being t.
TypeId Resolver::bySignature(Expr& e, BuiltinFn f, TypeId, TypeId t, TypeId) {
  TypeId result;
  std::vector<TypeId> params = signatureTypes(T_, stdFn(f).signature, {t, kNoType, kNoType}, &result);
  checkArgCount(e, params.size(), e.args.size(), "function");
  checkArguments(e, params.size(), "function", [&](size_t i) { coerce(*e.args[i], checkExpr(*e.args[i], params[i]), params[i]); });
  return result;
}

// `String::from(x)` for each of std's `From` impls for String: a `&str`
// (also `&mut str`), a `String` (moved in and handed back), a `&String`
// (copied as its text) and a `char`; another type is E0277 at the path.
TypeId Resolver::stringFromText(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected) {
  (void)f, (void)given, (void)t, (void)expected;
  checkArgCount(e, 1, e.args.size(), "function");
  TypeId arg = checkExpr(*e.args[0], T_.strRef());
  const Type a = T_.get(T_.resolve(arg));
  if (a.kind == TypeKind::String || a.kind == TypeKind::Char) return T_.stringType();
  TypeId pointee = a.kind == TypeKind::Ref ? T_.resolve(a.args[0]) : kNoType;
  bool text = pointee != kNoType && (T_.get(pointee).kind == TypeKind::Str || T_.get(pointee).kind == TypeKind::String);
  if (!text && !(a.kind == TypeKind::Var && a.varKind == VarKind::Any))
    fail(DiagCode::E0277, "the trait bound `String: From<" + typeName(arg) + ">` is not satisfied", e.operand->span,
         "the trait `From<" + typeName(arg) + ">` is not implemented for `String`");
  coerce(*e.args[0], arg, T_.strRef());
  return T_.stringType();
}

// `let v: Vec<u8> = Vec::new();`: without a type argument, T is the element
// type of what the context expects, when that is the same kind of type.
TypeId Resolver::hintedByContext(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected) {
  if (given == kNoType && expected != kNoType) {
    TypeId result;
    signatureTypes(T_, stdFn(f).signature, {t, kNoType, kNoType}, &result);
    const Type want = T_.get(T_.resolve(expected));
    // `Box::new(dog)` where a `Box<dyn Animal>` is expected makes a Box<Dog>, coerced after; a
    // closure there learns its signature from the object's Fn trait, as from a bound.
    bool object = want.kind == T_.get(result).kind && T_.get(T_.resolve(want.args[0])).kind == TypeKind::Dyn;
    // `Box::new([1, 2])` where a `Box<[i32]>` is expected makes a Box<[i32; 2]>, coerced after.
    bool slice = want.kind == T_.get(result).kind && T_.get(T_.resolve(want.args[0])).kind == TypeKind::Slice;
    if (want.kind == T_.get(result).kind && !object && !slice) t = want.args[0];
    if (object && !e.args.empty() && e.args[0]->kind == ExprKind::Closure) requireTrait(t, traitOfDyn(want.args[0]), e.args[0]->span);
  }
  return bySignature(e, f, given, t, expected);
}

// `Ok(x)` and `Err(e)`: the argument is one side of the Result, the other
// side comes from the context (`-> Result<i32, String>`) or is inferred later.
TypeId Resolver::resultVariant(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected) {
  bool ok = f == BuiltinFn::Ok;
  TypeId other = T_.newVar(VarKind::Any);
  if (expected != kNoType) {
    const Type want = T_.get(T_.resolve(expected));
    if (want.kind == TypeKind::Result) {
      t = want.args[ok ? 0 : 1];
      other = want.args[ok ? 1 : 0];
    }
  }
  TypeId result;
  std::vector<TypeId> params = signatureTypes(T_, stdFn(f).signature, {t, kNoType, other}, &result);
  (void)given;
  checkArgCount(e, params.size(), e.args.size(), "function");
  for (size_t i = 0; i < params.size(); ++i) coerce(*e.args[i], checkExpr(*e.args[i], params[i]), params[i]);
  return result;
}

// size_of::<T>() and align_of::<T>() have no argument to infer T from.
TypeId Resolver::typeArgumentNeeded(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected) {
  if (given == kNoType) fail(DiagCode::E0282, "type annotations needed", e.operand->span, "cannot infer type of the type parameter `T`");
  TypeId result = bySignature(e, f, given, t, expected);
  e.operand->type = given;  // the interpreter reads T from the callee path
  return result;
}

// A `&mut self` method needs a mutable receiver: a `mut` binding, or, when
// the receiver is reached through a reference, a `&mut` one; never the
// inside of an Rc or of a RefCell's shared guard, which only Deref.
void Resolver::requireMutableReceiver(const Expr& call) {
  deferToBorrowCheck([&] { checkMutableReceiver(call); });
}

void Resolver::checkMutableReceiver(const Expr& call) {
  Expr& receiver = *call.operand;
  if (call.derefs == 0) {
    requireMutablePlace(receiver, receiver.span, "borrow");
    return;
  }
  TypeId through = T_.resolve(receiver.type);
  for (int i = 0; i < call.derefs && through != kNoType; ++i) {
    rejectMutationThroughSharedOwner(through, receiver.span, "borrow");
    through = T_.derefTarget(through);
  }
  const Type t = T_.get(T_.resolve(receiver.type));
  if (t.kind == TypeKind::Box) {
    requireMutablePlace(receiver, receiver.span, "borrow");
    return;
  }
  if (t.kind == TypeKind::Ref && !t.isMut && !reportedAtTheClosure(receiver)) {
    std::string what = text(receiver.span);
    fail(DiagCode::E0596, "cannot borrow `*" + what + "` as mutable, as it is behind a `&` reference", receiver.span,
         "`" + what + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable");
  }
}

TypeId Resolver::checkMethodCall(Expr& e, TypeId expected) {
  if (rewriteIntoAsFrom(e, expected)) return checkCall(e, expected);
  if (rewriteTryIntoAsTryFrom(e, expected)) return checkTryIntoCall(e, expected);
  if (TypeId open = openInto(e); open != kNoType) return open;
  TypeId receiver = checkExpr(*e.operand, unwrappedTryIntoContext(e, expected));
  if (borrowsAsBoundTarget(e, receiver)) return e.type;
  const Expr* outer = methodCallChecked_;
  methodCallChecked_ = &e;
  TypeId result = checkMethodOn(e, receiver, expected);
  methodCallChecked_ = outer;
  return result;
}

// `b.deref()` on std's own pointers (Box, Rc, String, Vec, a RefCell's
// guards) calls std's Deref impl by name, which the checker has no row for:
// "not supported yet", where the auto-deref below would otherwise look for
// `deref` on what the pointer holds and report a method rustc finds missing.
void Resolver::rejectStdDerefByName(const Expr& e, TypeId receiver) {
  TypeId t = T_.resolve(receiver);
  while (T_.get(t).kind == TypeKind::Ref) t = T_.resolve(T_.get(t).args[0]);
  TypeKind k = T_.get(t).kind;
  if (k == TypeKind::Box || k == TypeKind::Rc || k == TypeKind::String || k == TypeKind::Vec || k == TypeKind::CellRef ||
      k == TypeKind::CellRefMut)
    fail(DiagCode::None, "calling `" + e.text + "` by name on `" + typeName(t) + "` is not supported yet (`&*x` and auto-deref are)",
         e.nameSpan);
}

// A method call whose receiver, of type `receiver`, is checked.
TypeId Resolver::checkMethodOn(Expr& e, TypeId receiver, TypeId expected) {
  if (e.text == "deref" || e.text == "deref_mut") rejectStdDerefByName(e, receiver);
  int derefs = 0;
  TypeId t = stripRefs(receiver, &derefs);
  if (T_.get(t).kind == TypeKind::Var && T_.get(t).varKind != VarKind::Any && (e.text == "to_string" || e.text == "clone")) {
    // A trait method on `{integer}` falls back to i32 (`{float}` to f64), as in rustc.
    T_.bindVar(t, T_.get(t).varKind == VarKind::Integer ? T_.intType(IntKind::I32) : T_.f64Type());
    t = T_.resolve(t);
  }
  const Type ty = T_.get(t);
  MethodPick pick;
  if (ty.kind == TypeKind::Var && ty.varKind != VarKind::Any && lookupUserMethod(receiver, e.text, &pick))
    return checkPickedMethod(e, pick);
  // A comparison trait's method (`7.max(x)`, `1.partial_cmp(&2)`) keeps an
  // open number open, as rustc does: with `x: u8`, 7 is a u8.
  // So does a Box's own method (`Box::new(5).as_ref()`), found on the Box before the number.
  int unused = 0;
  TypeId boxOwn = firstTypeWithStdMethod(receiver, e.text, &unused);
  bool openComparison = ty.kind == TypeKind::Var && ty.varKind != VarKind::Any &&
                        (firstTypeWithStdMethod(t, e.text, &unused) != kNoType ||
                         (boxOwn != kNoType && T_.get(boxOwn).kind == TypeKind::Box));
  if (ty.kind == TypeKind::Var && ty.varKind != VarKind::Any && !openComparison) {
    std::string kind = ty.varKind == VarKind::Integer ? "{integer}" : "{float}";
    if (isNumericMethodName(e.text) && derefs > 0)  // rustc does not look through the reference to an ambiguous number
      fail(DiagCode::E0599, "no method named `" + e.text + "` found for reference `&" + kind + "` in the current scope", e.nameSpan,
           "method not found in `&" + kind + "`");
    if (isNumericMethodName(e.text))
      fail(DiagCode::E0689, "can't call method `" + e.text + "` on ambiguous numeric type `" + kind + "`", e.nameSpan);
    if (stdHasMethod(StdNames::Blanket, e.text))  // every type's: `3.5.into()`
      fail(DiagCode::None, "the method `" + e.text + "` of `" + kind + "` is not supported yet", e.nameSpan);
    fail(DiagCode::E0599, "no method named `" + e.text + "` found for type `" + kind + "` in the current scope", e.nameSpan,
         "method not found in `" + kind + "`");
  }
  if (ty.kind == TypeKind::Var && !openComparison) {
    if (isLaterOutput(t) && settleKnownOperands()) return checkMethodOn(e, receiver, expected);
    requireSettledTarget(t, DiagCode::E0282);
    failUnknownType(t, e.operand->span);
  }
  TypeId iterated;
  // a caller's `-> impl Iterator` value runs as its concrete iterator: std's method, not the trait's, which has no body here
  if (ty.kind == TypeKind::Param && isOpaque(t) && checkLearnersIteratorMethod(e, t, derefs, expected, &iterated)) return iterated;
  if (lookupUserMethod(receiver, e.text, &pick)) {
    requireOneApplicable(pick, e.text, e.nameSpan);
    return checkPickedMethod(e, pick);
  }
  rejectLearnersMethodThroughStdDeref(e, receiver);
  if (lookupAssocFn(t, e.text, &pick))
    fail(DiagCode::E0599, "no method named `" + e.text + "` found for " + kindAndName(t) + " in the current scope", e.nameSpan,
         "this is an associated function, not a method");
  if (checkLearnersIteratorMethod(e, t, derefs, expected, &iterated)) return iterated;
  if (learnersDeref(t) && firstTypeWithStdMethod(receiver, e.text, &unused) == kNoType)
    return checkMethodThroughDeref(e, derefs, expected);
  if (firstTypeWithStdMethod(receiver, e.text, &unused) == kNoType) requireTraitInScope(receiver, e.text, true, e.nameSpan);
  if (ty.kind == TypeKind::Param)
    fail(DiagCode::E0599, "no method named `" + e.text + "` found for " + kindAndName(t) + " in the current scope",
         e.nameSpan, "method not found in `" + typeName(t) + "`");
  if (e.text == "as_ptr" || e.text == "as_mut_ptr")
    fail(DiagCode::None, "raw pointers (`" + e.text + "`) are not supported yet: the diagram shows every pointer's address instead",
         e.nameSpan);
  BuiltinMethod which;
  if (takesMutRefAsIterator(e, receiver)) {  // std's `impl Iterator for &mut I`: the reference is the iterator, moved in
    e.derefs = 0;
    TypeId result = checkBuiltinMethod(e, T_.iterOf(T_.get(T_.resolve(T_.get(T_.resolve(receiver)).args[0])).args[0]), &which, expected);
    e.resolvedKind = static_cast<uint8_t>(Resolved::Method);
    e.resolved = static_cast<int32_t>(which);
    return result;
  }
  int levelDerefs = 0;
  TypeId level = firstTypeWithStdMethod(receiver, e.text, &levelDerefs);
  if (level != kNoType) {
    t = level;
    derefs = levelDerefs;
  }
  e.derefs = static_cast<uint8_t>(derefs);
  TypeId result = checkBuiltinMethod(e, t, &which, expected);
  e.resolvedKind = static_cast<uint8_t>(Resolved::Method);
  e.resolved = static_cast<int32_t>(which);
  return result;
}

// `it.by_ref().take(2)`, `r.sum()` with `r: &mut` a kept iterator: an
// iterator method taking self by value takes the `&mut` itself, which
// advances the iterator where it lies (run/std/streams.cpp byRefStream).
bool Resolver::takesMutRefAsIterator(const Expr& e, TypeId receiver) const {
  const Type& r = T_.get(T_.resolve(receiver));
  if (r.kind != TypeKind::Ref || !r.isMut || T_.keptIter(T_.resolve(r.args[0])) == KeptIter::None) return false;
  for (size_t i = 0; i < stdMethodCount(); ++i) {
    const StdMethodRow& row = stdMethod(static_cast<BuiltinMethod>(i));
    if (row.receiver == StdReceiver::Iter && e.text == row.name) return row.mode == ReceiverMode::ByValue;
  }
  return false;
}

// The learner's method of an impl for `str` or `[T]` called on a String or
// a Vec (`impl Shout for str` then `owned.shout()`): rustc finds it through
// std's Deref, which the engine does not take for the learner's methods yet.
void Resolver::rejectLearnersMethodThroughStdDeref(const Expr& e, TypeId receiver) {
  TypeId t = T_.resolve(receiver);
  while (T_.get(t).kind == TypeKind::Ref || T_.get(t).kind == TypeKind::Box) t = T_.resolve(T_.get(t).args[0]);
  const Type ty = T_.get(t);
  TypeId target = ty.kind == TypeKind::String ? T_.strType() : ty.kind == TypeKind::Vec ? T_.sliceOf(ty.args[0]) : kNoType;
  MethodPick pick;
  if (target != kNoType && lookupOnType(target, e.text, true, &pick))
    fail(DiagCode::None, "calling the method `" + e.text + "` of an impl for `" + typeName(target) + "` on a `" + typeName(t) +
                             "` through std's Deref is not supported yet",
         e.nameSpan);
}

// The first type along the receiver's auto-deref chain that has a std
// method of this name (a reference's rows are its referent's): a Box or an
// Rc clones as itself, `rc.borrow_mut()` reaches the RefCell inside the Rc,
// `guard.len()` the Vec inside a RefCell's guard. kNoType when none has.
// Clone's `&self` is found as rustc's probe finds it: on a shared
// reference `&S`, Self is S when S is Clone, else the reference itself, so
// `x.clone()` with `x: &&str` (a `T: Clone` instance's `&T`) clones the `&str`.
TypeId Resolver::firstTypeWithStdMethod(TypeId receiver, const std::string& name, int* derefs) const {
  TypeId t = T_.resolve(receiver);
  for (int d = 0; d < 64; ++d) {
    if (name == "clone" && T_.get(t).kind == TypeKind::Ref && !T_.get(t).isMut) {
      TypeId s = T_.resolve(T_.get(t).args[0]);
      bool selfIsS = receiverAccepts(T_, StdReceiver::Clone, s) || (T_.get(s).kind == TypeKind::Ref && !T_.get(s).isMut);
      *derefs = selfIsS ? d + 1 : d;
      return selfIsS ? s : t;
    }
    for (size_t i = 0; i < stdMethodCount(); ++i) {
      const StdMethodRow& row = stdMethod(static_cast<BuiltinMethod>(i));
      // Ord's max, min and clamp take self by value: on `&str` or `&i32`, Self is the reference.
      bool byValueOrd = row.receiver == StdReceiver::TotallyOrdered && row.mode == ReceiverMode::ByValue;
      if ((T_.get(t).kind != TypeKind::Ref || byValueOrd) && name == row.name && receiverAccepts(T_, row.receiver, t)) {
        *derefs = d;
        return t;
      }
    }
    t = T_.derefTarget(t);
    if (t == kNoType) return kNoType;
  }
  return kNoType;
}

// Types one builtin method call on a receiver of (auto-dereferenced) type
// `t`: the first row of check/std_methods.def with the call's name whose
// receiver accepts t, unless its check declines the call (kNoType).
TypeId Resolver::checkBuiltinMethod(Expr& e, TypeId t, BuiltinMethod* which, TypeId expected) {
  using Check = TypeId (Resolver::*)(Expr&, BuiltinMethod, TypeId, TypeId);
  static const Check kChecks[] = {
#define SH_STD_METHOD(id, receiver, name, mode, signature, check) &Resolver::check,
#include "check/std_methods.def"
  };
  for (size_t i = 0; i < stdMethodCount(); ++i) {
    auto m = static_cast<BuiltinMethod>(i);
    if (e.text != stdMethod(m).name || !receiverAccepts(T_, stdMethod(m).receiver, t)) continue;
    TypeId result = (this->*kChecks[i])(e, m, t, expected);
    if (result == kNoType) continue;
    *which = m;
    return result;
  }
  const Type ty = T_.get(t);
  bool ordByValue = e.text == "max" || e.text == "min" || e.text == "clamp";
  if (ordByValue && (ty.kind == TypeKind::Struct || ty.kind == TypeKind::Enum) &&
      implements(t, TraitRef{stdTrait(StdTrait::Ord), {}, {}, {}})) {  // Ord's provided methods over the learner's own `cmp`
    if (e.text != "clamp" && orderedByOwnImpls(t)) {  // max and min call its `lt` once (run/std/ordering.cpp)
      *which = e.text == "max" ? BuiltinMethod::OrdMax : BuiltinMethod::OrdMin;
      return comparedByStd(e, *which, t, expected);
    }
    requireNoHandWrittenComparison(t, Comparison::TotalOrder, "`" + e.text + "`", e.nameSpan);
  }
  rejectUnsupportedStdMethod(e, t);
  // rustc names the receiver as it was given (`&&Button`, `Box<dyn Draw>`), not where auto-deref ended
  bool throughReference = T_.get(T_.resolve(e.operand->type)).kind == TypeKind::Ref;
  if (e.text == "to_string") failToStringWithoutDisplay(e, throughReference ? e.operand->type : t);
  fail(DiagCode::E0599, "no method named `" + e.text + "` found for " + kindAndName(e.operand->type, e.text) + " in the current scope",
       e.nameSpan, "method not found in `" + typeName(e.operand->type) + "`");
}

// An iterator std never gives an exact length (ExactSizeIterator's `len`):
// a chain made here ending in an adapter whose count depends on its items
// (`filter`, `take_while`, `flat_map`, `chain`, ...) or text's `chars()`.
static bool neverExactSize(const Expr& chain) {
  if (chain.kind != ExprKind::MethodCall || chain.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  switch (static_cast<BuiltinMethod>(chain.resolved)) {
    case BuiltinMethod::IterFilter: case BuiltinMethod::IterFilterMap: case BuiltinMethod::IterTakeWhile:
    case BuiltinMethod::IterSkipWhile: case BuiltinMethod::IterFlatMap: case BuiltinMethod::IterFlatten: case BuiltinMethod::IterScan:
    case BuiltinMethod::IterChain: case BuiltinMethod::StrChars: case BuiltinMethod::StrCharIndices:
    case BuiltinMethod::StrSplitWhitespace: case BuiltinMethod::StrLines:
      return true;
    default: return false;
  }
}

// The struct a set operation of a HashSet or a BTreeSet makes, as rustc's
// E0599 names it (generic parameters as std declares them); "" for any other
// chain. They are Iterators and no more: no `len`, no `rev`.
static std::string setOperationStruct(const Expr& chain) {
  if (chain.kind != ExprKind::MethodCall || chain.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return "";
  switch (static_cast<BuiltinMethod>(chain.resolved)) {
    case BuiltinMethod::SetUnion: return "std::collections::hash_set::Union<'a, T, S, A>";
    case BuiltinMethod::SetIntersection: return "std::collections::hash_set::Intersection<'a, T, S, A>";
    case BuiltinMethod::SetDifference: return "std::collections::hash_set::Difference<'a, T, S, A>";
    case BuiltinMethod::SetSymmetricDifference: return "std::collections::hash_set::SymmetricDifference<'a, T, S, A>";
    case BuiltinMethod::BSetUnion: return "std::collections::btree_set::Union<'a, T>";
    case BuiltinMethod::BSetIntersection: return "std::collections::btree_set::Intersection<'a, T, A>";
    case BuiltinMethod::BSetDifference: return "std::collections::btree_set::Difference<'a, T, A>";
    case BuiltinMethod::BSetSymmetricDifference: return "std::collections::btree_set::SymmetricDifference<'a, T>";
    default: return "";
  }
}

// An Rc, a RefCell's guards and std's other collections have many more
// methods than the engine runs (`rc.into_keys`, `deque.rotate_left`), and
// reach their target's: a name none of their rows has is a method std may
// well have, so it is "not supported yet", never an E0599 that would tell the
// learner their program is wrong. For the other std types (RefCell, Cell,
// Weak, HashMap and HashSet among them), a name std gives the type (its
// documented methods, check/std_method_names.def) is "not supported yet" too;
// any other name is rustc's E0599 (`cell.push(1)`, borrow_mut forgotten). Every type has `into` and `try_into` (std's blanket
// impls over From and TryFrom).
void Resolver::rejectUnsupportedStdMethod(const Expr& e, TypeId t) {
  if (e.text == "into" || e.text == "try_into")
    fail(DiagCode::None, "`." + e.text + "()` is not supported yet: call the target type's `from` instead", e.nameSpan);
  for (StdReceiver formatting : {StdReceiver::Formatter, StdReceiver::DebugStruct, StdReceiver::DebugTuple, StdReceiver::DebugList,
                                    StdReceiver::DebugSet, StdReceiver::DebugMap})
    if (receiverAccepts(T_, formatting, t))  // `f.debug_map()`, `f.write_fmt(..)`, `d.finish_non_exhaustive()`
      fail(DiagCode::None, "the method `" + e.text + "` of `" + typeName(t) + "` is not supported yet", e.nameSpan);
  const Type& ty = T_.get(t);
  bool peekablesOwn = e.text == "peek" || e.text == "peek_mut" || e.text == "next_if" || e.text == "next_if_eq";
  if (ty.kind == TypeKind::Iter && peekablesOwn) return;  // on an iterator that is no Peekable: rustc's E0599
  if (ty.kind == TypeKind::Iter && e.text == "len" && neverExactSize(*e.operand)) return;  // no ExactSizeIterator: E0599
  std::string setOperation = ty.kind == TypeKind::Iter ? setOperationStruct(*e.operand) : "";
  if (!setOperation.empty() && (e.text == "len" || !stdHasMethod(StdNames::Iter, e.text)))
    fail(DiagCode::E0599, "no method named `" + e.text + "` found for struct `" + setOperation + "` in the current scope", e.nameSpan);
  const std::string notRunYet = "the method `" + e.text + "` of `" + typeName(t) + "` is not supported yet";
  StdNames list = StdNames::Vec;
  switch (ty.kind) {
    case TypeKind::Rc: case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::MapEntry: case TypeKind::VecDeque:
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: case TypeKind::BTreeEntry: case TypeKind::BinaryHeap:
      fail(DiagCode::None, notRunYet, e.nameSpan);
    case TypeKind::RefCell: list = StdNames::RefCell; break;  // no Deref: `cell.push(1)` without borrow_mut is E0599
    case TypeKind::Cell: list = StdNames::Cell; break;
    case TypeKind::Weak: list = StdNames::Weak; break;  // `w.len()` without upgrade
    case TypeKind::HashMap: list = StdNames::HashMap; break;
    case TypeKind::HashSet: list = StdNames::HashSet; break;
    case TypeKind::Int: list = intKindSigned(ty.intKind) ? StdNames::SignedInt : StdNames::UnsignedInt; break;
    case TypeKind::Float: list = StdNames::Float; break;
    case TypeKind::Char: list = StdNames::Char; break;
    case TypeKind::Bool: list = StdNames::Bool; break;
    case TypeKind::Vec: list = StdNames::Vec; break;
    case TypeKind::Array: list = StdNames::Array; break;
    case TypeKind::Slice: list = StdNames::Slice; break;
    case TypeKind::String: list = StdNames::String; break;
    case TypeKind::Str: list = StdNames::Str; break;
    case TypeKind::Dyn:  // `dyn Error`'s own methods (`e.downcast_ref::<ParseIntError>()`, `is`), a Box<dyn Error>'s `downcast`
      if (downcastsAnError(t, e.text)) fail(DiagCode::None, notRunYet, e.nameSpan);
      return;
    case TypeKind::Box: {  // a Box<[T]> or Box<str> has its slice's or str's methods
      TypeKind pointee = T_.get(T_.resolve(ty.args[0])).kind;
      if (pointee != TypeKind::Slice && pointee != TypeKind::Str) return;
      list = pointee == TypeKind::Slice ? StdNames::Slice : StdNames::Str;
      break;
    }
    case TypeKind::Option:  // core's Option has a private `len` of its own (for its iterators): `opt.len()` is E0624
      if (e.text == "len") fail(DiagCode::E0624, "method `len` is private", e.nameSpan, "private method");
      list = StdNames::Option;
      break;
    case TypeKind::Result: list = StdNames::Result; break;
    case TypeKind::Iter:  // DoubleEndedIterator's own methods on a split by a &str: its searcher is no DoubleEndedSearcher
      if (walksWithStrSearcher(t) && (e.text == "next_back" || e.text == "nth_back" || e.text == "rfold" || e.text == "rfind" ||
                                      e.text == "try_rfold" || e.text == "advance_back_by"))
        failUnsatisfiedBounds(e, t, BoundsLabel::CannotBeCalled);
      list = StdNames::Iter;
      break;
    case TypeKind::Range: list = StdNames::Range; break;
    case TypeKind::Enum:
      if (T_.enumOf(t).stdPath != "std::cmp::Ordering") return;
      list = StdNames::Ordering;
      break;
    default: return;
  }
  if (list == StdNames::Float && computedByTheCLibrary(e.text))
    fail(DiagCode::None,
         notRunYet + ": std computes it with the platform's C math library, whose last digits the browser's own library does not reproduce",
         e.nameSpan);
  if (stdHasMethod(list, e.text)) fail(DiagCode::None, notRunYet, e.nameSpan);
}

// Whether `name` is one of the methods std gives `dyn Error` itself, and
// `t` such a trait object.
bool Resolver::downcastsAnError(TypeId t, const std::string& name) const {
  const Type& d = T_.get(T_.resolve(t));
  bool error = d.kind == TypeKind::Dyn && out_.traits[d.traitIndex].std == StdTrait::Error;
  return error && (name == "downcast_ref" || name == "downcast_mut" || name == "is" || name == "downcast");
}

// The float methods std hands to the C library (see run/std/float_math.cpp).
bool Resolver::computedByTheCLibrary(const std::string& name) {
  static const std::set<std::string> kLibm = {
      "exp", "exp2", "exp_m1", "ln", "ln_1p", "log", "log10", "log2", "cbrt", "sin", "cos", "tan", "sin_cos", "asin", "acos",
      "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "powf", "hypot", "gamma", "ln_gamma", "erf", "erfc"};
  return kLibm.count(name) > 0;
}

// `(0..)` where it is iterated: a range that counts to its type's end, never laid out here.
static bool writtenWithoutAnEnd(const Expr& e) {
  const Expr* r = &withoutParens(e);
  return r->kind == ExprKind::Range && (!r->lhs || !r->rhs);
}

// Whether `adapter` of `inner` is kept as std's struct around it: around a
// kept iterator or a range with both ends; `rev` only around what the
// engine writes back after walking it from the back (keptWrittenFromTheBack).
// Otherwise the adapter is a chain run where it is written.
bool Resolver::keptAround(KeptIter adapter, TypeId inner, const Expr& operand) const {
  if (T_.get(inner).kind == TypeKind::Range) return !writtenWithoutAnEnd(operand);
  KeptIter k = T_.keptIter(inner);
  return k != KeptIter::None && (adapter != KeptIter::Rev || keptWrittenFromTheBack(inner));
}

// A kept iterator whose state the engine writes back after items taken from
// its back: not a text splitter (none is walked back in place), a Chain
// (whose second std lets go of once spent from the back), a Zip (whose
// back std takes by shortening its len), a StepBy around a range (kept as
// std's count of steps), nor anything around one of those.
bool Resolver::keptWrittenFromTheBack(TypeId iter) const {
  if (T_.get(iter).kind == TypeKind::Range) return true;
  KeptIter k = T_.keptIter(iter);
  if (keptSplitsText(k) || k == KeptIter::Chain || k == KeptIter::Zip) return false;
  if (!keptAdapter(k)) return true;
  TypeId inner = T_.get(iter).args[1];
  if (k == KeptIter::StepBy && T_.get(inner).kind == TypeKind::Range) return false;
  return keptWrittenFromTheBack(inner);
}

// Checks a std method's receiver and arguments against its row, `_` in the
// signature standing for `hole`.
// `second` is the signature's V where the receiver has no second type
// argument (scan's closure result, flat_map's item).
TypeId Resolver::typeMethodCall(Expr& e, BuiltinMethod m, TypeId self, TypeId hole, TypeId second) {
  const StdMethodRow& row = stdMethod(m);
  const Type& ty = T_.get(self);
  TypeId result;
  std::vector<CallableParam> callables;
  // A kept adapter's other arguments are what it holds (its inner iterator, its closure), never V.
  bool secondArg = ty.args.size() > 1 && ty.kind != TypeKind::Iter;
  std::vector<TypeId> params = signatureTypes(
      T_, row.signature, {ty.args.empty() ? kNoType : ty.args[0], self, hole, secondArg ? ty.args[1] : second}, &result, &callables);
  e.receiverMode = static_cast<uint8_t>(row.mode);
  if (row.mode == ReceiverMode::ByMut) requireMutableReceiver(e);
  checkArgCount(e, params.size(), e.args.size(), "method");
  checkArguments(e, params.size(), "method", [&](size_t i) {
    auto callable = std::find_if(callables.begin(), callables.end(), [&](const CallableParam& c) { return c.param == i; });
    if (callable != callables.end()) checkCallableArgument(*e.args[i], params[i], *callable, e.nameSpan);
    else coerce(*e.args[i], checkExpr(*e.args[i], params[i]), params[i]);
  });
  // An iterator a source makes can be kept (std's own layout); what an adapter makes is a chain.
  if (result != kNoType && T_.get(result).kind == TypeKind::Iter && (keptIterMadeBy(m) != KeptIter::None || row.receiver == StdReceiver::Iter))
    result = T_.iterOf(T_.get(result).args[0], keptIterMadeBy(m));
  // enumerate, skip, take, peekable, map, filter, rev, ... of a kept iterator or a range: std's adapter
  // struct around it (map's and filter's closure in it), which can be kept too
  KeptIter adapter = keptAdapterMadeBy(m);
  TypeId inner = T_.resolve(self);
  if (adapter != KeptIter::None && result != kNoType && keptAround(adapter, inner, *e.operand)) {
    TypeId closure = keptWithClosure(adapter) ? T_.resolve(e.args[0]->type) : kNoType;
    result = T_.keptAdapterOf(adapter, T_.get(result).args[0], inner, closure);
  }
  return result;
}

TypeId Resolver::bySignature(Expr& e, BuiltinMethod m, TypeId self, TypeId) { return typeMethodCall(e, m, self, kNoType); }

// The one type argument a method call may be given: `s.parse::<i32>()`.
TypeId Resolver::methodTypeArgument(const Expr& e) {
  return !e.methodGenerics.empty() && !e.methodGenerics[0].generics.empty() ? lowerTypeIn(*e.methodGenerics[0].generics[0], "paths")
                                                                            : kNoType;
}

// parse::<T>(): T from the turbofish, or inferred later (`let n: i32 = s.parse().unwrap();`)
// and checked once inference is done.
TypeId Resolver::parseTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId target = methodTypeArgument(e);
  if (target == kNoType) target = T_.newVar(VarKind::Any);
  TypeKind k = T_.get(T_.resolve(target)).kind;
  if (k == TypeKind::String) failParseInto(e, target);  // before its error type is missed
  parseTargets_.push_back({&e, target});
  return typeMethodCall(e, m, self, target);
}

// std's FromStr types other than the numbers (bool, char, String, ...):
// their error types are not declared.
void Resolver::failParseInto(const Expr& call, TypeId target) {
  fail(DiagCode::None, "parsing into `" + typeName(target) + "` is not supported yet (integers, floats, bool, char and the program's own FromStr types are)",
       call.nameSpan);
}

// sum::<S>() needs its S from a turbofish or from the context, as in rustc;
// a context still open (a closure's result, a `let` used later) is checked
// with the collects once the function's types are known. So is an item not
// known yet (`.map(|s| s.parse().unwrap()).sum::<i32>()`): i32 is both
// `Sum<i32>` and `Sum<&i32>`, so the items' type is not learnt from the sum.
TypeId Resolver::sumTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  int derefs = 0;
  TypeId item = stripRefs(T_.get(self).args[0], &derefs);
  TypeId want = methodTypeArgument(e);
  if (want == kNoType) want = expected != kNoType ? expected : T_.newVar(VarKind::Any);
  const Type open = T_.get(T_.resolve(want));
  if ((open.kind == TypeKind::Var && open.varKind == VarKind::Any) || isOpenVar(item)) collectTargets_.push_back({&e, m, item, e.nameSpan});
  else requireSummable(e, want, item);
  return typeMethodCall(e, m, self, want);
}

// `S: Sum<Item>` (or Product): std's impls make a number from its own
// values or references to them; anything else is rustc's E0277 at the call.
void Resolver::requireSummable(const Expr& e, TypeId want, TypeId item) {
  if (unify(want, item)) return;
  TypeId items = T_.get(T_.resolve(e.operand->type)).args[0];
  std::string made = e.text == "product" ? "multiplying all elements of type `" + typeName(items) + "` from an iterator"
                                          : "summing an iterator over elements of type `" + typeName(items) + "`";
  std::string making = std::string(e.text == "product" ? "multiplying" : "summing");
  fail(DiagCode::E0277, "a value of type `" + typeName(want) + "` cannot be made by " + made,
       e.nameSpan, "value of type `" + typeName(want) + "` cannot be made by " + making + " a `std::iter::Iterator<Item=" + typeName(items) + ">`");
}

// partition builds two collections std can make with Default and grow with
// Extend; here two Vecs of the items (or of what they point at, for `&T` of
// a Copy T, as Vec's `Extend<&T>`), which the context names
// (`let (even, odd): (Vec<i32>, Vec<i32>) = v.iter().partition(..)`).
TypeId Resolver::partitionTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  TypeId item = T_.get(self).args[0];
  const Type want = T_.get(expected == kNoType ? T_.unit() : T_.resolve(expected));
  bool pair = want.kind == TypeKind::Tuple && want.args.size() == 2 && unify(want.args[0], want.args[1]) &&
              T_.get(T_.resolve(want.args[0])).kind == TypeKind::Vec;
  TypeId elem = pair ? T_.get(T_.resolve(want.args[0])).args[0] : kNoType;
  const Type it = T_.get(T_.resolve(item));
  const Type open = T_.get(T_.resolve(elem == kNoType ? T_.unit() : elem));
  if (open.kind == TypeKind::Var && open.varKind == VarKind::Any && it.kind == TypeKind::Ref && T_.isCopy(it.args[0]))
    fail(DiagCode::E0283, "type annotations needed", e.nameSpan,
         "cannot infer type of the type parameter `B` declared on the method `partition`");  // Vec<T> or Vec<&T>
  bool copiedOut = pair && it.kind == TypeKind::Ref && T_.get(T_.resolve(elem)).kind != TypeKind::Var &&
                   unify(elem, it.args[0]) && T_.isCopy(elem);
  if (!pair || (!copiedOut && !unify(elem, item)))
    fail(DiagCode::None, "`partition` into other than two `Vec`s of its items named by the context is not supported yet", e.nameSpan);
  return typeMethodCall(e, m, self, expected);
}

// unzip splits pairs into two collections std makes with Default and grows
// with Extend; here two Vecs the context names, of the pairs' two halves
// (`let (names, ages): (Vec<String>, Vec<u32>) = people.into_iter().unzip()`).
TypeId Resolver::unzipTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  const Type item = T_.get(T_.resolve(T_.get(self).args[0]));
  const Type want = T_.get(expected == kNoType ? T_.unit() : T_.resolve(expected));
  auto vecOf = [&](size_t i, TypeId half) {
    const Type v = T_.get(T_.resolve(want.args[i]));
    return v.kind == TypeKind::Vec && unify(v.args[0], half);
  };
  if (item.kind != TypeKind::Tuple || item.args.size() != 2 || want.kind != TypeKind::Tuple || want.args.size() != 2 ||
      !vecOf(0, item.args[0]) || !vecOf(1, item.args[1]))
    fail(DiagCode::None, "`unzip` into other than two `Vec`s of the pairs' halves named by the context is not supported yet", e.nameSpan);
  return typeMethodCall(e, m, self, expected);
}

// to_string of the learner's type is std's blanket `impl<T: Display> ToString for T`.
// A generic impl (`impl<T: Display> Display for Labeled<T>`) on a number not
// settled yet (`Labeled { value: 3.14 }`) holds or not once it is, as rustc
// keeps the bound as an obligation.
TypeId Resolver::learnersDisplay(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  if (!implementsFormat(self, FormatTrait::Display)) {
    TypeId t = T_.resolve(self);
    bool hasImpl = false;
    for (const ImplInfo& impl : out_.impls) {
      std::vector<TypeId> args(impl.typeParams.size(), kNoType);
      hasImpl |= impl.trait.trait == stdTrait(StdTrait::Display) && matchType(impl.self, t, impl.typeParams, args);
    }
    if (!hasImpl || !T_.containsVar(T_.resolveDeep(t))) return kNoType;
    const Expr* call = &e;
    typeChecks_.push_back([this, t, call] {
      TypeId known = T_.defaultDeep(t);
      if (!implementsFormat(known, FormatTrait::Display)) failToStringWithoutDisplay(*call, known);
    });
  }
  return typeMethodCall(e, m, self, kNoType);
}

// `x.to_string()` of a type without Display: rustc's E0599 in ToString's
// own words for a value, the bounds' message for a reference.
void Resolver::failToStringWithoutDisplay(const Expr& call, TypeId receiver) {
  if (T_.get(T_.resolve(receiver)).kind == TypeKind::Ref) failUnsatisfiedBounds(call, receiver, BoundsLabel::CannotBeCalled);
  fail(DiagCode::E0599, "`" + typeName(receiver) + "` doesn't implement `std::fmt::Display`", call.nameSpan,
       "method cannot be called on `" + typeName(receiver) + "` due to unsatisfied trait bounds");
}

// join(sep) and concat() of a slice of Strings or &strs (one String, sep
// a &str), or of Vecs, arrays or slices (std's Concat and Join for
// `[V] where V: Borrow<[T]>`: a Vec<T> of clones of their elements, the
// separator one `&T` or a `&[T]` between parts).
TypeId Resolver::joinOfParts(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId elem = T_.resolveDeep(T_.get(self).args[0]);
  if (elem == T_.stringType() || elem == T_.strRef()) return typeMethodCall(e, m, self, T_.strRef(), T_.stringType());
  const Type part = T_.get(elem);
  const Type pointee = part.kind == TypeKind::Ref ? T_.get(T_.resolve(part.args[0])) : part;
  bool sequence = part.kind == TypeKind::Vec || part.kind == TypeKind::Array || (part.kind == TypeKind::Ref && pointee.kind == TypeKind::Slice);
  if (!sequence) return kNoType;
  TypeId item = pointee.args[0], sep = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, sep, T_.vecOf(item));
  requireTrait(item, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, e.nameSpan);
  if (m == BuiltinMethod::VecConcat) return result;
  const Type given = T_.get(T_.resolve(sep));
  const Type target = given.kind == TypeKind::Ref ? T_.get(T_.resolve(given.args[0])) : given;
  bool fits = given.kind == TypeKind::Ref && (target.kind == TypeKind::Slice ? unify(target.args[0], item) : unify(given.args[0], item));
  if (!fits) fail(DiagCode::None, "`join` of `" + typeName(self) + "` with a `" + typeName(sep) + "` separator is not supported yet", e.args[0]->span);
  return result;
}

}  // namespace sh

namespace sh {

// ---------------------------------------------------------------- macros

TypeId Resolver::checkMacro(Expr& e, TypeId expected) {
  MacroId m;
  if (!findMacro(e.text, &m)) fail(DiagCode::None, "the `" + e.text + "!` macro is not supported yet", e.nameSpan.empty() ? e.span : e.nameSpan);
  e.macroId = static_cast<uint8_t>(m);
  switch (m) {
    case MacroId::Vec: return checkVecMacro(e, expected);
    case MacroId::Println: case MacroId::Print: case MacroId::Eprintln: case MacroId::Eprint:
      checkFormat(e, 0);
      return T_.unit();
    case MacroId::Format:
      checkFormat(e, 0);
      return T_.stringType();
    case MacroId::Panic: case MacroId::Unreachable: case MacroId::Todo: case MacroId::Unimplemented:
      checkFormat(e, 0);
      return T_.never();
    case MacroId::Assert:
      if (e.args.empty()) fail(DiagCode::None, "macro requires a boolean expression as an argument", e.span, "boolean expression required");
      coerce(*e.args[0], checkExpr(*e.args[0], T_.boolType()), T_.boolType());
      checkFormat(e, 1);
      return T_.unit();
    case MacroId::AssertEq: case MacroId::AssertNe: {
      if (e.args.size() < 2) fail(DiagCode::None, "unexpected end of macro invocation", e.span, "missing tokens in macro arguments");
      TypeId a = checkExpr(*e.args[0]);
      TypeId b = checkExpr(*e.args[1], a);
      requireComparison(a, BinaryOp::Eq, e.span, {});
      requireComparableOperands(a, b, BinaryOp::Eq, e.span, e.args[1]->span);
      checkFormat(e, 2);
      return T_.unit();
    }
    case MacroId::Dbg: return checkDbg(e, expected);
    case MacroId::Write: case MacroId::Writeln: return checkWrite(e, m == MacroId::Writeln);
  }
  return T_.error();
}

// `write!(f, ...)` and `writeln!(f, ...)` are `f.write_fmt(format_args!(...))`:
// here the destination is the `&mut Formatter` a Display or Debug impl is
// given, or a String (or a `&mut` to one) through std's `impl fmt::Write
// for String`, a trait method callable only where `std::fmt::Write` is
// imported (E0599 otherwise, as rustc); the learner's own fmt::Write types
// are not supported yet. The macro's value is its fmt::Result. writeln! is
// format_args_nl!: its newline ends the last literal piece.
TypeId Resolver::checkWrite(Expr& e, bool newline) {
  if (e.args.empty()) fail(DiagCode::None, "`" + e.text + "!` without a destination is not supported yet", e.span);
  if (e.args.size() == 1 && !newline) fail(DiagCode::None, "requires at least a format string argument", e.span);
  Expr& dest = *e.args[0];
  TypeId destType = checkExpr(dest);
  int derefs = 0;
  TypeId target = stripRefs(destType, &derefs);
  const Type& t = T_.get(target);
  bool formatter = t.kind == TypeKind::Struct && t.structIndex == T_.findStruct("std::fmt::Formatter");
  if (t.kind == TypeKind::String && !names_->importsStdItem(itemScope_, "std::fmt::Write"))
    fail(DiagCode::E0599, "cannot write into `" + typeName(destType) + "`", dest.span,
         "must implement `io::Write`, `fmt::Write`, or have a `write_fmt` method");
  if (!formatter && t.kind != TypeKind::String)
    fail(DiagCode::None, "`" + e.text + "!` into a `" + typeName(destType) +
         "` is not supported yet: only into a String or the Formatter of a Display or Debug impl", dest.span);
  if (derefs == 0 && formatter) fail(DiagCode::None, "`" + e.text + "!` into a Formatter that is not behind a `&mut` is not supported yet", dest.span);
  if (derefs == 0) {
    requireMutablePlace(dest, dest.span, "borrow");
  } else if (!T_.get(T_.resolve(destType)).isMut) {
    std::string what = text(dest.span);
    fail(DiagCode::E0596, "cannot borrow `*" + what + "` as mutable, as it is behind a `&` reference", dest.span,
         "`" + what + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable");
  }
  checkFormat(e, 1);
  if (newline) {
    std::vector<FormatPiece>& pieces = out_.formats[e.resolved].pieces;
    if (pieces.empty() || pieces.back().placeholder) pieces.push_back(FormatPiece{"\n", std::nullopt});
    else pieces.back().text += "\n";
  }
  return T_.resultOf(T_.unit(), T_.structType(T_.findStruct("std::fmt::Error")));
}

TypeId Resolver::checkVecMacro(Expr& e, TypeId expected) {
  TypeId elem = T_.newVar(VarKind::Any);
  if (expected != kNoType && T_.get(T_.resolve(expected)).kind == TypeKind::Vec) elem = T_.get(T_.resolve(expected)).args[0];
  if (e.macroRepeat) {
    coerce(*e.args[0], checkExpr(*e.args[0], elem), elem);
    coerce(*e.args[1], checkExpr(*e.args[1], T_.usize()), T_.usize());
    requireTrait(elem, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, e.args[0]->span);
    requireNoHandWrittenClone(elem, "`vec![x; n]`", e.span);
  } else {
    for (auto& a : e.args) coerce(*a, checkExpr(*a, elem), elem);
  }
  return T_.vecOf(elem);
}

// `dbg!(x)` moves x in, writes `[file:line:col] x = {x:#?}` to stderr and
// hands x back; `dbg!(a, b)` does that for each and gives the tuple `(a, b)`;
// `dbg!()` writes the location alone. Each value needs Debug (E0277 at the
// macro, checked once the function's types are known).
TypeId Resolver::checkDbg(Expr& e, TypeId expected) {
  if (e.args.empty()) return T_.unit();
  std::vector<TypeId> types;
  const Type want = expected == kNoType ? Type{} : T_.get(T_.resolve(expected));
  for (size_t i = 0; i < e.args.size(); ++i) {
    TypeId hint = e.args.size() == 1 ? expected
                  : want.kind == TypeKind::Tuple && want.args.size() == e.args.size() ? want.args[i] : kNoType;
    types.push_back(checkExpr(*e.args[i], hint));
  }
  Expr* macro = &e;
  typeChecks_.push_back([this, macro] {
    for (const auto& a : macro->args) {
      if (implementsFormat(a->type, FormatTrait::Debug)) continue;
      std::string name = typeName(a->type);
      fail(DiagCode::E0277, "`" + name + "` doesn't implement `Debug`", macro->span,
           "the trait `Debug` is not implemented for `" + name + "`");
    }
  });
  return types.size() == 1 ? types[0] : T_.tupleOf(types);
}

// Checks the format string at args[fmtIndex] (if any) and the arguments after
// it, resolving inline captures like `{name}` to locals in scope.
void Resolver::checkFormat(Expr& e, size_t fmtIndex) {
  CheckedFormat f;
  e.resolvedKind = static_cast<uint8_t>(Resolved::Format);
  // The index is taken when the format is stored, after its arguments were
  // checked: an argument may itself be a format! that is stored first.
  auto store = [&]() {
    e.resolved = static_cast<int32_t>(out_.formats.size());
    out_.formats.push_back(std::move(f));
  };
  if (e.args.size() <= fmtIndex) {
    store();
    return;
  }
  Expr& fmt = *e.args[fmtIndex];
  if (fmt.kind != ExprKind::StrLit)
    fail(DiagCode::None, "format argument must be a string literal", fmt.span);
  f.formatString = &fmt;
  fnExprs_.push_back(&fmt);
  fmt.type = T_.strRef();
  f.pieces = parseFormatString(fmt.text, file_.slice(fmt.span), fmt.span);
  std::vector<FormatArg> given;
  for (size_t i = fmtIndex + 1; i < e.args.size(); ++i) {
    Expr& a = *e.args[i];
    FormatArg fa;
    Expr* value = &a;
    if (a.kind == ExprKind::Assign && a.lhs->kind == ExprKind::Path && a.lhs->path.isSingle()) {
      fa.name = a.lhs->path.last();
      value = a.rhs.get();
    }
    fa.span = value->span;
    fa.wholeSpan = a.span;
    given.push_back(fa);
    CheckedFormatArg ca;
    ca.expr = value;
    ca.span = value->span;
    ca.type = checkExpr(*value);
    f.args.push_back(ca);
  }
  std::vector<Diagnostic> problems = checkFormatArguments(f.pieces, fmt.span, given);
  if (!problems.empty()) throw CompileError(problems.front());
  // Inline captures become extra arguments naming a local, or, for a
  // constant or a static (`{MAX}`), a path expression of their own.
  auto capture = [&](FormatArgRef& ref) {
    if (ref.kind != FormatArgRef::Kind::Name) return;
    int32_t local = lookupLocal(ref.name, ref.span);
    CheckedFormatArg ca;
    ca.span = ref.span;
    ca.captured = true;
    if (local >= 0) {
      ca.local = local;
      ca.type = fn_->locals[local].type;
    } else {
      auto path = std::make_unique<Expr>();
      path->kind = ExprKind::Path;
      path->span = ref.span;
      path->path.segments.push_back(plainSegment(ref.name, ref.span));
      path->path.span = ref.span;
      ca.type = checkExpr(*path);
      ca.expr = path.get();
      out_.capturedPaths.push_back(std::move(path));
    }
    ref.kind = FormatArgRef::Kind::Index;
    ref.index = f.args.size();
    f.args.push_back(ca);
  };
  // Widths and precisions taken from arguments are `usize`.
  auto count = [&](FormatArgRef& ref) {
    capture(ref);
    CheckedFormatArg& a = f.args[ref.index];
    if (!unify(a.type, T_.usize())) mismatch(a.span, T_.usize(), a.type);
  };
  for (FormatPiece& piece : f.pieces) {
    if (!piece.placeholder) continue;
    capture(piece.placeholder->argument);
    if (piece.placeholder->widthArg) count(*piece.placeholder->widthArg);
    if (piece.placeholder->precisionArg) count(*piece.placeholder->precisionArg);
  }
  store();
}

}  // namespace sh

namespace sh {

// Whether a value of type t can be printed with the given trait: `{}` needs
// Display, `{:?}` Debug (the learner's structs and enums with their own impl
// of it, or Debug with #[derive(Debug)]), `{:x}` an integer, `{:p}` a pointer.
bool Resolver::implementsFormat(TypeId id, FormatTrait trait) {
  const Type t = T_.get(T_.resolve(id));
  if (t.kind == TypeKind::Error || t.kind == TypeKind::Never) return true;
  if (t.kind == TypeKind::Param) {
    if (trait != FormatTrait::Display && trait != FormatTrait::Debug) return false;
    return boundsPromise(id, TraitRef{stdTrait(trait == FormatTrait::Display ? StdTrait::Display : StdTrait::Debug), {}, {}, {}});
  }
  if (trait == FormatTrait::Pointer) return t.kind == TypeKind::Ref || t.kind == TypeKind::Box || t.kind == TypeKind::Rc;
  if (t.kind == TypeKind::Dyn)  // `&dyn Display`, `Box<dyn Shape>` with `trait Shape: Debug`
    return (trait == FormatTrait::Display || trait == FormatTrait::Debug) &&
           dynImplements(id, TraitRef{stdTrait(trait == FormatTrait::Display ? StdTrait::Display : StdTrait::Debug), {}, {}, {}});
  // Pointers and guards format as what they point at.
  if (T_.derefTarget(id) != kNoType) return implementsFormat(t.args[0], trait);
  bool learners = t.kind == TypeKind::Struct || t.kind == TypeKind::Enum;
  if (learners && (trait == FormatTrait::Display || trait == FormatTrait::Debug)) {
    TraitRef r{stdTrait(trait == FormatTrait::Display ? StdTrait::Display : StdTrait::Debug), {}, {}, {}};
    if (findImplFor(id, r, nullptr) >= 0) return true;
  }
  switch (trait) {
    case FormatTrait::Display:
      return t.kind == TypeKind::Int || t.kind == TypeKind::Float || t.kind == TypeKind::Bool || t.kind == TypeKind::Char ||
             t.kind == TypeKind::Str || t.kind == TypeKind::String ||
             (t.kind == TypeKind::Struct &&
              (isStdErrorStruct(T_.structOf(id).stdPath) || T_.structOf(id).stdPath == "?StringError"));
    case FormatTrait::LowerHex: case FormatTrait::UpperHex: case FormatTrait::Octal: case FormatTrait::Binary:
      return t.kind == TypeKind::Int;
    case FormatTrait::LowerExp: case FormatTrait::UpperExp:
      return t.kind == TypeKind::Int || t.kind == TypeKind::Float;
    case FormatTrait::Pointer: return false;
    case FormatTrait::Debug:
      switch (t.kind) {
        case TypeKind::Struct: case TypeKind::Enum: {  // a derive checks the fields, and asks Debug of the arguments
          bool derived = t.kind == TypeKind::Struct ? T_.structOf(id).isDebug : T_.enumOf(id).isDebug;
          return derived && std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return implementsFormat(a, trait); });
        }
        case TypeKind::Tuple:  // std implements Debug for tuples of up to twelve
          return t.args.size() <= kStdTupleTraitArity &&
                 std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return implementsFormat(a, trait); });
        case TypeKind::Vec: case TypeKind::Option: case TypeKind::Array: case TypeKind::Slice: case TypeKind::Range:
        case TypeKind::RefCell: case TypeKind::HashSet: case TypeKind::VecDeque: case TypeKind::BTreeSet: case TypeKind::BinaryHeap:
          return implementsFormat(t.args[0], trait);
        case TypeKind::Result: case TypeKind::HashMap: case TypeKind::BTreeMap: return implementsFormat(t.args[0], trait) && implementsFormat(t.args[1], trait);
        case TypeKind::MapEntry: case TypeKind::BTreeEntry: return false;
        case TypeKind::Cell: return T_.isCopy(t.args[0]) && implementsFormat(t.args[0], trait);
        default: return true;
      }
  }
  return false;
}

void Resolver::checkFormatTraits(size_t firstFormat) {
  for (size_t i = firstFormat; i < out_.formats.size(); ++i) {
    const CheckedFormat& f = out_.formats[i];
    for (const FormatPiece& piece : f.pieces) {
      if (!piece.placeholder) continue;
      const FormatPlaceholder& ph = *piece.placeholder;
      const CheckedFormatArg& arg = f.args[ph.argument.index];
      if (containsFnPointer(T_, arg.type)) fail(DiagCode::None, "formatting a function pointer is not supported yet", arg.span);
      if (implementsFormat(arg.type, ph.spec.trait)) continue;
      // rustc puts a missing Display or Debug at the argument, and for an inline
      // capture at its whole placeholder (`{v}`, `{v:>3}`), where other errors name just `v`.
      const Span at = arg.captured ? ph.span : arg.span;
      std::string name = typeName(arg.type);
      TypeId shown = T_.resolve(arg.type);
      while (T_.derefTarget(shown) != kNoType) shown = T_.derefTarget(shown);
      if (ph.spec.trait == FormatTrait::Display && T_.get(shown).kind == TypeKind::Struct && !T_.structOf(shown).stdPath.empty())
        fail(DiagCode::None, "`{}` of std's `" + typeName(shown) + "` (its Display impl) is not supported yet", arg.span);
      const Expr* made = arg.expr;  // `{}` of a char's to_uppercase(): std's ToUppercase is Display, not run here
      if (made) made = &withoutParens(*made);
      bool caseMapping = made && made->kind == ExprKind::MethodCall && made->resolvedKind == static_cast<uint8_t>(Resolved::Method) &&
                         (made->resolved == static_cast<int32_t>(BuiltinMethod::CharToUppercase) ||
                          made->resolved == static_cast<int32_t>(BuiltinMethod::CharToLowercase));
      if (ph.spec.trait == FormatTrait::Display && caseMapping)
        fail(DiagCode::None, "`{}` of a char's `" + made->text + "()` (std's Display of it) is not supported yet", arg.span);
      if (ph.spec.trait == FormatTrait::Debug) {  // rustc names the part that lacks it: `E` of a `Vec<E>`
        std::string part = typeName(unmetPart(arg.type, StdTrait::Debug));
        fail(DiagCode::E0277, "`" + part + "` doesn't implement `Debug`", at,
             "`" + part + "` cannot be formatted using `{:?}`" + (part == name ? "" : " because it doesn't implement `Debug`"));
      }
      if (ph.spec.trait == FormatTrait::Display)
        fail(DiagCode::E0277, "`" + name + "` doesn't implement `std::fmt::Display`", at,
             "`" + name + "` cannot be formatted with the default formatter");
      fail(DiagCode::E0277, "the trait bound `" + name + "` is not satisfied for this format", at);
    }
  }
}

// `m.len()` where `m`'s type (after `derefs` references) has the learner's
// Deref impl and no method of that name: rustc's auto-deref goes on through
// `deref`, so the receiver becomes `*m` (`**r` through a reference), the
// overloaded `*` of resolve_operators.cpp, and the method is looked up on
// its target.
TypeId Resolver::checkMethodThroughDeref(Expr& e, int derefs, TypeId expected) {
  for (int i = 0; i < derefs; ++i) wrapInDeref(e.operand, false);
  wrapInDeref(e.operand, true);
  return checkMethodOn(e, e.operand->type, expected);
}

}  // namespace sh
