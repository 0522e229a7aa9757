// The borrow checker's verdicts (see check/borrows.cpp): a returned reference
// to a local (E0515), and each access in conflict with a borrow still live at
// that point (E0499, E0502, E0503, E0505, E0506), or a variable or temporary
// freed while borrowed (E0597, E0716), reported with what would go wrong in
// memory.
#include <algorithm>

#include "check/borrow_checker.h"
#include "check/promotion.h"

namespace sh::borrowck {

// Vec methods that are really slice methods (found through Vec's deref),
// which take their `&mut self` before evaluating their arguments.
bool BorrowChecker::isSliceMethod(const Expr& call) {
  if (call.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  switch (static_cast<BuiltinMethod>(call.resolved)) {
    case BuiltinMethod::VecSwap: case BuiltinMethod::VecSort: case BuiltinMethod::VecSortUnstable: case BuiltinMethod::VecReverse:
    case BuiltinMethod::VecGetMut: case BuiltinMethod::VecFirstMut: case BuiltinMethod::VecLastMut:
    case BuiltinMethod::SliceSplitAtMut: case BuiltinMethod::SliceRotateLeft: case BuiltinMethod::SliceRotateRight:
    case BuiltinMethod::SliceSplitFirstMut: case BuiltinMethod::SliceSplitLastMut:
      return true;
    default: return false;
  }
}

// Whether a method call's auto-deref of its receiver (`b.name()` with
// `b: Box<Dog>`, an Rc, a RefCell's guard) goes only through what the
// receiver owns: the call then borrows the receiver's own place, as
// `Dog::name(&*b)` does. Through a reference it reaches another's place.
bool BorrowChecker::derefsOnlyThroughOwners(const Expr& call) const {
  TypeId t = call.operand->type;
  for (int i = 0; i < call.derefs; ++i) {
    if (t == kNoType || T_.get(T_.resolve(t)).kind == TypeKind::Ref) return false;
    t = T_.derefTarget(T_.resolve(t));
  }
  return t != kNoType;
}

// Methods taking `&mut self` whose arguments only look something up (a
// `&Q` key, range bounds, the `&T` next_if_eq compares with): std keeps
// none of them in the receiver, so `set.remove(&K { c: &c })` borrows its
// temporary key for the call only.
bool BorrowChecker::storesNoArgument(const Expr& call) {
  if (call.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  switch (static_cast<BuiltinMethod>(call.resolved)) {
    case BuiltinMethod::MapGetMut: case BuiltinMethod::MapRemove: case BuiltinMethod::SetRemove:
    case BuiltinMethod::BMapGetMut: case BuiltinMethod::BMapRemove: case BuiltinMethod::BSetRemove:
    case BuiltinMethod::BMapRangeMut: case BuiltinMethod::IterNextIfEq:
      return true;
    default: return false;
  }
}

// `append(&mut other)`: the elements of other move into the receiver.
bool BorrowChecker::movesElementsOutOfArgument(const Expr& call) {
  if (call.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  switch (static_cast<BuiltinMethod>(call.resolved)) {
    case BuiltinMethod::VecAppend: case BuiltinMethod::DequeAppend: case BuiltinMethod::HeapAppend:
      return true;
    default: return false;
  }
}

// A returned value that holds a borrow of this function's own variable,
// or of a temporary, is E0515: their memory is gone once it returns.
// What the value holds is what it hands on (LifetimeRules::flowInto: `&s`,
// `s.as_str()`, a struct, tuple, `vec![..]` or variant built around one, a
// call's result tied to one, a variable holding one, in any branch).
void BorrowChecker::rejectReturnOfLocal(const Expr& value) {
  if (!ownBorrowIn(value)) return;
  const Expr& site = returnSite(T_, value, [&](const Expr& part) { return ownBorrowIn(part).has_value(); });
  int32_t root = *ownBorrowIn(site);
  bool direct = site.kind == ExprKind::Ref && site.operand->kind != ExprKind::Index;  // `&s`, not `&s[..]` (a call of Index)
  std::string what = direct ? "cannot return reference to " : "cannot return value referencing ";
  Diagnostic d;
  d.code = DiagCode::E0515;
  if (root < 0) {
    d.message = what + "temporary value";
    d.labels.push_back({site.span, "returns a reference to data owned by the current function", true});
    d.explanation = "The temporary is freed at the end of this function: the reference would point at memory that is gone.";
    throw CompileError(std::move(d));
  }
  const std::string& name = fn_->locals[root].name;
  bool isParam = std::any_of(fn_->decl->params.begin(), fn_->decl->params.end(),
                             [&](const Param& p) { return p.pattern->local == root; });
  d.message = what + (isParam ? "function parameter" : "local variable") + " `" + name + "`";
  d.labels.push_back({site.span, "returns a reference to data owned by the current function", true});
  d.explanation = "`" + name + "` lives in this function's stack frame, which is popped when the function returns "
                  "(and its heap cell, if it owns one, is freed): the reference would point at memory that is gone.";
  throw CompileError(std::move(d));
}

// The variable of this function whose borrow `value` hands on (-1 for a
// temporary), directly or held by a variable it hands on whole.
std::optional<int32_t> BorrowChecker::ownBorrowIn(const Expr& value) const {
  Flows flows;
  flows.wantOwned = true;
  lifetimes_.flowInto(value, flows);
  ValueHoldings parts(HoldingsQuery{p_, T_, *fn_, slots_, borrows_, uses_, 0, 0, -1});
  parts.collect(value, slots_.identity(value.type));
  for (const auto& owned : flows.owned)
    if (!knownNotHandedOn(parts, owned.first)) return owned.first;
  for (const auto& read : flows.readers) {
    int32_t reader = read.first;  // a plain variable: clang 14 (the wasm build's) cannot capture a structured binding
    bool through = std::find(flows.readThrough.begin(), flows.readThrough.end(), reader) != flows.readThrough.end();
    for (const Borrow& b : borrows_) {
      bool held = std::any_of(b.holders.begin(), b.holders.end(), [&](const Holder& h) { return h.local == reader && holdsOnTheWay(h, h.since, point_, nullptr); });
      if (held && b.point < point_ && b.local >= 0 && b.param < 0 && !b.temporary && !isRefLocal(b.local) && b.path.rfind("*", 0) != 0 &&
          !borrowck::capturedByReference(p_, *fn_, b.local) &&
          !(through && pointsAtItself(reader, b)) && !knownNotHeld(parts, reader, static_cast<size_t>(&b - borrows_.data())))
        return b.local;
    }
  }
  for (const auto& [v, mut] : flows.borrowedValues) {
    const Expr* temporary = temporaryUnder(T_, *v);
    if (temporary && !promotesWhenBorrowed(T_, *temporary, mut)) return -1;
  }
  return std::nullopt;
}

// Whether the value whose holdings are `held` is known to hold none of
// the borrows of `local` made in it: each is there under none of its
// lifetimes (`Parser { context: &context }.parse()` with a result of
// `'s` alone hands on what `context` holds, not `context`).
bool BorrowChecker::knownNotHandedOn(const ValueHoldings& held, int32_t local) const {
  bool seen = false;
  for (size_t i = 0; i < borrows_.size(); ++i) {
    if (borrows_[i].local != local) continue;
    auto found = held.out.find(i);
    if (found == held.out.end()) continue;
    if (found->second != 0 || held.approximate.count(i)) return false;
    seen = true;
  }
  return seen;
}

// Whether the value whose holdings are `held` read `reader` and took
// none of its borrow `borrow` (`t.0` of `let t = (x, s.as_str());`).
bool BorrowChecker::knownNotHeld(const ValueHoldings& held, int32_t reader, size_t borrow) {
  if (!held.read.count(reader)) return false;
  auto found = held.out.find(borrow);
  return found == held.out.end() || (found->second == 0 && !held.approximate.count(borrow));
}

// Whether borrow `b` held by reference `reader` is the reference itself
// (`let r = &e;`: a borrow of e, of the type r points at), not one held
// by what it points at, which a read through r (`r.part`) hands on.
bool BorrowChecker::pointsAtItself(int32_t reader, const Borrow& b) const {
  if (!b.path.empty()) return true;
  TypeId borrowed = T_.resolve(fn_->locals[b.local].type);
  for (TypeId t = T_.resolve(fn_->locals[reader].type); T_.get(t).kind == TypeKind::Ref; t = T_.resolve(T_.get(t).args[0]))
    if (T_.resolve(T_.get(t).args[0]) == borrowed) return true;
  return false;
}

// The first use, after `point`, of a variable holding the borrow — or, in
// a loop entered after the borrow was made, any use in that loop — on a
// way there along which the variable is not given another value. A
// variable the access goes through (`accessedThrough`) is left out.
std::optional<Use> BorrowChecker::liveUseAfter(const Borrow& b, uint32_t point, bool forScopeEnd, int32_t accessedThrough) const {
  if (b.liveThrough >= point && b.point < point && !inOtherBranches(point, b.liveThrough)) return Use{-1, b.liveThrough, b.liveSpan};
  if (b.returned && reachable(b.point, point)) return Use{-1, UINT32_MAX, b.liveSpan};
  std::optional<Use> best;  // else: the next use of a variable holding it
  for (const Use& u : uses_) {
    if (!forScopeEnd && (u.moved == Use::Moved::Certain || (u.moved == Use::Moved::Maybe && !countDropsAfterMoves_))) continue;
    for (const Holder& h : b.holders) {
      if (h.local != u.local || h.local == accessedThrough) continue;
      bool later = b.point < point && u.point > point && !inOtherBranches(point, u.point) && holdsOnTheWay(h, point, u.point, nullptr);
      for (const LoopRange& l : loops_) {
        if (point < l.start || point > l.end) continue;
        bool inLoop = l.start <= u.point && u.point <= l.end;
        bool roundLoop = (b.point < l.start && inLoop) || (keptRoundLoop(b, u.local, l) && (inLoop || u.point > l.end));
        later = later || (roundLoop && holdsOnTheWay(h, point, u.point, &l));
      }
      if (later && (!best || u.point < best->point)) best = u;
    }
  }
  return best;
}

// Whether points p and q lie in different branches of one `if` or `match`:
// then q is not reached from p, but round a loop (the loop's own rule).
bool BorrowChecker::inOtherBranches(uint32_t p, uint32_t q) const {
  auto branchOf = [](const std::vector<LoopRange>& set, uint32_t at) {
    for (size_t i = 0; i < set.size(); ++i)
      if (set[i].start <= at && at <= set[i].end) return static_cast<int>(i);
    return -1;
  };
  for (const std::vector<LoopRange>& set : branchSets_) {
    int a = branchOf(set, p), b = branchOf(set, q);
    if (a >= 0 && b >= 0 && a != b) return true;
  }
  return false;
}

// Whether a borrow made inside loop `l` may still be held by `holder` when
// the next iteration comes round: the holder outlives an iteration
// (declared before the loop). Whether it is given a new value on the way
// round is holdsOnTheWay's.
bool BorrowChecker::keptRoundLoop(const Borrow& b, int32_t holder, const LoopRange& l) const {
  return b.point >= l.start && b.point <= l.end && declaredAt_[holder] < l.start;
}

// The conflicts, then again with the drops of variables moved out on some
// path counted against accesses: an error only they make depends on
// whether the move ran before the drop, which is not followed (not
// supported yet, at the drop).
void BorrowChecker::findConflicts() {
  std::sort(accesses_.begin(), accesses_.end(), [](const AccessRecord& a, const AccessRecord& b) { return a.point < b.point; });
  countDropsAfterMoves_ = false;
  findConflictsOnce();
  auto uncertain = std::find_if(uses_.begin(), uses_.end(), [](const Use& u) { return u.moved == Use::Moved::Maybe; });
  if (uncertain == uses_.end()) return;
  countDropsAfterMoves_ = true;
  try {
    findConflictsOnce();
  } catch (CompileError&) {
    Diagnostic d;
    d.message = "a borrow held by `" + fn_->locals[uncertain->local].name +
                "`, which is moved out on some path and dropped at the end of its scope on another, is not supported yet";
    d.labels.push_back({uncertain->span, "", true});
    throw CompileError(std::move(d));
  }
}

// Every conflict is found, and the one whose primary span comes first in
// the file is reported: rustc buffers a body's borrow errors and emits them
// sorted by span (`v.append(&mut v)`: the call's activation of its `&mut v`,
// at 3:5, before the argument's borrow during its reservation, at 3:14).
void BorrowChecker::findConflictsOnce() {
  std::optional<Diagnostic> first;
  auto keepFirst = [&](Diagnostic d) {
    Span at = d.primarySpan(), best = first ? first->primarySpan() : Span{};
    if (!first || at.start < best.start || (at.start == best.start && at.end < best.end)) first = std::move(d);
  };
  for (const AccessRecord& a : accesses_) {
    for (size_t i = 0; i < borrows_.size(); ++i) {
      const Borrow& b = borrows_[i];
      if (b.local != a.local || !placesOverlap(b.path, a.path) || exclusiveAlternatives(b.alternatives, a.alternatives)) continue;
      // A borrow made at or after the access (the access's own, too) reaches
      // it only in a later iteration of a loop.
      if (b.point >= a.point && !inSameLoop(b.point, a.point)) continue;
      if (!b.isMut && (a.kind == Access::Shared || a.kind == Access::Read || a.kind == Access::Reserve)) continue;
      if (b.twoPhase && (a.kind == Access::Shared || a.kind == Access::Read || a.kind == Access::Reserve)) continue;
      // Through the reference variable that holds the reborrow (`cur = cur.next.as_mut().unwrap();`
      // then `cur.next` again): an access through it uses the borrow, not another way to its place.
      int32_t through = b.path.rfind("*", 0) == 0 ? b.local : -1;
      std::optional<Use> later = liveUseAfter(b, a.point, false, through);
      if (later) keepFirst(conflictError(a, b, *later));
    }
  }
  for (const Borrow& b : borrows_) {
    if (!b.temporary || b.freedAt == 0) continue;
    std::optional<Use> later = liveUseAfter(b, b.freedAt);
    if (later) keepFirst(temporaryFreedError(b, *later));
  }
  // A reborrow `&*r` is of the place r points at, which outlives r: the
  // end of r's scope is a shallow write of r alone.
  for (const ScopeEnd& end : scopeEnds_)
    for (const Borrow& b : borrows_) {
      if (b.local != end.local || b.point >= end.point || b.path.rfind("*", 0) == 0) continue;
      std::optional<Use> later = liveUseAfter(b, end.point, true);
      if (later) keepFirst(doesNotLiveLongEnoughError(b, end, *later));
    }
  if (first) throw CompileError(std::move(*first));
}

bool BorrowChecker::inSameLoop(uint32_t p, uint32_t q) const {
  return std::any_of(loops_.begin(), loops_.end(),
                     [&](const LoopRange& l) { return l.start <= p && p <= l.end && l.start <= q && q <= l.end; });
}

// A place as rustc names it: a dereference followed by a field is written
// as auto-deref writes it (`self.items`, not `(*self).items`).
static std::string namedByPath(const std::string& base, const std::string& path) {
  if (path == "*") return "*" + base;
  if (path.rfind("*.", 0) == 0) return placeName(base, path.substr(2));
  return placeName(base, path);
}

std::string BorrowChecker::name(const AccessRecord& a) const {
  if (!a.shown.empty()) return a.shown;
  return namedByPath(fn_->locals[a.local].name, a.path);
}

// The borrowed place, as rustc names it in E0503's and E0505's labels
// (`let m = &mut a; a[1]`: "use of borrowed `a`", the use being of `a[_]`).
std::string BorrowChecker::name(const Borrow& b) const {
  if (!b.shown.empty()) return b.shown;
  return namedByPath(fn_->locals[b.local].name, b.path);
}

Diagnostic BorrowChecker::conflictError(const AccessRecord& a, const Borrow& b, const Use& later) {
  Diagnostic d;
  std::string x = name(a);
  std::string laterText = b.isMut ? "borrow later used here" : "immutable borrow later used here";
  switch (a.kind) {
    case Access::Mutable: case Access::Reserve:
      if (b.isMut && b.point >= a.point) {  // the same borrow, made again in the next iteration of a loop
        d.code = DiagCode::E0499;
        d.message = "cannot borrow `" + x + "` as mutable more than once at a time";
        d.labels = {{a.span, "`" + x + "` was mutably borrowed here in the previous iteration of the loop", true},
                    {later.span, "first borrow used here, in later iteration of loop", false}};
        d.explanation = "The `&mut` made in one iteration is kept (in `" + fn_->locals[later.local >= 0 ? later.local : a.local].name +
                        "`) when the loop comes round and makes another: two `&mut` to `" + x + "` at once.";
      } else if (b.isMut) {
        d.code = DiagCode::E0499;
        d.message = "cannot borrow `" + x + "` as mutable more than once at a time";
        d.labels = {{a.span, "second mutable borrow occurs here", true}, {b.span, "first mutable borrow occurs here", false},
                    {later.span, "first borrow later used here", false}};
        d.explanation = "Two `&mut` references to `" + x + "` could each change it without the other seeing; "
                        "if one made its heap cell grow, the cell would move and the other would point at freed memory.";
      } else {
        d.code = DiagCode::E0502;
        d.message = "cannot borrow `" + x + "` as mutable because it is also borrowed as immutable";
        d.labels = {{a.span, "mutable borrow occurs here", true}, {b.span, "immutable borrow occurs here", false},
                    {later.span, laterText, false}};
        d.explanation = b.vecElement
                            ? "`" + a.what + "` may need a bigger buffer: the heap cell the reference points into would "
                              "be freed and its elements moved to a new cell, leaving the reference pointing at freed memory."
                            : "While a shared reference to `" + x + "` is still going to be read, changing `" + x +
                                  "` could pull its memory out from under that reference.";
      }
      break;
    case Access::ReadWrite:
      if (!b.isMut) {
        d.code = DiagCode::E0506;
        d.message = "cannot assign to `" + x + "` because it is borrowed";
        d.labels = {{a.span, "`" + x + "` is assigned to here but it was already borrowed", true},
                    {b.span, "`" + x + "` is borrowed here", false}, {later.span, "borrow later used here", false}};
        d.explanation = "A shared reference to `" + x + "` is still going to be read; changing `" + x +
                        "` underneath it would break the promise that what it sees does not change.";
        break;
      }
      [[fallthrough]];
    case Access::Shared: case Access::Read: {
      bool use = a.kind != Access::Shared;
      d.code = use ? DiagCode::E0503 : DiagCode::E0502;
      d.message = use ? "cannot use `" + x + "` because it was mutably borrowed"
                      : "cannot borrow `" + x + "` as immutable because it is also borrowed as mutable";
      d.labels = {{a.span, use ? "use of borrowed `" + name(b) + "`" : "immutable borrow occurs here", true},
                  {b.span, use ? "`" + name(b) + "` is borrowed here" : "mutable borrow occurs here", false},
                  {later.span, use ? "borrow later used here" : "mutable borrow later used here", false}};
      d.explanation = "A `&mut` reference promises to be the only way to reach `" + x + "` until its last use; "
                      "reading `" + x + "` directly in the meantime breaks that promise.";
      break;
    }
    case Access::Write:
      d.code = DiagCode::E0506;
      d.message = "cannot assign to `" + x + "` because it is borrowed";
      d.labels = {{a.span, "`" + x + "` is assigned to here but it was already borrowed", true},
                  {b.span, "`" + x + "` is borrowed here", false}, {later.span, "borrow later used here", false}};
      d.explanation = "Assigning to `" + x + "` drops its old value (freeing any heap cell it owned) while a reference "
                      "to it is still going to be read.";
      break;
    case Access::Move:
      d.code = DiagCode::E0505;
      d.message = "cannot move out of `" + x + "` because it is borrowed";
      d.labels = {{a.span, "move out of `" + x + "` occurs here", true}, {b.span, "borrow of `" + name(b) + "` occurs here", false},
                  {later.span, "borrow later used here", false}};
      d.explanation = "After the move, the new owner may free `" + x + "`'s heap data, but the reference made "
                      "earlier still points at it and is used later.";
      break;
  }
  return d;
}

void BorrowChecker::reportTemporaryFreed(const Borrow& b, const Use& later) { throw CompileError(temporaryFreedError(b, later)); }

Diagnostic BorrowChecker::temporaryFreedError(const Borrow& b, const Use& later) {
  Diagnostic d;
  d.code = DiagCode::E0716;
  d.message = "temporary value dropped while borrowed";
  d.labels = {{b.span, "creates a temporary value which is freed while still in use", true}};
  if (!b.extended) d.labels.push_back({b.freedSpan, "temporary value is freed at the end of this statement", false});
  d.labels.push_back({later.span, b.extended ? "this usage requires that borrow lasts for `'static`" : "borrow later used here", false});
  if (!b.extended) d.helps.push_back("consider using a `let` binding to create a longer lived value");
  d.explanation = "The value made here belongs to no variable: it is a temporary, dropped (and its heap memory freed) "
                  "at the end of the statement, but the reference to it is used afterwards.";
  return d;
}

void BorrowChecker::reportDoesNotLiveLongEnough(const Borrow& b, const ScopeEnd& end, const Use& later) {
  throw CompileError(doesNotLiveLongEnoughError(b, end, later));
}

Diagnostic BorrowChecker::doesNotLiveLongEnoughError(const Borrow& b, const ScopeEnd& end, const Use& later) {
  const std::string& x = fn_->locals[b.local].name;
  Diagnostic d;
  d.code = DiagCode::E0597;
  d.message = "`" + x + "` does not live long enough";
  d.labels = {{b.capturedAt.empty() ? b.span : b.capturedAt, "borrowed value does not live long enough", true},
              {end.span, "`" + x + "` dropped here while still borrowed", false},
              {later.span, "borrow later used here", false}};
  d.explanation = "At the closing brace `" + x + "`'s stack slot is released (and any heap cell it owns is freed), "
                  "but the reference to it is read afterwards: it would point at memory that is no longer `" + x + "`.";
  return d;
}

// A caller's borrow kept for `'static`: E0521 through a parameter, rustc's
// "lifetime may not live long enough" into a struct field declared so.
void BorrowChecker::reportEscape(Span call, bool intoField) {
  Diagnostic d;
  if (intoField) {
    d.message = "lifetime may not live long enough";
    d.labels = {{call, "this field is `'static`, but the value borrows from the caller", true}};
    d.explanation = "The struct's field is declared to hold a reference valid for the whole run; the caller's "
                    "borrow may end as soon as this function returns.";
    throw CompileError(std::move(d));
  }
  d.code = DiagCode::E0521;
  d.message = "borrowed data escapes outside of function";
  d.labels = {{call, "argument requires that the borrow lasts for `'static`", true}};
  d.explanation = "The caller lent this function a reference for as long as the call lasts; handing it to a "
                  "parameter that keeps it for the whole run would let it outlive what it points at.";
  throw CompileError(std::move(d));
}

}  // namespace sh::borrowck
