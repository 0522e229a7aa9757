// Generic parameters and instances in the resolver.
//
// A generic item declares its parameters as Param types, each with the
// bounds its `<T: Bound>` list and `where` clause give it; its body is
// checked once that way, as rustc checks it, knowing of T only what the
// bounds promise. A call of a generic function records its arguments
// (inference variables until the caller is finished); once they are known
// the call is bound to the instance for them, made on first use: a copy of
// the template's syntax checked again with each parameter replaced, which is
// what runs. Instances are named as rustc's backtraces name them
// (`largest::<i32>`), which the page shows on their frames.
#include <algorithm>

#include "base/limits.h"
#include "check/resolver.h"
#include "syntax/clone.h"

namespace sh {

// The type parameters of `<'a, T: Display, U>`, declared and in scope from
// here on (the caller pops them); lifetimes are left to the borrow checker.
// Bounds are lowered separately (lowerBounds), once every parameter of the
// item is in scope, since `T: PartialOrd<U>` may name a later one.
std::vector<TypeId> Resolver::declareGenerics(const Generics& g, bool) {
  std::vector<TypeId> params;
  for (const GenericParam& p : g.params) {
    if (p.isLifetime) continue;
    for (const TypeId other : params)
      if (T_.param(T_.get(other).paramIndex).name == p.name)
        fail(DiagCode::E0403, "the name `" + p.name + "` is already used for a generic parameter in this item's generic parameters",
             p.span, "already used");
    TypeId t = T_.paramType(T_.newParam(ParamInfo{p.name}));
    params.push_back(t);
    generics_.emplace_back(p.name, t);
  }
  return params;
}

void Resolver::addBound(TypeId param, TraitRef bound) {
  int32_t index = T_.get(param).paramIndex;
  if (out_.paramBounds.size() <= static_cast<size_t>(index)) out_.paramBounds.resize(index + 1);
  if (bound.trait < 0) return;
  out_.paramBounds[index].traits.push_back(std::move(bound));
  // Copy, directly or as a supertrait, makes the parameter's values copied, not moved.
  T_.param(index).isCopy = boundsPromise(param, TraitRef{stdTrait(StdTrait::Copy), {}, {}, {}});
}

// `<T: A + B>` and `where T: C, U: D<T>`: each bound on the parameter it
// names (or the associated type it projects: `where I::Item: Debug`). A
// where-clause on another type holding a parameter (`where Option<T>:
// Debug`) would be assumed in the body and checked at each use: not
// supported yet; on a type without one it is not checked.
void Resolver::lowerBounds(const Generics& g, const std::vector<TypeId>& params) {
  size_t k = 0;
  for (const GenericParam& p : g.params) {
    if (p.isLifetime) continue;
    TypeId param = params[k++];
    addBound(param, TraitRef{});
    for (const TraitBound& b : p.bounds) {
      if (b.maybe) T_.param(T_.get(param).paramIndex).maybeUnsized = true;
      addBound(param, lowerTraitBound(b, param));
    }
  }
  for (const WherePredicate& w : g.predicates) {
    if (!w.type) continue;
    TypeId t = T_.resolve(lowerType(*w.type));
    if (T_.get(t).kind != TypeKind::Param) {
      for (const TraitBound& b : w.bounds) lowerTraitBound(b, t);  // still resolved, for its errors
      bool traitBound = std::any_of(w.bounds.begin(), w.bounds.end(), [](const TraitBound& b) { return b.lifetime.empty(); });
      if (traitBound && T_.get(t).kind != TypeKind::Projection && T_.containsParam(t))
        fail(DiagCode::None, "a `where` bound on `" + text(w.type->span) + "`, a type around a type parameter, is not supported yet",
             w.type->span);
      continue;
    }
    for (const TraitBound& b : w.bounds) {
      if (b.maybe) T_.param(T_.get(t).paramIndex).maybeUnsized = true;
      addBound(t, lowerTraitBound(b, t));
    }
  }
}

// The Param type a name stands for here, innermost first; -1 for none.
int32_t Resolver::lookupGeneric(const std::string& name) const {
  for (auto it = generics_.rbegin(); it != generics_.rend(); ++it)
    if (it->first == name) return it->second;
  return -1;
}

std::vector<TypeId> Resolver::freshVars(size_t n) {
  std::vector<TypeId> vars;
  for (size_t i = 0; i < n; ++i) vars.push_back(T_.newVar(VarKind::Any));
  return vars;
}

std::string Resolver::instanceName(const FnInfo& templ, const std::vector<TypeId>& args) {
  // Methods are named by their self type, which already shows the impl's arguments.
  size_t outer = templ.impl >= 0 ? out_.impls[templ.impl].typeParams.size()
                 : templ.trait >= 0 ? 1 + out_.traits[templ.trait].typeParams.size()
                                    : 0;
  std::string name = templ.name;
  if (templ.selfType != kNoType) {
    TypeId self = T_.subst(templ.selfType, templ.typeParams, args);
    std::string selfName = typeName(self);
    name = (templ.trait >= 0 ? "<" + selfName + " as " + out_.traits[templ.trait].name + ">" : selfName) + "::" + templ.decl->name;
  }
  if (args.size() > outer) {
    name += "::<";
    for (size_t i = outer; i < args.size(); ++i) name += (i > outer ? ", " : "") + typeName(args[i]);
    name += ">";
  }
  return name;
}

// The instance of template `fn` for `args`, made and queued for checking on
// first use.
int32_t Resolver::instantiate(int32_t fn, const std::vector<TypeId>& args, Span at) {
  auto key = std::make_pair(fn, args);
  auto found = instances_.find(key);
  if (found != instances_.end()) return found->second;
  if (instances_.size() >= limits::kMaxInstances)
    fail(DiagCode::None, "generic functions instantiated more than " + std::to_string(limits::kMaxInstances) +
                 " ways are not supported yet", at);
  const FnInfo& templ = out_.fns[fn];
  FnInfo inst;
  inst.ownDecl = cloneSyntax(*templ.decl);
  inst.decl = inst.ownDecl.get();
  inst.name = instanceName(templ, args);
  inst.templateFn = fn;
  inst.typeArgs = args;
  inst.impl = templ.impl;
  inst.trait = templ.trait;
  inst.isStd = templ.isStd;
  inst.tracksCaller = templ.tracksCaller;
  inst.lifetimes = templ.lifetimes;
  inst.selfType = templ.selfType == kNoType ? kNoType : normalize(T_.subst(templ.selfType, templ.typeParams, args));
  for (TypeId p : templ.paramTypes) inst.paramTypes.push_back(normalize(T_.subst(p, templ.typeParams, args)));
  inst.ret = normalize(T_.subst(templ.ret, templ.typeParams, args));
  auto index = static_cast<int32_t>(out_.fns.size());
  fnBodies_.push_back(inst.ownDecl->body.get());
  out_.fns.push_back(std::move(inst));
  instances_.emplace(std::move(key), index);
  instanceQueue_.push_back(index);
  instanceSpans_.push_back(at);
  return index;
}

// Binds the current function's calls of templates to their instances, now
// that its types are known. A template's own calls stay unbound: it never runs.
void Resolver::resolvePendingCalls() {
  std::vector<PendingCall> calls = std::move(pendingCalls_);
  pendingCalls_.clear();
  for (PendingCall& c : calls) {
    for (TypeId& a : c.args) a = normalize(reveal(T_.defaultDeep(a), c.call->span));
    if (fn_->isTemplate() || std::any_of(c.args.begin(), c.args.end(), [&](TypeId a) { return T_.containsParam(a); }))
      continue;
    if (out_.fns[c.fn].isStdInherent() && !out_.fns[c.fn].isTemplate()) {
      c.call->resolved = instantiate(c.fn, c.args, c.call->span);
      continue;
    }
    if (T_.get(T_.resolve(c.args[0])).kind == TypeKind::Dyn && out_.fns[c.fn].trait >= 0 && out_.fns[c.fn].impl < 0) {
      callThroughVtable(*c.call, c.fn);
      continue;
    }
    devirtualize(&c.fn, &c.args);
    const FnInfo& f = out_.fns[c.fn];
    if (!f.decl->body) {  // a trait's method that std implements for this type natively
      if (f.trait >= 0 && out_.traits[f.trait].std == StdTrait::Default && c.call->kind == ExprKind::Call) {
        c.call->resolvedKind = static_cast<uint8_t>(Resolved::Builtin);
        c.call->resolved = static_cast<int32_t>(BuiltinFn::DefaultDefault);
        c.call->operand->type = c.args[0];
        continue;
      }
      if (f.trait >= 0 && callsStdFormatting(*c.call, out_.traits[f.trait].std)) continue;
      fail(DiagCode::None, "calling `" + out_.traits[f.trait].name + "::" + f.decl->name + "` on `" + typeName(c.args[0]) +
                   "` through its trait is not supported yet",
           c.call->span);
    }
    c.call->resolved = f.isTemplate() ? instantiate(c.fn, c.args, c.call->span) : c.fn;
  }
}

// `fmt::Display::fmt(&self.0, f)`, or `x.fmt(f)` of a `T: Debug` instance,
// once Self is a type std or a derive formats: std's impl, run natively.
bool Resolver::callsStdFormatting(Expr& call, StdTrait trait) {
  bool display = trait == StdTrait::Display;
  if (!display && trait != StdTrait::Debug) return false;
  bool byPath = call.kind == ExprKind::Call;
  call.resolvedKind = static_cast<uint8_t>(byPath ? Resolved::Builtin : Resolved::Method);
  call.resolved = byPath ? static_cast<int32_t>(display ? BuiltinFn::DisplayFmtByPath : BuiltinFn::DebugFmtByPath)
                         : static_cast<int32_t>(display ? BuiltinMethod::DisplayFmt : BuiltinMethod::DebugFmt);
  return true;
}

void Resolver::checkInstances() {
  for (; instancesChecked_ < instanceQueue_.size(); ++instancesChecked_) checkInstance(instanceQueue_[instancesChecked_]);
}

// An instance is checked like any function, with its template's parameters
// standing for its arguments. The template was checked already, so an error
// here is a limit of ours, not the learner's mistake: it is reported as
// unsupported, at the call that made the instance.
void Resolver::checkInstance(int32_t index) {
  const FnInfo& inst = out_.fns[index];
  const FnInfo& templ = out_.fns[inst.templateFn];
  substParams_ = templ.typeParams;
  substArgs_ = inst.typeArgs;
  generics_.clear();
  for (TypeId p : templ.typeParams) generics_.emplace_back(T_.param(T_.get(p).paramIndex).name, p);
  Span madeAt;
  for (size_t i = 0; i < instanceQueue_.size(); ++i)
    if (instanceQueue_[i] == index) madeAt = instanceSpans_[i];
  try {
    checkFunction(index);
  } catch (const CompileError& e) {
    // What the template's own check found to write through a place that may not be written
    // (`f()` of an `F: FnMut` not declared `mut`) is the learner's error, which the instance met first.
    const std::vector<Diagnostic>& own = out_.fns[inst.templateFn].mutabilityErrors;
    if (!own.empty())
      throw CompileError(*std::min_element(own.begin(), own.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.primarySpan().start < b.primarySpan().start;
      }));
    fail(DiagCode::None, "this use of `" + inst.name + "` is not supported yet (" + e.diagnostic.message + ")", madeAt);
  }
  substParams_.clear();
  substArgs_.clear();
  generics_.clear();
}

// `arg.as_ref()` in an instance of `fn f<T: AsRef<str>>(arg: T)` (or
// `as_mut` of a `T: AsMut<U>`): the template chose the method by the
// bound, and the instance runs std's impl for the type T stands for. Each
// of std's impls (String's, Vec's, an array's, a Box's, a reference's
// through its target's) borrows its receiver as the target, which is the
// borrow `&arg` (`&mut *arg` through a `&mut T`) coerced to `&U`: the call
// becomes that borrow, in parentheses that hold its coerced type. The receiver's type is that of the bound's
// parameter, or a reference to it; false for any other call.
bool Resolver::borrowsAsBoundTarget(Expr& e, TypeId receiver) {
  bool asMut = e.text == "as_mut";
  if ((!asMut && e.text != "as_ref") || !e.args.empty() || fn_->templateFn < 0 || substParams_.empty()) return false;
  TypeId r = T_.resolve(receiver);
  const Type& recv = T_.get(r);
  StdTrait wanted = asMut ? StdTrait::AsMut : StdTrait::AsRef;
  for (TypeId p : substParams_)
    for (const TraitRef& b : out_.paramBounds[T_.get(p).paramIndex].traits) {
      if (out_.traits[b.trait].std != wanted || b.args.empty()) continue;
      TypeId self = T_.resolve(T_.subst(p, substParams_, substArgs_));
      bool throughRef = r != self && recv.kind == TypeKind::Ref && T_.resolve(recv.args[0]) == self && (recv.isMut || !asMut);
      if (r != self && !throughRef) continue;
      TypeId target = T_.subst(b.args[0], substParams_, substArgs_);
      if (throughRef) wrapInPlace(*e.operand, ExprKind::Deref, self, false);
      wrapInPlace(*e.operand, ExprKind::Ref, T_.refTo(self, asMut), asMut);  // the borrow, coerced inside the call's place
      if (asMut) requireMutablePlace(*e.operand->operand, e.span, "borrow");
      e.kind = ExprKind::Paren;
      e.type = coerce(*e.operand, e.operand->type, T_.refTo(target, asMut));
      return true;
    }
  return false;
}

}  // namespace sh
