// The rules at a closure's edges, where its body meets what it captures.
//
// A captured variable outlives the body: it is the enclosing function's, and
// the closure may be called again after this call returns. So a value
// stored into a captured place (`out.push(x)`, `longest = x`) may not hold
// a borrow of one of the body's own variables, which die with the call
// (E0597 at the borrow; assigned, E0521 at the assignment):
//     let mut f = || { let s = String::from("x"); out.push(&s); };
// And what the body stores into a capture taken by `&mut` is stored into
// the enclosing function's variable: when the closure is made, the borrows
// of the captures it stores (`|| out.push(&s)` keeps `s` borrowed in
// `out`), and at each call, what the arguments hold (`add(&t)` of `|w|
// out.push(w)`), so the borrowed variable may not die or move while that
// variable is still used (E0597, E0505).
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
#include <algorithm>

#include "check/borrow_checker.h"

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
void LifetimeRules::requireStaysInClosure(const Expr& place, const Expr& value, Span at, bool assigns, const std::vector<Borrow>& borrows) const {
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
  if (assigns) {  // rustc words it as the escape of the reference itself
    Diagnostic d;
    d.code = DiagCode::E0521;
    d.message = "borrowed data escapes outside of closure";
    d.labels = {{at, "reference to `" + x + "` escapes the closure body here", true},
                {owned.front().second, "borrow is only valid in the closure body", false}};
    d.explanation = "`" + x + "` lives in the closure's own stack frame, popped when the call returns; `" +
                    fn_->locals[root].name + "` belongs to the enclosing function and would keep a reference to it.";
    throw CompileError(std::move(d));
  }
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

// What the closure returns may not hold the caller's-only borrow of a
// parameter, nor a borrow of what it captures by `&mut`: each call of an
// FnMut may change that again (rustc: "captured variable cannot escape
// `FnMut` closure body", at the value).
void LifetimeRules::requireClosureReturnOwnsNothing(const Expr& value, const std::vector<Borrow>& borrows) const {
  if (fn_->closure < 0 || !refs_.holds(fn_->ret)) return;
  const ClosureInfo& c = p_.closures[fn_->closure];
  auto borrowsMutCapture = [&](const Expr& part) {
    Flows flows;
    flows.wantOwned = true;
    flowInto(part, flows);
    for (int32_t local : flows.capturesBorrowed) {
      int32_t k = fn_->locals[local].capture;
      if (k >= 0 && static_cast<size_t>(k) < c.captures.size() && c.captures[k].mode == CaptureMode::RefMut) return true;
    }
    return false;
  };
  if (borrowsMutCapture(value)) {
    Diagnostic d;
    d.message = "captured variable cannot escape `FnMut` closure body";
    d.labels = {{returnSite(T_, value, borrowsMutCapture).span, "returns a reference to a captured variable which escapes the closure body", true}};
    d.explanation = "The closure changes what it captures by `&mut` each time it is called; a reference it handed out "
                    "earlier would still point into it, so it may not return one.";
    throw CompileError(std::move(d));
  }
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

// ---------------------------------------------------------------- what the body stores where

namespace {

void localsIn(const Expr& e, std::vector<int32_t>& out);

void localsInBlock(const Block& b, std::vector<int32_t>& out) {
  for (const Stmt& s : b.stmts) {
    if (s.init) localsIn(*s.init, out);
    if (s.elseBlock) localsInBlock(*s.elseBlock, out);
  }
  if (b.tail) localsIn(*b.tail, out);
}

// The variables an expression names (a nested closure's: those its environment takes).
void localsIn(const Expr& e, std::vector<int32_t>& out) {
  if (e.kind == ExprKind::Path && e.resolvedKind == static_cast<uint8_t>(Resolved::Local)) out.push_back(e.resolved);
  forEachChild(e, [&](const Expr& c) { localsIn(c, out); }, [&](const Block& b) { localsInBlock(b, out); });
}

// Which variables each of the body's own is made from: a `let`'s bindings
// from what its value names, a pattern's (`for`, `if let`, `match`) from
// what its scrutinee names, as pairs (made, from).
void bindingSources(const Expr& e, std::vector<std::pair<int32_t, int32_t>>& out);

void bindingSourcesOf(const Pattern& p, const Expr& from, std::vector<std::pair<int32_t, int32_t>>& out) {
  std::vector<int32_t> bound, named;
  bindings(p, bound);
  localsIn(from, named);
  for (int32_t b : bound)
    for (int32_t n : named) out.push_back({b, n});
}

void bindingSourcesInBlock(const Block& b, std::vector<std::pair<int32_t, int32_t>>& out) {
  for (const Stmt& s : b.stmts) {
    if (s.kind == StmtKind::Let && s.init) bindingSourcesOf(*s.pattern, *s.init, out);
    if (s.init) bindingSources(*s.init, out);
    if (s.elseBlock) bindingSourcesInBlock(*s.elseBlock, out);
  }
  if (b.tail) bindingSources(*b.tail, out);
}

void bindingSources(const Expr& e, std::vector<std::pair<int32_t, int32_t>>& out) {
  if (e.pattern && e.operand) bindingSourcesOf(*e.pattern, *e.operand, out);
  if (e.kind == ExprKind::Match && e.operand)
    for (const MatchArm& arm : e.arms) bindingSourcesOf(*arm.pattern, *e.operand, out);
  forEachChild(e, [&](const Expr& c) { bindingSources(c, out); }, [&](const Block& b) { bindingSourcesInBlock(b, out); });
}

}  // namespace

// Each store in a closure's body into a captured place, as the captured
// variable's local and each variable the stored value is made from (named
// in it, or through the body's own variables, what those are made from).
std::vector<std::pair<int32_t, int32_t>> BorrowChecker::storesIntoCaptures(const FnInfo& body) const {
  std::vector<std::pair<int32_t, int32_t>> stores, sources;
  storesIntoCaptures(body, *body.decl->body, stores);
  bindingSourcesInBlock(*body.decl->body, sources);
  for (size_t i = 0; i < stores.size(); ++i)  // grows as it goes: each source's own sources in turn
    for (const auto& [made, from] : sources)
      if (made == stores[i].second && std::find(stores.begin(), stores.end(), std::make_pair(stores[i].first, from)) == stores.end())
        stores.push_back({stores[i].first, from});
  return stores;
}

// Each store in a closure's body into a captured place (`out.push(w)`,
// `best = w`, by a std method that may keep its arguments or by an
// assignment), as the captured variable's local (`-2 - local` when the
// assignment replaces the whole variable, which may be a reference then)
// and each variable the stored value names. Nested closures' bodies are
// theirs.
void BorrowChecker::storesIntoCaptures(const FnInfo& body, const Expr& e, std::vector<std::pair<int32_t, int32_t>>& out) const {
  const Expr* place = nullptr;
  std::vector<int32_t> named;
  if (e.kind == ExprKind::MethodCall && e.receiverMode == 2 && e.resolvedKind == static_cast<uint8_t>(Resolved::Method) &&
      !storesNoArgument(e)) {
    place = e.operand.get();
    for (const auto& a : e.args) localsIn(*a, named);
  } else if (e.kind == ExprKind::Assign) {
    place = e.lhs.get();
    localsIn(*e.rhs, named);
  }
  int32_t root = place ? borrowck::placeRoot(T_, body, *place, nullptr) : -1;
  bool replaces = e.kind == ExprKind::Assign && withoutParens(*place).kind == ExprKind::Path;
  if (root >= 0 && body.locals[root].capture >= 0)
    for (int32_t local : named) out.push_back({replaces ? -2 - root : root, local});
  forEachChild(e, [&](const Expr& c) { storesIntoCaptures(body, c, out); },
               [&](const Block& b) { storesIntoCaptures(body, b, out); });
}

void BorrowChecker::storesIntoCaptures(const FnInfo& body, const Block& b, std::vector<std::pair<int32_t, int32_t>>& out) const {
  for (const Stmt& s : b.stmts) {
    if (s.init) storesIntoCaptures(body, *s.init, out);
    if (s.elseBlock) storesIntoCaptures(body, *s.elseBlock, out);
  }
  if (b.tail) storesIntoCaptures(body, *b.tail, out);
}

// The outer variable a capture standing for `into` (a store's, as
// storesIntoCaptures gives it) takes by `&mut`: what the body stores into it
// is stored into that variable. A reference variable holds what is stored
// only when the store replaces it (`best = w`), not through it
// (`r.push(w)` stores into what r points at). -1 for another local.
int32_t BorrowChecker::mutCapturedHolder(const ClosureInfo& c, int32_t into) const {
  bool replaces = into <= -2;
  int32_t inner = replaces ? -2 - into : into;
  for (const Capture& cap : c.captures)
    if (cap.inner == inner && cap.mode == CaptureMode::RefMut && cap.outer >= 0 && (replaces || !isRefLocal(cap.outer))) return cap.outer;
  return -1;
}

// `let mut f = || out.push(&s);`: made here, the closure keeps `s`
// borrowed for its call, where the borrow goes into `out`, so `out`
// holds the borrow of its capture `s` from here on (of what `s` holds
// when `s` is a reference: a `&str` is pushed by value).
void BorrowChecker::holdCapturesStoredInCaptures(const Expr& closure, const std::vector<ArgRange>& fields) {
  int32_t index = p_.types.closureOf(closure.type);
  if (index < 0) return;
  const ClosureInfo& c = p_.closures[index];
  const FnInfo& body = p_.fns[c.fn];
  for (const auto& [into, from] : storesIntoCaptures(body)) {
    int32_t holder = mutCapturedHolder(c, into);
    for (size_t j = 0; holder >= 0 && j < c.captures.size() && j < fields.size(); ++j) {
      const Capture& source = c.captures[j];
      if (source.inner != from || source.outer < 0 || source.outer == holder || source.mode == CaptureMode::Value) continue;
      if (isRefLocal(source.outer)) {
        for (Borrow& b : borrows_)
          if (heldBy(b, source.outer) && !heldBy(b, holder)) b.holders.push_back({holder, UINT32_MAX});
      } else {
        storeRange(holder, fields[j]);
      }
    }
  }
}

// `add(w)` of `let mut add = |w| out.push(w);`: what an argument holds goes
// where the body stores its parameter.
void BorrowChecker::holdArgumentsStoredInCaptures(const Expr& call, const std::vector<ArgRange>& ranges) {
  TypeId callee = T_.resolve(call.operand->type);
  while (T_.get(callee).kind == TypeKind::Ref) callee = T_.resolve(T_.get(callee).args[0]);
  int32_t index = p_.types.closureOf(callee);
  if (index < 0 || p_.closures[index].fnItem) return;
  const ClosureInfo& c = p_.closures[index];
  const FnInfo& body = p_.fns[c.fn];
  for (const auto& [into, from] : storesIntoCaptures(body)) {
    int32_t holder = mutCapturedHolder(c, into);
    for (size_t i = 0; holder >= 0 && i < body.decl->params.size() && i < ranges.size(); ++i) {
      std::vector<int32_t> bound;
      bindings(*body.decl->params[i].pattern, bound);
      if (std::find(bound.begin(), bound.end(), from) != bound.end()) storeRange(holder, ranges[i]);
    }
  }
}

}  // namespace sh::borrowck
