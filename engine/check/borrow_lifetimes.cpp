// The rules on lifetimes at a function's edges (see check/borrow_facts.h),
// and the small facts about places the borrow checker shares with them.
//
// A parameter with lifetimes holds a borrow its caller made; what the
// function returns, or stores through a `&mut` parameter, may hold it only
// under a lifetime the signature gives it there. Which values flow where is
// read from the expression: the variable a value is read from, the one a
// field, an index or a reborrow goes through, both branches of an `if`, the
// arguments a call's result borrows from (FnLifetimes).
#include <algorithm>
#include <climits>
#include <string_view>

#include "check/borrow_facts.h"

namespace sh::borrowck {

bool isRefLocal(const TypeTable& T, const FnInfo& fn, int32_t local) { return T.get(fn.locals[local].type).kind == TypeKind::Ref; }

// `self.items`, `r[0]` with `self`, `r` references: the place they point
// at, tracked as "*" under them, as `(*self).items` and `(*r)[0]` are.
bool derefsRefLocal(const TypeTable& T, const FnInfo& fn, const Expr& place, const Expr& base) {
  return place.derefs == 1 && base.kind == ExprKind::Path && base.resolvedKind == static_cast<uint8_t>(Resolved::Local) &&
         isRefLocal(T, fn, base.resolved);
}

bool capturedByReference(const Checked& p, const FnInfo& fn, int32_t local) {
  const LocalInfo& l = fn.locals[local];
  if (fn.closure < 0 || l.capture < 0) return false;
  const ClosureInfo& c = p.closures[fn.closure];
  return static_cast<size_t>(l.capture) < c.captures.size() && c.captures[l.capture].mode != CaptureMode::Value;
}

int32_t placeRoot(const TypeTable& T, const FnInfo& fn, const Expr& e, std::string* path, bool* throughIndex) {
  const Expr* cur = &e;
  std::string fields;
  while (true) {
    if (cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField) {
      bool throughRef = derefsRefLocal(T, fn, *cur, *cur->operand);
      if (cur->derefs && !throughRef) return -1;
      std::string name = cur->kind == ExprKind::Field ? cur->text : std::to_string(cur->index);
      fields = fields.empty() ? name : name + "." + fields;
      if (throughRef) fields = "*." + fields;
      cur = cur->operand.get();
    } else if (cur->kind == ExprKind::Index) {
      bool throughRef = derefsRefLocal(T, fn, *cur, *cur->lhs);
      if (cur->derefs && !throughRef) return -1;
      fields = throughRef ? "*" : "";
      if (throughIndex) *throughIndex = true;
      cur = cur->lhs.get();
    } else if (cur->kind == ExprKind::Paren) {
      cur = cur->operand.get();
    } else if (cur->kind == ExprKind::Deref && cur->operand->kind == ExprKind::Path &&
               cur->operand->resolvedKind == static_cast<uint8_t>(Resolved::Local) &&
               isRefLocal(T, fn, cur->operand->resolved)) {
      // `*r`: the place r points at, tracked under r as "*" (for reborrows).
      fields = fields.empty() ? "*" : "*." + fields;
      cur = cur->operand.get();
    } else {
      break;
    }
  }
  if (cur->kind != ExprKind::Path || cur->resolvedKind != static_cast<uint8_t>(Resolved::Local)) return -1;
  if (path) *path = fields;
  return cur->resolved;
}

void bindings(const Pattern& p, std::vector<int32_t>& out) {
  if (p.local >= 0) out.push_back(p.local);
  if (p.subpattern) bindings(*p.subpattern, out);
  for (const auto& e : p.elems) bindings(*e, out);
  for (const auto& f : p.fields) bindings(*f.pattern, out);
}

// A struct or enum declaring no lifetime parameter (`enum E {
// Missing(&'static str) }`) holds only 'static references of its own: it
// may borrow only through its type arguments (`Wrapper<&'a str>`).
bool ReferenceTypes::holdsThroughArguments(const Type& ty) const {
  return std::any_of(ty.args.begin(), ty.args.end(), [&](TypeId a) { return holds(a); });
}

bool ReferenceTypes::holds(TypeId t) const {
  auto known = known_.find(t);
  if (known != known_.end()) return known->second;
  known_[t] = false;  // a recursive type holds one only through another of its fields
  const Type& ty = T_.get(t);
  bool holds = false;
  switch (ty.kind) {
    // (A map's Entry holds the `&mut` of its map, whatever its key and value.)
    case TypeKind::Ref: case TypeKind::Iter: case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::MapEntry:
    case TypeKind::BTreeEntry:
      holds = true;
      break;
    case TypeKind::Dyn:  // what its concrete value borrows: `Box<dyn Fn() + '_>`
      holds = objects_;
      break;
    case TypeKind::Option: case TypeKind::Array: case TypeKind::Vec: case TypeKind::Box: case TypeKind::Rc: case TypeKind::Weak:
    case TypeKind::RefCell: case TypeKind::Cell:
      holds = this->holds(ty.args[0]);
      break;
    case TypeKind::Tuple: case TypeKind::Result: case TypeKind::HashMap: case TypeKind::HashSet: case TypeKind::VecDeque:
    case TypeKind::BTreeMap: case TypeKind::BTreeSet:
      for (TypeId a : ty.args) holds = holds || this->holds(a);
      break;
    case TypeKind::Struct: {  // `struct Excerpt<'a> { part: &'a str }`
      const StructDecl* d = T_.structs()[ty.structIndex].decl;
      if (d && LifetimeSlots::lifetimeParamCount(d->generics) == 0) {
        holds = holdsThroughArguments(ty);
        break;
      }
      for (const auto& f : T_.structs()[ty.structIndex].fields) holds = holds || this->holds(f.second);
      break;
    }
    case TypeKind::Enum: {
      const EnumDecl* d = T_.enums()[ty.enumIndex].decl;
      if (d && LifetimeSlots::lifetimeParamCount(d->generics) == 0) {
        holds = holdsThroughArguments(ty);
        break;
      }
      for (const VariantInfo& v : T_.enums()[ty.enumIndex].variants)
        for (const auto& f : v.fields) holds = holds || this->holds(f.second);
      break;
    }
    default: break;
  }
  known_[t] = holds;
  return holds;
}

const FnInfo* calleeOf(const Checked& p, const Expr& call) {
  // A call through a trait object takes its lifetimes from the trait's declaration, as every impl's must match it.
  bool declared = call.resolvedKind == static_cast<uint8_t>(Resolved::UserFn) || call.resolvedKind == static_cast<uint8_t>(Resolved::Virtual);
  return declared ? &p.fns[call.resolved] : nullptr;
}

bool argumentFlows(const FnInfo& callee, size_t param) {
  const FnLifetimes& lt = callee.lifetimes;
  return param >= lt.outer.size() || lt.inResult(lt.outer[param]) || lt.innerInResult(param);
}

bool requiresStatic(const FnInfo& callee, size_t param) {
  const FnLifetimes& lt = callee.lifetimes;
  if (param >= lt.outer.size()) return false;
  auto isStatic = [&](const std::string& l) { return !l.empty() && lt.within({"static"}, l); };
  return isStatic(lt.outer[param]) || std::any_of(lt.inner[param].begin(), lt.inner[param].end(), isStatic);
}

bool onlyInnerFlows(const FnInfo& callee, size_t param) {
  const FnLifetimes& lt = callee.lifetimes;
  return param < lt.outer.size() && !lt.outer[param].empty() && !lt.inResult(lt.outer[param]) && lt.innerInResult(param);
}

// Std's methods whose result borrows only the receiver, whatever their
// arguments borrow: a lookup's key (`map.get(&k)`), a range's bounds, a
// pattern std's result does not keep (`s.strip_prefix(&p)`; a `split`'s
// iterator does keep its pattern).
static bool resultBorrowsOnlyReceiver(BuiltinMethod m) {
  switch (m) {
    case BuiltinMethod::MapGet: case BuiltinMethod::MapGetMut: case BuiltinMethod::BMapGet: case BuiltinMethod::BMapGetMut:
    case BuiltinMethod::BMapRange: case BuiltinMethod::BMapRangeMut: case BuiltinMethod::BSetRange:
    case BuiltinMethod::StrTrimMatches: case BuiltinMethod::StrTrimStartMatches: case BuiltinMethod::StrTrimEndMatches:
    case BuiltinMethod::StrStripPrefix: case BuiltinMethod::StrStripSuffix: case BuiltinMethod::StrSplitOnce:
    case BuiltinMethod::StrRsplitOnce:
      return true;
    default: return false;
  }
}

bool stdArgumentBorrowFlows(const Expr& call, size_t param) {
  if (call.resolvedKind == static_cast<uint8_t>(Resolved::Method))
    return !resultBorrowsOnlyReceiver(static_cast<BuiltinMethod>(call.resolved));
  if (call.resolvedKind != static_cast<uint8_t>(Resolved::Builtin)) return true;
  std::string_view sig = stdFn(static_cast<BuiltinFn>(call.resolved)).signature;  // "(&mut T, T) -> T"
  size_t arrow = sig.find("->");
  if (arrow == std::string_view::npos || sig.find('&', arrow) != std::string_view::npos) return true;
  // Parameter `param` starts after the param-th comma at the list's top level.
  size_t at = 1, commas = 0;
  int depth = 0;
  for (size_t i = 1; i < arrow && commas < param; ++i) {
    if (sig[i] == '<' || sig[i] == '(') ++depth;
    else if (sig[i] == '>' || sig[i] == ')') --depth;
    else if (sig[i] == ',' && depth == 0 && ++commas == param) at = i + 1;
  }
  if (commas < param) return true;
  while (at < arrow && sig[at] == ' ') ++at;
  return sig[at] != '&';
}

// Each parameter with lifetimes holds the caller's borrow: one made before
// the body runs, held by the locals the parameter binds.
// A parameter bound to one variable, with lifetimes its type takes apart
// (`p: &Pair<'a, 'b>`, `t: &str`), holds one borrow under each, in its slot:
// a value made from it (`W { a: s, b: t }`) then hands on each borrow only
// where it lands (`w.pick_a()` with `-> &'a str` holds s's, never t's).
void LifetimeRules::holdParameterBorrows(const FnInfo& fn, std::vector<Borrow>& borrows, const LifetimeSlots& slots) const {
  const FnLifetimes& lt = fn.lifetimes;
  for (size_t i = 0; i < lt.outer.size(); ++i) {
    if (lt.outer[i].empty() && lt.inner[i].empty()) continue;
    std::vector<int32_t> bound;
    size_t param = i;
    if (fn.decl->self != SelfParam::None) {
      if (i == 0) bound.push_back(fn.selfLocal);
      else --param;
    }
    if (bound.empty()) bindings(*fn.decl->params[param].pattern, bound);
    std::vector<std::string> positions;
    if (!lt.outer[i].empty()) positions.push_back(lt.outer[i]);
    positions.insert(positions.end(), lt.inner[i].begin(), lt.inner[i].end());
    if (bound.size() == 1 && !positions.empty() && positions.size() <= 64 &&
        slots.count(fn.locals[bound[0]].type) == positions.size()) {
      for (size_t k = 0; k < positions.size(); ++k) {
        Borrow b;
        b.param = static_cast<int32_t>(i);
        b.paramLifetime = positions[k];
        b.holders.push_back({bound[0], 0, SlotMask{1} << k});
        borrows.push_back(b);
      }
      continue;
    }
    Borrow b;
    b.param = static_cast<int32_t>(i);
    for (int32_t local : bound) b.holders.push_back({local, 0});
    borrows.push_back(b);
  }
}

std::string LifetimeRules::parameterName(int32_t param) const {
  if (fn_->decl->self != SelfParam::None) {
    if (param == 0) return "self";
    --param;
  }
  const Pattern& p = *fn_->decl->params[param].pattern;
  return p.kind == PatternKind::Binding ? p.name : std::string(file_.slice(p.span));
}

// std's result type as its signature writes it (`Option<T>`, `(K, V)`,
// `usize`) holds no borrow of the receiver unless it names a reference, an
// iterator, an entry, a RefCell's guard or a Formatter's debug builder
// (`f.debug_struct("P")` holds the `&mut Formatter`), or is left to inference (`_`):
// `v.pop()` of a `Vec<&str>` gives what v held, not a borrow of v, and
// `opt.take()` (`-> Self`) what the Option held.
bool resultNamesNoBorrow(const char* signature) {
  std::string_view s(signature);
  size_t arrow = s.find("-> ");
  if (arrow == std::string_view::npos) return false;
  std::string_view result = s.substr(arrow + 3);
  for (std::string_view borrows : {"&", "Iter<", "Entry<", "Ref<", "RefMut<", "DebugStruct", "DebugTuple", "DebugList", "DebugSet", "DebugMap", "_"})
    if (result.find(borrows) != std::string_view::npos) return false;
  return true;
}

bool borrowsOnlyWhatSelfHolds(const Expr& call) {
  if (call.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  auto m = static_cast<BuiltinMethod>(call.resolved);
  bool intoPeeked = m == BuiltinMethod::IterPeek || m == BuiltinMethod::IterPeekMut;  // a reference into the Peekable itself
  return (stdMethod(m).receiver == StdReceiver::Iter && !intoPeeked) || m == BuiltinMethod::Clone ||
         resultNamesNoBorrow(stdMethod(m).signature);
}

// Whether f, given to `map` or `filter_map`, makes values that hold
// nothing its argument or anything else borrows: a path to the learner's
// function whose result borrows from none of its parameters (`fn
// plant(c: char) -> &'static str`), or a closure whose value is a call
// of one (`|c| plant(c)`, `|a| a.name()` with `fn name(&self) -> &'static
// str`).
static bool makesValuesBorrowingNothing(const Checked& p, const Expr& f) {
  int32_t closure = p.types.closureOf(f.type);
  if (closure < 0) return false;
  const ClosureInfo& c = p.closures[closure];
  const FnInfo* fn = &p.fns[c.fn];  // a function named as a value: its own
  if (!c.fnItem) {                  // a closure: the function its value is a call of
    const Block* body = fn->decl ? fn->decl->body.get() : nullptr;
    if (!body || !body->stmts.empty() || !body->tail) return false;
    const Expr* value = body->tail.get();
    while (value->kind == ExprKind::Block && value->block->stmts.empty() && value->block->tail) value = value->block->tail.get();
    fn = value->kind == ExprKind::Call || value->kind == ExprKind::MethodCall ? calleeOf(p, *value) : nullptr;
  }
  if (!fn) return false;
  for (size_t i = 0; i < fn->lifetimes.outer.size(); ++i)
    if (argumentFlows(*fn, i)) return false;
  return true;
}

// Whether the items of std iterator chain `iter` hold nothing its source
// borrows: a `map` or `filter_map` made them with a function whose values
// borrow nothing (makesValuesBorrowingNothing), and what comes after keeps
// the items as they are (`filter`, `rev`, `take`, `copied`, ...).
static bool itemsBorrowNothing(const Checked& p, const Expr& iter) {
  if (iter.kind != ExprKind::MethodCall || iter.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  switch (static_cast<BuiltinMethod>(iter.resolved)) {
    case BuiltinMethod::IterMap: case BuiltinMethod::IterFilterMap: return makesValuesBorrowingNothing(p, *iter.args[0]);
    case BuiltinMethod::IterRev: case BuiltinMethod::IterFilter: case BuiltinMethod::IterTakeWhile: case BuiltinMethod::IterSkipWhile:
    case BuiltinMethod::IterInspect: case BuiltinMethod::IterTake: case BuiltinMethod::IterSkip: case BuiltinMethod::IterStepBy:
    case BuiltinMethod::IterCycle: case BuiltinMethod::IterCopied: case BuiltinMethod::IterCloned: case BuiltinMethod::IterPeekable:
      return itemsBorrowNothing(p, *iter.operand);
    default: return false;
  }
}

// Whether std consumer `call` (`collect`, `next`, `max`, `find`, ...:
// what it gives is some of the chain's items, not the iterator) of an
// iterator chain gives values holding nothing the chain's source borrows
// (`s.chars().map(plant).collect::<Vec<&'static str>>()` does not borrow s).
bool consumedItemsBorrowNothing(const Checked& p, const Expr& call) {
  if (call.kind != ExprKind::MethodCall || call.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  switch (static_cast<BuiltinMethod>(call.resolved)) {
    case BuiltinMethod::IterCollect: case BuiltinMethod::IterMax: case BuiltinMethod::IterMin: case BuiltinMethod::IterNth:
    case BuiltinMethod::IterLast: case BuiltinMethod::IterNext: case BuiltinMethod::IterReduce: case BuiltinMethod::IterFind:
    case BuiltinMethod::IterRfind: case BuiltinMethod::IterNthBack: case BuiltinMethod::IterMaxByKey: case BuiltinMethod::IterMinByKey:
    case BuiltinMethod::IterMaxBy: case BuiltinMethod::IterMinBy: case BuiltinMethod::IterPartition: case BuiltinMethod::IterUnzip:
      return itemsBorrowNothing(p, *call.operand);
    default: return false;
  }
}

bool resultBorrowsReceiver(const Checked& p, const Expr& call) {
  const FnInfo* callee = calleeOf(p, call);
  return callee ? callee->lifetimes.inResult(callee->lifetimes.outer[0]) : !borrowsOnlyWhatSelfHolds(call);
}

// rustc names the returned value, or inside it the branch of an `if` that
// hands the borrow on, the tail of a block with statements, the arm of a
// `match` (but the whole `match` when its arms are references, which rustc
// coerces to one type there).
const Expr& returnSite(const TypeTable& T, const Expr& e, const std::function<bool(const Expr&)>& offends) {
  auto inside = [&](const Expr& branch) -> const Expr& {
    return branch.kind == ExprKind::Block && branch.block->tail ? returnSite(T, *branch.block->tail, offends) : returnSite(T, branch, offends);
  };
  switch (e.kind) {
    case ExprKind::If: case ExprKind::IfLet:
      if (e.block->tail && offends(*e.block->tail)) return returnSite(T, *e.block->tail, offends);
      if (e.elseBranch && offends(*e.elseBranch)) return inside(*e.elseBranch);
      return e;
    case ExprKind::Match:
      if (e.arms.size() > 1 && T.get(e.type).kind == TypeKind::Ref) return e;
      for (const MatchArm& arm : e.arms)
        if (offends(*arm.body)) return inside(*arm.body);
      return e;
    case ExprKind::Block:
      return !e.block->stmts.empty() && e.block->tail && offends(*e.block->tail) ? returnSite(T, *e.block->tail, offends) : e;
    default: return e;
  }
}

// The locals whose borrows flow into the value of `e`: the variable read,
// the one a field, an index or a reborrow goes through, every branch, the
// parts of a constructor (a struct, a tuple, `Some`, `vec![..]`), the
// arguments a call's result borrows from (FnLifetimes). With `wantOwned`,
// the variables borrowed themselves (`&s` of a String, the `&self` of
// `s.as_str()`) and the values borrowed that are no variable's place are
// told apart. `throughRef`: the value is read through a reference (a field
// of `*r`), so it holds what r's target holds, not r's own borrow.
void LifetimeRules::flowInto(const Expr& e, Flows& out, bool throughRef) const {
  if (e.type == kNoType || !refs_.holds(e.type)) return;  // a value with no reference in it hands on no borrow
  auto part = [&](const Expr& p) { flowInto(p, out, throughRef); };
  auto all = [&](const std::vector<ExprPtr>& parts) {
    for (const auto& p : parts) part(*p);
  };
  switch (e.kind) {
    case ExprKind::Path:
      if (e.resolvedKind != static_cast<uint8_t>(Resolved::Local)) return;
      out.readers.push_back({e.resolved, e.span});
      if (throughRef) out.readThrough.push_back(e.resolved);
      return;
    case ExprKind::Ref:
      return flowIntoBorrow(*e.operand, e.isMut, e.operand->kind == ExprKind::Index ? e.operand->lhs->span : e.span, out);
    case ExprKind::Paren: case ExprKind::Cast: return part(*e.operand);
    case ExprKind::Deref:
      return flowInto(*e.operand, out, throughRef || T_.get(e.operand->type).kind == TypeKind::Ref);
    case ExprKind::Field: case ExprKind::TupleField: return flowInto(*e.operand, out, throughRef || e.derefs > 0);
    case ExprKind::Index: return flowInto(*e.lhs, out, throughRef || e.derefs > 0);
    case ExprKind::Block:  // and a labeled block's `break 'label value`s
      if (e.block->tail) part(*e.block->tail);
      if (!e.text.empty()) forEachBreakValueOf(e, part);
      return;
    case ExprKind::If: case ExprKind::IfLet:
      if (e.block->tail) part(*e.block->tail);
      if (e.elseBranch) part(*e.elseBranch);
      return;
    case ExprKind::Match:
      for (const MatchArm& arm : e.arms) part(*arm.body);
      return;
    case ExprKind::Tuple: case ExprKind::Array: case ExprKind::ArrayRepeat: case ExprKind::Macro: return all(e.args);
    case ExprKind::StructLit: case ExprKind::Closure:
      for (const FieldInit& f : e.fields) part(*f.value);
      if (e.structBase) part(*e.structBase);
      return;
    case ExprKind::Call: {
      const FnInfo* callee = calleeOf(p_, e);
      for (size_t i = 0; i < e.args.size(); ++i) {
        if (callee && !argumentFlows(*callee, i)) continue;
        // A std function given `&mut x` (`mem::take(&mut v)`) hands on what x holds, not x itself.
        const Expr& a = *e.args[i];
        if (!callee && a.kind == ExprKind::Ref && !stdArgumentBorrowFlows(e, i)) part(*a.operand);
        else part(a);
      }
      return;
    }
    case ExprKind::MethodCall: {
      if (consumedItemsBorrowNothing(p_, e)) return;
      const FnInfo* callee = calleeOf(p_, e);
      bool autoref = e.receiverMode != 0 && borrowsReceiverInPlace(e);
      bool placeFlows = resultBorrowsReceiver(p_, e);
      bool heldFlows = !callee || callee->lifetimes.innerInResult(0);
      if (placeFlows && autoref)
        flowIntoBorrow(*e.operand, e.receiverMode == static_cast<uint8_t>(ReceiverMode::ByMut), e.operand->span, out);
      else if (placeFlows) part(*e.operand);
      else if (heldFlows) flowInto(*e.operand, out, true);  // `e.part()` with `-> &'a str`: what e holds
      for (size_t i = 0; callee && i < e.args.size(); ++i)
        if (argumentFlows(*callee, i + 1)) part(*e.args[i]);
      return;
    }
    default: return;
  }
}

// Whether a method's `&self` borrows the receiver's own place: autoref'd
// as it is, or reached by auto-deref through what it owns (`b.label()` on
// a Box, an Rc, a String) and not through a reference, whose target
// belongs to someone else.
bool LifetimeRules::borrowsReceiverInPlace(const Expr& call) const {
  TypeId t = call.operand->type;
  for (int i = 0; i <= call.derefs && t != kNoType; ++i) {
    if (T_.get(T_.resolve(t)).kind == TypeKind::Ref) return false;
    if (i < call.derefs) t = T_.derefTarget(T_.resolve(t));
  }
  return t != kNoType;
}

// `&place`, or a method's `&self`: a borrow of this function's variable, of
// a value that is no place, or of what a reference points at (its place
// taken through the reference's own borrow, but what is read through a
// reference stored in it, `&r.part[..]`, is what r's target holds).
void LifetimeRules::flowIntoBorrow(const Expr& place, bool mut, Span at, Flows& out) const {
  int32_t root = placeRoot(T_, *fn_, place, nullptr);
  if (out.wantOwned && root >= 0 && !isRefLocal(root) && !capturedByReference(p_, *fn_, root)) {
    out.owned.push_back({root, at});
    return;
  }
  if (root < 0 && out.wantOwned) out.borrowedValues.push_back({&place, mut});
  if (root >= 0 && out.wantOwned && capturedByReference(p_, *fn_, root)) out.capturesBorrowed.push_back(root);
  const Expr* cur = &place;
  bool throughStored = false;
  while (true) {
    const Expr* base = cur->kind == ExprKind::Index ? cur->lhs.get() : cur->operand.get();
    bool deref = cur->kind == ExprKind::Deref ||
                 ((cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField || cur->kind == ExprKind::Index) && cur->derefs > 0);
    if (cur->kind != ExprKind::Paren && cur->kind != ExprKind::Deref && cur->kind != ExprKind::Field &&
        cur->kind != ExprKind::TupleField && cur->kind != ExprKind::Index)
      break;
    if (deref && base->kind != ExprKind::Path && base->kind != ExprKind::Paren) throughStored = true;
    cur = base;
  }
  flowInto(*cur, out, throughStored);
}

// The caller's borrows `value` may hand on, each with where it comes in.
std::vector<std::pair<const Borrow*, Span>> LifetimeRules::parameterBorrowsIn(const Expr& value,
                                                                        const std::vector<Borrow>& borrows) const {
  Flows flows;
  flowInto(value, flows);
  std::vector<std::pair<const Borrow*, Span>> out;
  for (const auto& [local, span] : flows.readers)
    for (const Borrow& b : borrows)
      if (b.param >= 0 && heldBy(b, local)) out.push_back({&b, span});
  return out;
}

bool LifetimeRules::hasLifetimeIn(int32_t param, const std::vector<std::string>& wanted) const {
  const FnLifetimes& lt = fn_->lifetimes;
  // A `'static` borrow outlives whatever the value goes into.
  auto in = [&](const std::string& l) { return l == "static" || lt.within(wanted, l); };
  return in(lt.outer[param]) || std::any_of(lt.inner[param].begin(), lt.inner[param].end(), in);
}

// Under one of the parameter's lifetimes: it, or one it outlives, is wanted.
// Besides the written bounds, whatever a parameter's reference points at
// outlives the reference (rustc's implied bounds: `&'b Excerpt<'a>` means
// 'a: 'b).
bool LifetimeRules::hasLifetimeIn(const Borrow& b, const std::vector<std::string>& wanted) const {
  if (b.paramLifetime.empty()) return hasLifetimeIn(b.param, wanted);
  FnLifetimes lt = fn_->lifetimes;
  for (size_t i = 0; i < lt.outer.size(); ++i)
    if (!lt.outer[i].empty())
      for (const std::string& l : lt.inner[i]) lt.outlives.emplace_back(l, lt.outer[i]);
  return b.paramLifetime == "static" || lt.within(wanted, b.paramLifetime);
}

// A value holding the caller's borrow from parameter `param` goes where
// only `wanted` lifetimes may: rustc's E0621 when the parameter's lifetime
// was left out and a named one is wanted, else "lifetime may not live
// long enough".
void LifetimeRules::reportLifetime(int32_t param, const std::vector<std::string>& wanted, Span at) const {
  auto named = std::find_if(wanted.begin(), wanted.end(), [](const std::string& l) { return !l.empty() && l[0] != '\'' && l[0] != '%' && l != "static"; });
  Diagnostic d;
  if (fn_->lifetimes.elided[param] && named != wanted.end()) {
    d.code = DiagCode::E0621;
    d.message = "explicit lifetime required in the type of `" + parameterName(param) + "`";
    d.labels.push_back({at, "lifetime `'" + *named + "` required", true});
  } else {
    d.message = "lifetime may not live long enough";
    d.labels.push_back({at, "the value borrows from `" + parameterName(param) + "`, whose lifetime is not one the signature allows here", true});
  }
  d.explanation = "The signature promises the caller what the result (or the place written) may borrow from; `" +
                  parameterName(param) + "` is not among them, so the caller may free what it points at while this is still in use.";
  throw CompileError(std::move(d));
}

// The first of the caller's borrows that `part` of the returned value
// hands on under a lifetime the result does not have. A borrow under one
// of a parameter's lifetimes counts only where it lands
// (check/borrow_slots.cpp): in the result's slots it lands in, when those
// are known apart, else anywhere in the result.
const Borrow* LifetimeRules::outsideResult(const Expr& part, const std::vector<Borrow>& borrows, const std::vector<Use>& uses,
                                           const LifetimeSlots& slots) const {
  const FnLifetimes& lt = fn_->lifetimes;
  ValueHoldings held(HoldingsQuery{p_, T_, *fn_, slots, borrows, uses, 0, 0, -1});
  std::vector<SlotMask> into = slots.identity(fn_->ret);
  held.collect(part, into);
  SlotMask every = slots.all(fn_->ret);
  bool aligned = lt.result.size() == into.size() && into.size() <= 64;
  for (const auto& [b, span] : parameterBorrowsIn(part, borrows)) {
    size_t index = static_cast<size_t>(b - borrows.data());
    if (b->paramLifetime.empty() || held.approximate.count(index)) {  // not known apart: any of the parameter's lifetimes
      if (!hasLifetimeIn(b->param, lt.result)) return b;
      continue;
    }
    auto found = held.out.find(index);
    SlotMask lands = found == held.out.end() ? 0 : found->second & every;
    if (lands == 0 || b->paramLifetime == "static") continue;
    if (!aligned || lands == every) {
      if (!hasLifetimeIn(*b, lt.result)) return b;
      continue;
    }
    for (size_t r = 0; r < lt.result.size(); ++r)
      if (((lands >> r) & 1) && !hasLifetimeIn(*b, {lt.result[r]})) return b;
  }
  return nullptr;
}

// What a function returns may hold the caller's borrows of its result's lifetimes only.
void LifetimeRules::requireReturnLifetimes(const Expr& value, const std::vector<Borrow>& borrows, const std::vector<Use>& uses,
                                           const LifetimeSlots& slots) const {
  const std::vector<std::string>& wanted = fn_->lifetimes.result;
  auto outside = [&](const Expr& part) { return outsideResult(part, borrows, uses, slots); };
  const Borrow* escaping = outside(value);
  if (!escaping) return;
  // An `impl Trait` result: a borrow its bounds do not name is E0700, but
  // where a `+ 'a` bound names one, the hidden type must outlive it first.
  const TypeExpr& ret = *fn_->decl->ret;
  if (ret.kind == TypeExprKind::ImplTrait &&
      std::none_of(ret.bounds.begin(), ret.bounds.end(), [](const TraitBound& b) { return !b.lifetime.empty(); })) {
    Diagnostic d;
    d.code = DiagCode::E0700;
    d.message = "hidden type for `" + std::string(file_.slice(ret.span)) + "` captures lifetime that does not appear in bounds";
    d.labels.push_back({ret.span, "opaque type defined here", false});
    d.labels.push_back({value.span, "", true});
    d.explanation = "The `impl` result promises the caller it borrows only what its bounds name; this value borrows from `" +
                    parameterName(escaping->param) + "`, so add `+ '_` (or the lifetime) to the bounds if it should.";
    throw CompileError(std::move(d));
  }
  const Expr& site = returnSite(T_, value, [&](const Expr& part) { return outside(part) != nullptr; });
  reportLifetime(outside(site)->param, wanted, site.span);
}

// `v.push(s)` with `v: &mut Vec<&str>`, `self.part = p`: a value stored
// through a parameter's reference lives as long as that parameter's inner
// lifetimes, so it may hold only borrows that live that long.
// The lifetimes a place reached through parameter `target`'s reference
// has: the field's own (`self.y` of a `&mut Pair<'a, 'b>` is `'b`), or all
// of the parameter's inner ones when the place is not taken apart.
std::vector<std::string> LifetimeRules::storedUnder(const Expr& place, const Borrow& target, const LifetimeSlots& slots) const {
  const FnLifetimes& lt = fn_->lifetimes;
  std::string path;
  int32_t root = placeThroughReferences(place, &path);
  if (target.paramLifetime.empty() || root < 0 || path.empty()) return lt.inner[target.param];
  std::vector<std::string> positions;
  if (!lt.outer[target.param].empty()) positions.push_back(lt.outer[target.param]);
  positions.insert(positions.end(), lt.inner[target.param].begin(), lt.inner[target.param].end());
  std::vector<SlotMask> part = slots.partOf(fn_->locals[root].type, path);
  if (part.size() >= 64) return lt.inner[target.param];
  SlotMask any = 0;
  for (SlotMask m : part) any |= m;
  std::vector<std::string> wanted;
  for (size_t j = 0; j < positions.size(); ++j)
    if ((any >> j) & 1) wanted.push_back(positions[j]);
  return wanted;
}

void LifetimeRules::requireStoreLifetimes(const Expr& place, const Expr& value, Span at, const std::vector<Borrow>& borrows,
                                          const LifetimeSlots& slots) const {
  const Expr* cur = &place;
  while (cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField || cur->kind == ExprKind::Index ||
         cur->kind == ExprKind::Paren || cur->kind == ExprKind::Deref)
    cur = cur->kind == ExprKind::Index ? cur->lhs.get() : cur->operand.get();
  if (cur->kind != ExprKind::Path || cur->resolvedKind != static_cast<uint8_t>(Resolved::Local) || !isRefLocal(cur->resolved)) return;
  const Borrow* target = nullptr;
  for (const Borrow& b : borrows)
    if (b.param >= 0 && heldBy(b, cur->resolved)) target = &b;
  if (!target) return;
  std::vector<std::string> wanted = storedUnder(place, *target, slots);
  for (const auto& [b, span] : parameterBorrowsIn(value, borrows))
    if (b->param != target->param && !hasLifetimeIn(*b, wanted)) reportLifetime(b->param, wanted, at);
  // A borrow of this function's own variable stored where the caller will read it.
  Flows flows;
  flows.wantOwned = true;
  flowInto(value, flows);
  std::vector<std::pair<int32_t, Span>>& owned = flows.owned;
  for (const auto& [local, span] : flows.readers)
    for (const Borrow& b : borrows)
      if (b.local >= 0 && b.param < 0 && !isRefLocal(b.local) && heldBy(b, local)) owned.push_back({b.local, b.span});
  if (owned.empty()) return;
  const std::string& x = fn_->locals[owned.front().first].name;
  Span close{fn_->decl->body->span.end - 1, fn_->decl->body->span.end};
  Diagnostic d;
  d.code = DiagCode::E0597;
  d.message = "`" + x + "` does not live long enough";
  d.labels = {{owned.front().second, "borrowed value does not live long enough", true},
              {at, "argument requires that `" + x + "` is borrowed for as long as the caller's value", false},
              {close, "`" + x + "` dropped here while still borrowed", false}};
  d.explanation = "`" + x + "` lives in this function's stack frame, which is popped when the function returns; the "
                  "caller's value would keep a reference to it.";
  throw CompileError(std::move(d));
}

}  // namespace sh::borrowck
