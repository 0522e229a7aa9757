// Comparisons: which types implement PartialEq, Eq, PartialOrd and Ord,
// checked where Rust checks them; and every derive checked against the
// fields of the type that asks for it.
//
// The interpreter compares any two values it is given, payload by payload,
// so every comparison it runs must first be allowed here: `==` and `!=` need
// PartialEq, `<` `>` `<=` `>=` need PartialOrd, on the left operand's type.
// The std types implement them when their parts do; a user struct only
// through `#[derive(PartialEq)]` / `#[derive(PartialOrd)]`, and a derive is
// checked against the struct's fields once, where it is declared, so a use
// only has to read the struct's flag.
#include <algorithm>

#include "check/resolver.h"

namespace sh {

namespace {

const char* traitName(Comparison c) {
  switch (c) {
    case Comparison::Equality: return "PartialEq";
    case Comparison::Ordering: return "PartialOrd";
    case Comparison::TotalEquality: return "Eq";
    case Comparison::TotalOrder: return "Ord";
  }
  return "";
}

bool derives(const DerivedTraits& t, Comparison c) {
  switch (c) {
    case Comparison::Equality: return t.isPartialEq;
    case Comparison::Ordering: return t.isPartialOrd;
    case Comparison::TotalEquality: return t.isEq;
    case Comparison::TotalOrder: return t.isOrd;
  }
  return false;
}

// Floats (NaN) are neither Eq nor Ord.
bool partialOnly(Comparison c) { return c == Comparison::Equality || c == Comparison::Ordering; }

}  // namespace

// Whether values of type t can be compared with `c`. When they cannot,
// `culprit` names the part that lacks the trait, as rustc's note does: the
// struct without the derive, or the std type without the impl.
bool Resolver::implementsComparison(TypeId id, Comparison c, std::string* culprit) {
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
    case TypeKind::Float: return partialOnly(c) || lacking(T_.name(resolved));
    case TypeKind::Var:  // not known yet: only a `{float}` is known to lack Eq and Ord
      return t.varKind != VarKind::Float || partialOnly(c) || lacking(T_.name(resolved));
    case TypeKind::Ref: case TypeKind::Box: case TypeKind::Vec: case TypeKind::Option: case TypeKind::Array:
    case TypeKind::Slice: case TypeKind::Rc: case TypeKind::RefCell: case TypeKind::VecDeque:
      return implementsComparison(t.args[0], c, culprit);
    case TypeKind::BinaryHeap: return lacking(T_.name(resolved));  // std compares no BinaryHeap
    case TypeKind::HashMap: case TypeKind::HashSet:  // `impl PartialEq` and `Eq`, compared as sets; no order
      if (c == Comparison::Ordering || c == Comparison::TotalOrder) return lacking(T_.name(resolved));
      for (TypeId a : t.args)
        if (!implementsComparison(a, c, culprit)) return false;
      return true;
    case TypeKind::BTreeMap: case TypeKind::BTreeSet:  // every comparison, entry by entry in key order
      for (TypeId a : t.args)
        if (!implementsComparison(a, c, culprit)) return false;
      return true;
    case TypeKind::Cell:  // `impl<T: PartialEq + Copy> PartialEq for Cell<T>`
      return (T_.isCopy(t.args[0]) || lacking(T_.name(resolved))) && implementsComparison(t.args[0], c, culprit);
    case TypeKind::Weak: case TypeKind::RcBox: case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::HashTable:
    case TypeKind::MapEntry: case TypeKind::BTreeNode: case TypeKind::BTreeEntry:
      return lacking(T_.name(resolved));
    case TypeKind::Tuple:  // std compares tuples of up to twelve
      if (t.args.size() > kStdTupleTraitArity) return lacking(T_.name(resolved));
      for (TypeId a : t.args)
        if (!implementsComparison(a, c, culprit)) return false;
      return true;
    case TypeKind::Struct: case TypeKind::Enum: {
      // A derive compares the fields, and asks the same of the type's arguments; an impl of the learner's decides alone.
      StdTrait trait = c == Comparison::Equality        ? StdTrait::PartialEq
                       : c == Comparison::TotalEquality ? StdTrait::Eq
                       : c == Comparison::Ordering      ? StdTrait::PartialOrd
                                                        : StdTrait::Ord;
      if (findImplFor(resolved, TraitRef{stdTrait(trait), {}, {}, {}}, nullptr) >= 0) return true;
      bool isStruct = t.kind == TypeKind::Struct;
      const DerivedTraits& traits = isStruct ? static_cast<const DerivedTraits&>(T_.structOf(resolved)) : T_.enumOf(resolved);
      if (!derives(traits, c)) return lacking(isStruct ? T_.structOf(resolved).name : T_.enumOf(resolved).name);
      for (TypeId a : t.args)
        if (!implementsComparison(a, c, culprit)) return false;
      return true;
    }
    case TypeKind::Param: {
      StdTrait trait = c == Comparison::Equality        ? StdTrait::PartialEq
                       : c == Comparison::TotalEquality ? StdTrait::Eq
                       : c == Comparison::Ordering      ? StdTrait::PartialOrd
                                                        : StdTrait::Ord;
      return boundsPromise(resolved, TraitRef{stdTrait(trait), {}, {}, {}}) || lacking(T_.name(resolved));
    }
    case TypeKind::Projection: case TypeKind::Dyn: case TypeKind::Vtable: return lacking(T_.name(resolved));
    case TypeKind::FnPtr: return lacking(T_.name(resolved));  // rustc compares their addresses: not run (requireComparison)
    case TypeKind::Result: return implementsComparison(t.args[0], c, culprit) && implementsComparison(t.args[1], c, culprit);
    case TypeKind::IoError: return lacking("std::io::Error");
    case TypeKind::Range:  // PartialEq and Eq, no order
      if (c != Comparison::Equality && c != Comparison::TotalEquality) return lacking(T_.name(resolved));
      return implementsComparison(t.args[0], c, culprit);
    case TypeKind::Iter: case TypeKind::Stdin:
      return lacking(T_.name(resolved));
  }
  return false;
}

bool containsFnPointer(const TypeTable& T, TypeId t) {
  std::vector<TypeId> seen;
  std::function<bool(TypeId)> inside = [&](TypeId id) {
    id = T.resolve(id);
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) return false;
    seen.push_back(id);
    const Type& ty = T.get(id);
    if (ty.kind == TypeKind::FnPtr || std::any_of(ty.args.begin(), ty.args.end(), inside)) return true;
    if (ty.kind == TypeKind::Struct)
      for (const auto& f : T.structOf(id).fields)
        if (inside(f.second)) return true;
    if (ty.kind == TypeKind::Enum)
      for (const VariantInfo& v : T.enumOf(id).variants)
        for (const auto& f : v.fields)
          if (inside(f.second)) return true;
    return false;
  };
  return inside(t);
}

// E0369 for a comparison whose left operand's type lacks the trait: at the
// operator for `a == b`, at the whole macro for `assert_eq!(a, b)` (whose
// expansion compares `*left_val == *right_val`).
void Resolver::requireComparison(TypeId lhs, BinaryOp op, Span at, std::vector<Label> labels) {
  Comparison c = op == BinaryOp::Eq || op == BinaryOp::Ne ? Comparison::Equality : Comparison::Ordering;
  std::string culprit;
  if (implementsComparison(lhs, c, &culprit)) {
    requireNoHandWrittenComparison(lhs, c, "`" + std::string(binaryOpText(op)) + "`", at);
    return;
  }
  if (containsFnPointer(T_, lhs))  // rustc compares their addresses, which the engine does not make as rustc's
    fail(DiagCode::None, "comparing function pointers is not supported yet", at);
  Diagnostic d;
  d.code = DiagCode::E0369;
  d.message = operatorMessage(op, typeName(lhs), "");
  d.labels.push_back({at, "", true});
  for (Label& l : labels) d.labels.push_back(std::move(l));
  bool userStruct = isUserType(culprit);
  bool param = lookupGeneric(culprit) >= 0;
  if (param)
    d.helps.push_back("consider restricting type parameter `" + culprit + "` with trait `" + traitName(c) + "`");
  else
    d.notes.push_back(userStruct ? "an implementation of `" + std::string(traitName(c)) + "` might be missing for `" + culprit + "`"
                                 : "`" + culprit + "` does not implement `" + traitName(c) + "`");
  if (userStruct)
    d.helps.push_back("consider annotating `" + culprit + "` with `#[derive(" +
                      (c == Comparison::Equality ? "PartialEq" : "PartialEq, PartialOrd") + ")]`");
  throw CompileError(std::move(d));
}

// Every struct's and enum's derives, as rustc checks them: first each
// derive's bounds on the type itself, for every type (coherence), then the
// fields each derived impl reaches, type by type in declaration order.
void Resolver::checkAllDerives() {
  // The learner's types (std's, listed after them, are std's own business).
  std::vector<DerivedItem> items;
  for (size_t i = 0; i < out_.ast->structs.size(); ++i) {
    const StructDecl& d = out_.ast->structs[i];
    const StructInfo& s = T_.structs()[i];
    DerivedItem item{s.name, d.nameSpan, s, handWrittenTraits(TypeKind::Struct, i), {}, false, &d.derives};
    for (size_t f = 0; f < d.fields.size(); ++f) item.fields.emplace_back(s.fields[f].second, d.fields[f].span);
    items.push_back(std::move(item));
  }
  for (size_t i = 0; i < out_.ast->enums.size(); ++i) {
    const EnumDecl& d = out_.ast->enums[i];
    const EnumInfo& e = T_.enums()[i];
    DerivedItem item{e.name, d.nameSpan, e, handWrittenTraits(TypeKind::Enum, i), {}, true, &d.derives};
    for (size_t v = 0; v < d.variants.size(); ++v)
      for (size_t f = 0; f < d.variants[v].fields.size(); ++f)
        item.fields.emplace_back(e.variants[v].fields[f].second, d.variants[v].fields[f].span);
    items.push_back(std::move(item));
  }
  for (DerivedItem& item : items) {  // a hand-written `impl Copy` marks the type Copy too; here only the derive counts
    item.derived.isCopy = std::find(item.order->begin(), item.order->end(), "Copy") != item.order->end();
    requireDeriveBounds(item);
  }
  std::sort(items.begin(), items.end(), [](const DerivedItem& a, const DerivedItem& b) { return a.nameSpan.start < b.nameSpan.start; });
  for (const DerivedItem& item : items) requireDerivedFields(item);
}

// The traits the learner implements by hand for the index-th struct or
// enum, which meet a derive's bounds as a derive would (`#[derive(Copy)]`
// with `impl Clone`, `#[derive(Eq)]` with `impl PartialEq`).
DerivedTraits Resolver::handWrittenTraits(TypeKind kind, size_t index) {
  DerivedTraits t;
  for (const ImplInfo& impl : out_.impls) {
    if (impl.isStd || impl.trait.trait < 0) continue;
    const Type self = T_.get(T_.resolve(impl.self));
    if (self.kind != kind || (kind == TypeKind::Struct ? self.structIndex : self.enumIndex) != index) continue;
    StdTrait trait = out_.traits[impl.trait.trait].std;
    t.isClone |= trait == StdTrait::Clone;
    t.isPartialEq |= trait == StdTrait::PartialEq;
    t.isEq |= trait == StdTrait::Eq;
    t.isPartialOrd |= trait == StdTrait::PartialOrd;
  }
  return t;
}

// A derive's bounds on the type itself, at its name: Copy needs every
// field Copy (E0204), then Clone; PartialOrd and Eq need PartialEq, Ord
// needs PartialOrd and Eq (E0277), derived or implemented by hand (byHand).
void Resolver::requireDeriveBounds(const DerivedItem& item) {
  const DerivedTraits& t = item.derived;
  const DerivedTraits& byHand = item.byHand;
  const std::string& name = item.name;
  auto lacks = [&](const char* trait) {
    fail(DiagCode::E0277, "the trait bound `" + name + ": " + trait + "` is not satisfied", item.nameSpan,
         "the trait `" + std::string(trait) + "` is not implemented for `" + name + "`");
  };
  auto cannotCompare = [&](bool equality) {
    fail(DiagCode::E0277, "can't compare `" + name + "` with `" + name + "`", item.nameSpan,
         equality ? "no implementation for `" + name + " == " + name + "`"
                  : "no implementation for `" + name + " < " + name + "` and `" + name + " > " + name + "`");
  };
  // A derive on a generic type bounds its parameters by the trait, so a
  // field of a parameter's type (`x: T`, `v: Vec<T>`) has it there.
  if (t.isCopy)
    for (const auto& [type, span] : item.fields)
      if (!T_.containsParam(type) && !T_.isCopy(type))
        fail(DiagCode::E0204, "the trait `Copy` cannot be implemented for this type", item.nameSpan, "",
             {{span, "this field does not implement `Copy`", false}});
  if (t.isCopy && !t.isClone && !byHand.isClone) lacks("Clone");
  if ((t.isPartialOrd || t.isEq) && !t.isPartialEq && !byHand.isPartialEq) cannotCompare(true);
  if (t.isOrd && !t.isPartialOrd && !byHand.isPartialOrd) cannotCompare(false);
  if (t.isOrd && !t.isEq && !byHand.isEq) lacks("Eq");
}

// Each derive, in the attribute's order, then reaches every field with its
// trait, at the field: PartialEq with `==` (E0369; an enum's derive
// matches its fields by reference, so rustc names `&T`), Eq, PartialOrd,
// Ord, Debug, Clone, Hash and a struct's Default by their bounds (E0277,
// naming the part of the field's type that lacks it: `E` of a `Vec<E>`).
void Resolver::requireDerivedFields(const DerivedItem& item) {
  for (const std::string& derive : *item.order) {
    for (const auto& [type, span] : item.fields) {
      if (T_.containsParam(type)) continue;
      if (derive == "PartialEq" && !implementsComparison(type, Comparison::Equality, nullptr))
        fail(DiagCode::E0369, operatorMessage(BinaryOp::Eq, (item.fieldsByRef ? "&" : "") + typeName(type), ""), span);
      for (Comparison c : {Comparison::TotalEquality, Comparison::Ordering, Comparison::TotalOrder}) {
        if (derive != traitName(c) || implementsComparison(type, c, nullptr)) continue;
        std::string field = typeName(type);
        if (c == Comparison::Ordering)
          fail(DiagCode::E0277, "can't compare `" + field + "` with `" + field + "`", span,
               "no implementation for `" + field + " < " + field + "` and `" + field + " > " + field + "`");
        fail(DiagCode::E0277, "the trait bound `" + field + ": " + traitName(c) + "` is not satisfied", span,
             "the trait `" + std::string(traitName(c)) + "` is not implemented for `" + field + "`");
      }
      bool named = derive == "Debug" || derive == "Clone" || derive == "Hash" || (derive == "Default" && !item.fieldsByRef);
      StdTrait trait = derive == "Debug" ? StdTrait::Debug : derive == "Clone" ? StdTrait::Clone
                       : derive == "Hash" ? StdTrait::Hash : StdTrait::Default;
      if (named && !stdImplementsOrDerives(type, trait)) failNotImplemented(unmetPart(type, trait), TraitRef{stdTrait(trait), {}, {}, {}}, span);
    }
  }
}

// The part of t that lacks `trait` where std's impl for t asks it of t's
// type arguments (a Vec's, an Option's, a tuple's, a reference's, a derive's
// on the learner's generic type): rustc
// reports that nested bound (`E` doesn't implement `Debug`, for a
// `Vec<E>`), with t's own as a note.
TypeId Resolver::unmetPart(TypeId t, StdTrait trait) {
  t = T_.resolve(t);
  switch (T_.get(t).kind) {
    case TypeKind::Vec: case TypeKind::VecDeque: case TypeKind::Option: case TypeKind::Result: case TypeKind::Box:
    case TypeKind::Ref: case TypeKind::Array: case TypeKind::Slice: case TypeKind::Tuple: case TypeKind::HashMap:
    case TypeKind::HashSet: case TypeKind::BTreeMap: case TypeKind::BTreeSet:
      for (TypeId a : T_.get(t).args)
        if (!stdImplementsOrDerives(a, trait)) return unmetPart(a, trait);
      return t;
    case TypeKind::Struct: case TypeKind::Enum: {  // a derive bounds every type parameter by its trait
      const DerivedTraits& d = T_.get(t).kind == TypeKind::Struct ? static_cast<const DerivedTraits&>(T_.structOf(t)) : T_.enumOf(t);
      bool derived = trait == StdTrait::Debug ? d.isDebug : trait == StdTrait::Clone ? d.isClone : trait == StdTrait::Hash ? d.isHash : d.isDefault;
      for (TypeId a : T_.get(t).args)
        if (derived && !stdImplementsOrDerives(a, trait)) return unmetPart(a, trait);
      return t;
    }
    default: return t;
  }
}

// Whether std comparing values of type t (sort, contains, a key) reaches a
// PartialEq, PartialOrd or Ord impl of the learner's own, through the
// fields a derive compares, the elements of a Vec or what a reference
// points at. The run compares std's values field by field as a derive does,
// which such an impl need not, so the call is "not supported yet" rather
// than sorted in another order than Rust's (requireNoHandWrittenComparison).
bool Resolver::reachesHandWrittenComparison(TypeId id, Comparison c, std::vector<TypeId>* seen) {
  const TypeId resolved = T_.resolve(id);
  if (std::find(seen->begin(), seen->end(), resolved) != seen->end()) return false;
  seen->push_back(resolved);
  const Type t = T_.get(resolved);
  if (t.kind == TypeKind::Struct || t.kind == TypeKind::Enum) {
    StdTrait traits[] = {StdTrait::PartialEq, StdTrait::PartialOrd, StdTrait::Ord};
    size_t asked = c == Comparison::Equality || c == Comparison::TotalEquality ? 1 : 3;
    for (size_t i = 0; i < asked; ++i)
      if (findImplFor(resolved, TraitRef{stdTrait(traits[i]), {}, {}, {}}, nullptr) >= 0) return true;
    if (t.kind == TypeKind::Struct) {
      for (const auto& field : T_.structOf(resolved).fields)
        if (reachesHandWrittenComparison(field.second, c, seen)) return true;
    } else {
      for (const VariantInfo& v : T_.enumOf(resolved).variants)
        for (const auto& field : v.fields)
          if (reachesHandWrittenComparison(field.second, c, seen)) return true;
    }
    return false;
  }
  for (TypeId a : t.args)
    if (reachesHandWrittenComparison(a, c, seen)) return true;
  return false;
}

// Whether hashing a value of type t (a HashMap's or HashSet's key) reaches a
// Hash impl of the learner's own: the run feeds the hasher the bytes a
// derive would (run/std/hash_table.cpp), which such an impl need not.
bool Resolver::reachesHandWrittenHash(TypeId id, std::vector<TypeId>* seen) {
  const TypeId resolved = T_.resolve(id);
  if (std::find(seen->begin(), seen->end(), resolved) != seen->end()) return false;
  seen->push_back(resolved);
  const Type t = T_.get(resolved);
  if (t.kind == TypeKind::Struct || t.kind == TypeKind::Enum) {
    if (findImplFor(resolved, TraitRef{stdTrait(StdTrait::Hash), {}, {}, {}}, nullptr) >= 0) return true;
    if (t.kind == TypeKind::Struct) {
      for (const auto& field : T_.structOf(resolved).fields)
        if (reachesHandWrittenHash(field.second, seen)) return true;
    } else {
      for (const VariantInfo& v : T_.enumOf(resolved).variants)
        for (const auto& field : v.fields)
          if (reachesHandWrittenHash(field.second, seen)) return true;
    }
    return false;
  }
  for (TypeId a : t.args)
    if (reachesHandWrittenHash(a, seen)) return true;
  return false;
}

// Whether cloning a value of type t reaches a Clone impl of the learner's
// own: std's clones run natively, copying field by field as a derive does
// (run/std/mem.cpp cloneValue), never calling such an impl. A Copy type is
// copied (Vec's clone of Copy items does not call their `clone` either).
bool Resolver::reachesHandWrittenClone(TypeId id, std::vector<TypeId>* seen) {
  const TypeId resolved = T_.resolve(id);
  if (std::find(seen->begin(), seen->end(), resolved) != seen->end() || T_.isCopy(resolved)) return false;
  seen->push_back(resolved);
  const Type t = T_.get(resolved);
  if (t.kind == TypeKind::Struct || t.kind == TypeKind::Enum) {
    if (findImplFor(resolved, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}, nullptr) >= 0) return true;
    if (t.kind == TypeKind::Struct) {
      for (const auto& field : T_.structOf(resolved).fields)
        if (reachesHandWrittenClone(field.second, seen)) return true;
    } else {
      for (const VariantInfo& v : T_.enumOf(resolved).variants)
        for (const auto& field : v.fields)
          if (reachesHandWrittenClone(field.second, seen)) return true;
    }
    return false;
  }
  for (TypeId a : t.args)
    if (reachesHandWrittenClone(a, seen)) return true;
  return false;
}

// Checked once the function's types are final.
void Resolver::requireNoHandWrittenClone(TypeId t, const std::string& what, Span at) {
  typeChecks_.push_back([this, t, what, at] {
    std::vector<TypeId> seen;
    TypeId known = T_.defaultDeep(t);
    if (reachesHandWrittenClone(known, &seen))
      fail(DiagCode::None, what + " of `" + typeName(known) + "` through the program's own `Clone` impl is not supported yet", at);
  });
}

void Resolver::requireNoHandWrittenComparison(TypeId t, Comparison c, const std::string& what, Span at) {
  std::vector<TypeId> seen;
  if (!reachesHandWrittenComparison(t, c, &seen)) return;
  bool equality = c == Comparison::Equality || c == Comparison::TotalEquality;
  fail(DiagCode::None, what + " comparing `" + typeName(t) + "` through the program's own `" +
                           (equality ? "PartialEq" : "PartialOrd`/`Ord") + "` impl is not supported yet",
       at);
}

// PartialOrd's and Ord's methods (`a.cmp(&b)`, `a.max(b)`) run natively,
// comparing field by field: on the learner's type (deriving the trait, as
// check/std_table.cpp's receiver asks) the instance must have the trait
// (`Pair<f64>` has no Ord: the method does not exist, E0599), and no field
// may reach an impl of the program's own.
TypeId Resolver::comparedByStd(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  int derefs = 0;
  TypeId base = stripRefs(self, &derefs);
  TypeKind k = T_.get(T_.resolve(base)).kind;
  if (k == TypeKind::Struct || k == TypeKind::Enum) {
    bool total = stdMethod(m).receiver == StdReceiver::TotallyOrdered;
    if (!implements(base, TraitRef{stdTrait(total ? StdTrait::Ord : StdTrait::PartialOrd), {}, {}, {}})) return kNoType;
    bool ownLtCalled = m == BuiltinMethod::OrdMax || m == BuiltinMethod::OrdMin;  // `other < self` (run/std/ordering.cpp)
    if (!ownLtCalled || !orderedByOwnImpls(base))
      requireNoHandWrittenComparison(base, total ? Comparison::TotalOrder : Comparison::Ordering, "`" + e.text + "`", e.nameSpan);
  }
  return typeMethodCall(e, m, self, kNoType);
}

// PartialEq's `eq` and `ne` run natively too, field by field as derived:
// no field of the learner's type may reach an impl of the program's own.
// The argument is `&Self`, but text compares with text of another form as
// `==` does (`s.eq("x")` with `s: String`).
TypeId Resolver::equatedByStd(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId base = T_.resolve(self);  // the level of the receiver's auto-deref the row accepted: an Rc compares as an Rc
  requireNoHandWrittenComparison(base, Comparison::Equality, "`" + e.text + "`", e.nameSpan);
  TypeKind k = T_.get(T_.resolve(base)).kind;
  bool text = k == TypeKind::String || k == TypeKind::Str;
  TypeId rhs = text ? T_.newVar(VarKind::Any) : base;
  TypeId result = typeMethodCall(e, m, self, rhs);
  if (text && e.args.size() == 1) requireComparableOperands(base, rhs, BinaryOp::Eq, e.args[0]->span, e.args[0]->span);
  return result;
}

// `contains` and `dedup` compare elements with `==`: without PartialEq on
// the element type, `contains` is E0277 and `dedup` (whose impl block needs
// it) does not exist for the Vec (E0599), both at the method's name.
TypeId Resolver::elementsEqual(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  TypeId elem = T_.get(T_.resolve(self)).args[0];
  std::string culprit;
  if (implementsComparison(elem, Comparison::Equality, &culprit)) {
    requireNoHandWrittenComparison(elem, Comparison::Equality, "`" + e.text + "`", e.nameSpan);
    return result;
  }
  std::string name = typeName(elem);
  if (m == BuiltinMethod::VecDedup)
    failUnsatisfiedBounds(e, self, BoundsLabel::None);
  fail(DiagCode::E0277, "can't compare `" + name + "` with `" + name + "`", e.nameSpan, "no implementation for `" + name + " == " + name + "`");
}

// `sort`, and `max`/`min` of an iterator, need Ord, a total order: floats
// (NaN) and structs without #[derive(Ord)] have none (E0277 at the name).
// A sort's and a binary search's comparisons call the element type's own
// PartialOrd and Ord impls, in core's order (run/std/sort.cpp); so do an
// iterator's max and min, `Ord::cmp(&best, &item)` at each item (through
// the references an `iter()` gives, as `Ord for &A` does).
TypeId Resolver::elementsOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId result = typeMethodCall(e, m, self, kNoType);
  TypeId elem = T_.get(T_.resolve(self)).args[0];
  std::string culprit;
  if (implementsComparison(elem, Comparison::TotalOrder, &culprit)) {
    int derefs = 0;
    bool ownImplsCalled = m == BuiltinMethod::VecSort || m == BuiltinMethod::VecSortUnstable || m == BuiltinMethod::VecBinarySearch ||
                          m == BuiltinMethod::IterMax || m == BuiltinMethod::IterMin;
    if (m == BuiltinMethod::IterMax || m == BuiltinMethod::IterMin) elem = stripRefs(elem, &derefs);
    if (!ownImplsCalled || !orderedByOwnImpls(elem))
      requireNoHandWrittenComparison(elem, Comparison::TotalOrder, "`" + e.text + "`", e.nameSpan);
    return result;
  }
  fail(DiagCode::E0277, "the trait bound `" + culprit + ": Ord` is not satisfied", e.nameSpan,
       "the trait `Ord` is not implemented for `" + culprit + "`");
}

// is_sorted compares neighbours with `<=` and is_sorted_by_key their keys:
// PartialOrd is enough (floats). The engine asks the comparison once per
// pair without following core's chunked walk, so an element's or key's own
// PartialOrd impl, which could show that walk, is not supported yet.
TypeId Resolver::elementsPartiallyOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId) {
  TypeId key = m == BuiltinMethod::VecIsSortedByKey ? T_.newVar(VarKind::Any) : kNoType;
  TypeId result = typeMethodCall(e, m, self, key);
  TypeId compared = key != kNoType ? key : T_.get(T_.resolve(self)).args[0];
  std::string culprit;
  if (implementsComparison(compared, Comparison::Ordering, &culprit)) {
    requireNoHandWrittenComparison(compared, Comparison::Ordering, "`" + e.text + "`", e.nameSpan);
    return result;
  }
  std::string name = typeName(compared);
  fail(DiagCode::E0277, "can't compare `" + name + "` with `" + name + "`", e.nameSpan,
       "no implementation for `" + name + " < " + name + "` and `" + name + " > " + name + "`");
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
  if (left.kind == TypeKind::VecDeque)  // std also compares a VecDeque with a Vec, a slice or an array
    fail(DiagCode::None, "comparing a `VecDeque` with a `" + typeName(rhs) + "` is not supported yet", at);
  bool severalImpls = false;
  switch (left.kind) {
    case TypeKind::Ref: case TypeKind::Vec: case TypeKind::String: case TypeKind::Str: case TypeKind::Slice:
    case TypeKind::Array:
      severalImpls = true;
      break;
    case TypeKind::Var: severalImpls = left.varKind != VarKind::Any; break;
    case TypeKind::Int: case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Unit:
    case TypeKind::Never: case TypeKind::Box: case TypeKind::Option: case TypeKind::Struct: case TypeKind::Tuple:
    case TypeKind::Range: case TypeKind::Iter: case TypeKind::Result: case TypeKind::IoError: case TypeKind::Stdin: case TypeKind::Error:
    case TypeKind::Enum: case TypeKind::Param: case TypeKind::Projection: case TypeKind::Rc: case TypeKind::Weak:
    case TypeKind::RcBox: case TypeKind::RefCell: case TypeKind::Cell: case TypeKind::CellRef: case TypeKind::CellRefMut:
    case TypeKind::HashMap: case TypeKind::HashSet: case TypeKind::HashTable: case TypeKind::MapEntry: case TypeKind::VecDeque:
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: case TypeKind::BTreeNode: case TypeKind::BTreeEntry: case TypeKind::BinaryHeap:
    case TypeKind::Dyn: case TypeKind::Vtable: case TypeKind::FnPtr:
      break;
  }
  if (!severalImpls) mismatch(rhsSpan, lhs, rhs);
  std::string l = typeName(lhs), r = typeName(rhs);
  bool equality = op == BinaryOp::Eq || op == BinaryOp::Ne;
  fail(DiagCode::E0277, "can't compare `" + l + "` with `" + r + "`", at,
       equality ? "no implementation for `" + l + " == " + r + "`"
                : "no implementation for `" + l + " < " + r + "` and `" + l + " > " + r + "`");
}

// std::cmp::max(v1, v2) and min: std's body is `v1.max(v2)` for one T: Ord,
// the bound E0277 at the path as rustc reports it; a learner's type compares
// as Ord::max and min do (comparedByStd).
TypeId Resolver::totallyOrderedPair(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected) {
  TypeId result = bySignature(e, f, given, t, expected);
  TraitRef ord{stdTrait(StdTrait::Ord), {}, {}, {}};
  const Type now = T_.get(T_.resolve(t));
  if (now.kind == TypeKind::Float || (now.kind == TypeKind::Var && now.varKind == VarKind::Float))
    failNotImplemented(T_.resolve(t), ord, e.operand->span);  // now, as rustc names a literal: `{float}: Ord`
  requireTrait(t, ord, e.operand->span);
  TypeId base = T_.resolve(t);
  while (T_.get(base).kind == TypeKind::Ref) base = T_.resolve(T_.get(base).args[0]);
  TypeKind k = T_.get(T_.resolve(base)).kind;
  if ((k == TypeKind::Struct || k == TypeKind::Enum) && !orderedByOwnImpls(base))
    requireNoHandWrittenComparison(base, Comparison::TotalOrder, "`" + e.operand->path.last() + "`", e.operand->span);
  return result;
}

// `std::ptr::eq(a, b)`: std's `fn eq<T: ?Sized>(a: *const T, b: *const T)`,
// given references, which coerce to raw pointers: `&mut` to `*const`, and
// `&[T; N]` to `*const [T]` once the first argument named `[T]`, but no deref
// (a `&String` for a `*const str` is E0308, as is anything not a reference).
// Pointers to trait objects (their vtables compared too) are not supported
// yet, nor, when it runs, to zero-sized values (run/std/mem.cpp).
TypeId Resolver::pointersCompared(Expr& e, BuiltinFn, TypeId, TypeId, TypeId) {
  checkArgCount(e, 2, e.args.size(), "function");
  TypeId a = T_.resolve(checkExpr(*e.args[0])), b = T_.resolve(checkExpr(*e.args[1]));
  for (size_t i = 0; i < 2; ++i)
    if (const Type& t = T_.get(i == 0 ? a : b); t.kind == TypeKind::Var && t.varKind == VarKind::Any)
      fail(DiagCode::None, "`std::ptr::eq` of a value whose type is not known yet is not supported yet", e.args[i]->span);
  bool aRef = T_.get(a).kind == TypeKind::Ref, bRef = T_.get(b).kind == TypeKind::Ref;
  if (!aRef && !bRef) fail(DiagCode::E0308, "arguments to this function are incorrect", e.operand->span);
  if (!aRef)
    fail(DiagCode::E0308, "mismatched types", e.args[0]->span,
         "expected `*const " + typeName(T_.get(b).args[0]) + "`, found `" + typeName(a) + "`");
  TypeId pointee = T_.get(a).args[0];
  if (!bRef || !pointsAtSameType(pointee, T_.get(b).args[0]))
    fail(DiagCode::E0308, "mismatched types", e.args[1]->span,
         "expected `*const " + typeName(pointee) + "`, found `" + typeName(b) + "`");
  TypeId wanted = T_.refTo(pointee, false);
  coerce(*e.args[0], a, wanted);
  coerce(*e.args[1], b, wanted);
  Span at = e.operand->span;
  typeChecks_.push_back([this, pointee, at] {
    TypeId known = T_.defaultDeep(pointee);
    if (T_.get(known).kind == TypeKind::Dyn)
      fail(DiagCode::None, "`std::ptr::eq` of trait objects is not supported yet (it compares their vtables too)", at);
  });
  return T_.boolType();
}

// Whether a reference to `other` coerces to a `*const pointee`: the same
// type, or an array of a slice's elements.
bool Resolver::pointsAtSameType(TypeId pointee, TypeId other) {
  const Type p = T_.get(T_.resolve(pointee)), o = T_.get(T_.resolve(other));
  if (p.kind == TypeKind::Slice && o.kind == TypeKind::Array) return unify(p.args[0], o.args[0]);
  return unify(pointee, other);
}

}  // namespace sh
