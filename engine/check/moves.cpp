// Ownership: use after move (E0382), reading an uninitialised binding
// (E0381) and assigning twice to an immutable binding (E0384).
//
// A forward walk over each function in evaluation order, tracking for every
// local whether it is initialised and whether (part of) it has been moved
// out. Branches are walked separately and joined (a value moved on one path
// counts as moved after the join, as in rustc); a loop body is walked twice,
// so a move in one iteration is seen by the next ("value moved here, in
// previous iteration of loop"). Code after `return`, `break`, `continue` or
// a panic is unreachable and takes no part in a join.
//
// Borrows (two `&mut`, mutation while shared, ...) are a later pass; this one
// only knows which values still exist.
//
// Errors are collected, not thrown, and chosen as rustc's borrow checker
// chooses them: it visits a function's MIR in reverse postorder (RpoOrder
// below ranks the syntax tree the same way: an `else` before its `then`, the
// code after a `for` or `while` loop before the loop's body), keeps one
// use-after-move error per set of moves that reach the use (a later use of
// a place that is a prefix of the one reported is dropped, otherwise the
// later replaces it), and reports them sorted by position.
#include <algorithm>
#include <climits>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>

#include "check/checker.h"
#include "check/pattern_parts.h"

namespace sh {

namespace {

struct LocalState {
  bool declared = false;
  bool init = false;
  bool maybeInit = false;  // initialised on some path only
  std::optional<Span> movedAt;
  std::vector<uint32_t> moveSites;  // where it may have been moved out as a whole, on any path
  bool movedInLoop = false;   // moved in an earlier iteration of an enclosing loop
  bool partial = false;       // only a field was moved out
  bool contentsOnly = false;  // what moved was `*b`, a Box's contents: `*b = v` gives it all back
  // Moved as a whole, then parts given a value again (`p.x = v`: "x";
  // `*b = v`: "*"), rustc's move paths below the moved one: uses inside
  // them are no errors.
  std::vector<std::string> reinit;
  std::vector<std::pair<std::string, Span>> movedFields;  // "name", "0", "a.b": fields moved out, and where
  bool assigned = false;      // has been given a value (for E0384)
  std::optional<Span> firstAssign;
};

struct FlowState {
  std::vector<LocalState> locals;
  bool reachable = true;
};

// What is given a value again after a join: what both ways did, or
// what one did where the other never moved the whole.
std::vector<std::string> joinReinit(const LocalState& a, const LocalState& b) {
  if (!a.movedAt) return b.reinit;
  if (!b.movedAt) return a.reinit;
  std::vector<std::string> out;
  for (const std::string& p : a.reinit)
    if (std::find(b.reinit.begin(), b.reinit.end(), p) != b.reinit.end()) out.push_back(p);
  return out;
}

// Whether a place (a field path, "*" through a Box) lies inside a part of
// a moved local that was given a value again.
bool reinitialised(const LocalState& s, const std::string& path) {
  if (path.empty()) return false;
  return std::any_of(s.reinit.begin(), s.reinit.end(),
                     [&](const std::string& r) { return path == r || path.rfind(r + ".", 0) == 0; });
}

FlowState join(const FlowState& a, const FlowState& b) {
  if (!a.reachable) return b;
  if (!b.reachable) return a;
  FlowState out = a;
  for (size_t i = 0; i < out.locals.size(); ++i) {
    LocalState& o = out.locals[i];
    const LocalState& x = b.locals[i];
    o.maybeInit = (a.locals[i].init || a.locals[i].maybeInit || x.init || x.maybeInit) && !(a.locals[i].init && x.init);
    o.init = a.locals[i].init && x.init;
    for (const auto& f : x.movedFields)
      if (std::none_of(o.movedFields.begin(), o.movedFields.end(), [&](const auto& g) { return g.first == f.first; }))
        o.movedFields.push_back(f);
    o.reinit = joinReinit(a.locals[i], x);
    if (!o.movedAt && x.movedAt) {
      o.movedAt = x.movedAt;
      o.movedInLoop = x.movedInLoop;
      o.partial = x.partial;
      o.contentsOnly = x.contentsOnly;
    } else if (o.movedAt && x.movedAt) {
      o.contentsOnly = o.contentsOnly && x.contentsOnly;
    }
    for (uint32_t site : x.moveSites)
      if (std::find(o.moveSites.begin(), o.moveSites.end(), site) == o.moveSites.end()) o.moveSites.push_back(site);
    o.assigned = a.locals[i].assigned || x.assigned;
    if (!o.firstAssign) o.firstAssign = x.firstAssign;
  }
  return out;
}

// The order rustc's borrow checker visits a function in: the reverse
// postorder of its MIR. A branch's targets come in order, and a join after
// all of them; a test's targets are its false then its true one, a
// match's its arms in order, `if let`'s its `then` then its `else`. The
// depth-first search behind the order takes a branch's last target first,
// so the code after the branch belongs to the target it reaches first: a
// loop in another target has its body visited at that target's end, one in
// the first-reached at the end of what follows. Which of an `if`'s or a
// `while`'s two ways the search reaches first depends on how rustc lowers
// the condition: a plain test reaches its true way first, `!c` swaps c's
// ways, `a && b` tests b on a's true way and `a || b` on a's false way
// (ThenReachedFirst). A `for` loop's exit comes before its body, so the
// body is visited after everything the exit leads to that was not visited
// already; a `loop` or `while let` body comes first. Each expression is
// ranked by the position of its first character.
class RpoOrder {
 public:
  explicit RpoOrder(const Block& body) {
    unit([&] { block(body); });
  }
  size_t rankOf(Span at) const {
    auto it = rank_.find(at.start);
    return it == rank_.end() ? SIZE_MAX : it->second;
  }

 private:
  // A stretch of code whose deferred loop bodies run after it, latest first.
  void unit(const std::function<void()>& body) {
    std::vector<std::function<void()>> deferred;
    std::swap(deferred, deferred_);
    body();
    while (!deferred_.empty()) {
      std::function<void()> next = std::move(deferred_.back());
      deferred_.pop_back();
      unit(next);
    }
    deferred_ = std::move(deferred);
  }
  void mark(const Expr& e) { rank_.emplace(e.span.start, rank_.size()); }
  void block(const Block& b) {
    for (const Stmt& s : b.stmts) {
      if (s.init) expr(*s.init);
      if (s.elseBlock) {
        const Block* otherwise = s.elseBlock.get();
        deferred_.push_back([this, otherwise] { block(*otherwise); });
      }
    }
    if (b.tail) expr(*b.tail);
  }
  void expr(const Expr& e) {
    mark(e);
    switch (e.kind) {
      case ExprKind::If: {
        expr(*e.operand);
        const Block& then = *e.block;
        if (!thenReachedFirst(*e.operand)) {
          if (!e.elseBranch) return unit([&] { block(then); });
          unit([&] { block(then); });
          expr(*e.elseBranch);
        } else {
          if (e.elseBranch) unit([&] { expr(*e.elseBranch); });
          block(then);
        }
        return;
      }
      case ExprKind::IfLet: {
        expr(*e.operand);
        const Block& then = *e.block;
        unit([&] { block(then); });
        if (e.elseBranch) expr(*e.elseBranch);
        return;
      }
      case ExprKind::While: case ExprKind::For: {
        expr(*e.operand);
        const Block* body = e.block.get();
        if (e.kind == ExprKind::While && !thenReachedFirst(*e.operand)) return unit([&] { block(*body); });
        deferred_.push_back([this, body] { block(*body); });
        return;
      }
      case ExprKind::Match:
        expr(*e.operand);
        for (size_t i = 0; i < e.arms.size(); ++i) {
          const MatchArm& arm = e.arms[i];
          auto visitArm = [&] {
            if (arm.guard) expr(*arm.guard);
            expr(*arm.body);
          };
          if (i + 1 < e.arms.size()) unit(visitArm); else visitArm();
        }
        return;
      default: break;
    }
    for (const Expr* c : {e.operand.get(), e.lhs.get(), e.rhs.get()})
      if (c) expr(*c);
    for (const auto& a : e.args) expr(*a);
    for (const FieldInit& f : e.fields) expr(*f.value);
    if (e.structBase) expr(*e.structBase);
    if (e.block) block(*e.block);
    if (e.elseBranch) expr(*e.elseBranch);
  }

  std::unordered_map<uint32_t, size_t> rank_;
  std::vector<std::function<void()>> deferred_;
};

class MoveChecker {
 public:
  MoveChecker(const Checked& program, const SourceFile& file) : p_(program), T_(program.types), file_(file) {}

  // The function's errors, each a report rustc would make.
  std::vector<Diagnostic> checkFunction(const FnInfo& fn) {
    fn_ = &fn;
    state_ = FlowState{};
    state_.locals.assign(fn.locals.size(), LocalState{});
    found_.clear();
    assignments_.assign(fn.locals.size(), {});
    branchesFrom_.clear();
    RpoOrder order(*fn.decl->body);
    order_ = &order;
    for (size_t i = 0; i < fn.locals.size(); ++i) {
      if (fn.locals[i].name != "self" && fn.locals[i].capture < 0) continue;  // a closure's captures hold values from the start
      declare(static_cast<int32_t>(i), true, fn.locals[i].span);
    }
    for (const Param& param : fn.decl->params) bindPattern(*param.pattern, true);
    visitBlock(*fn.decl->body, true);
    order_ = nullptr;
    return chosenErrors();
  }

 private:
  // An error found at a use: for E0382 the moves that reach it and the
  // place used (a local and a field path), which decide which one is kept.
  struct Found {
    Diagnostic diagnostic;
    size_t rank = 0;
    bool moved = false;                // E0382
    bool uninit = false;               // E0381
    Span usedAt;                       // E0381: the use
    std::vector<uint32_t> moveSites;   // E0382: sorted
    int32_t local = -1;
    std::string path;
  };

  void record(Diagnostic d, Span at) {
    Found f;
    f.diagnostic = std::move(d);
    f.rank = order_ ? order_->rankOf(at) : 0;
    found_.push_back(std::move(f));
  }

  // rustc's choice among the errors found, in its visiting order.
  std::vector<Diagnostic> chosenErrors() {
    std::stable_sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) { return a.rank < b.rank; });
    std::vector<const Found*> kept;
    std::vector<int32_t> uninitReported;
    for (const Found& f : found_) {
      if (f.uninit) {
        if (std::find(uninitReported.begin(), uninitReported.end(), f.local) != uninitReported.end()) continue;
        uninitReported.push_back(f.local);
      }
      if (f.moved) {
        auto same = std::find_if(kept.begin(), kept.end(), [&](const Found* k) { return k->moved && k->moveSites == f.moveSites; });
        if (same != kept.end()) {
          const Found& reported = **same;
          bool prefix = reported.local == f.local &&
                        (f.path.empty() || reported.path == f.path || reported.path.rfind(f.path + ".", 0) == 0);
          if (prefix) continue;
          *same = &f;
          continue;
        }
      }
      kept.push_back(&f);
    }
    std::vector<Diagnostic> out;
    for (const Found* f : kept) {
      out.push_back(f->diagnostic);
      if (f->uninit) wordUninit(out.back(), f->local, f->usedAt);
    }
    return out;
  }

  // An assignment to a whole local, and where the `if`s and `match`es
  // around it begin.
  struct Assignment {
    Span at;
    std::vector<uint32_t> branchesFrom;
  };

  // rustc words E0381 "is possibly-uninitialized" when the local is
  // assigned somewhere else in the body (before the use or after it), and
  // "isn't initialized" when it never is, or only in a branch of an `if` or
  // a `match` that comes after the use (its ConditionVisitor's notes).
  void wordUninit(Diagnostic& d, int32_t local, Span used) const {
    auto elsewhere = [&](const Assignment& a) {
      bool containsUse = a.at.start <= used.start && used.end <= a.at.end;
      bool branchAfter = std::any_of(a.branchesFrom.begin(), a.branchesFrom.end(), [&](uint32_t from) { return from > used.start; });
      return !containsUse && !branchAfter;
    };
    bool maybe = std::any_of(assignments_[local].begin(), assignments_[local].end(), elsewhere);
    const std::string& name = fn_->locals[local].name;
    const char* state = maybe ? "is possibly-uninitialized" : "isn't initialized";
    d.message = "used binding `" + name + "` " + state;
    d.labels[0].text = "`" + name + "` used here but it " + state;
  }
  // How a place is used; PartAssign: a field of it is assigned (`p.x = 1`).
  enum class Use { Move, Copy, Borrow, PartAssign };

  void declare(int32_t local, bool init, Span at) {
    LocalState s;
    s.declared = true;
    s.init = init;
    s.assigned = init;
    if (init) s.firstAssign = at;
    state_.locals[local] = s;
  }

  void bindPattern(const Pattern& p, bool init) {
    if (p.local >= 0) declare(p.local, init, p.span);
    if (p.subpattern) bindPattern(*p.subpattern, init);
    for (const auto& e : p.elems) bindPattern(*e, init);
    for (const auto& f : p.fields) bindPattern(*f.pattern, init);
  }

  // Whether a pattern takes ownership of (part of) the matched value: a
  // binding by value of a type that is not Copy.
  bool patternMoves(const Pattern& p) const {
    if (p.local >= 0 && !p.bindsByRef && !T_.isCopy(fn_->locals[p.local].type)) return true;
    if (p.subpattern && patternMoves(*p.subpattern)) return true;
    for (const auto& e : p.elems)
      if (patternMoves(*e)) return true;
    for (const auto& f : p.fields)
      if (patternMoves(*f.pattern)) return true;
    return false;
  }

  // The local at the root of a matched place and the path below it, or -1
  // when the matched expression is not such a place (a call, a temporary,
  // a place through a reference or a Box).
  int32_t matchedRoot(const Expr& e, std::string* path) const {
    if (e.kind != ExprKind::Path && e.kind != ExprKind::Field && e.kind != ExprKind::TupleField && e.kind != ExprKind::Paren)
      return -1;
    return rootLocal(e, path);
  }

  // `*b` (or `(*b)`) of a Box local: matched by arms that move nothing, its
  // tests and bindings read what b holds, each where it reads (a literal's
  // test at the match, a binding at the binding; `_` reads nothing).
  int32_t boxHolding(const Expr& e, std::string* path) const {
    const Expr* cur = &withoutParens(e);
    if (cur->kind != ExprKind::Deref) return -1;
    const Expr* boxed = &withoutParens(*cur->operand);
    if (boxed->kind != ExprKind::Path || T_.get(T_.resolve(boxed->type)).kind != TypeKind::Box) return -1;
    return rootLocal(*boxed, path);
  }

  // The tests of a pattern on a matched place: the parts it reads before an
  // arm is chosen. `start` is where the match starts (rustc points a value's
  // test there).
  void testParts(int32_t root, const std::string& path, const Expr& matched, Span start, const Pattern& p, bool throughBox = false) {
    std::vector<PatternPart> parts;
    patternParts(T_, *fn_, p, path, parts);
    for (const PatternPart& part : parts) {
      if (part.local >= 0) continue;
      Span at = part.where == PartSpan::Scrutinee ? matched.span : part.where == PartSpan::MatchStart ? start : part.at;
      useLocal(root, at, part.access == PartAccess::Borrow ? Use::Borrow : Use::Copy, part.path, throughBox);
    }
  }
  // What an arm's (or a `let`'s) bindings take out of the matched place.
  // Each binding is checked against what the pattern's earlier bindings took
  // (those of another alternative of an or-pattern never happen with it);
  // afterwards the place has lost what any alternative took.
  void bindParts(int32_t root, const std::string& path, const Pattern& p, bool throughBox = false) {
    std::vector<PatternPart> parts;
    patternParts(T_, *fn_, p, path, parts);
    std::erase_if(parts, [](const PatternPart& part) { return part.local < 0; });
    FlowState before = state_;
    for (size_t i = 0; i < parts.size(); ++i) {
      state_ = before;
      size_t errors = found_.size();
      for (size_t j = 0; j < i; ++j)
        if (!exclusiveAlternatives(parts[i].alternatives, parts[j].alternatives)) takePart(root, parts[j], throughBox);
      found_.erase(found_.begin() + static_cast<std::ptrdiff_t>(errors), found_.end());
      takePart(root, parts[i], throughBox);
    }
    state_ = before;
    size_t errors = found_.size();
    for (const PatternPart& part : parts) takePart(root, part, throughBox);
    found_.erase(found_.begin() + static_cast<std::ptrdiff_t>(errors), found_.end());
  }
  void takePart(int32_t root, const PatternPart& part, bool throughBox = false) {
    switch (part.access) {
      case PartAccess::Move: useLocal(root, part.at, Use::Move, part.path, throughBox); break;
      case PartAccess::Copy: case PartAccess::Read: useLocal(root, part.at, Use::Copy, part.path, throughBox); break;
      case PartAccess::Borrow: case PartAccess::BorrowMut: useLocal(root, part.at, Use::Borrow, part.path, throughBox); break;
    }
  }

  // `field`: the part named in the message (a field moved out on its own);
  // `usedPath`: the part of the local the use touches (for choosing errors).
  void reportMoved(int32_t local, Span at, Use use, Span movedAt, bool partial, const std::string& field = "",
                   std::vector<uint32_t> sites = {}, const std::string& usedPath = "") {
    const LocalState& s = state_.locals[local];
    const LocalInfo& info = fn_->locals[local];
    Diagnostic d;
    d.code = DiagCode::E0382;
    std::string partly = partial ? "partially moved" : "moved";
    // A use of `*b` after `*b` itself moved out (a Box's contents, not the
    // Box) is named so: "borrow of moved value: `*b`".
    bool contents = s.contentsOnly && usedPath.rfind('*', 0) == 0;
    std::string what = contents ? "*" + placeName(info.name, usedPath.substr(1)) : placeName(info.name, field);
    // A part inside an enum's variant (`while let Some(x) = s` moving `x` again) has no name rustc prints.
    bool named = contents || field.find("as ") == std::string::npos;  // a variant's step is "as V"
    d.message = std::string(use == Use::Borrow ? "borrow of " : use == Use::PartAssign ? "assign to part of " : "use of ") + partly +
                " value" + (named ? ": `" + what + "`" : "");
    bool sameSite = movedAt.start == at.start && movedAt.end == at.end;  // moved by itself in an earlier iteration
    std::string after = std::string(partial ? "partial " : "") + "move";
    d.labels.push_back({at, sameSite ? "value moved here, in previous iteration of loop"
                            : use == Use::Borrow     ? "value borrowed here after " + after
                            : use == Use::PartAssign ? "value partially assigned here after " + after
                                                     : "value used here after " + after,
                        true});
    if (!partial)
      d.labels.push_back({info.span, "move occurs because `" + info.name + "` has type `" + T_.name(info.opaque != kNoType ? info.opaque : info.type) +
                                         "`, which does not implement the `Copy` trait",
                          false});
    if (!sameSite)
      d.labels.push_back({movedAt, s.movedInLoop ? "value moved here, in previous iteration of loop" : "value moved here", false});
    d.explanation = "`" + info.name + "` no longer owns anything: its heap data now belongs to the value it was moved into, "
                    "so reading it here would read memory that is no longer its own.";
    record(std::move(d), at);
    Found& f = found_.back();
    f.moved = true;
    if (sites.empty()) sites.push_back(movedAt.start);
    std::sort(sites.begin(), sites.end());
    f.moveSites = std::move(sites);
    f.local = local;
    f.path = usedPath.empty() ? field : usedPath;
  }

  // Worded once the whole body is walked (wordUninit).
  void reportUninit(int32_t local, Span at) {
    const LocalInfo& info = fn_->locals[local];
    Diagnostic d;
    d.code = DiagCode::E0381;
    d.labels.push_back({at, "", true});
    d.labels.push_back({info.span, "binding declared here but left uninitialized", false});
    record(std::move(d), at);
    found_.back().uninit = true;
    found_.back().local = local;
    found_.back().usedAt = at;
  }

  // A use of a local, or of the field `path` inside it ("" for all of it).
  // `throughDeref`: the use is of `*local` (a Box's contents), a place of
  // its own when rustc chooses among its errors.
  void useLocal(int32_t local, Span at, Use use, const std::string& path = "", bool throughDeref = false) {
    if (!state_.reachable) return;
    LocalState& s = state_.locals[local];
    if (!s.init) reportUninit(local, at);
    else if (s.movedAt && !reinitialised(s, throughDeref ? (path.empty() ? "*" : "*." + path) : path))
      reportMoved(local, at, use, *s.movedAt, s.partial, "", s.moveSites, throughDeref ? "*" + path : path);
    else
      for (const auto& [field, where] : s.movedFields)
        if (placesOverlap(field, path)) {  // partly moved when what moved is strictly inside what is used
          reportMoved(local, at, use, where, placeDepth(field) > placeDepth(path), path);
          break;
        }
    if (use != Use::Move) return;
    if (path.empty()) {
      s.movedAt = at;
      s.movedInLoop = false;
      s.partial = false;
      s.contentsOnly = throughDeref;
      s.reinit.clear();
      if (std::find(s.moveSites.begin(), s.moveSites.end(), at.start) == s.moveSites.end()) s.moveSites.push_back(at.start);
    } else {
      s.movedFields.emplace_back(path, at);
    }
  }

  void assignLocal(int32_t local, Span at, bool compound) {
    assignments_[local].push_back({at, branchesFrom_});
    if (!state_.reachable) return;
    LocalState& s = state_.locals[local];
    const LocalInfo& info = fn_->locals[local];
    if (compound && !s.init) reportUninit(local, at);
    if (!info.isMut && info.capture >= 0) {  // a closure's capture: the upvar's place, not a variable assigned twice
      Diagnostic d;
      d.code = DiagCode::E0594;
      d.message = "cannot assign to `" + info.name + "`, as it is not declared as mutable";
      d.labels.push_back({at, "cannot assign", true});
      d.helps.push_back("consider changing this to be mutable: `mut " + info.name + "`");
      record(std::move(d), at);
    } else if (!info.isMut && (s.assigned || s.maybeInit)) {
      Diagnostic d;
      d.code = DiagCode::E0384;
      d.message = "cannot assign twice to immutable variable `" + info.name + "`";
      d.labels.push_back({at, "cannot assign twice to immutable variable", true});
      if (s.firstAssign) d.labels.push_back({info.span, "first assignment to `" + info.name + "`", false});
      d.helps.push_back("consider making this binding mutable: `mut " + info.name + "`");
      record(std::move(d), at);
    }
    if (compound && s.movedAt) reportMoved(local, at, Use::Borrow, *s.movedAt, s.partial, "", s.moveSites);
    s.init = true;
    s.maybeInit = false;
    s.assigned = true;
    if (!s.firstAssign) s.firstAssign = at;
    s.movedAt.reset();
    s.reinit.clear();
    s.moveSites.clear();
    s.movedFields.clear();
  }

  // `&mut local` of a local not declared `mut` (E0596), which rustc
  // reports only once the local may have had a value: before that, the
  // use is E0381 alone.
  void rejectMutableBorrowOfImmutable(int32_t local, Span at) {
    const LocalInfo& info = fn_->locals[local];
    if (!state_.reachable || info.isMut || !state_.locals[local].assigned) return;
    Diagnostic d;
    d.code = DiagCode::E0596;
    d.message = "cannot borrow `" + info.name + "` as mutable, as it is not declared as mutable";
    d.labels.push_back({at, "cannot borrow as mutable", true});
    d.helps.push_back("consider changing this to be mutable: `mut " + info.name + "`");
    if (info.capture < 0) d.notMutableBinding = info.span;  // a closure's upvar's borrows are not gathered
    record(std::move(d), at);
  }

  // `*b = value`: rustc checks that `b` itself is still there (a use of
  // the whole), then counts `*b` as holding a value again, so later uses
  // of `*b` are no error of their own.
  void assignThroughDeref(int32_t local, Span at) {
    LocalState& s = state_.locals[local];
    if (state_.reachable && s.movedAt && s.contentsOnly) {  // only `*b` had moved out: the Box is whole again
      s.movedAt.reset();
      s.moveSites.clear();
      s.contentsOnly = false;
      return;
    }
    useLocal(local, at, Use::Copy);
    if (state_.reachable && s.movedAt) s.reinit.push_back("*");
  }

  // `p.0 = value` on a variable whose fields may have been moved out: the
  // field gets a value again (what was moved out of it counts no more), but
  // a field inside one that was moved out as a whole has no place to go.
  void assignField(int32_t local, const std::string& path, Span at) {
    LocalState& s = state_.locals[local];
    if (!s.init) return reportUninit(local, at);
    for (const auto& [field, where] : s.movedFields)
      if (placeDepth(field) < placeDepth(path) && placesOverlap(field, path))
        return reportMoved(local, at, Use::PartAssign, where, false, field);
    std::erase_if(s.movedFields, [&](const auto& moved) { return placesOverlap(moved.first, path); });
  }

  // The local at the root of a place expression made only of fields
  // (`p`, `p.name`, `t.0`), or -1; `path` receives the fields ("name", "a.0").
  int32_t rootLocal(const Expr& e, std::string* path = nullptr) const {
    const Expr* cur = &e;
    std::string fields;
    while (cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField || cur->kind == ExprKind::Paren) {
      if (cur->derefs) return -1;
      if (cur->kind != ExprKind::Paren) {
        std::string name = cur->kind == ExprKind::Field ? cur->text : std::to_string(cur->index);
        fields = fields.empty() ? name : name + "." + fields;
      }
      cur = cur->operand.get();
    }
    if (path) *path = fields;
    if (cur->kind == ExprKind::Path && cur->resolvedKind == static_cast<uint8_t>(Resolved::Local)) return cur->resolved;
    return -1;
  }

  bool isCopy(TypeId t) const { return T_.isCopy(t); }
  // `a += b` on numbers and bools is built in: `a` is given the value of
  // `a + b`. On anything else (`String += &str`, the learner's AddAssign)
  // it calls the trait's method with `&mut a`, which only borrows `a`: a
  // moved `a` stays moved, as the code after it (or a loop's next
  // iteration) sees.
  bool callsOperatorImpl(const Expr& e) const {
    TypeId t = T_.resolve(e.lhs->type);
    return !T_.isNumeric(t) && T_.get(t).kind != TypeKind::Bool;
  }
  bool copies(const Expr& e) const { return !e.hidesCopy && T_.isCopy(e.type); }

  // Moving out of a Vec element or through a reference would leave a hole
  // in memory someone else still owns (E0507); Box alone may be moved out of.
  void rejectMoveOutOfBorrow(const Expr& e) {
    if (copies(e) || !state_.reachable) return;
    const Expr* base = e.kind == ExprKind::Index ? e.lhs.get() : e.operand.get();
    const Type& bt = T_.get(T_.resolve(base->type));
    bool throughRef = e.kind == ExprKind::Deref ? bt.kind == TypeKind::Ref : e.derefs > 0 && bt.kind == TypeKind::Ref;
    Diagnostic d;
    d.code = DiagCode::E0507;
    std::string what(file_.slice(e.span));
    // An Rc's value belongs to every Rc of it, a guard's to its RefCell.
    TypeId through = T_.resolve(base->type);
    for (int i = 0; i < (e.kind == ExprKind::Deref ? 1 : e.derefs) && through != kNoType; ++i, through = T_.derefTarget(through)) {
      TypeKind k = T_.get(through).kind;
      if (k != TypeKind::Rc && k != TypeKind::CellRef && k != TypeKind::CellRefMut) continue;
      d.message = k == TypeKind::Rc ? "cannot move out of an `Rc`" : "cannot move out of dereference of `" + T_.name(through) + "`";
      d.labels.push_back({e.span, "move occurs because value has type `" + T_.name(e.type) + "`, which does not implement the `Copy` trait", true});
      d.explanation = "Every Rc of a value owns it together (a RefCell's guard only borrows it): moving it out would leave "
                      "the others pointing at a value that is gone.";
      throw CompileError(std::move(d));
    }
    if (e.kind != ExprKind::Index && !throughRef) return;
    // Indexing a slice or an array is built in (E0508, naming the slice or
    // array type); a Vec's is its Index impl, whose result is a reference (E0507).
    TypeId indexed = T_.resolve(base->type);
    while (T_.get(indexed).kind == TypeKind::Ref || T_.get(indexed).kind == TypeKind::Box)
      indexed = T_.resolve(T_.get(indexed).args[0]);
    TypeKind indexedKind = T_.get(indexed).kind;
    if (e.kind == ExprKind::Index && (indexedKind == TypeKind::Slice || indexedKind == TypeKind::Array)) {
      d.code = DiagCode::E0508;
      d.message = "cannot move out of type `" + T_.name(indexed) + "`, a non-copy " +
                  (indexedKind == TypeKind::Slice ? "slice" : "array");
      d.labels.push_back({e.span, "cannot move out of here", true});
    } else if (e.kind == ExprKind::Index) {
      d.message = "cannot move out of index of `" + T_.name(indexed) + "`";
      d.labels.push_back({e.span, "move occurs because value has type `" + T_.name(e.type) + "`, which does not implement the `Copy` trait", true});
    } else {
      d.message = "cannot move out of " + partMovedBy(e, what) + " which is behind a " + std::string(bt.isMut ? "mutable" : "shared") + " reference";
      d.labels.push_back({e.span, "move occurs because `" + what + "` has type `" + T_.name(e.type) + "`, which does not implement the `Copy` trait", true});
    }
    d.helps.push_back("consider borrowing here: `&" + what + "`, or cloning: `" + what + ".clone()`");
    d.explanation = "The value lives in memory that belongs to someone else (a Vec's heap buffer, or whatever the reference "
                    "points at); moving it out would leave that owner holding a value it would later free a second time.";
    record(std::move(d), e.span);
  }

  // What a move out of `e` (written `what`) takes, in backquotes: when `e` is
  // matched by a pattern that moves, the part its first moving binding takes
  // (`r.s`, `r` as enum variant `Some`), as rustc names it.
  std::string partMovedBy(const Expr& e, const std::string& what) const {
    return partMovedByPattern(what, movedBy_.first == &e ? movedBy_.second : nullptr);
  }

  std::string partMovedByPattern(const std::string& what, const Pattern* pattern) const {
    std::string variant, part = pattern ? movedPartName(T_, *fn_, what, *pattern, &variant) : "";
    if (part.empty()) return "`" + what + "`";
    return "`" + part + "`" + (variant.empty() ? "" : " as enum variant `" + variant + "`");
  }

  // A matched expression whose pattern moves out of it: visited as a value,
  // the pattern at hand to name what it moves.
  void visitMovedScrutinee(const Expr& value, const Pattern& pattern) {
    movedBy_ = {&value, &pattern};
    visitValue(value);
    movedBy_ = {nullptr, nullptr};
  }

  // A pattern that binds by value a non-Copy part of what a reference points
  // at, reached by looking through the reference (the default binding mode)
  // or by an `&` pattern, would move out of memory the reference does not
  // own (E0507, at the matched expression). `through` says which kind of
  // reference was passed on the way: none, `&mut` only, or a shared one.
  enum class Through { Nothing, MutRef, SharedRef };
  void rejectMoveBehindReference(const Pattern& p, const Expr& matched, Through through = Through::Nothing,
                                 const Pattern* whole = nullptr) {
    if (!state_.reachable) return;
    if (!whole) whole = &p;
    if (p.kind == PatternKind::Binding) {
      if (through == Through::Nothing || !patternMoves(p)) return;
      const LocalInfo& bound = fn_->locals[p.local];
      std::string what(file_.slice(matched.span));
      bool isPlace = matched.kind == ExprKind::Path || matched.kind == ExprKind::Field || matched.kind == ExprKind::TupleField;
      std::string behind = through == Through::SharedRef ? "shared" : "mutable";
      Diagnostic d;
      d.code = DiagCode::E0507;
      d.message = isPlace ? "cannot move out of " + partMovedByPattern(what, whole) + " which is behind a " + behind + " reference"
                          : "cannot move out of a " + behind + " reference";
      d.labels.push_back({matched.span, "", true});
      d.labels.push_back({p.span, "data moved here", false});
      d.labels.push_back({p.span, "move occurs because `" + bound.name + "` has type `" + T_.name(bound.type) +
                                      "`, which does not implement the `Copy` trait", false});
      d.helps.push_back("consider borrowing the pattern binding: `ref " + bound.name + "`");
      d.explanation = "The matched value lives in memory that a reference only borrows; binding `" + bound.name +
                      "` by value would move it out and leave the owner holding a value it would later free a second time.";
      record(std::move(d), matched.span);
      return;
    }
    const Type& t = T_.get(T_.resolve(p.type));
    if (t.kind == TypeKind::Ref && p.kind != PatternKind::Wildcard)
      through = !t.isMut || through == Through::SharedRef ? Through::SharedRef : Through::MutRef;
    if (through == Through::Nothing && (p.kind == PatternKind::Struct || p.kind == PatternKind::TupleStruct))
      rejectPatternMoveOutOfDrop(p, matched);
    for (const auto& e : p.elems) rejectMoveBehindReference(*e, matched, through, whole);
    for (const auto& f : p.fields) rejectMoveBehindReference(*f.pattern, matched, through, whole);
  }

  // `let S { a, .. } = s;` with `impl Drop for S`: the pattern would move a
  // field out of a value whose destructor still runs on the whole (E0509).
  void rejectPatternMoveOutOfDrop(const Pattern& p, const Expr& matched) {
    const Type& t = T_.get(T_.resolve(p.type));
    bool hasDrop = (t.kind == TypeKind::Struct && T_.structs()[t.structIndex].hasDrop) ||
                   (t.kind == TypeKind::Enum && T_.enums()[t.enumIndex].hasDrop);
    if (!hasDrop) return;
    const Pattern* moved = nullptr;
    for (const auto& e : p.elems)
      if (!moved && patternMoves(*e)) moved = e.get();
    for (const auto& f : p.fields)
      if (!moved && patternMoves(*f.pattern)) moved = f.pattern.get();
    if (!moved) return;
    Diagnostic d;
    d.code = DiagCode::E0509;
    d.message = "cannot move out of type `" + T_.name(T_.resolve(p.type)) + "`, which implements the `Drop` trait";
    d.labels.push_back({matched.span, "cannot move out of here", true});
    d.labels.push_back({moved->span, "data moved here", false});
    d.explanation = "The value's destructor runs when the value is dropped, and may use every field; a field moved out "
                    "of it would be gone when the destructor looks for it.";
    record(std::move(d), matched.span);
  }

  // `r.unwrap()` with `r: &Option<String>`: a method taking `self` by value,
  // reached through a reference, would move the value out of memory the
  // reference only borrows (E0507), or out of an Rc's shared cell or a
  // RefCell's guard. Through a Box alone it may: the Box owns it.
  void rejectMoveOutOfReceiver(const Expr& call) {
    if (!state_.reachable) return;
    TypeId t = T_.resolve(call.operand->type);
    bool throughRef = false, shared = false;
    std::string sharedOwner;  // "an `Rc`", "dereference of `Ref<'_, T>`"
    for (int i = 0; i < call.derefs && T_.derefTarget(t) != kNoType; ++i) {
      TypeKind k = T_.get(t).kind;
      if (k == TypeKind::Ref) {
        throughRef = true;
        shared = shared || !T_.get(t).isMut;
      } else if (k != TypeKind::Box && sharedOwner.empty()) {
        sharedOwner = k == TypeKind::Rc ? "an `Rc`" : "dereference of `" + T_.name(t) + "`";
      }
      t = T_.resolve(T_.get(t).args[0]);
    }
    if ((!throughRef && sharedOwner.empty()) || isCopy(t)) return;
    std::string receiver(file_.slice(call.operand->span));
    std::string what = call.operand->kind == ExprKind::Path && call.derefs == 1 ? "*" + receiver : receiver;
    Diagnostic d;
    d.code = DiagCode::E0507;
    d.message = !sharedOwner.empty() ? "cannot move out of " + sharedOwner
                                     : "cannot move out of `" + what + "` which is behind a " + (shared ? "shared" : "mutable") + " reference";
    d.labels.push_back({call.operand->span, "move occurs because `" + what + "` has type `" + T_.name(t) +
                                                "`, which does not implement the `Copy` trait",
                        true});
    d.labels.push_back({call.nameSpan, "`" + what + "` moved due to this method call", false});
    d.helps.push_back("consider calling `.as_ref()` or `.as_mut()` to borrow the type's contents, or `.clone()` to take a copy");
    d.explanation = "`" + call.text + "` takes its receiver by value, which would move the value out of memory that `" +
                    receiver + "` only borrows: its owner would later drop it a second time.";
    record(std::move(d), call.operand->span);
  }

  // A static lives as long as the program: nothing may be moved out of it.
  void rejectMoveOutOfStatic(const Expr& e) {
    if (copies(e) || e.coercion != 0 || !state_.reachable) return;
    const Expr* root = &e;
    while ((root->kind == ExprKind::Field || root->kind == ExprKind::TupleField || root->kind == ExprKind::Paren) && !root->derefs)
      root = root->operand.get();
    if (root->kind != ExprKind::Path || root->resolvedKind != static_cast<uint8_t>(Resolved::Static)) return;
    const ConstInfo& item = p_.consts[root->resolved];
    Diagnostic d;
    d.code = DiagCode::E0507;
    d.message = "cannot move out of static item `" + item.name + "`";
    d.labels.push_back({e.span, "move occurs because `" + std::string(file_.slice(e.span)) + "` has type `" + T_.name(e.type) +
                                    "`, which does not implement the `Copy` trait",
                        true});
    d.helps.push_back("consider borrowing here: `&" + std::string(file_.slice(e.span)) + "`");
    d.explanation = "A static is one place for the whole run of the program; moving its value out would leave it empty "
                    "for every later reader.";
    record(std::move(d), e.span);
  }

  // A type with a destructor is dropped whole: a field moved out of it
  // would be dropped twice (E0509).
  void rejectMoveOutOfDrop(const Expr& e) {
    if (copies(e) || !state_.reachable) return;
    TypeId base = T_.resolve(e.operand->type);
    for (int i = 0; i < e.derefs && T_.get(base).kind == TypeKind::Ref; ++i) base = T_.resolve(T_.get(base).args[0]);
    const Type& b = T_.get(base);
    bool hasDrop = (b.kind == TypeKind::Struct && T_.structs()[b.structIndex].hasDrop) ||
                   (b.kind == TypeKind::Enum && T_.enums()[b.enumIndex].hasDrop);
    if (!hasDrop) return;
    Diagnostic d;
    d.code = DiagCode::E0509;
    d.message = "cannot move out of type `" + T_.name(base) + "`, which implements the `Drop` trait";
    d.labels.push_back({e.span, "move occurs because `" + std::string(file_.slice(e.span)) + "` has type `" + T_.name(e.type) +
                                    "`, which does not implement the `Copy` trait",
                        true});
    d.explanation = "The value's destructor runs when the value is dropped, and may use every field; a field moved out "
                    "of it would be gone when the destructor looks for it.";
    record(std::move(d), e.span);
  }

  // An expression whose value is consumed: non-Copy places are moved out.
  // `at` is the whole place expression as written, parentheses and `*`
  // included, where rustc points at a use of it.
  void visitValue(const Expr& e, std::optional<Span> at = std::nullopt) {
    rejectMoveOutOfStatic(e);
    if (e.kind == ExprKind::Index || e.kind == ExprKind::Deref || ((e.kind == ExprKind::Field || e.kind == ExprKind::TupleField) && e.derefs > 0))
      rejectMoveOutOfBorrow(e);
    if (e.kind == ExprKind::Path && e.resolvedKind == static_cast<uint8_t>(Resolved::Local)) {
      useLocal(e.resolved, at.value_or(e.span), copies(e) || e.coercion != 0 ? Use::Copy : Use::Move);
      return;
    }
    if (e.kind == ExprKind::Field || e.kind == ExprKind::TupleField) {
      rejectMoveOutOfDrop(e);
      std::string path;
      int32_t root = rootLocal(e, &path);
      if (root >= 0) {
        useLocal(root, at.value_or(e.span), copies(e) ? Use::Copy : Use::Move, path);
        return;
      }
    }
    if (e.kind == ExprKind::Paren) return visitValue(*e.operand, at.value_or(e.span));
    // `let s = *b;` of a Box local moves its contents out: `b` is moved (its
    // allocation only is freed at its end), `*b = v` fills it again.
    const Expr* boxed = derefOfLocal(e);
    if (boxed && !copies(e) && T_.get(T_.resolve(boxed->type)).kind == TypeKind::Box) {
      useLocal(boxed->resolved, at.value_or(e.span), Use::Move, "", true);
      return;
    }
    if (e.kind == ExprKind::Field || e.kind == ExprKind::TupleField || e.kind == ExprKind::Index || e.kind == ExprKind::Deref)
      return visitPlace(e, Use::Copy, at.value_or(e.span));
    visit(e);
  }

  // A `&mut` variable passed to a parameter is reborrowed, not moved: it can
  // be passed again afterwards.
  void visitArgument(const Expr& e) {
    if (e.kind == ExprKind::Path && e.resolvedKind == static_cast<uint8_t>(Resolved::Local) &&
        T_.get(T_.resolve(e.type)).kind == TypeKind::Ref) {
      useLocal(e.resolved, e.span, Use::Copy);
      return;
    }
    visitValue(e);
  }

  // The local `b` of a `*b` (in parentheses or not), or null.
  static const Expr* derefOfLocal(const Expr& e) { return e.kind == ExprKind::Deref ? plainLocal(*e.operand) : nullptr; }
  // `e` if it names a local, through parentheses; null otherwise.
  static const Expr* plainLocal(const Expr& e) {
    const Expr* base = &withoutParens(e);
    return base->kind == ExprKind::Path && base->resolvedKind == static_cast<uint8_t>(Resolved::Local) ? base : nullptr;
  }

  // The local Box a method call reaches the contents of by auto-deref
  // (`bx.push_str(..)`), as rustc's `*bx`; null for any other receiver.
  const Expr* autoDerefOfBox(const Expr& call) const {
    const Expr* base = call.derefs > 0 ? plainLocal(*call.operand) : nullptr;
    return base && T_.get(T_.resolve(fn_->locals[base->resolved].type)).kind == TypeKind::Box ? base : nullptr;
  }

  // An expression used in place: read, borrowed or assigned through, never
  // moved. `at` is where rustc points at the use: the place, or the whole
  // `&place` that borrows it.
  void visitPlace(const Expr& e, Use use = Use::Borrow, std::optional<Span> at = std::nullopt) {
    if (e.kind == ExprKind::Path && e.resolvedKind == static_cast<uint8_t>(Resolved::Local)) {
      useLocal(e.resolved, at.value_or(e.span), use);
      return;
    }
    if (e.kind == ExprKind::Field || e.kind == ExprKind::TupleField) {
      std::string path;
      int32_t root = rootLocal(e, &path);
      if (root >= 0) {
        useLocal(root, at.value_or(e.span), use, path);
        return;
      }
    }
    if (const Expr* derefOf = derefOfLocal(e)) {
      useLocal(derefOf->resolved, at.value_or(e.span), use, "", true);
      return;
    }
    switch (e.kind) {
      case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Paren: case ExprKind::Deref:
        visitPlace(*e.operand, use, at.value_or(e.span));
        return;
      case ExprKind::Index: {
        // Only an array or slice indexed by an integer is a place of its
        // own; anything else (a Vec, a String, a range) calls
        // Index::index(&base): a borrow of the base, pointed at there.
        TypeKind base = T_.get(T_.resolve(e.lhs->type)).kind;
        bool builtin = (base == TypeKind::Array || base == TypeKind::Slice) && T_.get(T_.resolve(e.rhs->type)).kind == TypeKind::Int;
        if (builtin) visitPlace(*e.lhs, use, at.value_or(e.span));
        else visitPlace(*e.lhs, Use::Borrow);
        visitValue(*e.rhs);
        return;
      }
      default:
        visit(e);
    }
  }

  void visitBlock(const Block& b, bool valueTail) {
    for (const Stmt& s : b.stmts) visitStmt(s);
    if (b.tail) {
      if (valueTail)
        visitValue(*b.tail);
      else
        visit(*b.tail);
    }
  }

  void visitStmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Let:
        if (s.init) {
          rejectMoveBehindReference(*s.pattern, *s.init);
          std::string path;
          int32_t root = s.pattern->kind == PatternKind::Binding && !s.pattern->subpattern ? -1 : matchedRoot(*s.init, &path);
          if (s.elseBlock) {
            visitLetElse(s);
          } else if (root >= 0) {
            testParts(root, path, *s.init, s.pattern->span, *s.pattern);
            bindParts(root, path, *s.pattern);
          } else if (patternMoves(*s.pattern) || s.pattern->kind == PatternKind::Binding) {
            visitMovedScrutinee(*s.init, *s.pattern);
          } else {
            visitPlace(*s.init);
          }
        }
        bindPattern(*s.pattern, s.init != nullptr);
        return;
      case StmtKind::Expr: visitValue(*s.init); return;
      case StmtKind::Empty: case StmtKind::Item: return;
    }
  }

  void diverge() { state_.reachable = false; }

  // `let P = init else { ... }`: the else block runs when the pattern does
  // not match, before anything has moved into its bindings; it leaves the
  // block, and the code after it sees the pattern's moves.
  void visitLetElse(const Stmt& s) {
    const Expr& init = *s.init;
    std::string path;
    int32_t root = matchedRoot(init, &path);
    if (root >= 0) {
      testParts(root, path, init, s.pattern->span, *s.pattern);
      FlowState matched = state_;
      visitBlock(*s.elseBlock, true);
      state_ = matched;
      bindParts(root, path, *s.pattern);
      return;
    }
    bool place = init.kind == ExprKind::Path || init.kind == ExprKind::Field || init.kind == ExprKind::TupleField ||
                 init.kind == ExprKind::Index || init.kind == ExprKind::Deref || init.kind == ExprKind::Paren;
    if (place)
      visitPlace(init, Use::Copy);
    else
      visitValue(init);
    FlowState matched = state_;
    visitBlock(*s.elseBlock, true);
    state_ = matched;
    if (place && patternMoves(*s.pattern)) visitMovedScrutinee(init, *s.pattern);
  }

  void visitLoopBody(const Expr& e, const std::function<void()>& body) {
    FlowState before = state_;
    body();
    // Second pass: what the first iteration moved is gone in the next one.
    FlowState afterFirst = state_;
    if (afterFirst.reachable || !breaks_.empty()) {
      state_ = join(before, afterFirst);
      for (size_t i = 0; i < state_.locals.size(); ++i)
        if (state_.locals[i].movedAt && !before.locals[i].movedAt) state_.locals[i].movedInLoop = true;
      state_.reachable = true;
      body();
    }
    (void)e;
  }

  void visit(const Expr& e) {
    switch (e.kind) {
      case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::CharLit:
      case ExprKind::StrLit: case ExprKind::Path:
        return;
      case ExprKind::Unary: visitValue(*e.operand); return;
      case ExprKind::Binary: {
        switch (opGroup(e.binaryOp)) {
          case OpGroup::Comparison:  // compares by reference: moves neither side
            visitPlace(*e.lhs);
            visitPlace(*e.rhs);
            break;
          case OpGroup::Logical: {  // the right side may not run
            visitValue(*e.lhs);
            FlowState before = state_;
            visitValue(*e.rhs);
            state_ = join(before, state_);
            break;
          }
          case OpGroup::Arithmetic: case OpGroup::Bitwise: case OpGroup::Shift:
            visitValue(*e.lhs);
            visitValue(*e.rhs);
            break;
        }
        return;
      }
      case ExprKind::Assign: {
        visitValue(*e.rhs);
        auto assignTo = [&](const Expr& target) {
          std::string path;
          int32_t root = rootLocal(target, &path);
          if (target.kind == ExprKind::Path && target.resolvedKind == static_cast<uint8_t>(Resolved::Local))
            assignLocal(target.resolved, e.span, false);
          else if (root >= 0 && state_.reachable && state_.locals[root].movedAt) {
            useLocal(root, target.span, Use::PartAssign);  // rustc checks the moved whole, not the field
            state_.locals[root].reinit.push_back(path);    // and then counts the field as holding a value
          }
          else if (root >= 0 && state_.reachable)
            assignField(root, path, target.span);
          else if (const Expr* base = derefOfLocal(target))
            assignThroughDeref(base->resolved, target.span);
          else
            visitPlace(target);
        };
        if (e.lhs->kind == ExprKind::Tuple)
          for (const auto& target : e.lhs->args) assignTo(*target);
        else
          assignTo(*e.lhs);
        return;
      }
      case ExprKind::CompoundAssign:
        if (callsOperatorImpl(e)) {  // `AddAssign::add_assign(&mut a, b)`: a borrow of `a`, then `b`
          visitPlace(*e.lhs, Use::Borrow);
          if (e.lhs->kind == ExprKind::Path && e.lhs->resolvedKind == static_cast<uint8_t>(Resolved::Local))
            rejectMutableBorrowOfImmutable(e.lhs->resolved, e.span);
          visitValue(*e.rhs);
          return;
        }
        visitValue(*e.rhs);
        if (e.lhs->kind == ExprKind::Path && e.lhs->resolvedKind == static_cast<uint8_t>(Resolved::Local))
          assignLocal(e.lhs->resolved, e.span, true);
        else
          visitPlace(*e.lhs);
        return;
      case ExprKind::Call:
        if (e.resolvedKind == static_cast<uint8_t>(Resolved::CallValue)) {  // FnOnce takes the closure
          if (e.receiverMode == 0) visitValue(*e.operand); else visitPlace(*e.operand);
        }
        for (const auto& a : e.args) visitArgument(*a);
        return;
      case ExprKind::MethodCall:
        if (e.receiverMode == 0 && e.derefs == 0)
          visitValue(*e.operand);
        else if (const Expr* boxed = autoDerefOfBox(e))  // `bx.push_str(..)` uses `*bx`, a place of its own
          useLocal(boxed->resolved, boxed->span, Use::Borrow, "", true);
        else
          visitPlace(*e.operand);
        if (e.receiverMode == 0 && e.derefs > 0) rejectMoveOutOfReceiver(e);
        for (const auto& a : e.args) visitArgument(*a);
        return;
      case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::Deref:
        visitPlace(e, Use::Copy);
        return;
      case ExprKind::Ref: visitPlace(*e.operand, Use::Borrow, e.span); return;
      case ExprKind::Cast: visitValue(*e.operand); return;
      case ExprKind::Paren: visitValue(*e.operand); return;
      case ExprKind::Block: {
        if (e.text.empty()) return visitBlock(*e.block, true);
        breaks_.push_back({e.text, FlowState{state_.locals, false}});  // a labeled block: its breaks join at its end
        visitBlock(*e.block, true);
        state_ = join(state_, breaks_.back().second);
        breaks_.pop_back();
        return;
      }
      case ExprKind::If: case ExprKind::IfLet: {
        if (e.kind == ExprKind::If)
          visitValue(*e.operand);
        else
          scrutinee(*e.operand, *e.pattern);
        FlowState before = state_;
        branchesFrom_.push_back(e.span.start);
        visitBlock(*e.block, true);
        FlowState thenState = state_;
        state_ = before;
        if (e.elseBranch) visitValue(*e.elseBranch);
        branchesFrom_.pop_back();
        state_ = join(thenState, state_);
        return;
      }
      case ExprKind::Match: {
        FlowState before = state_;
        FlowState out;
        out.reachable = false;
        out.locals = before.locals;
        const Pattern* moving = nullptr;
        for (const MatchArm& arm : e.arms) {
          rejectMoveBehindReference(*arm.pattern, *e.operand);
          if (!moving && patternMoves(*arm.pattern)) moving = arm.pattern.get();
        }
        bool movesScrutinee = moving != nullptr;
        std::string path;
        int32_t root = matchedRoot(*e.operand, &path);
        bool throughBox = root < 0 && !movesScrutinee && (root = boxHolding(*e.operand, &path)) >= 0;
        if (root >= 0)
          for (const MatchArm& arm : e.arms) testParts(root, path, *e.operand, e.span, *arm.pattern, throughBox);
        else if (movesScrutinee)
          visitMovedScrutinee(*e.operand, *moving);
        else
          visitPlace(*e.operand);
        FlowState afterScrutinee = state_;
        branchesFrom_.push_back(e.span.start);
        for (const MatchArm& arm : e.arms) {
          state_ = afterScrutinee;
          if (root >= 0) bindParts(root, path, *arm.pattern, throughBox);
          bindPattern(*arm.pattern, true);
          if (arm.guard) visitValue(*arm.guard);
          visitValue(*arm.body);
          out = join(out, state_);
        }
        branchesFrom_.pop_back();
        state_ = out;
        return;
      }
      case ExprKind::While: case ExprKind::WhileLet: case ExprKind::Loop: case ExprKind::For: {
        if (e.kind == ExprKind::For) {
          rejectMoveBehindReference(*e.pattern, *e.operand);
          if (e.operand->kind == ExprKind::Ref) visitPlace(*e.operand->operand, Use::Borrow, e.operand->span); else visitValue(*e.operand);
        }
        FlowState before = state_;
        breaks_.push_back({e.text, FlowState{before.locals, false}});
        visitLoopBody(e, [&] {
          if (e.kind == ExprKind::While) visitValue(*e.operand);
          if (e.kind == ExprKind::WhileLet) scrutinee(*e.operand, *e.pattern);
          if (e.pattern && e.kind == ExprKind::For) bindPattern(*e.pattern, true);
          visitBlock(*e.block, false);
        });
        FlowState atBreaks = breaks_.back().second;
        breaks_.pop_back();
        if (e.kind == ExprKind::Loop)
          state_ = atBreaks;
        else
          state_ = join(join(before, state_), atBreaks);
        return;
      }
      case ExprKind::Break: {
        if (e.operand) visitValue(*e.operand);
        for (auto it = breaks_.rbegin(); it != breaks_.rend(); ++it)
          if (e.text.empty() || it->first == e.text) {
            it->second = join(it->second, state_);
            break;
          }
        diverge();
        return;
      }
      case ExprKind::Continue: diverge(); return;
      case ExprKind::Return:
        if (e.operand) visitValue(*e.operand);
        diverge();
        return;
      case ExprKind::Range:
        if (e.lhs) visitValue(*e.lhs);
        if (e.rhs) visitValue(*e.rhs);
        return;
      case ExprKind::Tuple: case ExprKind::Array: case ExprKind::ArrayRepeat:
        for (const auto& a : e.args) visitValue(*a);
        return;
      case ExprKind::StructLit: case ExprKind::Closure: {  // a closure: its environment's captures
        for (const FieldInit& f : e.fields) visitValue(*f.value);
        if (!e.structBase) return;
        // `..base` moves every field not given explicitly (copies the Copy ones).
        std::string basePath;
        int32_t root = rootLocal(*e.structBase, &basePath);
        if (e.structBase->kind == ExprKind::Path && e.structBase->resolvedKind == static_cast<uint8_t>(Resolved::Local))
          root = e.structBase->resolved;
        if (root < 0) {
          visitValue(*e.structBase);
          return;
        }
        for (const auto& field : T_.structOf(e.type).fields) {
          const std::string& name = field.first;
          bool given = std::any_of(e.fields.begin(), e.fields.end(), [&](const FieldInit& f) { return f.name == name; });
          if (!given)
            useLocal(root, e.structBase->span, isCopy(field.second) ? Use::Copy : Use::Move, basePath.empty() ? name : basePath + "." + name);
        }
        return;
      }
      case ExprKind::Macro: visitMacro(e); return;
    }
  }

  void scrutinee(const Expr& value, const Pattern& pattern) {
    rejectMoveBehindReference(pattern, value);
    std::string path;
    int32_t root = matchedRoot(value, &path);
    if (root >= 0) {
      testParts(root, path, value, pattern.span, pattern);
      bindParts(root, path, pattern);
    } else if (patternMoves(pattern)) {
      visitMovedScrutinee(value, pattern);
    } else {
      visitPlace(value);
    }
    bindPattern(pattern, true);
  }

  void visitMacro(const Expr& e) {
    if (e.resolvedKind == static_cast<uint8_t>(Resolved::Format)) {
      const CheckedFormat& f = p_.formats[e.resolved];
      for (const CheckedFormatArg& a : f.args) {
        if (a.expr)
          visitPlace(*a.expr);
        else
          useLocal(a.local, a.span, Use::Borrow);
      }
      const MacroId m = static_cast<MacroId>(e.macroId);
      bool assertsBorrow = m == MacroId::AssertEq || m == MacroId::AssertNe;
      bool writes = m == MacroId::Write || m == MacroId::Writeln;  // `f.write_fmt(..)`: f is reborrowed, not moved
      // `match (&a, &b)`: the borrows are the macro's own, at its span.
      for (size_t i = 0; assertsBorrow && i < 2 && i < e.args.size(); ++i) visitPlace(*e.args[i], Use::Borrow, e.span);
      if (writes) visitPlace(*e.args[0]);
      for (const auto& a : e.args)
        if (!(assertsBorrow && (a == e.args[0] || (e.args.size() > 1 && a == e.args[1]))) && !(writes && a == e.args[0]) &&
            !f.owns(*a))
          visitValue(*a);
      if (m == MacroId::Panic || m == MacroId::Unreachable || m == MacroId::Todo || m == MacroId::Unimplemented) diverge();
      return;
    }
    for (const auto& a : e.args) visitValue(*a);
  }

  const Checked& p_;
  const TypeTable& T_;
  const SourceFile& file_;
  const FnInfo* fn_ = nullptr;
  FlowState state_;
  std::vector<std::pair<std::string, FlowState>> breaks_;
  const RpoOrder* order_ = nullptr;
  std::vector<Found> found_;
  std::vector<std::vector<Assignment>> assignments_;  // per local: every assignment to it as a whole, in the body
  std::vector<uint32_t> branchesFrom_;                // where the `if`s and `match`es being walked begin
  std::pair<const Expr*, const Pattern*> movedBy_{nullptr, nullptr};  // visitMovedScrutinee's
};

}  // namespace

// A plain test's targets are its false then its true way, so the walk
// reaches the true way first; `!c` swaps c's ways, `a && b` tests b on a's
// true way and `a || b` on a's false way (parentheses are transparent, a
// block `{ !c }` is one test).
bool thenReachedFirst(const Expr& c) {
  if (c.kind == ExprKind::Paren) return thenReachedFirst(*c.operand);
  if (c.kind == ExprKind::Unary && c.unaryOp == UnaryOp::Not) return !thenReachedFirst(*c.operand);
  if (c.kind == ExprKind::Binary && c.binaryOp == BinaryOp::And) return thenReachedFirst(*c.lhs) && thenReachedFirst(*c.rhs);
  if (c.kind == ExprKind::Binary && c.binaryOp == BinaryOp::Or) return thenReachedFirst(*c.lhs) || thenReachedFirst(*c.rhs);
  return true;
}

std::vector<Diagnostic> moveErrors(const Checked& program, const SourceFile& file, const FnInfo& fn) {
  return MoveChecker(program, file).checkFunction(fn);
}

}  // namespace sh
