// Borrow checking with non-lexical lifetimes, for the subset.
//
// A reference kept in a variable (`let first = &v[0];`) holds a borrow of the
// place it points into. The borrow lives from the `&` to the last use of the
// variable that holds it (or of any variable that got the reference from it)
// — not to the end of the scope: that is what "non-lexical" means, and why
//     let first = &v[0];
//     println!("{first}");
//     v.push(4);
// is accepted while moving the `println!` below the push is error E0502.
//
// The pass numbers every expression of a function in evaluation order
// (points), records where borrows begin, which variables hold them and where
// those are used, and every access to a variable (read, write, move,
// borrow). An access conflicts with a live borrow of the same variable (or an
// overlapping field) by Rust's rules:
//   &mut while shared      E0502      & while &mut          E0502
//   &mut while &mut        E0499      assign while borrowed E0506
//   move while borrowed    E0505      read while &mut       E0503
//   the variable's scope ends while borrowed                E0597
//   a temporary is freed at its statement's end while borrowed  E0716
// Inside a loop, a use of the holder anywhere in the loop keeps a borrow made
// before the loop alive throughout it (the next iteration uses it again); a
// borrow made in the loop and kept by a variable declared outside it (and
// not given a new value in it) is still alive when the next iteration comes
// back round: `refs.push(&mut s)` in a loop borrows `s` twice (E0499).
//
// A reference stored into a variable's value holds the borrow as much as one
// assigned to it: `v.push(&x)` (a std method taking `&mut self`) or
// `v[0] = &x` makes `v` a holder of the borrow of `x`, so `x` may not die
// before `v` is done (E0597), and a temporary pushed by reference is
// E0716.
//
// A call's result holds what the arguments sharing a lifetime with its
// result borrow (FnLifetimes, check/lifetimes.cpp): `longest(&a, &b)` both,
// `e.part()` with `-> &'a str` what `e` holds and not `e` itself. Inside a
// function, each parameter with lifetimes holds a borrow from the caller;
// the function may not return it, or store it through another parameter,
// under a lifetime it does not have (E0621, or "lifetime may not live long
// enough").
//
// Borrows that no variable holds (the `&mut v` of `v.push(1)`, a `&x` passed
// straight to a call) end with their statement and are not tracked; Rust's
// two-phase borrows make most such overlaps legal anyway. Each error carries
// a plain-English note on what would go wrong in memory.
#include <algorithm>

#include "check/borrow_checker.h"

namespace sh::borrowck {

void BorrowChecker::checkFunction(const FnInfo& fn) {
  fn_ = &fn;
  if (refs_.letObjectsHoldBorrows(fn.objectsHoldBorrows)) {
    slots_.forget();
    dropReadsBorrows_.clear();
  }
  lifetimes_.setFunction(fn);
  borrows_.clear();
  accesses_.clear();
  uses_.clear();
  loops_.clear();
  branchSets_.clear();
  scopeEnds_.clear();
  extended_.clear();
  reassigned_.clear();
  regions_.clear();
  openRegion_ = -1;
  nextBranchSet_ = 0;
  jumps_.clear();
  declaredAt_.assign(fn.locals.size(), 0);
  returns_.clear();
  tailTemporaries_.clear();
  staticHolders_.clear();
  point_ = 0;
  lifetimes_.holdParameterBorrows(fn, borrows_, slots_);
  lifetimes_.holdClosureParameterBorrows(fn, borrows_);
  walkBlock(*fn.decl->body);
  if (fn.decl->body->tail && holdsReference(fn.ret)) rejectReturnOfLocal(*fn.decl->body->tail);
  if (fn.decl->body->tail) returns_.push_back(fn.decl->body->tail.get());
  for (const Expr* value : returns_) lifetimes_.requireClosureReturnOwnsNothing(*value, borrows_);
  for (const Expr* value : returns_) lifetimes_.requireReturnLifetimes(*value, borrows_, uses_, slots_);
  for (const Expr* value : returns_) holdReturnedBorrows(*value);
  findConflicts();
}

// A borrow the function's result holds must outlive the body (its region
// is NLL's): handed on only on some paths (`if let Some(x) = v.first() {
// return x; } v.push(0);`, a `match map.get(&k)` arm giving the value while
// another inserts), it is still live on the others, wherever the run may
// go from where it was made. rustc rejects those (NLL's "problem case
// #3", which only Polonius accepts): E0502, E0499.
void BorrowChecker::holdReturnedBorrows(const Expr& value) {
  Flows flows;
  lifetimes_.flowInto(value, flows);
  for (const auto& readAt : flows.readers) {
    int32_t reader = readAt.first;  // a plain variable: clang 14 (the wasm build's) cannot capture a structured binding
    Span span = readAt.second;
    const Use* read = nullptr;
    for (const Use& u : uses_)
      if (u.local == reader && u.span.start == span.start && u.span.end == span.end) read = &u;
    if (!read) continue;
    uint32_t from = innermostConditionalStart(read->point);
    for (Borrow& b : borrows_) {
      bool held = std::any_of(b.holders.begin(), b.holders.end(), [&](const Holder& h) { return h.local == reader && holdsOnTheWay(h, h.since, read->point, nullptr); });
      if (held && b.param < 0 && !b.temporary && b.point < from && !b.returned) {
        b.returned = true;
        b.liveSpan = value.span;
      }
    }
  }
}

// Where the innermost branch or loop holding `point` starts, or 0 at the
// body's top level (where a `return` is the only way on).
uint32_t BorrowChecker::innermostConditionalStart(uint32_t point) const {
  uint32_t start = 0;
  for (const LoopRange& l : loops_)
    if (l.start <= point && point <= l.end) start = std::max(start, l.start);
  for (const std::vector<LoopRange>& set : branchSets_)
    for (const LoopRange& r : set)
      if (r.start <= point && point <= r.end) start = std::max(start, r.start);
  return start;
}

// Whether the run may reach point q from point p: later and not in
// another branch of an `if` or `match`, or round a loop holding both.
bool BorrowChecker::reachable(uint32_t p, uint32_t q) const { return inSameLoop(p, q) || (q > p && !inOtherBranches(p, q)); }

// Whether what `t` is or points at may hold a reference: where a `&mut
// self` method could store one (a Vec of `&str`, not a Formatter).
bool BorrowChecker::canHoldReferences(TypeId t) const {
  while (T_.get(T_.resolve(t)).kind == TypeKind::Ref) t = T_.get(T_.resolve(t)).args[0];
  return holdsReference(t);
}

int32_t BorrowChecker::placeRoot(const Expr& e, std::string* path, bool* throughIndex) const {
  return borrowck::placeRoot(T_, *fn_, e, path, throughIndex);
}

void BorrowChecker::access(Access kind, const Expr& place, Span span, int32_t ownBorrow) {
  std::string path;
  int32_t root = placeRoot(place, &path);
  if (root < 0) return;
  noteUse(root, span);
  // Through a reference: a use of the holder, not of the borrowed place
  // (except `*r`, which a reborrow `&mut *r` may have borrowed).
  if (isRefLocal(root) && path.rfind("*", 0) != 0) return;
  accesses_.push_back({kind, root, path, span, point_, ownBorrow, std::string(file_.slice(span)), {}, builtinIndexName(place)});
}

// rustc's name of a place reached through an array's or a slice's own
// indexing (`a[_]`, `p.x[_]`, `grid[_][_]`), which its path (the whole
// variable, past an index) cannot say; "" for any other place. A Vec's
// index calls Index::index with the Vec: the place used is the Vec's, and
// what lies past it is dropped.
std::string BorrowChecker::builtinIndexName(const Expr& place) const {
  std::string suffix;
  bool indexed = false;
  const Expr* cur = &place;
  while (true) {
    if (cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField) {
      suffix = "." + (cur->kind == ExprKind::Field ? cur->text : std::to_string(cur->index)) + suffix;
      cur = cur->operand.get();
    } else if (cur->kind == ExprKind::Index) {
      TypeKind base = T_.get(withoutRefs(cur->lhs->type)).kind;
      indexed = base == TypeKind::Array || base == TypeKind::Slice;
      suffix = indexed ? "[_]" + suffix : "";
      cur = cur->lhs.get();
    } else if (cur->kind == ExprKind::Paren) {
      cur = cur->operand.get();
    } else {
      break;
    }
  }
  if (!indexed || cur->kind != ExprKind::Path || cur->resolvedKind != static_cast<uint8_t>(Resolved::Local)) return "";
  return fn_->locals[cur->resolved].name + suffix;
}

// `v.push(*last)`: the `&mut v` is reserved before `*last` is read, and
// a `&mut` into v still used there conflicts with it (E0499). The
// reservation is a two-phase borrow while the arguments run: they may
// read v (`v.push(v.len())`), not borrow it mutably (`v.push(v.pop()..)`,
// E0499) or move it. Returns that borrow, to end before the call.
int32_t BorrowChecker::reserveReceiver(const Expr& call, bool placeReceiver) {
  std::string path;
  int32_t root = placeRoot(*call.operand, &path);
  if (root < 0) return -1;
  ++point_;
  int32_t b = -1;
  if (placeReceiver) {
    b = makeBorrow(*call.operand, true, call.operand->span);
    access(Access::Reserve, *call.operand, call.span, b);
  } else if (path.empty() && isRefLocal(root) && call.derefs > 0) {  // through `r: &mut Vec<T>`: of `*r`
    b = borrowPlace(root, "*", true, call.operand->span, point_);
    accessPlace(Access::Reserve, root, "*", call.span, b);
  }
  if (b >= 0) {
    borrows_[b].twoPhase = true;
    borrows_[b].sealed = true;  // what the call's result borrows is its own affair
  }
  return b;
}

// `r.push(9)` with `r: &mut Vec<i32>` is `Vec::push(&mut *r, 9)`: the
// method reborrows the place r points at, which a reborrow kept in a
// variable (`let a = &mut *r;`) may still hold (E0499, E0502). A result
// that borrows the receiver (`let f = r.first();`) holds that reborrow.
void BorrowChecker::accessThroughReferenceReceiver(const Expr& call, bool resultBorrowsReceiver, uint32_t callPoint) {
  std::string path;
  int32_t root = placeRoot(*call.operand, &path);
  if (root < 0 || !path.empty() || !isRefLocal(root) || call.derefs == 0) return;
  bool isMut = call.receiverMode == 2;
  int32_t b = holdsReference(call.type) && resultBorrowsReceiver ? borrowPlace(root, "*", isMut, call.operand->span, callPoint) : -1;
  accessPlace(isMut ? Access::Mutable : Access::Shared, root, "*", call.span, b, callPoint);
}

// `write!(f, ..)` with `f: &mut Formatter` is `(*f).write_fmt(..)`: it
// reborrows what f points at mutably once its arguments are made, which a
// reborrow still held (`let r = &mut *f;`, a debug builder) conflicts with.
void BorrowChecker::writeThroughReference(const Expr& destination, Span span) {
  std::string path;
  int32_t root = placeRoot(destination, &path);
  if (root < 0 || !path.empty() || !isRefLocal(root)) return;
  accessPlace(Access::Mutable, root, "*", span, -1, ++point_);
}

// An access of a place named by its variable and path (`*r` is "*").
void BorrowChecker::accessPlace(Access kind, int32_t root, const std::string& path, Span span, int32_t ownBorrow, uint32_t at) {
  noteUse(root, span);
  accesses_.push_back({kind, root, path, span, at ? at : point_, ownBorrow, placeName(fn_->locals[root].name, path), {}, ""});
}

int32_t BorrowChecker::borrowPlace(int32_t root, const std::string& path, bool isMut, Span span, uint32_t point) {
  Borrow b;
  b.local = root;
  b.path = path;
  b.isMut = isMut;
  b.span = span;
  b.point = point;
  borrows_.push_back(b);
  return static_cast<int32_t>(borrows_.size() - 1);
}

TypeId BorrowChecker::withoutRefs(TypeId t) const {
  t = T_.resolve(t);
  while (T_.get(t).kind == TypeKind::Ref) t = T_.resolve(T_.get(t).args[0]);
  return t;
}

int32_t BorrowChecker::makeBorrow(const Expr& place, bool isMut, Span span) {
  std::string path;
  bool throughIndex = false;
  int32_t root = placeRoot(place, &path, &throughIndex);
  // Through a reference local (`&r.x`, `&r[i]`) the borrow is of what it
  // points at; only `&r` itself borrows the local (a `&&T` to its slot).
  bool wholeLocal = place.kind == ExprKind::Path;
  if (root < 0 || (isRefLocal(root) && !wholeLocal && path.rfind("*", 0) != 0)) return -1;
  Borrow b;
  b.local = root;
  b.path = path;
  b.isMut = isMut;
  b.span = span;
  b.point = point_;
  b.vecElement = throughIndex && T_.get(fn_->locals[root].type).kind == TypeKind::Vec;
  b.shown = builtinIndexName(place);
  borrows_.push_back(b);
  return static_cast<int32_t>(borrows_.size() - 1);
}

// Borrows made while evaluating an initializer go to the variable it
// initialises, when that variable's type holds a reference; so do the
// borrows held by variables the initializer reads.
// With the `value` made, each borrow is held under the lifetimes of the
// holder's type it lands in (check/borrow_slots.cpp): `let x = t.0;`
// takes only what `t.0` holds. A borrow made or read outside the value
// (where nothing says which part holds it) is held under all of them.
// `callers`: whether the caller's borrows (a parameter's) are held too.
// The bindings of `for PATTERN in ITERABLE` leave them out: which of a
// parameter's lifetimes an item carries is its type's business (`for &next
// in &graph[node]` copies out the `&'a str`s, not the `&HashMap`'s own
// borrow), and the lifetime rules see the item's type.
void BorrowChecker::assignHolder(int32_t holder, size_t firstBorrow, size_t firstUse, const Expr* value, bool callers) {
  if (!holdsReference(fn_->locals[holder].type)) return;
  std::optional<ValueHoldings> parts;
  if (value) {
    parts.emplace(HoldingsQuery{p_, T_, *fn_, slots_, borrows_, uses_, firstBorrow, firstUse, holder});
    parts->collect(*value, slots_.identity(fn_->locals[holder].type));
  }
  auto inValue = [&](Span s) { return value && s.start >= value->span.start && s.end <= value->span.end; };
  auto hold = [&](size_t i, bool located) {
    if (!callers && borrows_[i].param >= 0) return;
    if (parts && parts->out.count(i)) {
      if (parts->out[i]) borrows_[i].holders.push_back({holder, point_, parts->out[i], parts->approximate.count(i) > 0});
    } else if (!located) borrows_[i].holders.push_back({holder, point_});
  };
  for (size_t i = firstBorrow; i < borrows_.size(); ++i)
    if (!borrows_[i].sealed) hold(i, inValue(borrows_[i].span));
  std::vector<std::pair<int32_t, Span>> sources;
  for (size_t i = firstUse; i < uses_.size(); ++i)
    if (!uses_[i].sealed) sources.emplace_back(uses_[i].local, uses_[i].span);
  for (size_t i = 0; i < borrows_.size(); ++i) {
    if (holdsAlready(borrows_[i], holder)) continue;
    bool held = false, located = true;
    for (const auto& source : sources)
      if (source.first != holder && heldBy(borrows_[i], source.first)) {
        held = true;
        located = located && inValue(source.second);
      }
    if (held) hold(i, located);
  }
}

// `keep(&mut v, &s)` with `fn keep<'a>(v: &mut Vec<&'a str>, s: &'a str)`:
// an argument whose lifetimes are those inside a `&mut` parameter may be
// stored through it, so the variable that parameter borrows holds it.
void BorrowChecker::storeThroughMutParameters(const FnInfo& callee, size_t firstParam, const std::vector<ExprPtr>& args,
                                              const std::vector<ArgRange>& ranges, int32_t receiverRoot) {
  const FnLifetimes& lt = callee.lifetimes;
  for (size_t j = 0; j < lt.inner.size(); ++j) {
    const Type& pt = T_.get(callee.paramTypes[j]);
    if (pt.kind != TypeKind::Ref || !pt.isMut || lt.inner[j].empty()) continue;
    int32_t root = receiverRoot;
    if (j >= firstParam) {
      const Expr& arg = *args[j - firstParam];
      root = arg.kind == ExprKind::Ref ? placeRoot(*arg.operand, nullptr) : -1;
    }
    if (root < 0 || isRefLocal(root)) continue;
    for (size_t i = 0; i < ranges.size(); ++i) {
      size_t param = firstParam + i;
      if (param == j || param >= lt.inner.size()) continue;
      bool shared = std::any_of(lt.inner[j].begin(), lt.inner[j].end(), [&](const std::string& l) {
        return lt.within({l}, lt.outer[param]) ||
               std::any_of(lt.inner[param].begin(), lt.inner[param].end(), [&](const std::string& m) { return lt.within({l}, m); });
      });
      if (shared) storeRange(root, ranges[i]);
    }
  }
}

void BorrowChecker::storeRange(int32_t holder, const ArgRange& r) {
  if (!holdsReference(fn_->locals[holder].type)) return;
  for (size_t i = r.borrows; i < r.borrowsEnd; ++i)
    if (!holdsAlready(borrows_[i], holder)) borrows_[i].holders.push_back({holder, point_});
  for (size_t u = r.uses; u < r.usesEnd; ++u)
    for (Borrow& b : borrows_)
      if (uses_[u].local != holder && heldBy(b, uses_[u].local) && !holdsAlready(b, holder)) b.holders.push_back({holder, point_});
}

// `v.push(&x)`, `v[i] = &x`: what the value stored holds is held by the
// variable it is stored into too; the variable's old borrows stay held.
void BorrowChecker::storeInto(int32_t holder, size_t firstBorrow, size_t firstUse) {
  if (!holdsReference(fn_->locals[holder].type)) return;
  std::vector<int32_t> sources;
  for (size_t i = firstUse; i < uses_.size(); ++i)
    if (!uses_[i].sealed) sources.push_back(uses_[i].local);
  for (size_t i = 0; i < borrows_.size(); ++i) {
    Borrow& b = borrows_[i];
    bool stored = (i >= firstBorrow && !b.sealed) || std::any_of(sources.begin(), sources.end(), [&](int32_t s) { return s != holder && heldBy(b, s); });
    if (stored && !holdsAlready(b, holder)) b.holders.push_back({holder, point_});
  }
}

// `v.push(*r)`, `v.insert(k, x)`: what each argument's value holds
// (check/borrow_slots.cpp) is held by the receiver's variable: a `&str`
// read out of a `&&str` (`*r`, or the coercion of `r`) holds what the
// inner reference borrows, not what the outer one does. `a.append(&mut b)`
// moves b's elements in: a holds what they hold, not the `&mut b`.
void BorrowChecker::storeArguments(int32_t holder, const Expr& call, size_t firstBorrow, size_t firstUse) {
  if (!holdsReference(fn_->locals[holder].type)) return;
  for (const ExprPtr& arg : call.args) {
    ValueHoldings parts(HoldingsQuery{p_, T_, *fn_, slots_, borrows_, uses_, firstBorrow, firstUse, holder});
    std::vector<SlotMask> into(slots_.count(arg->coercion ? arg->coercedType : arg->type), kEverySlot);
    if (movesElementsOutOfArgument(call) && !into.empty()) into[0] = 0;
    parts.collect(*arg, into);
    for (const auto& [i, slots] : parts.out)
      if (slots && !holdsAlready(borrows_[i], holder)) borrows_[i].holders.push_back({holder, point_});
  }
}

void BorrowChecker::declare(const std::vector<int32_t>& locals) {
  for (int32_t local : locals) declaredAt_[local] = point_;
}

// `r = ...` ends what r held, on the ways through it: its old borrows are
// no longer kept alive by r there (holdsOnTheWay).
void BorrowChecker::releaseHolder(int32_t holder) { reassigned_.push_back({holder, point_, openRegion_}); }

}  // namespace sh::borrowck

namespace sh {

void checkBorrows(const Checked& program, const SourceFile& file, const FnInfo& fn) {
  borrowck::BorrowChecker(program, file).checkFunction(fn);
}

}  // namespace sh
