// Which ways an `x = ...` lies on. A variable holding a borrow lets go of
// it when it is given another value, but only on the ways through that
// assignment: after `if c { r = &x; }` r may still hold its old borrow, and
// after `r = &v[i];` at the end of a loop's body, the next iteration's r
// holds the new one only. The walk records the regions a way may pass by
// (a loop's body, which may run no time, and the branches of an `if` or a
// `match`, of which one runs) and each assignment's region; a way from one
// point to a later one passes an assignment between them when every region
// around it that holds neither end is one the way cannot pass by: a `loop`
// body or a labeled block with no `break` before it, or a branch whose
// every sibling assigns the variable too. A `loop` whose every `break`
// comes after an assignment is passed as one.
#include <algorithm>

#include "check/borrow_checker.h"

namespace sh::borrowck {

void BorrowChecker::openRegion(Region::Kind kind, int32_t set, const std::string& label) {
  // A branch's first point is the one after its condition's or guard's (LoopRange's too).
  uint32_t start = kind == Region::Kind::Branch ? point_ + 1 : point_;
  regions_.push_back({kind, start, start, openRegion_, set, label});
  openRegion_ = static_cast<int32_t>(regions_.size() - 1);
}

// A branch's `body` (an expression, or the `block` of an `if`) is known
// once walked: whether it leaves early.
void BorrowChecker::closeRegion(const Expr* body, const Block* block) {
  Region& r = regions_[openRegion_];
  r.end = point_;
  r.leaves = (body && leavesEarly(*body)) || (block && leavesEarly(*block));
  openRegion_ = r.parent;
}

// A `break` or `continue`, at a point after what came before it, with the
// loop it names (its label's, or the innermost; a labeled block only by name).
void BorrowChecker::recordJump(const Expr& e) {
  int32_t target = openRegion_;
  for (; target >= 0; target = regions_[target].parent) {
    const Region& r = regions_[target];
    bool loop = r.kind == Region::Kind::MaybeNever || r.kind == Region::Kind::UntilBreak;
    if (e.text.empty() ? loop : (r.kind != Region::Kind::Branch && r.label == e.text)) break;
  }
  jumps_.push_back({++point_, target, e.kind == ExprKind::Continue});
}

// Whether an expression's every way ends early: it is of type `!` (a
// `return`, `break`, `continue`, a panic, a call of a function returning
// `!`), or a block with one such among its statements.
bool BorrowChecker::leavesEarly(const Expr& e) const {
  if (e.type != kNoType && T_.get(T_.resolve(e.type)).kind == TypeKind::Never) return true;
  return e.kind == ExprKind::Block && e.block && leavesEarly(*e.block);
}

bool BorrowChecker::leavesEarly(const Block& b) const {
  for (const Stmt& s : b.stmts)
    if (s.init && leavesEarly(*s.init)) return true;
  return b.tail && leavesEarly(*b.tail);
}

// Whether no way through a branch that leaves early reaches point `to`:
// each `break` in it leaves a loop holding `to` (or whose back edge `to`
// stands for), each `continue` goes round one holding it; a `return` or a
// panic leaves the function.
bool BorrowChecker::neverReaches(const Region& branch, uint32_t to) const {
  if (!branch.leaves) return false;
  return std::all_of(jumps_.begin(), jumps_.end(), [&](const Jump& j) {
    if (!branch.contains(j.point)) return true;
    if (j.target < 0) return false;
    const Region& t = regions_[j.target];
    return j.isContinue ? t.contains(to) : t.start <= to && to <= t.end + 1;
  });
}

// Whether holder h still holds its borrow at `to`, coming from the access
// at `at`: no `x = ...` of it on the way from where it took the borrow to
// `at`, nor from there to `to`, each way round `loop` when it goes back.
bool BorrowChecker::holdsOnTheWay(const Holder& h, uint32_t at, uint32_t to, const LoopRange* loop) const {
  auto passes = [&](uint32_t from, uint32_t until) {
    if (from < until || !loop) return reassignedOnEveryWay(h.local, from, until);
    return reassignedOnEveryWay(h.local, from, loop->end + 1) || reassignedOnEveryWay(h.local, loop->start - 1, until);
  };
  // Taken after the access: from another holder, or round the loop.
  if (h.since > at && !loop) return !passes(h.since, to);
  return !passes(h.since, at) && !passes(at, to);
}

// Whether every way from point `from` on to point `to` (later) gives
// `local` a new value: an assignment on each, or a `loop` whose every
// `break` comes after one. (A `?` or a `return` on the way leaves the
// function: no way goes on from there.)
bool BorrowChecker::reassignedOnEveryWay(int32_t local, uint32_t from, uint32_t to) const {
  if (std::none_of(reassigned_.begin(), reassigned_.end(), [&](const Reassignment& r) { return r.local == local && from < r.point && r.point < to; }))
    return false;
  bool passed = std::any_of(reassigned_.begin(), reassigned_.end(), [&](const Reassignment& r) {
    return r.local == local && from < r.point && r.point < to && passedOnEveryWay(r, from, to, -1);
  });
  for (int32_t y = 0; !passed && y < static_cast<int32_t>(regions_.size()); ++y) {
    const Region& loop = regions_[y];
    passed = loop.kind == Region::Kind::UntilBreak && from < loop.start && loop.end < to &&
             everyBreakComesAfterAnAssignment(loop, local) && passedOnEveryWay({local, loop.end, loop.parent}, from, to, -1);
  }
  return passed;
}

// Whether every `break` in a `loop` (the only ways out of it, when it is
// entered from before it) comes after an assignment of `local` on every
// way from the loop's start: `loop { ..; if done { r = &x; break; } }`.
// A `break` of a loop inside it counts too, which asks for more than
// needed, never less.
bool BorrowChecker::everyBreakComesAfterAnAssignment(const Region& loop, int32_t local) const {
  return std::all_of(jumps_.begin(), jumps_.end(), [&](const Jump& j) {
    return j.isContinue || !loop.contains(j.point) || reassignedOnEveryWay(local, loop.start - 1, j.point);
  });
}

// Whether every way from `from` to `to` passes assignment r: each region
// around it, up to `within` (or all), that holds neither end is one no way
// passes by.
bool BorrowChecker::passedOnEveryWay(const Reassignment& r, uint32_t from, uint32_t to, int32_t within) const {
  for (int32_t i = r.region; i >= 0 && i != within; i = regions_[i].parent) {
    const Region& x = regions_[i];
    if (x.contains(from) || x.contains(to)) return true;  // and so do the regions around it
    switch (x.kind) {
      case Region::Kind::MaybeNever: return false;
      case Region::Kind::UntilBreak: case Region::Kind::Labeled:
        if (std::any_of(jumps_.begin(), jumps_.end(), [&](const Jump& j) { return !j.isContinue && x.start <= j.point && j.point < r.point; }))
          return false;
        break;
      case Region::Kind::Branch:
        if (!everyOtherBranchReassigns(i, r.local, from, to)) return false;
        break;
    }
  }
  return true;
}

// Whether each sibling of `branch` gives `local` a new value on every way
// through it (`if c { r = &a; } else { r = &b; }`).
bool BorrowChecker::everyOtherBranchReassigns(int32_t branch, int32_t local, uint32_t from, uint32_t to) const {
  auto inside = [&](int32_t region, int32_t outer) {
    for (int32_t i = region; i >= 0; i = regions_[i].parent)
      if (i == outer) return true;
    return false;
  };
  for (int32_t y = 0; y < static_cast<int32_t>(regions_.size()); ++y) {
    const Region& other = regions_[y];
    if (y == branch || other.set != regions_[branch].set) continue;
    if (other.contains(from) || other.contains(to)) return false;
    if (neverReaches(other, to)) continue;  // `None => return`, `else { panic!(..) }`
    bool passed = std::any_of(reassigned_.begin(), reassigned_.end(), [&](const Reassignment& r) {
      return r.local == local && from < r.point && r.point < to && inside(r.region, y) && passedOnEveryWay(r, from, to, y);
    });
    if (!passed) return false;
  }
  return true;
}

// Whether `local` holds borrow b already, since it was last given a value:
// a variable given a new value takes its borrows anew (`r = r2;` after
// `r = &x;`, where r2 holds what r held first).
bool BorrowChecker::holdsAlready(const Borrow& b, int32_t local) const {
  uint32_t last = 0;
  for (const Reassignment& r : reassigned_)
    if (r.local == local) last = std::max(last, r.point);
  return std::any_of(b.holders.begin(), b.holders.end(), [&](const Holder& h) { return h.local == local && h.since >= last; });
}

}  // namespace sh::borrowck
