// Closures, as rustc lowers them. A closure expression builds a value: an
// anonymous struct whose fields are what the body captures from the
// enclosing function, each by shared reference, by mutable reference or by
// value. Its body is a function of its own whose first parameter is that
// environment (by `&`, `&mut` or by value: Fn, FnMut or FnOnce).
//
// The body is checked where it is written, in the enclosing function's
// inference, so that `|a, b| a + b` learns its types from its calls. A name
// the body finds in an enclosing scope becomes a capture: a local of the
// body that stands for the captured variable (at run time an alias of its
// place, see Interpreter::bindClosureEnvironment). How each capture is taken
// follows from how the body uses it, as rustc decides: moved (a non-Copy
// value used by value) means by value, mutated means by `&mut`, anything
// else by `&`; `move` takes everything by value. The expression's own
// `fields` become the environment's initializers (`&x`, `&mut y`, `z`), so
// the move and borrow checks of the enclosing function see the closure as
// the struct literal it is.
//
// As in edition 2021, a closure that uses a variable only through its
// fields captures just those places (`|| p.x.len()` borrows `p.x`, leaving
// `p.y` free): each captured place is a capture of its own, named by its
// path (`p.x`, `t.0`), whose local in the body stands for the place, and
// the body's uses of the place are rewritten to that local. A place is
// followed through fields only, not through a dereference; one whose use
// moves it stops at a value with a `Drop` impl (nothing may be moved out of
// one, though a Copy field may be copied), and a place inside another
// captured place is taken with it.
#include <algorithm>
#include <cctype>
#include <functional>

#include "check/resolver.h"
#include "syntax/clone.h"
#include "trace/address_space.h"

namespace sh {

namespace {

ExprPtr pathTo(const std::string& name, Span at) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::Path;
  e->span = at;
  PathSegment s;
  s.name = name;
  s.span = at;
  e->path.segments.push_back(std::move(s));
  e->path.span = at;
  return e;
}

// `p.x.0` as the expression naming that place: a path, then its fields.
ExprPtr placeTo(const std::string& name, Span at) {
  size_t dot = name.find('.');
  ExprPtr e = pathTo(name.substr(0, dot), at);
  while (dot != std::string::npos) {
    size_t next = name.find('.', dot + 1);
    std::string field = name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
    auto outer = std::make_unique<Expr>();
    outer->span = at;
    outer->nameSpan = at;
    if (std::isdigit(static_cast<unsigned char>(field[0]))) {
      outer->kind = ExprKind::TupleField;
      outer->index = static_cast<uint32_t>(std::stoul(field));
    } else {
      outer->kind = ExprKind::Field;
      outer->text = field;
    }
    outer->operand = std::move(e);
    e = std::move(outer);
    dot = next;
  }
  return e;
}

// How the body uses a capture, by the place the use sits in.
enum class Use : uint8_t { Read, Mutate, Move };

// A use of a place inside a captured variable: its fields from the
// variable outwards, and the expressions naming each prefix of the path
// (site[0] is `p.x` in `p.x.y`, site[1] the whole).
struct PlaceUse {
  int32_t capture;
  std::vector<std::string> fields;
  std::vector<Expr*> sites;
  Use use;
};

bool startsWith(const std::vector<std::string>& path, const std::vector<std::string>& prefix) {
  return prefix.size() <= path.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

std::string joined(const std::string& root, const std::vector<std::string>& fields) {
  std::string name = root;
  for (const std::string& f : fields) name += "." + f;
  return name;
}

bool hasDropImpl(const TypeTable& T, TypeId t) {
  const Type& ty = T.get(T.resolve(t));
  return (ty.kind == TypeKind::Struct && T.structs()[ty.structIndex].hasDrop) ||
         (ty.kind == TypeKind::Enum && T.enums()[ty.enumIndex].hasDrop);
}

// A place use's path as captured: cut before the field of a value with a
// `Drop` impl when the capture moves it out (rustc's
// restrict_precision_for_drop_types); a Copy place is copied out, which a
// `Drop` impl does not forbid, so `move || x.0` copies only `x.0`.
std::vector<std::string> capturedPath(const TypeTable& T, const PlaceUse& u, TypeId rootType, bool byValue) {
  if (!byValue || (!u.fields.empty() && T.isCopy(u.sites[u.fields.size() - 1]->type))) return u.fields;
  for (size_t k = 0; k < u.fields.size(); ++k)
    if (hasDropImpl(T, k == 0 ? rootType : u.sites[k - 1]->type)) return {u.fields.begin(), u.fields.begin() + static_cast<long>(k)};
  return u.fields;
}

// Edition 2021's precise captures: a variable the body uses only through
// fields becomes one capture per place it uses (the outermost of nested
// ones), each with a local of its own that the uses are rewritten to.
// The expressions a rewritten use no longer holds (`p` of `p.x`) go to retired.
// `mutatedItself` follows the captures: a place mutated is changed itself.
void narrowToPlaces(TypeTable& T, ClosureInfo& c, FnInfo& body, bool isMove, const std::vector<bool>& whole,
                    const std::vector<PlaceUse>& placeUses, std::vector<Use>& uses, std::vector<bool>& mutatedItself,
                    std::vector<ExprPtr>* retired) {
  std::vector<Capture> captures;
  std::vector<Use> capturedUses;
  std::vector<bool> capturedMutated;
  for (size_t i = 0; i < c.captures.size(); ++i) {
    Capture root = c.captures[i];
    TypeId rootType = body.locals[root.inner].type;
    std::vector<const PlaceUse*> mine;
    std::vector<std::vector<std::string>> paths;
    for (const PlaceUse& u : placeUses)
      if (u.capture == static_cast<int32_t>(i)) {
        mine.push_back(&u);
        paths.push_back(capturedPath(T, u, rootType, isMove || u.use == Use::Move));
      }
    bool anyWhole = whole[i] || mine.empty() || std::any_of(paths.begin(), paths.end(), [](const auto& p) { return p.empty(); });
    if (anyWhole) {
      body.locals[root.inner].capture = static_cast<int32_t>(captures.size());
      captures.push_back(root);
      capturedUses.push_back(uses[i]);
      capturedMutated.push_back(mutatedItself[i]);
      continue;
    }
    body.locals[root.inner].capture = -1;  // no use of the whole variable is left
    std::vector<std::vector<std::string>> places;  // in order of first use, none inside another
    for (const auto& p : paths) {
      bool inside = std::any_of(paths.begin(), paths.end(), [&](const auto& q) { return q.size() < p.size() && startsWith(p, q); });
      if (!inside && std::find(places.begin(), places.end(), p) == places.end()) places.push_back(p);
    }
    for (const auto& place : places) {
      Use use = Use::Read;
      LocalInfo local = body.locals[root.inner];
      local.name = joined(root.name, place);
      // A place through a captured reference is as writable as the reference makes it, which the body's check asked.
      if (T.get(T.resolve(rootType)).kind == TypeKind::Ref) local.isMut = true;
      local.capture = static_cast<int32_t>(captures.size());
      auto inner = static_cast<int32_t>(body.locals.size());
      Span firstUse;
      for (size_t k = 0; k < mine.size(); ++k) {
        if (!startsWith(paths[k], place)) continue;
        use = std::max(use, mine[k]->use);
        Expr& site = *mine[k]->sites[place.size() - 1];
        if (firstUse.empty()) {
          firstUse = site.span;
          local.type = site.type;
        }
        site.kind = ExprKind::Path;
        retired->push_back(std::move(site.operand));
        site.resolved = inner;
        site.resolvedKind = static_cast<uint8_t>(Resolved::Local);
        site.path.segments.clear();
        site.path.segments.emplace_back();
        site.path.segments[0].name = local.name;
        site.path.segments[0].span = site.span;
        site.path.span = site.span;
      }
      body.locals.push_back(local);
      captures.push_back(Capture{local.name, root.outer, inner, CaptureMode::Ref, firstUse});
      capturedUses.push_back(use);
      capturedMutated.push_back(use == Use::Mutate);
    }
  }
  c.captures = std::move(captures);
  uses = std::move(capturedUses);
  mutatedItself = std::move(capturedMutated);
}

}  // namespace

// ---------------------------------------------------------------- captures

// A local found in scope `scopeIndex`: when that scope belongs to a function
// enclosing the closures being checked, each closure in between captures it
// (the outermost first) and the innermost capture's local is the answer.
int32_t Resolver::captureIfOuter(const std::string& name, int32_t local, size_t scopeIndex, Span use) {
  size_t level = 0;
  while (level < closureLevels_.size() && closureLevels_[level].scopeBase <= scopeIndex) ++level;
  for (size_t k = level; k < closureLevels_.size(); ++k) local = captureInto(k, name, local, use);
  return local;
}

int32_t Resolver::captureInto(size_t level, const std::string& name, int32_t outer, Span use) {
  const ClosureLevel& l = closureLevels_[level];
  ClosureInfo& c = out_.closures[l.closure];
  for (const Capture& cap : c.captures)
    if (cap.outer == outer) return cap.inner;
  const FnInfo& from = out_.fns[level == 0 ? l.enclosingFn : closureLevels_[level - 1].fn];
  FnInfo& body = out_.fns[l.fn];
  LocalInfo captured = from.locals[outer];
  captured.capture = static_cast<int32_t>(c.captures.size());
  auto inner = static_cast<int32_t>(body.locals.size());
  body.locals.push_back(captured);
  c.captures.push_back(Capture{name, outer, inner, CaptureMode::Ref, use});
  scopes_[l.scopeBase][name] = inner;
  return inner;
}

// ---------------------------------------------------------------- checking

// What the context says of the closure's signature: a parameter bounded by
// Fn(A, B) -> R that the closure is passed for (the call's bounds are
// pending on its type variable), the `dyn Fn(A, B) -> R` it becomes, or
// nothing.
bool Resolver::closureHint(TypeId expected, std::vector<TypeId>* params, TypeId* ret) {
  if (expected == kNoType) return false;
  TypeId want = T_.resolve(expected);
  uint8_t mode = 0;
  if (T_.get(want).kind == TypeKind::Dyn) return dynCallSignature(want, params, ret, &mode);  // `&|x| ..` for a `&dyn Fn(i32)`
  for (const Obligation& o : obligations_) {
    if (T_.resolve(o.type) != want) continue;
    StdTrait s = o.trait.trait >= 0 ? out_.traits[o.trait.trait].std : StdTrait::None;
    if (s != StdTrait::Fn && s != StdTrait::FnMut && s != StdTrait::FnOnce) continue;
    if (!o.trait.args.empty()) {
      const Type args = T_.get(T_.resolve(o.trait.args[0]));
      if (args.kind == TypeKind::Tuple) *params = args.args;
    }
    for (const auto& [assoc, type] : o.trait.bindings) *ret = type;
    return true;
  }
  return false;
}

// The Fn trait the context says the closure implements (a bound on the
// parameter it is passed for, or the `dyn Fn..` it becomes), or None: rustc
// then takes that as the closure's kind, whatever its body does.
StdTrait Resolver::expectedClosureKind(TypeId expected) {
  if (expected == kNoType) return StdTrait::None;
  TypeId want = T_.resolve(expected);
  const Type t = T_.get(want);
  if (t.kind == TypeKind::Dyn) {
    StdTrait s = out_.traits[t.traitIndex].std;
    return s == StdTrait::Fn || s == StdTrait::FnMut || s == StdTrait::FnOnce ? s : StdTrait::None;
  }
  for (const Obligation& o : obligations_) {
    if (T_.resolve(o.type) != want || o.trait.trait < 0) continue;
    StdTrait s = out_.traits[o.trait.trait].std;
    if (s == StdTrait::Fn || s == StdTrait::FnMut || s == StdTrait::FnOnce) return s;
  }
  return StdTrait::None;
}

TypeId Resolver::checkClosure(Expr& e, TypeId expected, const FnValueShape* shape) {
  SH_CHECK(e.operand != nullptr, "a closure checked twice");
  std::vector<TypeId> hintParams;
  TypeId hintRet = kNoType;
  bool hinted = closureHint(expected, &hintParams, &hintRet);
  // Where a `fn` pointer is wanted (`let f: fn(i32) -> i32 = |x| -x;`, a match arm returned as one), its signature is the closure's.
  const Type pointer = T_.get(expected == kNoType ? T_.unit() : T_.resolve(expected));
  if (!hinted && pointer.kind == TypeKind::FnPtr) {
    hinted = true;
    hintParams.assign(pointer.args.begin(), pointer.args.end() - 1);
    hintRet = pointer.args.back();
  }
  auto index = static_cast<int32_t>(out_.closures.size());
  out_.closures.emplace_back();
  out_.closures.back().expr = &e;

  LineCol at = file_.lineCol(e.span.start);
  StructInfo env;
  env.name = shape ? shape->typeName : "{closure@" + file_.name() + ":" + std::to_string(at.line) + ":" + std::to_string(at.col) + "}";
  env.key = env.name + "#" + std::to_string(index);
  env.closure = index;
  auto structIndex = static_cast<int32_t>(T_.structs().size());
  T_.structs().push_back(env);
  out_.closures[index].structIndex = structIndex;

  auto fnIndex = static_cast<int32_t>(out_.fns.size());
  out_.fns.push_back(closureBody(e, index, shape));
  fnBodies_.push_back(out_.fns[fnIndex].ownDecl->body.get());
  fnClosures_.push_back(fnIndex);
  out_.closures[index].fn = fnIndex;

  FnInfo& body = out_.fns[fnIndex];
  body.paramTypes.push_back(kNoType);  // the environment's, once the captures say how it is taken
  for (size_t i = 0; i < e.closureParams.size(); ++i) {
    const Param& p = e.closureParams[i];
    body.paramTypes.push_back(shape      ? shape->params[i]
                              : p.type ? lowerTypeIn(*p.type, "closure parameters")
                              : i < hintParams.size() ? hintParams[i]
                                                      : T_.newVar(VarKind::Any));
  }
  if (hinted && hintParams.size() != e.closureParams.size())
    fail(DiagCode::E0593, "closure is expected to take " + std::to_string(hintParams.size()) + " argument" +
                              (hintParams.size() == 1 ? "" : "s") + ", but it takes " + std::to_string(e.closureParams.size()) +
                              " argument" + (e.closureParams.size() == 1 ? "" : "s"),
         boundCallee_.count(T_.resolve(expected)) ? boundCallee_[T_.resolve(expected)] : e.span);
  body.ret = shape ? shape->ret : e.closureRet ? lowerType(*e.closureRet) : hintRet != kNoType ? hintRet : T_.newVar(VarKind::Any);
  out_.closures[index].stdFn = shape != nullptr;
  out_.closures[index].ownSignature = !hinted && !shape && untypedLet_.first == &e;
  checkClosureBody(index);
  decideCaptures(index, e.isMove, shape ? StdTrait::None : expectedClosureKind(expected));
  buildEnvironment(e, index);
  e.checkedBody = std::move(e.operand);  // no pass after this one walks the unchecked original
  return T_.structType(structIndex);
}

// A function named as a value (`let f = add_one;`, `map(double)`): a value
// of the function's own zero-sized type, which rustc names
// `fn(i32) -> i32 {add_one}`. It is called as a closure capturing nothing
// is, so bounds (`F: Fn(i32) -> i32`), std's adapters and `dyn Fn` take it
// as they take a closure; its body is the function itself, which takes no
// environment.
TypeId Resolver::checkFnItem(Expr& e, int32_t fn, TypeId expected) {
  requireVisibleFn(out_.fns[fn], e.span);
  if (out_.fns[fn].isTemplate()) return checkGenericFnValue(e, fn, expected);
  auto found = fnItems_.find(fn);
  if (found == fnItems_.end()) {
    const FnInfo& f = out_.fns[fn];
    auto index = static_cast<int32_t>(out_.closures.size());
    out_.closures.emplace_back();
    ClosureInfo& c = out_.closures.back();
    c.expr = &e;
    c.fn = fn;
    c.fnItem = true;
    c.params = f.paramTypes;
    c.ret = f.ret;
    StructInfo item;
    item.name = "fn(";
    for (size_t i = 0; i < f.paramTypes.size(); ++i) item.name += (i ? ", " : "") + typeName(f.paramTypes[i]);
    item.name += ")" + (T_.resolve(f.ret) == T_.unit() ? std::string() : " -> " + typeName(f.ret)) + " {" + f.name + "}";
    item.key = item.name + "#" + std::to_string(index);
    item.closure = index;
    item.isCopy = item.isClone = true;
    c.structIndex = static_cast<int32_t>(T_.structs().size());
    T_.structs().push_back(item);
    found = fnItems_.emplace(fn, index).first;
  }
  e.resolvedKind = static_cast<uint8_t>(Resolved::UnitStruct);
  e.resolved = out_.closures[found->second].structIndex;
  TypeId item = T_.structType(e.resolved);
  requireSignatureFits(e, item, expected);
  return item;
}

// A function given where a bound says `Fn(A) -> R` must take A and give R:
// rustc reports other arguments as E0631 and another result as E0271, at
// the function's name.
void Resolver::requireSignatureFits(const Expr& e, TypeId item, TypeId expected) {
  std::vector<TypeId> params;
  TypeId ret = kNoType;
  if (!closureHint(expected, &params, &ret)) return;
  const ClosureInfo& c = out_.closures[T_.closureOf(item)];
  bool fits = params.size() == c.params.size();
  for (size_t i = 0; fits && i < params.size(); ++i) fits = unify(c.params[i], params[i]);
  if (!fits) fail(DiagCode::E0631, "type mismatch in function arguments", e.span, "expected due to this");
  if (ret != kNoType && !unify(c.ret, ret))
    fail(DiagCode::E0271, "expected `" + typeName(item) + "` to be a fn item that returns `" + typeName(ret) + "`, but it returns `" +
                              typeName(c.ret) + "`",
         e.span, "expected `" + typeName(ret) + "`, found `" + typeName(c.ret) + "`");
}

// Two functions or closures capturing nothing, of different types, where
// one type is wanted (`if` and `match` branches, array elements): rustc
// makes them all function pointers of the first one's signature, `before`
// (the values so far, of type a) and `next` (of type b). The pointer type,
// or kNoType when they do not meet so (a closure that captures, another
// signature: the caller's E0308).
TypeId Resolver::meetAsFnPointers(const std::vector<Expr*>& before, TypeId a, Expr& next, TypeId b) {
  a = T_.resolve(a);
  b = T_.resolve(b);
  auto reifiable = [&](TypeId t) { return T_.closureOf(t) >= 0 && out_.closures[T_.closureOf(t)].captures.empty(); };
  bool nextIsPointer = T_.get(b).kind == TypeKind::FnPtr;  // `if c { f } else if d { g } else { h }`
  if (a == b || !reifiable(a) || !(reifiable(b) || nextIsPointer)) return kNoType;
  const ClosureInfo& first = out_.closures[T_.closureOf(a)];
  Type f;
  f.kind = TypeKind::FnPtr;
  f.args = first.params;
  f.args.push_back(first.ret);
  TypeId pointer = nextIsPointer ? b : T_.intern(f);
  if (!nextIsPointer && !coerceToFnPointer(next, b, pointer)) return kNoType;
  for (Expr* e : before)
    if (!coerceToFnPointer(*e, a, pointer)) return kNoType;
  return pointer;
}

// A function named as a value, or a closure capturing nothing, where a
// `fn(A) -> R` is wanted: its address (rustc's reify and closure-to-fn-pointer
// coercions). Another signature, or a closure that captures, is E0308.
bool Resolver::coerceToFnPointer(Expr& e, TypeId actual, TypeId expected) {
  int32_t closure = T_.closureOf(T_.resolve(actual));
  if (closure < 0 || !out_.closures[closure].captures.empty()) return false;
  const ClosureInfo& c = out_.closures[closure];
  const Type want = T_.get(T_.resolve(expected));
  if (c.params.size() + 1 != want.args.size()) return false;
  for (size_t i = 0; i < c.params.size(); ++i)
    if (!unify(want.args[i], c.params[i])) return false;
  if (!unify(want.args.back(), c.ret)) return false;
  if (std::find(out_.fnPointers.begin(), out_.fnPointers.end(), c.fn) == out_.fnPointers.end()) {
    if (out_.fnPointers.size() == kMaxFnPointers)
      fail(DiagCode::None, "more than " + std::to_string(kMaxFnPointers) + " functions made `fn` pointers are not supported yet", e.span);
    out_.fnPointers.push_back(c.fn);
  }
  e.coercion = static_cast<uint8_t>(Coercion::ReifyFnPointer);
  e.coercedType = expected;
  return true;
}

// The body as a function: the closure's parameters, and its expression as
// the tail of a block.
FnInfo Resolver::closureBody(const Expr& e, int32_t closure, const FnValueShape* shape) {
  FnInfo f;
  f.closure = closure;
  f.ofInstance = fn_->templateFn >= 0 || fn_->ofInstance;
  f.name = shape ? shape->fnName : fn_->name + "::{closure#" + std::to_string(closuresIn_++) + "}";
  f.ownDecl = std::make_unique<FnDecl>();
  FnDecl& d = *f.ownDecl;
  d.name = f.name;
  d.span = e.span;
  d.nameSpan = e.span;
  d.scope = fn_->decl->scope;
  for (const Param& p : e.closureParams) {
    Param copy;
    copy.pattern = cloneSyntax(*p.pattern);
    copy.type = p.type ? cloneSyntax(*p.type) : nullptr;
    copy.span = p.span;
    d.params.push_back(std::move(copy));
  }
  d.body = std::make_unique<Block>();
  d.body->span = e.operand->span;
  d.body->tail = cloneSyntax(*e.operand);
  f.decl = f.ownDecl.get();
  return f;
}

// Checks the body in the enclosing function's inference: its own scopes
// above the enclosing ones, so that a name found below them is a capture.
void Resolver::checkClosureBody(int32_t index) {
  const ClosureInfo& c = out_.closures[index];
  FnInfo* enclosing = fn_;
  int32_t enclosingIndex = fnIndex_;
  std::vector<LoopCtx> loops = std::move(loops_);
  loops_.clear();
  closureLevels_.push_back({index, c.fn, scopes_.size(), enclosingIndex});
  fn_ = &out_.fns[c.fn];
  fnIndex_ = c.fn;
  pushScope();
  const FnDecl& decl = *fn_->decl;
  for (size_t i = 0; i < decl.params.size(); ++i) {
    checkPatternOf(PatternSource::FnParam, *decl.params[i].pattern, fn_->paramTypes[i + 1]);
    requireIrrefutable(*decl.params[i].pattern, fn_->paramTypes[i + 1], "closure argument", decl.params[i].pattern->span);
  }
  Block& body = *fnBodies_[c.fn];
  TypeId result = checkBlock(body, fn_->ret);
  coerce(*body.tail, result, fn_->ret);
  popScope();
  closureLevels_.pop_back();
  fn_ = enclosing;
  fnIndex_ = enclosingIndex;
  loops_ = std::move(loops);
}

// ---------------------------------------------------------------- how captures are taken

void Resolver::decideCaptures(int32_t index, bool isMove, StdTrait wanted) {
  ClosureInfo& c = out_.closures[index];
  FnInfo& body = out_.fns[c.fn];
  std::optional<CaptureMutation> site;  // the assignment or `&mut` borrow being walked
  std::vector<CaptureMutation> mutations;
  auto mutated = [&] {
    if (site) mutations.push_back(*site);
  };
  std::vector<Use> uses(c.captures.size(), Use::Read);
  std::vector<bool> whole(c.captures.size(), false);  // used as a whole somewhere, not only through fields
  std::vector<bool> mutatedItself(c.captures.size(), false);  // mutated otherwise than through the `&mut` it holds
  std::vector<PlaceUse> placeUses;
  std::function<void(Expr&, Use)> walk;
  auto byValue = [&](TypeId t, Use use) { return use == Use::Move && T_.isCopy(t) ? Use::Read : use; };
  auto note = [&](Expr& e, Use use) {
    if (e.kind != ExprKind::Path || e.resolvedKind != static_cast<uint8_t>(Resolved::Local)) return false;
    int32_t capture = body.locals[e.resolved].capture;
    if (capture < 0) return true;
    use = byValue(body.locals[e.resolved].type, use);
    if (use == Use::Move && c.movedOut.empty()) {
      c.movedOut = e.span;
      c.movedName = body.locals[e.resolved].name;
    }
    whole[capture] = true;
    uses[capture] = std::max(uses[capture], use);
    if (use == Use::Mutate) {
      mutatedItself[capture] = true;
      mutated();
    }
    return true;
  };
  // A mutation through a captured `&mut T` (`*r = 1`, `r.push(2)`, `self.x = 1`
  // of a `self: &mut S`): the closure mutates (FnMut), by a unique borrow of *r
  // (through a `&T`, a borrow it cannot take: E0596 at the closure).
  auto mutateThrough = [&](Expr& base) {
    Expr* b = &withoutParens(base);
    if (b->kind != ExprKind::Path || b->resolvedKind != static_cast<uint8_t>(Resolved::Local)) return false;
    int32_t capture = body.locals[b->resolved].capture;
    const Type t = T_.get(T_.resolve(body.locals[b->resolved].type));
    if (capture < 0 || t.kind != TypeKind::Ref) return false;
    whole[capture] = true;
    uses[capture] = std::max(uses[capture], Use::Mutate);
    mutated();
    return true;
  };
  // `p.x.y` of a captured `p`: a use of that place alone. No dereference on
  // the way but the first, of a captured `&mut` by a closure that does not
  // move it in (`self.total += x` captures `(*self).total`, as rustc; what
  // is read through a `&` rustc takes through the reference itself).
  auto throughCapturedRef = [&](const Expr& field) {
    const Expr& base = *field.operand;
    if (field.derefs != 1 || isMove || base.kind != ExprKind::Path || base.resolvedKind != static_cast<uint8_t>(Resolved::Local)) return false;
    const Type t = T_.get(T_.resolve(body.locals[base.resolved].type));
    return body.locals[base.resolved].capture >= 0 && t.kind == TypeKind::Ref && t.isMut;
  };
  auto notePlace = [&](Expr& e, Use use) {
    std::vector<Expr*> chain;
    Expr* cur = &e;
    while ((cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField) && (cur->derefs == 0 || throughCapturedRef(*cur))) {
      chain.push_back(cur);
      cur = cur->operand.get();
    }
    if (chain.empty() || cur->kind != ExprKind::Path || cur->resolvedKind != static_cast<uint8_t>(Resolved::Local)) return false;
    int32_t capture = body.locals[cur->resolved].capture;
    if (capture < 0) return false;
    PlaceUse u{capture, {}, {}, byValue(e.type, use)};
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      u.fields.push_back((*it)->kind == ExprKind::Field ? (*it)->text : std::to_string((*it)->index));
      u.sites.push_back(*it);
    }
    if (u.use == Use::Move && c.movedOut.empty()) {
      c.movedOut = e.span;
      c.movedName = joined(body.locals[cur->resolved].name, u.fields);
    }
    uses[capture] = std::max(uses[capture], u.use);
    if (u.use == Use::Mutate) {
      mutatedItself[capture] = true;
      mutated();
    }
    placeUses.push_back(std::move(u));
    return true;
  };
  // The place a use goes through: `v.len()` reads v, `p.x = 1` mutates p,
  // `s.name` used by value moves (part of) s unless reached through a reference.
  std::function<void(Expr&, Use)> place = [&](Expr& e, Use use) {
    if (note(e, use)) return;
    switch (e.kind) {
      case ExprKind::Field: case ExprKind::TupleField:
        if (notePlace(e, use)) return;
        if (e.derefs > 0 && use == Use::Mutate && mutateThrough(*e.operand)) return;
        place(*e.operand, e.derefs > 0 && use == Use::Move ? Use::Read : use);
        return;
      case ExprKind::Index:
        place(*e.lhs, use == Use::Mutate ? Use::Mutate : Use::Read);
        walk(*e.rhs, Use::Move);
        return;
      case ExprKind::Deref:
        if (use == Use::Mutate && !isOverloadedDeref(e) && mutateThrough(*e.operand)) return;
        place(*e.operand, Use::Read);
        return;
      case ExprKind::Paren: place(*e.operand, use); return;
      default: walk(e, use); return;
    }
  };
  auto receiver = [&](Expr& r, uint8_t mode, uint8_t derefs) {
    if (mode == 2) site = CaptureMutation{r.span, false, text(r.span)};
    if (!(mode == 2 && derefs > 0 && mutateThrough(r))) place(r, mode == 2 ? Use::Mutate : mode == 1 || derefs > 0 ? Use::Read : Use::Move);
    site.reset();
  };
  std::function<void(Block&)> block = [&](Block& b) {
    for (Stmt& s : b.stmts) {
      if (s.init) walk(*s.init, s.kind == StmtKind::Let ? Use::Move : Use::Read);
      if (s.elseBlock) block(*s.elseBlock);
    }
    if (b.tail) walk(*b.tail, Use::Move);
  };
  walk = [&](Expr& e, Use use) {
    switch (e.kind) {
      case ExprKind::Path: note(e, use); return;
      case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::Deref: place(e, use); return;
      case ExprKind::Ref:
        if (e.isMut) site = CaptureMutation{e.span, false, text(e.operand->span)};
        place(*e.operand, e.isMut ? Use::Mutate : Use::Read);
        site.reset();
        return;
      case ExprKind::Assign: case ExprKind::CompoundAssign:
        site = CaptureMutation{e.span, true, text(e.lhs->span)};
        place(*e.lhs, Use::Mutate);
        site.reset();
        walk(*e.rhs, Use::Move);
        return;
      case ExprKind::Binary: {
        bool compares = e.binaryOp == BinaryOp::Eq || e.binaryOp == BinaryOp::Ne || e.binaryOp == BinaryOp::Lt ||
                        e.binaryOp == BinaryOp::Le || e.binaryOp == BinaryOp::Gt || e.binaryOp == BinaryOp::Ge;
        walk(*e.lhs, compares ? Use::Read : Use::Move);
        walk(*e.rhs, compares ? Use::Read : Use::Move);
        return;
      }
      case ExprKind::MethodCall:
        receiver(*e.operand, e.receiverMode, e.derefs);
        for (auto& a : e.args) walk(*a, Use::Move);
        return;
      case ExprKind::Call:
        if (e.resolvedKind == static_cast<uint8_t>(Resolved::CallValue)) receiver(*e.operand, e.receiverMode, 0);
        for (auto& a : e.args) walk(*a, Use::Move);
        return;
      case ExprKind::Macro:
        for (auto& a : e.args) walk(*a, static_cast<MacroId>(e.macroId) == MacroId::Vec ? Use::Move : Use::Read);
        return;
      case ExprKind::Closure:  // a nested closure's captures are uses here
        for (FieldInit& f : e.fields) walk(*f.value, Use::Move);
        return;
      case ExprKind::Match: case ExprKind::IfLet: case ExprKind::WhileLet:
        place(*e.operand, Use::Read);
        for (MatchArm& arm : e.arms) {
          if (arm.guard) walk(*arm.guard, Use::Read);
          walk(*arm.body, Use::Move);
        }
        if (e.block) block(*e.block);
        if (e.elseBranch) walk(*e.elseBranch, Use::Move);
        return;
      case ExprKind::Block: case ExprKind::If: case ExprKind::While: case ExprKind::Loop: case ExprKind::For:
        if (e.operand) walk(*e.operand, e.kind == ExprKind::For ? Use::Move : Use::Read);
        if (e.block) block(*e.block);
        if (e.elseBranch) walk(*e.elseBranch, Use::Move);
        return;
      default:
        for (Expr* child : {e.lhs.get(), e.rhs.get(), e.operand.get(), e.structBase.get()})
          if (child) walk(*child, Use::Move);
        for (auto& a : e.args) walk(*a, Use::Move);
        for (FieldInit& f : e.fields) walk(*f.value, Use::Move);
        return;
    }
  };
  walk(*fnBodies_[c.fn]->tail, Use::Move);
  std::vector<ExprPtr> retired;
  narrowToPlaces(T_, c, body, isMove, whole, placeUses, uses, mutatedItself, &retired);
  for (const ExprPtr& gone : retired)  // the function's later passes must not visit them
    for (const Expr* e = gone.get(); e; e = e->operand.get()) fnExprs_.erase(std::remove(fnExprs_.begin(), fnExprs_.end(), e), fnExprs_.end());
  bool mutates = false, moves = false;
  for (size_t i = 0; i < c.captures.size(); ++i) {
    Capture& cap = c.captures[i];
    cap.mode = isMove || uses[i] == Use::Move ? CaptureMode::Value
               : uses[i] == Use::Mutate       ? (mutatedItself[i] ? CaptureMode::RefMut : CaptureMode::Reborrow)
                                              : CaptureMode::Ref;
    mutates = mutates || uses[i] == Use::Mutate;
    moves = moves || uses[i] == Use::Move;
  }
  c.kind = moves ? ClosureKind::FnOnce : mutates ? ClosureKind::FnMut : ClosureKind::Fn;
  holdToExpectedKind(c, wanted, mutations);
}

// A closure whose body made it FnMut or FnOnce, met where a bound wants
// more of it (a variable holding it passed on): E0525 at the closure.
void Resolver::requireClosureKind(TypeId t, StdTrait wanted) {
  int32_t closure = T_.closureOf(T_.resolve(t));
  if (closure < 0 || (wanted != StdTrait::Fn && wanted != StdTrait::FnMut)) return;
  const ClosureInfo& c = out_.closures[closure];
  ClosureKind most = wanted == StdTrait::Fn ? ClosureKind::Fn : ClosureKind::FnMut;
  if (c.kind > most) failClosureOfOtherKind(c, wanted == StdTrait::Fn ? "Fn" : "FnMut");
}

void Resolver::failClosureOfOtherKind(const ClosureInfo& c, const std::string& wanted) {
  fail(DiagCode::E0525,
       "expected a closure that implements the `" + wanted + "` trait, but this closure only implements `" +
           (c.kind == ClosureKind::FnOnce ? "FnOnce" : "FnMut") + "`",
       c.expr->span);
}

// A closure written where an `Fn` (or `FnMut`) is expected is that kind in
// rustc: what its body does beyond it is a borrow error in the body (E0594
// or E0596 at each mutation of a capture, E0507 at a move out of one),
// reported with the body's other borrow errors, never E0277 or E0525.
void Resolver::holdToExpectedKind(ClosureInfo& c, StdTrait wanted, const std::vector<CaptureMutation>& mutations) {
  ClosureKind kind = wanted == StdTrait::Fn ? ClosureKind::Fn : wanted == StdTrait::FnMut ? ClosureKind::FnMut : ClosureKind::FnOnce;
  if (wanted == StdTrait::None || c.kind <= kind) return;
  FnInfo& body = out_.fns[c.fn];
  std::string trait = kind == ClosureKind::Fn ? "`Fn`" : "`FnMut`";
  if (c.kind == ClosureKind::FnOnce) {
    Diagnostic d;
    d.code = DiagCode::E0507;
    d.message = "cannot move out of `" + c.movedName + "`, a captured variable in an " + trait + " closure";
    d.labels.push_back({c.movedOut, "move occurs because `" + c.movedName + "` has a type that does not implement the `Copy` trait", true});
    body.mutabilityErrors.push_back(std::move(d));
  }
  for (const CaptureMutation& m : kind == ClosureKind::Fn ? mutations : std::vector<CaptureMutation>{}) {
    Diagnostic d;
    d.code = m.assigns ? DiagCode::E0594 : DiagCode::E0596;
    d.message = (m.assigns ? "cannot assign to `" + m.what + "`" : "cannot borrow `" + m.what + "` as mutable") +
                ", as it is a captured variable in a `Fn` closure";
    d.labels.push_back({m.at, m.assigns ? "cannot assign" : "cannot borrow as mutable", true});
    body.mutabilityErrors.push_back(std::move(d));
  }
  c.kind = kind;
}

// The environment's fields and the expression's initializers for them,
// checked where the closure is written.
void Resolver::buildEnvironment(Expr& e, int32_t index) {
  ClosureInfo& c = out_.closures[index];
  FnInfo& body = out_.fns[c.fn];
  StructInfo& env = T_.structs()[c.structIndex];
  bool copyable = true;
  e.fields.clear();
  for (const Capture& cap : c.captures) {
    TypeId t = body.locals[cap.inner].type;
    ExprPtr value = placeTo(cap.name, cap.firstUse);
    if (cap.mode == CaptureMode::Value) value->span = e.span;  // a move into the closure is reported at the closure
    if (cap.mode == CaptureMode::Reborrow) {  // `&mut *r`, of the same type as r
      auto deref = std::make_unique<Expr>();
      deref->kind = ExprKind::Deref;
      deref->span = e.span;
      deref->operand = std::move(value);
      value = std::move(deref);
    }
    if (cap.mode != CaptureMode::Value) {
      auto ref = std::make_unique<Expr>();
      ref->kind = ExprKind::Ref;
      ref->span = e.span;  // rustc reports a capture's borrow at the closure,
      ref->nameSpan = cap.firstUse;  // and where it does not live long enough at the use
      ref->isMut = cap.mode != CaptureMode::Ref;
      ref->operand = std::move(value);
      value = std::move(ref);
      if (cap.mode != CaptureMode::Reborrow) t = T_.refTo(t, cap.mode == CaptureMode::RefMut);
    }
    copyable = copyable && cap.mode != CaptureMode::RefMut && T_.isCopy(t);
    env.fields.emplace_back(cap.name, t);
    e.fields.push_back(FieldInit{cap.name, cap.firstUse, std::move(value)});
  }
  env.isCopy = env.isClone = copyable;
  for (FieldInit& f : e.fields) checkExpr(*f.value);
  TypeId envType = T_.structType(c.structIndex);
  body.paramTypes[0] = c.kind == ClosureKind::FnOnce ? envType : T_.refTo(envType, c.kind == ClosureKind::FnMut);
  c.params.assign(body.paramTypes.begin() + 1, body.paramTypes.end());
  c.ret = body.ret;
}

// A closure implements FnOnce, and FnMut unless it moves out of its
// captures, and Fn unless it also mutates them; its arguments are the
// trait's (binding the closure's parameters still unknown). A reference to
// a closure calls it as Fn.
bool Resolver::closureImplements(TypeId t, StdTrait trait, const TraitRef& r) {
  t = T_.resolve(t);
  bool shared = false, unique = false;  // reached through `&`, through `&mut` only
  while (T_.get(t).kind == TypeKind::Ref) {
    if (T_.get(t).isMut) unique = true; else shared = true;
    t = T_.resolve(T_.get(t).args[0]);
  }
  if (T_.get(t).kind == TypeKind::FnPtr) {  // every kind, through references too
    const Type f = T_.get(t);
    return r.args.empty() || unify(T_.tupleOf(std::vector<TypeId>(f.args.begin(), f.args.end() - 1)), r.args[0]);
  }
  int32_t closure = T_.closureOf(t);
  if (closure < 0) return false;
  const ClosureInfo& c = out_.closures[closure];
  // `&F` calls F as Fn, `&mut F` as FnMut: a reference cannot give away the closure.
  ClosureKind usable = shared ? ClosureKind::Fn : unique && c.kind == ClosureKind::FnOnce ? ClosureKind::Fn : c.kind;
  if ((shared || unique) && c.kind == ClosureKind::FnOnce) return false;
  if (shared && c.kind != ClosureKind::Fn) return false;
  bool kindFits = trait == StdTrait::FnOnce || usable == ClosureKind::Fn || (trait == StdTrait::FnMut && usable == ClosureKind::FnMut);
  if (!kindFits) return false;
  return r.args.empty() || unify(T_.tupleOf(c.params), r.args[0]);
}

// ---------------------------------------------------------------- calls

// What calling a value of type t takes and gives, and how the call takes
// the value (0 by value, 1 by `&`, 2 by `&mut`, as a method's receiver): a
// closure (through references too) by its kind, a generic parameter by its
// Fn, FnMut or FnOnce bound.
bool Resolver::callableSignature(TypeId t, std::vector<TypeId>* params, TypeId* ret, uint8_t* mode) {
  t = T_.resolve(t);
  bool throughRef = false;
  while (T_.get(t).kind == TypeKind::Ref || pointsToDyn(t)) {  // through references, and a Box to a trait object
    throughRef = throughRef || T_.get(t).kind == TypeKind::Ref;
    t = T_.resolve(T_.get(t).args[0]);
  }
  if (T_.get(t).kind == TypeKind::Dyn) return dynCallSignature(t, params, ret, mode);
  if (T_.get(t).kind == TypeKind::FnPtr) {  // copied into the call
    const Type f = T_.get(t);
    params->assign(f.args.begin(), f.args.end() - 1);
    *ret = f.args.back();
    *mode = throughRef ? 1 : 0;
    return true;
  }
  if (T_.closureOf(t) >= 0) {
    const ClosureInfo& c = out_.closures[T_.closureOf(t)];
    *params = c.params;
    *ret = c.ret;
    *mode = c.kind == ClosureKind::Fn || throughRef ? 1 : c.kind == ClosureKind::FnMut ? 2 : 0;
    return true;
  }
  const Type ty = T_.get(t);
  if (ty.kind != TypeKind::Param) return false;
  for (const TraitRef& b : allBoundsOf(t)) {
    StdTrait s = b.trait >= 0 ? out_.traits[b.trait].std : StdTrait::None;
    if (s != StdTrait::Fn && s != StdTrait::FnMut && s != StdTrait::FnOnce) continue;
    params->clear();
    if (!b.args.empty() && T_.get(T_.resolve(b.args[0])).kind == TypeKind::Tuple) *params = T_.get(T_.resolve(b.args[0])).args;
    *ret = T_.unit();
    for (const auto& binding : b.bindings) *ret = binding.second;
    *mode = s == StdTrait::Fn || throughRef ? 1 : s == StdTrait::FnMut ? 2 : 0;
    return true;
  }
  return false;
}

// How a call takes a value of type t: a closure by its kind, a trait object
// by its trait, a parameter by the most its bounds allow (Fn, else FnMut,
// else FnOnce); Fn for the rest.
ClosureKind Resolver::callKindOf(TypeId t) {
  t = T_.resolve(t);
  if (T_.closureOf(t) >= 0) return out_.closures[T_.closureOf(t)].kind;
  if (T_.get(t).kind == TypeKind::Dyn) {  // `&dyn FnMut()`
    StdTrait s = out_.traits[T_.get(t).traitIndex].std;
    return s == StdTrait::FnMut ? ClosureKind::FnMut : s == StdTrait::FnOnce ? ClosureKind::FnOnce : ClosureKind::Fn;
  }
  if (T_.get(t).kind != TypeKind::Param) return ClosureKind::Fn;
  ClosureKind k = ClosureKind::Fn;
  bool bounded = false;
  for (const TraitRef& b : allBoundsOf(t)) {
    StdTrait s = b.trait >= 0 ? out_.traits[b.trait].std : StdTrait::None;
    if (s == StdTrait::Fn) return ClosureKind::Fn;
    if (s == StdTrait::FnMut) k = ClosureKind::FnMut;
    if (s == StdTrait::FnOnce && !bounded) k = ClosureKind::FnOnce;
    bounded = bounded || s == StdTrait::FnMut || s == StdTrait::FnOnce;
  }
  return k;
}

// A closure called through a reference (`f()` with `f: &F`, `r()` with `r =
// &c`): an FnMut needs the reference to be `&mut` (E0596), an FnOnce cannot
// be moved out from behind any (E0507).
void Resolver::requireCallableThroughReference(Expr& e) {
  const Type ref = T_.get(T_.resolve(e.operand->type));
  if (ref.kind != TypeKind::Ref) return;
  ClosureKind k = callKindOf(ref.args[0]);
  if (k == ClosureKind::Fn || (k == ClosureKind::FnMut && ref.isMut)) return;
  deferToBorrowCheck([&e, this, k, isMut = ref.isMut] {
    std::string what = text(e.operand->span);
    if (k == ClosureKind::FnMut)
      fail(DiagCode::E0596, "cannot borrow `*" + what + "` as mutable, as it is behind a `&` reference", e.operand->span,
           "`" + what + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable");
    fail(DiagCode::E0507, "cannot move out of `*" + what + "` which is behind a " + (isMut ? "mutable" : "shared") + " reference",
         e.operand->span, "move occurs because `*" + what + "` has a type which does not implement the `Copy` trait");
  });
}

TypeId Resolver::checkValueCall(Expr& e, const std::vector<TypeId>& params, TypeId ret, uint8_t mode) {
  e.resolvedKind = static_cast<uint8_t>(Resolved::CallValue);
  e.receiverMode = mode;
  if (mode == 2) {  // FnMut borrows the closure mutably: its variable must be `mut`, or a `&mut` to it
    e.derefs = T_.get(T_.resolve(e.operand->type)).kind == TypeKind::Ref ? 1 : 0;
    requireMutableReceiver(e);
    e.derefs = 0;
  }
  requireCallableThroughReference(e);
  TypeId callee = T_.resolve(e.operand->type);
  while (T_.get(callee).kind == TypeKind::Ref) callee = T_.resolve(T_.get(callee).args[0]);
  int32_t closure = T_.closureOf(callee);
  if ((closure >= 0 && (out_.closures[closure].fnItem || out_.closures[closure].stdFn)) || T_.get(callee).kind == TypeKind::FnPtr)
    checkArgCount(e, params.size(), e.args.size(), "function");
  if (params.size() != e.args.size())
    fail(DiagCode::E0057, "this function takes " + std::to_string(params.size()) + " argument" + (params.size() == 1 ? "" : "s") +
                              " but " + std::to_string(e.args.size()) + " argument" + (e.args.size() == 1 ? " was" : "s were") +
                              " supplied",
         e.operand->span);
  checkArguments(e, params.size(), "function", [&](size_t i) { coerce(*e.args[i], checkExpr(*e.args[i], params[i]), params[i]); });
  return ret;
}

// ---------------------------------------------------------------- closures std calls

// An argument a std method calls, `map(|x| x * 2)`: the row's bound (here
// `FnMut(T) -> _`) is an obligation on the argument's type before the
// argument is checked, so a closure written there learns its parameter and
// result types from it, as rustc checks it against Iterator::map's
// `F: FnMut(Self::Item) -> B`.
// A closure written for a bound takes exactly the bound's argument types:
// another one annotated (`map(|x: i32| ..)` over `&i32`s) is rustc's E0631
// at the method or function it is passed to.
void Resolver::requireClosureParamsFit(const std::vector<TypeId>& params, const std::vector<TypeId>& wanted, Span callee) {
  bool fits = params.size() == wanted.size();
  for (size_t i = 0; fits && i < params.size(); ++i) fits = unify(params[i], wanted[i]);
  if (!fits) fail(DiagCode::E0631, "type mismatch in closure arguments", callee, "expected due to this");
}

void Resolver::checkCallableArgument(Expr& arg, TypeId slot, const CallableParam& c, Span method) {
  StdTrait s = c.trait == "Fn" ? StdTrait::Fn : c.trait == "FnMut" ? StdTrait::FnMut : StdTrait::FnOnce;
  TraitRef bound{stdTrait(s), {T_.tupleOf(c.args)}, {{0, c.ret}}, arg.span};
  obligations_.push_back({slot, bound, arg.span});
  boundCallee_[T_.resolve(slot)] = method;  // E0593 points at the method
  TypeId t = checkExpr(arg, slot);
  coerce(arg, t, slot);
  std::string wanted = std::string(c.trait) + "(";
  for (size_t i = 0; i < c.args.size(); ++i) wanted += (i ? ", " : "") + typeName(c.args[i]);
  wanted += ")";
  std::vector<TypeId> params;
  TypeId ret = kNoType;
  uint8_t mode = 0;
  if (!callableSignature(t, &params, &ret, &mode))
    fail(DiagCode::E0277, "expected a `" + wanted + "` closure, found `" + typeName(t) + "`", arg.span,
         "expected an `" + wanted + "` closure, found `" + typeName(t) + "`");
  // A closure variable's parameters still unknown (`let add_one = |x| x + 1;` then `map(add_one)`) are the bound's, as rustc learns them here.
  for (size_t i = 0; i < params.size() && i < c.args.size(); ++i)
    if (T_.get(T_.resolve(params[i])).kind == TypeKind::Var && T_.get(T_.resolve(params[i])).varKind == VarKind::Any) unify(params[i], c.args[i]);
  if (arg.kind == ExprKind::Closure) requireClosureParamsFit(params, c.args, method);
  int32_t closure = T_.closureOf(T_.resolve(t));
  if (closure >= 0) {
    const ClosureInfo& info = out_.closures[closure];
    ClosureKind has = info.kind;
    bool fits = s == StdTrait::FnOnce || has == ClosureKind::Fn || (s == StdTrait::FnMut && has == ClosureKind::FnMut);
    // Written in place, the closure is checked as the bound's kind (rustc infers its kind from
    // the expected signature): a move out of a capture is then E0507 where it happens.
    if (!fits && arg.kind == ExprKind::Closure && has == ClosureKind::FnOnce)
      fail(DiagCode::E0507,
           "cannot move out of `" + info.movedName + "`, a captured variable in an `" + std::string(c.trait) + "` closure",
           info.movedOut, "move occurs because `" + info.movedName + "` has a type that does not implement the `Copy` trait");
    if (!fits) failClosureOfOtherKind(info, std::string(c.trait));
  }
  if (!unify(ret, c.ret))
    fail(DiagCode::E0308, "mismatched types", arg.span, "expected `" + typeName(c.ret) + "`, found `" + typeName(ret) + "`");
}

}  // namespace sh
