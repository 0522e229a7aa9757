// The two deny-by-default lints that make rustc reject arithmetic it can
// evaluate at compile time: `arithmetic_overflow` (`let x: u8 = 255; x + 1`)
// and `unconditional_panic` (`10 / 0` or `x / 0`: a known zero divisor).
//
// rustc finds these by constant propagation over MIR. This pass follows the
// part of that analysis a learner meets: integer constants, integer locals
// given constant values in straight-line code, and the operations inside
// branches, loops and calls on what is known there. A `loop` whose one
// `break` carries a known value has that value (rustc writes it to the
// loop's destination once, and a local assigned once keeps its value), even
// where the loop never runs.
//
// rustc's lint is one walk over the MIR, depth first, taking a branch's
// last target first, with one state for the whole walk: an `if` on a value
// it knows goes only the way the value says (its other way, and a `break`
// there, is never seen), and of an `if` it does not know it walks one way
// (ThenReachedFirst), then everything after the `if` up to the end of the
// enclosing loop's body or the function (the locals declared there end
// their storage, so their values are forgotten), and only then the other
// way, where those locals are no longer known (this walk turns back at the
// end of a `loop`'s body too, where the other way's `break`s still count
// towards the loop's value). Like rustc, it gives up on a local whose address is
// taken anywhere in the function (`&x`, a `&self` method call, a formatting
// macro, which borrows its arguments, or a match whose guarded arm binds part
// of it), and it forgets what a loop or branch
// may change. It never rejects what rustc accepts; it may miss a case rustc
// catches, which then panics at run time instead.
#include <map>
#include <optional>
#include <set>

#include "base/int128.h"
#include "check/borrow_facts.h"
#include "check/checker.h"

namespace sh {

namespace {

class ConstLints {
 public:
  explicit ConstLints(const Checked& p) : p_(p), T_(p.types) {}

  void checkFunction(const FnInfo& fn) {
    known_.clear();
    borrowed_.clear();
    regions_.assign(1, Region{});
    findBorrows(*fn.decl->body);
    findLocalsAssignedTwice(fn);
    walkBlock(*fn.decl->body);
    walkOtherWays();
  }

 private:
  // ---- locals whose address is taken anywhere are never propagated
  void findBorrows(const Block& b) {
    for (const Stmt& s : b.stmts) {
      if (s.init) findBorrows(*s.init);
      if (s.elseBlock) findBorrows(*s.elseBlock);
    }
    if (b.tail) findBorrows(*b.tail);
  }
  void markBorrowed(const Expr& e) {
    const Expr* cur = &e;
    while (cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField || cur->kind == ExprKind::Index ||
           cur->kind == ExprKind::Paren)
      cur = cur->kind == ExprKind::Index ? cur->lhs.get() : cur->operand.get();
    if (cur->kind == ExprKind::Path && cur->resolvedKind == static_cast<uint8_t>(Resolved::Local)) borrowed_.insert(cur->resolved);
  }
  void findBorrows(const Expr& e) {
    if (e.kind == ExprKind::Ref) markBorrowed(*e.operand);
    if (e.kind == ExprKind::MethodCall && e.receiverMode != 0) markBorrowed(*e.operand);
    if (e.kind == ExprKind::Macro && e.resolvedKind == static_cast<uint8_t>(Resolved::Format))
      for (const CheckedFormatArg& a : p_.formats[e.resolved].args) {
        if (a.expr) markBorrowed(*a.expr);
        else borrowed_.insert(a.local);
      }
    if (e.kind == ExprKind::Macro &&
        (static_cast<MacroId>(e.macroId) == MacroId::AssertEq || static_cast<MacroId>(e.macroId) == MacroId::AssertNe))
      for (size_t i = 0; i < 2 && i < e.args.size(); ++i) markBorrowed(*e.args[i]);
    for (const Expr* c : {e.lhs.get(), e.rhs.get(), e.operand.get(), e.elseBranch.get(), e.structBase.get()})
      if (c) findBorrows(*c);
    for (const auto& a : e.args) findBorrows(*a);
    for (const FieldInit& f : e.fields) findBorrows(*f.value);
    for (const MatchArm& arm : e.arms) {
      if (arm.guard) findBorrows(*arm.guard);
      findBorrows(*arm.body);
      // A guarded arm's bindings are references into the scrutinee while
      // the guard runs (`x if x > 50`), as rustc's MIR binds them.
      std::vector<int32_t> bound;
      if (arm.guard && e.operand) borrowck::bindings(*arm.pattern, bound);
      if (!bound.empty()) markBorrowed(*e.operand);
    }
    if (e.block) findBorrows(*e.block);
  }

  // ---- locals stored to more than once are known only inside a MIR block
  // rustc counts the stores of each local in the function's MIR (an
  // argument is stored on entry, a `let` with a value once, each assignment
  // once) and forgets a local stored more than once at the end of every
  // basic block (ConstPropMode::OnlyInsideOwnBlock). A call, an overflow
  // or bounds check, and a branch each end a block.
  void findLocalsAssignedTwice(const FnInfo& fn) {
    std::map<int32_t, int> stores;
    for (const Param& param : fn.decl->params)
      if (param.pattern->kind == PatternKind::Binding) ++stores[param.pattern->local];
    countStores(*fn.decl->body, stores);
    ownBlockOnly_.clear();
    for (const auto& [local, count] : stores)
      if (count > 1) ownBlockOnly_.insert(local);
  }
  void countStores(const Block& b, std::map<int32_t, int>& stores) {
    for (const Stmt& s : b.stmts) {
      if (s.kind == StmtKind::Let && s.init && s.pattern->kind == PatternKind::Binding) ++stores[s.pattern->local];
      if (s.init) countStores(*s.init, stores);
      if (s.elseBlock) countStores(*s.elseBlock, stores);
    }
    if (b.tail) countStores(*b.tail, stores);
  }
  void countStores(const Expr& e, std::map<int32_t, int>& stores) {
    if ((e.kind == ExprKind::Assign || e.kind == ExprKind::CompoundAssign) && e.lhs->kind == ExprKind::Path &&
        e.lhs->resolvedKind == static_cast<uint8_t>(Resolved::Local))
      ++stores[e.lhs->resolved];
    for (const Expr* c : {e.lhs.get(), e.rhs.get(), e.operand.get(), e.elseBranch.get(), e.structBase.get()})
      if (c) countStores(*c, stores);
    for (const auto& a : e.args) countStores(*a, stores);
    for (const FieldInit& f : e.fields) countStores(*f.value, stores);
    for (const MatchArm& arm : e.arms) {
      if (arm.guard) countStores(*arm.guard, stores);
      countStores(*arm.body, stores);
    }
    if (e.block) countStores(*e.block, stores);
  }
  void endBasicBlock() {
    for (int32_t local : ownBlockOnly_) known_.erase(local);
  }
  // The expressions whose MIR ends with a terminator other than a branch:
  // a call (a method, a macro's), and an operation std checks in a debug
  // build (an integer's `+ - * / % << >>` and `-x`, an index). A compound
  // assignment's check ends its block before the store (evalOperation).
  bool endsWithCheckOrCall(const Expr& e) const {
    switch (e.kind) {
      case ExprKind::Call: case ExprKind::MethodCall: case ExprKind::Macro: case ExprKind::Index: return true;
      case ExprKind::Unary:
        return e.unaryOp == UnaryOp::Neg && e.operand->kind != ExprKind::IntLit && T_.get(e.type).kind == TypeKind::Int;
      case ExprKind::Binary: return isCheckedOperator(e.binaryOp) && T_.get(e.type).kind == TypeKind::Int;
      default: return false;
    }
  }
  static bool isCheckedOperator(BinaryOp op) {
    switch (op) {
      case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: case BinaryOp::Div: case BinaryOp::Rem:
      case BinaryOp::Shl: case BinaryOp::Shr:
        return true;
      case BinaryOp::BitAnd: case BinaryOp::BitOr: case BinaryOp::BitXor: case BinaryOp::And: case BinaryOp::Or:
      case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
        return false;
    }
    return false;
  }

  // ---- straight-line propagation
  // A block's statements, then its tail, whose value is the block's (`let
  // n: i16 = { i16::MIN };` is known, as rustc writes the tail to n).
  std::optional<__int128> walkBlock(const Block& b) {
    for (const Stmt& s : b.stmts) {
      if (s.kind == StmtKind::Let && s.init) {
        std::optional<__int128> v = eval(*s.init);
        if (s.pattern->kind == PatternKind::Binding) regions_.back().locals.push_back(s.pattern->local);
        if (s.pattern->kind == PatternKind::Binding && v && !borrowed_.count(s.pattern->local)) known_[s.pattern->local] = *v;
      } else if (s.init) {
        eval(*s.init);
      }
    }
    std::optional<__int128> value = b.tail ? eval(*b.tail) : std::nullopt;
    if (dropsALocal(b)) endBasicBlock();
    return value;
  }
  // Whether a block's end drops a local it declared (a drop ends a MIR block).
  bool dropsALocal(const Block& b) const {
    for (const Stmt& s : b.stmts)
      if (s.kind == StmtKind::Let && s.pattern->kind == PatternKind::Binding && T_.needsDrop(s.pattern->type)) return true;
    return false;
  }

  std::optional<__int128> localValue(const Expr& e) {
    if (e.kind == ExprKind::Path && e.resolvedKind == static_cast<uint8_t>(Resolved::Const)) {
      const ConstInfo& c = p_.consts[e.resolved];  // rustc knows every constant's value where it is used
      if (c.hasIntValue) return c.intValue;
      return std::nullopt;
    }
    if (e.kind != ExprKind::Path || e.resolvedKind != static_cast<uint8_t>(Resolved::Local)) return std::nullopt;
    auto it = known_.find(e.resolved);
    if (it == known_.end()) return std::nullopt;
    return it->second;
  }

  void forgetAssignedIn(const Expr& e) {
    if ((e.kind == ExprKind::Assign || e.kind == ExprKind::CompoundAssign) && e.lhs->kind == ExprKind::Path)
      known_.erase(e.lhs->resolved);
    for (const Expr* c : {e.lhs.get(), e.rhs.get(), e.operand.get(), e.elseBranch.get()})
      if (c) forgetAssignedIn(*c);
    for (const auto& a : e.args) forgetAssignedIn(*a);
    for (const MatchArm& arm : e.arms) forgetAssignedIn(*arm.body);
    if (e.block) {
      for (const Stmt& s : e.block->stmts)
        if (s.init) forgetAssignedIn(*s.init);
      if (e.block->tail) forgetAssignedIn(*e.block->tail);
    }
  }

  // An expression's value where the lint knows it; its checks and calls end
  // the MIR block it is in once they are made.
  std::optional<__int128> eval(const Expr& e) {
    std::optional<__int128> v = evalOperation(e);
    if (endsWithCheckOrCall(e)) endBasicBlock();
    return v;
  }
  std::optional<__int128> evalOperation(const Expr& e) {
    switch (e.kind) {
      case ExprKind::IntLit:
        if (T_.get(e.type).kind != TypeKind::Int) return std::nullopt;
        return static_cast<__int128>(e.intValue);
      case ExprKind::Paren: return eval(*e.operand);
      case ExprKind::Cast: {  // `19 as i64`: rustc's lint knows an integer cast's value (`as` wraps, never overflows)
        std::optional<__int128> v = eval(*e.operand);
        if (!v || T_.get(e.type).kind != TypeKind::Int || T_.get(e.operand->type).kind != TypeKind::Int) return std::nullopt;
        return wrapTo(*v, T_.get(e.type).intKind);
      }
      case ExprKind::Path:
        if (e.resolvedKind == static_cast<uint8_t>(Resolved::IntegerConstant)) return static_cast<__int128>(e.intValue);
        return localValue(e);
      case ExprKind::Unary: {
        std::optional<__int128> v = eval(*e.operand);
        if (!v) return std::nullopt;
        return negated(e, *v);
      }
      case ExprKind::Binary: {
        if (e.binaryOp == BinaryOp::And || e.binaryOp == BinaryOp::Or) {  // a branch on the left, a join after the right
          eval(*e.lhs);
          endBasicBlock();
          eval(*e.rhs);
          endBasicBlock();
          return std::nullopt;
        }
        std::optional<__int128> l = eval(*e.lhs), r = eval(*e.rhs);
        if (r && (e.binaryOp == BinaryOp::Shl || e.binaryOp == BinaryOp::Shr)) checkShiftAmount(e, *r);
        if (!l && r) checkDivisorZero(e, *r);
        if (!l || !r || T_.get(e.type).kind != TypeKind::Int) return std::nullopt;
        return arithmetic(e, *l, *r);
      }
      case ExprKind::Assign: case ExprKind::CompoundAssign: {
        std::optional<__int128> r = eval(*e.rhs);
        if (e.lhs->kind != ExprKind::Path || e.lhs->resolvedKind != static_cast<uint8_t>(Resolved::Local)) return std::nullopt;
        int32_t local = e.lhs->resolved;
        if (e.kind == ExprKind::CompoundAssign) {
          if (r && (e.binaryOp == BinaryOp::Shl || e.binaryOp == BinaryOp::Shr)) checkShiftAmount(e, *r);
          std::optional<__int128> l = localValue(*e.lhs);
          if (!l && r) checkDivisorZero(e, *r);
          if (l && r && T_.get(e.lhs->type).kind == TypeKind::Int) r = arithmetic(e, *l, *r);
          else r.reset();
          if (isCheckedOperator(e.binaryOp) && T_.get(e.lhs->type).kind == TypeKind::Int) endBasicBlock();  // before the store
        }
        if (r && !borrowed_.count(local)) known_[local] = *r;
        else known_.erase(local);
        return std::nullopt;
      }
      case ExprKind::Block:
        if (e.text.empty()) return walkBlock(*e.block);
        // A labeled block: a region whose `break`s leave it, so what its
        // ways assigned is not known after it.
        endBasicBlock();
        regions_.push_back(Region{false, {}, {}});
        walkBlock(*e.block);
        walkOtherWays();
        regions_.pop_back();
        endBasicBlock();
        forgetAssignedIn(e);
        return std::nullopt;
      case ExprKind::Loop: case ExprKind::While: case ExprKind::WhileLet: case ExprKind::For: {
        loops_.push_back(LoopValue{&e, 0, std::nullopt});
        endBasicBlock();
        forgetAssignedIn(e);
        regions_.push_back(Region{e.kind == ExprKind::Loop, {}, {}});
        walkChildren(e);
        walkOtherWays();
        regions_.pop_back();
        endBasicBlock();
        forgetAssignedIn(e);
        LoopValue done = loops_.back();
        loops_.pop_back();
        if (e.kind == ExprKind::Loop && done.breaks == 1) return done.value;
        return std::nullopt;
      }
      case ExprKind::Break: {
        std::optional<__int128> v = e.operand ? eval(*e.operand) : std::nullopt;
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
          if (!e.text.empty() && it->loop->text != e.text) continue;
          ++it->breaks;
          it->value = v;
          break;
        }
        return std::nullopt;
      }
      case ExprKind::Index: {
        eval(*e.lhs);  // the base first: `grid[r - 1][0]` computes `r - 1` before the outer index
        std::optional<__int128> index = eval(*e.rhs);
        const Type& base = T_.get(e.lhs->type);
        if (index && e.derefs == 0 && base.kind == TypeKind::Array && *index >= static_cast<__int128>(base.length))
          lint("this operation will panic at runtime",
               "index out of bounds: the length is " + std::to_string(base.length) + " but the index is " + i128ToString(*index),
               "unconditional_panic", e.span);
        return std::nullopt;
      }
      default:
        forgetAssignedIn(e);
        walkChildren(e);
        forgetAssignedIn(e);
        if (e.kind == ExprKind::If || e.kind == ExprKind::IfLet || e.kind == ExprKind::Match) endBasicBlock();  // the join
        return std::nullopt;
    }
  }

  // The parts of a branch, loop, call or aggregate, each with what is known
  // of the locals it does not assign (rustc's lint reaches into them too).
  // Alternatives (an if's branches, a match's arms) each start from what was
  // known before them; the branch an `if true`/`if false` never takes is
  // not looked at, as rustc does not.
  void walkChildren(const Expr& e) {
    for (const Expr* c : {e.operand.get(), e.lhs.get(), e.rhs.get()})
      if (c) eval(*c);
    for (const auto& a : e.args) eval(*a);
    for (const FieldInit& f : e.fields) eval(*f.value);
    if (e.structBase) eval(*e.structBase);
    bool branches = e.kind == ExprKind::If || e.kind == ExprKind::IfLet || e.kind == ExprKind::Match;
    if (branches) endBasicBlock();
    const std::map<int32_t, __int128> before = known_;
    if (e.kind == ExprKind::If) return walkBranches(e, before);
    if (e.block) walkBlock(*e.block);
    known_ = before;
    if (e.elseBranch) eval(*e.elseBranch);
    for (const MatchArm& arm : e.arms) {
      known_ = before;
      if (arm.guard) eval(*arm.guard);
      eval(*arm.body);
    }
  }

  // An `if`'s ways in rustc's order: only the one a known condition takes;
  // else the first reached, then the other after the walk has been through
  // the end of the region around the `if`.
  void walkBranches(const Expr& e, const std::map<int32_t, __int128>& before) {
    auto walkThen = [&] { walkBlock(*e.block); };
    auto walkElse = [&] {
      if (e.elseBranch) eval(*e.elseBranch);
    };
    if (std::optional<bool> c = conditionValue(*e.operand)) return *c ? walkThen() : walkElse();
    bool thenFirst = thenReachedFirst(*e.operand);
    if (thenFirst) walkThen(); else walkElse();
    std::map<int32_t, __int128> other = before;
    const Expr* elseBlock = e.elseBranch && e.elseBranch->kind == ExprKind::Block ? e.elseBranch.get() : nullptr;
    WayEnd end = thenFirst ? wayEnd(*e.block) : elseBlock ? wayEnd(*elseBlock->block) : WayEnd::FallsThrough;
    forgetRegionLocals(other, end == WayEnd::Returns);
    if (end == WayEnd::FallsThrough) return regions_.back().otherWays.push_back(OtherWay{&e, !thenFirst, std::move(other)});
    known_ = std::move(other);
    if (thenFirst) walkElse(); else walkThen();
  }

  // Where rustc's walk goes after an `if`'s first way: on to what follows
  // the `if`, or, from a `return`, through the storage ends of every local
  // to the function's end, or, from a `break` or `continue`, out of the
  // loop's body; from those two it turns back to the other way at once.
  enum class WayEnd { FallsThrough, Returns, LeavesLoop };
  static WayEnd wayEnd(const Block& b) {
    const Expr* last = b.tail ? b.tail.get() : !b.stmts.empty() && b.stmts.back().kind == StmtKind::Expr ? b.stmts.back().init.get() : nullptr;
    if (!last) return WayEnd::FallsThrough;
    if (last->kind == ExprKind::Return) return WayEnd::Returns;
    if (last->kind == ExprKind::Break || last->kind == ExprKind::Continue) return WayEnd::LeavesLoop;
    return WayEnd::FallsThrough;
  }

  // The end of a region: the `if`s' other ways, the last one met first
  // (rustc's walk keeps them on a stack), each from what was known before
  // its `if` less the region's locals; an `if` met on such a way has its
  // own other way walked next. What follows the region is walked with what
  // was known at its end.
  void walkOtherWays() {
    const std::map<int32_t, __int128> atEnd = known_;
    while (!regions_.back().otherWays.empty()) {
      OtherWay way = std::move(regions_.back().otherWays.back());
      regions_.back().otherWays.pop_back();
      known_ = std::move(way.known);
      if (way.then) walkBlock(*way.ifExpr->block);
      else if (way.ifExpr->elseBranch) eval(*way.ifExpr->elseBranch);
    }
    known_ = atEnd;
  }

  // What the walk forgets on its way from an `if` to the end of the region
  // around it: the locals declared in the innermost `while` or `for` body,
  // or the function's, end their storage there; a `loop` is left by its
  // `break` on that way, so the region goes on around it.
  void forgetRegionLocals(std::map<int32_t, __int128>& known, bool everyRegion) const {
    for (auto r = regions_.rbegin(); r != regions_.rend(); ++r) {
      for (int32_t local : r->locals) known.erase(local);
      if (!r->isLoop && !everyRegion) return;
    }
  }

  // A condition's value where rustc's lint knows it: a literal, or a
  // comparison of known integers, through `!`, `&&` and `||`.
  std::optional<bool> conditionValue(const Expr& c) {
    switch (c.kind) {
      case ExprKind::BoolLit: return c.text == "true";
      case ExprKind::Paren: return conditionValue(*c.operand);
      case ExprKind::Unary: {
        std::optional<bool> v = c.unaryOp == UnaryOp::Not ? conditionValue(*c.operand) : std::nullopt;
        if (!v) return std::nullopt;
        return !*v;
      }
      case ExprKind::Binary: {
        if (c.binaryOp == BinaryOp::And || c.binaryOp == BinaryOp::Or) {
          std::optional<bool> l = conditionValue(*c.lhs), r = conditionValue(*c.rhs);
          if (!l || !r) return std::nullopt;
          return c.binaryOp == BinaryOp::And ? (*l && *r) : (*l || *r);
        }
        if (T_.get(c.lhs->type).kind != TypeKind::Int) return std::nullopt;
        std::optional<__int128> l = known(*c.lhs), r = known(*c.rhs);
        if (!l || !r) return std::nullopt;
        bool unsignedWide = intKindBytes(T_.get(c.lhs->type).intKind) == 16 && !intKindSigned(T_.get(c.lhs->type).intKind);
        auto less = [&](__int128 a, __int128 b) {
          return unsignedWide ? static_cast<unsigned __int128>(a) < static_cast<unsigned __int128>(b) : a < b;
        };
        switch (c.binaryOp) {
          case BinaryOp::Eq: return *l == *r;
          case BinaryOp::Ne: return *l != *r;
          case BinaryOp::Lt: return less(*l, *r);
          case BinaryOp::Le: return !less(*r, *l);
          case BinaryOp::Gt: return less(*r, *l);
          case BinaryOp::Ge: return !less(*l, *r);
          case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: case BinaryOp::Div: case BinaryOp::Rem:
          case BinaryOp::BitAnd: case BinaryOp::BitOr: case BinaryOp::BitXor: case BinaryOp::Shl: case BinaryOp::Shr:
          case BinaryOp::And: case BinaryOp::Or:
            return std::nullopt;
        }
        return std::nullopt;
      }
      default: return std::nullopt;
    }
  }
  // An operand's value as the lint knows it, without walking it again: a
  // literal, a constant or a known local (what a comparison's operands are
  // in the conditions that matter: `k >= 1`), and a negation, a cast or an
  // arithmetic operation on known ones (`-0i128 == 9`). The walk has
  // already been through the condition, so what overflows here was linted
  // there (or is allowed, and unknown).
  std::optional<__int128> known(const Expr& e) {
    if (e.kind == ExprKind::Paren) return known(*e.operand);
    if (e.kind == ExprKind::IntLit) return T_.get(e.type).kind == TypeKind::Int ? std::optional<__int128>(static_cast<__int128>(e.intValue)) : std::nullopt;
    if (e.kind == ExprKind::Path && e.resolvedKind == static_cast<uint8_t>(Resolved::IntegerConstant)) return static_cast<__int128>(e.intValue);
    if (e.kind == ExprKind::Unary) {
      std::optional<__int128> v = known(*e.operand);
      return v ? negated(e, *v) : std::nullopt;
    }
    if (e.kind == ExprKind::Cast) {
      std::optional<__int128> v = known(*e.operand);
      if (!v || T_.get(e.type).kind != TypeKind::Int || T_.get(e.operand->type).kind != TypeKind::Int) return std::nullopt;
      return wrapTo(*v, T_.get(e.type).intKind);
    }
    if (e.kind == ExprKind::Binary && T_.get(e.type).kind == TypeKind::Int) {
      std::optional<__int128> l = known(*e.lhs), r = known(*e.rhs);
      return l && r ? arithmetic(e, *l, *r) : std::nullopt;
    }
    return localValue(e);
  }

  // `-v` of unary expression e (a `!` is not followed): linted where it
  // overflows (`-i16::MIN`).
  std::optional<__int128> negated(const Expr& e, __int128 v) {
    if (e.unaryOp != UnaryOp::Neg || T_.get(e.type).kind != TypeKind::Int) return std::nullopt;
    IntKind k = T_.get(e.type).intKind;
    if (intKindSigned(k) && intKindBytes(k) < 16 && v == minOf(k)) {
      lint("this arithmetic operation will overflow", "attempt to negate `" + show(v, k) + "`, which would overflow",
           "arithmetic_overflow", e.span);
      return std::nullopt;
    }
    return static_cast<__int128>(-static_cast<unsigned __int128>(v));
  }

  // The extremes of a type, computed unsigned so that i128's do not
  // overflow (u128's maximum does not fit and reads as -1: callers ask it
  // only of narrower types).
  static __int128 minOf(IntKind k) {
    if (!intKindSigned(k)) return 0;
    return static_cast<__int128>(~static_cast<unsigned __int128>(0) << (intKindBytes(k) * 8 - 1));
  }
  static __int128 maxOf(IntKind k) {
    unsigned bits = intKindBytes(k) * 8 - (intKindSigned(k) ? 1 : 0);
    unsigned __int128 all = ~static_cast<unsigned __int128>(0);
    return static_cast<__int128>(bits >= 128 ? all : (static_cast<unsigned __int128>(1) << bits) - 1);
  }

  // A constant as rustc's lints write it: `5_i32`, and the extremes by name (`i8::MIN`, `u8::MAX`).
  static std::string show(__int128 v, IntKind k) {
    std::string name = intKindName(k);
    if (intKindBytes(k) < 16 && v == maxOf(k)) return name + "::MAX";
    if (intKindBytes(k) < 16 && intKindSigned(k) && v == minOf(k)) return name + "::MIN";
    if (intKindBytes(k) == 16 && !intKindSigned(k)) return u128ToString(static_cast<unsigned __int128>(v)) + "_" + name;
    return i128ToString(v) + "_" + name;
  }

  // `x << 34` on an i32 overflows whatever x is: rustc knows the amount.
  void checkShiftAmount(const Expr& e, __int128 amount) {
    const Type& t = T_.get(e.lhs->type);
    const Type& a = T_.get(e.rhs->type);
    if (t.kind != TypeKind::Int || a.kind != TypeKind::Int) return;
    if (amount >= 0 && amount < static_cast<__int128>(intKindBytes(t.intKind) * 8)) return;
    lint("this arithmetic operation will overflow",
         std::string("attempt to shift ") + (e.binaryOp == BinaryOp::Shl ? "left" : "right") + " by `" + show(amount, a.intKind) +
             "`, which would overflow",
         "arithmetic_overflow", e.span);
  }

  // `x / 0` and `x % 0` panic whatever x is: rustc knows the divisor and
  // writes the unknown dividend as `_`.
  void checkDivisorZero(const Expr& e, __int128 divisor) {
    if (divisor != 0 || T_.get(e.lhs->type).kind != TypeKind::Int) return;
    if (e.binaryOp == BinaryOp::Div)
      lint("this operation will panic at runtime", "attempt to divide `_` by zero", "unconditional_panic", e.span);
    if (e.binaryOp == BinaryOp::Rem)
      lint("this operation will panic at runtime", "attempt to calculate the remainder of `_` with a divisor of zero",
           "unconditional_panic", e.span);
  }

  // Evaluates one operation on constants, rejecting it as rustc would.
  std::optional<__int128> arithmetic(const Expr& e, __int128 l, __int128 r) {
    const Type& t = T_.get(e.kind == ExprKind::CompoundAssign ? e.lhs->type : e.type);
    bool wide = intKindBytes(t.intKind) == 16;
    __int128 lo = minOf(t.intKind), hi = maxOf(t.intKind);
    auto show = [&](__int128 v) { return ConstLints::show(v, t.intKind); };
    BinaryOp op = e.binaryOp;
    if (op == BinaryOp::Div && r == 0) {
      lint("this operation will panic at runtime", "attempt to divide `" + show(l) + "` by zero", "unconditional_panic", e.span);
      return std::nullopt;
    }
    if (op == BinaryOp::Rem && r == 0) {
      lint("this operation will panic at runtime", "attempt to calculate the remainder of `" + show(l) + "` with a divisor of zero",
           "unconditional_panic", e.span);
      return std::nullopt;
    }
    if ((op == BinaryOp::Div || op == BinaryOp::Rem) && lo < 0 && l == lo && r == -1) {
      lint("this operation will panic at runtime",
           "attempt to compute `" + show(l) + " " + std::string(binaryOpText(op)) + " " + show(r) + "`, which would overflow",
           "unconditional_panic", e.span);
      return std::nullopt;
    }
    if (wide && !intKindSigned(t.intKind) && (op == BinaryOp::Div || op == BinaryOp::Rem)) {
      auto ul = static_cast<unsigned __int128>(l), ur = static_cast<unsigned __int128>(r);
      return static_cast<__int128>(op == BinaryOp::Div ? ul / ur : ul % ur);
    }
    __int128 v = 0;
    bool overflows = false;
    switch (op) {
      case BinaryOp::Add: overflows = wide ? addOverflows128(l, r, t.intKind, &v) : (v = l + r, false); break;
      case BinaryOp::Sub: overflows = wide ? subOverflows128(l, r, t.intKind, &v) : (v = l - r, false); break;
      case BinaryOp::Mul: overflows = wide ? mulOverflows128(l, r, t.intKind, &v) : (v = l * r, false); break;
      case BinaryOp::Div: v = l / r; break;
      case BinaryOp::Rem: v = l % r; break;
      // Bit operations never overflow, but rustc knows their values (`(65534u16 & 34082) as i8` is 34).
      case BinaryOp::BitAnd: return l & r;
      case BinaryOp::BitOr: return l | r;
      case BinaryOp::BitXor: return l ^ r;
      case BinaryOp::Shl: case BinaryOp::Shr: {
        if (r < 0 || r >= static_cast<__int128>(intKindBytes(t.intKind) * 8)) return std::nullopt;  // linted by checkShiftAmount
        auto bits = static_cast<unsigned __int128>(l);
        if (op == BinaryOp::Shl) return wrapTo(static_cast<__int128>(bits << static_cast<int>(r)), t.intKind);
        return intKindSigned(t.intKind) ? l >> static_cast<int>(r) : static_cast<__int128>(bits >> static_cast<int>(r));
      }
      case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
      case BinaryOp::And: case BinaryOp::Or:
        return std::nullopt;  // a bool, not an integer (conditions are evaluated apart)
    }
    if (overflows || (!wide && (v < lo || v > hi))) {
      lint("this arithmetic operation will overflow",
           "attempt to compute `" + show(l) + " " + std::string(binaryOpText(op)) + " " + show(r) + "`, which would overflow",
           "arithmetic_overflow", e.span);
      return std::nullopt;
    }
    return v;
  }

  // i128 and u128 (held as their bits in an __int128) overflow the C++
  // type itself: the compiler's checked arithmetic says whether they do.
  static bool addOverflows128(__int128 l, __int128 r, IntKind k, __int128* v) {
    if (intKindSigned(k)) return __builtin_add_overflow(l, r, v);
    unsigned __int128 u = 0;
    bool o = __builtin_add_overflow(static_cast<unsigned __int128>(l), static_cast<unsigned __int128>(r), &u);
    *v = static_cast<__int128>(u);
    return o;
  }
  static bool subOverflows128(__int128 l, __int128 r, IntKind k, __int128* v) {
    if (intKindSigned(k)) return __builtin_sub_overflow(l, r, v);
    unsigned __int128 u = 0;
    bool o = __builtin_sub_overflow(static_cast<unsigned __int128>(l), static_cast<unsigned __int128>(r), &u);
    *v = static_cast<__int128>(u);
    return o;
  }
  static bool mulOverflows128(__int128 l, __int128 r, IntKind k, __int128* v) {
    if (intKindSigned(k)) return __builtin_mul_overflow(l, r, v);
    unsigned __int128 u = 0;
    bool o = __builtin_mul_overflow(static_cast<unsigned __int128>(l), static_cast<unsigned __int128>(r), &u);
    *v = static_cast<__int128>(u);
    return o;
  }

  // Rejects the program, unless an `#[allow(NAME)]` covers `at`: then the
  // walk goes on with the value unknown (the run panics there, as rustc's).
  void lint(const std::string& message, const std::string& label, const std::string& name, Span at) {
    if (p_.ast->allows(name, at)) return;
    Diagnostic d;
    d.message = message;
    d.labels.push_back({at, label, true});
    d.notes.push_back("`#[deny(" + name + ")]` on by default");
    throw CompileError(std::move(d));
  }

  // The loops being walked, innermost last: how many `break`s leave each,
  // and the value of the last one seen.
  struct LoopValue {
    const Expr* loop = nullptr;
    int breaks = 0;
    std::optional<__int128> value;
  };

  // A stretch the walk goes through to its end before it turns back to an
  // `if`'s other way: the function's body or a loop's, with the locals
  // declared in it.
  struct OtherWay {
    const Expr* ifExpr = nullptr;
    bool then = false;  // the `if`'s block, or else its `else`
    std::map<int32_t, __int128> known;
  };
  struct Region {
    bool isLoop = false;  // a `loop`, left by a `break` on the way
    std::vector<int32_t> locals;
    std::vector<OtherWay> otherWays;  // walked at the region's end
  };

  const Checked& p_;
  const TypeTable& T_;
  std::vector<LoopValue> loops_;
  std::vector<Region> regions_;
  std::map<int32_t, __int128> known_;
  std::set<int32_t> borrowed_;
  std::set<int32_t> ownBlockOnly_;  // stored to more than once: forgotten at each block's end
};

}  // namespace

void checkConstantLints(const Checked& program, const FnInfo& fn) { ConstLints(program).checkFunction(fn); }

}  // namespace sh
