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
    for (const char* module : {"mem", "io"}) {
      std::string prefix = std::string("std::") + module + "::";
      if (match || full.rfind(prefix, 0) != 0) continue;
      std::string name = full.substr(prefix.size()), m = module;
      bool moduleImported = uses.find("std::" + m + ";") != std::string::npos || uses.find("std::" + m + "::{self") != std::string::npos;
      bool nameImported = uses.find(m + "::" + name) != std::string::npos || uses.find(m + "::*") != std::string::npos ||
                          (uses.find(m + "::{") != std::string::npos && uses.find(name) != std::string::npos);
      bool inPrelude = name == "size_of" || name == "size_of_val" || name == "align_of" || name == "drop";
      match = (path == m + "::" + name && moduleImported) || (path == name && (nameImported || inPrelude));
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
    case BuiltinFn::AlignOf:
      if (given == kNoType) fail("E0282", "type annotations needed", e.operand->span, "cannot infer type of the type parameter `T`");
      args({});
      e.operand->type = given;
      return T_.usize();
    case BuiltinFn::SizeOfVal: args({T_.refTo(t, false)}); return T_.usize();
    case BuiltinFn::IoStdin: args({}); return T_.stdinType();
    case BuiltinFn::Some: hinted(TypeKind::Option); args({t}); return T_.optionOf(t);
  }
  return T_.error();
}

// A `&mut self` method needs a mutable receiver: a `mut` binding, or, when
// the receiver is reached through a reference, a `&mut` one.
void Resolver::requireMutableReceiver(const Expr& call) {
  const Expr& receiver = *call.operand;
  if (call.derefs == 0) {
    requireMutablePlace(receiver, receiver.span, "borrow");
    return;
  }
  const Type t = T_.get(T_.resolve(receiver.type));
  if (t.kind == TypeKind::Box) {
    requireMutablePlace(receiver, receiver.span, "borrow");
    return;
  }
  if (t.kind == TypeKind::Ref && !t.isMut) {
    std::string what = text(receiver.span);
    fail("E0596", "cannot borrow `*" + what + "` as mutable, as it is behind a `&` reference", receiver.span,
         "`" + what + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable");
  }
}

TypeId Resolver::checkMethodCall(Expr& e, TypeId expected) {
  TypeId receiver = checkExpr(*e.operand);
  int derefs = 0;
  TypeId t = stripRefs(receiver, &derefs);
  if (T_.get(t).kind == TypeKind::Var && T_.get(t).varKind != VarKind::Any && (e.text == "to_string" || e.text == "clone")) {
    // A trait method on `{integer}` falls back to i32 (`{float}` to f64), as in rustc.
    T_.bindVar(t, T_.get(t).varKind == VarKind::Integer ? T_.intType(IntKind::I32) : T_.f64Type());
    t = T_.resolve(t);
  }
  const Type ty = T_.get(t);
  if (ty.kind == TypeKind::Var && ty.varKind != VarKind::Any) {
    static const char* numeric[] = {"abs", "pow", "min", "max"};
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
      if (e.receiverMode == 2) requireMutableReceiver(e);
      return checkUserCall(e, user->second, 1, fn.paramTypes);
    }
  }
  if (e.text == "as_ptr" || e.text == "as_mut_ptr")
    fail("", "raw pointers (`" + e.text + "`) are not supported yet: the diagram shows every pointer's address instead",
         e.nameSpan);
  BuiltinMethod which;
  if (e.text == "clone" && derefs > 0) {
    // Clone is found on the first type of the auto-deref chain that has it: a
    // Box clones as a Box, a reference clones what it points at.
    int refs = 0;
    TypeId r = T_.resolve(receiver);
    while (T_.get(r).kind == TypeKind::Ref) {
      r = T_.resolve(T_.get(r).args[0]);
      ++refs;
    }
    t = r;
    derefs = refs;
  }
  e.derefs = static_cast<uint8_t>(derefs);
  TypeId result = checkBuiltinMethod(e, t, &which, expected);
  e.resolvedKind = static_cast<uint8_t>(Resolved::Method);
  e.resolved = static_cast<int32_t>(which);
  return result;
}

// Types one builtin method call on a receiver of (auto-dereferenced) type `t`.
TypeId Resolver::checkBuiltinMethod(Expr& e, TypeId t, BuiltinMethod* which, TypeId expected) {
  const Type ty = T_.get(t);
  const std::string& name = e.text;
  TypeId elem = ty.args.empty() ? kNoType : ty.args[0];
  enum Mode : uint8_t { ByValue, ByRef, ByMut };
  auto method = [&](BuiltinMethod m, Mode mode, std::vector<TypeId> params, TypeId ret) {
    *which = m;
    e.receiverMode = mode;
    if (mode == ByMut) requireMutableReceiver(e);
    checkArgCount(e, params.size(), e.args.size(), "method");
    for (size_t i = 0; i < params.size(); ++i) coerce(*e.args[i], checkExpr(*e.args[i], params[i]), params[i]);
    return ret;
  };
  TypeId usize = T_.usize();
  bool cloneable = ty.kind != TypeKind::Struct || T_.structs()[ty.structIndex].isClone;
  auto iter = [&](TypeId item) {
    Type it;
    it.kind = TypeKind::Iter;
    it.args = {item};
    return T_.intern(it);
  };
  bool sequence = ty.kind == TypeKind::Vec || ty.kind == TypeKind::Array || ty.kind == TypeKind::Slice;
  bool text = ty.kind == TypeKind::String || ty.kind == TypeKind::Str;
  TypeId optRefElem = elem == kNoType ? kNoType : T_.optionOf(T_.refTo(elem, false));
  TypeId pattern = kNoType;  // contains/starts_with/ends_with take a &str or a char
  auto textPattern = [&]() {
    pattern = T_.newVar(VarKind::Any);
    return pattern;
  };
  auto checkPattern = [&](TypeId result) {
    TypeId p = T_.resolveDeep(pattern);
    bool ok = p == T_.charType() || p == T_.strRef() || p == T_.refTo(T_.stringType(), false);
    if (!ok) fail("E0277", "the trait bound `" + typeName(p) + ": Pattern` is not satisfied", e.args[0]->span,
                  "the trait `Pattern` is not implemented for `" + typeName(p) + "`");
    return result;
  };
  if (sequence) {
    if (ty.kind == TypeKind::Vec) {
      if (name == "push") return method(BuiltinMethod::VecPush, ByMut, {elem}, T_.unit());
      if (name == "pop") return method(BuiltinMethod::VecPop, ByMut, {}, T_.optionOf(elem));
      if (name == "capacity") return method(BuiltinMethod::VecCapacity, ByRef, {}, usize);
      if (name == "clear") return method(BuiltinMethod::VecClear, ByMut, {}, T_.unit());
      if (name == "truncate") return method(BuiltinMethod::VecTruncate, ByMut, {usize}, T_.unit());
      if (name == "insert") return method(BuiltinMethod::VecInsert, ByMut, {usize, elem}, T_.unit());
      if (name == "remove") return method(BuiltinMethod::VecRemove, ByMut, {usize}, elem);
      if (name == "reserve") return method(BuiltinMethod::VecReserve, ByMut, {usize}, T_.unit());
      if (name == "reserve_exact") return method(BuiltinMethod::VecReserveExact, ByMut, {usize}, T_.unit());
      if (name == "shrink_to_fit") return method(BuiltinMethod::VecShrinkToFit, ByMut, {}, T_.unit());
      if (name == "dedup") return method(BuiltinMethod::VecDedup, ByMut, {}, T_.unit());
      if (name == "extend_from_slice")
        return method(BuiltinMethod::VecExtendFromSlice, ByMut, {T_.refTo(T_.sliceOf(elem), false)}, T_.unit());
    }
    if (name == "len") return method(BuiltinMethod::VecLen, ByRef, {}, usize);
    if (name == "is_empty") return method(BuiltinMethod::VecIsEmpty, ByRef, {}, T_.boolType());
    if (name == "get") return method(BuiltinMethod::VecGet, ByRef, {usize}, optRefElem);
    if (name == "get_mut") return method(BuiltinMethod::VecGetMut, ByMut, {usize}, T_.optionOf(T_.refTo(elem, true)));
    if (name == "contains") return method(BuiltinMethod::VecContains, ByRef, {T_.refTo(elem, false)}, T_.boolType());
    if (name == "first") return method(BuiltinMethod::VecFirst, ByRef, {}, optRefElem);
    if (name == "last") return method(BuiltinMethod::VecLast, ByRef, {}, optRefElem);
    if (name == "first_mut") return method(BuiltinMethod::VecFirstMut, ByMut, {}, T_.optionOf(T_.refTo(elem, true)));
    if (name == "last_mut") return method(BuiltinMethod::VecLastMut, ByMut, {}, T_.optionOf(T_.refTo(elem, true)));
    if (name == "iter") return method(BuiltinMethod::VecIter, ByRef, {}, iter(T_.refTo(elem, false)));
    if (name == "iter_mut") return method(BuiltinMethod::VecIterMut, ByMut, {}, iter(T_.refTo(elem, true)));
    if (name == "sort" || name == "sort_unstable") return method(BuiltinMethod::VecSort, ByMut, {}, T_.unit());
    if (name == "reverse") return method(BuiltinMethod::VecReverse, ByMut, {}, T_.unit());
    if (name == "swap") return method(BuiltinMethod::VecSwap, ByMut, {usize, usize}, T_.unit());
    if (name == "join") {
      TypeId e0 = T_.resolveDeep(elem);
      if (e0 == T_.stringType() || e0 == T_.strRef())
        return method(BuiltinMethod::VecJoin, ByRef, {T_.strRef()}, T_.stringType());
    }
  }
  if (text) {
    if (ty.kind == TypeKind::String) {
      if (name == "push") return method(BuiltinMethod::StringPush, ByMut, {T_.charType()}, T_.unit());
      if (name == "push_str") return method(BuiltinMethod::StringPushStr, ByMut, {T_.strRef()}, T_.unit());
      if (name == "capacity") return method(BuiltinMethod::StringCapacity, ByRef, {}, usize);
      if (name == "as_str") return method(BuiltinMethod::StringAsStr, ByRef, {}, T_.strRef());
      if (name == "clear") return method(BuiltinMethod::StringClear, ByMut, {}, T_.unit());
      if (name == "reserve") return method(BuiltinMethod::StringReserve, ByMut, {usize}, T_.unit());
      if (name == "shrink_to_fit") return method(BuiltinMethod::StringShrinkToFit, ByMut, {}, T_.unit());
      if (name == "insert") return method(BuiltinMethod::StringInsert, ByMut, {usize, T_.charType()}, T_.unit());
      if (name == "pop") return method(BuiltinMethod::StringPop, ByMut, {}, T_.optionOf(T_.charType()));
      if (name == "remove") return method(BuiltinMethod::StringRemove, ByMut, {usize}, T_.charType());
      if (name == "to_string") return method(BuiltinMethod::Clone, ByRef, {}, T_.stringType());
    }
    if (name == "len") return method(BuiltinMethod::StrLen, ByRef, {}, usize);
    if (name == "is_empty") return method(BuiltinMethod::StrIsEmpty, ByRef, {}, T_.boolType());
    if ((name == "to_string" || name == "to_owned") && ty.kind == TypeKind::Str)
      return method(BuiltinMethod::StrToString, ByRef, {}, T_.stringType());
    if (name == "chars") return method(BuiltinMethod::StrChars, ByRef, {}, iter(T_.charType()));
    if (name == "bytes") return method(BuiltinMethod::StrBytes, ByRef, {}, iter(T_.intType(IntKind::U8)));
    if (name == "split_whitespace") return method(BuiltinMethod::StrSplitWhitespace, ByRef, {}, iter(T_.strRef()));
    if (name == "trim") return method(BuiltinMethod::StrTrim, ByRef, {}, T_.strRef());
    if (name == "as_bytes") return method(BuiltinMethod::StrAsBytes, ByRef, {}, T_.refTo(T_.sliceOf(T_.intType(IntKind::U8)), false));
    if (name == "parse") {
      // parse::<T>(): T from the turbofish, or inferred later (`let n: i32 = s.parse().unwrap();`).
      TypeId target = !e.methodGenerics.empty() && !e.methodGenerics[0].generics.empty()
                          ? lowerType(*e.methodGenerics[0].generics[0])
                          : T_.newVar(VarKind::Any);
      parseTargets_.push_back({&e, target});
      return method(BuiltinMethod::StrParse, ByRef, {}, T_.resultOf(target, false));
    }
    if (name == "to_uppercase") return method(BuiltinMethod::StrToUppercase, ByRef, {}, T_.stringType());
    if (name == "to_lowercase") return method(BuiltinMethod::StrToLowercase, ByRef, {}, T_.stringType());
    if (name == "replace") return method(BuiltinMethod::StrReplace, ByRef, {T_.strRef(), T_.strRef()}, T_.stringType());
    if (name == "contains") return checkPattern(method(BuiltinMethod::StrContains, ByRef, {textPattern()}, T_.boolType()));
    if (name == "starts_with") return checkPattern(method(BuiltinMethod::StrStartsWith, ByRef, {textPattern()}, T_.boolType()));
    if (name == "ends_with") return checkPattern(method(BuiltinMethod::StrEndsWith, ByRef, {textPattern()}, T_.boolType()));
  }
  switch (ty.kind) {
    case TypeKind::Option:
      if (name == "unwrap") return method(BuiltinMethod::OptionUnwrap, ByValue, {}, elem);
      if (name == "expect") return method(BuiltinMethod::OptionExpect, ByValue, {T_.strRef()}, elem);
      if (name == "unwrap_or") return method(BuiltinMethod::OptionUnwrapOr, ByValue, {elem}, elem);
      if (name == "take") return method(BuiltinMethod::OptionTake, ByMut, {}, t);
      if (name == "is_some") return method(BuiltinMethod::OptionIsSome, ByRef, {}, T_.boolType());
      if (name == "is_none") return method(BuiltinMethod::OptionIsNone, ByRef, {}, T_.boolType());
      break;
    case TypeKind::Result:
      if (name == "unwrap") return method(BuiltinMethod::ResultUnwrap, ByValue, {}, elem);
      if (name == "expect") return method(BuiltinMethod::ResultExpect, ByValue, {T_.strRef()}, elem);
      if (name == "unwrap_or") return method(BuiltinMethod::ResultUnwrapOr, ByValue, {elem}, elem);
      if (name == "is_ok") return method(BuiltinMethod::ResultIsOk, ByRef, {}, T_.boolType());
      if (name == "is_err") return method(BuiltinMethod::ResultIsErr, ByRef, {}, T_.boolType());
      break;
    case TypeKind::Stdin:
      if (name == "read_line")
        return method(BuiltinMethod::StdinReadLine, ByRef, {T_.refTo(T_.stringType(), true)}, T_.resultOf(usize, true));
      break;
    case TypeKind::Range:
      if (name == "rev") return method(BuiltinMethod::IterRev, ByValue, {}, iter(elem));
      break;
    case TypeKind::Iter:
      if (name == "rev") return method(BuiltinMethod::IterRev, ByValue, {}, t);
      if (name == "enumerate") return method(BuiltinMethod::IterEnumerate, ByValue, {}, iter(T_.tupleOf({usize, elem})));
      if (name == "count") return method(BuiltinMethod::IterCount, ByValue, {}, usize);
      if (name == "sum") {
        // sum::<T>() needs its T from a turbofish or from the context, as in rustc.
        int derefs = 0;
        TypeId item = stripRefs(elem, &derefs);
        TypeId want = !e.methodGenerics.empty() && !e.methodGenerics[0].generics.empty()
                          ? lowerType(*e.methodGenerics[0].generics[0])
                          : expected;
        if (want == kNoType || (T_.get(T_.resolve(want)).kind == TypeKind::Var && T_.get(T_.resolve(want)).varKind == VarKind::Any))
          fail("E0283", "type annotations needed", e.nameSpan, "cannot infer type of the type parameter `S` declared on the method `sum`");
        if (!unify(want, item)) mismatch(e.nameSpan, want, item);
        return method(BuiltinMethod::IterSum, ByValue, {}, want);
      }
      if (name == "max") return method(BuiltinMethod::IterMax, ByValue, {}, T_.optionOf(elem));
      if (name == "min") return method(BuiltinMethod::IterMin, ByValue, {}, T_.optionOf(elem));
      if (name == "nth") return method(BuiltinMethod::IterNth, ByValue, {usize}, T_.optionOf(elem));
      break;
    case TypeKind::Int:
      if (name == "abs" && intKindSigned(ty.intKind)) return method(BuiltinMethod::IntAbs, ByValue, {}, t);
      if (name == "pow") return method(BuiltinMethod::IntPow, ByValue, {T_.intType(IntKind::U32)}, t);
      if (name == "min") return method(BuiltinMethod::IntMin, ByValue, {t}, t);
      if (name == "max") return method(BuiltinMethod::IntMax, ByValue, {t}, t);
      if (name == "to_string") return method(BuiltinMethod::ToStringOf, ByRef, {}, T_.stringType());
      break;
    case TypeKind::Char:
      if (name == "len_utf8") return method(BuiltinMethod::CharLenUtf8, ByValue, {}, usize);
      if (name == "is_alphabetic") return method(BuiltinMethod::CharIsAlphabetic, ByValue, {}, T_.boolType());
      if (name == "is_numeric") return method(BuiltinMethod::CharIsNumeric, ByValue, {}, T_.boolType());
      if (name == "is_whitespace") return method(BuiltinMethod::CharIsWhitespace, ByValue, {}, T_.boolType());
      if (name == "is_uppercase") return method(BuiltinMethod::CharIsUppercase, ByValue, {}, T_.boolType());
      if (name == "is_lowercase") return method(BuiltinMethod::CharIsLowercase, ByValue, {}, T_.boolType());
      if (name == "to_ascii_uppercase") return method(BuiltinMethod::CharToAsciiUppercase, ByValue, {}, t);
      if (name == "to_ascii_lowercase") return method(BuiltinMethod::CharToAsciiLowercase, ByValue, {}, t);
      if (name == "to_string") return method(BuiltinMethod::ToStringOf, ByRef, {}, T_.stringType());
      break;
    case TypeKind::Float: case TypeKind::Bool:
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
  // A debug build runs debug_assert!, debug_assert_eq! and debug_assert_ne!
  // exactly like their release counterparts.
  if (e.text.rfind("debug_assert", 0) == 0) e.text = e.text.substr(6);
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
    if (!comparable(a, b)) mismatch(e.args[1]->span, a, b);
    requireComparison(a, BinaryOp::Eq, e.span, {});
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
  // The index is taken when the format is stored, after its arguments were
  // checked: an argument may itself be a format! that is stored first.
  auto store = [&]() {
    e.resolved = static_cast<int32_t>(out_.formats.size());
    out_.formats.push_back(std::move(f));
  };
  if (e.args.size() <= fmtIndex) {
    store();
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
  // Widths and precisions taken from arguments are `usize`.
  auto count = [&](FormatArgRef& ref) {
    capture(ref);
    CheckedFormatArg& a = f.args[ref.index];
    if (!unify(a.type, T_.usize())) mismatch(a.span, T_.usize(), a.type);
  };
  for (FormatPiece& piece : f.pieces) {
    if (!piece.placeholder) continue;
    capture(piece.placeholder->argument);
    if (piece.placeholder->widthArg) count(*piece.placeholder->widthArg);
    if (piece.placeholder->precisionArg) count(*piece.placeholder->precisionArg);
  }
  store();
}

}  // namespace sh

namespace sh {

// Whether a value of type t can be printed with the given trait: `{}` needs
// Display, `{:?}` Debug (structs only with #[derive(Debug)]), `{:x}` an
// integer, `{:p}` a pointer.
bool Resolver::implementsFormat(TypeId id, FormatTrait trait) const {
  const Type t = T_.get(T_.resolve(id));
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
        case TypeKind::Struct: return T_.structs()[t.structIndex].isDebug;  // derive(Debug) checks its fields
        case TypeKind::Tuple:
          return std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return implementsFormat(a, trait); });
        case TypeKind::Vec: case TypeKind::Option: case TypeKind::Array: case TypeKind::Slice: case TypeKind::Range:
        case TypeKind::Result:
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
