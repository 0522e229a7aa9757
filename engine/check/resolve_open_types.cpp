// Types a program leaves open for a while, as rustc's inference does.
//
// A closure's parameter that nothing types where the closure is written
// (`let f = |x| x + 1;`) is typed by the closure's calls, later in the
// function, or by the Fn bound it is given to. An operator between it and
// a number is left open meanwhile and settled at the function's end, both
// sides then one number type and the result the left side's (rustc's
// `<L as Add<R>>::Output`, after a literal's fallback). A value whose type
// must be known where it is used and is not (a method's receiver, a field's
// owner, `-x`, `*x`) is rustc's E0282, at the binding holding the unknown.
// `let n = x.into();` leaves n's type to the code after it: nothing settling
// it is rustc's E0283 at the pattern; something settling it, a conversion
// the engine does not make yet (it converts where the target is written).
#include <algorithm>
#include <functional>

#include "check/resolver.h"

namespace sh {

// A closure's parameter (or a parse's target, or any place an assigning
// operator writes: `*counts.entry(w).or_default() += 1` of a map whose
// value type the function's end gives) not known yet on one side of
// an operator and a number on the other (`|x| x + 1`, `|x| 2 * x`, `total += x`, `|a| a < 2`):
// rustc settles the operator once the closure's calls say what x is, and
// its result (the trait's Output) only then; never called, x stays unknown
// (E0284, or E0283 for a comparison or `+=`, at x's binding). Such a result
// used in another operator (`double(5) + 1`) waits likewise. Both sides
// unknown (`|a, b| a + b`) are of one type. A shift's sides are left alone.
// Returns the operator's type for now, kNoType when it is not left open.
TypeId Resolver::laterOperands(const Expr& e, TypeId l, TypeId r) {
  bool comparison = opGroup(e.binaryOp) == OpGroup::Comparison;  // `x > n`: i64 is PartialOrd of i64 alone, n is i64
  auto unknown = [&](TypeId t) {
    const Type& k = T_.get(T_.resolve(t));
    return k.kind == TypeKind::Var && k.varKind == VarKind::Any &&
           (!closureLevels_.empty() || isLaterOutput(t) || (isParseTarget(t) && !comparison) || e.kind == ExprKind::CompoundAssign);
  };
  auto number = [&](TypeId t) { return T_.isNumeric(t) || T_.get(T_.resolve(t)).kind == TypeKind::Var; };
  if (opGroup(e.binaryOp) == OpGroup::Shift || !((unknown(l) && number(r)) || (unknown(r) && number(l)))) return kNoType;
  if (unknown(l) && unknown(r) && (comparison || !unify(l, r))) return kNoType;
  TypeId output = comparison || e.kind == ExprKind::CompoundAssign ? kNoType : T_.newVar(VarKind::Any);
  laterOperands_.push_back({&e, l, r, output});
  return comparison ? T_.boolType() : output == kNoType ? T_.unit() : output;
}

// An unannotated parse's target: `total += n` with `let n = s.parse().unwrap();`
// leaves the operator open as rustc does (i64 adds both i64 and &i64).
bool Resolver::isParseTarget(TypeId t) const {
  return std::any_of(parseTargets_.begin(), parseTargets_.end(), [&](const auto& p) { return T_.resolve(p.second) == T_.resolve(t); });
}

bool Resolver::isLaterOutput(TypeId t) const {
  t = T_.resolve(t);
  return std::any_of(laterOperands_.begin(), laterOperands_.end(), [&](const LaterOperands& o) { return o.output != kNoType && T_.resolve(o.output) == t; });
}

// Once the function's calls have said what the closures' parameters are,
// each operator left open, in the order written: both sides of one number
// type (E0277 when the calls gave them others, as `f(2.5)` for `|x| x + 1`),
// and the result the left side's type, a literal's falling back to i32 or
// f64 first as rustc's does (E0271 where the result was wanted as another:
// `let a: u8 = f(254)`). One still unknown is requireInferredLocals' E0284
// or E0283.
void Resolver::settleLaterOperands() {
  learnClosureParamsFromBounds();
  for (const LaterOperands& o : laterOperands_) settleOperands(o, false);
  laterOperands_.clear();
}

// Those whose left side is known already (`double(5i64)` then a method of
// its result), as rustc settles what it can before it needs a type.
bool Resolver::settleKnownOperands() {
  size_t before = laterOperands_.size();
  std::vector<LaterOperands> open;
  for (const LaterOperands& o : laterOperands_)
    if (!settleOperands(o, true)) open.push_back(o);
  laterOperands_ = std::move(open);
  return laterOperands_.size() < before;
}

bool Resolver::settleOperands(const LaterOperands& o, bool knownOnly) {
  TypeId l = withoutOneRef(T_, o.lhs), r = withoutOneRef(T_, o.rhs);
  auto unknown = [&](TypeId t) { return T_.get(T_.resolve(t)).kind == TypeKind::Var && (knownOnly || T_.get(T_.resolve(t)).varKind == VarKind::Any); };
  if (unknown(l) || (!knownOnly && unknown(r))) return false;
  if (overloadsOperators(l) || overloadsOperators(r))
    fail(DiagCode::None, "an operator on a closure's parameter whose type only the closure's calls give is not supported yet here (annotate the parameter)", o.op->nameSpan);
  if (opGroup(o.op->binaryOp) == OpGroup::Comparison) {
    if (!unify(l, r)) requireComparableOperands(o.lhs, o.rhs, o.op->binaryOp, o.op->nameSpan, o.op->rhs->span);
    return true;
  }
  if (!hasOperatorTrait(o.op->binaryOp, l)) failMissingOperator(*o.op, o.lhs, o.rhs);
  if (!takesOperandKind(o.op->binaryOp, l, r) || !unify(l, r)) throw CompileError(unimplementedOperator(*o.op, o.lhs, o.rhs));
  if (o.output != kNoType) settleOutput(o);
  return true;
}

// A closure given where an Fn bound is wanted (`apply(add)` with `F: Fn(i32) -> i32`)
// takes the bound's argument types for its parameters still unknown.
void Resolver::learnClosureParamsFromBounds() {
  for (const Obligation& o : obligations_) {
    int32_t closure = T_.closureOf(T_.resolve(o.type));
    StdTrait s = o.trait.trait >= 0 ? out_.traits[o.trait.trait].std : StdTrait::None;
    if (closure < 0 || (s != StdTrait::Fn && s != StdTrait::FnMut && s != StdTrait::FnOnce) || o.trait.args.empty()) continue;
    const Type& args = T_.get(T_.resolve(o.trait.args[0]));
    const std::vector<TypeId>& params = out_.closures[closure].params;
    if (args.kind != TypeKind::Tuple || args.args.size() != params.size()) continue;
    for (size_t i = 0; i < params.size(); ++i)
      if (T_.get(T_.resolve(params[i])).kind == TypeKind::Var && T_.get(T_.resolve(params[i])).varKind == VarKind::Any) unify(params[i], args.args[i]);
  }
}

// The trait of an operator with an Output: its name in core::ops is the operator's own (`Add`, `BitAnd`).
static std::string operatorTrait(BinaryOp op) {
  switch (op) {
#define SH_BINARY_OP(name, token, spelling, prec, group, verb, message) \
  case BinaryOp::name:                                                   \
    return #name;
#include "syntax/operators.def"
  }
  return "";
}

void Resolver::settleOutput(const LaterOperands& o) {
  TypeId self = T_.resolve(withoutOneRef(T_, o.lhs));
  const Type& k = T_.get(self);
  if (k.kind == TypeKind::Var && k.varKind != VarKind::Any) T_.bindVar(self, k.varKind == VarKind::Integer ? T_.intType(IntKind::I32) : T_.f64Type());
  if (unify(o.output, self)) return;
  fail(DiagCode::E0271, "type mismatch resolving `<" + typeName(self) + " as " + operatorTrait(o.op->binaryOp) + ">::Output == " + typeName(o.output) + "`", o.op->nameSpan,
       "expected `" + typeName(o.output) + "`, found `" + typeName(self) + "`");
}

// rustc's E0282 where a value's type must be known and is not (`x.len()`,
// `-x`, `x.0` with `|x|` unannotated): at the binding whose type holds the
// unknown, the earliest of the function's and its closures' variables (a
// `let`'s pattern, a closure's parameter), else at the value itself. E0283
// where what is unknown is a trait's argument (`let x = n.try_into().unwrap();`).
void Resolver::failUnknownType(TypeId unknown, Span value, DiagCode code) {
  TypeId open = T_.resolve(unknown);
  std::function<bool(TypeId)> holds = [&](TypeId t) {
    TypeId r = T_.resolve(t);
    const Type& k = T_.get(r);
    return r == open || std::any_of(k.args.begin(), k.args.end(), holds);
  };
  int32_t top = closureLevels_.empty() ? fnIndex_ : closureLevels_.front().enclosingFn;
  std::vector<int32_t> fns = fnClosures_;
  if (top >= 0) fns.push_back(top);
  Span at = value;
  bool found = false;
  for (int32_t f : fns)
    for (const LocalInfo& l : out_.fns[f].locals)
      if (l.capture < 0 && l.type != kNoType && holds(l.type) && (!found || l.span.start < at.start)) {
        at = l.span;
        found = true;
      }
  fail(code, "type annotations needed", at, "type must be known at this point");
}

// `let n = x.into();` (a `let` without a type, std's `into`): its target
// is open until the function's end; kNoType for any other `into`.
TypeId Resolver::openInto(Expr& e) {
  if (e.text != "into" || !e.args.empty() || untypedLet_.first != &e || fn_->templateFn >= 0) return kNoType;  // an instance's was decided in its template
  for (const ImplBlock& impl : out_.ast->impls)
    for (const FnDecl& f : impl.fns)
      if (f.name == "into") return kNoType;
  for (const TraitDecl& t : out_.ast->traits)
    for (const FnDecl& f : t.fns)
      if (f.name == "into") return kNoType;
  TypeId operand = typeBeforeChecking(*e.operand);  // a `T: Into<U>` converts through its bound
  if (operand != kNoType && T_.get(T_.resolve(operand)).kind == TypeKind::Param) return kNoType;
  checkExpr(*e.operand);
  TypeId target = T_.newVar(VarKind::Any);
  openIntos_.push_back({&e, target, untypedLet_.second});
  e.type = target;
  return target;
}

// An operator on such a target before anything settled it: rustc cannot pick the operator's impl (E0283 at the pattern).
void Resolver::requireNoOpenInto(TypeId t) {
  for (const OpenInto& o : openIntos_)
    if (T_.resolve(o.target) == T_.resolve(t) && T_.get(T_.resolve(t)).kind == TypeKind::Var)
      fail(DiagCode::E0283, "type annotations needed", o.blame, "type must be known at this point");
}

// `let n = x.into(); let m: i64 = n;`: a number, bool or char into the
// number type settled after the call, by one of std's lossless From impls:
// std's `into`, run as the cast it equals (run/std/scalar.cpp). A lossy one
// has no impl (nor can the program give one): E0277 at `into`.
bool Resolver::convertsNumberInto(Expr& call, TypeId target) {
  TypeId from = T_.resolve(call.operand->type);
  TypeKind k = T_.get(from).kind, to = T_.get(T_.resolve(target)).kind;
  bool scalar = k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Char;
  if (!scalar || (to != TypeKind::Int && to != TypeKind::Float)) return false;
  if (!stdImplements(target, StdTrait::From, TraitRef{stdTrait(StdTrait::From), {from}, {}, {}}))
    fail(DiagCode::E0277, "the trait bound `" + typeName(target) + ": From<" + typeName(from) + ">` is not satisfied", call.nameSpan,
         "the trait `From<" + typeName(from) + ">` is not implemented for `" + typeName(target) + "`");
  call.resolvedKind = static_cast<uint8_t>(Resolved::Method);
  call.resolved = static_cast<int32_t>(BuiltinMethod::ScalarInto);
  call.derefs = 0;
  call.receiverMode = static_cast<uint8_t>(ReceiverMode::ByValue);
  return true;
}

// ScalarInto's row is never found by a call's name: it is the conversion
// above, picked once the target is known.
TypeId Resolver::pickedOnceSettled(Expr&, BuiltinMethod, TypeId, TypeId) { return kNoType; }

void Resolver::settleOpenIntos() {
  std::vector<OpenInto> intos = std::move(openIntos_);
  openIntos_.clear();
  for (const OpenInto& o : intos) {
    const Type& t = T_.get(T_.resolve(o.target));
    if (t.kind == TypeKind::Var && t.varKind == VarKind::Any) fail(DiagCode::E0283, "type annotations needed", o.blame, "type must be known at this point");
    if (convertsNumberInto(*o.call, o.target)) continue;
    fail(DiagCode::None, "`.into()` into a type named only after it is not supported yet: give the `let` its type", o.call->nameSpan);
  }
}

}  // namespace sh

namespace sh {

// How much of a type is written around what it leaves open, as rustc's
// need_type_info ranks the places an annotation could go: a struct, an enum
// or a tuple 5 and its arguments', a reference 2 and its target's, a closure
// 1000, a function pointer 30, the open variable itself 0, any other type 1.
size_t Resolver::annotationCost(TypeId t) const {
  const Type& k = T_.get(T_.resolve(t));
  auto around = [&](size_t own) {
    for (TypeId a : k.args) own += annotationCost(a);
    return own;
  };
  if (T_.closureOf(T_.resolve(t)) >= 0) return 1000;
  switch (k.kind) {
    case TypeKind::Var: return 0;
    case TypeKind::Ref: return 2 + annotationCost(k.args[0]);
    case TypeKind::FnPtr: return 30;
    case TypeKind::Tuple: case TypeKind::String: case TypeKind::Vec: case TypeKind::Box: case TypeKind::Option:
    case TypeKind::Struct: case TypeKind::Enum: case TypeKind::Result: case TypeKind::Rc: case TypeKind::Weak:
    case TypeKind::RefCell: case TypeKind::Cell: case TypeKind::HashMap: case TypeKind::HashSet: case TypeKind::VecDeque:
    case TypeKind::BinaryHeap: case TypeKind::BTreeMap: case TypeKind::BTreeSet:
      return around(5);
    default: return 1;
  }
}

// Whether `t` holds the open variable `target`.
bool Resolver::holdsOpenVar(TypeId t, TypeId target) const {
  t = T_.resolve(t);
  if (t == T_.resolve(target)) return true;
  const Type& k = T_.get(t);
  return std::any_of(k.args.begin(), k.args.end(), [&](TypeId a) { return holdsOpenVar(a, target); });
}

// A parse whose target nothing settled is rustc's E0284 where an annotation
// would settle it most cheaply (annotationCost): a `let` without a type, or
// a closure's parameter without one, whose type holds the target, else the
// `parse` itself (10, its turbofish). Each place met adds one to its cost,
// met in rustc's order: a closure's parameters where the closure starts, a
// call or a `let` where it ends; the first of equal costs is kept.
void Resolver::failOpenParse(const Expr& call, TypeId target) {
  struct Place {
    uint32_t at;
    size_t cost;
    Span span;
    TypeId type;  // kNoType: the parse's own turbofish
  };
  std::vector<Place> places{{call.span.end, 10, call.nameSpan, kNoType}};
  for (const auto& [let, type] : untypedLets_)
    if (holdsOpenVar(type, target)) places.push_back({let->span.end, annotationCost(type), let->pattern->span, type});
  for (int32_t c : fnClosures_) {  // its parameters after the environment's
    const FnInfo& closure = out_.fns[c];
    for (size_t i = 0; i < closure.decl->params.size() && i + 1 < closure.paramTypes.size(); ++i) {
      const Param& p = closure.decl->params[i];
      TypeId type = closure.paramTypes[i + 1];
      if (!p.type && holdsOpenVar(type, target)) places.push_back({closure.decl->span.start, annotationCost(type), p.pattern->span, type});
    }
  }
  std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) { return a.at < b.at; });
  const Place* best = nullptr;
  size_t bestCost = SIZE_MAX;
  for (size_t attempt = 0; attempt < places.size(); ++attempt)
    if (places[attempt].cost + attempt < bestCost) {
      bestCost = places[attempt].cost + attempt;
      best = &places[attempt];
    }
  if (best->type == kNoType)
    fail(DiagCode::E0284, "type annotations needed", best->span, "cannot infer type of the type parameter `F` declared on the method `parse`");
  bool bare = T_.get(T_.resolve(best->type)).kind == TypeKind::Var;
  fail(DiagCode::E0284, bare ? "type annotations needed" : "type annotations needed for `" + typeName(best->type) + "`", best->span);
}

}  // namespace sh
