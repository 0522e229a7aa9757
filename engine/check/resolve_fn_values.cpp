// Std's functions named as values: `.map(String::len)`, `.map(Some)`,
// `.filter(char::is_ascii_digit)`, `.fold(0, i32::max)`.
//
// rustc gives each a zero-sized fn item type and calls it as a closure
// capturing nothing is called. The engine does the same by turning the path
// into that closure, `|x0| x0.len()` or `|x0| Some(x0)`, whose parameters are
// the function's own (check/std_values.def): the closure's body then types,
// runs and draws as any closure's, through the std rows the engine already
// has. What makes it a function and not a closure is checked here first:
// the arguments a bound passes must be the function's parameter types
// exactly, with no auto-deref (E0631 otherwise, where a closure would have
// dereferenced), and the value is named as rustc names the fn item.
#include <algorithm>

#include "check/resolver.h"
#include "syntax/clone.h"

namespace sh {

enum class ValueBody : uint8_t { Method, Call };
enum class ValuePick : uint8_t { Exact, ByTrait, Displayed };

struct StdValueRow {
  const char* path;
  const char* signature;
  ValueBody body;
  ValuePick pick;
};

namespace {

constexpr StdValueRow kStdValues[] = {
#define SH_STD_VALUE(path, signature, body, pick) {path, signature, ValueBody::body, ValuePick::pick},
#include "check/std_values.def"
};

ExprPtr exprAt(ExprKind kind, Span span) {
  auto e = std::make_unique<Expr>();
  e->kind = kind;
  e->span = span;
  return e;
}

ExprPtr pathExpr(const std::string& name, Span span) {
  ExprPtr e = exprAt(ExprKind::Path, span);
  e->path.segments.push_back(plainSegment(name, span));
  e->path.span = span;
  return e;
}

// Whether a method's self type is still only `_` (behind references): its
// method cannot be looked up yet, where rustc would wait for the type.
bool receiverUnknown(const TypeTable& T, TypeId self) {
  self = T.resolve(self);
  while (T.get(self).kind == TypeKind::Ref) self = T.resolve(T.get(self).args[0]);
  return T.get(self).kind == TypeKind::Var && T.get(self).varKind == VarKind::Any;
}

std::string parameterName(size_t i) { return "x" + std::to_string(i); }

}  // namespace

// The row naming path p, and the number type its `{signed}`, `{integer}`
// or `{float}` stands for in *self.
static const StdValueRow* findStdValue(TypeTable& T, const Path& p, TypeId* self) {
  std::string path;
  for (const PathSegment& seg : p.segments) path += (path.empty() ? "" : "::") + seg.name;
  if (path.rfind("core::", 0) == 0) path = "std::" + path.substr(6);
  if (path == "std::string::ToString::to_string") path = "ToString::to_string";
  if (path == "Option::Some") path = "Some";
  if (path == "Result::Ok" || path == "Result::Err") path = path.substr(8);
  std::vector<std::string> keys{path};
  IntKind k;
  if (p.segments.size() == 2 && parseIntKind(p.segments[0].name, &k)) {
    *self = T.intType(k);
    if (intKindSigned(k)) keys.push_back("{signed}::" + p.segments[1].name);
    keys.push_back("{integer}::" + p.segments[1].name);
  }
  if (p.segments.size() == 2 && (p.segments[0].name == "f64" || p.segments[0].name == "f32")) {
    *self = p.segments[0].name == "f64" ? T.f64Type() : T.f32Type();
    keys.push_back("{float}::" + p.segments[1].name);
  }
  for (const std::string& key : keys)
    for (const StdValueRow& row : kStdValues)
      if (key == row.path) return &row;
  return nullptr;
}

// `String::len` where a value is wanted: false when no row names the path.
bool Resolver::checkStdFnValue(Expr& e, TypeId expected, TypeId* type, bool calledByPath) {
  TypeId self = kNoType;
  const StdValueRow* row = findStdValue(T_, e.path, &self);
  if (row == nullptr) return false;
  std::string_view signature = row->signature;
  bool typedByCall = row->body == ValueBody::Method && signature.substr(signature.size() - 4) == "-> _";
  for (size_t i = 0; i < e.path.segments.size(); ++i)
    if (!e.path.segments[i].generics.empty() && !(typedByCall && i + 1 == e.path.segments.size()))
      fail(DiagCode::None, "std's function `" + text(e.span) + "` with type arguments used as a value is not supported yet", e.span);
  SignatureLetters letters{T_.newVar(VarKind::Any), self, T_.newVar(VarKind::Any), T_.newVar(VarKind::Any)};
  FnValueShape shape;
  shape.calledByPath = calledByPath;
  shape.params = signatureTypes(T_, row->signature, letters, &shape.ret);
  requireValueSignatureFits(e, row->pick == ValuePick::ByTrait, shape, expected);
  if (row->body == ValueBody::Method && receiverUnknown(T_, shape.params[0]))
    fail(DiagCode::None, "`" + text(e.span) + "` used as a value where its argument type is not known yet is not supported yet", e.span);
  const Type open = T_.get(T_.resolve(letters.elem));
  bool number = open.kind == TypeKind::Var && open.varKind != VarKind::Any;  // `{integer}`: Display whichever it becomes
  if (row->pick == ValuePick::Displayed && !number && !implementsFormat(letters.elem, FormatTrait::Display))
    fail(DiagCode::E0277, "`" + typeName(letters.elem) + "` doesn't implement `std::fmt::Display`", e.span,
         "`" + typeName(letters.elem) + "` cannot be formatted with the default formatter");
  *type = checkAsClosure(e, shape, row->body == ValueBody::Method, expected);
  return true;
}

// A tuple struct's or tuple variant's constructor where a value is wanted
// (`.map(Wrapper)`, `.map(Shape::Circle)`): a function from its fields to
// the type, which rustc checks and calls as it does a function named so.
TypeId Resolver::checkConstructorValue(Expr& e, TypeId type, const std::vector<std::pair<std::string, TypeId>>& fields,
                                       TypeId expected) {
  FnValueShape shape;
  for (const auto& field : fields) shape.params.push_back(field.second);
  shape.ret = type;
  requireValueSignatureFits(e, false, shape, expected);
  return checkAsClosure(e, shape, false, expected);
}

// A method of the learner's trait named as a value by the trait's path
// (`.map(Shape::area)`): the closure calling it by that path, whose call
// picks the impl once its argument's type is known, as a call written so
// does. A generic method, or an associated function without self, is not
// supported yet there. False when the path names no such trait.
bool Resolver::checkTraitFnValue(Expr& e, TypeId expected, TypeId* type) {
  const Path& p = e.path;
  Path traitPath;
  traitPath.span = p.span;
  for (size_t i = 0; i + 1 < p.segments.size(); ++i) traitPath.segments.push_back(cloneSegment(p.segments[i]));
  int32_t trait = resolveTraitPath(traitPath, false);
  if (trait < 0 || out_.traits[trait].std != StdTrait::None) return false;
  int32_t m = out_.traits[trait].findMethod(p.last());
  if (m < 0) return false;
  MethodPick pick = pickTraitDecl(T_.newVar(VarKind::Any), TraitRef{trait, freshVars(out_.traits[trait].typeParams.size()), {}, p.span}, m);
  const FnInfo& f = out_.fns[pick.fn];
  if (f.decl->self == SelfParam::None || pick.args.size() != 1 + out_.traits[trait].typeParams.size())
    fail(DiagCode::None, "`" + text(e.span) + "` used as a value is not supported yet (a closure calling it is)", e.span);
  FnValueShape shape;
  for (TypeId param : f.paramTypes) shape.params.push_back(T_.subst(param, f.typeParams, pick.args));
  shape.ret = T_.subst(f.ret, f.typeParams, pick.args);
  const Expr* call = methodCallChecked_;
  if (call && std::any_of(call->args.begin(), call->args.end(), [&](const ExprPtr& a) { return a.get() == &e; }))
    shape.boundAt = call->span;  // rustc reports the impl its Self lacks at the call it is given to
  requireValueSignatureFits(e, true, shape, expected);
  *type = checkAsClosure(e, shape, false, expected);
  return true;
}

// A std impl's function named as a value through its type (`Team::default`
// of a type deriving Default, `or_insert_with(Team::default)`): the closure
// calling it by its path, which the call runs as `Team::default()`.
bool Resolver::checkStdImplValue(Expr& e, TypeId self, TypeId expected, TypeId* type) {
  if (!hasStdImplFn(self, e.path.last())) return false;
  FnValueShape shape;
  shape.ret = self;
  requireValueSignatureFits(e, false, shape, expected);
  *type = checkAsClosure(e, shape, false, expected);
  return true;
}

// A generic function of the learner's named as a value (`.map(double::<i32>)`,
// `.for_each(show)`): as checkFnItem's value, of a type of its own per use,
// whose function is the instance its type arguments (given, or inferred from
// the bound it is passed for) choose, bound once the caller's types are
// known (bindPendingFnValues). Its bounds are required as a call's are.
TypeId Resolver::checkGenericFnValue(Expr& e, int32_t fn, TypeId expected) {
  const FnInfo& f = out_.fns[fn];
  if (f.selfType != kNoType || f.impl >= 0 || f.trait >= 0)
    fail(DiagCode::None, "a generic method used as a value is not supported yet", e.span);
  std::vector<TypeId> args = explicitOrFresh(e.path.segments.back(), f, 0);
  auto index = static_cast<int32_t>(out_.closures.size());
  out_.closures.emplace_back();
  ClosureInfo& c = out_.closures.back();
  c.expr = &e;
  c.fn = fn;
  c.fnItem = true;
  for (TypeId p : f.paramTypes) c.params.push_back(T_.subst(p, f.typeParams, args));
  c.ret = T_.subst(f.ret, f.typeParams, args);
  StructInfo item;
  item.name = "fn item {" + f.name + "}";  // named in full once its type arguments are known
  item.key = f.name + "#value" + std::to_string(index);
  item.closure = index;
  item.isCopy = item.isClone = true;
  c.structIndex = static_cast<int32_t>(T_.structs().size());
  T_.structs().push_back(item);
  e.resolvedKind = static_cast<uint8_t>(Resolved::UnitStruct);
  e.resolved = c.structIndex;
  for (size_t k = 0; k < f.typeParams.size(); ++k)
    for (TraitRef need : out_.paramBounds[T_.get(f.typeParams[k]).paramIndex].traits) {
      for (TypeId& a : need.args) a = T_.subst(a, f.typeParams, args);
      for (auto& binding : need.bindings) binding.second = T_.subst(binding.second, f.typeParams, args);
      requireTrait(args[k], need, e.span);
    }
  pendingFnValues_.push_back({index, fn, std::move(args)});
  TypeId type = T_.structType(e.resolved);
  requireSignatureFits(e, type, expected);
  return type;
}

// The generic functions named as values in the function just checked, now
// that their type arguments are known: each names its instance, which its
// calls run, and its type is named as rustc names it
// (`fn(i32) -> i32 {double::<i32>}`). A template's own stay unbound: it never runs.
void Resolver::bindPendingFnValues() {
  std::vector<PendingFnValue> values = std::move(pendingFnValues_);
  pendingFnValues_.clear();
  for (PendingFnValue& v : values) {
    ClosureInfo& c = out_.closures[v.closure];
    for (TypeId& a : v.args) a = normalize(T_.defaultDeep(a));
    std::string name = instanceName(out_.fns[v.fn], v.args);
    std::string typeText = "fn(";
    for (size_t i = 0; i < c.params.size(); ++i) typeText += (i ? ", " : "") + typeName(c.params[i]);
    typeText += ")" + (T_.resolve(c.ret) == T_.unit() ? std::string() : " -> " + typeName(c.ret)) + " {" + name + "}";
    T_.structs()[c.structIndex].name = typeText;
    if (fn_->isTemplate() || std::any_of(v.args.begin(), v.args.end(), [&](TypeId a) { return T_.containsParam(a); })) continue;
    out_.closures[v.closure].fn = instantiate(v.fn, v.args, c.expr->span);
  }
}

// The path e, its signature checked, as the closure calling it, named as
// rustc names the function's type: `fn(&String) -> usize {String::len}`.
TypeId Resolver::checkAsClosure(Expr& e, FnValueShape& shape, bool callsMethod, TypeId expected) {
  shape.fnName = text(e.span);
  shape.typeName = "fn(";
  for (size_t i = 0; i < shape.params.size(); ++i) shape.typeName += (i ? ", " : "") + typeName(shape.params[i]);
  shape.typeName += ")" + (T_.resolve(shape.ret) == T_.unit() ? std::string() : " -> " + typeName(shape.ret)) + " {" + shape.fnName + "}";
  // A #[track_caller] method called by its path (`Option::unwrap(None)`) panics at the call.
  Span methodName = shape.calledByPath ? e.span : e.path.segments.empty() ? e.span : e.path.segments.back().span;
  turnIntoClosure(e, callsMethod, shape.params.size(), methodName);
  if (shape.boundAt.end > 0) e.operand->nameSpan = shape.boundAt;  // the trait path call's obligation is reported there
  return checkClosure(e, expected, &shape);
}

// A bound such as `FnMut(&String) -> B` that the value is passed for: the
// argument types must be the function's (rustc's E0631 at the path), its
// result the bound's (E0271).
void Resolver::requireValueSignatureFits(const Expr& e, bool pickedByTrait, const FnValueShape& shape, TypeId expected) {
  std::vector<TypeId> params;
  TypeId ret = kNoType;
  if (!closureHint(expected, &params, &ret)) return;
  bool fits = params.size() == shape.params.size();
  for (size_t i = 0; fits && i < params.size(); ++i) fits = unify(shape.params[i], params[i]);
  if (!fits && pickedByTrait)
    fail(DiagCode::None, "`" + text(e.span) + "` used as a value on other arguments than these is not supported yet", e.span);
  if (!fits) fail(DiagCode::E0631, "type mismatch in function arguments", e.span, "expected due to this");
  if (ret != kNoType && !unify(shape.ret, ret))
    fail(DiagCode::E0271, "expected `" + text(e.span) + "` to be a fn item that returns `" + typeName(ret) + "`, but it returns `" +
                              typeName(shape.ret) + "`",
         e.span, "expected `" + typeName(ret) + "`, found `" + typeName(shape.ret) + "`");
}

// Rewrites the path expression e into `|x0, x1| x0.name(x1)` (Method) or
// `|x0, x1| path(x0, x1)`, every part at the path's span.
void Resolver::turnIntoClosure(Expr& e, bool callsMethod, size_t arity, Span methodName) {
  Span at = e.span;
  ExprPtr body;
  if (callsMethod) {
    body = exprAt(ExprKind::MethodCall, at);
    body->text = e.path.last();
    body->nameSpan = methodName;
    body->operand = pathExpr(parameterName(0), at);
    for (size_t i = 1; i < arity; ++i) body->args.push_back(pathExpr(parameterName(i), at));
    if (!e.path.segments.back().generics.empty()) body->methodGenerics.push_back(std::move(e.path.segments.back()));  // `str::parse::<i32>`
  } else {
    body = exprAt(ExprKind::Call, at);
    body->operand = exprAt(ExprKind::Path, at);
    body->operand->path = std::move(e.path);
    for (size_t i = 0; i < arity; ++i) body->args.push_back(pathExpr(parameterName(i), at));
  }
  e.path = Path{};
  e.kind = ExprKind::Closure;
  for (size_t i = 0; i < arity; ++i) {
    Param p;
    p.pattern = std::make_unique<Pattern>();
    p.pattern->kind = PatternKind::Binding;
    p.pattern->name = parameterName(i);
    p.pattern->span = at;
    p.span = at;
    e.closureParams.push_back(std::move(p));
  }
  e.operand = std::move(body);
}

}  // namespace sh
