// The borrow checker's patterns, scrutinees and arguments (see
// check/borrows.cpp): what a pattern reads, moves or borrows of the place it
// tests, which bindings then hold which borrows, and what each argument of a
// call or a formatting macro makes and reads, so that a call's result can
// hold what its signature says.
#include <algorithm>

#include "check/borrow_checker.h"

namespace sh::borrowck {

void BorrowChecker::accessPart(Access kind, int32_t root, const PatternPart& part, Span at, int32_t ownBorrow) {
  ++point_;
  noteUse(root, at);
  accesses_.push_back({kind, root, part.path, at, point_, ownBorrow, placeName(fn_->locals[root].name, part.path), part.alternatives, ""});
}

// What a pattern reads of a matched place before an arm is chosen (a
// variant, a value, a string compared through a borrow); `start` is where
// the match starts, where rustc points a value's test.
void BorrowChecker::testPattern(int32_t root, const std::string& path, const Expr& matched, Span start, const Pattern& p) {
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
std::vector<int32_t> BorrowChecker::bindPattern(int32_t root, const std::string& path, const Pattern& p) {
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
  for (auto [local, borrow] : own) borrows_[borrow].holders.push_back({local, point_});
  for (int32_t local : bound)
    if (!holdParts(local, fn_->locals[root].type, heldByLocal(root), parts)) assignHolder(local, borrows_.size(), firstUse);
  declare(bound);
  return bound;
}

// A binding by value of parts of a whole of type `whole` (`let (x, _) =
// t;`) holds what those parts hold, under the lifetimes they land in;
// `heldUnder` says under which of the whole's each borrow is. A reference
// bound through a reference of the whole (`[a, _]` matching a `&[&str]`)
// holds what that reference borrows under its own lifetime and what its
// target holds under the rest. False when it binds by reference into the
// whole or otherwise through one (then it holds all the whole holds).
bool BorrowChecker::holdParts(int32_t local, TypeId whole, const std::function<HeldUnder(size_t)>& heldUnder, const std::vector<PatternPart>& parts) {
  std::vector<const PatternPart*> mine;
  for (const PatternPart& part : parts)
    if (part.local == local) mine.push_back(&part);
  for (const PatternPart* part : mine)
    if ((part->throughRef && !bindsIntoTarget(local, whole, *part)) ||
        (!part->throughRef && (part->access == PartAccess::Borrow || part->access == PartAccess::BorrowMut)))
      return false;
  if (mine.empty() || !holdsReference(fn_->locals[local].type)) return !mine.empty();
  size_t slots = slots_.count(fn_->locals[local].type);
  std::vector<HeldUnder> held(borrows_.size());
  for (const PatternPart* part : mine) {
    std::vector<SlotMask> map = part->throughRef ? targetSlots(local, whole, *part) : slots_.partOf(whole, part->path);
    // A target's several lifetimes merged into each of the binding's inner ones: not known under which.
    bool merged = part->throughRef && map.size() > 1 && __builtin_popcountll(map[1]) > 1;
    for (size_t i = 0; i < borrows_.size(); ++i) {
      HeldUnder whole = heldUnder(i);
      SlotMask under = LifetimeSlots::narrow(map, whole.slots);
      if (!under) continue;
      held[i].slots |= map.size() == slots ? under : kEverySlot;
      held[i].approximate = held[i].approximate || whole.approximate || (merged && (under & ~SlotMask{1}));
    }
  }
  for (size_t i = 0; i < held.size(); ++i)
    if (held[i].slots && !holdsAlready(borrows_[i], local))
      borrows_[i].holders.push_back({local, point_, held[i].slots, held[i].approximate});
  return true;
}

// Whether a part reached through a reference binds a reference into that
// reference's target: the binding's type and the reference's are both `&`.
bool BorrowChecker::bindsIntoTarget(int32_t local, TypeId whole, const PatternPart& part) const {
  if (part.access == PartAccess::Read || !isRefLocal(local)) return false;
  TypeId reference = slots_.partType(whole, part.path);
  return reference != kNoType && T_.get(T_.resolve(reference)).kind == TypeKind::Ref;
}

// For such a binding, each of its slots as the whole's: its own lifetime is
// the reference's; the rest are whatever the reference's target holds.
std::vector<SlotMask> BorrowChecker::targetSlots(int32_t local, TypeId whole, const PatternPart& part) const {
  std::vector<SlotMask> reference = slots_.partOf(whole, part.path);
  SlotMask target = 0;
  for (size_t k = 1; k < reference.size(); ++k) target |= reference[k];
  std::vector<SlotMask> map(slots_.count(fn_->locals[local].type), target);
  if (!map.empty()) map[0] = reference.empty() ? kEverySlot : reference[0];
  return map;
}

// What `root` holds, under which of its type's lifetimes.
std::function<HeldUnder(size_t)> BorrowChecker::heldByLocal(int32_t root) const {
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
std::function<HeldUnder(size_t)> BorrowChecker::heldByValue(const Expr& value, size_t firstBorrow, size_t firstUse) const {
  auto parts = std::make_shared<ValueHoldings>(HoldingsQuery{p_, T_, *fn_, slots_, borrows_, uses_, firstBorrow, firstUse, -1});
  parts->collect(value, slots_.identity(value.type));
  return [parts](size_t i) {
    auto found = parts->out.find(i);
    return found == parts->out.end() ? HeldUnder{} : HeldUnder{found->second, parts->approximate.count(i) > 0};
  };
}

// The locals a pattern binds on a value just made: each holds what its
// parts hold, or (bound by reference) everything the value borrowed.
void BorrowChecker::bindOnValue(const Expr& value, const std::vector<const Pattern*>& patterns, const std::vector<int32_t>& bound,
                                size_t firstBorrow, size_t firstUse) {
  std::vector<PatternPart> parts;
  for (const Pattern* p : patterns) patternParts(T_, *fn_, *p, "", parts);
  std::function<HeldUnder(size_t)> held = heldByValue(value, firstBorrow, firstUse);
  for (int32_t local : bound)
    if (!holdParts(local, value.type, held, parts)) assignHolder(local, firstBorrow, firstUse);
}

// The value a `match`, `if let` or `while let` looks at.
void BorrowChecker::walkScrutinee(const Expr& value, const Pattern& pattern) {
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
void BorrowChecker::walkTemporaryScrutinee(const Expr& value, const std::vector<const Pattern*>& patterns) {
  size_t firstBorrow = borrows_.size(), firstUse = uses_.size();
  bool intoPlace = false, mutably = false;
  for (const Pattern* p : patterns) intoPlace |= bindsByRefIntoPlace(*p, &mutably);
  if (intoPlace && placeRoot(value, nullptr) >= 0) {
    walkIndexesOf(value, false);
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
bool BorrowChecker::bindsByRefIntoPlace(const Pattern& p, bool* mutably) const {
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

// The borrows made since `first` that nothing holds and that have no end
// yet end at `at` (what they were made for is done with them).
void BorrowChecker::endUnheldBorrows(size_t first, uint32_t at) {
  for (size_t k = first; k < borrows_.size(); ++k)
    if (borrows_[k].holders.empty() && (!borrows_[k].liveThrough || (borrows_[k].onlyThroughArguments && borrows_[k].liveThrough < at))) {
      borrows_[k].onlyThroughArguments = false;
      borrows_[k].liveThrough = at;
      borrows_[k].liveSpan = borrows_[k].span;
    }
}

// Arguments are evaluated left to right; a `&x` or `&mut x` passed straight
// into the call lives until the call is made (`f(&mut x, &mut x)` is E0499).
// `stdCall`: the call, when a std function's signature says which arguments' own borrows its result may hold.
// `callSpan`: the call, where rustc reports a borrow escaping through a `'static` parameter.
std::vector<BorrowChecker::ArgRange> BorrowChecker::walkArguments(const std::vector<ExprPtr>& args, const FnInfo* callee,
                                                                  size_t firstParam, const Expr* stdCall, Span callSpan) {
  size_t first = borrows_.size();
  std::vector<ArgRange> ranges;
  for (size_t i = 0; i < args.size(); ++i) {
    size_t argBorrows = borrows_.size(), argUses = uses_.size();
    walkValue(*args[i]);
    ranges.push_back({argBorrows, borrows_.size(), argUses, uses_.size()});
    // An argument that holds no reference (`s.trim().to_string()`) keeps
    // nothing it borrowed on the way: those borrows end where it is made.
    if (!holdsReference(args[i]->type)) endUnheldBorrows(argBorrows, point_);
    if (callee && borrowck::requiresStatic(*callee, firstParam + i)) {
      requireStaticTypeParameters(args[i]->type, callSpan);
      if (holdsReference(args[i]->type)) requireStaticArgument(argBorrows, argUses, callSpan);
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
  // Each argument is held through the call: what an earlier one hands on
  // (the `b` of `two(b, v.len())`) is still borrowed while the later ones
  // run, and what any of them hands on is still borrowed when a method's
  // receiver, reserved while they ran, is borrowed `&mut` for the call (the
  // `x` a closure captures in `v.retain(|e| e != x)`).
  // (What the call's result holds comes from the arguments themselves.)
  size_t held = uses_.size();
  for (size_t i = 0; i < args.size(); ++i) {
    if (holdsReference(args[i]->type)) holdUsesUntil(ranges[i].uses, ranges[i].usesEnd, call + 1);
    if (T_.get(T_.resolve(args[i]->type)).kind == TypeKind::Iter) holdBorrowsMadeUntil(ranges[i], call, callSpan);
    if (p_.types.closureOf(args[i]->type) >= 0) holdCapturesUntil(ranges[i], call + 1);
  }
  for (size_t k = held; k < uses_.size(); ++k) uses_[k].sealed = true;
  endUnheldBorrows(first, call);
  return ranges;
}

// A std method taking `&self` calls a closure argument that returns no
// reference and, unless it makes an iterator adapter keeping it, lets it go
// (`s.trim_matches(|c| { seen.push(c); c == ' ' })`): the result holds
// nothing the closure borrows.
void BorrowChecker::sealClosuresCalledHere(const Expr& call, const std::vector<ArgRange>& ranges) {
  if (call.resolvedKind != static_cast<uint8_t>(Resolved::Method) || call.receiverMode == 2 ||
      T_.get(T_.resolve(call.type)).kind == TypeKind::Iter)
    return;
  for (size_t i = 0; i < call.args.size(); ++i) {
    int32_t closure = p_.types.closureOf(call.args[i]->type);
    if (call.args[i]->kind != ExprKind::Closure || closure < 0 || holdsReference(p_.closures[closure].ret)) continue;
    for (size_t k = ranges[i].borrows; k < ranges[i].borrowsEnd; ++k) borrows_[k].sealed = true;
    for (size_t k = ranges[i].uses; k < ranges[i].usesEnd; ++k) uses_[k].sealed = true;
  }
}

// `text.split(' ').for_each(|w| out.push(w))`: a closure a std method
// hands the receiver's items to may store them in what it captures by
// `&mut` (a Vec of references), which then holds what the receiver
// borrows, as `for w in text.split(' ') { out.push(w) }` does. Taken to
// happen when the closure's parameters and the captured variable can hold
// references.
void BorrowChecker::storeItemsInMutCaptures(const Expr& call, const ArgRange& receiver) {
  for (const ExprPtr& arg : call.args) {
    int32_t closure = p_.types.closureOf(arg->type);
    if (closure < 0 || p_.closures[closure].fnItem) continue;
    const ClosureInfo& c = p_.closures[closure];
    if (std::none_of(c.params.begin(), c.params.end(), [&](TypeId t) { return holdsReference(t); })) continue;
    for (const Capture& capture : c.captures)
      if ((capture.mode == CaptureMode::RefMut || capture.mode == CaptureMode::Reborrow) && capture.outer >= 0 && !isRefLocal(capture.outer))
        storeRange(capture.outer, receiver);
    for (const auto& [into, from] : storesIntoCaptures(p_.fns[c.fn]))  // a reference variable replaced: `longest = w`
      if (int32_t holder = mutCapturedHolder(c, into); into <= -2 && holder >= 0 && isRefLocal(holder)) storeRange(holder, receiver);
  }
}

// The borrows a std iterator passed as an argument made (the `&v` inside
// `v.iter().cloned()` given to `v.extend`), which it holds whatever its
// items are, are held until `point`, the call, where a method's `&mut
// self` is taken (a temporary's lives to the statement's end).
void BorrowChecker::holdBorrowsMadeUntil(const ArgRange& arg, uint32_t point, Span at) {
  for (size_t k = arg.borrows; k < arg.borrowsEnd; ++k)
    if (!borrows_[k].sealed && !borrows_[k].temporary && borrows_[k].holders.empty()) holdUntil(static_cast<int32_t>(k), point, at);
}

// The variables read in uses_[from, to) are read again at `point`: a
// value made of them (an argument, a formatted value) still holds what
// they hold until then.
void BorrowChecker::holdUsesUntil(size_t from, size_t to, uint32_t point) {
  for (size_t k = from; k < to; ++k) {
    Use again = uses_[k];
    again.point = point;
    uses_.push_back(again);
  }
}

// A closure passed to a call is called by it: the variables it captures,
// and what they hold, are still in use at `point`.
void BorrowChecker::holdCapturesUntil(const ArgRange& closure, uint32_t point) {
  holdUsesUntil(closure.uses, closure.usesEnd, point);
  for (size_t k = closure.borrows; k < closure.borrowsEnd; ++k) {
    int32_t local = borrows_[k].local;
    if (local >= 0 && holdsReference(fn_->locals[local].type)) uses_.push_back({local, point, borrows_[k].span});
  }
}

// An argument given to a `'static` parameter must hold only what lives
// for the whole run. A borrow made in it, or held by a variable it reads,
// of this function's local is E0597 and of a temporary E0716, at the
// borrow (no local outlives the function); a borrow from the caller that
// is not `'static` itself escapes the function (E0521, at the call).
// A struct literal's field declared `&'static` (intoField) is the same
// demand; a caller's borrow put there is rustc's "lifetime may not live
// long enough" at the field's value rather than E0521.
void BorrowChecker::requireStaticArgument(size_t firstBorrow, size_t firstUse, Span call, bool intoField) {
  for (size_t k = 0; k < borrows_.size(); ++k) {
    const Borrow& b = borrows_[k];
    bool read = std::any_of(uses_.begin() + static_cast<long>(firstUse), uses_.end(), [&](const Use& u) { return heldBy(b, u.local); });
    if (k < firstBorrow && !read) continue;
    Use forever{-1, UINT32_MAX, call};
    if (b.temporary) reportTemporaryFreed(b, forever);
    Span bodyEnd{fn_->decl->body->span.end - 1, fn_->decl->body->span.end};
    if (b.param < 0 && b.local >= 0) reportDoesNotLiveLongEnough(b, ScopeEnd{b.local, UINT32_MAX, bodyEnd}, forever);
    if (b.param >= 0 && !livesForTheRun(b)) reportEscape(call, intoField);
  }
}

namespace {

// Whether a type names a lifetime `wanted` accepts (`&'static str`, `Excerpt<'a>`).
template <typename Wanted>
bool mentionsLifetime(const TypeExpr& t, Wanted wanted) {
  if (wanted(t.lifetime)) return true;
  for (const TypeExprPtr& e : t.elems)
    if (e && mentionsLifetime(*e, wanted)) return true;
  for (const PathSegment& s : t.path.segments) {
    if (std::any_of(s.lifetimes.begin(), s.lifetimes.end(), wanted)) return true;
    for (const TypeExprPtr& g : s.generics)
      if (g && mentionsLifetime(*g, wanted)) return true;
  }
  return false;
}

bool isStaticName(const std::string& l) { return l == "static"; }

// In a `let`'s type, every lifetime written by name is `'static` or one
// of the function's or its impl's parameters: each outlives the body.
bool isNamedLifetime(const std::string& l) { return !l.empty() && l != "_"; }

}  // namespace

// `let x: &'static str = &s;`: a type naming `'static` (or a lifetime
// parameter of the function, `let y: &'a i32 = &x;`, which outlives its
// body as well) demands that the borrows its initializer makes last the
// whole run: a variable's is E0597,
// a temporary's E0716 (extended or not), as rustc says. A borrow through a
// reference (`&r[..]`) is of what r points at, which may well be static.
// Only the borrows the bound variable holds under a lifetime so named are
// bound by it: `let r: &[&'static str] = v.as_slice();` borrows `v` for
// the slice's own lifetime, which the type leaves to inference.
// A borrow sealed off from the value (one the items of `s.chars().map(plant)` do not hold) is not bound.
void BorrowChecker::requireStaticLet(const Stmt& let, size_t firstBorrow, size_t initEnd, const std::vector<int32_t>& bound) {
  if (!let.type || !let.init || !mentionsLifetime(*let.type, isNamedLifetime)) return;
  Use forever{-1, UINT32_MAX, let.init->span};
  Span bodyEnd{fn_->decl->body->span.end - 1, fn_->decl->body->span.end};
  bool plain = let.pattern->kind == PatternKind::Binding && !let.pattern->subpattern && !let.pattern->bindsByRef && bound.size() == 1;
  SlotMask named = plain ? slots_.namedSlots(*let.type, fn_->locals[bound[0]].type, isNamedLifetime) : kEverySlot;
  auto heldOnlyElsewhere = [&](const Borrow& b) {
    return std::any_of(b.holders.begin(), b.holders.end(), [&](const Holder& h) {
      return plain && h.local == bound[0] && !h.approximate && (h.slots & named) == 0;
    });
  };
  for (size_t k = firstBorrow; k < initEnd; ++k) {
    const Borrow& b = borrows_[k];
    if (heldOnlyElsewhere(b) || b.sealed) continue;
    if (b.temporary) reportTemporaryFreed(b, forever);
    if (b.param < 0 && b.local >= 0 && !isRefLocal(b.local) && b.path.rfind("*", 0) != 0)
      reportDoesNotLiveLongEnough(b, ScopeEnd{b.local, UINT32_MAX, bodyEnd}, forever);
  }
}

// Whether a struct's field is declared to hold `'static` references (`r: &'static str`).
bool BorrowChecker::fieldHoldsStatic(TypeId structType, const std::string& field) const {
  const Type& t = T_.get(T_.resolve(structType));
  if (t.kind != TypeKind::Struct || !T_.structs()[t.structIndex].decl) return false;
  for (const StructField& f : T_.structs()[t.structIndex].decl->fields)
    if (f.name == field) return f.type && mentionsLifetime(*f.type, isStaticName);
  return false;
}

bool BorrowChecker::writesStatic(const TypeExpr& t) { return mentionsLifetime(t, isStaticName); }

// `names.push(s)` with `let mut names: Vec<&'static str>`, or into a field
// declared so (`self.log.push(s)`): what a std method may keep in a place
// whose type, as written, names `'static` must live for the whole run, as
// an argument to a `'static` parameter must (rustc: the type annotation
// requires that the borrow lasts for `'static`, E0597).
bool BorrowChecker::storesUnderStatic(const Expr& place) const {
  const Expr& p = withoutParens(place);
  if (p.kind == ExprKind::Path && p.resolvedKind == static_cast<uint8_t>(Resolved::Local))
    return std::find(staticHolders_.begin(), staticHolders_.end(), p.resolved) != staticHolders_.end();
  return p.kind == ExprKind::Field && p.derefs == 0 && fieldHoldsStatic(p.operand->type, p.text);
}

// A type parameter of this function or of its impl in an argument given
// to a `'static` parameter must be bounded `'static` itself (`T: 'static`,
// on the function or on the impl, whose bounds hold in its methods): any
// other T might be a reference to a local (E0310, at the call).
void BorrowChecker::requireStaticTypeParameters(TypeId type, Span call) {
  const Type& t = T_.get(T_.resolve(type));
  if (t.kind == TypeKind::Param) {
    const std::string& name = T_.param(t.paramIndex).name;
    auto declares = [&](const Generics& g) {
      return std::any_of(g.params.begin(), g.params.end(), [&](const GenericParam& p) { return !p.isLifetime && p.name == name; });
    };
    bool declaredHere = declares(fn_->decl->generics) || (fn_->impl >= 0 && p_.impls[fn_->impl].decl && declares(p_.impls[fn_->impl].decl->generics));
    if (!declaredHere && !(name == "Self" && selfOfTraitBody())) return;
    if (fn_->lifetimes.within({"static"}, "%" + name)) return;
    Diagnostic d;
    d.code = DiagCode::E0310;
    d.message = "the parameter type `" + name + "` may not live long enough";
    d.labels = {{call, "the parameter type `" + name + "` must be valid for the static lifetime...", true}};
    d.explanation = "The callee may keep its argument for the whole run, but `" + name + "` could be a type holding a "
                    "borrow (a `&String` of a caller's local), which would then outlive what it points at. "
                    "Bounding it `" + name + ": 'static` says it holds none.";
    throw CompileError(std::move(d));
  }
  for (TypeId arg : t.args) requireStaticTypeParameters(arg, call);
}

// Whether the function is a trait's provided method whose Self no
// `trait Name: 'static` bound promises to hold no borrow.
bool BorrowChecker::selfOfTraitBody() const {
  if (fn_->trait < 0 || fn_->impl >= 0 || !p_.traits[fn_->trait].decl) return false;
  const std::vector<TraitBound>& supers = p_.traits[fn_->trait].decl->supertraits;
  return std::none_of(supers.begin(), supers.end(), [](const TraitBound& b) { return b.lifetime == "static"; });
}

// Whether a caller's borrow a parameter holds is `'static` (or outlives
// it by a bound); what a type parameter holds is left to its bounds.
bool BorrowChecker::livesForTheRun(const Borrow& b) const {
  const FnLifetimes& lt = fn_->lifetimes;
  auto isStatic = [&](const std::string& l) { return l.empty() || l[0] == '%' || lt.within({"static"}, l); };
  if (!b.paramLifetime.empty()) return isStatic(b.paramLifetime);
  return isStatic(lt.outer[b.param]) && std::all_of(lt.inner[b.param].begin(), lt.inner[b.param].end(), isStatic);
}

// format_args! takes `&arg` of each argument in turn and holds them all
// until the formatting call: a place argument (or a `&place` one) stays
// borrowed while the later ones are evaluated (`println!("{:?} {:?}", v,
// v.pop())` is E0502). The macro's value hands none of them on.
// `writtenInto`: the String a write! pushes into, borrowed `&mut` by the
// call at `callSpan` while the arguments' borrows are still held (E0502).
void BorrowChecker::walkFormatArguments(const CheckedFormat& f, const Expr* writtenInto, Span callSpan) {
  std::vector<int32_t> held;
  // The reads whose values the text is made from, after every argument has
  // run: a reference formatted (`b`, `*b`, `p.name` through `p: &P`, `Some(b)`)
  // keeps what it holds borrowed until then.
  std::vector<std::pair<size_t, size_t>> formatted;
  std::vector<std::pair<int32_t, Span>> references;
  for (const CheckedFormatArg& a : f.args) {
    size_t firstUse = uses_.size();
    int32_t root = a.expr ? placeRoot(*a.expr, nullptr) : a.local;
    if (root >= 0 && isRefLocal(root)) references.push_back({root, a.expr ? a.expr->span : a.span});
    if (a.expr && root >= 0) {
      walkIndexesOf(*a.expr, false);
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
      else if (holdsReference(a.expr->type)) {
        for (size_t i = before; i < borrows_.size(); ++i) held.push_back(static_cast<int32_t>(i));
        formatted.push_back({firstUse, uses_.size()});
      }
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
      accesses_.push_back({Access::Shared, a.local, "", a.span, point_, held.back(), fn_->locals[a.local].name, {}, ""});
    }
  }
  if (writtenInto) walkPlace(*writtenInto, Access::Mutable, callSpan);
  uint32_t end = ++point_;
  for (auto [from, to] : formatted) holdUsesUntil(from, to, point_);
  for (auto [local, span] : references) noteUse(local, span);
  for (int32_t i : held) {
    // (One a call inside the argument ended, its result not holding it, stays ended.)
    if (i < 0 || !borrows_[i].holders.empty() || (borrows_[i].liveThrough && borrows_[i].sealed) || borrows_[i].liveThrough >= end) continue;
    borrows_[i].liveThrough = end;
    borrows_[i].liveSpan = borrows_[i].span;
    borrows_[i].sealed = true;
  }
}

}  // namespace sh::borrowck
