// The checks of the collection rows of the std tables (check/std_fns.def,
// check/std_methods.def) whose typing a signature cannot say alone: a
// HashMap's two type arguments, a key looked up by what it borrows as
// (`map.get("Blue")` on String keys), and the bounds std's impl blocks put
// on the key (Hash + Eq; Ord for BTreeMap and BTreeSet) or the value (Default).
#include "check/resolver.h"

namespace sh {

namespace {

bool named(const PathSegment& seg) { return !seg.generics.empty(); }

}  // namespace

// HashMap::new, with_capacity and from, HashSet's, BTreeMap's and BTreeSet's: K and V from a
// turbofish (`HashMap::<String, u32>::new()`) or the type the context
// expects, else inferred; `from`'s `_` is an array of (K, V) pairs (of T for
// a set).
TypeId Resolver::keyValueRow(Expr& e, BuiltinFn f, TypeId, TypeId t, TypeId expected) {
  TypeId key = t, value = T_.newVar(VarKind::Any), array = T_.newVar(VarKind::Any);
  for (const PathSegment& seg : e.operand->path.segments)
    if (named(seg)) {
      key = lowerType(*seg.generics[0]);
      if (seg.generics.size() > 1) value = lowerType(*seg.generics[1]);
    }
  TypeId result;
  std::vector<TypeId> params = signatureTypes(T_, stdFn(f).signature, {key, kNoType, array, value}, &result);
  if (expected != kNoType && T_.get(T_.resolve(expected)).kind == T_.get(result).kind) unify(result, expected);
  checkArgCount(e, params.size(), e.args.size(), "function");
  for (size_t i = 0; i < params.size(); ++i) coerce(*e.args[i], checkExpr(*e.args[i], params[i]), params[i]);
  if (!params.empty() && params[0] == array) {
    const Type given = T_.get(T_.resolve(array));
    TypeKind kind = T_.get(result).kind;
    TypeId item = kind == TypeKind::HashMap || kind == TypeKind::BTreeMap ? T_.tupleOf({key, value}) : key;
    if (given.kind != TypeKind::Array) mismatch(e.args[0]->span, T_.arrayOf(item, 1), array);
    if (!unify(given.args[0], item)) mismatch(e.args[0]->span, T_.arrayOf(item, given.length), array);
    if (kind == TypeKind::BTreeMap || kind == TypeKind::BTreeSet) {
      requireTrait(key, TraitRef{stdTrait(StdTrait::Ord), {}, {}, {}}, e.operand->span);
      // std sorts the array first: past 20 elements its stable sort may allocate a buffer, which the engine does not model
      if (given.length > 20)
        fail(DiagCode::None, "`" + typeName(result) + "::from` an array of more than 20 elements is not supported yet", e.operand->span);
    }
  }
  return result;
}

// A method of `impl<K: Eq + Hash, V> HashMap<K, V>` (HashSet's alike): on a
// key type known without them (f64) the method does not exist, E0599 at its
// name as rustc says; a key type still being inferred when the call began
// (`HashMap::new()` then this insert) gets the bounds as obligations, E0277
// at the name once it is known.
void Resolver::requireHashableKey(Expr& e, TypeId self, bool keyWasInferred) {
  TypeId key = T_.resolve(T_.get(T_.resolve(self)).args[0]);
  for (StdTrait bound : {StdTrait::Eq, StdTrait::Hash}) {
    TraitRef r{stdTrait(bound), {}, {}, {}};
    if (keyWasInferred || T_.get(key).kind == TypeKind::Var) {
      requireTrait(key, r, e.nameSpan);
      continue;
    }
    if (!implements(key, r))
      fail(DiagCode::E0599, "the method `" + e.text + "` exists for struct `" + typeName(self) +
                                "`, but its trait bounds were not satisfied",
           e.nameSpan);
  }
}

bool Resolver::keyIsInferred(TypeId self) {
  return T_.get(T_.resolve(T_.get(T_.resolve(self)).args[0])).kind == TypeKind::Var;
}

TypeId Resolver::hashedKey(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  bool inferred = keyIsInferred(self);
  TypeId result = typeMethodCall(e, m, self, kNoType);
  requireHashableKey(e, self, inferred);
  return result;
}

// Whether a key of type `key` can be looked up by a `&Q` (std's
// `K: Borrow<Q>`): Q is K itself, or what K derefs to as a borrow (String
// as str, Vec<T> as [T], Box<T> and Rc<T> and &T as T).
bool Resolver::borrowsAs(TypeId key, TypeId q) {
  if (unify(q, key)) return true;
  const Type k = T_.get(T_.resolve(key));
  const Type target = T_.get(T_.resolve(q));
  switch (k.kind) {
    case TypeKind::String: return target.kind == TypeKind::Str;
    case TypeKind::Vec: return target.kind == TypeKind::Slice && unify(target.args[0], k.args[0]);
    case TypeKind::Box: case TypeKind::Rc: case TypeKind::Ref: return unify(q, k.args[0]);
    default: return false;
  }
}

// get, get_mut, contains_key, remove: the key argument is a `&Q` the map's
// key type borrows as, so `scores.get("Blue")` works on String keys; any
// other argument is a mismatch against `&K` (E0308 at it).
TypeId Resolver::borrowedKey(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId arg = T_.newVar(VarKind::Any);
  bool inferred = keyIsInferred(self);
  TypeId result = typeMethodCall(e, m, self, arg);
  requireHashableKey(e, self, inferred);
  TypeId key = T_.get(T_.resolve(self)).args[0];
  const Type given = T_.get(T_.resolve(arg));
  if (given.kind != TypeKind::Ref || !borrowsAs(key, given.args[0])) mismatch(e.args[0]->span, T_.refTo(key, false), arg);
  return result;
}

// A method of BTreeMap or BTreeSet that std declares `where K: Ord`: the
// bound is an obligation, E0277 at the method's name as rustc reports it.
TypeId Resolver::treeKey(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  requireTrait(T_.get(T_.resolve(self)).args[0], TraitRef{stdTrait(StdTrait::Ord), {}, {}, {}}, e.nameSpan);
  return result;
}

// get, get_mut, contains_key, remove of a BTreeMap or BTreeSet: a `&Q` the
// key type borrows as, as for a HashMap, and K: Ord.
TypeId Resolver::treeBorrowedKey(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId arg = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, arg);
  TypeId key = T_.get(T_.resolve(self)).args[0];
  requireTrait(key, TraitRef{stdTrait(StdTrait::Ord), {}, {}, {}}, e.nameSpan);
  const Type given = T_.get(T_.resolve(arg));
  if (given.kind != TypeKind::Ref || !borrowsAs(key, given.args[0])) mismatch(e.args[0]->span, T_.refTo(key, false), arg);
  return result;
}

// Entry::or_default inserts V's default: `impl<K, V: Default> Entry<K, V>`.
TypeId Resolver::defaultValueOfEntry(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  TypeId value = T_.resolve(T_.get(T_.resolve(self)).args[1]);
  TraitRef r{stdTrait(StdTrait::Default), {}, {}, {}};
  if (T_.get(value).kind == TypeKind::Var) requireTrait(value, r, e.nameSpan);
  else if (!implements(value, r))
    fail(DiagCode::E0599, "the method `or_default` exists for enum `" + typeName(self) + "`, but its trait bounds were not satisfied",
         e.nameSpan);
  return result;
}

}  // namespace sh
