// Traits and impls in the resolver: declaring them (the learner's and std's
// prelude), checking an impl against its trait, and the questions generic
// code asks of them (check/traits.h): does a type implement a trait, which
// impl, what is an associated type.
//
// This is a small trait solver, not rustc's: an impl applies when its self
// type matches (its parameters standing for anything) and its parameters'
// bounds hold; a parameter implements what its bounds and their supertraits
// promise; std's own impls are answered natively (stdImplements). Only what
// the learner can write needs to be decided, and where it cannot decide yet
// (an inference variable), it defers to the obligations checked when the
// function's types are known.
#include <algorithm>

#include "check/prelude.h"
#include "check/resolver.h"
#include "syntax/clone.h"

namespace sh {

namespace {

struct StdTraitRow {
  const char* name;
  const char* path;
  bool inPrelude;
};

constexpr StdTraitRow kStdTraits[] = {
#define SH_STD_TRAIT(id, name, path, inPrelude) {name, path, inPrelude},
#include "check/std_traits.def"
};

}  // namespace

int32_t TraitInfo::findMethod(const std::string& n) const {
  for (size_t i = 0; i < methods.size(); ++i)
    if (methods[i].name == n) return static_cast<int32_t>(i);
  return -1;
}

int32_t TraitInfo::findAssoc(const std::string& n) const {
  for (size_t i = 0; i < assocTypes.size(); ++i)
    if (assocTypes[i] == n) return static_cast<int32_t>(i);
  return -1;
}

// ---------------------------------------------------------------- declaring traits

void Resolver::declarePrelude() { out_.prelude = preludeProgram(); }

// Every trait's name, associated types and parameters, before any type is
// lowered (a bound may name a trait declared further down); their
// supertraits and methods once the types are declared (lowerTraitItems).
void Resolver::declareTraits() {
  stdTraitIndex_.assign(std::size(kStdTraits), -1);
  for (const TraitDecl& d : out_.prelude->traits) declareTrait(d, true);
  for (TraitDecl& d : out_.ast->traits) declareTrait(d, false);
  for (size_t i = 0; i < out_.traits.size(); ++i) {
    TraitInfo& t = out_.traits[i];
    t.self = T_.paramType(T_.newParam(ParamInfo{"Self", false, true}));
    generics_.emplace_back("Self", t.self);
    t.typeParams = declareGenerics(t.decl->generics);
    generics_.resize(generics_.size() - 1 - t.typeParams.size());
  }
}

void Resolver::declareTrait(const TraitDecl& d, bool isStd) {
  TraitInfo t;
  t.name = d.name;
  t.decl = &d;
  t.path = d.name;
  if (!isStd) t.key = names_->keyOf({ItemKind::Trait, static_cast<int32_t>(&d - out_.ast->traits.data()), -1});
  if (isStd)
    for (size_t k = 0; k < std::size(kStdTraits); ++k)
      if (d.name == kStdTraits[k].name) {
        t.std = static_cast<StdTrait>(k);
        t.path = kStdTraits[k].path;
        t.inPrelude = kStdTraits[k].inPrelude;
        stdTraitIndex_[k] = static_cast<int32_t>(out_.traits.size());
      }
  for (const AssocType& a : d.types) t.assocTypes.push_back(a.name);
  T_.nameTrait(static_cast<int32_t>(out_.traits.size()), t.name, t.assocTypes);
  out_.traits.push_back(std::move(t));
}

// Supertraits and methods, with `Self` bounded by the trait itself (and so
// by its supertraits), as inside a trait rustc assumes `Self: Trait`.
void Resolver::lowerTraitItems(int32_t index) {
  TraitInfo& t = out_.traits[index];
  const TraitDecl& d = *t.decl;
  // The learner's provided methods are checked as written, annotating
  // their bodies; std's only as instances, copies of them.
  TraitDecl* learners = isPreludeSpan(d.span) ? nullptr : &out_.ast->traits[&d - out_.ast->traits.data()];
  if (!isPreludeSpan(d.span)) itemScope_ = d.scope;
  generics_.emplace_back("Self", t.self);
  for (size_t i = 0; i < t.typeParams.size(); ++i) generics_.emplace_back(d.generics.params[i].name, t.typeParams[i]);
  TypeId savedSelf = currentSelf_;
  currentSelf_ = t.self;
  TraitRef itself{index, t.typeParams, {}, d.nameSpan};
  addBound(t.self, itself);
  std::vector<TraitRef> supers;
  for (const TraitBound& b : d.supertraits) {
    TraitRef r = lowerTraitBound(b, t.self);
    if (r.trait >= 0) supers.push_back(r);
  }
  out_.traits[index].supertraits = supers;
  for (const TraitRef& s : supers) addBound(t.self, s);
  lowerBounds(d.generics, t.typeParams);
  std::vector<TypeId> outer{t.self};
  outer.insert(outer.end(), t.typeParams.begin(), t.typeParams.end());
  std::vector<std::string> lifetimes = lifetimeParams(d.generics);
  for (size_t k = 0; k < d.fns.size(); ++k) {
    const FnDecl& f = d.fns[k];
    int32_t fn = declareFunction(f, learners ? learners->fns[k].body.get() : nullptr, "", d.name, outer, t.self, lifetimes, {"%Self"});
    out_.fns[fn].trait = index;
    out_.fns[fn].isStd = isPreludeSpan(f.span);
    out_.traits[index].methods.push_back({f.name, fn, f.body != nullptr});
  }
  currentSelf_ = savedSelf;
  generics_.resize(generics_.size() - 1 - t.typeParams.size());
}

// Whether a supertrait of `t` (or one of theirs) declares the associated type `name`.
bool Resolver::supertraitHasAssoc(const TraitInfo& t, const std::string& name) const {
  for (const TraitRef& s : t.supertraits) {
    const TraitInfo& super = out_.traits[s.trait];
    if (super.findAssoc(name) >= 0 || supertraitHasAssoc(super, name)) return true;
  }
  return false;
}

// `Display`, `Iterator<Item = u32>`, `Fn(i32) -> bool`, `?Sized` (nothing:
// trait -1), `'a` (nothing). Missing trailing arguments take the trait's
// defaults, written in terms of Self (`Rhs = Self`).
TraitRef Resolver::lowerTraitBound(const TraitBound& b, TypeId self) {
  TraitRef r;
  r.span = b.span;
  if (!b.lifetime.empty() || b.maybe) return r;
  r.trait = resolveTraitPath(b.path, true);
  const TraitInfo& t = out_.traits[r.trait];
  const PathSegment& seg = b.path.segments.back();
  if (seg.parenthesized) {
    std::vector<TypeId> inputs;
    for (const auto& g : seg.generics) inputs.push_back(lowerType(*g));
    r.args.push_back(T_.tupleOf(inputs));
    if (t.findAssoc("Output") >= 0)
      r.bindings.emplace_back(t.findAssoc("Output"), seg.output ? lowerType(*seg.output) : T_.unit());
    return r;
  }
  if (seg.generics.size() > t.typeParams.size())
    fail(DiagCode::E0107, "trait takes " + std::to_string(t.typeParams.size()) + " generic argument" +
                      (t.typeParams.size() == 1 ? "" : "s") + " but " + std::to_string(seg.generics.size()) +
                      " generic argument" + (seg.generics.size() == 1 ? " was" : "s were") + " supplied",
         seg.span, "expected " + std::to_string(t.typeParams.size()) + " generic argument" + (t.typeParams.size() == 1 ? "" : "s"));
  for (const auto& g : seg.generics) r.args.push_back(lowerType(*g));
  for (size_t i = r.args.size(); i < t.typeParams.size(); ++i) {
    const TypeExpr* def = t.decl->generics.params[i].defaultType.get();
    if (!def)
      fail(DiagCode::E0107, "missing generics for trait `" + t.name + "`", seg.span,
           "expected " + std::to_string(t.typeParams.size()) + " generic argument" + (t.typeParams.size() == 1 ? "" : "s"));
    // The default is written in the trait's terms: its Self is the bound's self type.
    TypeId saved = currentSelf_;
    currentSelf_ = self;
    r.args.push_back(lowerType(*def));
    currentSelf_ = saved;
  }
  for (const auto& [name, type] : seg.bindings) {
    int32_t assoc = t.findAssoc(name);
    if (assoc < 0 && supertraitHasAssoc(t, name))  // `DerefMut<Target = i32>`: Deref's Target
      fail(DiagCode::None, "naming a supertrait's associated type (`" + name + "`) in a bound on `" + t.name + "` is not supported yet",
           seg.genericsSpan);
    if (assoc < 0)
      fail(DiagCode::E0220, "associated type `" + name + "` not found for `" + t.name + "`", seg.genericsSpan,
           "associated type `" + name + "` not found");
    r.bindings.emplace_back(assoc, lowerType(*type));
  }
  return r;
}

// The trait a path names: the learner's, through its modules and imports
// (check/scopes.h), or std's by its path, an import, or its bare name when
// it is in Rust's prelude. E0405 when there is none; E0404 for another kind
// of item used as a trait.
int32_t Resolver::resolveTraitPath(const Path& p, bool mustExist) {
  auto stdTraitAt = [&](const std::string& path) {
    for (size_t i = 0; i < out_.traits.size(); ++i)
      if (out_.traits[i].std != StdTrait::None && out_.traits[i].path == path) return static_cast<int32_t>(i);
    return -1;
  };
  auto preludeTrait = [&](const std::string& name, bool anyStd) {
    for (size_t i = 0; i < out_.traits.size(); ++i)
      if (out_.traits[i].std != StdTrait::None && out_.traits[i].name == name && (anyStd || out_.traits[i].inPrelude))
        return static_cast<int32_t>(i);
    return -1;
  };
  if (isPreludeSpan(p.span)) return preludeTrait(p.last(), true);  // std's own text names std's traits directly
  if (p.segments.size() == 1 && p.segments[0].name.find("::") != std::string::npos) {  // canonical: the trait's key, or std's path
    for (size_t i = 0; i < out_.traits.size(); ++i)
      if (out_.traits[i].key == p.segments[0].name) return static_cast<int32_t>(i);
    if (stdTraitAt(p.segments[0].name) >= 0) return stdTraitAt(p.segments[0].name);
  }
  PathResolution r = names_->resolve(p, itemScope_, Namespace::Type, !mustExist);
  if (r.used == p.segments.size()) {
    if (r.item.kind == ItemKind::Trait)
      for (size_t i = 0; i < out_.traits.size(); ++i)
        if (out_.traits[i].decl == &out_.ast->traits[r.item.index]) return static_cast<int32_t>(i);
    if (r.item.kind == ItemKind::Std && stdTraitAt(r.stdPath) >= 0) return stdTraitAt(r.stdPath);
    if (!mustExist) return -1;
    const char* kind = r.item.kind == ItemKind::Struct ? "struct" : r.item.kind == ItemKind::Enum ? "enum"
                       : r.item.kind == ItemKind::TypeAlias ? "type alias" : nullptr;
    if (kind) fail(DiagCode::E0404, std::string("expected trait, found ") + kind + " `" + text(p.span) + "`", p.span, "not a trait");
  }
  if (r.used == 0 && p.segments.size() == 1 && preludeTrait(p.last(), false) >= 0) return preludeTrait(p.last(), false);
  if (!mustExist) return -1;
  // Rust 2021's prelude names these traits everywhere; those the engine does not model are not errors.
  static const char* const kPreludeTraits[] = {"DoubleEndedIterator", "ExactSizeIterator", "Extend",
                                               "FromIterator", "IntoIterator", "Send", "Sync", "ToOwned", "Unpin"};
  if (r.used == 0 && p.segments.size() == 1)
    for (const char* name : kPreludeTraits)
      if (p.last() == name) fail(DiagCode::None, "the trait `" + p.last() + "` is not supported yet", p.span);
  if (r.used == 0 && p.segments.size() >= 2)
    throw CompileError(unresolvedFirstSegment(p.segments[0]));
  fail(DiagCode::E0405, "cannot find trait `" + p.last() + "` in this scope", p.segments.back().span, "not found in this scope");
}

std::string Resolver::traitRefName(const TraitRef& r) {
  const TraitInfo& t = out_.traits[r.trait];
  std::string s = t.name;
  // The arguments rustc shows: those that differ from the defaults it would fill in.
  if (!r.args.empty() && t.std != StdTrait::Fn && t.std != StdTrait::FnMut && t.std != StdTrait::FnOnce) {
    bool allSelfDefault = t.decl->generics.params.size() == r.args.size() && r.args.size() == 1 &&
                          t.decl->generics.params[0].defaultType != nullptr;
    if (!allSelfDefault) {
      for (size_t i = 0; i < r.args.size(); ++i) s += (i ? ", " : "<") + typeName(r.args[i]);
      s += ">";
    }
  }
  return s;
}

// ---------------------------------------------------------------- declaring impls

void Resolver::declareImpls() {
  for (const ImplBlock& impl : out_.prelude->impls) declareImpl(impl, nullptr);
  for (ImplBlock& impl : out_.ast->impls) declareImpl(impl, &impl);
  for (size_t i = 0; i < out_.impls.size(); ++i) checkImplAgainstTrait(static_cast<int32_t>(i));
}

// `learners`: the learner's block, whose bodies checking annotates; null for
// std's (check/prelude.cpp), whose bodies are checked only as instances.
void Resolver::declareImpl(const ImplBlock& d, ImplBlock* learners) {
  bool isStd = learners == nullptr;
  ImplInfo impl;
  impl.decl = &d;
  impl.isStd = isStd;
  if (!isStd) itemScope_ = d.scope;
  size_t genericsMark = generics_.size();
  impl.typeParams = declareGenerics(d.generics);
  impl.self = lowerType(*d.selfType);
  // What Self carries in its methods; std's own Self may carry any of their arguments' lifetimes.
  std::vector<std::string> lifetimes = lifetimeParams(d.generics), selfLifetimes{"%*"};
  std::vector<std::pair<std::string, std::string>> outlives;
  if (!isStd) implLifetimes(d, &lifetimes, &selfLifetimes, &outlives);
  TypeId savedSelf = currentSelf_;
  currentSelf_ = impl.self;
  if (d.trait) {
    TraitBound b{clonePath(*d.trait), d.trait->span, false, ""};
    impl.trait = lowerTraitBound(b, impl.self);
  }
  lowerBounds(d.generics, impl.typeParams);
  const Type self = T_.get(T_.resolve(impl.self));
  bool localSelf = self.kind == TypeKind::Struct || self.kind == TypeKind::Enum;
  if (!d.trait && !localSelf && !isStd)
    fail(DiagCode::E0116, "cannot define inherent `impl` for a type outside of the crate where the type is defined", d.span,
         "impl for type defined outside of crate");
  if (!isStd) declareAssociatedConsts(d, impl.self);
  if (impl.trait.trait >= 0) {
    const TraitInfo& t = out_.traits[impl.trait.trait];
    impl.assocTypes.assign(t.assocTypes.size(), kNoType);
    for (const AssocType& a : d.types) {
      int32_t assoc = t.findAssoc(a.name);
      if (assoc < 0)
        fail(DiagCode::E0437, "type `" + a.name + "` is not a member of trait `" + t.name + "`", a.span,
             "not a member of trait `" + t.name + "`");
      impl.assocTypes[assoc] = lowerType(*a.type);
    }
  } else if (!d.types.empty()) {
    fail(DiagCode::E0658, "inherent associated types are unstable", d.types[0].span);
  }
  // A hand-written `impl Copy for T {}` makes T's values copied, as the derive does.
  if (!isStd && impl.trait.trait >= 0 && out_.traits[impl.trait.trait].std == StdTrait::Copy && localSelf) {
    if (!self.args.empty()) fail(DiagCode::None, "a hand-written `impl Copy` for a generic type is not supported yet", d.span);
    if (self.kind == TypeKind::Struct) T_.structs()[self.structIndex].isCopy = true;
    else T_.enums()[self.enumIndex].isCopy = true;
  }
  auto index = static_cast<int32_t>(out_.impls.size());
  out_.impls.push_back(impl);
  // An inherent method of a type without arguments is also known by its
  // type's key (`crate::Point::new`), as a duplicate of it is E0428.
  std::string key = localSelf && !d.trait && self.args.empty()
                        ? (self.kind == TypeKind::Struct ? T_.structOf(impl.self).key : T_.enumOf(impl.self).key)
                        : "";
  std::string display = this->typeName(impl.self);
  if (localSelf && !isStd)
    display = names_->qualifiedName(d.scope, self.kind == TypeKind::Struct ? T_.structOf(impl.self).name : T_.enumOf(impl.self).name);
  currentImplIndex_ = index;
  implOutlives_ = std::move(outlives);
  for (size_t k = 0; k < d.fns.size(); ++k) {
    const FnDecl& f = d.fns[k];
    int32_t fn = declareFunction(f, learners ? learners->fns[k].body.get() : nullptr, key, display, impl.typeParams, impl.self,
                                 lifetimes, selfLifetimes);
    out_.fns[fn].impl = index;
    out_.fns[fn].isStd = isStd;
    out_.fns[fn].tracksCaller = (impl.trait.trait == stdTrait(StdTrait::Index) && f.name == "index") ||
                                (impl.trait.trait == stdTrait(StdTrait::IndexMut) && f.name == "index_mut");
    out_.impls[index].fns.push_back(fn);
  }
  currentImplIndex_ = -1;
  implOutlives_.clear();
  currentSelf_ = savedSelf;
  generics_.resize(genericsMark);
}

// An impl of a trait implements all of the trait's required items and
// nothing else (E0046, E0407), only where the orphan rule allows (E0117),
// and only once per type (E0119, a derive counting as an impl).
void Resolver::checkImplAgainstTrait(int32_t index) {
  const ImplInfo& impl = out_.impls[index];
  if (impl.trait.trait < 0 || impl.isStd) return;
  const TraitInfo& t = out_.traits[impl.trait.trait];
  const ImplBlock& d = *impl.decl;
  Span header{d.span.start, d.selfType->span.end};
  for (const FnDecl& f : d.fns)
    if (t.findMethod(f.name) < 0)
      fail(DiagCode::E0407, "method `" + f.name + "` is not a member of trait `" + t.name + "`", f.span,
           "not a member of trait `" + t.name + "`");
  checkImplConsts(impl);
  std::vector<std::string> missing;
  for (int32_t c : t.consts)
    if (std::none_of(d.consts.begin(), d.consts.end(), [&](int32_t k) { return out_.ast->consts[k].name == out_.consts[c].name; }))
      missing.push_back(out_.consts[c].name);
  for (size_t a = 0; a < t.assocTypes.size(); ++a)
    if (impl.assocTypes[a] == kNoType && !t.decl->types[a].type) missing.push_back(t.assocTypes[a]);
  for (const TraitMethodInfo& m : t.methods)
    if (!m.hasDefault && std::none_of(d.fns.begin(), d.fns.end(), [&](const FnDecl& f) { return f.name == m.name; }))
      missing.push_back(m.name);
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) list += (i ? ", " : "") + std::string("`") + missing[i] + "`";
    fail(DiagCode::E0046, "not all trait items implemented, missing: " + list, header,
         "missing " + list + " in implementation");
  }
  if (t.std == StdTrait::Drop) requireDroppableSelf(impl);
  if (t.std == StdTrait::Copy) {  // as rustc checks it, at the self type: every field Copy (E0204), then Clone (E0277)
    std::vector<TypeId> fields;
    const Type self = T_.get(T_.resolve(impl.self));
    if (self.kind == TypeKind::Struct)
      for (const auto& f : T_.structOf(impl.self).fields) fields.push_back(f.second);
    if (self.kind == TypeKind::Enum)
      for (const VariantInfo& v : T_.enumOf(impl.self).variants)
        for (const auto& f : v.fields) fields.push_back(f.second);
    for (TypeId f : fields)
      if (!T_.isCopy(f))
        fail(DiagCode::E0204, "the trait `Copy` cannot be implemented for this type", d.selfType->span, "",
             {{d.selfType->span, "this field does not implement `Copy`", false}});
    if (!implements(impl.self, TraitRef{stdTrait(StdTrait::Clone), {}, {}, {}}))
      fail(DiagCode::E0277, "the trait bound `" + typeName(impl.self) + ": Clone` is not satisfied", d.selfType->span,
           "the trait `Clone` is not implemented for `" + typeName(impl.self) + "`");
  }
  requireTraitSignatures(impl);
  // The trait's supertraits must hold for the self type (with the impl's bounds).
  for (const TraitRef& s : t.supertraits) {
    TraitRef need = s;
    std::vector<TypeId> from{t.self}, to{impl.self};
    from.insert(from.end(), t.typeParams.begin(), t.typeParams.end());
    to.insert(to.end(), impl.trait.args.begin(), impl.trait.args.end());
    for (TypeId& a : need.args) a = T_.subst(a, from, to);
    if (!implements(impl.self, need)) failNotImplemented(impl.self, need, d.selfType->span);
  }
  if (t.std != StdTrait::None) {
    auto isLocal = [&](TypeId ty) {
      ty = T_.resolve(ty);
      while (T_.get(ty).kind == TypeKind::Ref || T_.get(ty).kind == TypeKind::Box) ty = T_.resolve(T_.get(ty).args[0]);
      const Type& k = T_.get(ty);
      return (k.kind == TypeKind::Struct && T_.structOf(ty).stdPath.empty()) ||
             (k.kind == TypeKind::Enum && T_.enumOf(ty).stdPath.empty());
    };
    bool anyLocal = isLocal(impl.self) || std::any_of(impl.trait.args.begin(), impl.trait.args.end(), isLocal);
    if (!anyLocal)
      fail(DiagCode::E0117, "only traits defined in the current crate can be implemented for types defined outside of the crate",
           header, "impl doesn't use only types from inside the current crate");
  }
  for (int32_t other = 0; other < index; ++other) {
    const ImplInfo& o = out_.impls[other];
    if (o.trait.trait != impl.trait.trait || o.isStd) continue;
    std::vector<TypeId> args(o.typeParams.size(), kNoType);
    std::vector<TypeId> mine(impl.typeParams.size(), kNoType);
    bool sameArgs = o.trait.args.size() == impl.trait.args.size();
    for (size_t i = 0; sameArgs && i < o.trait.args.size(); ++i)
      sameArgs = matchType(o.trait.args[i], impl.trait.args[i], o.typeParams, args);
    if (sameArgs && matchType(o.self, impl.self, o.typeParams, args))
      fail(DiagCode::E0119, "conflicting implementations of trait `" + traitRefName(impl.trait) + "` for type `" +
                        typeName(impl.self) + "`",
           header, "conflicting implementation for `" + typeName(impl.self) + "`");
  }
  // A derive is an impl too: `#[derive(PartialEq)]` beside `impl PartialEq` is two. (A hand-written
  // Copy impl marks the type Copy itself, so for Copy it is the derive list that tells.)
  const Type selfType = T_.get(T_.resolve(impl.self));
  const std::vector<std::string>* derives = selfType.kind == TypeKind::Struct ? &T_.structOf(impl.self).decl->derives
                                            : selfType.kind == TypeKind::Enum ? &T_.enumOf(impl.self).decl->derives
                                                                              : nullptr;
  bool derivedCopy = derives && std::find(derives->begin(), derives->end(), "Copy") != derives->end();
  bool derived = t.std == StdTrait::Copy ? derivedCopy : derivesOrImplementsNatively(impl.self, t.std, impl.trait);
  if (t.std != StdTrait::None && impl.typeParams.empty() && derived)
    fail(DiagCode::E0119, "conflicting implementations of trait `" + traitRefName(impl.trait) + "` for type `" +
                      typeName(impl.self) + "`",
         header, "conflicting implementation for `" + typeName(impl.self) + "`");
}

// `impl Drop for T`: T is the learner's struct or enum (E0120), the impl
// covers every instance of it (E0366), and it is not Copy (E0184: a copy
// would run the destructor twice). The declaration is marked, so every
// value of it needs dropping.
void Resolver::requireDroppableSelf(const ImplInfo& impl) {
  const ImplBlock& d = *impl.decl;
  TypeId self = T_.resolve(impl.self);
  const Type s = T_.get(self);
  if (s.kind != TypeKind::Struct && s.kind != TypeKind::Enum)
    fail(DiagCode::E0120, "the `Drop` trait may only be implemented for local structs, enums, and unions", d.selfType->span,
         "must be a struct, enum, or union in the current crate");
  for (size_t i = 0; i < s.args.size(); ++i) {
    bool ownParam = i < impl.typeParams.size() && T_.resolve(s.args[i]) == impl.typeParams[i];
    if (!ownParam)
      fail(DiagCode::E0366, "`Drop` impls cannot be specialized", Span{d.span.start, d.selfType->span.end});
  }
  bool isStruct = s.kind == TypeKind::Struct;
  bool copy = isStruct ? T_.structs()[s.structIndex].isCopy : T_.enums()[s.enumIndex].isCopy;
  Span copyAt = isStruct ? T_.structs()[s.structIndex].decl->nameSpan : T_.enums()[s.enumIndex].decl->nameSpan;
  for (const ImplInfo& other : out_.impls)  // a hand-written `impl Copy`: rustc points at its self type
    if (!other.isStd && other.trait.trait >= 0 && out_.traits[other.trait.trait].std == StdTrait::Copy && T_.resolve(other.self) == self)
      copyAt = other.decl->selfType->span;
  if (copy)
    fail(DiagCode::E0184, "the trait `Copy` cannot be implemented for this type; the type has a destructor", copyAt,
         "`Copy` not allowed on types with destructors");
  if (isStruct) T_.structs()[s.structIndex].hasDrop = true;
  else T_.enums()[s.enumIndex].hasDrop = true;
}

// Each method of the impl has its trait's signature, Self being the impl's
// type: `self` where the trait has it (E0186), as many type parameters
// (E0049), as many parameters (E0050),
// the same types (E0053), as rustc checks them. Checked for every impl, of
// the learner's traits and of std's (an Iterator's `next` returning
// `Option<i32>` while its Item is u32 is E0053 at the return type). The types are
// compared only where Self is all that differs between the two signatures:
// a generic trait or a method with type parameters of its own (`impl Trait`
// arguments included) would need them matched up first, which is left out.
void Resolver::requireTraitSignatures(const ImplInfo& impl) {
  const TraitInfo& t = out_.traits[impl.trait.trait];
  for (int32_t fn : impl.fns) {
    const FnInfo& mine = out_.fns[fn];
    const FnDecl& d = *mine.decl;
    int32_t m = t.findMethod(d.name);
    if (m < 0) continue;
    const FnInfo& theirs = out_.fns[t.methods[m].fn];
    std::string method = "method `" + d.name + "`";
    if (d.self == SelfParam::None && theirs.decl->self != SelfParam::None)
      fail(DiagCode::E0186, method + " has a `&self` declaration in the trait, but not in the impl", Span{d.span.start, d.nameSpan.end},
           "expected `&self` in impl");
    if (d.self != SelfParam::None && theirs.decl->self == SelfParam::None)
      fail(DiagCode::E0185, method + " has a `" + std::string(file_.slice(d.selfSpan)) + "` declaration in the impl, but not in the trait",
           Span{d.span.start, d.ret ? d.ret->span.end : d.selfSpan.end}, "`" + std::string(file_.slice(d.selfSpan)) + "` used in impl");
    size_t myTypes = mine.typeParams.size() - outerParamCount(mine), theirTypes = theirs.typeParams.size() - outerParamCount(theirs);
    if (myTypes != theirTypes) {  // an `impl Trait` parameter counts as one
      auto count = [](size_t n) { return std::to_string(n) + (n == 1 ? " type parameter" : " type parameters"); };
      auto first = std::find_if(d.generics.params.begin(), d.generics.params.end(), [](const GenericParam& g) { return !g.isLifetime; });
      Span at = first != d.generics.params.end() ? first->span : Span{d.nameSpan.end, d.nameSpan.end};
      fail(DiagCode::E0049, method + " has " + count(myTypes) + " but its trait declaration has " + count(theirTypes), at,
           "found " + count(myTypes));
    }
    if (mine.paramTypes.size() != theirs.paramTypes.size()) {
      auto count = [](size_t n) { return std::to_string(n) + (n == 1 ? " parameter" : " parameters"); };
      uint32_t start = d.self != SelfParam::None ? d.selfSpan.start : d.params.empty() ? d.nameSpan.end : d.params[0].span.start;
      uint32_t end = d.params.empty() ? d.selfSpan.end : d.params.back().span.end;
      fail(DiagCode::E0050, method + " has " + count(mine.paramTypes.size()) + " but the declaration in trait `" + t.path + "::" +
                                d.name + "` has " + std::to_string(theirs.paramTypes.size()),
           Span{start, end}, "expected " + count(theirs.paramTypes.size()) + ", found " + std::to_string(mine.paramTypes.size()));
    }
    bool onlySelfDiffers = t.typeParams.empty() && mine.typeParams.size() == outerParamCount(mine) &&
                           theirs.typeParams.size() == outerParamCount(theirs);
    if (!onlySelfDiffers) continue;
    auto expected = [&](TypeId ty) { return normalize(T_.subst(ty, {t.self}, {impl.self})); };
    auto incompatible = [&](Span at, TypeId want, TypeId found) {
      fail(DiagCode::E0053, method + " has an incompatible type for trait", at,
           "expected `" + typeName(want) + "`, found `" + typeName(found) + "`");
    };
    for (size_t i = 0; i < mine.paramTypes.size(); ++i) {
      TypeId want = expected(theirs.paramTypes[i]);
      if (T_.resolve(want) == T_.resolve(mine.paramTypes[i])) continue;
      incompatible(i == 0 && d.self != SelfParam::None ? d.selfSpan : d.params[i - (d.self != SelfParam::None ? 1 : 0)].type->span,
                   want, mine.paramTypes[i]);
    }
    TypeId want = expected(theirs.ret);
    if (T_.resolve(want) == T_.resolve(mine.ret)) continue;
    // No return type written: rustc points just past the parameters' `)`.
    uint32_t afterParams = d.params.empty() ? d.selfSpan.end : d.params.back().span.end;
    std::string_view rest = file_.slice(Span{afterParams, d.span.end});
    uint32_t close = afterParams + static_cast<uint32_t>(rest.find(')')) + 1;
    incompatible(d.ret ? d.ret->span : Span{close, close}, want, mine.ret);
  }
}

// The destructor of every value a run may drop: for each type of the
// program with the learner's Drop impl, that impl's `drop` (an instance of
// it for a generic type), checked now, so the interpreter finds it by type.
// Also the learner's `Default::default` of each type that has one, which
// std's own code calls where the program does not name it (mem::take,
// unwrap_or_default, a derived Default of a type holding it), and the
// learner's Display and Debug `fmt`, which the formatting macros call.
void Resolver::instantiateDestructors() {
  int32_t drop = stdTrait(StdTrait::Drop), byDefault = stdTrait(StdTrait::Default);
  int32_t display = stdTrait(StdTrait::Display), debug = stdTrait(StdTrait::Debug);
  for (size_t id = 0; id < T_.count(); ++id) {  // instances checked here may add types, seen in turn
    TypeId t = static_cast<TypeId>(id);
    const Type ty = T_.get(t);
    if ((ty.kind != TypeKind::Struct && ty.kind != TypeKind::Enum) || T_.containsParam(t) || T_.containsVar(t)) continue;
    bool hasDrop = ty.kind == TypeKind::Struct ? T_.structs()[ty.structIndex].hasDrop : T_.enums()[ty.enumIndex].hasDrop;
    if (hasDrop) {
      int32_t fn = userImplFn(t, drop);
      SH_CHECK(fn >= 0, "a type marked with a destructor has no Drop impl");
      out_.destructors[t] = fn;
    }
    int32_t defaultFn = userImplFn(t, byDefault);
    if (defaultFn >= 0) out_.defaults[t] = defaultFn;
    int32_t displayFn = userImplFn(t, display);
    if (displayFn >= 0) out_.displays[t] = displayFn;
    int32_t debugFn = userImplFn(t, debug);
    if (debugFn >= 0) out_.debugs[t] = debugFn;
    recordOwnOrdering(t);
  }
}

// The learner's PartialOrd and Ord methods of t, which std's code generic
// over `T: Ord` calls (a binary heap's sifts, a B-tree's search, a sort):
// each one the impl writes; the rest are the traits' defaults.
void Resolver::recordOwnOrdering(TypeId t) {
  int32_t partialOrd = stdTrait(StdTrait::PartialOrd), ord = stdTrait(StdTrait::Ord);
  OwnOrdering o{userImplFn(t, partialOrd, "partial_cmp"), userImplFn(t, partialOrd, "lt"), userImplFn(t, partialOrd, "le"),
                userImplFn(t, partialOrd, "gt"),          userImplFn(t, partialOrd, "ge"), userImplFn(t, ord, "cmp")};
  if (o.partialCmp >= 0 || o.cmp >= 0) out_.orderings[t] = o;
}

// The one function of the learner's impl of a one-function trait for t,
// instantiated for t if the impl is generic; -1 without such an impl.
int32_t Resolver::userImplFn(TypeId t, int32_t trait) { return userImplFn(t, trait, ""); }

// The function called `name` (or, for "", the first) of the learner's impl
// of the trait for t, instantiated for t if the impl is generic; -1 without
// such an impl, or when the impl leaves that method to the trait's default.
int32_t Resolver::userImplFn(TypeId t, int32_t trait, const std::string& name) {
  std::vector<TypeId> implArgs;
  int32_t impl = findImplFor(t, TraitRef{trait, {}, {}, {}}, &implArgs);
  if (impl < 0 || out_.impls[impl].isStd || out_.impls[impl].fns.empty()) return -1;
  const std::vector<int32_t>& fns = out_.impls[impl].fns;
  auto named = std::find_if(fns.begin(), fns.end(), [&](int32_t f) { return name.empty() || out_.fns[f].decl->name == name; });
  if (named == fns.end()) return -1;
  int32_t fn = *named;
  if (out_.fns[fn].isTemplate()) {
    fn = instantiate(fn, implArgs, out_.impls[impl].decl->span);
    checkInstances();
  }
  return fn;
}

// Whether std implements the trait for t itself, or t derives it: the
// learner's own impls not counted.
bool Resolver::derivesOrImplementsNatively(TypeId t, StdTrait trait, const TraitRef& r) {
  const Type& k = T_.get(T_.resolve(t));
  if (k.kind != TypeKind::Struct && k.kind != TypeKind::Enum) return stdImplements(t, trait, r);
  const DerivedTraits& d = k.kind == TypeKind::Struct ? static_cast<const DerivedTraits&>(T_.structOf(t)) : T_.enumOf(t);
  // A derive compares with Self only: `impl PartialEq<Inches> for Cm` is another impl than the derived one.
  bool otherRhs = !r.args.empty() && T_.resolve(r.args[0]) != T_.resolve(t);
  switch (trait) {
    case StdTrait::Copy: return d.isCopy;
    case StdTrait::Clone: return d.isClone;
    case StdTrait::Debug: return d.isDebug;
    case StdTrait::PartialEq: return d.isPartialEq && !otherRhs;
    case StdTrait::Eq: return d.isEq;
    case StdTrait::PartialOrd: return d.isPartialOrd && !otherRhs;
    case StdTrait::Ord: return d.isOrd;
    case StdTrait::Default: return d.isDefault;
    case StdTrait::Hash: return d.isHash;
    default: return false;
  }
}

// ---------------------------------------------------------------- queries

// Whether `pattern` (a type mentioning `params`) can be `actual`, binding
// each param it meets to what stands in its place. An inference variable in
// `actual` matches anything it could still become. A pattern that is the
// actual type itself still binds its params (`Stack<T>` of a generic impl
// against `Stack<T>` inside that impl: T stands for T), so it is walked.
bool Resolver::matchType(TypeId pattern, TypeId actual, const std::vector<TypeId>& params, std::vector<TypeId>& args) {
  pattern = T_.resolve(pattern);
  actual = T_.resolve(actual);
  for (size_t i = 0; i < params.size(); ++i)
    if (params[i] == pattern) {
      if (args[i] == kNoType) {
        args[i] = actual;
        return true;
      }
      std::vector<TypeId> none;
      return matchType(args[i], actual, none, none);
    }
  if (pattern == actual && (params.empty() || !T_.containsParam(pattern))) return true;
  const Type p = T_.get(pattern), a = T_.get(actual);
  if (a.kind == TypeKind::Error || p.kind == TypeKind::Error) return true;
  if (a.kind == TypeKind::Var) {
    if (a.varKind == VarKind::Any) return true;
    if (a.varKind == VarKind::Integer) return p.kind == TypeKind::Int || (p.kind == TypeKind::Var && p.varKind != VarKind::Float);
    return p.kind == TypeKind::Float || (p.kind == TypeKind::Var && p.varKind != VarKind::Integer);
  }
  if (p.kind == TypeKind::Var) return true;
  if (p.kind != a.kind || p.args.size() != a.args.size()) return false;
  if (p.intKind != a.intKind || p.isF32 != a.isF32 || p.isMut != a.isMut || p.structIndex != a.structIndex ||
      p.enumIndex != a.enumIndex || p.length != a.length || p.paramIndex != a.paramIndex || p.inclusive != a.inclusive ||
      p.traitIndex != a.traitIndex || p.assocIndex != a.assocIndex)
    return false;
  for (size_t i = 0; i < p.args.size(); ++i)
    if (!matchType(p.args[i], a.args[i], params, args)) return false;
  return true;
}

// The learner's or std's impl of trait r for type t, with the impl's
// parameters as they match (implArgs); -1 if none applies.
int32_t Resolver::findImplFor(TypeId t, const TraitRef& r, std::vector<TypeId>* implArgs) {
  for (size_t i = 0; i < out_.impls.size(); ++i) {
    const ImplInfo& impl = out_.impls[i];
    if (impl.trait.trait != r.trait) continue;
    std::vector<TypeId> args(impl.typeParams.size(), kNoType);
    if (!matchType(impl.self, t, impl.typeParams, args)) continue;
    bool argsMatch = true;
    for (size_t k = 0; k < r.args.size() && k < impl.trait.args.size() && argsMatch; ++k)
      argsMatch = matchType(impl.trait.args[k], r.args[k], impl.typeParams, args);
    if (!argsMatch) continue;
    bool boundsHold = true;
    for (size_t k = 0; k < impl.typeParams.size() && boundsHold; ++k) {
      if (args[k] == kNoType) args[k] = T_.newVar(VarKind::Any);
      const ParamBounds& pb = out_.paramBounds[T_.get(impl.typeParams[k]).paramIndex];
      for (const TraitRef& b : pb.traits) {
        TraitRef need = b;
        for (TypeId& a : need.args) a = T_.subst(a, impl.typeParams, args);
        if (!implements(args[k], need, 1)) {
          boundsHold = false;
          break;
        }
      }
    }
    if (!boundsHold) continue;
    if (implArgs) *implArgs = args;
    return static_cast<int32_t>(i);
  }
  return -1;
}

// Whether more than one impl of r's trait for t fits r's arguments as
// far as they are known.
bool Resolver::severalImplsFit(TypeId t, const TraitRef& r) {
  int fits = 0;
  for (const ImplInfo& impl : out_.impls) {
    if (impl.trait.trait != r.trait) continue;
    std::vector<TypeId> args(impl.typeParams.size(), kNoType);
    bool match = matchType(impl.self, t, impl.typeParams, args);
    for (size_t k = 0; match && k < r.args.size() && k < impl.trait.args.size(); ++k)
      match = matchType(impl.trait.args[k], r.args[k], impl.typeParams, args);
    fits += match;
  }
  return fits > 1;
}

// What a parameter's bounds promise: a bound of r's trait, or one whose
// supertraits include it. Arguments are compared loosely (a bound
// `PartialOrd` promises `PartialOrd<T>`).
bool Resolver::boundsPromise(TypeId param, const TraitRef& r) {
  // Every type parameter is Sized, as rustc implies, unless it says `?Sized`.
  if (out_.traits[r.trait].std == StdTrait::Sized && !T_.param(T_.get(T_.resolve(param)).paramIndex).maybeUnsized) return true;
  const ParamBounds& pb = out_.paramBounds[T_.get(T_.resolve(param)).paramIndex];
  std::vector<TraitRef> todo = pb.traits;
  for (size_t i = 0; i < todo.size() && i < 64; ++i) {
    const TraitRef b = todo[i];
    if (b.trait == r.trait) return true;
    const TraitInfo& t = out_.traits[b.trait];
    std::vector<TypeId> from{t.self}, to{param};
    from.insert(from.end(), t.typeParams.begin(), t.typeParams.end());
    to.insert(to.end(), b.args.begin(), b.args.end());
    for (const TraitRef& s : t.supertraits) {
      TraitRef sup = s;
      for (TypeId& a : sup.args) a = T_.subst(a, from, to);
      todo.push_back(sup);
    }
  }
  return false;
}

bool Resolver::implements(TypeId t, const TraitRef& r, int depth) {
  if (r.trait < 0 || depth > 16) return true;
  t = normalize(t);
  const Type ty = T_.get(T_.resolve(t));
  switch (ty.kind) {
    case TypeKind::Error: case TypeKind::Never: return true;
    case TypeKind::Var: if (ty.varKind == VarKind::Any) return true; break;
    case TypeKind::Param: return boundsPromise(t, r);
    case TypeKind::Projection: return false;
    case TypeKind::Dyn: return dynImplements(t, r);
    default: break;
  }
  const TraitInfo& trait = out_.traits[r.trait];
  if (trait.std == StdTrait::Into && !r.args.empty()) {  // std's blanket `impl<T, U: From<T>> Into<U> for T`
    TraitRef from{stdTrait(StdTrait::From), {t}, {}, r.span};
    return implements(r.args[0], from, depth + 1) || T_.resolve(r.args[0]) == T_.resolve(t);
  }
  if (trait.std == StdTrait::TryInto && !r.args.empty()) {  // std's blanket `impl<T, U: TryFrom<T>> TryInto<U> for T`
    TraitRef from{stdTrait(StdTrait::TryFrom), {t}, {}, r.span};
    return implements(r.args[0], from, depth + 1);
  }
  if (trait.std == StdTrait::ToString) {  // `impl<T: Display> ToString for T`
    TraitRef display{stdTrait(StdTrait::Display), {}, {}, r.span};
    return implements(t, display, depth + 1);
  }
  if (findImplFor(t, r, nullptr) >= 0) return true;
  return trait.std != StdTrait::None && stdImplements(t, trait.std, r);
}

// Requires t: r now if t is known, else once the function's types are.
void Resolver::requireTrait(TypeId t, const TraitRef& r, Span at) { obligations_.push_back({t, r, at}); }

// rustc's selection with one candidate: where the learner's type has
// several impls of a generic trait (`From<(u8, u8, u8)>` and `From<&str>`
// for a Color), an obligation whose trait arguments are still open
// (`Color::from((1, 2, 3))`: `From<({integer}, ..)>`) and fit only one of
// them takes that impl's arguments, before the literals fall back to i32.
void Resolver::settleTraitArgsByOnlyImpl() {
  for (const Obligation& o : obligations_) {
    TypeId self = T_.resolve(o.type);
    TypeKind kind = T_.get(self).kind;
    if ((kind != TypeKind::Struct && kind != TypeKind::Enum) ||
        std::none_of(o.trait.args.begin(), o.trait.args.end(), [&](TypeId a) { return T_.containsVar(T_.resolveDeep(a)); }))
      continue;
    int32_t only = -1;
    std::vector<TypeId> onlyArgs;
    for (size_t i = 0; i < out_.impls.size() && only != -2; ++i) {
      const ImplInfo& impl = out_.impls[i];
      if (impl.trait.trait != o.trait.trait || impl.trait.args.size() != o.trait.args.size()) continue;
      std::vector<TypeId> args(impl.typeParams.size(), kNoType);
      bool fits = matchType(impl.self, self, impl.typeParams, args);
      for (size_t k = 0; fits && k < o.trait.args.size(); ++k) fits = matchType(impl.trait.args[k], o.trait.args[k], impl.typeParams, args);
      if (!fits) continue;
      only = only == -1 && std::find(args.begin(), args.end(), kNoType) == args.end() ? static_cast<int32_t>(i) : -2;
      onlyArgs = args;
    }
    if (only < 0) continue;
    const ImplInfo& impl = out_.impls[only];
    for (size_t k = 0; k < o.trait.args.size(); ++k) unify(o.trait.args[k], T_.subst(impl.trait.args[k], impl.typeParams, onlyArgs));
  }
}

// rustc's E0277 for `t` missing trait `r`, in the words std's traits give
// it (`#[rustc_on_unimplemented]`): formatting and comparison traits say
// what cannot be done, the others name the bound.
void Resolver::failNotImplemented(TypeId t, const TraitRef& r, Span at) {
  std::string name = typeName(t);
  std::string other = r.args.empty() ? name : typeName(r.args[0]);
  switch (out_.traits[r.trait].std) {
    case StdTrait::Display:
      fail(DiagCode::E0277, "`" + name + "` doesn't implement `std::fmt::Display`", at,
           "`" + name + "` cannot be formatted with the default formatter");
    case StdTrait::Debug:
      fail(DiagCode::E0277, "`" + name + "` doesn't implement `Debug`", at, "`" + name + "` cannot be formatted using `{:?}`");
    case StdTrait::PartialOrd:
      fail(DiagCode::E0277, "can't compare `" + name + "` with `" + other + "`", at,
           "no implementation for `" + name + " < " + other + "` and `" + name + " > " + other + "`");
    case StdTrait::PartialEq:
      fail(DiagCode::E0277, "can't compare `" + name + "` with `" + other + "`", at, "no implementation for `" + name + " == " + other + "`");
    case StdTrait::Error: {  // `impl<T: Error> Error for Box<T>` fails on T: Sized first, as rustc reports it
      const Type& boxed = T_.get(T_.resolve(t));
      if (boxed.kind == TypeKind::Box && T_.isUnsized(boxed.args[0])) {
        std::string pointee = typeName(boxed.args[0]);
        const Type& d = T_.get(T_.resolve(boxed.args[0]));
        const TraitInfo* named = d.kind == TypeKind::Dyn ? &out_.traits[d.traitIndex] : nullptr;
        if (named && named->std != StdTrait::None && pointee.rfind("dyn " + named->name, 0) == 0)  // rustc spells std's trait by its path
          pointee = "dyn " + named->path + pointee.substr(4 + named->name.size());
        fail(DiagCode::E0277, "the size for values of type `" + pointee + "` cannot be known at compilation time", at,
             "doesn't have a size known at compile-time");
      }
      fail(DiagCode::E0277, "the trait bound `" + name + ": " + traitRefName(r) + "` is not satisfied", at,
           "the trait `" + traitRefName(r) + "` is not implemented for `" + name + "`");
    }
    case StdTrait::Into:
      if (!r.args.empty() && findImplFor(t, r, nullptr) < 0) {  // std's blanket impl: rustc reports the `U: From<T>` it needs
        std::string target = typeName(r.args[0]), from = "From<" + name + ">";
        fail(DiagCode::E0277, "the trait bound `" + target + ": " + from + "` is not satisfied", at,
             "the trait `" + from + "` is not implemented for `" + target + "`");
      }
      [[fallthrough]];
    default:
      fail(DiagCode::E0277, "the trait bound `" + name + ": " + traitRefName(r) + "` is not satisfied", at,
           "the trait `" + traitRefName(r) + "` is not implemented for `" + name + "`");
  }
}

void Resolver::checkObligations() {
  std::vector<Obligation> todo = std::move(obligations_);
  obligations_.clear();
  std::vector<std::tuple<TypeId, Span, const char*, OwnImpls>> keys = std::move(orderedKeys_);
  std::vector<std::pair<TypeId, Span>> hashed = std::move(hashedKeys_);
  orderedKeys_.clear();
  hashedKeys_.clear();
  for (Obligation& o : todo) {
    // `Animal::baby_name()` with nothing deciding Self: rustc does not pick the one impl there is.
    const Type& self = T_.get(T_.resolve(o.type));
    if (o.traitPath.end > 0 && (self.kind == TypeKind::Error || (self.kind == TypeKind::Var && self.varKind == VarKind::Any)))
      fail(DiagCode::E0790, "cannot call associated function on trait without specifying the corresponding `impl` type",
           o.traitPath, "cannot call associated function of trait");
    TypeId t = T_.defaultDeep(o.type);
    TraitRef r = o.trait;
    for (TypeId& a : r.args) a = normalize(T_.defaultDeep(a));
    if (implements(t, r)) continue;
    const TraitInfo& trait = out_.traits[r.trait];
    requireClosureKind(t, trait.std);
    failNotImplemented(t, r, o.span);
  }
  for (const auto& [key, at, what, own] : keys)
    if (own == OwnImpls::Refused || !orderedByOwnImpls(T_.defaultDeep(key), own == OwnImpls::CalledWithDerivedEq))
      requireNoHandWrittenComparison(T_.defaultDeep(key), Comparison::TotalOrder, what, at);
  for (const auto& [key, at] : hashed) {
    TypeId k = T_.defaultDeep(key);
    std::vector<TypeId> seen;
    if (reachesHandWrittenHash(k, &seen))
      fail(DiagCode::None, "a hash table's key `" + typeName(k) + "` hashed through the program's own `Hash` impl is not supported yet", at);
    requireNoHandWrittenComparison(k, Comparison::Equality, "a hash table's key", at);
  }
}

// ---------------------------------------------------------------- associated types

TypeId Resolver::assocTypeOf(TypeId self, int32_t trait, int32_t assoc, const std::vector<TypeId>& traitArgs) {
  self = T_.resolve(self);
  const Type s = T_.get(self);
  TraitRef r{trait, traitArgs, {}, {}};
  if (s.kind == TypeKind::Param) {
    for (const TraitRef& b : out_.paramBounds[s.paramIndex].traits)
      if (b.trait == trait)
        for (const auto& [index, type] : b.bindings)
          if (index == assoc) return type;
    return T_.projection(self, trait, assoc, traitArgs);
  }
  if (s.kind == TypeKind::Var || s.kind == TypeKind::Projection) return T_.projection(self, trait, assoc, traitArgs);
  // `Combine` and `Combine<u32>` for Money, the call's argument not known yet: which Output is for later.
  if (severalImplsFit(self, r)) return T_.projection(self, trait, assoc, traitArgs);
  std::vector<TypeId> implArgs;
  int32_t impl = findImplFor(self, r, &implArgs);
  if (impl >= 0 && out_.impls[impl].assocTypes[assoc] != kNoType)
    return normalize(T_.subst(out_.impls[impl].assocTypes[assoc], out_.impls[impl].typeParams, implArgs));
  TypeId native = stdAssocType(self, out_.traits[trait].std, traitArgs);
  if (native != kNoType) return native;
  return T_.projection(self, trait, assoc, traitArgs);
}

TypeId Resolver::normalize(TypeId t) {
  t = T_.resolve(t);
  const Type ty = T_.get(t);
  if (ty.args.empty()) return t;
  Type copy = ty;
  bool changed = false;
  for (TypeId& a : copy.args) {
    TypeId n = normalize(a);
    changed |= n != a;
    a = n;
  }
  TypeId rebuilt = changed ? T_.intern(copy) : t;
  if (copy.kind != TypeKind::Projection) return rebuilt;
  std::vector<TypeId> traitArgs(copy.args.begin() + 1, copy.args.end());
  TypeId r = assocTypeOf(copy.args[0], copy.traitIndex, copy.assocIndex, traitArgs);
  return r;
}

// `Clone::clone(&s)`, `PartialEq::eq(&a, &b)`, `ToString::to_string(&5)`,
// `Into::into("x")`: a method std's trait declares, called by the trait's
// path on a value of std's type, is the method call on its first argument
// (`(&s).clone()`), which rustc's method probe resolves to the same impl
// (the receiver `&String` is `clone`'s `&self` itself), and which the
// engine runs natively. Taken only where the first argument says before
// it is checked that Self is std's (a literal, a variable of std's type,
// borrowed as the method's `self` is), and implements the trait; the
// learner's own types keep their impls' functions.
bool Resolver::rewriteStdTraitPathAsMethodCall(Expr& e, int32_t trait) {
  const TraitInfo& t = out_.traits[trait];
  Path& p = e.operand->path;
  int32_t m = t.findMethod(p.last());
  if (t.std == StdTrait::None || m < 0 || e.args.empty() || !p.segments.back().generics.empty()) return false;
  SelfParam mode = out_.fns[t.methods[m].fn].decl->self;
  if (mode == SelfParam::None) return false;
  const Expr* value = e.args[0].get();
  bool byRef = mode == SelfParam::Ref || mode == SelfParam::RefMut;
  if (byRef) {
    if (value->kind != ExprKind::Ref || value->isMut != (mode == SelfParam::RefMut)) return false;
    value = value->operand.get();
  }
  TypeId self = typeBeforeChecking(*value);
  VarKind literal = value->kind == ExprKind::IntLit ? VarKind::Integer : value->kind == ExprKind::FloatLit ? VarKind::Float : VarKind::Any;
  int32_t local = value->kind == ExprKind::Path && value->path.isSingle() ? lookupLocal(value->path.last()) : -1;
  if (local >= 0 && T_.get(T_.resolve(fn_->locals[local].type)).kind == TypeKind::Var)  // `let a = 5;`: a number not settled yet
    literal = T_.get(T_.resolve(fn_->locals[local].type)).varKind;
  bool number = literal != VarKind::Any;
  if (self == kNoType && value->kind == ExprKind::StrLit) self = T_.strRef();
  if (self == kNoType && !number) return false;
  if (literal == VarKind::Float && (t.std == StdTrait::Ord || t.std == StdTrait::Eq)) return false;  // floats are not Ord
  // The method must be one the engine runs on that type (`eq` is no method row: its operator is).
  int derefs = 0;
  TypeId probe = self != kNoType ? self : literal == VarKind::Float ? T_.f64Type() : T_.intType(IntKind::I32);
  if (p.last() != "into" && firstTypeWithStdMethod(byRef ? T_.refTo(probe, mode == SelfParam::RefMut) : probe, p.last(), &derefs) == kNoType)
    return false;
  if (self != kNoType) {
    const Type& s = T_.get(T_.resolve(self));
    bool learners = (s.kind == TypeKind::Struct && T_.structOf(self).stdPath.empty()) ||
                    (s.kind == TypeKind::Enum && T_.enumOf(self).stdPath.empty());
    if (learners || s.kind == TypeKind::Param || s.kind == TypeKind::Dyn) return false;
    if (!implements(self, TraitRef{trait, freshVars(t.typeParams.size()), {}, {}})) return false;
  }
  Span name = p.segments.back().span;
  fnExprs_.erase(std::remove(fnExprs_.begin(), fnExprs_.end(), e.operand.get()), fnExprs_.end());  // the path, gone
  e.kind = ExprKind::MethodCall;
  e.text = p.last();
  e.nameSpan = name;
  e.operand = std::move(e.args[0]);
  e.args.erase(e.args.begin());
  return true;
}

}  // namespace sh
