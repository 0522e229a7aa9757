// `impl Trait`, as rustc reads it in the two places the subset takes it.
//
// In a parameter (`fn show(x: impl Display)`) it is an anonymous type
// parameter with those bounds: the function is generic, checked once and
// run as one instance per argument type, exactly as `fn show<T: Display>`.
//
// As a function's or an inherent method's whole result (`fn make_adder(k:
// i32) -> impl Fn(i32) -> i32`, `fn names(&self) -> impl Iterator<Item =
// &str>`) it is one concrete type that the body decides and callers do not see:
// the function's result is a Param named as written, known only by its
// bounds, so a caller can use only what they promise. The function is
// checked before the others, against an inference variable, and what that
// variable becomes is what the opaque type reveals; once a caller is
// checked, its types are revealed (finishFunction), so the run, the
// layouts and `size_of_val` see the concrete type, as compiled code does.
#include <algorithm>
#include <functional>

#include "check/resolver.h"
#include "check/returned_values.h"

namespace sh {

// Every `impl Trait` inside a parameter's type (`&impl Display`,
// `Vec<impl Shape>`): a new type parameter with its bounds, after the named ones.
void Resolver::declareImplTraitParams(const TypeExpr& t, std::vector<TypeId>* params) {
  if (t.kind == TypeExprKind::ImplTrait) {
    TypeId param = T_.paramType(T_.newParam(ParamInfo{text(t.span)}));
    addBound(param, TraitRef{});
    for (const TraitBound& b : t.bounds) addBound(param, lowerTraitBound(b, param));
    implTraitParams_[&t] = param;
    params->push_back(param);
    return;
  }
  for (const auto& e : t.elems)
    if (e) declareImplTraitParams(*e, params);
  for (const PathSegment& s : t.path.segments)
    for (const auto& g : s.generics) declareImplTraitParams(*g, params);
}

TypeId Resolver::declareOpaqueReturn(const TypeExpr& t, const FnInfo& fn) {
  if (fn.isTemplate())  // a trait's method among them (generic over Self)
    fail(DiagCode::None, "`impl Trait` as the result of a generic function or a trait's method is not supported yet", t.span);
  TypeId opaque = T_.paramType(T_.newParam(ParamInfo{text(t.span)}));
  addBound(opaque, TraitRef{});
  for (const TraitBound& b : t.bounds) addBound(opaque, lowerTraitBound(b, opaque));
  opaques_.push_back(opaque);
  revealed_.push_back(kNoType);
  return opaque;
}

bool Resolver::isOpaque(TypeId t) const { return std::find(opaques_.begin(), opaques_.end(), t) != opaques_.end(); }

// The body of a function returning `impl Trait` returns some type that
// must have the bounds (E0277 at the result's type otherwise, as rustc).
TypeId Resolver::beginOpaqueBody(TypeId opaque, const FnDecl& decl) {
  TypeId concrete = T_.newVar(VarKind::Any);
  for (const TraitRef& b : out_.paramBounds[T_.get(opaque).paramIndex].traits) requireTrait(concrete, b, decl.ret->span);
  return concrete;
}

void Resolver::revealOpaque(TypeId opaque, TypeId concrete) {
  auto at = std::find(opaques_.begin(), opaques_.end(), opaque) - opaques_.begin();
  revealed_[static_cast<size_t>(at)] = T_.defaultDeep(concrete);
}

// t with each `impl Trait` result replaced by the type it reveals.
TypeId Resolver::reveal(TypeId t, Span at) {
  if (opaques_.empty() || !T_.containsParam(t) || fn_->isTemplate()) return t;
  for (size_t i = 0; i < opaques_.size(); ++i)
    if (revealed_[i] == kNoType && T_.mentions(t, opaques_[i]))
      fail(DiagCode::None, "using `" + typeName(opaques_[i]) + "` before the function returning it is checked is not supported yet",
           at);
  return T_.subst(t, opaques_, revealed_);
}

// An expression's type revealed; rustc's borrow checker still sees the
// opaque type, which is Copy only if its bounds say so
// (`-> impl Display` returning 5: `let b = a; let c = a;` is E0382).
TypeId Resolver::revealKeepingMoves(Expr& e) {
  TypeId hidden = T_.defaultDeep(e.type);
  TypeId shown = reveal(hidden, e.span);
  e.hidesCopy = shown != hidden && !T_.isCopy(hidden) && T_.isCopy(shown);
  return shown;
}

std::vector<const Expr*> returnedValues(const Block& body) {
  std::vector<const Expr*> returned;
  std::function<void(const Expr*)> value = [&](const Expr* e) {
    while (e && (e->kind == ExprKind::Paren || (e->kind == ExprKind::Block && e->block))) e = e->kind == ExprKind::Paren ? e->operand.get() : e->block->tail.get();
    if (e) returned.push_back(e);
  };
  std::function<void(const Expr&)> findReturns;
  std::function<void(const Block&)> inBlock = [&](const Block& b) {
    for (const Stmt& s : b.stmts) {
      if (s.init) findReturns(*s.init);
      if (s.elseBlock) inBlock(*s.elseBlock);
    }
    if (b.tail) findReturns(*b.tail);
  };
  findReturns = [&](const Expr& e) {
    if (e.kind == ExprKind::Closure) return;  // its `return`s are its own
    if (e.kind == ExprKind::Return) value(e.operand.get());
    forEachChild(e, findReturns, inBlock);
  };
  value(body.tail.get());
  inBlock(body);
  return returned;
}

// A closure returned as `impl Fn` (or boxed as a `Box<dyn Fn>`) that
// borrows the function's variables would point into a frame that is gone
// once it returns. rustc reports it at the closure (E0373) when the
// closure is the returned value itself (or what the returned Box holds),
// and at the borrowed variable's use (E0597) when it was kept in a variable.
void Resolver::rejectEscapingBorrows(TypeId concrete, Block& body) {
  int32_t closure = T_.closureOf(T_.resolve(concrete));
  if (closure < 0) return;
  const ClosureInfo& c = out_.closures[closure];
  auto borrowed = std::find_if(c.captures.begin(), c.captures.end(), [](const Capture& cap) { return cap.mode != CaptureMode::Value; });
  if (borrowed == c.captures.end()) return;
  for (const Expr* e : returnedValues(body)) {
    if (e->kind == ExprKind::Call && e->args.size() == 1 && T_.get(T_.resolve(e->type)).kind == TypeKind::Box) e = e->args[0].get();  // `Box::new(|| ..)`
    if (e->kind == ExprKind::Closure && T_.closureOf(T_.resolve(e->type)) == closure)
      fail(DiagCode::E0373,
           "closure may outlive the current function, but it borrows `" + borrowed->name + "`, which is owned by the current function",
           e->span, "may outlive borrowed value `" + borrowed->name + "`", {{borrowed->firstUse, "`" + borrowed->name + "` is borrowed here", false}});
  }
  fail(DiagCode::E0597, "`" + borrowed->name + "` does not live long enough", borrowed->firstUse, "borrowed value does not live long enough");
}

}  // namespace sh
