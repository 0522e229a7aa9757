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
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

#include <climits>

#include "check/borrow_facts.h"

namespace sh {

namespace {

using namespace borrowck;

class BorrowChecker {
 public:
  BorrowChecker(const Checked& p, const SourceFile& file) : p_(p), T_(p.types), file_(file), refs_(p.types), lifetimes_(p, file, refs_) {}

  void checkFunction(const FnInfo& fn) {
    fn_ = &fn;
    lifetimes_.setFunction(fn);
    borrows_.clear();
    accesses_.clear();
    uses_.clear();
    loops_.clear();
    scopeEnds_.clear();
    extended_.clear();
    reassigned_.clear();
    declaredAt_.assign(fn.locals.size(), 0);
    returns_.clear();
    tailTemporaries_.clear();
    point_ = 0;
    lifetimes_.holdParameterBorrows(fn, borrows_, slots_);
    walkBlock(*fn.decl->body);
    if (fn.decl->body->tail && holdsReference(fn.ret)) rejectReturnOfLocal(*fn.decl->body->tail);
    if (fn.decl->body->tail) returns_.push_back(fn.decl->body->tail.get());
    for (const Expr* value : returns_) lifetimes_.requireReturnLifetimes(*value, borrows_, uses_, slots_);
    findConflicts();
  }

 private:
  // ---------------------------------------------------------------- collecting

  bool holdsReference(TypeId t) const { return refs_.holds(t); }
  // Whether what `t` is or points at may hold a reference: where a `&mut
  // self` method could store one (a Vec of `&str`, not a Formatter).
  bool canHoldReferences(TypeId t) const {
    while (T_.get(T_.resolve(t)).kind == TypeKind::Ref) t = T_.get(T_.resolve(t)).args[0];
    return holdsReference(t);
  }

  bool isRefLocal(int32_t local) const { return borrowck::isRefLocal(T_, *fn_, local); }
  int32_t placeRoot(const Expr& e, std::string* path, bool* throughIndex = nullptr) const {
    return borrowck::placeRoot(T_, *fn_, e, path, throughIndex);
  }

  void noteUse(int32_t local, Span span) { uses_.push_back({local, point_, span}); }

  void access(Access kind, const Expr& place, Span span, int32_t ownBorrow = -1) {
    std::string path;
    int32_t root = placeRoot(place, &path);
    if (root < 0) return;
    noteUse(root, span);
    // Through a reference: a use of the holder, not of the borrowed place
    // (except `*r`, which a reborrow `&mut *r` may have borrowed).
    if (isRefLocal(root) && path.rfind("*", 0) != 0) return;
    accesses_.push_back({kind, root, path, span, point_, ownBorrow, std::string(file_.slice(span)), {}});
  }

  // `v.push(*last)`: the `&mut v` is reserved before `*last` is read, and
  // a `&mut` into v still used there conflicts with it (E0499). The
  // reservation is a two-phase borrow while the arguments run: they may
  // read v (`v.push(v.len())`), not borrow it mutably (`v.push(v.pop()..)`,
  // E0499) or move it. Returns that borrow, to end before the call.
  int32_t reserveReceiver(const Expr& call, bool placeReceiver) {
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
  void accessThroughReferenceReceiver(const Expr& call, bool resultBorrowsReceiver, uint32_t callPoint) {
    std::string path;
    int32_t root = placeRoot(*call.operand, &path);
    if (root < 0 || !path.empty() || !isRefLocal(root) || call.derefs == 0) return;
    bool isMut = call.receiverMode == 2;
    int32_t b = holdsReference(call.type) && resultBorrowsReceiver ? borrowPlace(root, "*", isMut, call.operand->span, callPoint) : -1;
    accessPlace(isMut ? Access::Mutable : Access::Shared, root, "*", call.span, b, callPoint);
  }

  // An access of a place named by its variable and path (`*r` is "*").
  void accessPlace(Access kind, int32_t root, const std::string& path, Span span, int32_t ownBorrow = -1, uint32_t at = 0) {
    noteUse(root, span);
    accesses_.push_back({kind, root, path, span, at ? at : point_, ownBorrow, placeName(fn_->locals[root].name, path), {}});
  }

  int32_t borrowPlace(int32_t root, const std::string& path, bool isMut, Span span, uint32_t point) {
    Borrow b;
    b.local = root;
    b.path = path;
    b.isMut = isMut;
    b.span = span;
    b.point = point;
    borrows_.push_back(b);
    return static_cast<int32_t>(borrows_.size() - 1);
  }


  TypeId withoutRefs(TypeId t) const {
    t = T_.resolve(t);
    while (T_.get(t).kind == TypeKind::Ref) t = T_.resolve(T_.get(t).args[0]);
    return t;
  }

  int32_t makeBorrow(const Expr& place, bool isMut, Span span) {
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
  void assignHolder(int32_t holder, size_t firstBorrow, size_t firstUse, const Expr* value = nullptr) {
    if (!holdsReference(fn_->locals[holder].type)) return;
    std::optional<ValueHoldings> parts;
    if (value) {
      parts.emplace(HoldingsQuery{p_, T_, *fn_, slots_, borrows_, uses_, firstBorrow, firstUse, holder});
      parts->collect(*value, slots_.identity(fn_->locals[holder].type));
    }
    auto inValue = [&](Span s) { return value && s.start >= value->span.start && s.end <= value->span.end; };
    auto hold = [&](size_t i, bool located) {
      if (parts && parts->out.count(i)) {
        if (parts->out[i]) borrows_[i].holders.push_back({holder, UINT32_MAX, parts->out[i], parts->approximate.count(i) > 0});
      } else if (!located) borrows_[i].holders.push_back({holder, UINT32_MAX});
    };
    for (size_t i = firstBorrow; i < borrows_.size(); ++i)
      if (!borrows_[i].sealed) hold(i, inValue(borrows_[i].span));
    std::vector<std::pair<int32_t, Span>> sources;
    for (size_t i = firstUse; i < uses_.size(); ++i)
      if (!uses_[i].sealed) sources.emplace_back(uses_[i].local, uses_[i].span);
    for (size_t i = 0; i < borrows_.size(); ++i) {
      if (heldBy(borrows_[i], holder)) continue;
      bool held = false, located = true;
      for (const auto& source : sources)
        if (source.first != holder && heldBy(borrows_[i], source.first)) {
          held = true;
          located = located && inValue(source.second);
        }
      if (held) hold(i, located);
    }
  }

  // What one argument made and read: borrows [borrows, borrowsEnd), uses [uses, usesEnd).
  struct ArgRange {
    size_t borrows, borrowsEnd, uses, usesEnd;
  };

  // `keep(&mut v, &s)` with `fn keep<'a>(v: &mut Vec<&'a str>, s: &'a str)`:
  // an argument whose lifetimes are those inside a `&mut` parameter may be
  // stored through it, so the variable that parameter borrows holds it.
  void storeThroughMutParameters(const FnInfo& callee, size_t firstParam, const std::vector<ExprPtr>& args,
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

  void storeRange(int32_t holder, const ArgRange& r) {
    if (!holdsReference(fn_->locals[holder].type)) return;
    for (size_t i = r.borrows; i < r.borrowsEnd; ++i)
      if (!heldBy(borrows_[i], holder)) borrows_[i].holders.push_back({holder, UINT32_MAX});
    for (size_t u = r.uses; u < r.usesEnd; ++u)
      for (Borrow& b : borrows_)
        if (uses_[u].local != holder && heldBy(b, uses_[u].local) && !heldBy(b, holder)) b.holders.push_back({holder, UINT32_MAX});
  }

  // `v.push(&x)`, `v[i] = &x`: what the value stored holds is held by the
  // variable it is stored into too; the variable's old borrows stay held.
  void storeInto(int32_t holder, size_t firstBorrow, size_t firstUse) {
    if (!holdsReference(fn_->locals[holder].type)) return;
    std::vector<int32_t> sources;
    for (size_t i = firstUse; i < uses_.size(); ++i)
      if (!uses_[i].sealed) sources.push_back(uses_[i].local);
    for (size_t i = 0; i < borrows_.size(); ++i) {
      Borrow& b = borrows_[i];
      bool stored = (i >= firstBorrow && !b.sealed) || std::any_of(sources.begin(), sources.end(), [&](int32_t s) { return s != holder && heldBy(b, s); });
      if (stored && !heldBy(b, holder)) b.holders.push_back({holder, UINT32_MAX});
    }
  }

  void declare(const std::vector<int32_t>& locals) {
    for (int32_t local : locals) declaredAt_[local] = point_;
  }

  // `r = ...` ends what r held: its old borrows are no longer kept alive by r.
  void releaseHolder(int32_t holder) {
    reassigned_.push_back({holder, point_});
    for (Borrow& b : borrows_)
      for (Holder& h : b.holders)
        if (h.local == holder && h.until == UINT32_MAX) h.until = point_;
  }

  void walkBlock(const Block& b) {
    std::vector<int32_t> declared;
    for (const Stmt& s : b.stmts) walkStmt(s, declared);
    size_t firstTemporary = tailTemporaries_.size();
    if (b.tail) {
      collectTailTemporaries(*b.tail);
      walkValue(*b.tail);  // a block is a value: its tail `s` moves s (E0505 while s is borrowed)
    }
    ++point_;
    for (int32_t local : declared) scopeEnds_.push_back({local, point_, {b.span.end - 1, b.span.end}});
    holdTailTemporaries(firstTemporary, point_ + 1);
  }

  // Edition 2021 drops the temporaries of a block's tail expression at the
  // end of the statement around the block, after the block's own variables:
  // in `{ let c = RefCell::new(1); *c.borrow() }` the `Ref` is dropped after
  // `c`, and its drop reads `c`'s borrow flag (E0597). Such a temporary is a
  // value the tail keeps in place (a method's receiver taken by reference or
  // dereferenced, a `match`/`if let` scrutinee, the base of a field or an
  // index, the operand of `&` or `*`) whose drop reads what it borrows;
  // `if` conditions, arms, loop bodies, a `for` loop's head and `&&`/`||`
  // operands drop theirs sooner. A Vec or Box of references may dangle when dropped (std's
  // `#[may_dangle]`), so only guards and the learner's `Drop` types count.
  void collectTailTemporaries(const Expr& e) {
    auto temporary = [&](const Expr& v) {
      if (placeRoot(v, nullptr) >= 0 || !dropReadsBorrows(v.type)) return;
      if (std::find(extended_.begin(), extended_.end(), &v) != extended_.end()) return;
      tailTemporaries_.push_back({&v});
    };
    switch (e.kind) {
      case ExprKind::MethodCall:
        if (e.receiverMode != 0 || e.derefs > 0) temporary(*e.operand);
        collectTailTemporaries(*e.operand);
        for (const auto& a : e.args) collectTailTemporaries(*a);
        return;
      case ExprKind::Match: case ExprKind::IfLet:
        temporary(*e.operand);
        collectTailTemporaries(*e.operand);
        return;
      case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Deref: case ExprKind::Ref:
        temporary(*e.operand);
        collectTailTemporaries(*e.operand);
        return;
      case ExprKind::Index:
        temporary(*e.lhs);
        collectTailTemporaries(*e.lhs);
        collectTailTemporaries(*e.rhs);
        return;
      case ExprKind::Block:
        if (e.block->tail) collectTailTemporaries(*e.block->tail);
        return;
      case ExprKind::For: return;  // desugared as `let result = match into_iter(head) {..}; result`: its temporaries drop at that `let`
      case ExprKind::Binary:
        if (e.binaryOp == BinaryOp::And || e.binaryOp == BinaryOp::Or) return;
        collectTailTemporaries(*e.lhs);
        collectTailTemporaries(*e.rhs);
        return;
      case ExprKind::Call: case ExprKind::Tuple: case ExprKind::Array: case ExprKind::Paren: case ExprKind::Cast:
      case ExprKind::Unary:
        if (e.operand) collectTailTemporaries(*e.operand);
        for (const auto& a : e.args) collectTailTemporaries(*a);
        return;
      case ExprKind::StructLit:
        for (const FieldInit& f : e.fields) collectTailTemporaries(*f.value);
        return;
      default: return;
    }
  }

  // Whether dropping a value of type `t` reads the borrows it holds: a
  // RefCell guard gives its borrow back, a learner's `Drop` impl may read
  // its fields; a container drops its elements.
  bool dropReadsBorrows(TypeId id) {
    id = T_.resolve(id);
    auto known = dropReadsBorrows_.find(id);
    if (known != dropReadsBorrows_.end()) return known->second;
    dropReadsBorrows_[id] = false;  // a recursive type reads one only through another of its fields
    const Type& t = T_.get(id);
    bool reads = false;
    switch (t.kind) {
      case TypeKind::CellRef: case TypeKind::CellRefMut: reads = true; break;
      case TypeKind::Struct: {
        const auto& fields = T_.structOf(id).fields;
        reads = (T_.structs()[t.structIndex].hasDrop && holdsReference(id)) ||
                std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return dropReadsBorrows(f.second); });
        break;
      }
      case TypeKind::Enum:
        reads = T_.enums()[t.enumIndex].hasDrop && holdsReference(id);
        for (const VariantInfo& v : T_.enumOf(id).variants)
          for (const auto& f : v.fields) reads = reads || dropReadsBorrows(f.second);
        break;
      case TypeKind::Option: case TypeKind::Result: case TypeKind::Tuple: case TypeKind::Array: case TypeKind::Vec:
      case TypeKind::Box: case TypeKind::VecDeque:
        reads = std::any_of(t.args.begin(), t.args.end(), [&](TypeId a) { return dropReadsBorrows(a); });
        break;
      default: break;
    }
    dropReadsBorrows_[id] = reads;
    return reads;
  }

  // The tail's temporaries collected from `first` on are dropped at
  // `dropPoint`: what each borrowed while it was made, directly or through a
  // variable holding a borrow, is used until then.
  void holdTailTemporaries(size_t first, uint32_t dropPoint) {
    for (size_t i = first; i < tailTemporaries_.size(); ++i) {
      const TailTemporary& t = tailTemporaries_[i];
      auto hold = [&](Borrow& b) {
        if (b.temporary || b.liveThrough >= dropPoint) return;
        b.liveThrough = dropPoint;
        b.liveSpan = t.expr->span;
      };
      for (size_t k = t.borrows; k < t.borrowsEnd; ++k) hold(borrows_[k]);
      for (size_t u = t.uses; u < t.usesEnd; ++u) {
        const Use use = uses_[u];
        for (Borrow& b : borrows_)
          if (b.point < use.point && heldBy(b, use.local)) hold(b);
        // `s2.borrow()` of an `Rc<RefCell<..>>`: the guard borrows the cell s2 owns.
        TypeKind owner = T_.get(T_.resolve(fn_->locals[use.local].type)).kind;
        if (owner == TypeKind::Rc || owner == TypeKind::Box) {
          Borrow b;
          b.local = use.local;
          b.span = use.span;
          b.point = use.point;
          hold(b);
          borrows_.push_back(b);
        }
      }
    }
    tailTemporaries_.resize(first);
  }

  static void bindings(const Pattern& p, std::vector<int32_t>& out) { borrowck::bindings(p, out); }

  void walkStmt(const Stmt& s, std::vector<int32_t>& declared) {
    ++point_;
    size_t statementBorrows = borrows_.size();
    extended_.insert(extended_.end(), s.extendedTemporaries.begin(), s.extendedTemporaries.end());
    walkStmtBody(s, declared);
    ++point_;
    for (size_t i = statementBorrows; i < borrows_.size(); ++i)
      if (borrows_[i].temporary && borrows_[i].freedAt == 0) {
        borrows_[i].freedAt = point_;
        borrows_[i].freedSpan = {s.span.end - 1, s.span.end};
      }
  }

  void walkStmtBody(const Stmt& s, std::vector<int32_t>& declared) {
    if (s.kind == StmtKind::Let) {
      std::string path;
      bool plainBinding = s.pattern->kind == PatternKind::Binding && !s.pattern->subpattern;
      int32_t root = s.init && !plainBinding ? matchedPlace(*s.init, &path) : -1;
      std::vector<int32_t> bound;
      if (root >= 0) {
        testPattern(root, path, *s.init, s.pattern->span, *s.pattern);
        if (s.elseBlock) walkBlock(*s.elseBlock);
        bound = bindPattern(root, path, *s.pattern);
      } else {
        size_t firstBorrow = borrows_.size(), firstUse = uses_.size();
        if (s.init) walkValue(*s.init);
        if (s.elseBlock) walkBlock(*s.elseBlock);
        bindings(*s.pattern, bound);
        bool plain = s.pattern->kind == PatternKind::Binding && !s.pattern->subpattern && !s.pattern->bindsByRef;
        if (s.init && !plain) bindOnValue(*s.init, {s.pattern.get()}, bound, firstBorrow, firstUse);
        else for (int32_t local : bound) assignHolder(local, firstBorrow, firstUse, s.init.get());
        declare(bound);
      }
      declared.insert(declared.end(), bound.begin(), bound.end());
    } else if (s.init) {
      walkValue(*s.init);
    }
  }

  // An expression whose value is used: a non-Copy place in it is moved.
  void walkValue(const Expr& e) {
    std::string path;
    if ((e.kind == ExprKind::Path || e.kind == ExprKind::Field || e.kind == ExprKind::TupleField) && placeRoot(e, &path) >= 0) {
      ++point_;
      access(T_.isCopy(e.type) || e.coercion != 0 ? Access::Read : Access::Move, e, e.span);
      return;
    }
    walk(e);
  }

  // An expression used in place: borrowed (by `&`, a method's `&self`, a
  // formatting macro) or read.
  void walkPlace(const Expr& e, Access kind, Span span) {
    if (e.kind == ExprKind::Index) walkValue(*e.rhs);
    std::string path;
    if (placeRoot(e, &path) >= 0) {
      ++point_;
      access(kind, e, span);
      return;
    }
    walk(e);
  }

  // Walks `e`, noting what it borrows when it is a tail's temporary.
  void walk(const Expr& e) {
    size_t firstBorrow = borrows_.size(), firstUse = uses_.size();
    walkExpr(e);
    for (TailTemporary& t : tailTemporaries_)
      if (t.expr == &e) t = {&e, firstBorrow, borrows_.size(), firstUse, uses_.size()};
  }

  void walkExpr(const Expr& e) {
    ++point_;
    switch (e.kind) {
      case ExprKind::Path:
        if (e.resolvedKind == static_cast<uint8_t>(Resolved::Local)) noteUse(e.resolved, e.span);
        return;
      case ExprKind::Ref: {
        if (e.operand->kind == ExprKind::Index) walkValue(*e.operand->rhs);
        std::string path;
        if (placeRoot(*e.operand, &path) < 0) {
          walk(*e.operand);
          borrowTemporary(*e.operand);
          return;
        }
        ++point_;
        // `&mut v[0]` is `IndexMut::index_mut(&mut v, 0)`: the borrow, and rustc's span, is `v`'s.
        Span at = e.operand->kind == ExprKind::Index ? e.operand->lhs->span : e.span;
        int32_t b = makeBorrow(*e.operand, e.isMut, at);
        if (b >= 0) borrows_[b].capturedAt = e.nameSpan;
        access(e.isMut ? Access::Mutable : Access::Shared, *e.operand, at, b);
        return;
      }
      case ExprKind::MethodCall: {
        std::string path;
        bool placeReceiver = placeRoot(*e.operand, &path) >= 0 && e.derefs == 0;
        if (placeReceiver && e.receiverMode == 2 && isSliceMethod(e)) {
          // A slice method reached through Vec's deref takes its `&mut v`
          // before the arguments are evaluated: no two-phase borrow.
          ++point_;
          int32_t b = makeBorrow(*e.operand, true, e.operand->span);
          access(Access::Mutable, *e.operand, e.span, b);
          if (b >= 0) borrows_[b].liveSpan = e.nameSpan;
          walkArguments(e.args);
          if (b >= 0) borrows_[b].liveThrough = ++point_;
          return;
        }
        int32_t reservation = e.receiverMode == 2 ? reserveReceiver(e, placeReceiver) : -1;
        size_t argBorrows = borrows_.size(), argUses = uses_.size();
        const FnInfo* callee = borrowck::calleeOf(p_, e);
        std::vector<ArgRange> ranges = walkArguments(e.args, callee, 1);
        uint32_t callPoint = point_;
        if (reservation >= 0) {
          borrows_[reservation].liveThrough = callPoint - 1;
          borrows_[reservation].liveSpan = e.nameSpan;
        }
        // A user method's result borrows the receiver's place, or what the
        // receiver holds, only where its signature says so.
        bool placeFlows = resultBorrowsReceiver(p_, e);
        bool heldFlows = !callee || callee->lifetimes.innerInResult(0);
        // `v.push(&x)`: a std method taking `&mut self` may keep what its
        // arguments borrow in the receiver (its element type holds the lifetime).
        int32_t root = placeRoot(*e.operand, &path);
        if (placeReceiver && e.receiverMode == 2 && e.resolvedKind == static_cast<uint8_t>(Resolved::Method) && root >= 0 &&
            !isRefLocal(root))
          storeInto(root, argBorrows, argUses);
        if (e.receiverMode == 2 && e.resolvedKind == static_cast<uint8_t>(Resolved::Method) && canHoldReferences(e.operand->type))
          for (const auto& a : e.args) lifetimes_.requireStoreLifetimes(*e.operand, *a, e.span, borrows_, slots_);
        if (callee && placeReceiver && root >= 0) storeThroughMutParameters(*callee, 1, e.args, ranges, root);
        if (!placeReceiver) {
          if (e.receiverMode == 0) walkValue(*e.operand); else walk(*e.operand);
          if (e.receiverMode != 0) accessThroughReferenceReceiver(e, placeFlows, callPoint);
          // `String::from("a").as_str()`: the receiver is a temporary borrowed by the result;
          // `s.split('.').next()` borrows only what the temporary iterator borrows, as does
          // a learner's `next` whose signature says so.
          bool ownedReceiver = e.derefs == 0 && T_.get(e.operand->type).kind != TypeKind::Ref;
          if (e.receiverMode != 0 && ownedReceiver && holdsReference(e.type) && placeFlows)
            borrowTemporary(*e.operand);
          // `s.chars().count()`: a result that holds no reference keeps nothing the receiver borrowed.
          if (!holdsReference(e.type))
            for (size_t k = argBorrows; k < borrows_.size(); ++k)
              if (borrows_[k].holders.empty() && !borrows_[k].liveThrough) {
                borrows_[k].liveThrough = point_;
                borrows_[k].liveSpan = borrows_[k].span;
              }
          return;
        }
        size_t receiverUses = uses_.size();
        if (e.receiverMode == 0) {
          access(T_.isCopy(e.operand->type) ? Access::Read : Access::Move, *e.operand, e.span);
        } else {
          bool isMut = e.receiverMode == 2;
          int32_t b = holdsReference(e.type) && placeFlows ? makeBorrow(*e.operand, isMut, e.operand->span) : -1;
          if (b >= 0) borrows_[b].vecElement = T_.get(e.operand->type).kind == TypeKind::Vec;
          access(isMut ? Access::Mutable : Access::Shared, *e.operand, e.span, b);
        }
        for (size_t i = receiverUses; !heldFlows && i < uses_.size(); ++i) uses_[i].sealed = true;
        return;
      }
      case ExprKind::Assign: case ExprKind::CompoundAssign: {
        // `v[i] = x` borrows v mutably (IndexMut) before the index is
        // computed, and after x: an assignment, and a compound one of
        // numbers, evaluates its right side first (`v[1] = *first` runs);
        // `s[i] += "x"` calls add_assign on the place, made first.
        // `r[i] = x` with `r: &mut Vec<T>` borrows `*r`.
        std::string indexed;
        int32_t indexedRoot = e.lhs->kind == ExprKind::Index ? placeRoot(*e.lhs, &indexed) : -1;
        bool throughRef = indexedRoot >= 0 && indexed == "*";
        if (e.lhs->kind == ExprKind::Index && T_.get(withoutRefs(e.lhs->lhs->type)).kind == TypeKind::Vec &&
            (throughRef || placeRoot(*e.lhs->lhs, nullptr) >= 0)) {
          ++point_;
          int32_t b = throughRef ? borrowPlace(indexedRoot, "*", true, e.lhs->lhs->span, point_) : makeBorrow(*e.lhs->lhs, true, e.lhs->lhs->span);
          if (b >= 0) {
            bool rhsFirst = e.kind == ExprKind::Assign || T_.isNumeric(T_.resolve(e.lhs->type)) ||
                            T_.get(T_.resolve(e.lhs->type)).kind == TypeKind::Bool;
            size_t rhsBorrows = borrows_.size(), rhsUses = uses_.size();
            if (rhsFirst) {
              walkValue(*e.rhs);
              borrows_[b].point = ++point_;
            }
            if (throughRef) accessPlace(Access::Mutable, indexedRoot, "*", e.lhs->lhs->span, b);
            else access(Access::Mutable, *e.lhs->lhs, e.lhs->lhs->span, b);
            borrows_[b].liveSpan = e.lhs->lhs->span;
            walkValue(*e.lhs->rhs);
            borrows_[b].liveThrough = ++point_;
            if (!rhsFirst) {
              rhsBorrows = borrows_.size();
              rhsUses = uses_.size();
              walkValue(*e.rhs);
            }
            int32_t root = placeRoot(*e.lhs->lhs, nullptr);
            if (e.kind == ExprKind::Assign && !isRefLocal(root)) storeInto(root, rhsBorrows, rhsUses);  // `v[0] = &y;`
            return;
          }
        }
        size_t rhsBorrows = borrows_.size(), rhsUses = uses_.size();
        walkValue(*e.rhs);
        if (e.kind == ExprKind::Assign && e.lhs->kind != ExprKind::Tuple) lifetimes_.requireStoreLifetimes(*e.lhs, *e.rhs, e.span, borrows_, slots_);
        auto target = [&](const Expr& t) {
          std::string path;
          int32_t root = placeRoot(t, &path);
          if (root < 0) {
            walk(t);
            return;
          }
          if (t.kind == ExprKind::Index) walkValue(*t.rhs);
          ++point_;
          if (t.kind == ExprKind::Path && e.kind == ExprKind::Assign && holdsReference(fn_->locals[root].type)) {
            // `r = &y;`: r holds the new borrows from here on, and lets go of its old ones.
            noteUse(root, t.span);
            uses_.pop_back();  // an assignment is not a use that keeps old borrows alive
            releaseHolder(root);
            assignHolder(root, rhsBorrows, rhsUses, e.rhs.get());
            return;
          }
          if (e.kind == ExprKind::Assign && !isRefLocal(root)) storeInto(root, rhsBorrows, rhsUses);  // `v[0] = &y;`
          access(e.kind == ExprKind::CompoundAssign ? Access::ReadWrite : Access::Write, t, e.span);
        };
        if (e.lhs->kind == ExprKind::Tuple)
          for (const auto& t : e.lhs->args) target(*t);
        else
          target(*e.lhs);
        return;
      }
      case ExprKind::Call:
        if (e.resolvedKind == static_cast<uint8_t>(Resolved::CallValue)) {  // the closure, as its call takes it
          if (placeRoot(*e.operand, nullptr) < 0) walk(*e.operand);
          else access(e.receiverMode == 0 ? (T_.isCopy(e.operand->type) ? Access::Read : Access::Move)
                      : e.receiverMode == 2 ? Access::Mutable : Access::Shared,
                      *e.operand, e.span);
        }
        walkArguments(e.args, borrowck::calleeOf(p_, e), 0, &e);
        return;
      case ExprKind::Return:
        if (e.operand) {
          walkValue(*e.operand);
          if (holdsReference(fn_->ret)) rejectReturnOfLocal(*e.operand);
          returns_.push_back(e.operand.get());
        }
        return;
      case ExprKind::Macro:
        if (e.resolvedKind == static_cast<uint8_t>(Resolved::Format)) {
          const CheckedFormat& f = p_.formats[e.resolved];
          const MacroId m = static_cast<MacroId>(e.macroId);
          bool writes = m == MacroId::Write || m == MacroId::Writeln;  // `f.write_fmt(..)` through the &mut f
          if (writes) walk(*e.args[0]);
          for (const auto& a : e.args)
            if (!f.owns(*a) && !(writes && a == e.args[0])) walkValue(*a);
          walkFormatArguments(f);
          return;
        }
        for (const auto& a : e.args) walkValue(*a);
        return;
      case ExprKind::Binary:
        if (opGroup(e.binaryOp) == OpGroup::Comparison) {
          // Comparing integers reads them; comparing Strings borrows them.
          walkPlace(*e.lhs, T_.isCopy(e.lhs->type) ? Access::Read : Access::Shared, e.lhs->span);
          walkPlace(*e.rhs, T_.isCopy(e.rhs->type) ? Access::Read : Access::Shared, e.rhs->span);
          return;
        }
        walkValue(*e.lhs);
        walkValue(*e.rhs);
        return;
      case ExprKind::Index: {
        // `v[i]` of a Vec (a String, a map) is `*Index::index(&v, i)`: a
        // shared borrow of v (E0502 against a `&mut`); of an array a read
        // (E0503). Through a reference local, of what it points at.
        walkValue(*e.rhs);
        Access kind = indexesThroughImpl(T_, e) ? Access::Shared : Access::Read;
        std::string path;
        if (placeRoot(e, &path) >= 0 && path.rfind("*", 0) == 0) {
          ++point_;
          access(kind, e, e.span);
          return;
        }
        walkPlace(*e.lhs, kind, e.span);
        return;
      }
      case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Deref:
        if (e.kind == ExprKind::Deref) walk(*e.operand); else walkPlace(*e.operand, Access::Read, e.span);
        return;
      case ExprKind::While: case ExprKind::WhileLet: case ExprKind::Loop: case ExprKind::For: {
        size_t loopBorrows = borrows_.size();
        if (e.kind == ExprKind::For) {
          if (e.operand->kind == ExprKind::Ref || e.operand->kind == ExprKind::MethodCall) walk(*e.operand);
          else walkValue(*e.operand);
        }
        size_t iterableBorrows = borrows_.size();
        uint32_t start = point_;
        if (e.kind == ExprKind::For) {
          std::vector<int32_t> bound;
          bindings(*e.pattern, bound);
          declare(bound);
        }
        if (e.kind == ExprKind::While) walkValue(*e.operand);
        if (e.kind == ExprKind::WhileLet) walkScrutinee(*e.operand, *e.pattern);
        walkBlock(*e.block);
        loops_.push_back({start, point_});
        // `for x in &v`: the loop holds its borrow of v until it ends.
        for (size_t i = loopBorrows; e.kind == ExprKind::For && i < iterableBorrows; ++i) {
          if (borrows_[i].twoPhase) continue;  // a reservation ends with its call
          borrows_[i].liveThrough = point_;
          borrows_[i].liveSpan = e.operand->span;
        }
        return;
      }
      case ExprKind::Block: walkBlock(*e.block); return;
      case ExprKind::If: case ExprKind::IfLet:
        if (e.kind == ExprKind::If) walkValue(*e.operand); else walkScrutinee(*e.operand, *e.pattern);
        walkBlock(*e.block);
        if (e.elseBranch) walk(*e.elseBranch);
        return;
      case ExprKind::Match: {
        std::string path;
        int32_t root = matchedPlace(*e.operand, &path);
        if (root >= 0) {
          for (const MatchArm& arm : e.arms) testPattern(root, path, *e.operand, e.span, *arm.pattern);
        } else {
          std::vector<const Pattern*> patterns;
          for (const MatchArm& arm : e.arms) patterns.push_back(arm.pattern.get());
          walkTemporaryScrutinee(*e.operand, patterns);
        }
        for (const MatchArm& arm : e.arms) {
          if (root >= 0) bindPattern(root, path, *arm.pattern);
          if (arm.guard) walkValue(*arm.guard);
          walkValue(*arm.body);
        }
        return;
      }
      default:
        for (const Expr* c : {e.lhs.get(), e.rhs.get(), e.operand.get(), e.elseBranch.get(), e.structBase.get()})
          if (c) walkValue(*c);
        for (const auto& a : e.args) walkValue(*a);
        for (const FieldInit& f : e.fields) walkValue(*f.value);
        if (e.block) walkBlock(*e.block);
        return;
    }
  }

  // A borrow of the temporary that the borrowed expression `e` makes, if it
  // makes one that dies with its statement: not a variable's place, not a
  // constant (rustc promotes `&5` to a static), not extended by its `let`.
  void borrowTemporary(const Expr& e) {
    const Expr* temporary = temporaryUnder(e);
    if (!temporary || isPromotable(*temporary) ||
        std::find(extended_.begin(), extended_.end(), temporary) != extended_.end())
      return;
    Borrow b;
    b.temporary = true;
    b.span = temporary->span;
    b.point = ++point_;
    borrows_.push_back(b);
  }

  // The temporary a borrowed place expression lives in: the value under its
  // fields and indexes (`&make().name`, `&vec![1][0]`), unless the path goes
  // through a reference, which points elsewhere.
  const Expr* temporaryUnder(const Expr& e) const {
    switch (e.kind) {
      case ExprKind::Paren: return temporaryUnder(*e.operand);
      case ExprKind::Field: case ExprKind::TupleField:
        return e.derefs ? nullptr : temporaryUnder(*e.operand);
      case ExprKind::Index: return e.derefs ? nullptr : temporaryUnder(*e.lhs);
      case ExprKind::Deref:
        return T_.get(e.operand->type).kind == TypeKind::Box ? temporaryUnder(*e.operand) : nullptr;
      case ExprKind::Path: return nullptr;  // a variable, or a constant (None, a unit struct)
      default: return &e;
    }
  }

  // Constant expressions rustc promotes to statics when borrowed, so their
  // references live forever: literals and what is built of them alone.
  bool isPromotable(const Expr& e) const {
    auto all = [&](const std::vector<ExprPtr>& parts) {
      return std::all_of(parts.begin(), parts.end(), [&](const ExprPtr& p) { return isPromotable(*p); });
    };
    switch (e.kind) {
      case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::CharLit:
      case ExprKind::StrLit:
        return true;
      case ExprKind::Path: return e.resolvedKind != static_cast<uint8_t>(Resolved::Local);
      case ExprKind::Paren: case ExprKind::Unary: case ExprKind::Cast: return isPromotable(*e.operand);
      case ExprKind::Binary:  // not `/` or `%`, which may panic
        return e.binaryOp != BinaryOp::Div && e.binaryOp != BinaryOp::Rem && isPromotable(*e.lhs) && isPromotable(*e.rhs);
      case ExprKind::Tuple: case ExprKind::Array: return all(e.args);
      case ExprKind::StructLit: case ExprKind::Closure:  // a closure's fields are its captures: `&|x| x * x` is promoted
        return !e.structBase && std::all_of(e.fields.begin(), e.fields.end(), [&](const FieldInit& f) { return isPromotable(*f.value); });
      case ExprKind::Call:
        return (e.resolvedKind == static_cast<uint8_t>(Resolved::TupleStruct) ||
                (e.resolvedKind == static_cast<uint8_t>(Resolved::Builtin) && static_cast<BuiltinFn>(e.resolved) == BuiltinFn::Some)) &&
               all(e.args);
      default: return false;
    }
  }

  // The place a pattern is matched against when it is a variable or fields
  // of one (not through a reference or an index): the pattern then takes its
  // parts one by one (check/pattern_parts.h), or -1.
  int32_t matchedPlace(const Expr& value, std::string* path) const {
    if (value.kind != ExprKind::Path && value.kind != ExprKind::Field && value.kind != ExprKind::TupleField &&
        value.kind != ExprKind::Paren)
      return -1;
    bool throughIndex = false;
    int32_t root = placeRoot(value, path, &throughIndex);
    if (root < 0 || throughIndex || isRefLocal(root) || path->rfind("*", 0) == 0) return -1;
    return root;
  }

  void accessPart(Access kind, int32_t root, const PatternPart& part, Span at, int32_t ownBorrow = -1) {
    ++point_;
    noteUse(root, at);
    accesses_.push_back({kind, root, part.path, at, point_, ownBorrow, placeName(fn_->locals[root].name, part.path), part.alternatives});
  }

  // What a pattern reads of a matched place before an arm is chosen (a
  // variant, a value, a string compared through a borrow); `start` is where
  // the match starts, where rustc points a value's test.
  void testPattern(int32_t root, const std::string& path, const Expr& matched, Span start, const Pattern& p) {
    std::vector<PatternPart> parts;
    patternParts(T_, *fn_, p, path, parts);
    for (const PatternPart& part : parts) {
      if (part.local >= 0) continue;
      Span at = part.where == PartSpan::Scrutinee ? matched.span : part.where == PartSpan::MatchStart ? start : part.at;
      accessPart(part.access == PartAccess::Borrow ? Access::Shared : Access::Read, root, part, at);
    }
  }

  // A pattern's bindings on a matched place: each moves, copies or borrows
  // the part it names (a `ref` binding holds the borrow of its part alone),
  // and holds what the place held. Returns the locals bound.
  std::vector<int32_t> bindPattern(int32_t root, const std::string& path, const Pattern& p) {
    size_t firstUse = uses_.size();
    std::vector<PatternPart> parts;
    patternParts(T_, *fn_, p, path, parts);
    std::vector<std::pair<int32_t, int32_t>> own;  // a `ref` binding and its borrow
    for (const PatternPart& part : parts) {
      if (part.local < 0) continue;
      bool isMut = part.access == PartAccess::BorrowMut;
      switch (part.access) {
        case PartAccess::Move: accessPart(Access::Move, root, part, part.at); break;
        case PartAccess::Copy: case PartAccess::Read: accessPart(Access::Read, root, part, part.at); break;
        case PartAccess::Borrow: case PartAccess::BorrowMut: {
          if (part.throughRef) {  // the borrow is of the reference's target, which the place's own borrows cover
            accessPart(isMut ? Access::Mutable : Access::Shared, root, part, part.at);
            break;
          }
          Borrow b;
          b.local = root;
          b.path = part.path;
          b.isMut = isMut;
          b.span = part.at;
          b.point = point_ + 1;
          b.alternatives = part.alternatives;
          borrows_.push_back(b);
          int32_t index = static_cast<int32_t>(borrows_.size() - 1);
          accessPart(isMut ? Access::Mutable : Access::Shared, root, part, part.at, index);
          own.emplace_back(part.local, index);
          break;
        }
      }
    }
    std::vector<int32_t> bound;
    bindings(p, bound);
    for (auto [local, borrow] : own) borrows_[borrow].holders.push_back({local, UINT32_MAX});
    for (int32_t local : bound)
      if (!holdParts(local, fn_->locals[root].type, heldByLocal(root), parts)) assignHolder(local, borrows_.size(), firstUse);
    declare(bound);
    return bound;
  }

  // A binding by value of parts of a whole of type `whole` (`let (x, _) =
  // t;`) holds what those parts hold, under the lifetimes they land in;
  // `heldUnder` says under which of the whole's each borrow is. False when
  // it binds by reference or through one (then it holds all the whole holds).
  bool holdParts(int32_t local, TypeId whole, const std::function<HeldUnder(size_t)>& heldUnder, const std::vector<PatternPart>& parts) {
    std::vector<const PatternPart*> mine;
    for (const PatternPart& part : parts)
      if (part.local == local) mine.push_back(&part);
    for (const PatternPart* part : mine)
      if (part->throughRef || part->access == PartAccess::Borrow || part->access == PartAccess::BorrowMut) return false;
    if (mine.empty() || !holdsReference(fn_->locals[local].type)) return !mine.empty();
    size_t slots = slots_.count(fn_->locals[local].type);
    std::vector<HeldUnder> held(borrows_.size());
    for (const PatternPart* part : mine) {
      std::vector<SlotMask> map = slots_.partOf(whole, part->path);
      for (size_t i = 0; i < borrows_.size(); ++i) {
        HeldUnder whole = heldUnder(i);
        SlotMask under = LifetimeSlots::narrow(map, whole.slots);
        if (!under) continue;
        held[i].slots |= map.size() == slots ? under : kEverySlot;
        held[i].approximate = held[i].approximate || whole.approximate;
      }
    }
    for (size_t i = 0; i < held.size(); ++i)
      if (held[i].slots && !heldBy(borrows_[i], local))
        borrows_[i].holders.push_back({local, UINT32_MAX, held[i].slots, held[i].approximate});
    return true;
  }

  // What `root` holds, under which of its type's lifetimes.
  std::function<HeldUnder(size_t)> heldByLocal(int32_t root) const {
    return [this, root](size_t i) {
      HeldUnder under;
      for (const Holder& h : borrows_[i].holders)
        if (h.local == root) {
          under.slots |= h.slots;
          under.approximate = under.approximate || h.approximate || h.slots == kEverySlot;
        }
      return under;
    };
  }

  // What a value just made (not a variable's place) holds, by the lifetimes of its type.
  std::function<HeldUnder(size_t)> heldByValue(const Expr& value, size_t firstBorrow, size_t firstUse) const {
    auto parts = std::make_shared<ValueHoldings>(HoldingsQuery{p_, T_, *fn_, slots_, borrows_, uses_, firstBorrow, firstUse, -1});
    parts->collect(value, slots_.identity(value.type));
    return [parts](size_t i) {
      auto found = parts->out.find(i);
      return found == parts->out.end() ? HeldUnder{} : HeldUnder{found->second, parts->approximate.count(i) > 0};
    };
  }

  // The locals a pattern binds on a value just made: each holds what its
  // parts hold, or (bound by reference) everything the value borrowed.
  void bindOnValue(const Expr& value, const std::vector<const Pattern*>& patterns, const std::vector<int32_t>& bound,
                   size_t firstBorrow, size_t firstUse) {
    std::vector<PatternPart> parts;
    for (const Pattern* p : patterns) patternParts(T_, *fn_, *p, "", parts);
    std::function<HeldUnder(size_t)> held = heldByValue(value, firstBorrow, firstUse);
    for (int32_t local : bound)
      if (!holdParts(local, value.type, held, parts)) assignHolder(local, firstBorrow, firstUse);
  }

  // The value a `match`, `if let` or `while let` looks at.
  void walkScrutinee(const Expr& value, const Pattern& pattern) {
    std::string path;
    int32_t root = matchedPlace(value, &path);
    if (root < 0) return walkTemporaryScrutinee(value, {&pattern});
    testPattern(root, path, value, pattern.span, pattern);
    bindPattern(root, path, pattern);
  }

  // A scrutinee that is not a variable's place (a call, a temporary, a place
  // through a reference). Bindings that hold references (bound by `ref`/the
  // default binding mode, or reference values taken out of it) hold the
  // borrows made while evaluating it; a binding by reference straight into
  // a place (`match v[0] { (ref mut s, _) => .. }`) borrows that place,
  // mutably if any such binding is `mut`.
  void walkTemporaryScrutinee(const Expr& value, const std::vector<const Pattern*>& patterns) {
    size_t firstBorrow = borrows_.size(), firstUse = uses_.size();
    bool intoPlace = false, mutably = false;
    for (const Pattern* p : patterns) intoPlace |= bindsByRefIntoPlace(*p, &mutably);
    if (intoPlace && placeRoot(value, nullptr) >= 0) {
      if (value.kind == ExprKind::Index) walkValue(*value.rhs);
      ++point_;
      int32_t b = makeBorrow(value, mutably, value.span);
      access(mutably ? Access::Mutable : Access::Shared, value, value.span, b);
    } else {
      walkPlace(value, Access::Shared, value.span);
    }
    std::vector<int32_t> bound;
    for (const Pattern* p : patterns) bindings(*p, bound);
    if (intoPlace) for (int32_t local : bound) assignHolder(local, firstBorrow, firstUse);
    else bindOnValue(value, patterns, bound, firstBorrow, firstUse);
    declare(bound);
  }

  // Whether a pattern binds by reference into the matched place itself, not
  // through a reference it looks through (that borrow is the reference's).
  bool bindsByRefIntoPlace(const Pattern& p, bool* mutably) const {
    if (p.kind == PatternKind::Binding) {
      if (p.bindsByRef && T_.get(fn_->locals[p.local].type).isMut) *mutably = true;
      return p.bindsByRef;
    }
    if (T_.get(T_.resolve(p.type)).kind == TypeKind::Ref) return false;
    bool any = false;
    for (const auto& e : p.elems) any |= bindsByRefIntoPlace(*e, mutably);
    for (const auto& f : p.fields) any |= bindsByRefIntoPlace(*f.pattern, mutably);
    return any;
  }

  // Arguments are evaluated left to right; a `&x` or `&mut x` passed straight
  // into the call lives until the call is made (`f(&mut x, &mut x)` is E0499).
  // `stdCall`: the call, when a std function's signature says which arguments' own borrows its result may hold.
  std::vector<ArgRange> walkArguments(const std::vector<ExprPtr>& args, const FnInfo* callee = nullptr, size_t firstParam = 0,
                                      const Expr* stdCall = nullptr) {
    size_t first = borrows_.size();
    std::vector<ArgRange> ranges;
    for (size_t i = 0; i < args.size(); ++i) {
      size_t argBorrows = borrows_.size(), argUses = uses_.size();
      walkValue(*args[i]);
      ranges.push_back({argBorrows, borrows_.size(), argUses, uses_.size()});
      // An argument that holds no reference (`s.trim().to_string()`) keeps
      // nothing it borrowed on the way: those borrows end where it is made.
      if (!holdsReference(args[i]->type))
        for (size_t k = argBorrows; k < borrows_.size(); ++k)
          if (borrows_[k].holders.empty() && !borrows_[k].liveThrough) {
            borrows_[k].liveThrough = point_;
            borrows_[k].liveSpan = borrows_[k].span;
          }
      if (callee && !borrowck::argumentFlows(*callee, firstParam + i)) {
        // The result does not borrow from this argument: what it borrows ends with the call.
        for (size_t k = argBorrows; k < borrows_.size(); ++k) borrows_[k].sealed = true;
        for (size_t k = argUses; k < uses_.size(); ++k) uses_[k].sealed = true;
      } else if (callee && borrowck::onlyInnerFlows(*callee, firstParam + i) && args[i]->kind == ExprKind::Ref &&
                 borrows_.size() > argBorrows) {
        // `part_of(&e)` with `fn part_of<'a, 'b>(e: &'b Excerpt<'a>) -> &'a str`: the result
        // borrows what `e` holds, not `e` itself (the `&`'s borrow, made last).
        borrows_.back().sealed = true;
      } else if (stdCall && !callee && args[i]->kind == ExprKind::Ref && borrows_.size() > argBorrows &&
                 !borrowck::stdArgumentBorrowFlows(*stdCall, i)) {
        // `mem::replace(&mut x, v)`: the result holds what x held, not the `&mut`'s borrow.
        borrows_.back().sealed = true;
      }
    }
    if (callee && firstParam == 0) storeThroughMutParameters(*callee, 0, args, ranges, -1);
    uint32_t call = ++point_;  // the point of the call itself (and of a method's receiver access)
    for (size_t i = first; i < borrows_.size(); ++i)
      if (borrows_[i].holders.empty() && !borrows_[i].liveThrough) {
        borrows_[i].liveThrough = call;
        borrows_[i].liveSpan = borrows_[i].span;
      }
    return ranges;
  }

  // format_args! takes `&arg` of each argument in turn and holds them all
  // until the formatting call: a place argument (or a `&place` one) stays
  // borrowed while the later ones are evaluated (`println!("{:?} {:?}", v,
  // v.pop())` is E0502). The macro's value hands none of them on.
  void walkFormatArguments(const CheckedFormat& f) {
    std::vector<int32_t> held;
    for (const CheckedFormatArg& a : f.args) {
      if (a.expr && placeRoot(*a.expr, nullptr) >= 0) {
        if (a.expr->kind == ExprKind::Index) walkValue(*a.expr->rhs);
        ++point_;
        int32_t b = makeBorrow(*a.expr, false, a.expr->span);
        access(Access::Shared, *a.expr, a.expr->span, b);
        held.push_back(b);
      } else if (a.expr) {
        size_t before = borrows_.size();
        walkPlace(*a.expr, Access::Shared, a.expr->span);
        // `&v`: the borrow the `&` makes, the last one made.
        if (a.expr->kind == ExprKind::Ref && placeRoot(*a.expr->operand, nullptr) >= 0 && borrows_.size() > before)
          held.push_back(static_cast<int32_t>(borrows_.size() - 1));
        // `s.peek()`: a value holding references keeps what it borrows until
        // the arguments after it have run and the text is made.
        else if (holdsReference(a.expr->type))
          for (size_t i = before; i < borrows_.size(); ++i) held.push_back(static_cast<int32_t>(i));
      } else {
        ++point_;
        noteUse(a.local, a.span);
        if (isRefLocal(a.local)) continue;
        Borrow b;
        b.local = a.local;
        b.span = a.span;
        b.point = point_;
        borrows_.push_back(b);
        held.push_back(static_cast<int32_t>(borrows_.size() - 1));
        accesses_.push_back({Access::Shared, a.local, "", a.span, point_, held.back(), fn_->locals[a.local].name, {}});
      }
    }
    uint32_t end = ++point_;
    for (int32_t i : held) {
      if (i < 0 || !borrows_[i].holders.empty() || borrows_[i].liveThrough) continue;
      borrows_[i].liveThrough = end;
      borrows_[i].liveSpan = borrows_[i].span;
      borrows_[i].sealed = true;
    }
  }

  // Vec methods that are really slice methods (found through Vec's deref),
  // which take their `&mut self` before evaluating their arguments.
  static bool isSliceMethod(const Expr& call) {
    if (call.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
    switch (static_cast<BuiltinMethod>(call.resolved)) {
      case BuiltinMethod::VecSwap: case BuiltinMethod::VecSort: case BuiltinMethod::VecSortUnstable: case BuiltinMethod::VecReverse:
      case BuiltinMethod::VecGetMut: case BuiltinMethod::VecFirstMut: case BuiltinMethod::VecLastMut:
        return true;
      default: return false;
    }
  }

  // A returned value that holds a borrow of this function's own variable,
  // or of a temporary, is E0515: their memory is gone once it returns.
  // What the value holds is what it hands on (LifetimeRules::flowInto: `&s`,
  // `s.as_str()`, a struct, tuple, `vec![..]` or variant built around one, a
  // call's result tied to one, a variable holding one, in any branch).
  void rejectReturnOfLocal(const Expr& value) {
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
  std::optional<int32_t> ownBorrowIn(const Expr& value) const {
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
        bool held = std::any_of(b.holders.begin(), b.holders.end(), [&](const Holder& h) { return h.local == reader && h.until > point_; });
        if (held && b.point < point_ && b.local >= 0 && b.param < 0 && !b.temporary && !isRefLocal(b.local) && b.path.rfind("*", 0) != 0 &&
            !borrowck::capturedByReference(p_, *fn_, b.local) &&
            !(through && pointsAtItself(reader, b)) && !knownNotHeld(parts, reader, static_cast<size_t>(&b - borrows_.data())))
          return b.local;
      }
    }
    for (const Expr* v : flows.borrowedValues) {
      const Expr* temporary = temporaryUnder(*v);
      if (temporary && !isPromotable(*temporary)) return -1;
    }
    return std::nullopt;
  }

  // Whether the value whose holdings are `held` is known to hold none of
  // the borrows of `local` made in it: each is there under none of its
  // lifetimes (`Parser { context: &context }.parse()` with a result of
  // `'s` alone hands on what `context` holds, not `context`).
  bool knownNotHandedOn(const ValueHoldings& held, int32_t local) const {
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
  static bool knownNotHeld(const ValueHoldings& held, int32_t reader, size_t borrow) {
    if (!held.read.count(reader)) return false;
    auto found = held.out.find(borrow);
    return found == held.out.end() || (found->second == 0 && !held.approximate.count(borrow));
  }

  // Whether borrow `b` held by reference `reader` is the reference itself
  // (`let r = &e;`: a borrow of e, of the type r points at), not one held
  // by what it points at, which a read through r (`r.part`) hands on.
  bool pointsAtItself(int32_t reader, const Borrow& b) const {
    if (!b.path.empty()) return true;
    TypeId borrowed = T_.resolve(fn_->locals[b.local].type);
    for (TypeId t = T_.resolve(fn_->locals[reader].type); T_.get(t).kind == TypeKind::Ref; t = T_.resolve(T_.get(t).args[0]))
      if (T_.resolve(T_.get(t).args[0]) == borrowed) return true;
    return false;
  }

  // ---------------------------------------------------------------- checking

  // The first use, after `point`, of a variable holding the borrow — or, in
  // a loop entered after the borrow was made, any use in that loop.
  std::optional<Use> liveUseAfter(const Borrow& b, uint32_t point) const {
    if (b.liveThrough >= point && b.point < point) return Use{-1, b.liveThrough, b.liveSpan};
    std::optional<Use> best;  // else: the next use of a variable holding it
    for (const Use& u : uses_) {
      auto holder = std::find_if(b.holders.begin(), b.holders.end(), [&](const Holder& h) { return h.local == u.local; });
      if (holder == b.holders.end() || u.point > holder->until) continue;
      bool later = b.point < point && u.point > point;
      for (const LoopRange& l : loops_) {
        if (point < l.start || point > l.end) continue;
        bool inLoop = l.start <= u.point && u.point <= l.end;
        later = later || (b.point < l.start && inLoop) || (keptRoundLoop(b, u.local, l) && (inLoop || u.point > l.end));
      }
      if (later && (!best || u.point < best->point)) best = u;
    }
    return best;
  }

  // Whether a borrow made inside loop `l` is still held by `holder` when the
  // next iteration comes round: the holder outlives an iteration (declared
  // before the loop) and is not given a new value in it.
  bool keptRoundLoop(const Borrow& b, int32_t holder, const LoopRange& l) const {
    if (b.point < l.start || b.point > l.end || declaredAt_[holder] >= l.start) return false;
    return std::none_of(reassigned_.begin(), reassigned_.end(), [&](const std::pair<int32_t, uint32_t>& r) {
      return r.first == holder && l.start <= r.second && r.second <= l.end;
    });
  }

  void findConflicts() {
    std::sort(accesses_.begin(), accesses_.end(), [](const AccessRecord& a, const AccessRecord& b) { return a.point < b.point; });
    for (const AccessRecord& a : accesses_) {
      for (size_t i = 0; i < borrows_.size(); ++i) {
        const Borrow& b = borrows_[i];
        if (b.local != a.local || !placesOverlap(b.path, a.path) || exclusiveAlternatives(b.alternatives, a.alternatives)) continue;
        // A borrow made at or after the access (the access's own, too) reaches
        // it only in a later iteration of a loop.
        if (b.point >= a.point && !inSameLoop(b.point, a.point)) continue;
        if (!b.isMut && (a.kind == Access::Shared || a.kind == Access::Read || a.kind == Access::Reserve)) continue;
        if (b.twoPhase && (a.kind == Access::Shared || a.kind == Access::Read || a.kind == Access::Reserve)) continue;
        std::optional<Use> later = liveUseAfter(b, a.point);
        if (later) report(a, b, *later);
      }
    }
    for (const Borrow& b : borrows_) {
      if (!b.temporary || b.freedAt == 0) continue;
      std::optional<Use> later = liveUseAfter(b, b.freedAt);
      if (later) reportTemporaryFreed(b, *later);
    }
    // A reborrow `&*r` is of the place r points at, which outlives r: the
    // end of r's scope is a shallow write of r alone.
    for (const ScopeEnd& end : scopeEnds_)
      for (const Borrow& b : borrows_) {
        if (b.local != end.local || b.point >= end.point || b.path.rfind("*", 0) == 0) continue;
        std::optional<Use> later = liveUseAfter(b, end.point);
        if (later) reportDoesNotLiveLongEnough(b, end, *later);
      }
  }

  bool inSameLoop(uint32_t p, uint32_t q) const {
    return std::any_of(loops_.begin(), loops_.end(),
                       [&](const LoopRange& l) { return l.start <= p && p <= l.end && l.start <= q && q <= l.end; });
  }

  std::string name(const AccessRecord& a) const {
    const std::string& base = fn_->locals[a.local].name;
    if (a.path.rfind("*", 0) == 0) return a.path.size() == 1 ? "*" + base : "(*" + base + ")" + a.path.substr(1);
    return placeName(base, a.path);
  }

  [[noreturn]] void report(const AccessRecord& a, const Borrow& b, const Use& later) {
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
        d.labels = {{a.span, use ? "use of borrowed `" + x + "`" : "immutable borrow occurs here", true},
                    {b.span, use ? "`" + x + "` is borrowed here" : "mutable borrow occurs here", false},
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
        d.labels = {{a.span, "move out of `" + x + "` occurs here", true}, {b.span, "borrow of `" + x + "` occurs here", false},
                    {later.span, "borrow later used here", false}};
        d.explanation = "After the move, the new owner may free `" + x + "`'s heap data, but the reference made "
                        "earlier still points at it and is used later.";
        break;
    }
    throw CompileError(std::move(d));
  }

  [[noreturn]] void reportTemporaryFreed(const Borrow& b, const Use& later) {
    Diagnostic d;
    d.code = DiagCode::E0716;
    d.message = "temporary value dropped while borrowed";
    d.labels = {{b.span, "creates a temporary value which is freed while still in use", true},
                {b.freedSpan, "temporary value is freed at the end of this statement", false},
                {later.span, "borrow later used here", false}};
    d.helps.push_back("consider using a `let` binding to create a longer lived value");
    d.explanation = "The value made here belongs to no variable: it is a temporary, dropped (and its heap memory freed) "
                    "at the end of the statement, but the reference to it is used afterwards.";
    throw CompileError(std::move(d));
  }

  [[noreturn]] void reportDoesNotLiveLongEnough(const Borrow& b, const ScopeEnd& end, const Use& later) {
    const std::string& x = fn_->locals[b.local].name;
    Diagnostic d;
    d.code = DiagCode::E0597;
    d.message = "`" + x + "` does not live long enough";
    d.labels = {{b.capturedAt.empty() ? b.span : b.capturedAt, "borrowed value does not live long enough", true},
                {end.span, "`" + x + "` dropped here while still borrowed", false},
                {later.span, "borrow later used here", false}};
    d.explanation = "At the closing brace `" + x + "`'s stack slot is released (and any heap cell it owns is freed), "
                    "but the reference to it is read afterwards: it would point at memory that is no longer `" + x + "`.";
    throw CompileError(std::move(d));
  }

  const Checked& p_;
  const TypeTable& T_;
  const SourceFile& file_;
  const FnInfo* fn_ = nullptr;
  std::vector<Borrow> borrows_;
  std::vector<AccessRecord> accesses_;
  std::vector<Use> uses_;
  std::vector<LoopRange> loops_;
  std::vector<ScopeEnd> scopeEnds_;
  std::vector<const Expr*> extended_;  // temporaries the `let`s walked so far extend to their block's end
  std::vector<uint32_t> declaredAt_;   // per local: the point its binding is made (0 for parameters)
  std::vector<std::pair<int32_t, uint32_t>> reassigned_;  // `r = ...` of a holder: which, and where
  std::vector<const Expr*> returns_;   // the values the function returns (its tail, `return` operands)
  struct TailTemporary {
    const Expr* expr;
    size_t borrows = 0, borrowsEnd = 0, uses = 0, usesEnd = 0;  // what was borrowed and used while it was made
  };
  std::vector<TailTemporary> tailTemporaries_;  // of the tails being walked, outermost first
  std::unordered_map<TypeId, bool> dropReadsBorrows_;  // per type, once worked out
  borrowck::ReferenceTypes refs_;
  borrowck::LifetimeSlots slots_{T_, refs_};
  borrowck::LifetimeRules lifetimes_;
  uint32_t point_ = 0;
};

}  // namespace

void checkBorrows(const Checked& program, const SourceFile& file, const FnInfo& fn) {
  BorrowChecker(program, file).checkFunction(fn);
}

}  // namespace sh
