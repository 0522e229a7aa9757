// Calls, methods and macros: where the program meets the standard library.
//
// A call resolves to a user function, a tuple-struct constructor, `Some`, or
// one of the builtins listed in check/builtins.h; a method call resolves, by
// the receiver's type after auto-deref, to a builtin method or to a method in
// an `impl` block. The resolver records how to reach the receiver (how many
// derefs, then by value, `&` or `&mut`) so the interpreter never searches.
#include <algorithm>

#include "check/resolver.h"

namespace sh {

namespace {

const char* kBuiltinFnPaths[] = {
#define SH_BUILTIN_FN_PATH(name, path) path,
    SH_BUILTIN_FNS(SH_BUILTIN_FN_PATH)
#undef SH_BUILTIN_FN_PATH
};

const char* kBuiltinMethodNames[] = {
#define SH_BUILTIN_METHOD_TEXT(name, text) text,
    SH_BUILTIN_METHODS(SH_BUILTIN_METHOD_TEXT)
#undef SH_BUILTIN_METHOD_TEXT
};

std::string joinPath(const Path& p) {
  std::string s;
  for (const PathSegment& seg : p.segments) s += (s.empty() ? "" : "::") + seg.name;
  return s;
}

std::string plural(size_t n, const char* what) { return std::to_string(n) + " " + what + (n == 1 ? "" : "s"); }

}  // namespace

const char* builtinFnPath(BuiltinFn f) { return kBuiltinFnPaths[static_cast<int>(f)]; }
const char* builtinMethodName(BuiltinMethod m) { return kBuiltinMethodNames[static_cast<int>(m)]; }

// `std::mem::swap`, `mem::swap` after `use std::mem;`, and bare `swap` after
// `use std::mem::swap;` all name the same builtin; `drop`, `size_of` and
// `Some` are in Rust's prelude.
bool Resolver::resolveBuiltinPath(const Path& p, BuiltinFn* out) const {
  std::string path = joinPath(p);
  if (path.rfind("core::", 0) == 0) path = "std::" + path.substr(6);
  if (path == "Option::Some") path = "Some";
  std::string uses;
  for (Span u : out_.ast->uses) uses += std::string(file_.slice(u)) + "\n";
  for (size_t i = 0; i < std::size(kBuiltinFnPaths); ++i) {
    std::string full = kBuiltinFnPaths[i];
    bool match = path == full;
    if (!match && full.rfind("std::mem::", 0) == 0) {
      std::string name = full.substr(10);
      bool memImported = uses.find("std::mem;") != std::string::npos || uses.find("std::mem::{self") != std::string::npos;
      bool nameImported = uses.find("mem::" + name) != std::string::npos || uses.find("mem::*") != std::string::npos ||
                          (uses.find("mem::{") != std::string::npos && uses.find(name) != std::string::npos);
      match = (path == "mem::" + name && memImported) || (path == name && (nameImported || name == "size_of" || name == "drop"));
    }
    if (match) {
      *out = static_cast<BuiltinFn>(i);
      return true;
    }
  }
  return false;
}

void Resolver::checkArgCount(const Expr& e, size_t expected, size_t given, const std::string& what) {
  if (expected == given) return;
  Span at = e.kind == ExprKind::MethodCall ? e.nameSpan : e.operand->span;
  fail("E0061", "this " + what + " takes " + plural(expected, "argument") + " but " + plural(given, "argument") +
                    (given == 1 ? " was" : " were") + " supplied",
       at);
}

TypeId Resolver::checkCall(Expr& e, TypeId expected) {
  Expr& callee = *e.operand;
  if (callee.kind != ExprKind::Path) fail("", "calling this kind of expression is not supported yet", callee.span);
  fnExprs_.push_back(&callee);
  const Path& p = callee.path;
  std::string name = joinPath(p);
  if (p.segments.size() == 1 && lookupLocal(name) >= 0)
    fail("E0618", "expected function, found `" + typeName(fn_->locals[lookupLocal(name)].type) + "`", callee.span);
  if (p.segments.size() == 2 && p.segments[0].name == "Self" && !currentImpl_.empty())
    name = currentImpl_ + "::" + p.segments[1].name;
  auto user = fnByName_.find(name);
  if (user != fnByName_.end()) {
    e.resolvedKind = static_cast<uint8_t>(Resolved::UserFn);
    e.resolved = user->second;
    return checkUserCall(e, user->second, 0, out_.fns[user->second].paramTypes);
  }
  int32_t s = p.segments.size() == 1 ? T_.findStruct(name) : -1;
  if (s >= 0 && T_.structs()[s].isTuple) {
    e.resolvedKind = static_cast<uint8_t>(Resolved::TupleStruct);
    e.resolved = s;
    auto fields = T_.structs()[s].fields;
    checkArgCount(e, fields.size(), e.args.size(), "struct");
    for (size_t i = 0; i < fields.size(); ++i) coerce(*e.args[i], checkExpr(*e.args[i], fields[i].second), fields[i].second);
    return T_.structType(s);
  }
  BuiltinFn builtin;
  if (resolveBuiltinPath(p, &builtin)) {
    e.resolvedKind = static_cast<uint8_t>(Resolved::Builtin);
    e.resolved = static_cast<int32_t>(builtin);
    return checkBuiltinCall(e, builtin, expected);
  }
  if (p.segments.size() >= 2) {
    std::string owner = p.segments[p.segments.size() - 2].name;
    if (T_.findStruct(owner) >= 0 || owner == "String" || owner == "Vec" || owner == "Box")
      fail("E0599", "no function or associated item named `" + p.last() + "` found for struct `" + owner +
                        "` in the current scope",
           p.segments.back().span, "function or associated item not found in `" + owner + "`");
    fail("E0433", "failed to resolve: use of undeclared type `" + owner + "`", p.segments[p.segments.size() - 2].span,
         "use of undeclared type `" + owner + "`");
  }
  fail("E0425", "cannot find function `" + name + "` in this scope", callee.span, "not found in this scope");
}

TypeId Resolver::checkUserCall(Expr& e, int32_t fn, size_t firstArg, std::vector<TypeId> params) {
  std::vector<TypeId> rest(params.begin() + static_cast<long>(firstArg), params.end());
  checkArgCount(e, rest.size(), e.args.size(), e.kind == ExprKind::MethodCall ? "method" : "function");
  for (size_t i = 0; i < rest.size(); ++i) coerce(*e.args[i], checkExpr(*e.args[i], rest[i]), rest[i]);
  return out_.fns[fn].ret;
}

TypeId Resolver::checkBuiltinCall(Expr& e, BuiltinFn f, TypeId expected) {
  const Path& p = e.operand->path;
  // The one type argument a generic builtin may be given: `Vec::<u8>::new()`, `size_of::<T>()`.
  TypeId given = kNoType;
  for (const PathSegment& seg : p.segments)
    if (!seg.generics.empty()) given = lowerType(*seg.generics[0]);
  TypeId t = given != kNoType ? given : T_.newVar(VarKind::Any);
  auto args = [&](std::vector<TypeId> types) {
    checkArgCount(e, types.size(), e.args.size(), "function");
    for (size_t i = 0; i < types.size(); ++i) coerce(*e.args[i], checkExpr(*e.args[i], types[i]), types[i]);
  };
  auto hinted = [&](TypeKind k) {  // the element type the context expects, as in `let v: Vec<u8> = Vec::new();`
    if (given == kNoType && expected != kNoType && T_.get(T_.resolve(expected)).kind == k)
      t = T_.get(T_.resolve(expected)).args[0];
  };
  switch (f) {
    case BuiltinFn::StringNew: args({}); return T_.stringType();
    case BuiltinFn::StringFrom: args({T_.strRef()}); return T_.stringType();
    case BuiltinFn::StringWithCapacity: args({T_.usize()}); return T_.stringType();
    case BuiltinFn::VecNew: hinted(TypeKind::Vec); args({}); return T_.vecOf(t);
    case BuiltinFn::VecWithCapacity: hinted(TypeKind::Vec); args({T_.usize()}); return T_.vecOf(t);
    case BuiltinFn::BoxNew: hinted(TypeKind::Box); args({t}); return T_.boxOf(t);
    case BuiltinFn::BoxLeak: args({T_.boxOf(t)}); return T_.refTo(t, true);
    case BuiltinFn::Drop: case BuiltinFn::MemDrop: case BuiltinFn::MemForget: args({t}); return T_.unit();
    case BuiltinFn::MemSwap: args({T_.refTo(t, true), T_.refTo(t, true)}); return T_.unit();
    case BuiltinFn::MemReplace: args({T_.refTo(t, true), t}); return t;
    case BuiltinFn::MemTake: args({T_.refTo(t, true)}); return t;
    case BuiltinFn::SizeOf:
      if (given == kNoType) fail("E0282", "type annotations needed", e.operand->span, "cannot infer type of the type parameter `T`");
      args({});
      e.operand->type = given;  // the interpreter reads T from the callee path
      return T_.usize();
    case BuiltinFn::Some: hinted(TypeKind::Option); args({t}); return T_.optionOf(t);
  }
  return T_.error();
}

TypeId Resolver::checkMethodCall(Expr& e, TypeId expected) {
  TypeId receiver = checkExpr(*e.operand);
  int derefs = 0;
  TypeId t = stripRefs(receiver, &derefs);
  const Type& ty = T_.get(t);
  if (ty.kind == TypeKind::Var && ty.varKind != VarKind::Any) {
    static const char* numeric[] = {"abs", "pow", "min", "max", "to_string", "clone"};
    std::string kind = ty.varKind == VarKind::Integer ? "{integer}" : "{float}";
    if (std::find(std::begin(numeric), std::end(numeric), e.text) != std::end(numeric))
      fail("E0689", "can't call method `" + e.text + "` on ambiguous numeric type `" + kind + "`", e.nameSpan);
    fail("E0599", "no method named `" + e.text + "` found for type `" + kind + "` in the current scope", e.nameSpan,
         "method not found in `" + kind + "`");
  }
  if (ty.kind == TypeKind::Var)
    fail("E0282", "type annotations needed", e.operand->span, "type must be known at this point");
  if (ty.kind == TypeKind::Struct) {
    auto user = fnByName_.find(T_.structs()[ty.structIndex].name + "::" + e.text);
    if (user != fnByName_.end()) {
      const FnInfo& fn = out_.fns[user->second];
      if (fn.decl->self == SelfParam::None)
        fail("E0599", "no method named `" + e.text + "` found for struct `" + typeName(t) + "` in the current scope",
             e.nameSpan, "this is an associated function, not a method");
      e.resolvedKind = static_cast<uint8_t>(Resolved::UserFn);
      e.resolved = user->second;
      e.derefs = static_cast<uint8_t>(derefs);
      e.receiverMode = fn.decl->self == SelfParam::Ref ? 1 : fn.decl->self == SelfParam::RefMut ? 2 : 0;
      if (e.receiverMode == 2) requireMutablePlace(*e.operand, e.operand->span, "borrow");
      return checkUserCall(e, user->second, 1, fn.paramTypes);
    }
  }
  BuiltinMethod which;
  TypeId result = checkBuiltinMethod(e, t, &which);
  e.resolvedKind = static_cast<uint8_t>(Resolved::Method);
  e.resolved = static_cast<int32_t>(which);
  e.derefs = static_cast<uint8_t>(derefs);
  (void)expected;
  return result;
}

// Types one builtin method call on a receiver of (auto-dereferenced) type `t`.
TypeId Resolver::checkBuiltinMethod(Expr& e, TypeId t, BuiltinMethod* which) {
  const Type ty = T_.get(t);
  const std::string& name = e.text;
  TypeId elem = ty.args.empty() ? kNoType : ty.args[0];
  enum Mode : uint8_t { ByValue, ByRef, ByMut };
  auto method = [&](BuiltinMethod m, Mode mode, std::vector<TypeId> params, TypeId ret) {
    *which = m;
    e.receiverMode = mode;
    if (mode == ByMut) requireMutablePlace(*e.operand, e.operand->span, "borrow");
    checkArgCount(e, params.size(), e.args.size(), "method");
    for (size_t i = 0; i < params.size(); ++i) coerce(*e.args[i], checkExpr(*e.args[i], params[i]), params[i]);
    return ret;
  };
  TypeId usize = T_.usize();
  bool cloneable = ty.kind != TypeKind::Struct || T_.structs()[ty.structIndex].isClone;
  switch (ty.kind) {
    case TypeKind::Vec:
      if (name == "push") return method(BuiltinMethod::VecPush, ByMut, {elem}, T_.unit());
      if (name == "pop") return method(BuiltinMethod::VecPop, ByMut, {}, T_.optionOf(elem));
      if (name == "len") return method(BuiltinMethod::VecLen, ByRef, {}, usize);
      if (name == "capacity") return method(BuiltinMethod::VecCapacity, ByRef, {}, usize);
      if (name == "is_empty") return method(BuiltinMethod::VecIsEmpty, ByRef, {}, T_.boolType());
      if (name == "clear") return method(BuiltinMethod::VecClear, ByMut, {}, T_.unit());
      if (name == "truncate") return method(BuiltinMethod::VecTruncate, ByMut, {usize}, T_.unit());
      if (name == "insert") return method(BuiltinMethod::VecInsert, ByMut, {usize, elem}, T_.unit());
      if (name == "remove") return method(BuiltinMethod::VecRemove, ByMut, {usize}, elem);
      if (name == "reserve") return method(BuiltinMethod::VecReserve, ByMut, {usize}, T_.unit());
      if (name == "shrink_to_fit") return method(BuiltinMethod::VecShrinkToFit, ByMut, {}, T_.unit());
      if (name == "get") return method(BuiltinMethod::VecGet, ByRef, {usize}, T_.optionOf(T_.refTo(elem, false)));
      if (name == "contains") return method(BuiltinMethod::VecContains, ByRef, {T_.refTo(elem, false)}, T_.boolType());
      if (name == "first") return method(BuiltinMethod::VecFirst, ByRef, {}, T_.optionOf(T_.refTo(elem, false)));
      if (name == "last") return method(BuiltinMethod::VecLast, ByRef, {}, T_.optionOf(T_.refTo(elem, false)));
      if (name == "iter") return method(BuiltinMethod::VecIter, ByRef, {}, T_.refTo(elem, false));
      if (name == "extend_from_slice")
        return method(BuiltinMethod::VecExtendFromSlice, ByMut, {T_.refTo(T_.sliceOf(elem), false)}, T_.unit());
      break;
    case TypeKind::String:
      if (name == "push") return method(BuiltinMethod::StringPush, ByMut, {T_.charType()}, T_.unit());
      if (name == "push_str") return method(BuiltinMethod::StringPushStr, ByMut, {T_.strRef()}, T_.unit());
      if (name == "len") return method(BuiltinMethod::StringLen, ByRef, {}, usize);
      if (name == "capacity") return method(BuiltinMethod::StringCapacity, ByRef, {}, usize);
      if (name == "is_empty") return method(BuiltinMethod::StringIsEmpty, ByRef, {}, T_.boolType());
      if (name == "as_str") return method(BuiltinMethod::StringAsStr, ByRef, {}, T_.strRef());
      if (name == "clear") return method(BuiltinMethod::StringClear, ByMut, {}, T_.unit());
      if (name == "reserve") return method(BuiltinMethod::StringReserve, ByMut, {usize}, T_.unit());
      if (name == "shrink_to_fit") return method(BuiltinMethod::StringShrinkToFit, ByMut, {}, T_.unit());
      if (name == "chars") return method(BuiltinMethod::StrChars, ByRef, {}, T_.charType());
      if (name == "to_string") return method(BuiltinMethod::Clone, ByRef, {}, T_.stringType());
      break;
    case TypeKind::Str:
      if (name == "len") return method(BuiltinMethod::StrLen, ByRef, {}, usize);
      if (name == "is_empty") return method(BuiltinMethod::StrIsEmpty, ByRef, {}, T_.boolType());
      if (name == "to_string" || name == "to_owned") return method(BuiltinMethod::StrToString, ByRef, {}, T_.stringType());
      if (name == "chars") return method(BuiltinMethod::StrChars, ByRef, {}, T_.charType());
      break;
    case TypeKind::Option:
      if (name == "unwrap") return method(BuiltinMethod::OptionUnwrap, ByValue, {}, elem);
      if (name == "is_some") return method(BuiltinMethod::OptionIsSome, ByRef, {}, T_.boolType());
      if (name == "is_none") return method(BuiltinMethod::OptionIsNone, ByRef, {}, T_.boolType());
      break;
    case TypeKind::Int:
      if (name == "abs" && intKindSigned(ty.intKind)) return method(BuiltinMethod::IntAbs, ByValue, {}, t);
      if (name == "pow") return method(BuiltinMethod::IntPow, ByValue, {T_.intType(IntKind::U32)}, t);
      if (name == "min") return method(BuiltinMethod::IntMin, ByValue, {t}, t);
      if (name == "max") return method(BuiltinMethod::IntMax, ByValue, {t}, t);
      if (name == "to_string") return method(BuiltinMethod::ToStringOf, ByRef, {}, T_.stringType());
      break;
    case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char:
      if (name == "to_string") return method(BuiltinMethod::ToStringOf, ByRef, {}, T_.stringType());
      break;
    default: break;
  }
  if (name == "clone" && cloneable && ty.kind != TypeKind::Str && ty.kind != TypeKind::Slice)
    return method(BuiltinMethod::Clone, ByRef, {}, t);
  std::string kind = ty.kind == TypeKind::Struct ? "struct `" + typeName(t) + "`"
                     : ty.kind == TypeKind::Int || ty.kind == TypeKind::Float || ty.kind == TypeKind::Bool || ty.kind == TypeKind::Char
                         ? "type `" + typeName(t) + "`"
                         : ty.kind == TypeKind::Option ? "enum `" + typeName(t) + "`" : "struct `" + typeName(t) + "`";
  if (ty.kind == TypeKind::Ref || ty.kind == TypeKind::Str || ty.kind == TypeKind::Slice || ty.kind == TypeKind::Tuple || ty.kind == TypeKind::Array)
    kind = "reference `" + typeName(e.operand->type) + "`";
  fail("E0599", "no method named `" + name + "` found for " + kind + " in the current scope", e.nameSpan,
       "method not found in `" + typeName(t) + "`");
}

}  // namespace sh

namespace sh {

// ---------------------------------------------------------------- macros

TypeId Resolver::checkMacro(Expr& e, TypeId expected) {
  const std::string& m = e.text;
  if (m == "vec") {
    TypeId elem = T_.newVar(VarKind::Any);
    if (expected != kNoType && T_.get(T_.resolve(expected)).kind == TypeKind::Vec) elem = T_.get(T_.resolve(expected)).args[0];
    if (e.macroRepeat) {
      coerce(*e.args[0], checkExpr(*e.args[0], elem), elem);
      coerce(*e.args[1], checkExpr(*e.args[1], T_.usize()), T_.usize());
      if (!T_.isCopy(elem) && !(T_.get(T_.resolve(elem)).kind == TypeKind::Struct && T_.structs()[T_.get(T_.resolve(elem)).structIndex].isClone) &&
          T_.get(T_.resolve(elem)).kind == TypeKind::Struct)
        fail("E0277", "the trait bound `" + typeName(elem) + ": Clone` is not satisfied", e.args[0]->span,
             "the trait `Clone` is not implemented for `" + typeName(elem) + "`");
    } else {
      for (auto& a : e.args) coerce(*a, checkExpr(*a, elem), elem);
    }
    return T_.vecOf(elem);
  }
  if (m == "println" || m == "print" || m == "eprintln" || m == "eprint" || m == "format" || m == "panic" ||
      m == "unreachable" || m == "todo" || m == "unimplemented") {
    checkFormat(e, 0, m);
    if (m == "format") return T_.stringType();
    if (m == "println" || m == "print" || m == "eprintln" || m == "eprint") return T_.unit();
    return T_.never();
  }
  if (m == "assert") {
    if (e.args.empty()) fail("", "macro requires a boolean expression as an argument", e.span, "boolean expression required");
    coerce(*e.args[0], checkExpr(*e.args[0], T_.boolType()), T_.boolType());
    checkFormat(e, 1, m);
    return T_.unit();
  }
  if (m == "assert_eq" || m == "assert_ne") {
    if (e.args.size() < 2) fail("", "unexpected end of macro invocation", e.span, "missing tokens in macro arguments");
    TypeId a = checkExpr(*e.args[0]);
    TypeId b = checkExpr(*e.args[1], a);
    if (!unify(a, b)) mismatch(e.args[1]->span, a, b);
    checkFormat(e, 2, m);
    return T_.unit();
  }
  fail("", "the `" + m + "!` macro is not supported yet", e.nameSpan.empty() ? e.span : e.nameSpan);
}

// Checks the format string at args[fmtIndex] (if any) and the arguments after
// it, resolving inline captures like `{name}` to locals in scope.
void Resolver::checkFormat(Expr& e, size_t fmtIndex, const std::string& macro) {
  CheckedFormat f;
  f.macro = macro;
  e.resolvedKind = static_cast<uint8_t>(Resolved::Format);
  e.resolved = static_cast<int32_t>(out_.formats.size());
  if (e.args.size() <= fmtIndex) {
    out_.formats.push_back(std::move(f));
    return;
  }
  Expr& fmt = *e.args[fmtIndex];
  if (fmt.kind != ExprKind::StrLit)
    fail("", "format argument must be a string literal", fmt.span);
  f.formatString = &fmt;
  fnExprs_.push_back(&fmt);
  fmt.type = T_.strRef();
  f.pieces = parseFormatString(fmt.text, file_.slice(fmt.span), fmt.span);
  std::vector<FormatArg> given;
  for (size_t i = fmtIndex + 1; i < e.args.size(); ++i) {
    Expr& a = *e.args[i];
    FormatArg fa;
    Expr* value = &a;
    if (a.kind == ExprKind::Assign && a.lhs->kind == ExprKind::Path && a.lhs->path.isSingle()) {
      fa.name = a.lhs->path.last();
      value = a.rhs.get();
    }
    fa.span = value->span;
    fa.wholeSpan = a.span;
    given.push_back(fa);
    CheckedFormatArg ca;
    ca.expr = value;
    ca.span = value->span;
    ca.type = checkExpr(*value);
    f.args.push_back(ca);
  }
  std::vector<Diagnostic> problems = checkFormatArguments(f.pieces, fmt.span, given);
  if (!problems.empty()) throw CompileError(problems.front());
  // Inline captures become extra arguments naming a local.
  auto capture = [&](FormatArgRef& ref) {
    if (ref.kind != FormatArgRef::Kind::Name) return;
    int32_t local = lookupLocal(ref.name);
    if (local < 0) fail("E0425", "cannot find value `" + ref.name + "` in this scope", ref.span, "not found in this scope");
    CheckedFormatArg ca;
    ca.local = local;
    ca.span = ref.span;
    ca.type = fn_->locals[local].type;
    ref.kind = FormatArgRef::Kind::Index;
    ref.index = f.args.size();
    f.args.push_back(ca);
  };
  for (FormatPiece& piece : f.pieces) {
    if (!piece.placeholder) continue;
    capture(piece.placeholder->argument);
    if (piece.placeholder->widthArg) capture(*piece.placeholder->widthArg);
    if (piece.placeholder->precisionArg) capture(*piece.placeholder->precisionArg);
  }
  out_.formats.push_back(std::move(f));
}

}  // namespace sh

namespace sh {

// Whether a value of type t can be printed with the given trait: `{}` needs
// Display, `{:?}` Debug (structs only with #[derive(Debug)]), `{:x}` an
// integer, `{:p}` a pointer.
bool Resolver::implementsFormat(TypeId id, FormatTrait trait) const {
  const Type& t = T_.get(T_.resolve(id));
  if (t.kind == TypeKind::Error || t.kind == TypeKind::Never) return true;
  if (trait == FormatTrait::Pointer) return t.kind == TypeKind::Ref || t.kind == TypeKind::Box;
  if (t.kind == TypeKind::Ref || t.kind == TypeKind::Box) return implementsFormat(t.args[0], trait);
  switch (trait) {
    case FormatTrait::Display:
      return t.kind == TypeKind::Int || t.kind == TypeKind::Float || t.kind == TypeKind::Bool || t.kind == TypeKind::Char ||
             t.kind == TypeKind::Str || t.kind == TypeKind::String;
    case FormatTrait::LowerHex: case FormatTrait::UpperHex: case FormatTrait::Octal: case FormatTrait::Binary:
      return t.kind == TypeKind::Int;
    case FormatTrait::LowerExp: case FormatTrait::UpperExp:
      return t.kind == TypeKind::Int || t.kind == TypeKind::Float;
    case FormatTrait::Pointer: return false;
    case FormatTrait::Debug:
      switch (t.kind) {
        case TypeKind::Struct: {
          const StructInfo& s = T_.structs()[t.structIndex];
          if (!s.isDebug) return false;
          return std::all_of(s.fields.begin(), s.fields.end(), [&](const auto& f) { return implementsFormat(f.second, trait); });
        }
        case TypeKind::Tuple:
          return std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return implementsFormat(a, trait); });
        case TypeKind::Vec: case TypeKind::Option: case TypeKind::Array: case TypeKind::Slice: case TypeKind::Range:
          return implementsFormat(t.args[0], trait);
        default: return true;
      }
  }
  return false;
}

void Resolver::checkFormatTraits(size_t firstFormat) {
  for (size_t i = firstFormat; i < out_.formats.size(); ++i) {
    const CheckedFormat& f = out_.formats[i];
    for (const FormatPiece& piece : f.pieces) {
      if (!piece.placeholder) continue;
      const FormatPlaceholder& ph = *piece.placeholder;
      const CheckedFormatArg& arg = f.args[ph.argument.index];
      if (implementsFormat(arg.type, ph.spec.trait)) continue;
      std::string name = typeName(arg.type);
      if (ph.spec.trait == FormatTrait::Debug)
        fail("E0277", "`" + name + "` doesn't implement `Debug`", arg.span, "`" + name + "` cannot be formatted using `{:?}`");
      if (ph.spec.trait == FormatTrait::Display)
        fail("E0277", "`" + name + "` doesn't implement `std::fmt::Display`", arg.span,
             "`" + name + "` cannot be formatted with the default formatter");
      fail("E0277", "the trait bound `" + name + "` is not satisfied for this format", arg.span);
    }
  }
}

}  // namespace sh
