// The checks of the collection rows of the std tables (check/std_fns.def,
// check/std_methods.def) whose typing a signature cannot say alone: a
// HashMap's two type arguments, a key looked up by what it borrows as
// (`map.get("Blue")` on String keys), and the bounds std's impl blocks put
// on the key (Hash + Eq; Ord for BTreeMap and BTreeSet) or the value (Default),
// and which items `extend` takes (std's Extend impls).
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
    if (kind == TypeKind::BTreeMap || kind == TypeKind::BTreeSet)
      requireOrderedKey(key, e.operand->span, "a B-tree's key", OwnImpls::CalledWithDerivedEq);
    else requireHashedKey(key, e.operand->span);
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
  requireHashedKey(key, e.nameSpan);
  for (StdTrait bound : {StdTrait::Eq, StdTrait::Hash}) {
    TraitRef r{stdTrait(bound), {}, {}, {}};
    if (keyWasInferred || T_.get(key).kind == TypeKind::Var) {
      requireTrait(key, r, e.nameSpan);
      continue;
    }
    if (!implements(key, r)) failUnsatisfiedBounds(e, self, BoundsLabel::None);
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

// A lookup's key argument (get, get_mut, contains_key, remove): a `&Q` the
// key type borrows as, so `scores.get("Blue")` works on String keys; a
// reference to anything else is rustc's unmet `K: Borrow<Q>` (E0277 at the
// argument: `scores.get(&"Blue")`), any other argument a mismatch against
// `&K` (E0308 at it).
void Resolver::requireLookupKey(const Expr& argument, TypeId key, TypeId arg) {
  const Type given = T_.get(T_.resolve(arg));
  if (given.kind != TypeKind::Ref) mismatch(argument.span, T_.refTo(key, false), arg);
  if (borrowsAs(key, given.args[0])) return;
  std::string borrow = "Borrow<" + typeName(given.args[0]) + ">";
  fail(DiagCode::E0277, "the trait bound `" + typeName(key) + ": " + borrow + "` is not satisfied", argument.span,
       "the trait `" + borrow + "` is not implemented for `" + typeName(key) + "`");
}

// get, get_mut, contains_key, remove of a HashMap or HashSet: the key
// argument as requireLookupKey takes it.
TypeId Resolver::borrowedKey(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId arg = T_.newVar(VarKind::Any);
  bool inferred = keyIsInferred(self);
  TypeId result = typeMethodCall(e, m, self, arg);
  requireHashableKey(e, self, inferred);
  TypeId key = T_.get(T_.resolve(self)).args[0];
  const Type given = T_.get(T_.resolve(arg));
  requireLookupKey(*e.args[0], key, arg);
  return result;
}

// A B-tree's key must be Ord (an obligation: E0277 at `at` once the key type
// is known), and ordered as the run orders it: field by field, or, where
// the run calls them in std's order (OwnImpls), by the key type's own
// PartialOrd and Ord impls; never through an impl reached by a derive's
// field or in an order the run does not follow (requireNoHandWrittenComparison).
void Resolver::requireOrderedKey(TypeId key, Span at, const char* what, OwnImpls own) {
  requireTrait(key, TraitRef{stdTrait(StdTrait::Ord), {}, {}, {}}, at);
  orderedKeys_.push_back({key, at, what, own});
}

// Whether t is ordered by the learner's own PartialOrd and Ord impls, both
// written for t itself (a `Reverse` of such a type too), which std's
// generic code calls (run/std/ordering.cpp); with derivedEq, its PartialEq
// must be derived (compared field by field, as the run compares it).
bool Resolver::orderedByOwnImpls(TypeId t, bool derivedEq) {
  const TypeId resolved = T_.resolve(t);
  const Type ty = T_.get(resolved);
  if (ty.kind == TypeKind::Struct && T_.structOf(resolved).stdPath == "std::cmp::Reverse")
    return orderedByOwnImpls(ty.args[0], derivedEq);
  if (ty.kind != TypeKind::Struct && ty.kind != TypeKind::Enum) return false;
  for (StdTrait trait : {StdTrait::PartialOrd, StdTrait::Ord}) {
    int32_t impl = findImplFor(resolved, TraitRef{stdTrait(trait), {}, {}, {}}, nullptr);
    if (impl < 0 || out_.impls[impl].isStd) return false;
  }
  if (!derivedEq) return true;
  std::vector<TypeId> seen;
  return !reachesHandWrittenComparison(resolved, Comparison::Equality, &seen);
}

// A method of BTreeMap or BTreeSet that std declares `where K: Ord`: the
// bound is an obligation, E0277 at the method's name as rustc reports it.
TypeId Resolver::treeKey(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  requireOrderedKey(T_.get(T_.resolve(self)).args[0], e.nameSpan, "a B-tree's key", OwnImpls::Called);
  return result;
}

// A HashMap's or HashSet's key is hashed and compared as the run does it:
// field by field, as a derive would, not through a `Hash` or `PartialEq`
// impl of the program's own (checked with the obligations, once its type is
// known: checkObligations).
void Resolver::requireHashedKey(TypeId key, Span at) { hashedKeys_.push_back({key, at}); }

// get, get_mut, contains_key, remove of a BTreeMap or BTreeSet: a `&Q` the
// key type borrows as, as for a HashMap, and K: Ord.
TypeId Resolver::treeBorrowedKey(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId arg = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, arg);
  TypeId key = T_.get(T_.resolve(self)).args[0];
  requireOrderedKey(key, e.nameSpan, "a B-tree's key", OwnImpls::Called);
  const Type given = T_.get(T_.resolve(arg));
  requireLookupKey(*e.args[0], key, arg);
  return result;
}

// A BTreeSet's intersection, difference, union, symmetric_difference and
// is_subset, is_superset, is_disjoint with another set: its elements are
// compared as the run compares them, so not through the program's own `Ord`
// impl (whose calls std's walks would make in their own order).
TypeId Resolver::treeSetOperation(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  requireOrderedKey(T_.get(T_.resolve(self)).args[0], e.nameSpan);
  return result;
}

// range(bounds) of a BTreeMap or BTreeSet: a range (`a..b`, `a..=b`, `a..`,
// `..b`, `..=b`, `..`) or a `(Bound, Bound)` pair, of the key type or of
// references to it; with `range::<T, _>`, of a type the key borrows as (a
// String key's `str`, reached by `(Bound<&str>, Bound<&str>)`, the one form
// std takes for an unsized T).
TypeId Resolver::treeRange(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId key = T_.get(T_.resolve(self)).args[0];
  TypeId borrowed = key;
  if (!e.methodGenerics.empty() && !e.methodGenerics[0].generics.empty()) {
    const auto& given = e.methodGenerics[0].generics;
    if (given.size() != 2 || given[1]->kind != TypeExprKind::Infer)
      fail(DiagCode::None, "`" + e.text + "` with type arguments other than `::<T, _>` is not supported yet", e.nameSpan);
    borrowed = lowerType(*given[0]);
    if (!borrowsAs(key, borrowed))
      fail(DiagCode::None, "`range::<" + typeName(borrowed) + ", _>` on keys of type `" + typeName(key) + "` is not supported yet", e.nameSpan);
  }
  TypeId arg = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, arg);
  requireOrderedKey(key, e.nameSpan);
  const Type given = T_.get(T_.resolve(arg));
  if (given.kind == TypeKind::Error) return result;
  auto scalar = [&](TypeId t) {
    TypeKind k = T_.get(T_.resolve(t)).kind;
    return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Char;
  };
  if (given.kind == TypeKind::Range && scalar(given.args[0]) && scalar(key) && !unify(given.args[0], key))
    fail(DiagCode::E0277, "the trait bound `" + typeName(arg) + ": RangeBounds<" + typeName(key) + ">` is not satisfied", e.args[0]->span,
         "the trait `RangeBounds<" + typeName(key) + ">` is not implemented for `" + typeName(arg) + "`");
  // The type the bounds hold: the borrowed type itself when it is sized, or a shared reference to it.
  bool sized = !T_.isUnsized(borrowed);
  auto endsFit = [&](TypeId ends) {
    const Type t = T_.get(T_.resolve(ends));
    // `&K`; or K itself when the key is a reference to an unsized type
    // (`&str` keys and `"b".."d"`: std's `Range<&T>` impl needs T sized).
    if (t.kind == TypeKind::Ref)
      return (!t.isMut && unify(t.args[0], borrowed)) || (sized && T_.isUnsized(t.args[0]) && unify(ends, borrowed));
    return sized && unify(ends, borrowed);
  };
  auto bound = [&](TypeId t) {
    const Type b = T_.get(T_.resolve(t));
    return b.kind == TypeKind::Enum && T_.enumOf(T_.resolve(t)).stdPath == "std::ops::Bound";
  };
  bool pair = given.kind == TypeKind::Tuple && given.args.size() == 2 && bound(given.args[0]) && bound(given.args[1]) &&
              unify(given.args[0], given.args[1]);
  bool fits = given.kind == TypeKind::Range ? sized && endsFit(given.args[0])
                                            : pair && endsFit(T_.get(T_.resolve(given.args[0])).args[0]);
  bool turbofish = !e.methodGenerics.empty() && !e.methodGenerics[0].generics.empty();
  const Type ends = given.kind == TypeKind::Range ? T_.get(T_.resolve(given.args[0])) : Type{};
  // `&1..&6` on `&i32` keys: T is i32 (through `Range<&T>`) or `&i32` (the
  // key itself), and rustc cannot choose.
  const Type keyType = T_.get(T_.resolve(key));
  if (!fits && !turbofish && ends.kind == TypeKind::Ref && !ends.isMut && keyType.kind == TypeKind::Ref &&
      !T_.isUnsized(keyType.args[0]) && unify(ends.args[0], keyType.args[0]))
    fail(DiagCode::E0283, "type annotations needed", e.nameSpan, "cannot infer type of the type parameter `T` declared on the method `range`");
  if (!fits && !turbofish && ends.kind == TypeKind::Ref && T_.isUnsized(ends.args[0]))  // `"b".."c"`: rustc takes T = &str
    fail(DiagCode::E0277, "the trait bound `" + typeName(key) + ": Borrow<" + typeName(given.args[0]) + ">` is not satisfied", e.nameSpan,
         "the trait `Borrow<" + typeName(given.args[0]) + ">` is not implemented for `" + typeName(key) + "`");
  if (!fits)
    fail(DiagCode::None, "`" + e.text + "` with a `" + typeName(arg) + "` (only a range or a `(Bound, Bound)` of the key type `" + typeName(borrowed) +
                             "` or of references to it) is not supported yet",
         e.args[0]->span);
  return result;
}

// Entry::or_default inserts V's default: `impl<K, V: Default> Entry<K, V>`.
TypeId Resolver::defaultValueOfEntry(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  TypeId value = T_.resolve(T_.get(T_.resolve(self)).args[1]);
  TraitRef r{stdTrait(StdTrait::Default), {}, {}, {}};
  if (T_.get(value).kind == TypeKind::Var) requireTrait(value, r, e.nameSpan);
  else if (!implements(value, r))
    failUnsatisfiedBounds(e, self, BoundsLabel::CannotBeCalled);
  return result;
}

// VecDeque::from a Vec<T> (its buffer taken over) or an array [T; N] (copied
// into a new buffer of N): T from the argument (or the turbofish); the
// context's VecDeque<U> is then a mismatch at the call, as rustc reports it.
TypeId Resolver::dequeFrom(Expr& e, BuiltinFn, TypeId, TypeId t, TypeId) {
  checkArgCount(e, 1, e.args.size(), "function");
  Expr& arg = *e.args[0];
  TypeId from = checkExpr(arg, kNoType);
  const Type a = T_.get(T_.resolve(from));
  if (a.kind != TypeKind::Vec && a.kind != TypeKind::Array)
    fail(DiagCode::None, "`VecDeque::from` a `" + typeName(from) + "` is not supported yet", arg.span);
  TypeId element = a.args[0];
  if (!unify(t, element)) mismatch(arg.span, a.kind == TypeKind::Vec ? T_.vecOf(t) : T_.arrayOf(t, a.length), from);
  return T_.vecDequeOf(t);
}

// Vec::from as std's From impls for Vec<T>: an array [T; N] (moved), a
// `&[T]`, `&mut [T]` or a reference to an array (cloned, so T: Clone), a
// `&str` or a String (its bytes, a Vec<u8>). T from the argument, as for a
// VecDeque; another argument is not supported yet.
TypeId Resolver::vecFrom(Expr& e, BuiltinFn, TypeId, TypeId t, TypeId) {
  checkArgCount(e, 1, e.args.size(), "function");
  Expr& arg = *e.args[0];
  TypeId from = checkExpr(arg, kNoType);
  const Type a = T_.get(T_.resolve(from));
  const Type referent = a.kind == TypeKind::Ref ? T_.get(T_.resolve(a.args[0])) : a;
  bool text = a.kind == TypeKind::String || (a.kind == TypeKind::Ref && referent.kind == TypeKind::Str);
  bool elements = a.kind == TypeKind::Array || (a.kind == TypeKind::Ref && (referent.kind == TypeKind::Array || referent.kind == TypeKind::Slice));
  if (!text && !elements) fail(DiagCode::None, "`Vec::from` a `" + typeName(from) + "` is not supported yet", arg.span);
  TypeId element = text ? T_.intType(IntKind::U8) : referent.args[0];
  if (!unify(t, element)) mismatch(arg.span, T_.vecOf(t), T_.vecOf(element));
  if (a.kind == TypeKind::Ref && !text) requireTrait(element, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, arg.span);
  return T_.vecOf(t);
}

// BinaryHeap::from a Vec<T> (its buffer taken over, then heapified in
// place) or an array [T; N] (collected into a Vec of N first): T from the
// argument, as for a VecDeque; `impl<T: Ord> From<..>`, so T: Ord (E0277).
TypeId Resolver::heapFrom(Expr& e, BuiltinFn, TypeId, TypeId t, TypeId) {
  checkArgCount(e, 1, e.args.size(), "function");
  Expr& arg = *e.args[0];
  TypeId from = checkExpr(arg, kNoType);
  const Type a = T_.get(T_.resolve(from));
  if (a.kind != TypeKind::Vec && a.kind != TypeKind::Array)
    fail(DiagCode::None, "`BinaryHeap::from` a `" + typeName(from) + "` is not supported yet", arg.span);
  if (!unify(t, a.args[0])) mismatch(arg.span, a.kind == TypeKind::Vec ? T_.vecOf(t) : T_.arrayOf(t, a.length), from);
  requireOrderedKey(t, e.operand ? e.operand->span : e.span, "a binary heap's element", OwnImpls::Called);
  return T_.binaryHeapOf(t);
}

// A method of `impl<T: Ord> BinaryHeap<T>` (push, pop, into_sorted_vec,
// append): on an element type known to lack Ord the method does not exist,
// E0599 at its name as rustc says; one still being inferred gets the bound
// as an obligation. The elements compare as std's sifts do (requireOrderedKey).
TypeId Resolver::heapOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId elem = T_.resolve(T_.get(T_.resolve(self)).args[0]);
  bool open = T_.get(elem).kind == TypeKind::Var;
  TypeId result = typeMethodCall(e, m, self, kNoType);
  if (!open && !implements(elem, TraitRef{stdTrait(StdTrait::Ord), {}, {}, {}}))
    failUnsatisfiedBounds(e, self, BoundsLabel::CannotBeCalled);
  requireOrderedKey(elem, e.nameSpan, "a binary heap's element", OwnImpls::Called);
  return result;
}

// extend(iterable) as std's Extend impls take it: a Vec's, a set's elements
// by value, or by reference when they are Copy (`Extend<&'a T>`); a map's
// (K, V) pairs, or (&K, &V) when both are Copy; a String's chars, &chars,
// &strs or Strings. Anything else iterable is E0277 at the method (E0271
// at the argument for references to a type that is not Copy), as rustc;
// what is not iterable E0277 at the argument (at x, for `&mut x`).
TypeId Resolver::extendItems(Expr& e, BuiltinMethod, TypeId self, TypeId) {
  e.receiverMode = static_cast<uint8_t>(ReceiverMode::ByMut);
  requireMutableReceiver(e);
  checkArgCount(e, 1, e.args.size(), "method");
  Expr& arg = *e.args[0];
  TypeKind kind = T_.get(T_.resolve(self)).kind;
  bool inferred = kind != TypeKind::String && keyIsInferred(self);
  TypeId given = checkExpr(arg, kNoType);
  TypeId item = intoIteratorItem(given);
  int unusedDerefs = 0;
  if (item == kNoType) {
    const Type g = T_.get(T_.resolve(stripRefs(given, &unusedDerefs)));
    if (g.kind == TypeKind::Option || (g.kind == TypeKind::Var && g.varKind == VarKind::Any))
      fail(DiagCode::None, "passing a `" + typeName(given) + "` to `extend` is not supported yet", arg.span);
    failNotIterableThroughMut(arg);
    fail(DiagCode::E0277, "`" + typeName(given) + "` is not an iterator", arg.span, "`" + typeName(given) + "` is not an iterator");
  }
  const Type s = T_.get(T_.resolve(self));
  item = T_.resolveDeep(item);
  auto notExtendable = [&]() {
    fail(DiagCode::E0277, "the trait bound `" + typeName(self) + ": Extend<" + typeName(item) + ">` is not satisfied", e.nameSpan,
         "the trait `Extend<" + typeName(item) + ">` is not implemented for `" + typeName(self) + "`");
  };
  if (s.kind == TypeKind::String) {
    bool text = item == T_.charType() || item == T_.refTo(T_.charType(), false) || item == T_.strRef() || item == T_.stringType();
    if (!text) notExtendable();
    return T_.unit();
  }
  bool isMap = s.kind == TypeKind::HashMap || s.kind == TypeKind::BTreeMap;
  std::vector<TypeId> owned = isMap ? std::vector<TypeId>{s.args[0], s.args[1]} : std::vector<TypeId>{s.args[0]};
  std::vector<TypeId> items = isMap && T_.get(item).kind == TypeKind::Tuple ? T_.get(item).args : std::vector<TypeId>{item};
  // By reference when every item part is a reference and the collection's
  // is not, or is one a level less deep (`&&str` items into a `Vec<&str>`);
  // a part still open to any type could be either (rustc may then ask for
  // an annotation), which the engine does not decide.
  bool byRef = items.size() == owned.size(), open = false;
  for (size_t i = 0; i < items.size() && byRef; ++i) {
    const Type own = T_.get(T_.resolve(owned[i]));
    const Type part = T_.get(T_.resolve(items[i]));
    byRef = part.kind == TypeKind::Ref && (own.kind != TypeKind::Ref || T_.get(T_.resolve(part.args[0])).kind == TypeKind::Ref);
    open |= own.kind == TypeKind::Var && own.varKind == VarKind::Any;
  }
  if (byRef && open)
    fail(DiagCode::None, "`extend` with references into a collection whose element type is not known yet is not supported yet",
         e.nameSpan);
  if (byRef) {
    for (size_t i = 0; i < items.size(); ++i) {
      TypeId referent = T_.get(T_.resolve(items[i])).args[0];
      if (!unify(owned[i], referent)) notExtendable();
      if (!T_.isCopy(T_.resolve(owned[i])))
        fail(DiagCode::E0271, "type mismatch resolving `<" + typeName(given) + " as IntoIterator>::Item == " + typeName(owned[i]) + "`",
             arg.span, "expected `" + typeName(owned[i]) + "`, found `" + typeName(items[i]) + "`");
    }
  } else if (!unify(isMap ? T_.tupleOf(owned) : owned[0], item)) {
    notExtendable();
  }
  if (s.kind == TypeKind::HashMap || s.kind == TypeKind::HashSet) requireHashableKey(e, self, inferred);
  if (s.kind == TypeKind::BTreeMap || s.kind == TypeKind::BTreeSet)  // an insert of each item
    requireOrderedKey(s.args[0], e.nameSpan, "a B-tree's key", OwnImpls::Called);
  if (s.kind == TypeKind::BinaryHeap) requireOrderedKey(s.args[0], e.nameSpan, "a binary heap's element", OwnImpls::Called);
  return T_.unit();
}

}  // namespace sh
