// Which function a method call or an associated-function path names, among
// the learner's impls, std's prelude and the bounds of a generic parameter.
//
// As in rustc, the receiver's type is dereferenced step by step (`&&Point`,
// `&Point`, `Point`) and at each step inherent methods come first, then
// trait methods of traits the type implements; on a type parameter only the
// methods its bounds promise exist. The pick names a function and, when it
// is generic, a type for each of its parameters: what the impl's self type
// matched, then fresh inference variables for the method's own.
#include <algorithm>

#include "check/resolver.h"

namespace sh {

size_t Resolver::outerParamCount(const FnInfo& f) const {
  if (f.impl >= 0) return out_.impls[f.impl].typeParams.size();
  if (f.trait >= 0) return 1 + out_.traits[f.trait].typeParams.size();
  return 0;
}

// The bounds of a parameter with their supertraits, each with Self the parameter.
std::vector<TraitRef> Resolver::allBoundsOf(TypeId param) {
  std::vector<TraitRef> all = out_.paramBounds[T_.get(T_.resolve(param)).paramIndex].traits;
  for (size_t i = 0; i < all.size() && i < 64; ++i) {
    const TraitInfo& t = out_.traits[all[i].trait];
    std::vector<TypeId> from{t.self}, to{param};
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

// The pick of trait method `m` of trait ref `r` for self type `self`: the
// trait's declaration, Self and the trait's arguments fixed, the method's
// own parameters fresh.
Resolver::MethodPick Resolver::pickTraitDecl(TypeId self, const TraitRef& r, int32_t m) {
  const TraitInfo& t = out_.traits[r.trait];
  MethodPick pick;
  pick.fn = t.methods[m].fn;
  pick.args.push_back(self);
  for (size_t i = 0; i < t.typeParams.size(); ++i) pick.args.push_back(i < r.args.size() ? r.args[i] : T_.newVar(VarKind::Any));
  const FnInfo& f = out_.fns[pick.fn];
  std::vector<TypeId> own = freshVars(f.typeParams.size() - pick.args.size());
  pick.args.insert(pick.args.end(), own.begin(), own.end());
  return pick;
}

// The pick of `name` in impl `index` for self type t (already matched to
// the impl's self type, giving `implArgs`): the impl's own function, or for
// a trait impl the trait's provided one.
bool Resolver::pickFromImpl(int32_t index, TypeId t, std::vector<TypeId> implArgs, const std::string& name,
                            bool methodsOnly, MethodPick* out) {
  const ImplInfo& impl = out_.impls[index];
  for (TypeId& a : implArgs)
    if (a == kNoType) a = T_.newVar(VarKind::Any);
  for (int32_t fn : impl.fns) {
    const FnInfo& f = out_.fns[fn];
    if (f.decl->name != name || (methodsOnly && f.decl->self == SelfParam::None)) continue;
    unify(T_.subst(impl.self, impl.typeParams, implArgs), t);
    out->fn = fn;
    out->args = implArgs;
    std::vector<TypeId> own = freshVars(f.typeParams.size() - implArgs.size());
    out->args.insert(out->args.end(), own.begin(), own.end());
    return true;
  }
  if (impl.trait.trait < 0) return false;
  const TraitInfo& trait = out_.traits[impl.trait.trait];
  int32_t m = trait.findMethod(name);
  if (m < 0 || !trait.methods[m].hasDefault) return false;
  if (methodsOnly && out_.fns[trait.methods[m].fn].decl->self == SelfParam::None) return false;
  unify(T_.subst(impl.self, impl.typeParams, implArgs), t);
  TraitRef r = impl.trait;
  for (TypeId& a : r.args) a = T_.subst(a, impl.typeParams, implArgs);
  *out = pickTraitDecl(t, r, m);
  return true;
}

// Impls of a generic trait for t (`From<i32>` and `From<&str>` for a
// `Number`, or `From<i32>` alone): which one applies is for the call's
// arguments and result to say, as rustc infers the trait's arguments, so
// the trait's declaration is picked and its impl chosen once the types are
// known (devirtualize). An associated function goes this way even with one
// impl: an argument no impl takes (`M::from(4u8)`) is then the unmet
// bound's E0277, not a mismatch with the one impl's parameter.
bool Resolver::pickAmongTraitImpls(int32_t index, TypeId t, const std::string& name, bool methodsOnly, MethodPick* out) {
  int32_t trait = out_.impls[index].trait.trait;
  if (trait < 0 || out_.traits[trait].typeParams.empty()) return false;
  int32_t m = out_.traits[trait].findMethod(name);
  if (m < 0 || (methodsOnly && out_.fns[out_.traits[trait].methods[m].fn].decl->self == SelfParam::None)) return false;
  bool another = false;
  for (size_t j = 0; j < out_.impls.size() && !another; ++j) {
    const ImplInfo& other = out_.impls[j];
    std::vector<TypeId> args(other.typeParams.size(), kNoType);
    another = static_cast<int32_t>(j) != index && other.trait.trait == trait && matchType(other.self, t, other.typeParams, args);
  }
  bool associatedFn = out_.fns[out_.traits[trait].methods[m].fn].decl->self == SelfParam::None;  // `M::from(x)`, `M::try_from(x)`
  if (!another && !associatedFn) return false;
  *out = pickTraitDecl(t, TraitRef{trait, {}, {}, {}}, m);
  return true;
}

// A method or associated function `name` on type t itself (no deref).
bool Resolver::lookupOnType(TypeId t, const std::string& name, bool methodsOnly, MethodPick* out) {
  t = normalize(T_.resolve(t));
  const Type ty = T_.get(t);
  if (ty.kind == TypeKind::Param) {
    for (const TraitRef& b : allBoundsOf(t)) {
      int32_t m = out_.traits[b.trait].findMethod(name);
      if (m < 0 || (methodsOnly && out_.fns[out_.traits[b.trait].methods[m].fn].decl->self == SelfParam::None)) continue;
      *out = pickTraitDecl(t, b, m);
      return true;
    }
    // std's blanket impls: ToString for every Display, Into for every From.
    for (StdTrait blanket : {StdTrait::ToString, StdTrait::Into}) {
      TraitRef r{stdTrait(blanket), {}, {}, {}};
      int32_t m = out_.traits[r.trait].findMethod(name);
      if (m < 0) continue;
      TraitRef display{stdTrait(StdTrait::Display), {}, {}, {}};  // ToString is every Display's
      if (blanket == StdTrait::Into) r.args.push_back(T_.newVar(VarKind::Any));
      else if (!implements(t, r) && !implements(t, display)) continue;
      *out = pickTraitDecl(t, r, m);
      return true;
    }
    return false;
  }
  if (ty.kind == TypeKind::Var && ty.varKind == VarKind::Any) return false;
  if (ty.kind == TypeKind::Dyn) {  // the trait's methods and its supertraits'
    for (const TraitRef& b : traitsOfDyn(t)) {
      int32_t m = out_.traits[b.trait].findMethod(name);
      if (m < 0 || (methodsOnly && out_.fns[out_.traits[b.trait].methods[m].fn].decl->self == SelfParam::None)) continue;
      *out = pickTraitDecl(t, b, m);
      return true;
    }
    return false;
  }
  // Inherent impls first, then impls of traits.
  for (int pass = 0; pass < 2; ++pass)
    for (size_t i = 0; i < out_.impls.size(); ++i) {
      const ImplInfo& impl = out_.impls[i];
      if ((impl.trait.trait >= 0) != (pass == 1)) continue;
      if (pass == 1 && !traitInScope(impl.trait.trait)) continue;
      std::vector<TypeId> args(impl.typeParams.size(), kNoType);
      if (!matchType(impl.self, t, impl.typeParams, args)) continue;
      if ((pass == 1 && pickAmongTraitImpls(static_cast<int32_t>(i), t, name, methodsOnly, out)) ||
          pickFromImpl(static_cast<int32_t>(i), t, args, name, methodsOnly, out)) {
        if (pass == 1) out->alsoIn = otherTraitWithMethod(i, t, name, methodsOnly);
        return true;
      }
    }
  return methodsOnly && pickStdProvidedMethod(t, name, out);
}

// A provided method of a std trait (its body in check/prelude.cpp) on a
// type std implements the trait for, or derives it for, with no impl the
// checker sees: `err.source()` on a ParseIntError. A std method row of
// that name (check/std_methods.def) answers first, as it always did. A
// pointer's impls (`impl<T: Error> Error for Box<T>`) forward to what it
// points at, which auto-deref reaches.
bool Resolver::pickStdProvidedMethod(TypeId t, const std::string& name, MethodPick* out) {
  int unused = 0;
  if (T_.derefTarget(t) != kNoType || firstTypeWithStdMethod(t, name, &unused) != kNoType) return false;
  for (size_t i = 0; i < out_.traits.size(); ++i) {
    const TraitInfo& trait = out_.traits[i];
    int32_t m = trait.findMethod(name);
    if (trait.std == StdTrait::None || m < 0 || !trait.methods[m].hasDefault) continue;
    if (out_.fns[trait.methods[m].fn].decl->self == SelfParam::None) continue;
    if (!traitInScope(static_cast<int32_t>(i)) || !stdImplementsOrDerives(t, trait.std)) continue;
    *out = pickTraitDecl(t, TraitRef{static_cast<int32_t>(i), {}, {}, {}}, m);
    return true;
  }
  return false;
}

// A trait other than impl `after`'s whose impl for t (a later one) has a
// method `name`, its own or the trait's provided one; -1 when none.
int32_t Resolver::otherTraitWithMethod(size_t after, TypeId t, const std::string& name, bool methodsOnly) {
  int32_t picked = out_.impls[after].trait.trait;
  for (size_t j = after + 1; j < out_.impls.size(); ++j) {
    const ImplInfo& other = out_.impls[j];
    if (other.trait.trait < 0 || other.trait.trait == picked || !traitInScope(other.trait.trait)) continue;
    std::vector<TypeId> args(other.typeParams.size(), kNoType);
    if (!matchType(other.self, t, other.typeParams, args)) continue;
    const TraitInfo& trait = out_.traits[other.trait.trait];
    int32_t m = trait.findMethod(name);
    if (m >= 0 && !(methodsOnly && out_.fns[trait.methods[m].fn].decl->self == SelfParam::None)) return other.trait.trait;
  }
  return -1;
}

// Whether a trait's methods and constants may be named through a type
// (`x.area()`, `Sq::area(&x)`) where the code being checked is: a std trait
// in Rust's prelude or imported, the learner's declared or imported in the
// scopes around the code (check/scopes.h), and in a trait impl's bodies the
// trait it implements, as rustc's resolver counts them. A trait path
// (`shapes::Area::area(&x)`), a type parameter's bounds and a trait object's
// trait need no import. Instances and std's bodies were decided already.
bool Resolver::traitInScope(int32_t trait) {
  if (everyTraitInScope_ || fn_ == nullptr || fn_->isStd || fn_->templateFn >= 0 || fn_->ofInstance) return true;
  return traitInScopeAsWritten(trait);
}

// The same, as the code's text has it, in an instance too.
bool Resolver::traitInScopeAsWritten(int32_t trait) {
  if (fn_->impl >= 0 && out_.impls[fn_->impl].trait.trait == trait) return true;
  const TraitInfo& t = out_.traits[trait];
  const std::vector<TraitDecl>& learners = out_.ast->traits;
  if (learners.empty() || t.decl < learners.data() || t.decl >= learners.data() + learners.size())
    return t.inPrelude || names_->importsStdItem(itemScope_, t.path);
  return names_->traitInScope(itemScope_, static_cast<int32_t>(t.decl - learners.data()));
}

// The trait out of scope whose item `name` a lookup through the type would
// have found, by method syntax or by the type's path, or -1.
int32_t Resolver::traitOutOfScopeWith(TypeId t, const std::string& name, bool methodsOnly) {
  everyTraitInScope_ = true;
  MethodPick pick;
  bool found = methodsOnly ? lookupUserMethod(t, name, &pick) : lookupAssocFn(t, name, &pick);
  everyTraitInScope_ = false;
  if (!found) return -1;
  const FnInfo& f = out_.fns[pick.fn];
  return f.impl >= 0 ? out_.impls[f.impl].trait.trait : f.trait;
}

// rustc's E0599 for a method or associated function of a trait the type
// implements where the trait is not in scope, with its help to import it.
void Resolver::requireTraitInScope(TypeId t, const std::string& name, bool methodsOnly, Span at) {
  int32_t trait = traitOutOfScopeWith(t, name, methodsOnly);
  if (trait < 0) return;
  int derefs = 0;
  TypeId self = stripRefs(t, &derefs);
  const char* kind = derefs > 0 && methodsOnly ? "reference" : T_.get(T_.resolve(self)).kind == TypeKind::Enum ? "enum" : "struct";
  std::string shown = typeName(methodsOnly ? t : self);
  const TraitInfo& tr = out_.traits[trait];
  std::string what = methodsOnly ? "method" : "function or associated item";
  Diagnostic d;
  d.code = DiagCode::E0599;
  d.message = "no " + what + " named `" + name + "` found for " + kind + " `" + shown + "` in the current scope";
  d.labels.push_back({at, what + " not found in `" + shown + "`", true});
  d.helps.push_back("items from traits can only be used if the trait is in scope");
  d.helps.push_back("trait `" + tr.name + "` which provides `" + name + "` is implemented but not in scope; perhaps you want to import it: `use " +
                    (tr.key.empty() ? tr.path : tr.key) + ";`");
  throw CompileError(std::move(d));
}

// rustc's E0034 where two traits the type implements both have the
// method and nothing says which (`person.fly()` with Pilot and Wizard;
// `Pilot::fly(&person)` or `<Human as Wizard>::fly` say it).
void Resolver::requireOneApplicable(const MethodPick& pick, const std::string& name, Span at) {
  if (pick.alsoIn < 0 && !derivedFormattingTwin(pick)) return;
  fail(DiagCode::E0034, "multiple applicable items in scope", at, "multiple `" + name + "` found");
}

// The `fmt` of the program's Display (or Debug) impl, picked where the
// type's other formatting trait applies too, by a derive (`#[derive(Debug)]`
// and `use std::fmt::Debug;` in a Display impl calling `self.0.fmt(f)`):
// rustc counts the derive's impl, so two `fmt`s apply (E0034).
bool Resolver::derivedFormattingTwin(const MethodPick& pick) {
  const FnInfo& f = out_.fns[pick.fn];
  if (f.impl < 0 || f.decl->name != "fmt" || out_.impls[f.impl].trait.trait < 0) return false;
  const ImplInfo& impl = out_.impls[f.impl];
  StdTrait picked = out_.traits[impl.trait.trait].std;
  if (picked != StdTrait::Display && picked != StdTrait::Debug) return false;
  std::vector<TypeId> implArgs(pick.args.begin(), pick.args.begin() + static_cast<long>(impl.typeParams.size()));
  TypeId self = T_.subst(impl.self, impl.typeParams, implArgs);
  return formattingTraitApplies(self, picked == StdTrait::Display ? StdTrait::Debug : StdTrait::Display);
}

// A method call's function among the learner's and std's Rust items,
// dereferencing the receiver step by step; false leaves it to the builtin
// method table (check/std_methods.def).
// An Rc or a RefCell's Ref/RefMut is looked through as a reference is
// (`a.tail()` on an Rc<List>, `node.borrow().describe()`), unless it has a
// std method of that name itself (`rc.clone()` clones the Rc).
bool Resolver::lookupUserMethod(TypeId receiver, const std::string& name, MethodPick* out) {
  TypeId t = T_.resolve(receiver);
  for (int derefs = 0; derefs < 64; ++derefs) {
    const Type ty = T_.get(t);
    bool found = lookupOnType(t, name, true, out);
    // At a reference `&X` (`&mut X`) rustc first takes a method whose
    // receiver is the reference as it is: one taking `self` of an impl for
    // `&X`, or X's taking `&self` (`&mut self`); only then one of an impl
    // for `&X` that borrows the reference again (`r.hi()` with `r: &P` and
    // impls for P and for &P calls P's; `(&r).hi()` calls &P's). Not in a
    // generic function's instance: there a receiver of a parameter's type
    // keeps the pick its bound made (`x.val()` with `x: T`, T = &i32, is
    // &i32's), which the instance's concrete types do not show.
    SelfParam taken = found ? out_.fns[out->fn].decl->self : SelfParam::None;
    if (substArgs_.empty() && ty.kind == TypeKind::Ref && taken != SelfParam::Value && taken != SelfParam::MutValue) {
      MethodPick inner;
      SelfParam byValue = ty.isMut ? SelfParam::RefMut : SelfParam::Ref;
      if (lookupOnType(T_.resolve(ty.args[0]), name, true, &inner) && out_.fns[inner.fn].decl->self == byValue) {
        *out = inner;
        out->derefs = derefs + 1;
        return true;
      }
    }
    if (found) {
      out->derefs = derefs;
      return true;
    }
    bool shared = ty.kind == TypeKind::Rc || ty.kind == TypeKind::CellRef || ty.kind == TypeKind::CellRefMut;
    int own = 0;
    if (shared && firstTypeWithStdMethod(t, name, &own) == t) return false;
    if (ty.kind != TypeKind::Ref && ty.kind != TypeKind::Box && !shared) return false;
    t = T_.resolve(ty.args[0]);
  }
  return false;
}

bool Resolver::lookupAssocFn(TypeId self, const std::string& name, MethodPick* out) {
  return lookupOnType(self, name, false, out);
}

// A picked function's parameter types (self first) and result, with its
// generic parameters replaced by the pick's arguments.
void Resolver::signatureOf(const MethodPick& pick, std::vector<TypeId>* params, TypeId* ret) {
  const FnInfo& f = out_.fns[pick.fn];
  params->clear();
  for (TypeId p : f.paramTypes) params->push_back(normalize(T_.subst(p, f.typeParams, pick.args)));
  *ret = normalize(T_.subst(f.ret, f.typeParams, pick.args));
}

// Checks a call of a picked function (its arguments from `firstArg` on are
// the call's), records the instance it needs and the bounds its arguments
// must satisfy.
TypeId Resolver::checkPickedCall(Expr& e, const MethodPick& pick, size_t firstArg) {
  std::vector<TypeId> params;
  TypeId ret;
  signatureOf(pick, &params, &ret);
  e.resolvedKind = static_cast<uint8_t>(Resolved::UserFn);
  e.resolved = pick.fn;
  const FnInfo& f = out_.fns[pick.fn];
  // The bounds are known before the arguments are checked, so that a
  // closure argument learns its signature from its parameter's Fn bound.
  if (f.isTemplate()) requireCallBounds(e, pick, firstArg, false);
  // A result projected through one of several impls (`Self::Output` of `Combine<Rhs>`) is known once the arguments are.
  TypeId result = normalize(checkUserCall(e, pick.fn, firstArg, params, ret));
  e.type = result;
  if (!f.isTemplate() && !f.isStdInherent()) return result;
  pendingCalls_.push_back({&e, pick.fn, pick.args});
  requireCallBounds(e, pick, firstArg, true);
  return result;
}

// The bounds of a template's parameters, for this call's type arguments:
// first the traits (before the arguments are checked), then the bindings
// they name (`I: Iterator<Item = u32>`), once the arguments say the types.
void Resolver::requireCallBounds(const Expr& e, const MethodPick& pick, size_t firstArg, bool bindings) {
  const FnInfo& f = out_.fns[pick.fn];
  for (size_t k = 0; k < f.typeParams.size(); ++k) {
    // Where the learner sees the type: the first argument of that parameter's type.
    Span at = e.kind == ExprKind::MethodCall ? e.nameSpan : e.operand->span;
    for (size_t j = firstArg; j < f.paramTypes.size(); ++j)
      if (T_.mentions(f.paramTypes[j], f.typeParams[k])) {
        at = e.args[j - firstArg]->span;
        break;
      }
    for (const TraitRef& b : out_.paramBounds[T_.get(f.typeParams[k]).paramIndex].traits) {
      TraitRef need = b;
      for (TypeId& a : need.args) a = T_.subst(a, f.typeParams, pick.args);
      for (auto& binding : need.bindings) binding.second = T_.subst(binding.second, f.typeParams, pick.args);
      // Self: Trait is how it was found, but for which of its impls (`From<i32>`, `From<&str>`) is left to the arguments.
      TypeKind self = T_.get(T_.resolve(pick.args[0])).kind;
      bool among = f.trait >= 0 && !out_.traits[f.trait].typeParams.empty() && (self == TypeKind::Struct || self == TypeKind::Enum);
      if (f.trait >= 0 && k == 0 && need.trait == f.trait && !among) continue;
      // On a trait object, a `where Self: Sized` method is refused where it is called (check/resolve_dyn.cpp).
      if (f.trait >= 0 && k == 0 && out_.traits[need.trait].std == StdTrait::Sized &&
          T_.get(T_.resolve(pick.args[0])).kind == TypeKind::Dyn)
        continue;
      if (!bindings) {
        if (e.kind == ExprKind::MethodCall && f.impl >= 0 && k < outerParamCount(f)) requireImplBoundForMethod(e, pick.args[k], need);
        requireTrait(pick.args[k], need, at);
        boundCallee_[T_.resolve(pick.args[k])] = e.kind == ExprKind::MethodCall ? e.nameSpan : e.operand->span;
        continue;
      }
      for (const auto& [assoc, type] : need.bindings) {  // `I: Iterator<Item = u32>`: the binding must hold too
        TypeId actual = assocTypeOf(pick.args[k], need.trait, assoc, need.args);
        if (T_.get(T_.resolve(actual)).kind != TypeKind::Projection && !unify(actual, type)) mismatch(at, type, actual);
      }
    }
  }
}

// A method of an impl whose own bounds the receiver's type arguments miss
// (`impl<T: Display> Pair<T>` on a `Pair<Opaque>`) is not found at all:
// rustc's E0599 at the method, not the E0277 of a function's bound.
void Resolver::requireImplBoundForMethod(const Expr& e, TypeId arg, const TraitRef& need, BoundsLabel label) {
  if (T_.containsVar(T_.resolveDeep(arg)) || T_.containsParam(T_.resolveDeep(arg)) || implements(arg, need)) return;
  int derefs = 0;
  failUnsatisfiedBounds(e, stripRefs(e.operand->type, &derefs), label);
}

// rustc's E0599 for a method that exists on the receiver's type in an impl
// whose bounds the type's arguments miss, named as rustc names the type's
// kind. Whether rustc also labels the method varies with what else it finds
// to say (a derive to suggest, a second trait with a method of that name):
// each caller passes what rustc 1.95 prints for its method.
void Resolver::failUnsatisfiedBounds(const Expr& e, TypeId receiver, BoundsLabel label) {
  std::string name = typeName(receiver);
  fail(DiagCode::E0599, "the method `" + e.text + "` exists for " + kindAndName(receiver) + ", but its trait bounds were not satisfied",
       e.nameSpan, label == BoundsLabel::CannotBeCalled ? "method cannot be called on `" + name + "` due to unsatisfied trait bounds" : "");
}

// A type as rustc's messages name it, its kind first: struct `Vec<i32>`,
// enum `Option<u8>`, reference `&String`, tuple `(i32, bool)`, type `f64`.
// The learner's generic struct or enum that no impl gives a method
// `method`, named as rustc names it then: by its declaration (`W<T>`, not
// `W<{integer}>`), whichever instance the call was made on. With a
// lifetime parameter, or an impl having the method, as kindAndName(t).
std::string Resolver::kindAndName(TypeId t, const std::string& method) {
  const Type type = T_.get(T_.resolve(t));
  const Generics* generics = type.kind == TypeKind::Struct && T_.structOf(t).decl ? &T_.structOf(t).decl->generics
                             : type.kind == TypeKind::Enum && T_.enumOf(t).decl   ? &T_.enumOf(t).decl->generics
                                                                                  : nullptr;
  if (!generics || !generics->hasTypeParams() ||
      std::any_of(generics->params.begin(), generics->params.end(), [](const GenericParam& p) { return p.isLifetime; }))
    return kindAndName(t);
  for (const ImplInfo& impl : out_.impls) {
    const Type self = T_.get(T_.resolve(impl.self));
    bool same = self.kind == type.kind && (type.kind == TypeKind::Struct ? self.structIndex == type.structIndex : self.enumIndex == type.enumIndex);
    if (same && std::any_of(impl.fns.begin(), impl.fns.end(), [&](int32_t f) { return out_.fns[f].decl->name == method; }))
      return kindAndName(t);
  }
  std::string declared = type.kind == TypeKind::Struct ? T_.structOf(t).name : T_.enumOf(t).name;
  for (size_t i = 0; i < generics->params.size(); ++i) declared += (i ? ", " : "<") + generics->params[i].name;
  return std::string(type.kind == TypeKind::Struct ? "struct" : "enum") + " `" + declared + ">`";
}

std::string Resolver::kindAndName(TypeId t) {
  const Type type = T_.get(T_.resolve(t));
  const char* kind = "struct";  // the learner's structs and std's (Vec, String, HashMap, Cell, ...)
  if (type.kind == TypeKind::Enum || type.kind == TypeKind::Option || type.kind == TypeKind::Result ||
      type.kind == TypeKind::MapEntry || type.kind == TypeKind::BTreeEntry)
    kind = "enum";
  else if (type.kind == TypeKind::Ref) kind = type.isMut ? "mutable reference" : "reference";
  else if (type.kind == TypeKind::Tuple) kind = "tuple";
  else if (type.kind == TypeKind::Unit) kind = "unit type";
  else if (type.kind == TypeKind::Array) kind = "array";
  else if (type.kind == TypeKind::Slice) kind = "slice";
  else if (type.kind == TypeKind::Param) kind = "type parameter";
  else if (type.kind == TypeKind::Dyn) kind = "trait object";
  else if (type.kind == TypeKind::FnPtr) kind = "fn pointer";
  else if (type.kind == TypeKind::Int || type.kind == TypeKind::Float || type.kind == TypeKind::Bool ||
           type.kind == TypeKind::Char || type.kind == TypeKind::Str || type.kind == TypeKind::Never)
    kind = "type";
  return std::string(kind) + " `" + typeName(t) + "`";
}

// A call of a trait's method declaration, once its Self is known: the
// function of the impl that applies, or the trait's provided body.
void Resolver::devirtualize(int32_t* fn, std::vector<TypeId>* args) {
  const FnInfo& f = out_.fns[*fn];
  if (f.trait < 0 || f.impl >= 0) return;
  TypeId self = T_.resolve((*args)[0]);
  if (T_.containsParam(self)) return;
  const TraitInfo& t = out_.traits[f.trait];
  TraitRef r{f.trait, std::vector<TypeId>(args->begin() + 1, args->begin() + 1 + static_cast<long>(t.typeParams.size())), {}, {}};
  std::vector<TypeId> implArgs;
  int32_t impl = findImplFor(self, r, &implArgs);
  if (impl < 0) return;
  for (int32_t candidate : out_.impls[impl].fns)
    if (out_.fns[candidate].decl->name == f.decl->name) {
      std::vector<TypeId> own(args->begin() + static_cast<long>(outerParamCount(f)), args->end());
      *fn = candidate;
      *args = implArgs;
      args->insert(args->end(), own.begin(), own.end());
      return;
    }
}

}  // namespace sh
