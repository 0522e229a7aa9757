// Expressions: each gets a type, checked against Rust's typing rules.
//
// `checkExpr(e, expected)` takes the type the context expects only as a hint
// (it lets `let x: u8 = 5` give the literal type u8 at once); the context
// itself then unifies or coerces, so the error names the context's span the
// way rustc does ("expected `u8`, found `bool`").
//
// An operator with a trait (`+`, `&`, `<<`, ...) fails in one of rustc's
// three ways: the left type has no impl at all (E0369, E0368 for `op=`), the
// right operand is of a kind no impl takes (E0277), or it is another type of
// the right kind (E0308, then E0277). The words come from operators.def.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>

#include "base/int128.h"
#include "check/resolver.h"

namespace sh {

namespace {

bool isKind(const TypeTable& T, TypeId t, TypeKind k) { return T.get(T.resolve(t)).kind == k; }

// Integer or Float for an unsuffixed literal's type (`{integer}`), else Any.
VarKind literalKind(const TypeTable& T, TypeId t) {
  const Type& ty = T.get(T.resolve(t));
  return ty.kind == TypeKind::Var ? ty.varKind : VarKind::Any;
}

}  // namespace

// An operand's type as the operator impls see it: core implements every
// arithmetic, bitwise and shift trait for `T` and for `&T`, no deeper.
TypeId withoutOneRef(const TypeTable& T, TypeId t) {
  t = T.resolve(t);
  return T.get(t).kind == TypeKind::Ref ? T.resolve(T.get(t).args[0]) : t;
}

bool parseIntLiteral(const std::string& text, unsigned __int128* out) {
  unsigned base = 10;
  size_t i = 0;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
    base = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
    i = 2;
  }
  unsigned __int128 v = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') continue;
    unsigned d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
    if (d >= base) return false;
    unsigned __int128 next = v * base + d;
    if (next / base != v && v != 0) return false;
    v = next;
  }
  *out = v;
  return true;
}

// ---------------------------------------------------------------- unification

bool Resolver::unify(TypeId a, TypeId b) {
  a = T_.resolve(a);
  b = T_.resolve(b);
  if (a == b) return true;
  const Type ta = T_.get(a), tb = T_.get(b);
  if (ta.kind == TypeKind::Error || tb.kind == TypeKind::Error) return true;
  if (ta.kind == TypeKind::Var || tb.kind == TypeKind::Var) {
    const Type& var = ta.kind == TypeKind::Var ? ta : tb;
    TypeId varId = ta.kind == TypeKind::Var ? a : b;
    TypeId other = ta.kind == TypeKind::Var ? b : a;
    const Type o = T_.get(other);
    bool fits = var.varKind == VarKind::Any ||
                (o.kind == TypeKind::Var && (o.varKind == var.varKind || o.varKind == VarKind::Any)) ||
                (var.varKind == VarKind::Integer && o.kind == TypeKind::Int) ||
                (var.varKind == VarKind::Float && o.kind == TypeKind::Float);
    if (!fits) return false;
    if (o.kind == TypeKind::Var && o.varKind == VarKind::Any)
      T_.bindVar(other, varId);
    else
      T_.bindVar(varId, other);
    return true;
  }
  if (ta.kind == TypeKind::Projection || tb.kind == TypeKind::Projection) {  // `<Color as TryFrom<..>>::Error`, its Self settled since
    TypeId na = normalize(a), nb = normalize(b);
    if (T_.get(na).kind != TypeKind::Projection || T_.get(nb).kind != TypeKind::Projection) return unify(na, nb);
  }
  if (ta.kind != tb.kind || ta.intKind != tb.intKind || ta.isF32 != tb.isF32 || ta.isMut != tb.isMut ||
      ta.structIndex != tb.structIndex || ta.length != tb.length || ta.inclusive != tb.inclusive ||
      ta.args.size() != tb.args.size())
    return false;
  for (size_t i = 0; i < ta.args.size(); ++i)
    if (!unify(ta.args[i], tb.args[i])) return false;
  return true;
}

void Resolver::mismatch(Span at, TypeId expected, TypeId found, Span because, const char* becauseText) {
  auto describe = [&](TypeId t) {
    const Type ty = T_.get(T_.resolve(t));
    if (ty.kind == TypeKind::Var && ty.varKind == VarKind::Integer) return std::string("integer");
    if (ty.kind == TypeKind::Var && ty.varKind == VarKind::Float) return std::string("floating-point number");
    return "`" + typeName(t) + "`";
  };
  std::vector<Label> more;
  if (becauseText) more.push_back({because, becauseText, false});
  fail(DiagCode::E0308, "mismatched types", at, "expected " + describe(expected) + ", found " + describe(found), more);
}

// Once an expression's type is final: the type its coercion makes and the
// type of the reference a method call takes to its receiver, as the
// interpreter builds them, so the run never has to intern a type.
void Resolver::recordAdjustedTypes(Expr& e) {
  auto argOf = [&](TypeId t) { return T_.resolve(T_.get(T_.resolve(t)).args[0]); };
  if (e.coercion != 0) {
    const Type from = T_.get(T_.resolve(e.type));
    switch (static_cast<Coercion>(e.coercion)) {
      case Coercion::None: case Coercion::MutToShared: e.coercedType = e.type; break;
      case Coercion::StringToStr: e.coercedType = T_.strRef(); break;
      case Coercion::VecToSlice: case Coercion::ArrayToSlice:  // a reference, or a Box<[T; N]>
        e.coercedType = from.kind == TypeKind::Box ? T_.boxOf(T_.sliceOf(argOf(from.args[0])))
                                                   : T_.refTo(T_.sliceOf(argOf(from.args[0])), from.isMut);
        break;
      case Coercion::DerefRef: case Coercion::PointeeRef: e.coercedType = T_.refTo(argOf(from.args[0]), from.isMut); break;
      case Coercion::DropAutoTraits: e.coercedType = T_.defaultDeep(e.coercedType); break;
      case Coercion::Unsize:
        e.coercedType = T_.defaultDeep(e.coercedType);
        unsizeSites_.push_back(&e);
        break;
      case Coercion::ReifyFnPointer: e.coercedType = T_.defaultDeep(e.coercedType); break;
    }
  }
  if (e.kind == ExprKind::MethodCall && e.receiverMode != 0) {
    TypeId recv = T_.resolve(e.operand->type);
    for (int i = 0; i < e.derefs; ++i) recv = argOf(recv);
    e.receiverType = T_.refTo(recv, e.receiverMode == 2);
  }
}

// A `&dyn Trait` or `Box<dyn Trait>` expected: each branch of an `if` or a
// `match` is a coercion site of its own, as in rustc.
bool Resolver::pointsToDyn(TypeId t) const {
  if (t == kNoType) return false;
  const Type& ty = T_.get(T_.resolve(t));
  return (ty.kind == TypeKind::Ref || ty.kind == TypeKind::Box) && T_.get(T_.resolve(ty.args[0])).kind == TypeKind::Dyn;
}

// Follows auto-deref to its end: through references, Box, Rc and a RefCell's guards.
TypeId Resolver::stripRefs(TypeId t, int* derefs) const {
  t = T_.resolve(t);
  for (TypeId next = T_.derefTarget(t); next != kNoType; next = T_.derefTarget(t)) {
    t = next;
    ++*derefs;
  }
  return t;
}

// ---------------------------------------------------------------- expressions

TypeId Resolver::checkExpr(Expr& e, TypeId expected) {
  fnExprs_.push_back(&e);
  e.type = checkExprInner(e, expected);
  return e.type;
}

TypeId Resolver::checkExprInner(Expr& e, TypeId expected) {
  switch (e.kind) {
    case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::CharLit:
    case ExprKind::StrLit:
      return checkLiteral(e, expected);
    case ExprKind::Path: return checkPath(e, expected);
    case ExprKind::Unary: return checkUnary(e, expected);
    case ExprKind::Closure: return checkClosure(e, expected);
    case ExprKind::Binary: return checkBinary(e, expected);
    case ExprKind::Assign: case ExprKind::CompoundAssign: return checkAssign(e);
    case ExprKind::Call: return checkCall(e, expected);
    case ExprKind::MethodCall: return checkMethodCall(e, expected);
    case ExprKind::Field: case ExprKind::TupleField: return checkField(e);
    case ExprKind::Index: return checkIndex(e);
    case ExprKind::Ref: return checkRef(e, expected);
    case ExprKind::Deref: {
      if (isOverloadedIndex(e)) {  // an instance's copy: the index is checked anew
        restoreIndex(e);
        return checkIndex(e);
      }
      if (isOverloadedDeref(e)) e.operand = std::move(e.operand->operand);  // an instance's copy: the call is made anew
      TypeId inner = T_.resolve(checkExpr(*e.operand));
      TypeId target = T_.derefTarget(inner);
      if (target != kNoType) return target;
      if (learnersDeref(inner) || T_.get(inner).kind == TypeKind::Param) {  // a parameter through its Deref bound
        TypeId through = checkOverloadedDeref(e, inner);
        if (through != kNoType && T_.get(T_.resolve(through)).kind == TypeKind::Projection)
          fail(DiagCode::None, "`*` through a `Deref` bound that does not name its `Target` is not supported yet", e.span);
        if (through != kNoType) return through;
      }
      if (T_.get(inner).kind == TypeKind::Var && T_.get(inner).varKind == VarKind::Any) failUnknownType(inner, e.operand->span);
      fail(DiagCode::E0614, "type `" + typeName(inner) + "` cannot be dereferenced", e.span);
    }
    case ExprKind::Cast: return checkCast(e);
    case ExprKind::Block: return e.text.empty() ? checkBlock(*e.block, expected) : checkLabeledBlock(e, expected);
    case ExprKind::If: case ExprKind::IfLet: return checkIf(e, expected);
    case ExprKind::While: case ExprKind::WhileLet: case ExprKind::Loop: return checkLoop(e, expected);
    case ExprKind::For: return checkFor(e);
    case ExprKind::Match: return checkMatch(e, expected);
    case ExprKind::Break: case ExprKind::Continue: {
      auto loop = std::find_if(loops_.rbegin(), loops_.rend(), [&](const LoopCtx& l) { return e.text.empty() || l.label == e.text; });
      if (loop == loops_.rend()) {
        if (!e.text.empty()) {
          // The label is the first quote after the keyword: `break 'outer`.
          uint32_t at = static_cast<uint32_t>(file_.text().find('\'', e.span.start));
          fail(DiagCode::E0426, "use of undeclared label `'" + e.text + "`", {at, at + 1 + static_cast<uint32_t>(e.text.size())},
               "undeclared label `'" + e.text + "`");
        }
        std::string where = e.kind == ExprKind::Break ? "break` outside of a loop or labeled block" : "continue` outside of a loop";
        fail(DiagCode::E0268, "`" + where, e.span, "cannot `" + where);
      }
      const char* keyword = e.kind == ExprKind::Break ? "break" : "continue";
      if (loop->isBlock && e.text.empty())
        fail(DiagCode::E0695, std::string("unlabeled `") + keyword + "` inside of a labeled block", e.span,
             std::string("`") + keyword + "` statements that would diverge to or through a labeled block need to bear a label");
      if (loop->isBlock && e.kind == ExprKind::Continue)
        fail(DiagCode::E0696, "`continue` pointing to a labeled block", e.span, "labeled blocks cannot be `continue`'d");
      if (e.kind == ExprKind::Break) {
        if (e.operand && loop->breakType == kNoType)
          fail(DiagCode::E0571, std::string("`break` with value from a `") + (loop->isFor ? "for" : "while") + "` loop", e.span,
               "can only break with a value inside `loop` or breakable block");
        if (loop->breakType != kNoType) {
          TypeId value = e.operand ? checkExpr(*e.operand, loop->breakType) : T_.unit();
          if (e.operand) coerce(*e.operand, value, loop->breakType);
          else if (!unify(loop->breakType, value)) mismatch(e.span, loop->breakType, value);
        }
      }
      return T_.never();
    }
    case ExprKind::Return: {
      TypeId value = e.operand ? checkExpr(*e.operand, fn_->ret) : T_.unit();
      if (e.operand) coerce(*e.operand, value, fn_->ret);
      else if (!unify(fn_->ret, value)) mismatch(e.span, fn_->ret, value);
      return T_.never();
    }
    case ExprKind::Range: {
      TypeId elem = T_.newVar(VarKind::Any);
      for (Expr* bound : {e.lhs.get(), e.rhs.get()})
        if (bound) {
          TypeId t = checkExpr(*bound, elem);
          if (!unify(elem, t)) mismatch(bound->span, elem, t);
        }
      return T_.rangeOf(elem, e.inclusive);
    }
    case ExprKind::Tuple: {
      std::vector<TypeId> elems;
      const Type want = T_.get(expected == kNoType ? T_.unit() : T_.resolve(expected));
      // Where the tuple's type is known, each element is a coercion site of
      // its own (`(&s, 1)` as a `(&str, i32)`), as rustc's check_expr_tuple.
      bool known = want.kind == TypeKind::Tuple && want.args.size() == e.args.size();
      for (size_t i = 0; i < e.args.size(); ++i) {
        TypeId elem = checkExpr(*e.args[i], known ? want.args[i] : kNoType);
        elems.push_back(known ? coerce(*e.args[i], elem, want.args[i]) : elem);
      }
      return T_.tupleOf(std::move(elems));
    }
    case ExprKind::Paren: return checkExpr(*e.operand, expected);
    case ExprKind::Array: {
      TypeId elem = T_.newVar(VarKind::Any);
      const Type want = T_.get(expected == kNoType ? T_.unit() : T_.resolve(expected));
      if (want.kind == TypeKind::Array || want.kind == TypeKind::Slice) elem = want.args[0];  // `&[&d, &c]` for a `&[&dyn Animal]`
      std::vector<Expr*> before;
      for (auto& a : e.args) {
        TypeId t = checkExpr(*a, elem);
        TypeId pointer = before.empty() ? kNoType : meetAsFnPointers(before, elem, *a, t);
        if (pointer != kNoType) elem = pointer;
        else coerce(*a, t, elem);
        before.push_back(a.get());
      }
      return T_.arrayOf(elem, e.args.size());
    }
    case ExprKind::ArrayRepeat: {  // the element is the wanted array's (`[None; 3]` for a `[Option<u32>; 3]`)
      const Type want = T_.get(expected == kNoType ? T_.unit() : T_.resolve(expected));
      TypeId elem = checkExpr(*e.args[0], want.kind == TypeKind::Array ? want.args[0] : kNoType);
      if (want.kind == TypeKind::Array) {
        coerce(*e.args[0], elem, want.args[0]);
        elem = want.args[0];
      }
      TypeId n = checkExpr(*e.args[1], T_.usize());
      coerce(*e.args[1], n, T_.usize());
      uint64_t length = 0;
      if (!constantArrayLength(*e.args[1], &length) && !writtenArrayLength(*e.args[1], &length))
        fail(DiagCode::None, "this array length is not supported yet (integer literals, `usize` constants and `+ - * / %` of them are)", e.args[1]->span);
      if (!T_.isCopy(elem) && length > 1)
        fail(DiagCode::E0277, "the trait bound `" + typeName(elem) + ": Copy` is not satisfied", e.args[0]->span,
             "the trait `Copy` is not implemented for `" + typeName(elem) + "`");
      return T_.arrayOf(elem, length);
    }
    case ExprKind::StructLit: return checkStructLit(e, expected);
    case ExprKind::Macro: return checkMacro(e, expected);
  }
  return T_.error();
}

TypeId Resolver::checkLiteral(Expr& e, TypeId expected) {
  TypeId hint = expected == kNoType ? kNoType : T_.resolve(expected);
  switch (e.kind) {
    case ExprKind::IntLit: {
      if (!parseIntLiteral(e.text, &e.intValue))
        fail(DiagCode::None, "integer literal is too large", e.span);
      if (e.suffix == "f64" || e.suffix == "f32") {
        e.floatValue = static_cast<double>(e.intValue);
        return e.suffix == "f32" ? T_.f32Type() : T_.f64Type();
      }
      IntKind k;
      if (!e.suffix.empty()) {
        if (!parseIntKind(e.suffix, &k)) fail(DiagCode::None, "invalid suffix `" + e.suffix + "` for number literal", e.span);
        return T_.intType(k);
      }
      if (hint != kNoType && T_.isInteger(hint)) return hint;
      return T_.newVar(VarKind::Integer);
    }
    case ExprKind::FloatLit: {
      e.floatValue = std::strtod(e.text.c_str(), nullptr);  // never throws: too large is infinity, too small 0
      bool outOfRange = std::isinf(e.floatValue) || (e.suffix == "f32" && std::fabs(e.floatValue) > 3.40282347e38);
      if (outOfRange && !out_.ast->allows("overflowing_literals", e.span)) {
        std::string type = e.suffix == "f32" ? "f32" : "f64";
        Diagnostic d;
        d.message = "literal out of range for `" + type + "`";
        d.labels.push_back({e.span, "", true});
        d.notes.push_back("the literal `" + text(e.span) + "` does not fit into the type `" + type +
                          "` and will be converted to `" + type + "::INFINITY`");
        d.notes.push_back("`#[deny(overflowing_literals)]` on by default");
        throw CompileError(std::move(d));
      }
      if (e.suffix == "f32") return T_.f32Type();
      if (e.suffix == "f64") return T_.f64Type();
      if (hint != kNoType && (isKind(T_, hint, TypeKind::Float) ||
                              (isKind(T_, hint, TypeKind::Var) && T_.get(hint).varKind == VarKind::Float)))
        return hint;
      return T_.newVar(VarKind::Float);
    }
    case ExprKind::BoolLit: return T_.boolType();
    case ExprKind::CharLit: return T_.charType();
    case ExprKind::StrLit: return T_.strRef();
    default: return T_.error();
  }
}

TypeId Resolver::checkPath(Expr& e, TypeId expected) {
  Path& p = e.path;
  if (e.qualifiedSelf) return checkQualifiedConst(e);
  if (p.segments.size() == 1) {
    int32_t local = lookupLocal(p.last(), e.span);
    if (local >= 0) {
      e.resolvedKind = static_cast<uint8_t>(Resolved::Local);
      e.resolved = local;
      return fn_->locals[local].type;
    }
  }
  canonicalize(p, Namespace::Value);
  if (TypeId aliased = readThroughAlias(p); aliased != kNoType) return asAliasType(checkPath(e, aliased), aliased, e.span);
  const std::string& name = p.last();
  if (name == "None" && (p.segments.size() == 1 || p.segments[p.segments.size() - 2].name == "Option")) {
    e.resolvedKind = static_cast<uint8_t>(Resolved::NoneValue);
    for (const PathSegment& seg : p.segments)  // `None::<&str>`, `Option::<i32>::None`: the payload's type written
      if (!seg.generics.empty()) return T_.optionOf(typeArguments(seg, 1, "enum", "Option")[0]);
    TypeId want = expected == kNoType ? kNoType : T_.resolve(expected);
    if (want != kNoType && isKind(T_, want, TypeKind::Option)) return want;
    return T_.optionOf(T_.newVar(VarKind::Any));
  }
  VariantRef variant = findVariant(p);
  if (variant.found()) return checkVariantValue(e, variant, expected);
  if (p.segments.size() > 1) {  // a unit struct of std's by its path (`fmt::Error`), or a tuple struct's constructor (`map(Reverse)`)
    std::string joined;
    for (const PathSegment& seg : p.segments) joined += (joined.empty() ? "" : "::") + seg.name;
    int32_t s = T_.findStruct(joined);
    if (s >= 0 && !T_.structs()[s].stdPath.empty() && T_.structs()[s].decl->isUnit) {
      e.resolvedKind = static_cast<uint8_t>(Resolved::UnitStruct);
      e.resolved = s;
      return T_.structType(s);
    }
    if (s >= 0 && !T_.structs()[s].stdPath.empty() && T_.structs()[s].isTuple) {
      requirePublicConstructor(s, p.segments.back().span);
      TypeId type = T_.structType(s, freshVars(T_.structs()[s].typeParams.size()));
      return checkConstructorValue(e, type, T_.structOf(type).fields, expected);
    }
  }
  if (p.segments.size() == 1) {
    auto item = itemByKey_.find(name);
    if (item != itemByKey_.end() && (item->second.kind == ItemKind::Const || item->second.kind == ItemKind::Static))
      return checkConstPath(e, item->second.index);
    int32_t s = T_.findStruct(name);
    if (s >= 0 && T_.structs()[s].decl->isUnit) {
      e.resolvedKind = static_cast<uint8_t>(Resolved::UnitStruct);
      e.resolved = s;
      return T_.structType(s, freshVars(T_.structs()[s].typeParams.size()));
    }
    if (s >= 0 && T_.structs()[s].isTuple) {
      requirePublicConstructor(s, p.segments.back().span);
      TypeId type = T_.structType(s, freshVars(T_.structs()[s].typeParams.size()));
      return checkConstructorValue(e, type, T_.structOf(type).fields, expected);
    }
    auto fn = fnByName_.find(name);
    if (fn != fnByName_.end()) return checkFnItem(e, fn->second, expected);
    failOuterLocal(e, name);
    requireNotTypeNamespace(p, "value");
  }
  TypeId stdValue;
  if (checkStdFnValue(e, expected, &stdValue)) return stdValue;
  TypeId constant;
  if (checkIntegerConstant(e, &constant) || checkFloatConstant(e, &constant)) return constant;
  std::string owner = p.segments.size() > 1 ? p.segments[p.segments.size() - 2].name : "";
  if ((name == "Some" && (owner.empty() || owner == "Option")) || ((name == "Ok" || name == "Err") && (owner.empty() || owner == "Result")))
    fail(DiagCode::None, "`" + text(e.span) + "` used as a function is not supported yet (a closure calling it is)", e.span);
  BuiltinFn f;
  if (resolveBuiltinPath(p, &f)) {  // `or_insert_with(Vec::new)`, `.map(String::from)`
    fail(DiagCode::None, "std's function `" + text(e.span) + "` used as a value is not supported yet (a closure calling it is)", e.span);
  }
  if (p.segments.size() >= 2) {  // `Point::new`, `Point::norm` named as a value
    TypeId self = typeOfPathPrefix(p);
    MethodPick pick;
    if (self != kNoType && lookupAssocFn(self, p.last(), &pick)) return checkFnItem(e, pick.fn, expected);
    if (TypeId value; self != kNoType && checkStdImplValue(e, self, expected, &value)) return value;
    int32_t constant = self != kNoType ? pickAssociatedConst(self, p.last(), p.segments.back().span) : -1;
    if (constant >= 0) return checkAssociatedConstPath(e, constant);
    TypeId declared = kNoType;
    constant = self != kNoType ? boundConst(self, p.last(), &declared) : -1;
    if (constant >= 0) {  // generic code: checked against the declaration, run only in instances
      checkConstPath(e, constant);
      return declared;
    }
    if (TypeId value; self == kNoType && checkTraitFnValue(e, expected, &value)) return value;
    const std::string& owner = p.segments[p.segments.size() - 2].name;
    const std::string& first = p.segments[0].name;
    bool preludeEnum = first == "Option" || first == "Result";  // std's, whatever the learner declared
    if (self == kNoType && first != "Self" && !namesPrimitiveType(first) && !preludeEnum &&
        names_->resolve(p, itemScope_, Namespace::Type, true).used == 0)
      throw CompileError(unresolvedFirstSegment(p.segments[0]));  // `rand::random`, `Foo::BAR` with no Foo
    if (self == kNoType && (std::isupper(static_cast<unsigned char>(owner[0])) || namesPrimitiveType(owner)))
      fail(DiagCode::None, "`" + text(e.span) + "` used as a value is not supported yet (a closure calling it is)", e.span);
  }
  if (p.segments.size() == 1 && name == "self")  // in a function with no `self` parameter
    fail(DiagCode::E0424, "expected value, found module `self`", e.span,
         "`self` value is a keyword only available in methods with a `self` parameter");
  fail(DiagCode::E0425, "cannot find value `" + ownerName(name) + "` in this scope", e.span, "not found in this scope");
}

TypeId Resolver::checkUnary(Expr& e, TypeId expected) {
  if (e.unaryOp == UnaryOp::Neg && e.operand->kind == ExprKind::IntLit) e.operand->negatedLiteral = true;
  TypeId t = checkOperand(*e.operand, expected);
  if (overloadsOperators(t)) {
    TypeId result = checkOverloadedUnary(e, t);
    if (result != kNoType) return result;
  }
  int derefs = 0;
  TypeId value = T_.resolve(t);
  if (isKind(T_, value, TypeKind::Ref)) value = stripRefs(value, &derefs);
  const Type ty = T_.get(value);
  bool ok = false;
  switch (e.unaryOp) {
    case UnaryOp::Neg: ok = T_.isNumeric(value) && !(ty.kind == TypeKind::Int && !intKindSigned(ty.intKind)); break;
    case UnaryOp::Not: ok = ty.kind == TypeKind::Bool || T_.isInteger(value); break;
  }
  if (ok) return value;
  if (ty.kind == TypeKind::Var && ty.varKind == VarKind::Any) failUnknownType(value, e.operand->span);
  std::string op(unaryOpText(e.unaryOp));
  fail(DiagCode::E0600, "cannot apply unary operator `" + op + "` to type `" + typeName(t) + "`", e.span,
       "cannot apply unary operator `" + op + "`");
}

TypeId Resolver::checkBinary(Expr& e, TypeId expected) {
  switch (opGroup(e.binaryOp)) {
    case OpGroup::Logical:
      for (Expr* side : {e.lhs.get(), e.rhs.get()}) coerce(*side, checkExpr(*side, T_.boolType()), T_.boolType());
      return T_.boolType();
    case OpGroup::Comparison: {
      TypeId lhs = checkExpr(*e.lhs);
      TypeId rhs = checkOperand(*e.rhs, lhs);
      requireNoOpenInto(lhs);
      requireNoOpenInto(rhs);
      if (laterOperands(e, lhs, rhs) != kNoType) return T_.boolType();
      if (recordComparisonCall(e, lhs, rhs)) return T_.boolType();
      requireComparison(lhs, e.binaryOp, e.nameSpan, {{e.lhs->span, typeName(lhs), false}, {e.rhs->span, typeName(rhs), false}});
      requireComparableOperands(lhs, rhs, e.binaryOp, e.nameSpan, e.rhs->span);
      return T_.boolType();
    }
    case OpGroup::Arithmetic: case OpGroup::Bitwise: case OpGroup::Shift:
      return checkOperator(e, checkOperand(*e.lhs, expected));
  }
  return T_.unit();
}

// Whether core implements the operator's trait for the left operand's type
// `l` (with some right operand): when it does not, rustc stops at E0369
// (E0368 for `op=`) without looking at the right operand.
bool Resolver::hasOperatorTrait(BinaryOp op, TypeId l) const {
  switch (opGroup(op)) {
    case OpGroup::Arithmetic: return T_.isNumeric(l) || (op == BinaryOp::Add && isKind(T_, l, TypeKind::String));
    case OpGroup::Bitwise: return T_.isInteger(l) || isKind(T_, l, TypeKind::Bool);
    case OpGroup::Shift: return T_.isInteger(l);
    case OpGroup::Comparison: case OpGroup::Logical: return true;
  }
  return true;
}

// Whether `a op= b` has no impl of the operator's assigning trait for a's
// type at all, whatever b is (E0368, before the place or b is looked at): a
// reference (core implements `i32 += &i32`, never `&mut i32 += ..`, so
// `for i in &mut v { i += 1 }` is E0368), or a type no impl is for.
bool Resolver::lacksAssignOperator(BinaryOp op, TypeId lhs) const {
  const Type& t = T_.get(T_.resolve(lhs));
  if (t.kind == TypeKind::Ref) return true;
  if ((t.kind == TypeKind::Var && t.varKind == VarKind::Any) || overloadsOperators(lhs)) return false;
  return !hasOperatorTrait(op, lhs);
}

// Whether the right operand `r` is of the kind the left operand's impls
// take: integers with integers, floats with floats, bools with bools, and
// any integer for a shift. Another type of that kind is a mismatch (E0308);
// any other type has no impl (E0277).
bool Resolver::takesOperandKind(BinaryOp op, TypeId l, TypeId r) const {
  bool ints = T_.isInteger(l) && T_.isInteger(r);
  bool floats = T_.isNumeric(l) && !T_.isInteger(l) && T_.isNumeric(r) && !T_.isInteger(r);
  switch (opGroup(op)) {
    case OpGroup::Arithmetic: return ints || floats;
    case OpGroup::Bitwise: return ints || (isKind(T_, l, TypeKind::Bool) && isKind(T_, r, TypeKind::Bool));
    case OpGroup::Shift: return T_.isInteger(r);
    case OpGroup::Comparison: case OpGroup::Logical: return true;
  }
  return true;
}

// `l op r` and `l op= r` for the operators with a trait (`+ - * / % & | ^
// << >>`): both operands of one numeric type (either may be behind one
// reference, as `sum + *x` and `sum + x` both work), bools for `& | ^`, any
// two integers for a shift, and `String + &str`. Returns the result's type.
TypeId Resolver::checkOperator(Expr& e, TypeId lhs) {
  BinaryOp op = e.binaryOp;
  Expr& rhsExpr = *e.rhs;
  if (isKind(T_, lhs, TypeKind::String) && op == BinaryOp::Add) {
    TypeId rhs = checkOperand(rhsExpr, T_.strRef());
    coerce(rhsExpr, rhs, T_.strRef());
    if (e.kind == ExprKind::CompoundAssign) requireMutableOperand(e);
    return T_.stringType();
  }
  if (overloadsOperators(lhs)) return checkOverloadedOperator(e, lhs);
  TypeId l = withoutOneRef(T_, lhs);
  TypeId rhs = checkOperand(rhsExpr, opGroup(op) == OpGroup::Shift ? kNoType : l);
  requireSettledTarget(l, DiagCode::E0283);
  requireSettledTarget(withoutOneRef(T_, rhs), DiagCode::E0283);
  TypeId r = withoutOneRef(T_, rhs);
  requireNoOpenInto(l);
  requireNoOpenInto(r);
  if (TypeId later = laterOperands(e, l, r); later != kNoType) return later;
  if (!hasOperatorTrait(op, l)) failMissingOperator(e, lhs, rhs);
  if (!takesOperandKind(op, l, r)) throw CompileError(unimplementedOperator(e, lhs, rhs));
  if (opGroup(op) == OpGroup::Shift || unify(l, r)) return l;
  try {
    mismatch(rhsExpr.span, l, r);
  } catch (CompileError& mismatched) {
    mismatched.also.push_back(unimplementedOperator(e, lhs, rhs));  // rustc reports both: the mismatch, then the missing impl
    throw;
  }
}

// E0369 (`a + b`) or E0368 (`a += b`): the left operand's type has no impl
// of the operator's trait at all.
void Resolver::failMissingOperator(const Expr& e, TypeId lhs, TypeId rhs) {
  if (e.kind == ExprKind::CompoundAssign) {
    std::string op = compoundOpText(e.binaryOp);
    fail(DiagCode::E0368, "binary assignment operation `" + op + "` cannot be applied to type `" + typeName(lhs) + "`", e.span, "",
         {{e.lhs->span, "cannot use `" + op + "` on type `" + typeName(lhs) + "`", false}});
  }
  fail(DiagCode::E0369, operatorMessage(e.binaryOp, typeName(lhs), typeName(rhs)), e.nameSpan, "",
       {{e.lhs->span, typeName(lhs), false}, {e.rhs->span, typeName(rhs), false}});
}

// E0277: the left operand's trait has no impl for the right operand's type.
Diagnostic Resolver::unimplementedOperator(const Expr& e, TypeId lhs, TypeId rhs) {
  bool assigns = e.kind == ExprKind::CompoundAssign;
  std::string l = typeName(lhs), r = typeName(rhs);
  std::string op = assigns ? compoundOpText(e.binaryOp) : std::string(binaryOpText(e.binaryOp));
  Diagnostic d;
  d.code = DiagCode::E0277;
  d.message = assigns ? compoundOperatorMessage(e.binaryOp, l, r) : operatorMessage(e.binaryOp, l, r);
  VarKind lv = literalKind(T_, lhs), rv = literalKind(T_, rhs);
  if (!assigns && e.binaryOp == BinaryOp::Add && lv != VarKind::Any && rv != VarKind::Any)  // Add's on_unimplemented
    d.message = lv == VarKind::Integer ? "cannot add a float to an integer" : "cannot add an integer to a float";
  d.labels.push_back({e.nameSpan, "no implementation for `" + l + " " + op + " " + r + "`", true});
  return d;
}

TypeId Resolver::checkAssign(Expr& e) {
  if (e.kind == ExprKind::Assign && e.lhs->kind == ExprKind::Tuple) {  // destructuring: `(a, b) = (b, a)`
    TypeId rhs = checkExpr(*e.rhs);
    std::vector<TypeId> parts;
    for (auto& target : e.lhs->args) {
      parts.push_back(checkExpr(*target));
      if (target->kind != ExprKind::Path) requireMutablePlace(*target, e.span, "assign");
    }
    e.lhs->type = T_.tupleOf(parts);
    fnExprs_.push_back(e.lhs.get());
    if (!unify(e.lhs->type, rhs)) mismatch(e.rhs->span, e.lhs->type, rhs);
    return T_.unit();
  }
  TypeId lhs = checkExpr(*e.lhs);
  bool compound = e.kind == ExprKind::CompoundAssign;
  if (compound && lacksAssignOperator(e.binaryOp, lhs)) failMissingOperator(e, lhs, kNoType);
  DiagCode notPlace = compound ? DiagCode::E0067 : DiagCode::E0070;
  switch (e.lhs->kind) {
    case ExprKind::Path: case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::Deref:
      break;
    default:
      fail(notPlace, "invalid left-hand side of assignment", e.nameSpan, "", {{e.lhs->span, "cannot assign to this expression", false}});
  }
  if (e.lhs->resolvedKind == static_cast<uint8_t>(Resolved::Const))  // at the operator, as any other non-place
    fail(notPlace, "invalid left-hand side of assignment", e.nameSpan, "", {{e.lhs->span, "cannot assign to this expression", false}});
  // Whether the place may be written is the borrow checker's question,
  // asked after the types (rustc reports `p.n = "s"` as E0308); a local
  // itself is the move checker's (E0384).
  bool assignsPlace = e.lhs->kind != ExprKind::Path || e.lhs->resolvedKind == static_cast<uint8_t>(Resolved::Static);
  if (e.kind == ExprKind::Assign) {
    TypeId rhs = checkExpr(*e.rhs, lhs);
    coerce(*e.rhs, rhs, lhs);
    if (assignsPlace) requireMutablePlace(*e.lhs, e.span, "assign");
    return T_.unit();
  }
  checkOperator(e, lhs);
  // `s += "x"` on a String or the learner's type calls `add_assign(&mut s, ..)`,
  // a borrow (checked there); on numbers and bools it writes the place.
  bool builtin = T_.isNumeric(T_.resolve(lhs)) || isKind(T_, lhs, TypeKind::Bool);
  if (builtin && assignsPlace) requireMutablePlace(*e.lhs, e.span, "assign");
  return T_.unit();
}

// Whether PartialEq lets two values be compared: the same type, or text
// against text (`String == &str`), or a slice against an array or a Vec,
// each side possibly behind one reference.
bool Resolver::comparable(TypeId a, TypeId b) {
  if (unify(a, b)) return true;
  auto strip = [&](TypeId t) {
    t = T_.resolve(t);
    return T_.get(t).kind == TypeKind::Ref ? T_.resolve(T_.get(t).args[0]) : t;
  };
  const Type x = T_.get(strip(a)), y = T_.get(strip(b));
  bool xText = x.kind == TypeKind::String || x.kind == TypeKind::Str;
  bool yText = y.kind == TypeKind::String || y.kind == TypeKind::Str;
  if (xText && yText) return true;
  bool xSeq = x.kind == TypeKind::Vec || x.kind == TypeKind::Array || x.kind == TypeKind::Slice;
  bool ySeq = y.kind == TypeKind::Vec || y.kind == TypeKind::Array || y.kind == TypeKind::Slice;
  return xSeq && ySeq && unify(x.args[0], y.args[0]);
}

// An Rc and a RefCell's shared guard give only shared access to what they
// point at (they are Deref, not DerefMut): E0594 for an assignment through
// one, E0596 for a `&mut` borrow, as rustc words them.
void Resolver::rejectMutationThroughSharedOwner(TypeId pointer, Span at, const char* action) {
  const Type& t = T_.get(T_.resolve(pointer));
  if (t.kind != TypeKind::Rc && t.kind != TypeKind::CellRef) return;
  failMutationOf(t.kind == TypeKind::Rc ? "data in an `Rc`" : "data in dereference of `" + typeName(pointer) + "`", at, action);
}

// rustc's E0594 (assign) or E0596 (borrow `&mut`) for data only shared access reaches.
void Resolver::failMutationOf(const std::string& data, Span at, const char* action) {
  if (std::string(action) == "assign") fail(DiagCode::E0594, "cannot assign to " + data, at, "cannot assign");
  fail(DiagCode::E0596, "cannot borrow " + data + " as mutable", at, "cannot borrow as mutable");
}

// A HashMap's Index gives only shared access (std has no IndexMut for it):
// `map[&k] = v` is E0594, `&mut map[&k]` E0596; get_mut or entry change a value.
void Resolver::rejectMutationOfMapIndex(TypeId indexed, Span at, const char* action) {
  int derefs = 0;
  TypeId t = stripRefs(indexed, &derefs);
  if (T_.get(t).kind != TypeKind::HashMap) return;
  failMutationOf("data in an index of `" + typeName(t) + "`", at, action);
}

// Whether a place may be written or borrowed mutably is the borrow
// checker's question in rustc (E0594, E0596): asked after every type error,
// and answered among the body's other borrow errors by position. The
// resolver finds these errors and keeps them for that pass; in a body the
// later passes never see (a constant's initialiser) they stop the check here.
void Resolver::deferToBorrowCheck(const std::function<void()>& check) {
  try {
    check();
  } catch (CompileError& e) {
    if (fn_ == nullptr || fn_->decl == nullptr || !fn_->isLearnersBody() || !e.also.empty()) throw;
    fn_->mutabilityErrors.push_back(std::move(e.diagnostic));
  }
}

void Resolver::requireMutablePlace(Expr& place, Span at, const char* action) {
  deferToBorrowCheck([&] { checkMutablePlace(place, at, action); });
}

// A `&mut` borrow or an assignment through a field, index or deref needs a
// mutable place: a `mut` binding, or a path through `&mut` or an owned Box.
// `action`: "assign", "borrow", or "capture" (a closure's borrow of it).
//
// rustc reports a closure's mutable use of a variable not declared `mut` in
// the closure's body, at each use (E0594 for an assignment, E0596 for a
// borrow, never gathered at the binding), and a mutable use of what a
// captured `&` reference points at at the closure, where the capture
// borrows it (unless the closure moves the reference in).
void Resolver::checkMutablePlace(Expr& place, Span at, const char* action) {
  Expr* e = &place;
  bool assigning = std::string(action) == "assign";
  std::string placeText = assigning || std::string(action) != "capture" ? text(place.span) : capturedPlaceText(place);
  while (placeText.size() > 2 && placeText.front() == '(' && placeText.back() == ')')  // `(self.f)()` is named `self.f`
    placeText = placeText.substr(1, placeText.size() - 2);
  while (true) {
    switch (e->kind) {
      case ExprKind::Path: {
        if (e->resolvedKind == static_cast<uint8_t>(Resolved::Static)) {
          const ConstInfo& c = out_.consts[e->resolved];
          Span header{c.decl->span.start, c.decl->type->span.end};
          if (assigning)
            fail(DiagCode::E0594, "cannot assign to immutable static item `" + c.name + "`", at, "cannot assign",
                 {{header, "this `static` cannot be written to", false}});
          fail(DiagCode::E0596, "cannot borrow immutable static item `" + c.name + "` as mutable", at, "cannot borrow as mutable",
               {{header, "this `static` cannot be borrowed as mutable", false}});
        }
        if (e->resolvedKind != static_cast<uint8_t>(Resolved::Local)) return;
        const LocalInfo& l = fn_->locals[e->resolved];
        if (l.isMut || std::string(action) == "capture") return;
        if (isKind(T_, l.type, TypeKind::Ref) && e != &place) {
          if (T_.get(T_.resolve(l.type)).isMut) return;
        }
        std::string what = placeText;
        if (assigning)
          fail(DiagCode::E0594, "cannot assign to `" + what + "`, as `" + l.name + "` is not declared as mutable", at, "cannot assign");
        Diagnostic d;
        d.code = DiagCode::E0596;
        d.message = "cannot borrow `" + what + "` as mutable, as " + (e == &place ? "it" : "`" + l.name + "`") + " is not declared as mutable";
        d.labels.push_back({at, "cannot borrow as mutable", true});
        if (l.capture < 0) d.notMutableBinding = l.span;  // rustc gathers a local's borrows, not a closure's upvar's
        throw CompileError(std::move(d));
      }
      case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::MethodCall: {
        Expr* base = e->kind == ExprKind::Index ? e->lhs.get() : e->operand.get();
        if (e->kind == ExprKind::MethodCall) return;  // a call's result is a fresh place: its type decides
        TypeId bt = T_.resolve(base->type);
        if (e->kind == ExprKind::Index) rejectMutationOfMapIndex(bt, at, action);
        for (TypeId through = bt; through != kNoType; through = T_.derefTarget(through))
          rejectMutationThroughSharedOwner(through, at, action);
        if (e->kind == ExprKind::Index && indexesThroughImpl(T_, *e)) return requireIndexMutBase(*base, at);
        if (isKind(T_, bt, TypeKind::Ref)) {
          if (T_.get(bt).isMut || reportedAtTheClosure(place)) return;
          std::string what = placeText;
          if (assigning)
            fail(DiagCode::E0594, "cannot assign to `" + what + "`, which is behind a `&` reference", at, "`" + text(base->span) +
                 "` is a `&` reference, so the data it refers to cannot be written");
          fail(DiagCode::E0596, "cannot borrow `" + what + "` as mutable, as it is behind a `&` reference", at,
               "`" + text(base->span) + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable");
        }
        e = base;
        continue;
      }
      case ExprKind::Deref: {
        if (isOverloadedDeref(*e)) return useDerefMut(*e, at, action);  // it requires its receiver mutable
        TypeId ot = T_.resolve(e->operand->type);
        rejectMutationThroughSharedOwner(ot, at, action);
        if (isKind(T_, ot, TypeKind::Ref)) {
          if (T_.get(ot).isMut || reportedAtTheClosure(place)) return;
          std::string what = placeText;
          if (assigning)
            fail(DiagCode::E0594, "cannot assign to `" + what + "`, which is behind a `&` reference", at, "`" +
                 text(e->operand->span) + "` is a `&` reference, so the data it refers to cannot be written");
          fail(DiagCode::E0596, "cannot borrow `" + what + "` as mutable, as it is behind a `&` reference", at,
               "`" + text(e->operand->span) + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable");
        }
        e = e->operand.get();
        continue;
      }
      case ExprKind::Paren: e = e->operand.get(); continue;
      default: return;
    }
  }
}

// A closure's capture is an expression the resolver built, spanning the
// closure: its place is named from its parts (`*r`, `p.x`), as rustc names it.
std::string Resolver::capturedPlaceText(const Expr& place) const {
  switch (place.kind) {
    case ExprKind::Deref: return "*" + capturedPlaceText(*place.operand);
    case ExprKind::Field: return capturedPlaceText(*place.operand) + "." + place.text;
    case ExprKind::TupleField: return capturedPlaceText(*place.operand) + "." + std::to_string(place.index);
    default: return text(place.span);
  }
}

// A mutable use, in a closure's body, of what a variable it captures by
// reference points at through a `&`: the closure's capture is that `&mut`
// borrow, reported where the closure is written.
bool Resolver::reportedAtTheClosure(const Expr& place) const {
  if (fn_ == nullptr || fn_->closure < 0 || out_.closures[fn_->closure].expr->isMove) return false;
  const Expr* e = &place;
  while (e->kind == ExprKind::Field || e->kind == ExprKind::TupleField || e->kind == ExprKind::Index || e->kind == ExprKind::Deref ||
         e->kind == ExprKind::Paren || e->kind == ExprKind::MethodCall)
    e = e->kind == ExprKind::Index ? e->lhs.get() : e->operand.get();
  return e->kind == ExprKind::Path && e->resolvedKind == static_cast<uint8_t>(Resolved::Local) && fn_->locals[e->resolved].capture >= 0;
}

// Only an array or a slice indexed by an integer is a place of its own;
// anything else (a Vec, a VecDeque, a range of a String) is a call of
// IndexMut::index_mut with the base borrowed mutably.
bool indexesThroughImpl(const TypeTable& T, const Expr& index) {
  TypeId indexed = T.resolve(index.lhs->type);
  while (isKind(T, indexed, TypeKind::Ref) || isKind(T, indexed, TypeKind::Box)) indexed = T.resolve(T.get(indexed).args[0]);
  bool builtin = (isKind(T, indexed, TypeKind::Array) || isKind(T, indexed, TypeKind::Slice)) && isKind(T, index.rhs->type, TypeKind::Int);
  return !builtin;
}

// `v[i] = x` through IndexMut: rustc reports the base that cannot be
// borrowed mutably (E0596 for `v`, or for `*r` behind a `&`), never E0594.
void Resolver::requireIndexMutBase(Expr& base, Span at) {
  TypeId bt = T_.resolve(base.type);
  if (!isKind(T_, bt, TypeKind::Ref)) return requireMutablePlace(base, at, "borrow");
  if (T_.get(bt).isMut || reportedAtTheClosure(base)) return;
  fail(DiagCode::E0596, "cannot borrow `*" + text(base.span) + "` as mutable, as it is behind a `&` reference", at,
       "`" + text(base.span) + "` is a `&` reference, so the data it refers to cannot be borrowed as mutable");
}

TypeId Resolver::checkIf(Expr& e, TypeId expected) {
  expected = branchExpectation(expected);
  pushScope();
  if (e.kind == ExprKind::If) {
    coerce(*e.operand, checkExpr(*e.operand, T_.boolType()), T_.boolType());
  } else {
    TypeId scrutinee = checkExpr(*e.operand);
    checkPatternOf(PatternSource::Let, *e.pattern, scrutinee);
  }
  TypeId thenType = checkBlock(*e.block, e.elseBranch ? expected : T_.unit());
  popScope();
  if (!e.elseBranch) {
    // Where a value is wanted, rustc coerces the `then` block to it first:
    // a block of `()` is E0308 there, before the missing `else` (E0317).
    TypeId want = expected == kNoType ? kNoType : T_.resolve(expected);
    bool wantsValue = want != kNoType && !isKind(T_, want, TypeKind::Var) && !isKind(T_, want, TypeKind::Unit) &&
                      !isKind(T_, want, TypeKind::Never);
    if (wantsValue && isKind(T_, T_.resolve(thenType), TypeKind::Unit)) mismatch(e.block->span, want, thenType);
    if (!isKind(T_, thenType, TypeKind::Never) && !unify(thenType, T_.unit())) {
      const Expr* tail = e.block->tail.get();
      fail(DiagCode::E0317, "`if` may be missing an `else` clause", e.span, "expected " + typeName(thenType) + ", found `()`",
           {{tail ? tail->span : e.block->span, "found here", false}});
    }
    return T_.unit();
  }
  // Each branch is coerced on its own to a trait object (`Box<Cow>`, `Box<Sheep>`) or a `fn` pointer.
  if (coercesEachBranch(expected)) {
    if (e.block->tail && !isKind(T_, thenType, TypeKind::Never)) coerce(*e.block->tail, thenType, expected);
    TypeId elseType = checkExpr(*e.elseBranch, expected);
    if (!isKind(T_, elseType, TypeKind::Never)) coerce(*e.elseBranch, elseType, expected);
    return expected;
  }
  if (e.block->tail) thenType = coerceFirstBranch(e, *e.block->tail, thenType, expected);
  else if (expected != kNoType && &e != hintedOperand_ && !T_.containsVar(T_.resolveDeep(expected)) && !T_.containsParam(T_.resolveDeep(expected)) && !isKind(T_, thenType, TypeKind::Never) &&
           !unify(thenType, expected))
    mismatch(e.block->span, expected, thenType);  // a `then` block of `()` where a value is wanted
  if (e.block->tail && !isKind(T_, thenType, TypeKind::Never)) thenType = coerceBranchToReference(*e.block->tail, thenType, expected);
  TypeId elseType = checkExpr(*e.elseBranch, expected);  // as rustc: the `then` type is no expectation, the branches are merged after
  if (!isKind(T_, elseType, TypeKind::Never)) elseType = coerceBranchToReference(*e.elseBranch, elseType, expected);
  if (isKind(T_, thenType, TypeKind::Never)) return elseType;
  if (isKind(T_, elseType, TypeKind::Never)) return thenType;
  if (isKind(T_, thenType, TypeKind::FnPtr) && coerceToFnPointer(*e.elseBranch, elseType, thenType)) return thenType;
  if (TypeId pointer = e.block->tail ? meetAsFnPointers({e.block->tail.get()}, thenType, *e.elseBranch, elseType) : kNoType;
      pointer != kNoType)
    return pointer;
  if (!unify(thenType, elseType)) {
    if (e.block->tail) {
      TypeId merged = mergeBranchReferences({e.block->tail.get()}, thenType, *e.elseBranch, elseType);
      if (merged != kNoType) return merged;
    }
    const Expr* elseTail = e.elseBranch->kind == ExprKind::Block && e.elseBranch->block->tail ? e.elseBranch->block->tail.get() : e.elseBranch.get();
    const Expr* thenTail = e.block->tail.get();
    fail(DiagCode::E0308, "`if` and `else` have incompatible types", elseTail->span,
         "expected `" + typeName(thenType) + "`, found `" + typeName(elseType) + "`",
         {{thenTail ? thenTail->span : e.block->span, "expected because of this", false}});
  }
  return thenType;
}

TypeId Resolver::checkLoop(Expr& e, TypeId) {
  pushScope();
  if (e.kind == ExprKind::While) coerce(*e.operand, checkExpr(*e.operand, T_.boolType()), T_.boolType());
  if (e.kind == ExprKind::WhileLet) checkPatternOf(PatternSource::Let, *e.pattern, checkExpr(*e.operand));
  TypeId breakType = e.kind == ExprKind::Loop ? T_.newVar(VarKind::Any) : kNoType;
  loops_.push_back({e.text, breakType});
  size_t exprsBefore = fnExprs_.size();
  TypeId body = checkBlock(*e.block, T_.unit());
  if (!unify(body, T_.unit()) && !isKind(T_, body, TypeKind::Never)) mismatch(e.block->span, T_.unit(), body);
  loops_.pop_back();
  popScope();
  if (e.kind != ExprKind::Loop) return T_.unit();
  // A `loop` without a `break` that targets it never finishes.
  bool breaks = false;
  for (size_t i = exprsBefore; i < fnExprs_.size(); ++i) {
    const Expr* inner = fnExprs_[i];
    if (inner->kind == ExprKind::Break && (inner->text.empty() || inner->text == e.text)) breaks = true;
  }
  return breaks ? breakType : T_.never();
}

// A labeled block, `'a: { ... break 'a value; ... tail }`: its value is the
// tail's or a break's, one type for all, which is the type wanted when that
// is known (each value coerced to it, E0308 at the one that is not, as
// rustc's expectation makes it), else the first one met. Without a break
// that leaves it, it is a block.
TypeId Resolver::checkLabeledBlock(Expr& e, TypeId expected) {
  TypeId wanted = expected == kNoType ? kNoType : T_.resolveDeep(expected);
  TypeId breakType = wanted != kNoType && !T_.containsVar(wanted) ? wanted : T_.newVar(VarKind::Any);
  loops_.push_back({e.text, breakType, false, true});
  size_t exprsBefore = fnExprs_.size();
  TypeId body = checkBlock(*e.block, breakType);
  loops_.pop_back();
  bool breaks = false;
  for (size_t i = exprsBefore; i < fnExprs_.size(); ++i)
    breaks = breaks || (fnExprs_[i]->kind == ExprKind::Break && fnExprs_[i]->text == e.text);
  if (!breaks) return body;
  if (isKind(T_, body, TypeKind::Never)) return breakType;
  if (e.block->tail) return coerce(*e.block->tail, body, breakType);
  if (!unify(breakType, body)) mismatch(e.block->span, breakType, body);
  return breakType;
}

TypeId Resolver::elementTypeOfIterable(Expr& iter) {
  TypeId t = T_.resolve(checkExpr(iter));
  const Type ty = T_.get(t);
  switch (ty.kind) {
    case TypeKind::Range: {
      const Expr* r = &withoutParens(iter);
      if (r->kind == ExprKind::Range && !r->lhs)
        fail(DiagCode::E0277, "`" + std::string(r->rhs ? "RangeTo" : "RangeFull") + "` is not an iterator", iter.span,
             "if you meant to iterate until a value, add a starting value");
      return ty.args[0];
    }
    case TypeKind::Vec: case TypeKind::Array: case TypeKind::VecDeque: case TypeKind::BinaryHeap: return ty.args[0];
    case TypeKind::Box: {  // std's IntoIterator for Box<[T]> (since 1.80): the elements, moved out
      const Type target = T_.get(T_.resolve(ty.args[0]));
      if (target.kind == TypeKind::Slice) return target.args[0];
      break;
    }
    case TypeKind::HashMap: case TypeKind::BTreeMap: return T_.tupleOf({ty.args[0], ty.args[1]});
    case TypeKind::HashSet: case TypeKind::BTreeSet: return ty.args[0];
    case TypeKind::Ref: {
      TypeId through = itemThroughReference(ty);
      if (through != kNoType) return through;
      const Type target = T_.get(T_.resolve(ty.args[0]));
      if (target.kind == TypeKind::Box && T_.get(T_.resolve(target.args[0])).kind == TypeKind::Slice)  // `&b` of a Box<[T]>: its slice's
        return T_.refTo(T_.get(T_.resolve(target.args[0])).args[0], ty.isMut);
      if (ty.isMut && target.kind == TypeKind::Iter) return target.args[0];  // `for x in &mut it`: advanced in place
      if (ty.isMut) {
        TypeId learners = learnersIteratorItem(T_.resolve(ty.args[0]), iter.span);
        if (learners != kNoType) return learners;
      }
      break;
    }
    default: break;
  }
  if (ty.kind == TypeKind::Iter) return ty.args[0];
  TypeId learners = learnersIteratorItem(t, iter.span);
  if (learners != kNoType) return learners;
  TypeId generic = genericIteratorItem(t, iter.span);
  if (generic != kNoType) return generic;
  fail(DiagCode::E0277, "`" + typeName(t) + "` is not an iterator", iter.span, "`" + typeName(t) + "` is not an iterator");
}

TypeId Resolver::checkFor(Expr& e) {
  TypeId elem = elementTypeOfIterable(*e.operand);
  pushScope();
  checkPatternOf(PatternSource::For, *e.pattern, elem);
  requireIrrefutable(*e.pattern, elem, "`for` loop binding", e.pattern->span);
  loops_.push_back({e.text, kNoType, true});
  TypeId body = checkBlock(*e.block, T_.unit());
  if (!unify(body, T_.unit()) && !isKind(T_, body, TypeKind::Never)) mismatch(e.block->span, T_.unit(), body);
  loops_.pop_back();
  popScope();
  return T_.unit();
}

// Where the value of an `if` or a `match` is wanted as a known reference
// type (`-> &str`), each branch is coerced to it on its own, as rustc's
// CoerceMany does with an expectation: `s` of a `&String` in one branch and
// `""` in the other both become `&str`. Other branches keep their type.
TypeId Resolver::checkMatch(Expr& e, TypeId expected) {
  if (e.tryOperator) return checkTry(e, expected);
  return checkMatchArms(e, checkExpr(*e.operand), expected);
}

TypeId Resolver::checkMatchArms(Expr& e, TypeId scrutinee, TypeId expected) {
  expected = branchExpectation(expected);
  TypeId result = kNoType;
  std::vector<Expr*> before;  // the arms whose values make the result so far
  for (MatchArm& arm : e.arms) {
    pushScope();
    checkPatternOf(PatternSource::Match, *arm.pattern, scrutinee);
    if (arm.guard) coerce(*arm.guard, checkExpr(*arm.guard, T_.boolType()), T_.boolType());
    TypeId body = checkExpr(*arm.body, expected);
    popScope();
    if (isKind(T_, body, TypeKind::Never)) continue;
    if (coercesEachBranch(expected)) body = coerce(*arm.body, body, expected);
    body = coerceBranchToReference(*arm.body, body, expected);
    if (result != kNoType && isKind(T_, result, TypeKind::FnPtr) && coerceToFnPointer(*arm.body, body, result)) continue;
    if (TypeId pointer = result != kNoType ? meetAsFnPointers(before, result, *arm.body, body) : kNoType; pointer != kNoType) {
      result = pointer;
      before.push_back(arm.body.get());
      continue;
    }
    if (result == kNoType) {
      result = coerceFirstBranch(e, *arm.body, body, expected);
    } else if (expected != kNoType && !unify(result, body)) {  // `n` of a `&String` where a `&str` is wanted
      body = coerce(*arm.body, body, result);
    } else if (!unify(result, body)) {
      TypeId merged = mergeBranchReferences(before, result, *arm.body, body);
      if (merged == kNoType)
        fail(DiagCode::E0308, "`match` arms have incompatible types", arm.body->span,
             "expected `" + typeName(result) + "`, found `" + typeName(body) + "`");
      result = merged;
    }
    before.push_back(arm.body.get());
  }
  requireExhaustive(e, scrutinee);
  return result == kNoType ? T_.never() : result;
}

TypeId Resolver::checkField(Expr& e) {
  TypeId base = checkExpr(*e.operand);
  int derefs = 0;
  TypeId t = stripRefs(base, &derefs);
  e.derefs = static_cast<uint8_t>(derefs);
  const Type ty = T_.get(t);
  std::string name = e.kind == ExprKind::TupleField ? std::to_string(e.index) : e.text;
  if (ty.kind == TypeKind::Tuple && e.kind == ExprKind::TupleField && e.index < ty.args.size()) return ty.args[e.index];
  if (ty.kind == TypeKind::Struct) {
    const auto& fields = T_.structOf(t).fields;
    for (size_t i = 0; i < fields.size(); ++i)
      if (fields[i].first == name) {
        requireVisibleField(T_.structs()[ty.structIndex], i, e.nameSpan.empty() ? e.span : e.nameSpan, false);
        e.resolved = static_cast<int32_t>(i);
        return fields[i].second;
      }
  }
  if (ty.kind == TypeKind::Var) {
    requireSettledTarget(t, DiagCode::E0282);
    failUnknownType(t, e.operand->span);
  }
  rejectStdFieldAccess(e, t, name);
  fail(DiagCode::E0609, "no field `" + name + "` on type `" + typeName(base) + "`", e.nameSpan.empty() ? e.span : e.nameSpan, "unknown field");
}

namespace {

// The fields std 1.95 declares in its types, all private: `v.len` written
// without its parentheses finds Vec's own `len` field.
const char* stdPrivateFields(TypeKind k) {
  switch (k) {
    case TypeKind::Vec: return " buf len ";
    case TypeKind::String: return " vec ";
    case TypeKind::HashMap: case TypeKind::HashSet: return " base ";
    case TypeKind::VecDeque: return " head len buf ";
    case TypeKind::Rc: return " ptr phantom alloc ";
    case TypeKind::RefCell: return " borrow value ";
    case TypeKind::Cell: return " value ";
    case TypeKind::BTreeMap: return " root length alloc ";
    case TypeKind::BTreeSet: return " map ";
    case TypeKind::BinaryHeap: return " data ";
    default: return "";
  }
}

std::optional<StdNames> stdMethodNamesOf(const Type& ty) {
  switch (ty.kind) {
    case TypeKind::Vec: return StdNames::Vec;
    case TypeKind::String: return StdNames::String;
    case TypeKind::HashMap: return StdNames::HashMap;
    case TypeKind::HashSet: return StdNames::HashSet;
    case TypeKind::Option: return StdNames::Option;
    case TypeKind::Result: return StdNames::Result;
    case TypeKind::Str: return StdNames::Str;
    case TypeKind::Slice: return StdNames::Slice;
    case TypeKind::Array: return StdNames::Array;
    default: return std::nullopt;
  }
}

}  // namespace

// A field read on one of std's types, as rustc reports it: one std declares
// is private (E0616, the struct named without its arguments), and a method's
// name taken without its call is E0615 (`s.len`, `v.is_empty`).
void Resolver::rejectStdFieldAccess(const Expr& e, TypeId t, const std::string& name) {
  const Type& ty = T_.get(t);
  Span at = e.nameSpan.empty() ? e.span : e.nameSpan;
  if (std::string(stdPrivateFields(ty.kind)).find(" " + name + " ") != std::string::npos) {
    std::string shown = typeName(t);
    fail(DiagCode::E0616, "field `" + name + "` of struct `" + shown.substr(0, shown.find('<')) + "` is private", at, "private field");
  }
  std::optional<StdNames> list = stdMethodNamesOf(ty);
  if (list && stdHasMethod(*list, name))
    fail(DiagCode::E0615, "attempted to take value of method `" + name + "` on type `" + typeName(t) + "`", at, "method, not a field");
}

TypeId Resolver::checkIndex(Expr& e) {
  TypeId base = checkExpr(*e.lhs);
  int derefs = 0;
  TypeId t = stripRefs(base, &derefs);
  e.derefs = static_cast<uint8_t>(derefs);
  Type ty = T_.get(t);
  if (ty.kind == TypeKind::Struct || ty.kind == TypeKind::Enum || ty.kind == TypeKind::Param) {  // a parameter through its Index bound
    TypeId through = checkOverloadedIndex(e, t, derefs);
    if (through != kNoType && T_.get(T_.resolve(through)).kind == TypeKind::Projection)
      fail(DiagCode::None, "indexing through an `Index` bound that does not name its `Output` is not supported yet", e.span);
    if (through != kNoType) return through;
    if (derefs == 0 && learnersDeref(t)) {  // `m[0]` of the learner's MyBox<Vec<T>>: `(*m)[0]`, as rustc's autoderef does
      wrapInDeref(e.lhs, true);
      base = e.lhs->type;
      t = stripRefs(base, &derefs);
      e.derefs = static_cast<uint8_t>(derefs);
      ty = T_.get(t);
    }
  }
  // A str has no Index by an integer, so rustc leaves `s[0]`'s literal a `{integer}`.
  bool text = ty.kind == TypeKind::String || ty.kind == TypeKind::Str;
  TypeId index = checkOperand(*e.rhs, text ? kNoType : T_.usize());
  bool isRange = isKind(T_, index, TypeKind::Range);
  if (isRange) {
    TypeId bound = T_.get(T_.resolve(index)).args[0];
    if (!unify(bound, T_.usize())) mismatch(e.rhs->span, T_.usize(), bound);
  }
  switch (ty.kind) {
    case TypeKind::Vec: case TypeKind::Array: case TypeKind::Slice:
      if (isRange) return T_.sliceOf(ty.args[0]);
      if (!unify(index, T_.usize())) {
        std::string container = ty.kind == TypeKind::Vec ? "[" + typeName(ty.args[0]) + "]" : typeName(t);
        fail(DiagCode::E0277, "the type `" + container + "` cannot be indexed by `" + typeName(index) + "`", e.rhs->span,
             "slice indices are of type `usize` or ranges of `usize`");
      }
      return ty.args[0];
    case TypeKind::VecDeque:  // `d[i]` by a usize, counted from the front
      if (isRange || !unify(index, T_.usize()))
        fail(DiagCode::None, "indexing a `VecDeque` by anything but a `usize` is not supported yet", e.rhs->span);
      return ty.args[0];
    case TypeKind::HashMap: case TypeKind::BTreeMap: {  // `map[&key]`, `map["text"]`: a &Q the key type borrows as
      const Type given = T_.get(T_.resolve(index));
      if (given.kind != TypeKind::Ref || !borrowsAs(ty.args[0], given.args[0])) mismatch(e.rhs->span, T_.refTo(ty.args[0], false), index);
      return ty.args[1];
    }
    case TypeKind::String: case TypeKind::Str:
      if (isRange) return T_.strType();
      fail(DiagCode::E0277, "the type `str` cannot be indexed by `" + typeName(index) + "`", e.rhs->span, "string indices are ranges of `usize`");
    default:
      fail(DiagCode::E0608, "cannot index into a value of type `" + typeName(base) + "`", {e.lhs->span.end, e.span.end});
  }
}

TypeId Resolver::checkRef(Expr& e, TypeId expected) {
  TypeId hint = kNoType;
  if (expected != kNoType && isKind(T_, expected, TypeKind::Ref)) hint = T_.get(T_.resolve(expected)).args[0];
  TypeId inner = checkExpr(*e.operand, hint);
  // A closure's capture is named by nameSpan (its first use).
  if (e.isMut) requireMutablePlace(*e.operand, e.span, e.nameSpan.empty() ? "borrow" : "capture");
  return T_.refTo(inner, e.isMut);
}

// A generic struct's literal takes its type arguments from the expected
// type when it names the same struct (`let p: Point<i32> = Point { x: 1.0,
// .. }`), so each field is checked against its own type: E0308 at `1.0`.
TypeId Resolver::checkStructLit(Expr& e, TypeId expected) {
  canonicalize(e.path, Namespace::Type);
  TypeId aliased = readThroughAlias(e.path);  // `S::Rect { .. }` of `type S = Shape;`
  if (aliased == kNoType) aliased = readStructThroughAlias(e.path);  // `P { .. }` of `type P = Point;`
  if (aliased != kNoType) return asAliasType(checkStructLit(e, kNoType), aliased, e.span);
  VariantRef variant = findVariant(e.path);
  if (variant.found()) return checkVariantStructLit(e, variant);
  std::string key = e.path.last();
  TypeId type = kNoType;
  if (key == "Self" && currentSelf_ != kNoType && T_.get(T_.resolve(selfType())).kind == TypeKind::Struct) {
    type = T_.resolve(selfType());
    key = T_.structOf(type).key;
  }
  int32_t s = type != kNoType ? T_.get(type).structIndex : e.path.segments.size() == 1 ? T_.findStruct(key) : -1;
  if (s < 0) fail(DiagCode::E0422, "cannot find struct, variant or union type `" + ownerName(key) + "` in this scope", e.path.span, "not found in this scope");
  std::string name = T_.structs()[s].name;
  if (type == kNoType) {
    std::vector<TypeId> args = freshVars(T_.structs()[s].typeParams.size());
    const PathSegment& seg = e.path.segments.back();
    if (!seg.generics.empty()) args = typeArguments(seg, args.size(), "struct", name);
    type = T_.structType(s, args);
    const Type want = expected == kNoType ? Type{} : T_.get(T_.resolve(expected));
    if (seg.generics.empty() && !args.empty() && want.kind == TypeKind::Struct && want.structIndex == s) unify(type, expected);
  }
  e.resolved = s;
  auto fields = T_.structOf(type).fields;
  std::vector<bool> given(fields.size(), false);
  for (FieldInit& f : e.fields) {
    auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& fd) { return fd.first == f.name; });
    if (it == fields.end())
      fail(DiagCode::E0560, "struct `" + name + "` has no field named `" + f.name + "`", f.span, "unknown field");
    requireVisibleField(T_.structs()[s], static_cast<size_t>(it - fields.begin()), f.span, true);
    given[it - fields.begin()] = true;
    coerce(*f.value, checkExpr(*f.value, it->second), it->second);
  }
  if (e.structBase) {
    coerce(*e.structBase, checkExpr(*e.structBase, type), type);
  } else {
    for (size_t i = 0; i < fields.size(); ++i)
      if (!given[i]) fail(DiagCode::E0063, "missing field `" + fields[i].first + "` in initializer of `" + name + "`", e.path.span,
                          "missing `" + fields[i].first + "`");
  }
  return type;
}

// rustc lets a cast's target type reach an unsuffixed literal that is the
// operand itself (`300 as u8` is a u8 literal, out of range), through parens
// and unary operators, but not into a binary operation: in `(5 & a) as i32`
// the 5 takes a's type, u8.
static bool castTargetReachesLiteral(const Expr& e) {
  switch (e.kind) {
    case ExprKind::IntLit: case ExprKind::FloatLit: return true;
    case ExprKind::Paren: case ExprKind::Unary: return castTargetReachesLiteral(*e.operand);
    default: return false;
  }
}

// A cast that is a coercion (an unsizing to a trait object or a slice, a
// deref coercion): rustc's coercion-cast, written with `as`.
bool Resolver::coercesForCast(Expr& operand, TypeId from, TypeId target) {
  try {
    coerce(operand, from, target);
    return true;
  } catch (const CompileError&) {
    return false;
  }
}

TypeId Resolver::checkCast(Expr& e) {
  TypeId target = lowerTypeIn(*e.castType, "cast expression types");
  TypeId from = checkExpr(*e.operand, T_.isNumeric(target) && castTargetReachesLiteral(*e.operand) ? target : kNoType);
  const Type f = T_.get(T_.resolve(from));
  const Type to = T_.get(T_.resolve(target));
  if (to.kind == TypeKind::FnPtr && coerceToFnPointer(*e.operand, from, target)) return target;  // `add_one as fn(i32) -> i32`
  if ((f.kind == TypeKind::FnPtr || T_.closureOf(T_.resolve(from)) >= 0) && to.kind == TypeKind::Int)
    fail(DiagCode::None, "casting a function to an integer (its address) is not supported yet", e.span);
  bool fromNum = T_.isNumeric(from), toNum = to.kind == TypeKind::Int || to.kind == TypeKind::Float;
  bool fieldlessEnum = f.kind == TypeKind::Enum && T_.enumOf(from).fieldless;
  bool ok = (fromNum && toNum) || (fieldlessEnum && to.kind == TypeKind::Int) || ((f.kind == TypeKind::Bool || f.kind == TypeKind::Char) && to.kind == TypeKind::Int) ||
            (to.kind == TypeKind::Char && f.kind == TypeKind::Int && f.intKind == IntKind::U8) || unify(from, target);
  if (!ok && !fromNum && !toNum && coercesForCast(*e.operand, from, target)) return target;  // `Box::new(d) as Box<dyn State>`
  if (!ok) failCast(e, from, target);
  return target;
}

// An `as` rustc refuses: between a value and a type of which either is no
// primitive (a String, a Vec, a struct: E0605), else to `char` from
// anything but a u8 (E0604), to `bool` from a number (E0054), or between
// primitives (a reference counts as one) that do not convert (E0606).
void Resolver::failCast(const Expr& e, TypeId from, TypeId target) {
  const Type f = T_.get(T_.resolve(from));
  std::string fromName = typeName(T_.defaultDeep(from)), toName = typeName(target);  // rustc names `{integer}` i32 here
  const Type to = T_.get(T_.resolve(target));
  auto scalar = [&](const Type& t, TypeId id) {
    return T_.isNumeric(id) || t.kind == TypeKind::Bool || t.kind == TypeKind::Char ||
           (t.kind == TypeKind::Enum && T_.enumOf(id).fieldless);
  };
  if (!(scalar(f, from) || f.kind == TypeKind::Ref) || !scalar(to, target) || to.kind == TypeKind::Enum)
    fail(DiagCode::E0605, "non-primitive cast: `" + fromName + "` as `" + toName + "`", e.span,
         "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object");
  if (to.kind == TypeKind::Char && f.kind != TypeKind::Ref)
    fail(DiagCode::E0604, "only `u8` can be cast as `char`, not `" + fromName + "`", e.span, "invalid cast");
  if (to.kind == TypeKind::Bool && f.kind != TypeKind::Ref)
    fail(DiagCode::E0054, "cannot cast `" + fromName + "` as `bool`", e.span, "unsupported cast");
  fail(DiagCode::E0606, "casting `" + fromName + "` as `" + toName + "` is invalid", e.span);
}

}  // namespace sh
