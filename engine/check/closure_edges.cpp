// The rules at a closure's edges, where its body meets what it captures.
//
// A captured variable outlives the body: it is the enclosing function's, and
// the closure may be called again after this call returns. So a value
// stored into a captured place (`out.push(x)`, `longest = x`) may not hold
// a borrow of one of the body's own variables, which die with the call
// (E0597, at the borrow):
//     let mut f = || { let s = String::from("x"); out.push(&s); };
//
// A closure bound by a `let` without a type, where no bound or `fn` type
// gives it a signature, takes the signature its parameters are written
// with, and a reference they leave unnamed (`|w: &str|`) is one of any
// lifetime the caller picks — it may end as soon as the call does. So the
// body may store it (or what is read out of it) into nothing it captures
// (E0521, at the store), nor return it (rustc's "lifetime may not live long
// enough", at the value):
//     let mut add = |w: &str| out.push(w);      // E0521
//     let first = |w: &str| w;                  // lifetime may not live long enough
// Passed straight to a std method or a function with an `Fn` bound (`for_each(|w: &str|
// out.push(w))`), the closure's signature is the bound's, which names the
// items' own lifetime: no such rule applies there.
#include "check/borrow_facts.h"

namespace sh::borrowck {

namespace {

// Whether a written type has a reference without a named lifetime
// (`&str`, `&'_ T`, `Vec<&str>`), not counting a `fn` pointer's own.
bool leavesReferenceUnnamed(const TypeExpr& t) {
  if (t.kind == TypeExprKind::Ref && (t.lifetime.empty() || t.lifetime == "_")) return true;
  if (t.kind == TypeExprKind::FnPtr) return false;
  for (const TypeExprPtr& e : t.elems)
    if (e && leavesReferenceUnnamed(*e)) return true;
  for (const PathSegment& s : t.path.segments)
    for (const TypeExprPtr& g : s.generics)
      if (g && leavesReferenceUnnamed(*g)) return true;
  return false;
}

}  // namespace

// Each parameter of a closure with a signature of its own whose written type
// leaves a reference unnamed holds a borrow that is the caller's only.
void LifetimeRules::holdClosureParameterBorrows(const FnInfo& fn, std::vector<Borrow>& borrows) const {
  if (fn.closure < 0 || !p_.closures[fn.closure].ownSignature) return;
  for (size_t i = 0; i < fn.decl->params.size(); ++i) {
    const Param& param = fn.decl->params[i];
    if (!param.type || !leavesReferenceUnnamed(*param.type)) continue;
    std::vector<int32_t> bound;
    bindings(*param.pattern, bound);
    Borrow b;
    b.closureParam = static_cast<int32_t>(i);
    for (int32_t local : bound) b.holders.push_back({local, UINT32_MAX});
    borrows.push_back(b);
  }
}

// `value` is stored at `at` into `place`: when that is a captured
// variable's, it may hold neither a borrow of the body's own variables nor
// the caller's-only borrow of a parameter.
void LifetimeRules::requireStaysInClosure(const Expr& place, const Expr& value, Span at, const std::vector<Borrow>& borrows) const {
  if (fn_->closure < 0 || !refs_.holds(value.type)) return;
  int32_t root = placeRoot(T_, *fn_, place, nullptr, nullptr);
  if (root < 0 || fn_->locals[root].capture < 0) return;
  Flows flows;
  flows.wantOwned = true;
  flowInto(value, flows);
  for (const auto& [local, span] : flows.readers)
    for (const Borrow& b : borrows)
      if (b.closureParam >= 0 && heldBy(b, local)) reportEscapeFromClosure(root, b, at);
  std::vector<std::pair<int32_t, Span>> owned;
  for (const auto& [local, span] : flows.owned)
    if (fn_->locals[local].capture < 0) owned.push_back({local, span});
  for (const auto& [local, span] : flows.readers)
    for (const Borrow& b : borrows)
      if (b.local >= 0 && b.param < 0 && fn_->locals[b.local].capture < 0 && !isRefLocal(b.local) && heldBy(b, local))
        owned.push_back({b.local, b.span});
  if (owned.empty()) return;
  const std::string& x = fn_->locals[owned.front().first].name;
  Span close{fn_->decl->body->span.end - 1, fn_->decl->body->span.end};
  Diagnostic d;
  d.code = DiagCode::E0597;
  d.message = "`" + x + "` does not live long enough";
  d.labels = {{owned.front().second, "borrowed value does not live long enough", true},
              {at, "argument requires that `" + x + "` is borrowed for as long as `" + fn_->locals[root].name + "` lives", false},
              {close, "`" + x + "` dropped here while still borrowed", false}};
  d.explanation = "`" + x + "` lives in the closure's own stack frame, popped when the call returns; `" +
                  fn_->locals[root].name + "` belongs to the enclosing function and would keep a reference to it.";
  throw CompileError(std::move(d));
}

void LifetimeRules::reportEscapeFromClosure(int32_t captured, const Borrow& b, Span at) const {
  const Pattern& p = *fn_->decl->params[b.closureParam].pattern;
  std::string name = p.kind == PatternKind::Binding ? p.name : std::string(file_.slice(p.span));
  Diagnostic d;
  d.code = DiagCode::E0521;
  d.message = "borrowed data escapes outside of closure";
  d.labels = {{at, "`" + name + "` escapes the closure body here", true},
              {p.span, "`" + name + "` is a reference that is only valid in the closure body", false}};
  d.explanation = "The closure's signature lets its caller lend `" + name + "` for as short a time as the call; `" +
                  fn_->locals[captured].name + "` outlives the call, so it may not keep that reference.";
  throw CompileError(std::move(d));
}

// What the closure returns may not hold the caller's-only borrow of a parameter.
void LifetimeRules::requireClosureReturnOwnsNothing(const Expr& value, const std::vector<Borrow>& borrows) const {
  if (fn_->closure < 0 || !refs_.holds(fn_->ret)) return;
  auto offends = [&](const Expr& part) {
    Flows flows;
    flowInto(part, flows);
    for (const auto& [local, span] : flows.readers)
      for (const Borrow& b : borrows)
        if (b.closureParam >= 0 && heldBy(b, local)) return true;
    return false;
  };
  if (!offends(value)) return;
  Diagnostic d;
  d.message = "lifetime may not live long enough";
  d.labels = {{returnSite(T_, value, offends).span, "returning this value requires that the parameter's borrow outlives the call", true}};
  d.explanation = "The closure's signature lets its caller lend its parameter for as short a time as the call, so "
                  "its result may not keep that reference: give the closure's parameter no type, or pass the closure "
                  "straight to what calls it.";
  throw CompileError(std::move(d));
}

}  // namespace sh::borrowck
