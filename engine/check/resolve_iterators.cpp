// Typing iterator chains: the checks named by the Iter rows of
// check/std_methods.def that a signature alone cannot say. An iterator's
// type here is Iter<Item>, the `impl Iterator<Item = ..>` a learner reads
// in rustc's messages; which adapters it went through is the expression's
// own shape, which the interpreter walks (run/std/streams.cpp).
//
// What a row cannot say: collect's result, chosen by the annotation or the
// turbofish (FromIterator: a Vec, a String, an Option or a Result of one);
// zip's and chain's argument, any IntoIterator; the Copy or Clone that
// copied and cloned need, the Ord of a max_by_key's key; and which chains
// `rev` can walk backwards.
#include <algorithm>

#include "check/resolver.h"

namespace sh {

// map, filter_map, fold, find_map: `_` is what the closure returns (or fold's accumulator).
TypeId Resolver::closureResult(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  return typeMethodCall(e, m, self, T_.newVar(VarKind::Any));
}

// try_fold(init, f): f returns an Option or a Result of the accumulator
// (std's `R: Try<Output = B>`), and so does try_fold: another type is E0277
// at the name, another payload E0271 there.
TypeId Resolver::tryFoldResult(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId acc = T_.newVar(VarKind::Any), tried = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, acc, tried);
  tried = T_.resolve(tried);
  const Type t = T_.get(tried);
  if (t.kind == TypeKind::Option || t.kind == TypeKind::Result) {
    if (!unify(t.args[0], acc))
      fail(DiagCode::E0271, "type mismatch resolving `<" + typeName(tried) + " as Try>::Output == " + typeName(acc) + "`", e.nameSpan,
           "expected `" + typeName(acc) + "`, found `" + typeName(t.args[0]) + "`");
    return result;
  }
  if (t.kind == TypeKind::Var && t.varKind == VarKind::Any)
    fail(DiagCode::None, "`try_fold` whose closure's result is not known yet is not supported yet", e.nameSpan);
  fail(DiagCode::E0277, "the trait bound `" + typeName(tried) + ": Try` is not satisfied", e.nameSpan,
       "the nightly-only, unstable trait `Try` is not implemented for `" + typeName(tried) + "`");
}

// copied and cloned: the items are references, and what they point to is Copy or Clone.
TypeId Resolver::referentItems(Expr& e, BuiltinMethod m, TypeId self, StdTrait bound) {
  TypeId item = T_.resolve(T_.get(T_.resolve(self)).args[0]);
  if (T_.get(item).kind != TypeKind::Ref)
    fail(DiagCode::E0271, "type mismatch resolving `<" + typeName(self) + " as Iterator>::Item == &_`", e.nameSpan,
         "expected `&_`, found `" + typeName(item) + "`");
  TypeId referent = T_.get(item).args[0];
  requireTrait(referent, TraitRef{stdTrait(bound), {}, {}, {}}, e.nameSpan);
  return typeMethodCall(e, m, self, referent);
}
TypeId Resolver::copiedItems(Expr& e, BuiltinMethod m, TypeId self, TypeId) { return referentItems(e, m, self, StdTrait::Copy); }
TypeId Resolver::clonedItems(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = referentItems(e, m, self, StdTrait::Clone);
  requireNoHandWrittenClone(T_.get(T_.resolve(T_.get(T_.resolve(self)).args[0])).args[0], "`cloned`", e.nameSpan);
  return result;
}

// A Vec's (a map's, a set's, a VecDeque's) into_iter moves the collection;
// through a reference it would iterate by reference instead (IntoIterator
// for &Vec), which the engine does not run.
TypeId Resolver::ownedReceiver(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  if (e.derefs > 0) fail(DiagCode::None, "`into_iter` through a reference is not supported yet: use `iter()`", e.nameSpan);
  TypeId result = bySignature(e, m, self, expected);
  if (m == BuiltinMethod::BMapIntoKeys || m == BuiltinMethod::BMapIntoValues)  // the run takes the entries as (K, V) pairs
    typeChecks_.push_back([this, self] {
      const Type map = T_.get(T_.defaultDeep(self));
      T_.tupleOf({map.args[0], map.args[1]});
    });
  return result;
}

// std::iter's sources: repeat, once, empty, from_fn and successors, their
// closures checked against the row's Fn bound (E0593, E0308, ...). repeat
// clones its element at each item, natively: T must be Clone (E0277 at the
// argument), and not through the learner's own Clone impl.
TypeId Resolver::iterSource(Expr& e, BuiltinFn f, TypeId, TypeId t, TypeId) {
  TypeId result;
  std::vector<CallableParam> callables;
  std::vector<TypeId> params = signatureTypes(T_, stdFn(f).signature, {t, kNoType, kNoType}, &result, &callables);
  checkArgCount(e, params.size(), e.args.size(), "function");
  for (size_t i = 0; i < params.size(); ++i) {
    auto callable = std::find_if(callables.begin(), callables.end(), [&](const CallableParam& c) { return c.param == i; });
    if (callable != callables.end()) checkCallableArgument(*e.args[i], params[i], *callable, e.operand->span);
    else coerce(*e.args[i], checkExpr(*e.args[i], params[i]), params[i]);
  }
  if (f == BuiltinFn::IterRepeat) {
    requireTrait(t, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, e.args[0]->span);
    requireNoHandWrittenClone(t, "`repeat`'s clones", e.args[0]->span);
  }
  return result;
}

// Chars::as_str and CharIndices::as_str: the text not walked yet, read from
// the pointers of one kept in a variable (`let mut c = w.chars(); c.next();
// c.as_str()`, the capitalising idiom); it borrows the text, not the
// iterator. On a chain made for the call it is declined ("not supported yet").
TypeId Resolver::textLeftInChars(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  KeptIter k = T_.keptIter(T_.resolve(self));
  if (k != KeptIter::Chars && k != KeptIter::CharIndices) return kNoType;
  return bySignature(e, m, self, expected);
}

// ChunksExact::remainder: the `&[T]` its chunks leave out (T is its item's
// type), borrowing the slice, not the iterator.
// Windows and Chunks have none: rustc's E0599, naming their generic struct.
TypeId Resolver::exactChunksRemainder(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  KeptIter k = T_.keptIter(T_.resolve(self));
  if (k == KeptIter::Windows || k == KeptIter::Chunks)
    fail(DiagCode::E0599, std::string("no method named `remainder` found for struct `") + (k == KeptIter::Windows ? "Windows" : "Chunks") +
                              "<'a, T>` in the current scope",
         e.nameSpan);
  if (k != KeptIter::ChunksExact) return kNoType;
  return bySignature(e, m, self, expected);
}

// An array's into_iter (edition 2021): its elements by value. Through a
// reference, or on a slice, it would iterate by reference, which the
// engine does not run: declined, so the call is "not supported yet".
TypeId Resolver::arrayByValue(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  if (e.derefs > 0 || T_.get(T_.resolve(self)).kind != TypeKind::Array) return kNoType;
  return bySignature(e, m, self, expected);
}

// scan(init, |state, x| ..): `_` is the state, V what the closure's Some holds.
TypeId Resolver::scanState(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  return typeMethodCall(e, m, self, T_.newVar(VarKind::Any), T_.newVar(VarKind::Any));
}

// flat_map(f) and flatten(): V is the Item of what f returns (of each item,
// for flatten), which must be iterable as a `for` loop iterates it, or an
// Option (`flat_map(|w| w.parse().ok())`), or a reference to one (a
// reference to its value: `v.iter().flatten()` of a `Vec<Option<T>>`).
TypeId Resolver::flattenedItems(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId returned = T_.newVar(VarKind::Any), item = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, returned, item);
  TypeId inner = m == BuiltinMethod::IterFlatMap ? returned : T_.get(T_.resolve(self)).args[0];
  const Type& it = T_.get(T_.resolve(inner));
  const Type& target = it.kind == TypeKind::Ref ? T_.get(T_.resolve(it.args[0])) : it;
  TypeId innerItem = it.kind == TypeKind::Option                                  ? it.args[0]  // an Option: its value, if any
                     : it.kind == TypeKind::Ref && target.kind == TypeKind::Option ? T_.refTo(target.args[0], it.isMut)
                                                                                   : intoIteratorItem(inner);
  if (innerItem == kNoType) {
    const Type& i = T_.get(T_.resolve(inner));
    if ((i.kind == TypeKind::Var && i.varKind == VarKind::Any) || i.kind == TypeKind::Result)
      fail(DiagCode::None, "`" + e.text + "` over `" + typeName(inner) + "` is not supported yet", e.nameSpan);
    fail(DiagCode::E0277, "`" + typeName(inner) + "` is not an iterator", e.nameSpan, "`" + typeName(inner) + "` is not an iterator");
  }
  unify(item, innerItem);
  return result;
}

// The Item of a learner's own Iterator (a struct or enum with the learner's
// impl), its `next` recorded for the interpreter; kNoType for other types.
TypeId Resolver::learnersIteratorItem(TypeId t, Span at) {
  t = T_.resolve(t);
  const Type ty = T_.get(t);
  if (ty.kind != TypeKind::Struct && ty.kind != TypeKind::Enum) return kNoType;
  int32_t trait = stdTrait(StdTrait::Iterator);
  std::vector<TypeId> implArgs;
  int32_t impl = findImplFor(t, TraitRef{trait, {}, {}, {}}, &implArgs);
  if (impl < 0 || out_.impls[impl].isStd) return kNoType;
  int32_t next = -1;
  for (int32_t fn : out_.impls[impl].fns)
    if (out_.fns[fn].decl && out_.fns[fn].decl->name == "next") next = fn;
  if (next < 0) return kNoType;
  for (int32_t fn : out_.impls[impl].fns)
    if (out_.fns[fn].decl && out_.fns[fn].decl->name == "size_hint")
      fail(DiagCode::None, "an Iterator with its own `size_hint` used with std's methods is not supported yet", at);
  // A generic impl's `next` is instantiated once the function's types are
  // known, as its calls are (recordIteratorNexts).
  if (out_.fns[next].isTemplate()) pendingIteratorNexts_.push_back({t, at});
  else out_.iteratorNexts[t] = next;
  return normalize(assocTypeOf(t, trait, out_.traits[trait].findAssoc("Item"), {}));
}

// The `next` of each of the learner's generic iterators this function
// walks with std's methods or a `for`, instantiated for its final type
// arguments (`Cycle<u32>`), which is what the run looks it up by. A
// template's own uses never run.
void Resolver::recordIteratorNexts() {
  std::vector<std::pair<TypeId, Span>> pending = std::move(pendingIteratorNexts_);
  pendingIteratorNexts_.clear();
  if (fn_->isTemplate()) return;
  int32_t trait = stdTrait(StdTrait::Iterator);
  for (const auto& [open, at] : pending) {
    TypeId t = normalize(T_.defaultDeep(open));
    if (T_.containsParam(t) || out_.iteratorNexts.count(t)) continue;
    std::vector<TypeId> implArgs;
    int32_t impl = findImplFor(t, TraitRef{trait, {}, {}, {}}, &implArgs);
    for (int32_t fn : impl < 0 ? std::vector<int32_t>{} : out_.impls[impl].fns)
      if (out_.fns[fn].decl && out_.fns[fn].decl->name == "next") out_.iteratorNexts[t] = instantiate(fn, implArgs, at);
  }
}

// The Item of a generic iterator, a parameter bounded by Iterator (`I:
// Iterator<Item = i32>`, `it: impl Iterator<Item = i32>`, or a function's
// `-> impl Iterator<Item = &str>` in its caller), from its bound; kNoType
// for other types. A generic body is checked through the bound alone, and
// what runs is each instance, whose iterator is a concrete one (a kept
// source, a range, the learner's own); an opaque result is its concrete
// type at run time, whose `next` is recorded if it is the learner's.
TypeId Resolver::genericIteratorItem(TypeId t, Span at) {
  int32_t trait = stdTrait(StdTrait::Iterator);
  if (T_.get(t).kind != TypeKind::Param || !boundsPromise(t, TraitRef{trait, {}, {}, {}})) return kNoType;
  if (isOpaque(t)) {
    TypeId concrete = T_.resolve(reveal(t, at));
    if (T_.get(concrete).kind == TypeKind::Struct || T_.get(concrete).kind == TypeKind::Enum) learnersIteratorItem(concrete, at);
  }
  return normalize(assocTypeOf(t, trait, out_.traits[trait].findAssoc("Item"), {}));
}

// A std iterator method called on the learner's own Iterator (`counter.sum()`,
// `counter.zip(other)`): the row of Iter<Item>, with the iterator moved in.
bool Resolver::checkLearnersIteratorMethod(Expr& e, TypeId t, int derefs, TypeId expected, TypeId* result) {
  bool named = false;
  for (size_t i = 0; i < stdMethodCount(); ++i)
    named |= stdMethod(static_cast<BuiltinMethod>(i)).receiver == StdReceiver::Iter && e.text == stdMethod(static_cast<BuiltinMethod>(i)).name;
  if (!named) return false;
  TypeId item = genericIteratorItem(t, e.nameSpan);
  if (item != kNoType && e.text == "rev")  // DoubleEndedIterator, which the bounds do not promise
    fail(DiagCode::None, "`rev` of a generic iterator is not supported yet", e.nameSpan);
  if (item == kNoType) item = learnersIteratorItem(t, e.nameSpan);
  if (item == kNoType) return false;
  if (e.text == "by_ref")  // std's one for the learner's own or a generic one is not laid out as Iter<Item>
    fail(DiagCode::None, "`by_ref` of the learner's own or a generic iterator is not supported yet", e.nameSpan);
  if (derefs > 0)
    fail(DiagCode::None, "std's `" + e.text + "` on an iterator behind a reference is not supported yet", e.nameSpan);
  e.derefs = 0;
  BuiltinMethod which;
  *result = checkBuiltinMethod(e, T_.iterOf(item), &which, expected);
  e.resolvedKind = static_cast<uint8_t>(Resolved::Method);
  e.resolved = static_cast<int32_t>(which);
  return true;
}

// What iterating over a value of type t yields (IntoIterator::Item), or kNoType.
TypeId Resolver::intoIteratorItem(TypeId t) {
  const Type ty = T_.get(T_.resolve(t));
  switch (ty.kind) {
    case TypeKind::Iter: return ty.args[0];
    case TypeKind::Range: {
      const Type& of = T_.get(T_.resolve(ty.args[0]));
      bool steps = of.kind == TypeKind::Int || of.kind == TypeKind::Char || (of.kind == TypeKind::Var && of.varKind == VarKind::Integer);
      return steps ? ty.args[0] : kNoType;
    }
    case TypeKind::Vec: case TypeKind::Array: case TypeKind::BinaryHeap: return ty.args[0];
    case TypeKind::VecDeque: case TypeKind::HashSet: case TypeKind::BTreeSet: return ty.args[0];
    case TypeKind::HashMap: case TypeKind::BTreeMap: return T_.tupleOf({ty.args[0], ty.args[1]});
    case TypeKind::Struct: case TypeKind::Enum: return learnersIteratorItem(t, {});
    case TypeKind::Param: return genericIteratorItem(t, {});  // `I: Iterator`, or a caller's `impl Iterator` value
    case TypeKind::Ref: return itemThroughReference(ty);
    default: return kNoType;
  }
}

// What iterating through reference `ref` to a collection yields (std's
// IntoIterator for `&C` and `&mut C`): references to a sequence's or a
// VecDeque's elements, mutable through `&mut`; to a set's or a binary
// heap's through `&` alone (std has no IntoIterator for `&mut HashSet`,
// `&mut BTreeSet` or `&mut BinaryHeap`); a map's `(&K, &V)`, or `(&K, &mut
// V)` through `&mut`. kNoType for any other target.
TypeId Resolver::itemThroughReference(const Type& ref) {
  const Type target = T_.get(T_.resolve(ref.args[0]));
  switch (target.kind) {
    case TypeKind::Vec: case TypeKind::Array: case TypeKind::Slice: case TypeKind::VecDeque:
      return T_.refTo(target.args[0], ref.isMut);
    case TypeKind::HashSet: case TypeKind::BTreeSet: case TypeKind::BinaryHeap:
      return ref.isMut ? kNoType : T_.refTo(target.args[0], false);
    case TypeKind::HashMap: case TypeKind::BTreeMap:
      return T_.tupleOf({T_.refTo(target.args[0], false), T_.refTo(target.args[1], ref.isMut)});
    default: return kNoType;
  }
}

// zip and chain take anything iterable: an iterator, a range, a Vec or an
// array (its elements), or a reference to one (references to them).
TypeId Resolver::otherIterator(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId item = iterableArgument(e);
  Expr& arg = *e.args[0];
  TypeId given = arg.type;
  TypeId mine = T_.get(T_.resolve(self)).args[0];
  if (m == BuiltinMethod::IterChain && !unify(mine, item))
    fail(DiagCode::E0271, "type mismatch resolving `<" + typeName(given) + " as IntoIterator>::Item == " + typeName(mine) + "`",
         arg.span, "expected `" + typeName(mine) + "`, found `" + typeName(item) + "`");
  TypeId result = m == BuiltinMethod::IterZip ? T_.tupleOf({mine, item}) : mine;
  // std's Zip or Chain around two iterators that are kept (or ranges with both ends): which can be kept too
  KeptIter adapter = m == BuiltinMethod::IterZip ? KeptIter::Zip : KeptIter::Chain;
  TypeId inner = T_.resolve(self), other = iteratorOfIterable(T_.resolve(given));
  bool otherKept = T_.get(other).kind == TypeKind::Range || T_.keptIter(other) != KeptIter::None;
  if (otherKept && keptAround(adapter, inner, *e.operand) && keptAround(adapter, other, arg))
    return T_.keptAdapterOf(adapter, result, inner, other);
  return T_.iterOf(result);
}

// What zip or chain keeps of its argument: the iterator itself, or the
// slice::Iter (IterMut through `&mut`) std's IntoIterator makes of a
// `&Vec` or a reference to an array.
TypeId Resolver::iteratorOfIterable(TypeId given) {
  const Type& g = T_.get(given);
  if (g.kind != TypeKind::Ref) return given;
  const Type& target = T_.get(T_.resolve(g.args[0]));
  if (target.kind != TypeKind::Vec && target.kind != TypeKind::Array) return given;
  return T_.iterOf(T_.refTo(target.args[0], g.isMut), g.isMut ? KeptIter::SliceIterMut : KeptIter::SliceIter);
}

// The one argument of zip, chain or eq, anything iterable: its item type.
// What is not iterable is E0277 at the method's name, as rustc; chain's
// argument written `&mut x` at x, named by x's type (std's `&mut I` is an
// iterator when I is, which rustc asks of x).
TypeId Resolver::iterableArgument(Expr& e) {
  e.receiverMode = static_cast<uint8_t>(ReceiverMode::ByValue);
  checkArgCount(e, 1, e.args.size(), "method");
  Expr& arg = *e.args[0];
  TypeId given = checkExpr(arg, kNoType);
  TypeId item = intoIteratorItem(given);
  if (item != kNoType) return item;
  if (e.text == "chain") failNotIterableThroughMut(arg);
  fail(DiagCode::E0277, "`" + typeName(given) + "` is not an iterator", e.nameSpan, "`" + typeName(given) + "` is not an iterator");
}

// An argument written `&mut x` where an iterable is taken, which is not
// one: rustc's E0277 at x, whose type it names (it asks whether x is an
// iterator, as `&mut I` is one when I is). Returns for another argument.
void Resolver::failNotIterableThroughMut(const Expr& arg) {
  if (arg.kind != ExprKind::Ref || !arg.isMut) return;
  TypeId inner = arg.operand->type;
  fail(DiagCode::E0277, "`" + typeName(inner) + "` is not an iterator", arg.operand->span, "`" + typeName(inner) + "` is not an iterator");
}

// Iterator::eq: the items of both compared in turn with `==`, here of the
// same type (another is rustc's E0271 at the name), which must be
// PartialEq (E0277 at the argument).
TypeId Resolver::iteratorsEqual(Expr& e, BuiltinMethod, TypeId self, TypeId) {
  TypeId item = iterableArgument(e);
  TypeId mine = T_.get(T_.resolve(self)).args[0];
  if (!unify(mine, item))
    fail(DiagCode::E0271, "type mismatch resolving `<" + typeName(e.args[0]->type) + " as IntoIterator>::Item == " + typeName(mine) + "`",
         e.nameSpan, "expected `" + typeName(mine) + "`, found `" + typeName(item) + "`");
  std::string culprit;
  if (!implementsComparison(mine, Comparison::Equality, &culprit))
    fail(DiagCode::E0277, "can't compare `" + typeName(mine) + "` with `_`", e.args[0]->span, "no implementation for `" + typeName(mine) + " == _`");
  requireNoHandWrittenComparison(mine, Comparison::Equality, "`eq`", e.nameSpan);
  return T_.boolType();
}

// peek, peek_mut, next_if and next_if_eq are Peekable's own: on another
// iterator the call is declined, which is rustc's E0599. What peek hands
// out points into the Peekable's `peeked` field, so it is run on one kept
// in a place (a variable, a field, through a `&mut`), not on a temporary.
TypeId Resolver::onPeekable(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  if (T_.keptIter(T_.resolve(self)) != KeptIter::Peekable) return kNoType;
  const Expr* place = &withoutParens(*e.operand);
  bool inPlace = (place->kind == ExprKind::Path && place->resolvedKind == static_cast<uint8_t>(Resolved::Local)) ||
                 place->kind == ExprKind::Field || place->kind == ExprKind::TupleField || place->kind == ExprKind::Index ||
                 place->kind == ExprKind::Deref;
  if ((m == BuiltinMethod::IterPeek || m == BuiltinMethod::IterPeekMut) && !inPlace)
    fail(DiagCode::None, "`" + e.text + "` of a Peekable that is not kept in a variable is not supported yet", e.nameSpan);
  if (m == BuiltinMethod::IterNextIfEq) return elementsEqual(e, m, self, expected);
  return typeMethodCall(e, m, self, kNoType);
}

// max_by_key and min_by_key compare keys: the key must be Ord.
TypeId Resolver::closureKeyOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId key = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, key);
  if (m == BuiltinMethod::VecSortByCachedKey) typeChecks_.push_back([this, key] { internKeyIndexPairs(key); });
  const Expr* closure = e.args.empty() ? nullptr : e.args.back().get();
  if (m != BuiltinMethod::VecBinarySearchByKey && closure->kind == ExprKind::Closure)  // its `F: FnMut(&'a T) -> B` may borrow
    typeChecks_.push_back([this, closure] { rejectKeyBorrowingItem(*closure); });
  std::string culprit;
  if (implementsComparison(key, Comparison::TotalOrder, &culprit)) {
    int derefs = 0;
    bool ownImplsCalled = m == BuiltinMethod::IterMaxByKey || m == BuiltinMethod::IterMinByKey;  // `Ord::cmp(&best, &key)` (run/std/iter.cpp)
    if (!ownImplsCalled || !orderedByOwnImpls(stripRefs(key, &derefs)))
      requireNoHandWrittenComparison(key, Comparison::TotalOrder, "`" + e.text + "`", e.nameSpan);
    return result;
  }
  fail(DiagCode::E0277, "the trait bound `" + culprit + ": Ord` is not satisfied", e.args[0]->span,
       "the trait `Ord` is not implemented for `" + culprit + "`");
}

// sort_by_cached_key keeps each key beside its index in a Vec<(K, u32)>
// or, when that pair is no smaller, a Vec<(K, usize)> (alloc's slice.rs):
// both pairs are interned once K is known, for the run to pick by their
// layouts.
void Resolver::internKeyIndexPairs(TypeId key) {
  TypeId k = T_.resolveDeep(key);
  for (IntKind index : {IntKind::U32, IntKind::Usize}) T_.tupleOf({k, T_.intType(index)});
}

// `v.dedup_by_key(|x| key)`: a key std compares with `==` (E0277 where it
// is not PartialEq), by the std's own equality the run knows.
TypeId Resolver::closureKeyEq(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId key = T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, key);
  const Expr* closure = e.args.back().get();
  if (closure->kind == ExprKind::Closure) typeChecks_.push_back([this, closure] { rejectKeyBorrowingItem(*closure); });
  std::string culprit;
  if (!implementsComparison(key, Comparison::Equality, &culprit))
    fail(DiagCode::E0277, "can't compare `" + culprit + "` with `" + culprit + "`", e.nameSpan,
         "no implementation for `" + culprit + " == " + culprit + "`");
  requireNoHandWrittenComparison(key, Comparison::Equality, "`" + e.text + "`", e.nameSpan);
  return result;
}

namespace {

// A place reached from the local `name` through fields, indexing and derefs.
bool placeOf(const Expr& e, const std::string& name) {
  switch (e.kind) {
    case ExprKind::Path: return e.path.isSingle() && e.path.segments[0].name == name;
    case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Paren: case ExprKind::Deref: return placeOf(*e.operand, name);
    case ExprKind::Index: return placeOf(*e.lhs, name);
    default: return false;
  }
}

bool mentionsReference(const TypeTable& T, TypeId t) {
  const Type ty = T.get(T.resolve(t));
  if (ty.kind == TypeKind::Ref) return true;
  return std::any_of(ty.args.begin(), ty.args.end(), [&](TypeId a) { return mentionsReference(T, a); });
}

}  // namespace

// sort_by_key's, max_by_key's and min_by_key's key function takes its
// `&T` under any lifetime (`F: FnMut(&T) -> K`), so a key borrowing the
// item through that reference (`|s| &s.name`, `|s| s.name.as_str()`)
// cannot be handed out: rustc's "lifetime may not live long enough" at the
// value the closure returns. A T that is itself a reference (an `iter()`'s
// `&Student`) lends under its own lifetime, which may.
void Resolver::rejectKeyBorrowingItem(const Expr& closure) {
  auto info = std::find_if(out_.closures.begin(), out_.closures.end(), [&](const ClosureInfo& c) { return c.expr == &closure; });
  if (info == out_.closures.end()) return;
  const FnInfo& body = out_.fns[info->fn];
  if (body.decl->params.size() != 1 || body.decl->params[0].pattern->kind != PatternKind::Binding) return;
  const Pattern& param = *body.decl->params[0].pattern;
  const Type byRef = T_.get(T_.resolve(body.paramTypes[1]));
  if (param.byRef || byRef.kind != TypeKind::Ref || T_.get(T_.resolve(byRef.args[0])).kind == TypeKind::Ref) return;
  const Expr* value = body.decl->body->tail.get();
  while ((value->kind == ExprKind::Block && value->block->tail) || value->kind == ExprKind::Paren)
    value = value->kind == ExprKind::Paren ? value->operand.get() : value->block->tail.get();
  std::vector<const Expr*> parts = {value};
  if (value->kind == ExprKind::Tuple)
    for (const ExprPtr& part : value->args) parts.push_back(part.get());
  for (const Expr* part : parts) {
    bool borrows = (part->kind == ExprKind::Ref && placeOf(*part->operand, param.name)) ||
                   (part->kind == ExprKind::MethodCall && mentionsReference(T_, part->type) && placeOf(*part->operand, param.name)) ||
                   (part->kind == ExprKind::Path && placeOf(*part, param.name));
    if (borrows)
      fail(DiagCode::None, "lifetime may not live long enough", value->span,
           "returning this value requires that `'1` must outlive `'2`");
  }
}

// collect::<B>(): B from the turbofish or the context, checked against the
// items once it is known (now, or when the function's inference is done).
// `collect::<Result<_, _>>()?` of a `let v: Vec<u32>` knows its Ok type only
// from the `?` after it: a Result or an Option whose payload is still open
// waits as a target still open does.
TypeId Resolver::collectTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected) {
  TypeId target = methodTypeArgument(e);
  if (target == kNoType) target = expected != kNoType ? expected : T_.newVar(VarKind::Any);
  TypeId result = typeMethodCall(e, m, self, target);
  TypeId item = T_.get(T_.resolve(self)).args[0];
  collects_.push_back(&e);
  if (collectTargetOpen(target)) collectTargets_.push_back({&e, m, item, e.nameSpan});
  else requireCollectible(e, target, item);
  return result;
}

bool Resolver::collectTargetOpen(TypeId target) const {
  const Type& t = T_.get(T_.resolve(target));
  if (t.kind == TypeKind::Option || t.kind == TypeKind::Result) return T_.get(T_.resolve(t.args[0])).kind == TypeKind::Var;
  return t.kind == TypeKind::Var;
}

// `String::from_iter(x)`, `Vec::from_iter(x)`: std's FromIterator, the
// function `collect` calls, given anything IntoIterator. The call is
// rewritten as `x.into_iter().collect()` into that type (into_iter left out
// where `x` is already an iterator or a range) and checked as that; rustc
// reports an item it cannot collect at the path's type segment, which the
// rewritten collect takes as its name.
TypeId Resolver::collectFromIterByPath(Expr& e, TypeId target, Span typeSegment) {
  ExprPtr source = std::move(e.args[0]);
  e.args.clear();
  TypeId given = T_.resolve(checkExpr(*source));
  TypeKind k = T_.get(given).kind;
  if (k != TypeKind::Iter && k != TypeKind::Range) {
    auto into = std::make_unique<Expr>();
    into->kind = ExprKind::MethodCall;
    into->text = "into_iter";
    into->span = into->nameSpan = source->span;
    into->operand = std::move(source);
    fnExprs_.push_back(into.get());
    given = into->type = checkMethodOn(*into, given, kNoType);
    source = std::move(into);
  }
  e.kind = ExprKind::MethodCall;
  e.text = "collect";
  e.nameSpan = typeSegment;
  // The path `String::from_iter` goes; the function's list of its typed
  // expressions must not keep it (finishFunction reads them all).
  const Expr* callee = e.operand.get();
  fnExprs_.erase(std::remove(fnExprs_.begin(), fnExprs_.end(), callee), fnExprs_.end());
  e.operand = std::move(source);
  TypeId result = checkMethodOn(e, given, target);
  if (!unify(result, target)) mismatch(e.span, target, result);
  return result;
}

// FromIterator as std implements it for the collections the engine collects into.
void Resolver::requireCollectible(const Expr& e, TypeId target, TypeId item) {
  const Type t = T_.get(T_.resolve(target));
  auto cannot = [&]() {
    fail(DiagCode::E0277,
         "a value of type `" + typeName(target) + "` cannot be built from an iterator over elements of type `" + typeName(item) + "`",
         e.nameSpan, "value of type `" + typeName(target) + "` cannot be built from `std::iter::Iterator<Item=" + typeName(item) + ">`");
  };
  switch (t.kind) {
    case TypeKind::Vec:
      if (!unify(t.args[0], item)) cannot();
      return;
    case TypeKind::String: {
      TypeId i = T_.resolveDeep(item);
      bool text = i == T_.charType() || i == T_.refTo(T_.charType(), false) || i == T_.strRef() || i == T_.stringType();
      if (!text) cannot();
      return;
    }
    case TypeKind::Option: case TypeKind::Result: {
      const Type it = T_.get(T_.resolve(item));
      if (it.kind != t.kind) cannot();
      if (t.kind == TypeKind::Result && !unify(t.args[1], it.args[1])) cannot();
      requireCollectible(e, t.args[0], it.args[0]);
      return;
    }
    case TypeKind::HashMap: case TypeKind::HashSet: {  // (K, V) pairs, or T; the key Hash + Eq
      TypeId key = t.args[0];
      if (!unify(t.kind == TypeKind::HashMap ? T_.tupleOf({t.args[0], t.args[1]}) : key, item)) cannot();
      for (StdTrait bound : {StdTrait::Eq, StdTrait::Hash}) requireTrait(key, TraitRef{stdTrait(bound), {}, {}, {}}, e.nameSpan);
      requireHashedKey(key, e.nameSpan);
      return;
    }
    case TypeKind::VecDeque:  // std collects a Vec, then takes its buffer over
      requireCollectible(e, T_.vecOf(t.args[0]), item);
      return;
    case TypeKind::BinaryHeap:  // std collects a Vec, then heapifies it in place: `impl<T: Ord> FromIterator<T>`
      requireCollectible(e, T_.vecOf(t.args[0]), item);
      requireOrderedKey(t.args[0], e.nameSpan, "a binary heap's element", OwnImpls::Called);
      return;
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: {  // (K, V) pairs, or T; the key Ord
      TypeId key = t.args[0];
      TypeId entry = t.kind == TypeKind::BTreeMap ? T_.tupleOf({t.args[0], t.args[1]}) : key;
      if (!unify(entry, item)) cannot();
      T_.vecOf(entry);  // std collects the items into a Vec first, then sorts it (its own impls called up to 20 items)
      requireOrderedKey(key, e.nameSpan, "a B-tree's key", OwnImpls::CalledWithDerivedEq);
      return;
    }
    case TypeKind::Error: return;
    default: cannot();
  }
}

// A value whose type waits on an open collect, sum or product, used by a
// method, a field or an operator before anything names that type: rustc
// asks for the annotation there and then (E0282 for a method or field,
// E0283 for an operator), at the `let`'s pattern.
void Resolver::requireSettledTarget(TypeId t, DiagCode code) {
  TypeId open = T_.resolve(t);
  if (T_.get(open).kind != TypeKind::Var) return;
  for (const OpenCollect& c : collectTargets_)
    if (T_.resolve(c.call->type) == open) fail(code, "type annotations needed", c.blame, "type must be known at this point");
}

// A `let` without a type whose initializer is an open collect: rustc asks
// for the annotation on the pattern.
void Resolver::blameLetForOpenCollect(const Stmt& s) {
  for (OpenCollect& c : collectTargets_)
    if (c.call == s.init.get()) c.blame = s.pattern->span;
}

// Once the function's types are known: each collect, sum or product whose
// target was open. One's target may be known only through another's (a
// closure summing a row, whose results are collected), so the known ones
// are settled first, until none is left or only open ones are. A sum or
// product whose items are still open when nothing else settles them: items that are an open parse's target stay open for the parse's
// E0284 (rustc cannot pick between `Sum<T>` and `Sum<&T>`); others take the
// sum's type.
void Resolver::finishCollectTargets() {
  auto isSum = [](const OpenCollect& c) { return c.method == BuiltinMethod::IterSum || c.method == BuiltinMethod::IterProduct; };
  auto targetOpen = [&](const OpenCollect& c) { return isSum(c) ? T_.get(T_.resolve(c.call->type)).kind == TypeKind::Var : collectTargetOpen(c.call->type); };
  auto itemsOpen = [&](const OpenCollect& c) { return isSum(c) && isOpenVar(c.item); };
  auto settle = [&](const OpenCollect& c) {
    if (!isSum(c)) return requireCollectible(*c.call, c.call->type, c.item);
    if (!isParseTarget(c.item)) requireSummable(*c.call, c.call->type, c.item);
  };
  auto settleFirst = [&](bool evenWithItemsOpen) {
    for (size_t i = 0; i < collectTargets_.size(); ++i) {
      if (targetOpen(collectTargets_[i]) || (itemsOpen(collectTargets_[i]) && !evenWithItemsOpen)) continue;
      OpenCollect c = collectTargets_[i];
      collectTargets_.erase(collectTargets_.begin() + static_cast<std::ptrdiff_t>(i));
      settle(c);
      return true;
    }
    return false;
  };
  while (settleFirst(false) || settleFirst(true)) {
  }
  if (!collectTargets_.empty()) {
    const OpenCollect& c = collectTargets_.front();
    std::string method = stdMethod(c.method).name;
    fail(DiagCode::E0283, "type annotations needed", c.blame,
         "cannot infer type of the type parameter `" + std::string(method == "collect" ? "B" : "S") + "` declared on the method `" + method + "`");
  }
  collectTargets_.clear();
}

// A collect whose chain goes back to a Vec's into_iter (made there or kept
// in a variable) through adapters
// that keep it as their source, into another element type: recorded for
// the check after the freeze (check/checker.cpp).
void Resolver::recordRetypingCollects() {
  for (const Expr* call : collects_) {
    TypeId target = T_.resolve(call->type);
    while (T_.get(target).kind == TypeKind::Option || T_.get(target).kind == TypeKind::Result)
      target = T_.resolve(T_.get(target).args[0]);
    if (T_.get(target).kind != TypeKind::Vec) continue;
    const Expr* chain = call->operand.get();
    while (chain->kind == ExprKind::MethodCall && chain->resolvedKind == static_cast<uint8_t>(Resolved::Method)) {
      auto m = static_cast<BuiltinMethod>(chain->resolved);
      bool keepsSource = m == BuiltinMethod::IterMap || m == BuiltinMethod::IterFilter || m == BuiltinMethod::IterFilterMap ||
                         m == BuiltinMethod::IterEnumerate || m == BuiltinMethod::IterTake || m == BuiltinMethod::IterSkip ||
                         m == BuiltinMethod::IterTakeWhile || m == BuiltinMethod::IterSkipWhile ||
                         m == BuiltinMethod::IterInspect || m == BuiltinMethod::IterZip || m == BuiltinMethod::IterScan;
      if (!keepsSource) break;
      chain = chain->operand.get();
    }
    if (T_.keptIter(T_.resolve(chain->type)) != KeptIter::VecIntoIter) continue;  // `v.into_iter()`, or one kept in a variable
    TypeId from = T_.resolve(T_.get(T_.resolve(chain->type)).args[0]), to = T_.resolve(T_.get(target).args[0]);
    if (from != to) out_.retypingCollects.push_back({call, from, to});
  }
  collects_.clear();
}

}  // namespace sh
