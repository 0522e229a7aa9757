// Trait objects: `dyn Trait` behind a reference or a Box, as rustc builds them.
//
// A `&dyn Animal` or `Box<dyn Animal>` is a fat pointer: the address of a
// value of some concrete type, and the address of that type's vtable for
// the trait, a table in the static region that rustc writes at compile time
// (drop glue, size, align, then one function per method). The concrete type
// is forgotten at the coercion that makes the pointer (`&dog` where a
// `&dyn Animal` is expected): the checker records there which vtable the
// pointer gets, and makes the instance of every method the vtable holds, so
// the run only looks a function up in a table. A call through the object
// is `Resolved::Virtual`: it names the trait's declaration, and the run
// picks the concrete function from the receiver's vtable.
//
// Object safety ("dyn compatibility") is decided from the trait's syntax, as
// rustc's rules are about how the trait is written: a method with its own
// type parameters, one returning or taking `Self`, an associated function
// without `self`, a supertrait that requires `Self: Sized` (unless the method
// says `where Self: Sized`). The error is E0038 at the `dyn` type (its trait's
// path, inside a body), as rustc reports it.
#include <algorithm>
#include <functional>

#include "check/resolver.h"

namespace sh {

namespace {

// `Self` (alone, not `Self::Item`) anywhere in a written type.
bool mentionsSelf(const TypeExpr& t) {
  if (t.kind == TypeExprKind::Path) {
    if (t.path.segments.size() == 1 && t.path.segments[0].name == "Self") return true;
    for (const PathSegment& s : t.path.segments) {
      for (const auto& g : s.generics)
        if (mentionsSelf(*g)) return true;
      for (const auto& b : s.bindings)
        if (mentionsSelf(*b.second)) return true;
      if (s.output && mentionsSelf(*s.output)) return true;
    }
    return false;
  }
  for (const auto& e : t.elems)
    if (e && mentionsSelf(*e)) return true;
  return t.output && mentionsSelf(*t.output);
}

// The `Sized` of `where Self: Sized` on a method, or an empty span.
Span sizedBoundSpan(const FnDecl& d) {
  for (const WherePredicate& w : d.generics.predicates)
    if (w.type && w.type->kind == TypeExprKind::Path && w.type->path.segments.size() == 1 &&
        w.type->path.segments[0].name == "Self")
      for (const TraitBound& b : w.bounds)
        if (!b.maybe && b.lifetime.empty() && b.path.last() == "Sized") return b.span;
  return {};
}

// `where Self: Sized` on a method: it is left out of the vtable, so it does not count.
bool requiresSizedSelf(const FnDecl& d) { return !sizedBoundSpan(d).empty(); }

bool isFnFamily(StdTrait t) { return t == StdTrait::Fn || t == StdTrait::FnMut || t == StdTrait::FnOnce; }

}  // namespace

// Why trait `index` cannot be made into an object (its first reason, with
// where it is written), or false when it can.
bool Resolver::dynIncompatibility(int32_t index, Span* at, std::string* why, bool* atPath, int depth) {
  const TraitInfo& t = out_.traits[index];
  if (depth > 16 || !t.decl) return false;
  if (t.std == StdTrait::Sized) {
    *why = "it requires `Self: Sized`";
    return true;
  }
  for (const TraitBound& b : t.decl->supertraits) {
    if (b.maybe || !b.lifetime.empty()) continue;
    int32_t super = resolveTraitPath(b.path, false);
    if (super < 0) continue;
    Span ignored;
    std::string reason;
    if (out_.traits[super].std == StdTrait::Sized || dynIncompatibility(super, &ignored, &reason, atPath, depth + 1)) {
      *at = b.span;
      *why = "...because it requires `Self: Sized`";
      return true;
    }
    // `trait Shape: PartialEq`: its `Rhs = Self` default makes Self a type argument.
    const TraitDecl* sd = out_.traits[super].decl;
    const PathSegment& written = b.path.segments.back();
    for (size_t i = written.generics.size(); sd && i < sd->generics.params.size(); ++i)
      if (sd->generics.params[i].defaultType && mentionsSelf(*sd->generics.params[i].defaultType)) {
        *at = b.span;
        *why = "...because it uses `Self` as a type parameter";
        *atPath = true;  // rustc finds this one where the trait is named, in a signature too
        return true;
      }
  }
  for (const FnDecl& f : t.decl->fns) {
    if (requiresSizedSelf(f)) continue;
    *at = f.nameSpan;
    if (f.self == SelfParam::None) {
      *why = "...because associated function `" + f.name + "` has no `self` parameter";
      return true;
    }
    if (f.generics.hasTypeParams()) {
      *why = "...because method `" + f.name + "` has generic type parameters";
      return true;
    }
    if (f.ret && mentionsSelf(*f.ret)) {
      *at = f.ret->span;
      *why = "...because method `" + f.name + "` references the `Self` type in its return type";
      return true;
    }
    for (const Param& p : f.params)
      if (p.type && mentionsSelf(*p.type)) {
        *at = p.type->span;
        *why = "...because method `" + f.name + "` references the `Self` type in this parameter";
        return true;
      }
  }
  return false;
}

// In an item's signature rustc points at the whole `dyn` type, inside a
// body (and for a `Self` type argument anywhere) at the trait's path.
void Resolver::requireDynCompatible(int32_t trait, Span type, Span path) {
  Span where;
  std::string why;
  bool atPath = fn_ != nullptr;
  if (!dynIncompatibility(trait, &where, &why, &atPath, 0)) return;
  Span at = atPath ? path : type;
  const TraitInfo& t = out_.traits[trait];
  std::vector<Label> more;
  if (t.decl && !isPreludeSpan(t.decl->span)) {
    more.push_back({t.decl->nameSpan, "this trait is not dyn compatible...", false});
    if (!isPreludeSpan(where)) more.push_back({where, why, false});
  }
  fail(DiagCode::E0038, "the trait `" + t.name + "` is not dyn compatible", at, "`" + t.name + "` is not dyn compatible", more);
}

// `dyn Shape`, `dyn Fn(i32) -> i32`, `dyn Iterator<Item = u32>`: one trait,
// every associated type given, and std's auto traits `Send` and `Sync`
// added to it (`dyn Error + Send + Sync`), a type of its own.
TypeId Resolver::lowerDynTrait(const TypeExpr& t) {
  const TraitBound* principal = nullptr;
  uint8_t autoTraits = 0;
  for (const TraitBound& b : t.bounds) {
    if (!b.lifetime.empty()) continue;
    if (b.maybe) fail(DiagCode::None, "`?Sized` in a trait object type is not supported yet", b.span);
    uint8_t autoTrait = autoTraitNamed(b.path);
    if (autoTrait != 0) {
      autoTraits |= autoTrait;
      continue;
    }
    if (principal) fail(DiagCode::None, "trait objects of more than one trait are not supported yet", b.span);
    principal = &b;
  }
  if (!principal) fail(DiagCode::None, "trait objects without a trait are not supported yet", t.span);
  TraitRef r = lowerTraitBound(*principal, T_.error());
  requireDynCompatible(r.trait, t.span, principal->path.span);
  const TraitInfo& info = out_.traits[r.trait];
  std::vector<TypeId> assoc(info.assocTypes.size(), kNoType);
  for (const auto& [i, type] : r.bindings) assoc[i] = type;
  std::vector<std::string> unsaid;  // rustc's E0191: a trait object names every associated type
  for (size_t i = 0; i < assoc.size(); ++i)
    if (assoc[i] == kNoType) unsaid.push_back("`" + info.assocTypes[i] + "`");
  if (!unsaid.empty()) {
    std::string names = unsaid[0];
    for (size_t i = 1; i < unsaid.size(); ++i) names += (i + 1 == unsaid.size() ? " and " : ", ") + unsaid[i];
    fail(DiagCode::E0191, std::string("the value of the associated type") + (unsaid.size() > 1 ? "s " : " ") + names + " in `" +
                              info.name + "` must be specified",
         principal->span);
  }
  if (info.std != StdTrait::None && info.std != StdTrait::Fn && info.std != StdTrait::FnMut && info.std != StdTrait::Display &&
      info.std != StdTrait::Debug && info.std != StdTrait::Error)
    fail(DiagCode::None, "`dyn " + info.name + "` is not supported yet", t.span);
  if (autoTraits != 0 && info.std != StdTrait::Error)
    fail(DiagCode::None, "`dyn " + info.name + "` with `Send` or `Sync` is not supported yet", t.span);
  return T_.dynOf(r.trait, r.args, assoc, autoTraits);
}

// std's auto traits by name (`Send`, `std::marker::Sync`), unless the
// program declares a trait of that name; 0 for any other path.
uint8_t Resolver::autoTraitNamed(const Path& p) const {
  std::string name = p.last();
  if (name != "Send" && name != "Sync") return 0;
  bool std = p.segments.size() == 1 ||
             (p.segments.size() == 3 && (p.segments[0].name == "std" || p.segments[0].name == "core") && p.segments[1].name == "marker");
  for (const TraitDecl& d : out_.ast->traits)
    if (d.name == name) return 0;
  if (!std) return 0;
  return name == "Send" ? kSendBit : kSyncBit;
}

// A value in a `dyn Trait + Send` or `+ Sync` must be Send or Sync, which
// std proves from its parts: an Rc or a Weak is neither, a Cell or a
// RefCell is Send but not Sync (rustc's E0277 at the coercion). The engine
// runs the values made of parts that are both (numbers, text, std's
// collections, boxes, the program's structs and enums of them); any other
// part is not supported yet.
void Resolver::requireThreadSafeParts(TypeId concrete, TypeId dyn, const Expr& at) {
  uint8_t wanted = T_.get(T_.resolve(dyn)).autoTraits;
  if (wanted == 0) return;
  std::function<void(TypeId, int)> visit = [&](TypeId t, int depth) {
    t = T_.resolve(t);
    const Type ty = T_.get(t);
    if (depth > 16) fail(DiagCode::None, "a `" + typeName(dyn) + "` of `" + typeName(concrete) + "` is not supported yet", at.span);
    switch (ty.kind) {
      case TypeKind::Rc: case TypeKind::Weak:
        fail(DiagCode::E0277, "`" + typeName(t) + "` cannot be " + ((wanted & kSendBit) ? "sent" : "shared") + " between threads safely",
             at.span, "`" + typeName(t) + "` cannot be " + ((wanted & kSendBit) ? "sent" : "shared") + " between threads safely");
      case TypeKind::Cell: case TypeKind::RefCell:
        if (wanted & kSyncBit)
          fail(DiagCode::E0277, "`" + typeName(t) + "` cannot be shared between threads safely", at.span,
               "`" + typeName(t) + "` cannot be shared between threads safely");
        for (TypeId a : ty.args) visit(a, depth + 1);
        return;
      case TypeKind::Int: case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Str: case TypeKind::Unit:
      case TypeKind::String: case TypeKind::IoError: case TypeKind::FnPtr:
        return;
      case TypeKind::Vec: case TypeKind::Box: case TypeKind::Option: case TypeKind::Tuple: case TypeKind::Array: case TypeKind::Slice:
      case TypeKind::Result: case TypeKind::HashMap: case TypeKind::HashSet: case TypeKind::VecDeque: case TypeKind::BTreeMap:
      case TypeKind::BTreeSet:
        for (TypeId a : ty.args) visit(a, depth + 1);
        return;
      case TypeKind::Struct:
        if (T_.closureOf(t) >= 0) break;
        for (const auto& f : T_.structOf(t).fields) visit(f.second, depth + 1);
        return;
      case TypeKind::Enum:
        for (const VariantInfo& v : T_.enumOf(t).variants)
          for (const auto& f : v.fields) visit(f.second, depth + 1);
        return;
      default: break;
    }
    fail(DiagCode::None, "a `" + typeName(dyn) + "` of `" + typeName(concrete) + "` (holding a `" + typeName(t) + "`) is not supported yet",
         at.span);
  };
  visit(concrete, 0);
}

// The trait a trait object promises, as a bound: `dyn Fn(i32) -> i32` is
// `Fn<(i32,)>` with `Output = i32`.
TraitRef Resolver::traitOfDyn(TypeId dyn) const {
  const Type t = T_.get(T_.resolve(dyn));
  TraitRef r;
  r.trait = t.traitIndex;
  r.args.assign(t.args.begin(), t.args.begin() + static_cast<long>(t.length));
  for (size_t i = t.length; i < t.args.size(); ++i) r.bindings.emplace_back(static_cast<int32_t>(i - t.length), t.args[i]);
  return r;
}

// The traits a trait object's methods come from: its own, then its
// supertraits', each with Self the object.
std::vector<TraitRef> Resolver::traitsOfDyn(TypeId dyn) {
  std::vector<TraitRef> all{traitOfDyn(dyn)};
  for (size_t i = 0; i < all.size() && i < 64; ++i) {
    const TraitInfo& t = out_.traits[all[i].trait];
    std::vector<TypeId> from{t.self}, to{dyn};
    from.insert(from.end(), t.typeParams.begin(), t.typeParams.end());
    to.insert(to.end(), all[i].args.begin(), all[i].args.end());
    for (const TraitRef& s : t.supertraits) {
      TraitRef sup = s;
      for (TypeId& a : sup.args) a = T_.subst(a, from, to);
      if (std::none_of(all.begin(), all.end(), [&](const TraitRef& x) { return x.trait == sup.trait; })) all.push_back(sup);
    }
  }
  return all;
}

bool Resolver::dynImplements(TypeId dyn, const TraitRef& r) {
  for (const TraitRef& t : traitsOfDyn(dyn))
    if (t.trait == r.trait) return true;
  return false;
}

// At a coercion site: `&T` or `&mut T` into `&dyn Trait`, `&mut T` into
// `&mut dyn Trait`, `Box<T>` into `Box<dyn Trait>`, where T implements the
// trait (E0277 otherwise, once T is known).
bool Resolver::coerceToDyn(Expr& e, TypeId actual, TypeId expected) {
  const Type want = T_.get(T_.resolve(expected));
  const Type have = T_.get(T_.resolve(actual));
  bool pointers = (want.kind == TypeKind::Ref && have.kind == TypeKind::Ref && (!want.isMut || have.isMut)) ||
                  (want.kind == TypeKind::Box && have.kind == TypeKind::Box);
  if (!pointers) return false;
  const Type wantTarget = T_.get(T_.resolve(want.args[0]));
  const Type haveTarget = T_.get(T_.resolve(have.args[0]));
  if (wantTarget.kind != TypeKind::Dyn) return false;
  if (haveTarget.kind == TypeKind::Var && haveTarget.varKind == VarKind::Any) return false;
  if (haveTarget.kind == TypeKind::Dyn) {
    if (T_.resolve(want.args[0]) == T_.resolve(have.args[0])) return false;
    // `dyn Error + Send + Sync` to `dyn Error`: the same trait, fewer auto
    // traits; adding one is no coercion (rustc's E0308)
    bool sameTrait = wantTarget.traitIndex == haveTarget.traitIndex && wantTarget.args.size() == haveTarget.args.size();
    for (size_t i = 0; sameTrait && i < wantTarget.args.size(); ++i) sameTrait = unify(wantTarget.args[i], haveTarget.args[i]);
    if (sameTrait && (wantTarget.autoTraits & ~haveTarget.autoTraits) != 0) mismatch(e.span, expected, actual);
    if (sameTrait) {
      e.coercion = static_cast<uint8_t>(Coercion::DropAutoTraits);
      e.coercedType = expected;
      return true;
    }
    fail(DiagCode::None, "converting one trait object into another (`" + typeName(actual) + "` to `" + typeName(expected) +
                             "`) is not supported yet",
         e.span);
  }
  if (T_.isUnsized(have.args[0]))
    fail(DiagCode::None, "a trait object of `" + typeName(have.args[0]) + "` is not supported yet", e.span);
  TraitRef r = traitOfDyn(want.args[0]);
  r.span = e.span;
  requireTrait(have.args[0], r, e.span);
  e.coercion = static_cast<uint8_t>(Coercion::Unsize);
  e.coercedType = expected;
  return true;
}

// What calling a `dyn Fn(A) -> R` takes and gives: its Fn trait's
// arguments; `dyn FnMut` is called through `&mut`, `dyn Fn` through `&`.
bool Resolver::dynCallSignature(TypeId dyn, std::vector<TypeId>* params, TypeId* ret, uint8_t* mode) {
  const Type t = T_.get(T_.resolve(dyn));
  StdTrait s = out_.traits[t.traitIndex].std;
  if (!isFnFamily(s)) return false;
  *params = T_.get(T_.resolve(t.args[0])).args;
  *ret = t.args[1];
  *mode = s == StdTrait::Fn ? 1 : 2;
  return true;
}

// Once the function's obligations hold: the vtable of every coercion to a
// trait object it makes, and the instances its slots call.
void Resolver::recordVtables() {
  std::vector<Expr*> sites = std::move(unsizeSites_);
  unsizeSites_.clear();
  if (fn_->isTemplate()) return;
  bool borrowing = false;
  for (Expr* e : sites) {
    TypeId from = T_.get(T_.resolve(e->type)).args[0];
    TypeId to = T_.get(T_.resolve(e->coercedType)).args[0];
    if (T_.containsParam(from) || T_.containsParam(to)) continue;
    if (T_.get(T_.resolve(e->type)).kind == TypeKind::Box && boxesBorrowedData(from, *e)) borrowing = true;
    requireThreadSafeParts(from, to, *e);
    requireClosureFits(from, to, *e);
    makeVtable(T_.resolve(from), T_.resolve(to), e->span);
  }
  if (borrowing) typeChecks_.push_back([this] { keepBorrowingObjectsLocal(); });  // once every call is resolved
}

// Whether a value of `concrete` may hold references. A struct or enum
// declaring no lifetime parameter holds only `'static` references of its
// own (`Missing(&'static str)`): what its type arguments hold is all it may
// borrow.
bool Resolver::holdsBorrows(TypeId concrete) {
  auto declaresLifetimes = [](const Generics& g) {
    return std::any_of(g.params.begin(), g.params.end(), [](const GenericParam& p) { return p.isLifetime; });
  };
  std::function<bool(TypeId, int)> borrows = [&](TypeId t, int depth) {
    if (depth > 8) return false;
    const Type ty = T_.get(T_.resolve(t));
    if (ty.kind == TypeKind::Ref || ty.kind == TypeKind::CellRef || ty.kind == TypeKind::CellRefMut) return true;
    const StructDecl* sd = ty.kind == TypeKind::Struct ? T_.structOf(t).decl : nullptr;
    const EnumDecl* ed = ty.kind == TypeKind::Enum ? T_.enumOf(t).decl : nullptr;
    if ((sd && !declaresLifetimes(sd->generics)) || (ed && !declaresLifetimes(ed->generics))) {
      for (TypeId a : ty.args)
        if (borrows(a, depth + 1)) return true;
      return false;
    }
    if (ty.kind == TypeKind::Struct)
      for (const auto& f : T_.structOf(t).fields)
        if (borrows(f.second, depth + 1)) return true;
    if (ty.kind == TypeKind::Enum)
      for (const VariantInfo& v : T_.enumOf(t).variants)
        for (const auto& f : v.fields)
          if (borrows(f.second, depth + 1)) return true;
    for (TypeId a : ty.args)
      if (borrows(a, depth + 1)) return true;
    return false;
  };
  return borrows(concrete, 0);
}

// A `dyn Fn(A) -> R` holds a closure (or a function named as a value)
// whose result is R: another is rustc's E0271.
void Resolver::requireClosureFits(TypeId concrete, TypeId dyn, const Expr& at) {
  const Type d = T_.get(T_.resolve(dyn));
  if (!isFnFamily(out_.traits[d.traitIndex].std)) return;
  int32_t closure = T_.closureOf(concrete);
  if (closure < 0)
    fail(DiagCode::None, "a `" + typeName(dyn) + "` made from `" + typeName(concrete) + "` (not a closure) is not supported yet", at.span);
  const ClosureInfo& c = out_.closures[closure];
  TypeId ret = c.ret;
  if (!unify(ret, d.args[1]))  // rustc points at the closure's body
    fail(DiagCode::E0271, "expected `" + typeName(concrete) + "` to return `" + typeName(d.args[1]) + "`, but it returns `" +
                              typeName(ret) + "`",
         c.expr->checkedBody ? c.expr->checkedBody->span : at.span, "expected `" + typeName(d.args[1]) + "`, found `" + typeName(ret) + "`");
}

int32_t Resolver::makeVtable(TypeId concrete, TypeId dyn, Span at) {
  auto key = std::make_pair(concrete, dyn);
  auto found = out_.vtableIndex.find(key);
  if (found != out_.vtableIndex.end()) return found->second;
  VtableInfo v;
  v.concrete = concrete;
  v.dyn = dyn;
  v.name = "vtable for " + typeName(concrete) + " as " + typeName(dyn).substr(4);
  for (const TraitRef& r : traitsOfDyn(dyn)) {
    const TraitInfo& t = out_.traits[r.trait];
    for (const TraitMethodInfo& m : t.methods) {
      const FnInfo& decl = out_.fns[m.fn];
      if (decl.decl->self == SelfParam::None || requiresSizedSelf(*decl.decl)) continue;
      int32_t fn = m.fn;
      std::vector<TypeId> args{concrete};
      args.insert(args.end(), r.args.begin(), r.args.end());
      devirtualize(&fn, &args);
      const FnInfo& f = out_.fns[fn];
      v.slotNames.push_back(decl.decl->name);
      v.declFns.push_back(m.fn);
      v.fnNames.push_back("<" + typeName(concrete) + " as " + t.name + ">::" + decl.decl->name);
      v.fns.push_back(!f.decl->body ? -1 : f.isTemplate() ? instantiate(fn, args, at) : fn);
    }
  }
  StdTrait family = out_.traits[T_.get(dyn).traitIndex].std;
  if (isFnFamily(family)) {  // a closure's body, under each of the call methods its kind allows
    const ClosureInfo& c = out_.closures[T_.closureOf(concrete)];
    std::vector<std::string> calls{"call_once"};
    if (family != StdTrait::FnOnce) calls.push_back("call_mut");
    if (family == StdTrait::Fn) calls.push_back("call");
    for (const std::string& name : calls) {
      v.slotNames.push_back(name);
      v.declFns.push_back(-1);
      v.fnNames.push_back(out_.fns[c.fn].name);
      v.fns.push_back(c.fn);
    }
  }
  v.type = T_.vtableOf(concrete, dyn, v.fns.size());
  out_.vtables.push_back(std::move(v));
  auto index = static_cast<int32_t>(out_.vtables.size() - 1);
  out_.vtableIndex.emplace(key, index);
  return index;
}

// A method call on a trait object (`shape.area()` with `shape: &dyn Shape`):
// the run takes the function from the receiver's vtable.
void Resolver::callThroughVtable(Expr& call, int32_t declFn) {
  const FnInfo& f = out_.fns[declFn];
  const TraitInfo& t = out_.traits[f.trait];
  if (requiresSizedSelf(*f.decl))
    fail(DiagCode::None, "the `" + f.decl->name + "` method cannot be invoked on a trait object", call.nameSpan, "",
         {{sizedBoundSpan(*f.decl), "this has a `Sized` requirement", false}});
  if (f.decl->self == SelfParam::Value || f.decl->self == SelfParam::MutValue)
    fail(DiagCode::None, "calling `" + f.decl->name + "`, which takes `self` by value, on a trait object is not supported yet",
         call.span);
  if (t.std != StdTrait::None && !f.decl->body)  // a provided body (Error::source) is every vtable's or an impl's own
    fail(DiagCode::None, "calling `" + t.name + "::" + f.decl->name + "` on a trait object is not supported yet", call.span);
  call.resolvedKind = static_cast<uint8_t>(Resolved::Virtual);
  call.resolved = declFn;
}

}  // namespace sh
