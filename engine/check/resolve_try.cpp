// The `?` operator. rustc desugars `operand?` into a match on the operand
// that hands back the success value or returns the failure from the
// function; the checker does the same once it knows the operand's type, so
// every later pass (moves, borrows, exhaustiveness, the interpreter) sees an
// ordinary match and a return:
//
//   Result:  match operand { Ok(?v) => ?v, Err(?e) => return Err(From::from(?e)) }
//   Option:  match operand { Some(?v) => ?v, None => return None }
//
// `?v` and `?e` are names no learner can write; the interpreter keeps their
// slots out of the picture. The error is converted only when the function's
// error type differs (rustc calls From::from always, and the identity impl
// does nothing a learner could see). What rustc rejects is rejected first,
// with its words, at the `?`.
#include <algorithm>

#include "check/resolver.h"

namespace sh {

namespace {

PathSegment segment(const std::string& name, Span at) {
  PathSegment s;
  s.name = name;
  s.span = at;
  return s;
}

Path pathOf(std::initializer_list<const char*> names, Span at) {
  Path p;
  p.span = at;
  for (const char* n : names) p.segments.push_back(segment(n, at));
  return p;
}

// A number type's name as a path segment: `u64`, `f32`.
const char* numberTypeName(const TypeTable& T, TypeId t) {
  const Type& n = T.get(T.resolve(t));
  return n.kind == TypeKind::Float ? (n.isF32 ? "f32" : "f64") : intKindName(n.intKind);
}

ExprPtr pathExpr(std::initializer_list<const char*> names, Span at) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::Path;
  e->span = at;
  e->path = pathOf(names, at);
  return e;
}

ExprPtr callOf(ExprPtr callee, ExprPtr arg, Span at) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::Call;
  e->span = at;
  e->operand = std::move(callee);
  e->args.push_back(std::move(arg));
  return e;
}

ExprPtr returnOf(ExprPtr value, Span at) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::Return;
  e->span = at;
  e->operand = std::move(value);
  return e;
}

PatternPtr bindingOf(const char* name, Span at) {
  auto p = std::make_unique<Pattern>();
  p->kind = PatternKind::Binding;
  p->span = at;
  p->name = name;
  return p;
}

// `Variant(binding)`, or `Variant` alone when binding is null.
PatternPtr variantPattern(const char* variant, PatternPtr binding, Span at) {
  auto p = std::make_unique<Pattern>();
  p->kind = binding ? PatternKind::TupleStruct : PatternKind::PathPat;
  p->span = at;
  p->path = pathOf({variant}, at);
  if (binding) p->elems.push_back(std::move(binding));
  return p;
}

MatchArm armOf(PatternPtr pattern, ExprPtr body, Span at) { return MatchArm{std::move(pattern), nullptr, std::move(body), at}; }

}  // namespace

// `x.into()`: std's blanket `impl<T, U: From<T>> Into<U> for T` makes it
// `From::from(x)` for the U the context expects, which is how rustc
// resolves it. Where the engine runs that From, the call is rewritten so
// before anything of it is checked, then checked as that call: into a
// learner's type that has From impls of its own, a string literal into a
// String or a `Box<str>` (std's `From<&str>`: String::from, Box::from), and
// a string literal, a `format!`, or a String or `&str` variable or
// `x.to_string()` into a `Box<dyn Error>` (std's StringError, as `?` boxes
// them), a variable of an error type into one (std's Box::new), and a
// number into a number (`u64::from`). Elsewhere (a context that does not name U, a
// program declaring a method `into` of its own) it stays "not supported yet".
bool Resolver::rewriteIntoAsFrom(Expr& e, TypeId expected) {
  if (e.text != "into" || !e.args.empty() || expected == kNoType) return false;
  for (const ImplBlock& impl : out_.ast->impls)
    for (const FnDecl& f : impl.fns)
      if (f.name == "into") return false;
  for (const TraitDecl& t : out_.ast->traits)
    for (const FnDecl& f : t.fns)
      if (f.name == "into") return false;
  // A generic `T: Into<U>` converts through its bound; each instance's From impl then runs.
  TypeId operand = typeBeforeChecking(*e.operand);
  if (operand != kNoType && T_.get(operand).kind == TypeKind::Param)
    for (const TraitRef& b : allBoundsOf(operand))
      if (b.trait == stdTrait(StdTrait::Into)) return false;
  TypeId target = T_.resolve(expected);
  bool literalIntoString = T_.get(target).kind == TypeKind::String && e.operand->kind == ExprKind::StrLit;
  // A `&str`, `String`, `&String` or `char` variable into a String: std's From impls (String::from's checker).
  const Type op = operand != kNoType ? T_.get(operand) : Type{};
  literalIntoString |= T_.get(target).kind == TypeKind::String && operand != kNoType &&
                       (op.kind == TypeKind::String || op.kind == TypeKind::Char ||
                        (op.kind == TypeKind::Ref && (T_.get(T_.resolve(op.args[0])).kind == TypeKind::Str ||
                                                      T_.get(T_.resolve(op.args[0])).kind == TypeKind::String)));
  bool literalIntoBox = T_.get(target).kind == TypeKind::Box && T_.get(T_.resolve(T_.get(target).args[0])).kind == TypeKind::Str &&
                        e.operand->kind == ExprKind::StrLit;
  TypeId known = boxesError(target) ? operand : kNoType;
  bool knownString = known != kNoType && T_.get(known).kind == TypeKind::String;
  bool knownStr = known != kNoType && known == T_.strRef();
  bool textIntoError = boxesError(target) && (e.operand->kind == ExprKind::StrLit || knownString || knownStr ||
                                              (e.operand->kind == ExprKind::Macro && e.operand->text == "format"));
  bool errorIntoError = known != kNoType && !textIntoError && implements(known, TraitRef{stdTrait(StdTrait::Error), {}, {}, e.nameSpan});
  TypeKind k = known != kNoType ? T_.get(known).kind : TypeKind::Error;
  bool neverAnError = k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Char || k == TypeKind::Vec ||
                      k == TypeKind::Tuple || k == TypeKind::Option || k == TypeKind::Struct || k == TypeKind::Enum;
  if (known != kNoType && !textIntoError && !errorIntoError && neverAnError)
    fail(DiagCode::E0277, "the trait bound `" + typeName(known) + ": Into<" + typeName(target) + ">` is not satisfied", e.nameSpan,
         "the trait `std::error::Error` is not implemented for `" + typeName(known) + "`");
  // A number, bool or char into a number: std's lossless From impls, `u64::from(n)` (E0277 there for a lossy one).
  TypeKind into = T_.get(target).kind;
  // A literal without a suffix is `{integer}`/`{float}`: several From impls fit, so it falls back to i32/f64 first.
  bool literal = e.operand->kind == ExprKind::IntLit || e.operand->kind == ExprKind::FloatLit;
  bool numberIntoNumber = (into == TypeKind::Int || into == TypeKind::Float) &&
                          (literal || (operand != kNoType && (op.kind == TypeKind::Int || op.kind == TypeKind::Float ||
                                                              op.kind == TypeKind::Bool || op.kind == TypeKind::Char)));
  if (!literalIntoString && !literalIntoBox && !textIntoError && !errorIntoError && !numberIntoNumber &&
      !learnersFromInto(target, StdTrait::From))
    return false;
  ExprPtr value = std::move(e.operand);
  e.kind = ExprKind::Call;
  if (textIntoError) {
    if (value->kind == ExprKind::StrLit || knownStr) value = callOf(pathExpr({"String", "from"}, e.nameSpan), std::move(value), e.nameSpan);
    value = callOf(pathExpr({"?StringError"}, e.nameSpan), std::move(value), e.nameSpan);
  }
  e.operand = literalIntoString                 ? pathExpr({"String", "from"}, e.nameSpan)
              : numberIntoNumber                ? pathExpr({numberTypeName(T_, target), "from"}, e.nameSpan)
              : literalIntoBox                  ? pathExpr({"Box", "from"}, e.nameSpan)
              : textIntoError || errorIntoError ? pathExpr({"Box", "new"}, e.nameSpan)
                                                : pathExpr({"From", "from"}, e.nameSpan);
  e.args.push_back(std::move(value));
  return true;
}

// `Box::from(x)` where a `Box<dyn Error>` is expected (`Err(Box::from("no
// colon"))`) picks among the From impls `x.into()` picks there (a `&str`, a
// String, an error): the call is rewritten to that method call, before
// anything of it is checked.
bool Resolver::rewriteBoxFromAsInto(Expr& e, TypeId expected) {
  const Expr& callee = *e.operand;
  if (expected == kNoType || !boxesError(T_.resolve(expected)) || e.args.size() != 1 || callee.kind != ExprKind::Path) return false;
  const std::vector<PathSegment>& segs = callee.path.segments;
  if (segs.size() != 2 || segs[0].name != "Box" || segs[1].name != "from" || !segs[0].generics.empty() ||
      !segs[1].generics.empty() || callee.qualifiedSelf)
    return false;
  e.nameSpan = segs[1].span;
  e.operand = std::move(e.args[0]);
  e.args.clear();
  e.kind = ExprKind::MethodCall;
  e.text = "into";
  return true;
}

// The type of an `.into()`'s operand where it is plain before the operand
// is checked: a variable's (its type so far), `x.to_string()`'s String
// (std's ToString), `String::from(..)`'s and `String::new()`'s, a plain
// struct's literal or unit value.
// kNoType for anything else, or a variable whose type is not known yet.
TypeId Resolver::typeBeforeChecking(const Expr& e) {
  if (e.kind == ExprKind::MethodCall && e.text == "to_string" && e.args.empty()) {  // std's ToString, unless the learner has one
    for (const ImplBlock& impl : out_.ast->impls)
      for (const FnDecl& f : impl.fns)
        if (f.name == "to_string") return kNoType;
    return T_.stringType();
  }
  if (e.kind == ExprKind::Call && e.operand->kind == ExprKind::Path && !e.operand->qualifiedSelf) {  // `String::from("x")`, `String::new()`
    const std::vector<PathSegment>& segs = e.operand->path.segments;
    bool stringMade = segs.size() == 2 && segs[0].name == "String" && (segs[1].name == "from" || segs[1].name == "new");
    return stringMade ? T_.stringType() : kNoType;
  }
  IntKind k;
  if (e.kind == ExprKind::Paren) return typeBeforeChecking(*e.operand);
  if (e.kind == ExprKind::IntLit && parseIntKind(e.suffix, &k)) return T_.intType(k);  // `7i32`
  if (e.kind == ExprKind::BoolLit) return T_.boolType();
  if (e.kind == ExprKind::CharLit) return T_.charType();
  if (e.kind == ExprKind::Cast) {  // `(v.len() as u32)`: a number type the cast names
    TypeId to = lowerTypeIn(*e.castType, "cast expression types");
    return T_.isNumeric(to) ? to : kNoType;
  }
  if (e.kind == ExprKind::StructLit) return plainStructNamed(e.path);
  if (e.kind != ExprKind::Path || e.path.segments.size() != 1 || !e.path.segments[0].generics.empty()) return kNoType;
  int32_t local = lookupLocal(e.path.segments[0].name, e.span);
  if (local < 0) return plainStructNamed(e.path);
  TypeId t = T_.resolve(fn_->locals[local].type);
  return T_.get(t).kind == TypeKind::Var ? kNoType : t;
}

// The struct a path names (`MyError { .. }`, a unit struct `Oops`) when it
// has no type parameters, so its type is known before its fields are checked.
TypeId Resolver::plainStructNamed(const Path& written) {
  Path p;
  for (const PathSegment& seg : written.segments) {
    if (!seg.generics.empty()) return kNoType;
    p.segments.push_back(PathSegment{seg.name, seg.span, {}, {}, {}, {}, false, nullptr, {}});
  }
  canonicalize(p, Namespace::Type);
  int32_t s = p.segments.size() == 1 ? T_.findStruct(p.last()) : -1;
  return s >= 0 && T_.structs()[s].typeParams.empty() ? T_.structType(s, {}) : kNoType;
}

// Whether the learner wrote an `impl From<..> for` this type (`TryFrom`
// with trait TryFrom; a generic struct's or enum's for any of its instances).
bool Resolver::learnersFromInto(TypeId target, StdTrait trait) const {
  const Type& t = T_.get(target);
  for (const ImplInfo& impl : out_.impls) {
    if (impl.isStd || impl.trait.trait < 0 || out_.traits[impl.trait.trait].std != trait) continue;
    TypeId self = T_.resolve(impl.self);
    const Type& s = T_.get(self);
    bool same = t.kind == TypeKind::Struct ? s.kind == t.kind && s.structIndex == t.structIndex
                : t.kind == TypeKind::Enum ? s.kind == t.kind && s.enumIndex == t.enumIndex
                                           : self == target;
    if (same) return true;
  }
  return false;
}

// The type U of a context `Result<U, _>` when U is the learner's type with
// TryFrom impls of its own; kNoType otherwise.
TypeId Resolver::learnersTryFromTarget(TypeId expected) const {
  if (expected == kNoType) return kNoType;
  const Type& result = T_.get(T_.resolve(expected));
  if (result.kind != TypeKind::Result) return kNoType;
  TypeId target = T_.resolve(result.args[0]);
  return learnersFromInto(target, StdTrait::TryFrom) ? target : kNoType;
}

// `x.try_into()` where the context names `Result<U, _>` of such a U: std's
// blanket `impl<T, U: TryFrom<T>> TryInto<U> for T` makes it
// `TryFrom::try_from(x)`, which rustc resolves through U's impls: rewritten
// so before anything of it is checked (as rewriteIntoAsFrom does `into`).
// Elsewhere (a context that does not name U, a program declaring a method
// `try_into` of its own) it stays "not supported yet".
bool Resolver::rewriteTryIntoAsTryFrom(Expr& e, TypeId expected) {
  if (e.text != "try_into" || !e.args.empty() || learnersTryFromTarget(expected) == kNoType) return false;
  for (const ImplBlock& impl : out_.ast->impls)
    for (const FnDecl& f : impl.fns)
      if (f.name == "try_into") return false;
  for (const TraitDecl& t : out_.ast->traits)
    for (const FnDecl& f : t.fns)
      if (f.name == "try_into") return false;
  ExprPtr value = std::move(e.operand);
  e.kind = ExprKind::Call;
  e.operand = pathExpr({"TryFrom", "try_from"}, e.nameSpan);
  e.args.push_back(std::move(value));
  return true;
}

// `n.try_into().unwrap()` (or `.expect(..)`) where a U of the learner's
// is expected (`let e: Even = 8.try_into().unwrap();`): the receiver's
// context is `Result<U, _>`, which names try_into's target as the `?` of
// `let e: Even = n.try_into()?;` does; kNoType for any other call.
TypeId Resolver::unwrappedTryIntoContext(const Expr& e, TypeId expected) {
  if (expected == kNoType || (e.text != "unwrap" && e.text != "expect") || e.operand->kind != ExprKind::MethodCall ||
      e.operand->text != "try_into")
    return kNoType;
  TypeId viaTryFrom = T_.resultOf(expected, T_.newVar(VarKind::Any));
  return learnersTryFromTarget(viaTryFrom) != kNoType ? viaTryFrom : kNoType;
}

// The rewritten call, checked against `Result<U, _>`: an error type the
// context names that is not the impl's `Error` is rustc's E0271 at
// `try_into`, where the blanket TryInto impl's `Error = U::Error` fails
// (known once the impl is, at the function's end).
TypeId Resolver::checkTryIntoCall(Expr& e, TypeId expected) {
  const Type result = T_.get(T_.resolve(expected));
  TypeId target = T_.resolve(result.args[0]), named = T_.resolve(result.args[1]);
  TypeId found = T_.resolve(checkCall(e, kNoType));
  unify(found, T_.resultOf(target, T_.newVar(VarKind::Any)));  // U is TryFrom's Self
  const Type& n = T_.get(named);
  if (n.kind == TypeKind::Var && n.varKind == VarKind::Any) return found;
  TypeId error = T_.get(found).args[1];
  typeChecks_.push_back([this, target, named, error, &e] {
    TypeId impls = normalize(T_.defaultDeep(error));
    if (T_.get(impls).kind == TypeKind::Projection || unify(named, impls)) return;
    fail(DiagCode::E0271, "type mismatch resolving `<" + typeName(target) + " as TryFrom<" + typeName(T_.defaultDeep(e.args[0]->type)) +
                              ">>::Error == " + typeName(named) + "`", e.nameSpan,
         "expected `" + typeName(named) + "`, found `" + typeName(impls) + "`");
  });
  return T_.resultOf(target, named);
}

TypeId Resolver::checkTry(Expr& e, TypeId expected) {
  Span q = e.nameSpan;
  // `let e: Even = n.try_into()?;`: the `?`'s context names the conversion's target.
  bool tryInto = e.operand->kind == ExprKind::MethodCall && e.operand->text == "try_into" && expected != kNoType;
  TypeId viaTryFrom = tryInto ? T_.resultOf(expected, T_.newVar(VarKind::Any)) : kNoType;
  TypeId operand = T_.resolve(checkExpr(*e.operand, learnersTryFromTarget(viaTryFrom) != kNoType ? viaTryFrom : kNoType));
  const Type t = T_.get(operand);
  if (t.kind == TypeKind::Var && t.varKind == VarKind::Any)
    fail(DiagCode::E0282, "type annotations needed", e.operand->span, "cannot infer type");
  if (t.kind != TypeKind::Result && t.kind != TypeKind::Option)
    fail(DiagCode::E0277, "the `?` operator can only be applied to values that implement `Try`", e.operand->span,
         "the `?` operator cannot be applied to type `" + typeName(operand) + "`");
  if (t.kind == TypeKind::Result) settleParseError(t, expected, e.operand->span);
  requireTryReturn(T_.get(operand), q);
  e.arms.clear();
  if (t.kind == TypeKind::Option) {
    e.arms.push_back(armOf(variantPattern("Some", bindingOf("?v", q), q), pathExpr({"?v"}, q), q));
    e.arms.push_back(armOf(variantPattern("None", nullptr, q), returnOf(pathExpr({"None"}, q), q), q));
  } else {
    ExprPtr error = pathExpr({"?e"}, q);
    // Into a `Box<dyn Error>`, std's From boxes the error: the Box is coerced to the trait object where `Err` takes it.
    // A String is boxed inside std's private StringError, a `&str` made a String first; a
    // `&str` into a String is String::from, std's own From impl, which the engine runs natively.
    TypeId to = T_.get(T_.resolve(fn_->ret)).args[1];
    if (!unify(t.args[1], to)) {
      TypeId from = T_.resolve(t.args[1]);
      bool text = T_.get(from).kind == TypeKind::String || from == T_.strRef();
      bool toString = T_.get(T_.resolve(to)).kind == TypeKind::String;
      if ((boxesError(to) || toString) && from == T_.strRef()) error = callOf(pathExpr({"String", "from"}, q), std::move(error), q);
      if (boxesError(to) && text) error = callOf(pathExpr({"?StringError"}, q), std::move(error), q);
      if (!toString) error = callOf(boxesError(to) ? pathExpr({"Box", "new"}, q) : pathExpr({"From", "from"}, q), std::move(error), q);
    }
    e.arms.push_back(armOf(variantPattern("Ok", bindingOf("?v", q), q), pathExpr({"?v"}, q), q));
    e.arms.push_back(armOf(variantPattern("Err", bindingOf("?e", q), q),
                           returnOf(callOf(pathExpr({"Err"}, q), std::move(error), q), q), q));
  }
  return checkMatchArms(e, operand, expected);
}

// The error of `text.parse()?` is known once the parse's target is, which
// the `?`'s context may say (`let n: i32 = text.parse()?`): rustc infers it
// so, and only then knows whether the error must be converted.
void Resolver::settleParseError(const Type& operand, TypeId expected, Span at) {
  const Type& error = T_.get(T_.resolve(operand.args[1]));
  if (error.kind != TypeKind::Var || error.varKind != VarKind::Any) return;
  TypeId var = T_.resolve(operand.args[1]);
  auto parse = std::find_if(parseTargets_.begin(), parseTargets_.end(), [&](const auto& pending) {
    const Type& r = T_.get(T_.resolve(pending.first->type));
    return r.kind == TypeKind::Result && T_.resolve(r.args[1]) == var;
  });
  if (parse == parseTargets_.end()) return;
  if (expected != kNoType) unify(operand.args[0], expected);
  TypeId target = T_.resolve(operand.args[0]);
  TypeKind k = T_.get(target).kind;
  if (k != TypeKind::Int && k != TypeKind::Float && k != TypeKind::Bool && k != TypeKind::Char && !parsesWithLearnersFromStr(target))
    fail(DiagCode::None, "`?` on a value whose error type is not known yet is not supported yet (name the type: `parse::<i32>()?`)", at);
  requireOnlyFromItself(target, parseErrorFor(target), parse->first->nameSpan);
  unify(operand.args[1], parseErrorFor(target));
}

// `let n: i32 = text.parse()?` where the function's error is the learner's
// type with no From impl of its own: std's `impl<T> From<T> for T` is then
// the one impl `?` can use, so rustc takes the parse's error to be that
// type, and finds the target's FromStr says otherwise (E0271 at `parse`).
// With an impl of its own, or std's (a String's, a Box<dyn Error>'s), the
// choice waits, and an error with no From is the `?`'s E0277.
void Resolver::requireOnlyFromItself(TypeId target, TypeId error, Span parse) {
  const Type r = T_.get(T_.resolve(fn_->ret));
  if (r.kind != TypeKind::Result) return;
  TypeId to = T_.resolve(r.args[1]);
  const Type& t = T_.get(to);
  bool learners = (t.kind == TypeKind::Struct && T_.structOf(to).stdPath.empty()) ||
                  (t.kind == TypeKind::Enum && T_.enumOf(to).stdPath.empty());
  if (!learners || to == T_.resolve(error)) return;
  int32_t from = stdTrait(StdTrait::From);
  for (const ImplInfo& impl : out_.impls)
    if (impl.trait.trait == from && T_.get(T_.resolve(impl.self)).kind == t.kind &&
        (t.kind == TypeKind::Struct ? T_.get(T_.resolve(impl.self)).structIndex == t.structIndex
                                    : T_.get(T_.resolve(impl.self)).enumIndex == t.enumIndex))
      return;
  fail(DiagCode::E0271, "type mismatch resolving `<" + typeName(target) + " as FromStr>::Err == " + typeName(to) + "`", parse,
       "expected `" + typeName(to) + "`, found `" + typeName(error) + "`");
}

// What `parse` into a type gives on failure: std's ParseIntError or
// ParseFloatError, or the `Err` of the learner's own `impl FromStr`.
TypeId Resolver::parseErrorFor(TypeId target) {
  if (!parsesWithLearnersFromStr(target)) return parseErrorOf(T_, target);
  return assocTypeOf(target, stdTrait(StdTrait::FromStr), 0, {});
}

// `s.parse::<Point>()` of a learner's type with its own `impl FromStr`: std's
// parse is `FromStr::from_str(s)`, which the run calls (out_.fromStrs).
bool Resolver::parsesWithLearnersFromStr(TypeId target) {
  TypeKind k = T_.get(T_.resolve(target)).kind;
  return (k == TypeKind::Struct || k == TypeKind::Enum) &&
         implements(target, TraitRef{stdTrait(StdTrait::FromStr), {}, {}, {}});
}

// `Box<dyn Error>`: the error type whose From boxes any error.
bool Resolver::boxesError(TypeId t) const {
  const Type& box = T_.get(T_.resolve(t));
  if (box.kind != TypeKind::Box) return false;
  const Type& dyn = T_.get(T_.resolve(box.args[0]));
  return dyn.kind == TypeKind::Dyn && out_.traits[dyn.traitIndex].std == StdTrait::Error;
}

// rustc's errors for a `?` the function's result cannot take: a function
// returning neither Result nor Option, a Result's `?` in an Option's
// function and the other way round, and an error with no From into the
// function's error.
void Resolver::requireTryReturn(const Type& operand, Span q) {
  TypeId ret = T_.resolve(fn_->ret);
  const Type r = T_.get(ret);
  const std::string body = fn_->closure >= 0 ? "closure" : "function";  // rustc says which the `?` is in
  if (r.kind != TypeKind::Result && r.kind != TypeKind::Option)
    fail(DiagCode::E0277,
         "the `?` operator can only be used in a " + body + " that returns `Result` or `Option` (or another type that "
         "implements `FromResidual`)",
         q, "cannot use the `?` operator in a " + body + " that returns `" + typeName(ret) + "`");
  if (operand.kind == TypeKind::Result && r.kind == TypeKind::Option)
    fail(DiagCode::E0277, "the `?` operator can only be used on `Option`s, not `Result`s, in a function that returns `Option`",
         q, "use `.ok()?` if you want to discard the `Result<std::convert::Infallible, " + typeName(operand.args[1]) +
                ">` error information");
  if (operand.kind == TypeKind::Option && r.kind == TypeKind::Result)
    fail(DiagCode::E0277, "the `?` operator can only be used on `Result`s, not `Option`s, in a function that returns `Result`",
         q, "use `.ok_or(...)?` to provide an error compatible with `" + typeName(ret) + "`");
  if (operand.kind != TypeKind::Result) return;
  TypeId from = normalize(operand.args[1]), to = r.args[1];
  if (T_.resolve(from) == T_.resolve(to)) return;
  if (T_.get(T_.resolve(to)).kind == TypeKind::Var || T_.get(T_.resolve(from)).kind == TypeKind::Var) return;
  if (boxesError(to)) {
    if (boxesError(from))  // `Box<dyn Error + Send + Sync>` into `Box<dyn Error>`: std's From<E: Error> wants a sized E
      fail(DiagCode::E0277, "`?` couldn't convert the error: `" + typeName(T_.get(T_.resolve(from)).args[0]) + ": Sized` is not satisfied", q,
           "doesn't have a size known at compile-time");
    TraitRef error{stdTrait(StdTrait::Error), {}, {}, q};
    if (T_.get(T_.resolve(from)).kind == TypeKind::String || T_.resolve(from) == T_.strRef()) return;  // std's StringError
    if (!implements(from, error))
      fail(DiagCode::E0277, "`?` couldn't convert the error: `" + typeName(from) + ": std::error::Error` is not satisfied", q,
           "the trait `std::error::Error` is not implemented for `" + typeName(from) + "`");
    return;
  }
  if (!implements(to, TraitRef{stdTrait(StdTrait::From), {from}, {}, q}, 0))
    fail(DiagCode::E0277, "`?` couldn't convert the error to `" + typeName(to) + "`", q,
         "the trait `From<" + typeName(from) + ">` is not implemented for `" + typeName(to) + "`");
}

}  // namespace sh
