// The borrow checker's walk over a function (see check/borrows.cpp): blocks,
// statements and expressions in evaluation order, numbering points, noting
// each access, borrow and use, and the temporaries a statement or a block's
// tail makes and frees.
#include <algorithm>

#include "check/borrow_checker.h"
#include "check/promotion.h"

namespace sh::borrowck {

void BorrowChecker::walkBlock(const Block& b) {
  std::vector<int32_t> declared;
  for (const Stmt& s : b.stmts) walkStmt(s, declared);
  size_t firstTemporary = tailTemporaries_.size();
  if (b.tail) {
    collectTailTemporaries(*b.tail);
    walkValue(*b.tail);  // a block is a value: its tail `s` moves s (E0505 while s is borrowed)
  }
  ++point_;
  Span closing{b.span.end - 1, b.span.end};
  // The variables die in the reverse order of their declarations; one whose
  // drop reads what it holds (a trait object, the learner's `Drop` type)
  // uses its borrows as it dies: `label` declared after the `printers` that
  // hold a closure reading it is gone when they are dropped (E0597).
  for (auto local = declared.rbegin(); local != declared.rend(); ++local) {
    TypeId t = fn_->locals[*local].type;
    if (holdsReference(t) && dropReadsBorrows(t)) {
      Use drop{*local, ++point_, closing};
      bool moved = std::any_of(accesses_.begin(), accesses_.end(), [&](const AccessRecord& a) { return a.local == *local && a.kind == Access::Move; });
      drop.moved = movedForCertain(*local) ? Use::Moved::Certain : moved ? Use::Moved::Maybe : Use::Moved::Never;
      uses_.push_back(drop);
      ++point_;
    }
    scopeEnds_.push_back({*local, point_, closing});
  }
  holdTailTemporaries(firstTemporary, point_ + 1);
}

// Whether `local` is moved out as a whole by a statement every run reaches
// (in no branch or loop begun since its declaration), and not given a value
// again after: then its scope's end drops nothing.
bool BorrowChecker::movedForCertain(int32_t local) const {
  uint32_t from = declaredAt_[local];
  auto within = [&](uint32_t p, const LoopRange& r) { return r.start > from && r.start <= p && p <= r.end; };
  for (const AccessRecord& a : accesses_) {
    if (a.local != local || a.kind != Access::Move || !a.path.empty()) continue;
    bool conditional = std::any_of(loops_.begin(), loops_.end(), [&](const LoopRange& l) { return within(a.point, l); });
    for (const std::vector<LoopRange>& set : branchSets_)
      conditional = conditional || std::any_of(set.begin(), set.end(), [&](const LoopRange& r) { return within(a.point, r); });
    bool refilled = std::any_of(accesses_.begin(), accesses_.end(), [&](const AccessRecord& w) {
      return w.local == local && w.point > a.point && (w.kind == Access::Write || w.kind == Access::ReadWrite);
    });
    if (!conditional && !refilled) return true;
  }
  return false;
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
void BorrowChecker::collectTailTemporaries(const Expr& e) {
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
// its fields, so may a trait object's (its concrete type is forgotten); a
// container drops its elements.
bool BorrowChecker::dropReadsBorrows(TypeId id) {
  id = T_.resolve(id);
  auto known = dropReadsBorrows_.find(id);
  if (known != dropReadsBorrows_.end()) return known->second;
  dropReadsBorrows_[id] = false;  // a recursive type reads one only through another of its fields
  const Type& t = T_.get(id);
  bool reads = false;
  switch (t.kind) {
    case TypeKind::CellRef: case TypeKind::CellRefMut: reads = true; break;
    case TypeKind::Dyn: reads = holdsReference(id); break;
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
void BorrowChecker::holdTailTemporaries(size_t first, uint32_t dropPoint) {
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

// The temporaries borrowed since borrow `first` die here, at the end of a
// temporary scope narrower than a statement (an `if` branch, a match arm),
// unless a `let` extends them: what still uses one after is E0716.
void BorrowChecker::freeTemporariesSince(size_t first, Span at) {
  for (size_t i = first; i < borrows_.size(); ++i)
    if (borrows_[i].temporary && !borrows_[i].extended && borrows_[i].freedAt == 0) {
      borrows_[i].freedAt = point_;
      borrows_[i].freedSpan = at;
    }
}

void BorrowChecker::walkStmt(const Stmt& s, std::vector<int32_t>& declared) {
  ++point_;
  size_t statementBorrows = borrows_.size();
  extended_.insert(extended_.end(), s.extendedTemporaries.begin(), s.extendedTemporaries.end());
  walkStmtBody(s, declared);
  ++point_;
  for (size_t i = statementBorrows; i < borrows_.size(); ++i)
    if (borrows_[i].temporary && !borrows_[i].extended && borrows_[i].freedAt == 0) {
      borrows_[i].freedAt = point_;
      borrows_[i].freedSpan = {s.span.end - 1, s.span.end};
    }
}

void BorrowChecker::walkStmtBody(const Stmt& s, std::vector<int32_t>& declared) {
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
      size_t initEnd = borrows_.size();
      if (s.elseBlock) walkBlock(*s.elseBlock);
      bindings(*s.pattern, bound);
      bool plain = s.pattern->kind == PatternKind::Binding && !s.pattern->subpattern && !s.pattern->bindsByRef;
      if (s.init && !plain) bindOnValue(*s.init, {s.pattern.get()}, bound, firstBorrow, firstUse);
      else for (int32_t local : bound) assignHolder(local, firstBorrow, firstUse, s.init.get());
      requireStaticLet(s, firstBorrow, initEnd, bound);
      if (s.type && writesStatic(*s.type)) staticHolders_.insert(staticHolders_.end(), bound.begin(), bound.end());
      declare(bound);
    }
    declared.insert(declared.end(), bound.begin(), bound.end());
  } else if (s.init) {
    walkValue(*s.init);
  }
}

// An expression whose value is used: a non-Copy place in it is moved.
void BorrowChecker::walkValue(const Expr& e) {
  std::string path;
  if ((e.kind == ExprKind::Path || e.kind == ExprKind::Field || e.kind == ExprKind::TupleField) && placeRoot(e, &path) >= 0) {
    walkIndexesOf(e, false);
    ++point_;
    // A copy read through a Vec's index (`v[0].x`) is `Index::index(&v, 0)`: a shared borrow of v.
    Access kind = !T_.isCopy(e.type) && e.coercion == 0 ? Access::Move : reachesThroughImplIndex(e) ? Access::Shared : Access::Read;
    access(kind, e, e.span);
    return;
  }
  walk(e);
}

// An expression used in place: borrowed (by `&`, a method's `&self`, a
// formatting macro) or read.
void BorrowChecker::walkPlace(const Expr& e, Access kind, Span span) {
  std::string path;
  if (placeRoot(e, &path) >= 0) {
    walkIndexesOf(e, false);
    ++point_;
    access(kind, e, span);
    return;
  }
  walk(e);
}

// Walks `e`, noting what it borrows when it is a tail's temporary.
void BorrowChecker::walk(const Expr& e) {
  size_t firstBorrow = borrows_.size(), firstUse = uses_.size();
  walkExpr(e);
  for (TailTemporary& t : tailTemporaries_)
    if (t.expr == &e) t = {&e, firstBorrow, borrows_.size(), firstUse, uses_.size()};
}

// A place's indexes are computed innermost first (`grid[i][j]`: i, then
// j). The first index through an impl in a place used mutably (assigned,
// borrowed `&mut`, a `&mut self` receiver) is `*IndexMut::index_mut(&mut
// v, i)`: `&mut v` is taken before `i` is computed, with no two-phase
// borrow, and held while the rest of the place is computed, so
// `&mut v[v.len() - 1]` and `v[1][v.len() - 1] = 0` are E0502. Returns
// that borrow, for the caller to hold until the place is used, or -1.
// What the place's use keeps borrowed is the use's own affair: sealed.
int32_t BorrowChecker::walkIndexesOf(const Expr& place, bool mutably) {
  if (place.kind == ExprKind::Paren || place.kind == ExprKind::Field || place.kind == ExprKind::TupleField ||
      place.kind == ExprKind::Deref)
    return walkIndexesOf(*place.operand, mutably);
  if (place.kind != ExprKind::Index) return -1;
  int32_t held = walkIndexesOf(*place.lhs, mutably);
  if (held < 0 && mutably && indexesThroughImpl(T_, place)) {
    ++point_;
    held = makeBorrow(place, true, place.lhs->span);
    access(Access::Mutable, place, place.lhs->span, held);
    if (held >= 0) borrows_[held].sealed = true;
  }
  walkValue(*place.rhs);
  if (held >= 0) holdUntil(held, ++point_, place.span);
  return held;
}

// rustc's span of `&place`'s borrow: through an Index impl (`&v[0].x`,
// `&v[0][1]` of a Vec), the innermost one's `&v`, at its base `v`; through
// an array's own indexing or none, the whole `&place`.
Span BorrowChecker::borrowSpanOf(const Expr& ref) const {
  Span at = ref.span;
  for (const Expr* cur = ref.operand.get(); cur;) {
    if (cur->kind == ExprKind::Paren || cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField) {
      cur = cur->operand.get();
    } else if (cur->kind == ExprKind::Index) {
      if (indexesThroughImpl(T_, *cur)) at = cur->lhs->span;
      cur = cur->lhs.get();
    } else {
      cur = nullptr;
    }
  }
  return at;
}

// Whether a place goes through an Index impl (`v[i].x` of a Vec).
bool BorrowChecker::reachesThroughImplIndex(const Expr& place) const {
  if (place.kind == ExprKind::Paren || place.kind == ExprKind::Field || place.kind == ExprKind::TupleField ||
      place.kind == ExprKind::Deref)
    return reachesThroughImplIndex(*place.operand);
  return place.kind == ExprKind::Index && (indexesThroughImpl(T_, place) || reachesThroughImplIndex(*place.lhs));
}

// What a receiver that is no place borrows (the `&mut m` of `m.entry(k)`
// in `m.entry(k).or_insert(m.len())`) is held by it, an argument of the
// call, while the other arguments run.
void BorrowChecker::holdReceiverBorrows(size_t from, size_t to, uint32_t point, Span call) {
  for (size_t k = from; k < to; ++k)
    if (borrows_[k].holders.empty() && !borrows_[k].sealed && !borrows_[k].liveThrough) {
      holdUntil(static_cast<int32_t>(k), point, call);
      borrows_[k].onlyThroughArguments = true;
    }
}

// Keeps a borrow no variable holds alive through `point`, used at `span`.
void BorrowChecker::holdUntil(int32_t borrow, uint32_t point, Span span) {
  borrows_[borrow].liveThrough = std::max(borrows_[borrow].liveThrough, point);
  borrows_[borrow].liveSpan = span;
}

void BorrowChecker::walkExpr(const Expr& e) {
  ++point_;
  switch (e.kind) {
    case ExprKind::Path:
      if (e.resolvedKind == static_cast<uint8_t>(Resolved::Local)) noteUse(e.resolved, e.span);
      return;
    case ExprKind::Ref: {
      std::string path;
      if (placeRoot(*e.operand, &path) < 0) {
        walk(*e.operand);
        borrowTemporary(*e.operand, e.isMut);
        return;
      }
      walkIndexesOf(*e.operand, e.isMut);
      ++point_;
      Span at = borrowSpanOf(e);
      int32_t b = makeBorrow(*e.operand, e.isMut, at);
      if (b >= 0) borrows_[b].capturedAt = e.nameSpan;
      access(e.isMut ? Access::Mutable : Access::Shared, *e.operand, at, b);
      return;
    }
    case ExprKind::MethodCall: {
      std::string path;
      bool placeReceiver = placeRoot(*e.operand, &path) >= 0 && derefsOnlyThroughOwners(e);
      // `grid[i].push(x)`: IndexMut's `&mut grid` is held through the arguments.
      int32_t indexed = placeReceiver ? walkIndexesOf(*e.operand, e.receiverMode == 2) : -1;
      if (placeReceiver && e.receiverMode == 2 && isSliceMethod(e)) {
        // A slice method reached through Vec's deref takes its `&mut v`
        // before the arguments are evaluated: no two-phase borrow.
        int32_t b = indexed;
        if (b < 0) {
          ++point_;
          b = makeBorrow(*e.operand, true, e.operand->span);
          access(Access::Mutable, *e.operand, e.span, b);
        }
        walkArguments(e.args);
        if (b >= 0) holdUntil(b, ++point_, e.nameSpan);
        return;
      }
      int32_t reservation = e.receiverMode == 2 && indexed < 0 ? reserveReceiver(e, placeReceiver) : -1;
      size_t argBorrows = borrows_.size(), argUses = uses_.size();
      // A receiver that is no place (`v.iter()` of `v.iter().for_each(|x| v.push(*x))`)
      // is evaluated before the arguments, so what it borrows is held while they run.
      if (!placeReceiver) {
        if (e.receiverMode == 0) walkValue(*e.operand); else walk(*e.operand);
      }
      size_t receiverBorrows = borrows_.size(), receiverUsesEnd = uses_.size();
      const FnInfo* callee = borrowck::calleeOf(p_, e);
      std::vector<ArgRange> ranges = walkArguments(e.args, callee, 1, callee ? nullptr : &e, e.span);
      if (!callee) sealClosuresCalledHere(e, ranges);
      if (!callee && !placeReceiver) storeItemsInMutCaptures(e, ArgRange{argBorrows, receiverBorrows, argUses, receiverUsesEnd});
      uint32_t callPoint = point_;
      if (reservation >= 0) holdUntil(reservation, callPoint - 1, e.nameSpan);
      if (indexed >= 0) holdUntil(indexed, callPoint - 1, e.nameSpan);
      if (!placeReceiver && holdsReference(e.operand->type)) holdReceiverBorrows(argBorrows, receiverBorrows, callPoint - 1, e.nameSpan);
      // A user method's result borrows the receiver's place, or what the
      // receiver holds, only where its signature says so.
      bool placeFlows = resultBorrowsReceiver(p_, e);
      bool heldFlows = !callee || callee->lifetimes.innerInResult(0);
      // `v.push(&x)`: a std method taking `&mut self` may keep what its
      // arguments borrow in the receiver (its element type holds the
      // lifetime), unless they only look something up (`s.remove(&key)`).
      int32_t root = placeRoot(*e.operand, &path);
      bool mayStore = e.receiverMode == 2 && e.resolvedKind == static_cast<uint8_t>(Resolved::Method) && !storesNoArgument(e);
      if (placeReceiver && mayStore && root >= 0 && !isRefLocal(root))
        storeArguments(root, e, argBorrows, argUses);
      if (placeReceiver && mayStore && storesUnderStatic(*e.operand)) requireStaticArgument(argBorrows, argUses, e.span);
      if (mayStore && canHoldReferences(e.operand->type))
        for (const auto& a : e.args) {
          lifetimes_.requireStoreLifetimes(*e.operand, *a, e.span, borrows_, slots_);
          lifetimes_.requireStaysInClosure(*e.operand, *a, e.span, false, borrows_);
        }
      if (callee && placeReceiver && root >= 0) storeThroughMutParameters(*callee, 1, e.args, ranges, root);
      if (!placeReceiver) {
        if (e.receiverMode != 0) accessThroughReferenceReceiver(e, placeFlows, callPoint);
        // `String::from("a").as_str()`: the receiver is a temporary borrowed by the result;
        // `s.split('.').next()` borrows only what the temporary iterator borrows, as does
        // a learner's `next` whose signature says so.
        bool ownedReceiver = e.derefs == 0 && T_.get(e.operand->type).kind != TypeKind::Ref;
        if (e.receiverMode != 0 && ownedReceiver && holdsReference(e.type) && placeFlows)
          borrowTemporary(*e.operand, e.receiverMode == static_cast<uint8_t>(ReceiverMode::ByMut));
        // `s.chars().count()`: a result that holds no reference keeps nothing the receiver borrowed,
        // nor do items made by a function whose values borrow nothing (`s.chars().map(plant).collect()`).
        bool itemsBorrowNothing = consumedItemsBorrowNothing(p_, e);
        for (size_t k = argBorrows; itemsBorrowNothing && k < borrows_.size(); ++k) borrows_[k].sealed = true;
        for (size_t k = argUses; itemsBorrowNothing && k < uses_.size(); ++k) uses_[k].sealed = true;
        if (!holdsReference(e.type) || itemsBorrowNothing) endUnheldBorrows(argBorrows, point_);
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
      // `v[i] = x` (`v[i].x = x`, `grid[i][j] = x`) borrows v mutably
      // (IndexMut) before the index is computed (walkIndexesOf), and after
      // x: an assignment, and a compound one of numbers, evaluates its right
      // side first (`v[1] = *first` runs); `s[i] += "x"` calls add_assign on
      // the place, made first. `r[i] = x` with `r: &mut Vec<T>` borrows `*r`.
      int32_t root = placeRoot(*e.lhs, nullptr);
      if (root >= 0 && reachesThroughImplIndex(*e.lhs)) {
        bool rhsFirst = e.kind == ExprKind::Assign || T_.isNumeric(T_.resolve(e.lhs->type)) ||
                        T_.get(T_.resolve(e.lhs->type)).kind == TypeKind::Bool;
        size_t rhsBorrows = borrows_.size(), rhsUses = uses_.size();
        if (rhsFirst) walkValue(*e.rhs);
        int32_t held = walkIndexesOf(*e.lhs, true);
        if (!rhsFirst) {
          rhsBorrows = borrows_.size();
          rhsUses = uses_.size();
          walkValue(*e.rhs);
          if (held >= 0) holdUntil(held, ++point_, borrows_[held].liveSpan);
        }
        if (e.kind == ExprKind::Assign) {
          lifetimes_.requireStoreLifetimes(*e.lhs, *e.rhs, e.span, borrows_, slots_);
          lifetimes_.requireStaysInClosure(*e.lhs, *e.rhs, e.span, true, borrows_);
        }
        if (e.kind == ExprKind::Assign && !isRefLocal(root)) storeInto(root, rhsBorrows, rhsUses);  // `v[0] = &y;`
        return;
      }
      size_t rhsBorrows = borrows_.size(), rhsUses = uses_.size();
      walkValue(*e.rhs);
      if (e.kind == ExprKind::Assign && e.lhs->kind != ExprKind::Tuple) {
        lifetimes_.requireStoreLifetimes(*e.lhs, *e.rhs, e.span, borrows_, slots_);
        lifetimes_.requireStaysInClosure(*e.lhs, *e.rhs, e.span, true, borrows_);
      }
      auto target = [&](const Expr& t) {
        std::string path;
        int32_t root = placeRoot(t, &path);
        if (root < 0) {
          walk(t);
          return;
        }
        walkIndexesOf(t, false);  // an array's or a slice's own: none goes through IndexMut here
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
      {
        std::vector<ArgRange> ranges = walkArguments(e.args, borrowck::calleeOf(p_, e), 0, &e, e.span);
        if (e.resolvedKind == static_cast<uint8_t>(Resolved::CallValue)) holdArgumentsStoredInCaptures(e, ranges);
      }
      return;
    case ExprKind::Closure: {
      std::vector<ArgRange> fields;
      for (const FieldInit& f : e.fields) {
        size_t firstBorrow = borrows_.size(), firstUse = uses_.size();
        walkValue(*f.value);
        fields.push_back({firstBorrow, borrows_.size(), firstUse, uses_.size()});
      }
      holdCapturesStoredInCaptures(e, fields);
      return;
    }
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
        // A String written into is borrowed `&mut` by the call (`s.write_fmt(..)`), after its arguments.
        const Expr* string = writes && T_.get(T_.resolve(e.args[0]->type)).kind != TypeKind::Ref ? e.args[0].get() : nullptr;
        if (writes && !string) walk(*e.args[0]);
        // `assert_eq!(a, b)` is `match (&a, &b)`: shared borrows, the macro's own, at its span
        // (`v[0]` of a Vec is Index::index's borrow of v, at `v[0]`).
        bool asserts = m == MacroId::AssertEq || m == MacroId::AssertNe;
        auto compared = [&](const ExprPtr& a) {
          return asserts && (a == e.args[0] || (e.args.size() > 1 && a == e.args[1])) &&
                 !(a->kind == ExprKind::Index && indexesThroughImpl(T_, *a));
        };
        std::pair<size_t, size_t> firstCompared{0, 0};
        for (const auto& a : e.args) {
          size_t firstUse = uses_.size();
          if (compared(a)) walkPlace(*a, Access::Shared, e.span);
          else if (!f.owns(*a) && !(writes && a == e.args[0])) walkValue(*a);
          // `&a` is held while `&b` is made: what a reference `a` holds stays borrowed.
          int32_t root = placeRoot(*a, nullptr);
          if (compared(a) && a == e.args[0] && ((root >= 0 && isRefLocal(root)) || holdsReference(a->type)))
            firstCompared = {firstUse, uses_.size()};
        }
        if (firstCompared.second > firstCompared.first) {
          ++point_;
          holdUsesUntil(firstCompared.first, firstCompared.second, point_);
        }
        walkFormatArguments(f, string, e.span);
        if (writes && !string) writeThroughReference(*e.args[0], e.args[0]->span);
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
      {
        // An operator's value that holds no reference (`s + &t`, a String) keeps
        // nothing its operands borrowed: those borrows end with the operation.
        size_t operandBorrows = borrows_.size();
        walkValue(*e.lhs);
        walkValue(*e.rhs);
        if (!holdsReference(e.type)) endUnheldBorrows(operandBorrows, ++point_);
      }
      return;
    case ExprKind::Index: {
      // `v[i]` of a Vec (a String, a map) is `*Index::index(&v, i)`: a
      // shared borrow of v (E0502 against a `&mut`); of an array a read
      // (E0503). Through a reference local, of what it points at.
      walkValue(*e.rhs);
      Access kind = reachesThroughImplIndex(e) ? Access::Shared : Access::Read;
      std::string path;
      if (placeRoot(e, &path) >= 0) {
        if (path.rfind("*", 0) != 0) walkIndexesOf(*e.lhs, false);
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
      size_t loopBorrows = borrows_.size(), loopUses = uses_.size();
      if (e.kind == ExprKind::For) {
        if (e.operand->kind == ExprKind::Ref || e.operand->kind == ExprKind::MethodCall) walk(*e.operand);
        else walkValue(*e.operand);
      }
      size_t iterableBorrows = borrows_.size();
      // The iterable is evaluated once, before the loop: its borrows lie before the loop's first point.
      if (e.kind == ExprKind::For) ++point_;
      uint32_t start = point_;
      openRegion(e.kind == ExprKind::Loop ? Region::Kind::UntilBreak : Region::Kind::MaybeNever, -1, e.text);
      if (e.kind == ExprKind::For) {
        std::vector<int32_t> bound;
        bindings(*e.pattern, bound);
        declare(bound);
        // `for w in text.split(' ')`: an item may be a reference into what the iterable borrows,
        // which whatever the item is stored into then holds (`out.push(w)`).
        for (int32_t local : bound) assignHolder(local, loopBorrows, loopUses, nullptr, false);
      }
      if (e.kind == ExprKind::While) walkValue(*e.operand);
      if (e.kind == ExprKind::WhileLet) walkScrutinee(*e.operand, *e.pattern);
      walkBlock(*e.block);
      closeRegion();
      loops_.push_back({start, point_});
      // `for x in &v`: the loop holds its borrow of v until it ends.
      for (size_t i = loopBorrows; e.kind == ExprKind::For && i < iterableBorrows; ++i) {
        if (borrows_[i].twoPhase) continue;  // a reservation ends with its call
        borrows_[i].liveThrough = point_;
        borrows_[i].liveSpan = e.operand->span;
      }
      return;
    }
    case ExprKind::Block:
      if (!e.text.empty()) openRegion(Region::Kind::Labeled, -1, e.text);
      walkBlock(*e.block);
      if (!e.text.empty()) closeRegion();
      return;
    case ExprKind::Break: case ExprKind::Continue:
      recordJump(e);
      if (e.operand) walkValue(*e.operand);
      return;
    case ExprKind::If: case ExprKind::IfLet: {
      if (e.kind == ExprKind::If) walkValue(*e.operand); else walkScrutinee(*e.operand, *e.pattern);
      std::vector<LoopRange> branches;
      int32_t set = nextBranchSet_++;
      uint32_t start = point_;
      size_t branchBorrows = borrows_.size();
      openRegion(Region::Kind::Branch, set);
      walkBlock(*e.block);
      closeRegion(nullptr, e.block.get());
      branches.push_back({start + 1, point_});
      start = ++point_;  // a point between the branches (where a block's tail temporaries die) is in neither
      freeTemporariesSince(branchBorrows, {e.block->span.end - 1, e.block->span.end});
      branchBorrows = borrows_.size();
      openRegion(Region::Kind::Branch, set);
      if (e.elseBranch) walk(*e.elseBranch);
      closeRegion(e.elseBranch.get());
      branches.push_back({start + 1, point_});
      branchSets_.push_back(std::move(branches));
      ++point_;
      if (e.elseBranch) freeTemporariesSince(branchBorrows, {e.elseBranch->span.end - 1, e.elseBranch->span.end});
      return;
    }
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
      std::vector<LoopRange> bodies;  // not the guards: a guard that fails goes on to the next arm
      int32_t set = nextBranchSet_++;
      for (const MatchArm& arm : e.arms) {
        if (root >= 0) bindPattern(root, path, *arm.pattern);
        size_t armBorrows = borrows_.size();
        if (arm.guard) walkValue(*arm.guard);
        uint32_t start = point_;
        openRegion(Region::Kind::Branch, set);
        walkValue(*arm.body);
        closeRegion(arm.body.get());
        bodies.push_back({start + 1, point_});
        ++point_;  // a point after the arm (where its block's tail temporaries die) is in no arm
        freeTemporariesSince(armBorrows, arm.body->span);
      }
      branchSets_.push_back(std::move(bodies));
      return;
    }
    default:
      for (const Expr* c : {e.lhs.get(), e.rhs.get(), e.operand.get(), e.elseBranch.get(), e.structBase.get()})
        if (c) walkValue(*c);
      for (const auto& a : e.args) walkValue(*a);
      for (const FieldInit& f : e.fields) {
        size_t firstBorrow = borrows_.size(), firstUse = uses_.size();
        walkValue(*f.value);
        if (e.kind == ExprKind::StructLit && fieldHoldsStatic(e.type, f.name))
          requireStaticArgument(firstBorrow, firstUse, f.value->span, true);
      }
      if (e.block) walkBlock(*e.block);
      return;
  }
}

// A borrow of the temporary that the borrowed expression `e` makes, if it
// makes one: not a variable's place, not a value rustc promotes to a static
// (`&5`; check/promotion.h). It dies with its statement unless its `let`
// extends it to the block's end, which is still not the whole run (a
// `'static` demand, E0716).
void BorrowChecker::borrowTemporary(const Expr& e, bool mut) {
  const Expr* temporary = temporaryUnder(T_, e);
  if (!temporary || promotesWhenBorrowed(T_, *temporary, mut)) return;
  Borrow b;
  b.temporary = true;
  b.extended = std::find(extended_.begin(), extended_.end(), temporary) != extended_.end();
  b.span = temporary->span;
  b.point = ++point_;
  borrows_.push_back(b);
}

// The place a pattern is matched against when it is a variable or fields
// of one (not through a reference or an index): the pattern then takes its
// parts one by one (check/pattern_parts.h), or -1.
int32_t BorrowChecker::matchedPlace(const Expr& value, std::string* path) const {
  if (value.kind != ExprKind::Path && value.kind != ExprKind::Field && value.kind != ExprKind::TupleField &&
      value.kind != ExprKind::Paren)
    return -1;
  bool throughIndex = false;
  int32_t root = placeRoot(value, path, &throughIndex);
  if (root < 0 || throughIndex || isRefLocal(root) || path->rfind("*", 0) == 0) return -1;
  return root;
}

}  // namespace sh::borrowck
