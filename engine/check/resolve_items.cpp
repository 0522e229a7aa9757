// Items, types, statements and patterns: the part of the resolver that
// declares things. Structs and function signatures are declared before any
// body is checked, so a function may call one defined further down the file,
// as in Rust.
#include <algorithm>
#include <cctype>

#include "base/int128.h"

#include "check/prelude.h"
#include "check/resolver.h"
#include "syntax/clone.h"

namespace sh {

int32_t Checked::findFn(const std::string& name) const {
  for (size_t i = 0; i < fns.size(); ++i)
    if (fns[i].name == name) return static_cast<int32_t>(i);
  return -1;
}

std::vector<int32_t> Checked::fnsInSourceOrder() const {
  std::vector<int32_t> order;
  for (size_t i = 0; i < fns.size(); ++i)
    if (fns[i].isLearnersBody()) order.push_back(static_cast<int32_t>(i));
  std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return fns[a].decl->span.start < fns[b].decl->span.start; });
  return order;
}

void Resolver::fail(DiagCode code, const std::string& message, Span at, const std::string& label,
                    std::vector<Label> more) {
  Diagnostic d;
  d.code = code;
  d.message = message;
  d.labels.push_back({at, label, true});
  for (auto& l : more) d.labels.push_back(std::move(l));
  throw CompileError(std::move(d));
}

void Resolver::resolveProgram() {
  names_ = std::make_unique<Scopes>(*out_.ast, file_);
  collectOuterLocals();
  declarePrelude();
  declareTraits();
  declareTypes();
  checkFieldLifetimes();
  for (size_t i = 0; i < out_.traits.size(); ++i) lowerTraitItems(static_cast<int32_t>(i));
  addTraitConstDefaults();
  declareConsts();
  declareTraitConsts();
  declareImpls();
  checkAllDerives();  // after the impls: a derive's field may compare through the learner's own impl
  declareFunctions();
  requireTerminationResult(out_.fns[out_.mainFn]);
  checkConsts();
  // Every body the learner wrote is checked, in the order rustc checks them
  // (as written), then the instances the bodies need (std's provided
  // methods are checked only as the instances a program uses).
  // A function returning `impl Trait` first: its callers see the type it reveals.
  // (The order is taken once: checking adds the closures' bodies to the functions.)
  const std::vector<int32_t> order = out_.fnsInSourceOrder();
  for (int32_t fn : order)
    if (isOpaque(out_.fns[fn].ret)) checkFunction(fn);
  for (int32_t fn : order)
    if (!isOpaque(out_.fns[fn].ret)) checkFunction(fn);
  checkInstances();
  instantiateDestructors();
}

// Structs and enums first by name and parameters, then their fields: a
// field may name any of them, wherever it is declared.
void Resolver::declareTypes() {
  for (size_t i = 0; i < out_.ast->typeAliases.size(); ++i) {
    ItemRef alias{ItemKind::TypeAlias, static_cast<int32_t>(i), -1};
    itemByKey_[names_->keyOf(alias)] = alias;
    requireAliasParamsUsed(out_.ast->typeAliases[i]);
  }
  // The learner's first, so that an item's index in the Program is its index in the table.
  declareStructs(*out_.ast, false);
  declareStructs(*out_.prelude, true);
  declareEnums(*out_.ast, false);
  declareEnums(*out_.prelude, true);
  auto& structs = T_.structs();
  for (size_t i = 0; i < structs.size(); ++i) {
    const StructDecl& d = *structs[i].decl;
    if (!isPreludeSpan(d.span)) itemScope_ = d.scope;
    size_t mark = generics_.size();
    for (size_t k = 0; k < structs[i].typeParams.size(); ++k)
      generics_.emplace_back(T_.param(T_.get(structs[i].typeParams[k]).paramIndex).name, structs[i].typeParams[k]);
    lowerBounds(d.generics, structs[i].typeParams);
    for (const StructField& f : d.fields) {
      if (f.type->kind == TypeExprKind::DynTrait && &f != &d.fields.back()) {
        structs[i].fields.emplace_back(f.name, lowerParamType(*f.type));
        continue;
      }
      structs[i].fields.emplace_back(f.name, lowerTypeIn(*f.type, "field types"));
    }
    generics_.resize(mark);
  }
  lowerEnumFields();
  itemScope_ = 0;
  T_.completeInstances();
  for (size_t i = 0; i < structs.size(); ++i)
    if (containsByValue(T_.structType(static_cast<int32_t>(i), structs[i].typeParams), static_cast<int32_t>(i), 0)) {
      const StructDecl& d = *structs[i].decl;
      fail(DiagCode::E0072, "recursive type `" + d.name + "` has infinite size", {d.span.start, d.nameSpan.end});
    }
  for (size_t i = 0; i < T_.enums().size(); ++i)
    if (containsByValue(T_.enumType(static_cast<int32_t>(i), T_.enums()[i].typeParams), -1 - static_cast<int32_t>(i), 0)) {
      const EnumDecl& d = *T_.enums()[i].decl;
      fail(DiagCode::E0072, "recursive type `" + d.name + "` has infinite size", {d.span.start, d.nameSpan.end});
    }
}

// The traits a `#[derive(...)]` list names (a `#[repr(C)]` travels with it
// and is read by the struct's own code).
void readDerives(const std::vector<std::string>& derives, DerivedTraits* into) {
  for (const std::string& derive : derives) {
    into->isCopy |= derive == "Copy";
    into->isClone |= derive == "Clone";
    into->isDebug |= derive == "Debug";
    into->isPartialEq |= derive == "PartialEq";
    into->isEq |= derive == "Eq";
    into->isPartialOrd |= derive == "PartialOrd";
    into->isOrd |= derive == "Ord";
    into->isDefault |= derive == "Default";
    into->isHash |= derive == "Hash";
  }
}

// A generic item's parameters, declared once: `struct Wrapper<T>` has one T
// whatever its instances.
std::vector<TypeId> Resolver::declareTypeParams(const Generics& g) {
  size_t mark = generics_.size();
  std::vector<TypeId> params = declareGenerics(g);
  generics_.resize(mark);
  return params;
}

void Resolver::declareStructs(const Program& program, bool isStd) {
  auto& structs = T_.structs();
  for (size_t k = 0; k < program.structs.size(); ++k) {
    const StructDecl& d = program.structs[k];
    StructInfo info;
    if (isStd) {  // std's types are keyed by their path, which a canonical path to them spells
      info.name = d.name;
      info.key = info.stdPath = preludePath(d.name);
    } else {  // the learner's are listed first, so a Program index is a table index
      ItemRef item{ItemKind::Struct, static_cast<int32_t>(k), -1};
      info.name = names_->displayName(item);
      info.key = names_->keyOf(item);
      itemByKey_[info.key] = item;
    }
    info.isTuple = d.isTuple;
    info.decl = &d;
    readDerives(d.derives, &info);
    info.reprC = std::find(d.derives.begin(), d.derives.end(), "repr(C)") != d.derives.end();
    for (const std::string& derive : d.derives)
      if (derive.rfind("repr(", 0) == 0 && derive != "repr(C)")
        fail(DiagCode::None, "`#[" + derive + "]` on a struct is not supported yet", d.nameSpan);
    info.typeParams = declareTypeParams(d.generics);
    structs.push_back(std::move(info));
  }
}

// Whether a value of type t holds a `target` struct (or, as -1 - index, a
// `target` enum) inline, not behind a Box, a reference or a Vec's heap
// buffer: such a type would contain itself and have no finite size.
bool Resolver::containsByValue(TypeId t, int32_t target, int depth) {
  const Type ty = T_.get(t);
  if (depth > 64) return false;
  switch (ty.kind) {
    case TypeKind::Struct: {
      if (depth > 0 && ty.structIndex == target) return true;
      for (const auto& f : T_.structOf(t).fields)
        if (containsByValue(f.second, target, depth + 1)) return true;
      return false;
    }
    case TypeKind::Enum: {
      if (depth > 0 && -1 - ty.enumIndex == target) return true;
      for (const VariantInfo& v : T_.enumOf(t).variants)
        for (const auto& f : v.fields)
          if (containsByValue(f.second, target, depth + 1)) return true;
      return false;
    }
    case TypeKind::Option: case TypeKind::Array: return containsByValue(ty.args[0], target, depth + 1);
    case TypeKind::Tuple:
      for (TypeId a : ty.args)
        if (containsByValue(a, target, depth + 1)) return true;
      return false;
    default: return false;
  }
}

// Free functions (methods are declared with their impls and traits).
void Resolver::declareFunctions() {
  for (size_t i = 0; i < out_.ast->fns.size(); ++i) {
    itemByKey_[names_->keyOf({ItemKind::Fn, static_cast<int32_t>(i), -1})] = {ItemKind::Fn, static_cast<int32_t>(i), -1};
    declareFunction(out_.ast->fns[i], out_.ast->fns[i].body.get(), "", "");
  }
  itemScope_ = 0;
  auto main = fnByName_.find("crate::main");
  out_.mainFn = main == fnByName_.end() ? -1 : main->second;
  if (out_.mainFn >= 0 && out_.fns[out_.mainFn].isTemplate())
    fail(DiagCode::E0131, "`main` function is not allowed to have generic parameters", out_.fns[out_.mainFn].decl->generics.span,
         "`main` cannot have generic parameters");
  if (out_.mainFn < 0) {
    Diagnostic d;
    d.code = DiagCode::E0601;
    d.message = "`main` function not found in crate `main`";
    d.labels.push_back({Span{static_cast<uint32_t>(file_.text().size()), static_cast<uint32_t>(file_.text().size())},
                        "consider adding a `main` function to `" + file_.name() + "`", true});
    throw CompileError(std::move(d));
  }
}

// main returns what a process can report (std's Termination): nothing, or
// a Result whose Ok is () and whose error is Debug (printed as `Error: ..`).
void Resolver::requireTerminationResult(const FnInfo& main) {
  if (!main.decl->ret) return;
  Span at = main.decl->ret->span;
  TypeId ret = T_.resolve(main.ret);
  const Type t = T_.get(ret);
  if (t.kind == TypeKind::Unit || t.kind == TypeKind::Never) return;
  if (t.kind != TypeKind::Result)
    fail(DiagCode::E0277, "`main` has invalid return type `" + typeName(ret) + "`", at,
         "`main` can only return types that implement `Termination`");
  const Type ok = T_.get(T_.resolve(t.args[0]));
  if (ok.kind != TypeKind::Unit && ok.kind != TypeKind::Never)
    fail(DiagCode::E0277, "the trait bound `" + typeName(t.args[0]) + ": Termination` is not satisfied", at,
         "the trait `Termination` is not implemented for `" + typeName(t.args[0]) + "`");
  if (!implementsFormat(t.args[1], FormatTrait::Debug))
    fail(DiagCode::E0277, "`" + typeName(t.args[1]) + "` doesn't implement `Debug`", at,
         "the trait `Debug` is not implemented for `" + typeName(t.args[1]) + "`");
}

// `fn area(side: i32) -> i32`: where rustc points at a function as a whole,
// the item up to its body.
Span Resolver::signatureSpan(const FnDecl& decl) const {
  if (!decl.body) return decl.span;
  uint32_t end = decl.body->span.start;
  while (end > decl.span.start && std::isspace(static_cast<unsigned char>(file_.text()[end - 1]))) --end;
  return {decl.span.start, end};
}

// A free function is known by its key (`crate::geo::area`); a method by
// its impl (check/resolve_methods.cpp), and an inherent one of a type
// without generic arguments also by its type's key and name
// (`crate::Point::new`), where defining it twice is E0428.
// `outerParams` are the generic parameters of its impl or trait (in scope
// already), `self` the Self type there; `outerLifetimes` the lifetimes the
// impl or trait declares, `selfLifetimes` those Self carries
// (check/lifetimes.cpp). `body` is the learner's body, which checking
// annotates; null for std's, which is checked only as instances (copies).
int32_t Resolver::declareFunction(const FnDecl& decl, Block* body, const std::string& implKey, const std::string& implName,
                                  std::vector<TypeId> outerParams, TypeId self,
                                  const std::vector<std::string>& outerLifetimes, const std::vector<std::string>& selfLifetimes) {
  FnInfo info;
  info.decl = &decl;
  if (!isPreludeSpan(decl.span)) itemScope_ = decl.scope;
  bool free = implKey.empty() && implName.empty();
  // A free function is one of the Program's list, whose index Scopes keys it by.
  std::string key = free ? names_->keyOf({ItemKind::Fn, static_cast<int32_t>(&decl - out_.ast->fns.data()), -1})
                         : implKey.empty() ? "" : implKey + "::" + decl.name;
  info.name = free ? names_->qualifiedName(decl.scope, decl.name) : implName + "::" + decl.name;
  if (!key.empty() && fnByName_.count(key))
    fail(DiagCode::E0428, "the name `" + decl.name + "` is defined multiple times", signatureSpan(decl), "`" + decl.name + "` redefined here");
  info.implKey = implKey;
  info.selfType = self;
  size_t mark = generics_.size();
  std::vector<TypeId> own = declareGenerics(decl.generics);
  lowerBounds(decl.generics, own);
  for (const Param& p : decl.params)  // `x: impl Display`: an anonymous type parameter (check/resolve_opaque.cpp)
    if (p.type) declareImplTraitParams(*p.type, &own);
  info.typeParams = std::move(outerParams);
  info.typeParams.insert(info.typeParams.end(), own.begin(), own.end());
  TypeId savedSelf = currentSelf_;
  currentSelf_ = self;
  if (decl.self != SelfParam::None) {
    TypeId selfType = self == kNoType ? T_.error() : self;
    if (decl.self == SelfParam::Ref) selfType = T_.refTo(selfType, false);
    if (decl.self == SelfParam::RefMut) selfType = T_.refTo(selfType, true);
    if (decl.self == SelfParam::Box || decl.self == SelfParam::MutBox) selfType = T_.boxOf(selfType);
    info.paramTypes.push_back(selfType);
  }
  for (const Param& p : decl.params) info.paramTypes.push_back(lowerParamType(*p.type));
  if (decl.ret && decl.ret->kind == TypeExprKind::DynTrait) {
    lowerDynTrait(*decl.ret);
    fail(DiagCode::E0746, "return type cannot be a trait object without pointer indirection", decl.ret->span,
         "doesn't have a size known at compile-time");
  }
  info.ret = decl.ret && decl.ret->kind == TypeExprKind::ImplTrait ? declareOpaqueReturn(*decl.ret, info)
             : decl.ret && decl.ret->kind == TypeExprKind::Never    ? T_.never()  // `-> !`: the body must diverge
             : decl.ret                                             ? lowerType(*decl.ret)
                                                                    : T_.unit();
  info.lifetimes = describeLifetimes(decl, outerLifetimes, selfLifetimes);
  currentSelf_ = savedSelf;
  generics_.resize(mark);
  if (!key.empty()) fnByName_[key] = static_cast<int32_t>(out_.fns.size());
  out_.fns.push_back(std::move(info));
  fnBodies_.push_back(body);
  return static_cast<int32_t>(out_.fns.size() - 1);
}

// A kept iterator named by its std path (`Peekable<Chars<'a>>`,
// `std::slice::Iter<'_, i32>`): the type a source or an adapter makes, so
// a function or a field can hold one; an adapter around anything else is
// not laid out here. kNoType for other names.
TypeId Resolver::keptIterNamed(const std::string& n, const PathSegment& seg) {
  auto source = [&](KeptIter kept, TypeId item) {
    if (!seg.generics.empty()) fail(DiagCode::E0107, "struct takes 0 generic arguments but " + std::to_string(seg.generics.size()) +
                                                         " generic argument" + (seg.generics.size() == 1 ? " was" : "s were") + " supplied",
                                    seg.span);
    return T_.iterOf(item, kept);
  };
  auto argument = [&] {
    if (seg.generics.size() != 1) fail(DiagCode::E0107, "missing generics for struct `" + n.substr(n.rfind(':') + 1) + "`", seg.span);
    return lowerType(*seg.generics[0]);
  };
  if (n == "std::str::Chars") return source(KeptIter::Chars, T_.charType());
  if (n == "std::str::CharIndices") return source(KeptIter::CharIndices, T_.tupleOf({T_.usize(), T_.charType()}));
  if (n == "std::str::Bytes") return source(KeptIter::Bytes, T_.intType(IntKind::U8));
  if (n == "std::str::SplitWhitespace") return source(KeptIter::SplitWhitespace, T_.strRef());
  if (n == "std::str::Lines") return source(KeptIter::Lines, T_.strRef());
  if (n == "std::slice::Iter" || n == "std::slice::IterMut") {
    bool mut = n == "std::slice::IterMut";
    return T_.iterOf(T_.refTo(argument(), mut), mut ? KeptIter::SliceIterMut : KeptIter::SliceIter);
  }
  if (n == "std::vec::IntoIter") return T_.iterOf(argument(), KeptIter::VecIntoIter);
  const std::pair<const char*, KeptIter> pieces[] = {
      {"std::slice::Windows", KeptIter::Windows}, {"std::slice::Chunks", KeptIter::Chunks}, {"std::slice::ChunksExact", KeptIter::ChunksExact}};
  for (auto [path, k] : pieces)  // items `&[T]`
    if (n == path) return T_.iterOf(T_.refTo(T_.sliceOf(argument()), false), k);
  KeptIter adapter = KeptIter::None;
  for (KeptIter k : {KeptIter::Peekable, KeptIter::Enumerate, KeptIter::Skip, KeptIter::Take, KeptIter::Rev, KeptIter::Copied,
                     KeptIter::Cloned, KeptIter::StepBy})  // those without a closure, which has no name
    if (n == std::string("std::iter::") + keptAdapterName(k)) adapter = k;
  if (adapter == KeptIter::None) return kNoType;
  TypeId inner = T_.resolve(argument());
  if (T_.keptIter(inner) == KeptIter::None || ((adapter == KeptIter::Copied || adapter == KeptIter::Cloned) &&
                                               T_.get(T_.resolve(T_.get(inner).args[0])).kind != TypeKind::Ref))
    fail(DiagCode::None, "`" + n + "` around `" + typeName(inner) + "` is not supported yet", seg.span);
  TypeId item = T_.get(inner).args[0];
  if (adapter == KeptIter::Enumerate) item = T_.tupleOf({T_.usize(), item});
  if (adapter == KeptIter::Copied || adapter == KeptIter::Cloned) item = T_.get(T_.resolve(item)).args[0];
  return T_.keptAdapterOf(adapter, item, inner);
}

// A body with no tail whose function returns a value: E0308 at the return
// type, or, for a trait's provided method, at its body, as rustc points.
void Resolver::failNoTail(const FnDecl& decl) {
  std::string found = "expected `" + typeName(fn_->ret) + "`, found `()`";
  if (fn_->trait >= 0) fail(DiagCode::E0308, "mismatched types", decl.body->span, found);
  fail(DiagCode::E0308, "mismatched types", decl.ret ? decl.ret->span : decl.nameSpan, found,
       {{decl.nameSpan, "implicitly returns `()` as its body has no tail or `return` expression", false}});
}

// A type written where rustc allows no `impl Trait` (a `let`'s, a field's,
// a closure parameter's, a const's): one inside it is E0562, "`impl Trait`
// is not allowed in " the place named.
TypeId Resolver::lowerTypeIn(const TypeExpr& t, const char* place) {
  struct Restore {
    const char*& slot;
    const char* saved;
    ~Restore() { slot = saved; }
  } restore{implTraitPlace_, implTraitPlace_};
  implTraitPlace_ = place;
  return lowerType(t);
}

TypeId Resolver::lowerType(const TypeExpr& t) {
  switch (t.kind) {
    case TypeExprKind::Path: return lowerPathType(t);
    case TypeExprKind::Ref:
      if (t.elems[0]->kind == TypeExprKind::DynTrait) return T_.refTo(lowerDynTrait(*t.elems[0]), t.isMut);
      return T_.refTo(lowerType(*t.elems[0]), t.isMut);
    case TypeExprKind::Tuple: {
      std::vector<TypeId> elems;
      for (const auto& e : t.elems) elems.push_back(lowerType(*e));
      return T_.tupleOf(std::move(elems));
    }
    case TypeExprKind::Array: {
      const Expr* len = t.length.get();
      uint64_t length = 0;
      if (!len || (!constantArrayLength(*len, &length) && !writtenArrayLength(*len, &length)))
        fail(DiagCode::None, "this array length is not supported yet (integer literals, `usize` constants and `+ - * / %` of them are)", t.span);
      return T_.arrayOf(lowerType(*t.elems[0]), length);
    }
    case TypeExprKind::Slice: return T_.sliceOf(lowerType(*t.elems[0]));
    case TypeExprKind::Infer: return T_.newVar(VarKind::Any);
    case TypeExprKind::ImplTrait: {
      auto param = implTraitParams_.find(&t);
      if (param != implTraitParams_.end()) return param->second;
      if (implTraitPlace_) fail(DiagCode::E0562, std::string("`impl Trait` is not allowed in ") + implTraitPlace_, t.span);
      fail(DiagCode::None, "`impl Trait` here is not supported yet (only as a function's parameter or its whole result)", t.span);
    }
    case TypeExprKind::DynTrait:
      lowerDynTrait(t);
      fail(DiagCode::None, "a trait object `" + text(t.span) + "` that is not behind a reference or a Box is not supported yet", t.span);
    case TypeExprKind::FnPtr: {
      Type f;
      f.kind = TypeKind::FnPtr;
      for (const TypeExprPtr& p : t.elems) f.args.push_back(lowerTypeIn(*p, "`fn` pointer parameters"));
      f.args.push_back(t.output ? lowerTypeIn(*t.output, "`fn` pointer return types") : T_.unit());
      return T_.intern(f);
    }
    case TypeExprKind::Never: fail(DiagCode::None, "the never type `!` is not supported yet", t.span);
  }
  return T_.error();
}

// A parameter's (or a field's) type, which must have a size: a bare
// `dyn Trait` there is rustc's E0277 at the type.
TypeId Resolver::lowerParamType(const TypeExpr& t) {
  if (t.kind != TypeExprKind::DynTrait) return lowerType(t);
  TypeId dyn = lowerDynTrait(t);
  fail(DiagCode::E0277, "the size for values of type `(" + typeName(dyn) + " + 'static)` cannot be known at compilation time",
       t.span, "doesn't have a size known at compile-time");
}

TypeId Resolver::lowerPathType(const TypeExpr& t) {
  const PathSegment& seg = t.path.segments.back();
  if (!seg.bindings.empty() || seg.parenthesized) {
    if (resolveTraitPath(t.path, false) >= 0)
      fail(DiagCode::E0782, "expected a type, found a trait", t.span, "", {});
    fail(DiagCode::E0229, "associated item constraints are not allowed here",
         seg.bindingSpans.empty() ? seg.genericsSpan : seg.bindingSpans[0]);
  }
  if (t.path.segments.size() == 2) {  // `Self::Item`, `T::Output`
    const std::string& first = t.path.segments[0].name;
    TypeId base = first == "Self" ? currentSelf_ : lookupGeneric(first);
    if (base != kNoType && base >= 0) return applySubstitution(assocTypeNamed(base, seg.name, seg.span));
  }
  if (t.path.segments.size() == 1 && seg.generics.empty()) {
    for (const auto& [name, arg] : aliasArgs_)
      if (name == seg.name) return arg;
    int32_t param = lookupGeneric(seg.name);
    if (param >= 0) return applySubstitution(param);
  }
  // std's own text names std's items directly; the learner's is resolved through its modules and imports.
  PathResolution r;
  if (!isPreludeSpan(t.path.span)) r = names_->resolve(t.path, itemScope_, Namespace::Type);
  bool whole = r.used == t.path.segments.size();
  if (whole && r.item.kind == ItemKind::TypeAlias) {
    const TypeAliasDecl& d = out_.ast->typeAliases[r.item.index];
    return lowerTypeAlias(r.item.index, typeArguments(seg, aliasTypeParams(d).size(), "type alias", d.name));
  }
  if (whole && (r.item.kind == ItemKind::Struct || r.item.kind == ItemKind::Enum)) {
    bool isStruct = r.item.kind == ItemKind::Struct;
    size_t count = isStruct ? T_.structs()[r.item.index].typeParams.size() : T_.enums()[r.item.index].typeParams.size();
    const std::string& name = isStruct ? T_.structs()[r.item.index].name : T_.enums()[r.item.index].name;
    std::vector<TypeId> args = typeArguments(seg, count, isStruct ? "struct" : "enum", name);
    return isStruct ? T_.structType(r.item.index, args) : T_.enumType(r.item.index, args);
  }
  if (whole && r.item.kind == ItemKind::Module)
    fail(DiagCode::E0573, "expected type, found module `" + text(t.path.span) + "`", t.path.span, "not a type");
  if (whole && r.item.kind == ItemKind::Trait)
    fail(DiagCode::E0782, "expected a type, found a trait", t.span, "", {});
  if (r.used > 0 && !(whole && r.item.kind == ItemKind::Std))
    fail(DiagCode::None, "associated types are not supported yet", t.path.span);
  if (r.used == 0 && t.path.segments.size() > 1 && !isPreludeSpan(t.path.span)) {
    const PathSegment& first = t.path.segments[0];
    if (first.name == "Self") fail(DiagCode::None, "associated types are not supported yet", t.path.span);
    throw CompileError(unresolvedFirstSegment(first));
  }
  // A std type by its prelude name (`std::string::String` is `String`), or a builtin as written.
  const std::string& n = r.used > 0 ? r.stdPath : seg.name;
  // std's generic types: their parameters, of which the last `defaulted` (an
  // allocator, a hasher) have defaults, counted as rustc counts them (E0107).
  std::string shortName = n.substr(n.rfind(':') == std::string::npos ? 0 : n.rfind(':') + 1);
  auto generic = [&](size_t count, size_t defaulted) {
    return typeArguments(seg, count, n == "Option" || n == "Result" ? "enum" : "struct", shortName, defaulted);
  };
  // std's collections, Option and Result hold their values in place: a `dyn Trait` there has no size (E0277).
  auto sized = [&](size_t count, size_t defaulted) {
    if (!seg.generics.empty() && seg.generics[0]->kind == TypeExprKind::DynTrait)
      fail(DiagCode::E0277, "the size for values of type `" + text(seg.generics[0]->span) + "` cannot be known at compilation time", t.span,
           "doesn't have a size known at compile-time");
    return generic(count, defaulted);
  };
  IntKind ik;
  const bool builtin = n == "f64" || n == "f32" || n == "bool" || n == "char" || n == "str" || parseIntKind(n, &ik);
  if (builtin && !seg.generics.empty())
    fail(DiagCode::E0109, "type arguments are not allowed on builtin type `" + n + "`", seg.generics[0]->span, "type argument not allowed");
  if (parseIntKind(n, &ik)) return T_.intType(ik);
  if (n == "f64") return T_.f64Type();
  if (n == "f32") return T_.f32Type();
  if (n == "bool") return T_.boolType();
  if (n == "char") return T_.charType();
  if (n == "str") return T_.strType();
  if (n == "String") return generic(0, 0), T_.stringType();
  if (n == "Vec") return T_.vecOf(sized(1, 1)[0]);
  if (n == "Box" && seg.generics.size() == 1 && seg.generics[0]->kind == TypeExprKind::DynTrait)
    return T_.boxOf(lowerDynTrait(*seg.generics[0]));
  if (n == "Box" || n == "std::rc::Rc" || n == "std::rc::Weak") {  // Rc<str>, Rc<[T]>: fat pointers the engine does not make
    TypeId pointee = generic(1, 1)[0];
    TypeKind k = T_.get(T_.resolve(pointee)).kind;
    if ((k == TypeKind::Slice || k == TypeKind::Str) && n != "Box")
      fail(DiagCode::None, "`" + text(t.span) + "` (a pointer to " + (k == TypeKind::Str ? "a `str`" : "a slice") + ") is not supported yet",
           t.span);
    if (n == "Box") return T_.boxOf(pointee);
    return n == "std::rc::Rc" ? T_.rcOf(pointee) : T_.weakOf(pointee);
  }
  if (n == "Option") return T_.optionOf(sized(1, 0)[0]);
  if (n == "Result") {
    std::vector<TypeId> args = sized(2, 0);
    return T_.resultOf(args[0], args[1]);
  }
  if (n == "std::cell::RefCell") return T_.refCellOf(generic(1, 0)[0]);
  if (n == "std::cell::Cell") return T_.cellOf(generic(1, 0)[0]);
  if (n == "std::cell::Ref") return T_.cellRefOf(generic(1, 0)[0], false);
  if (n == "std::cell::RefMut") return T_.cellRefOf(generic(1, 0)[0], true);
  if (n == "std::collections::HashSet") return T_.hashSetOf(sized(1, 2)[0]);
  if (n == "std::collections::VecDeque") return T_.vecDequeOf(sized(1, 1)[0]);
  if (n == "std::collections::BinaryHeap") return T_.binaryHeapOf(sized(1, 1)[0]);
  if (n == "std::collections::BTreeSet") return T_.btreeSetOf(sized(1, 1)[0]);
  if (n == "std::collections::BTreeMap") {
    std::vector<TypeId> args = generic(2, 1);
    return T_.btreeMapOf(args[0], args[1]);
  }
  if (n == "std::collections::HashMap") {
    std::vector<TypeId> args = generic(2, 2);
    return T_.hashMapOf(args[0], args[1]);
  }
  TypeId kept = keptIterNamed(n, seg);
  if (kept != kNoType) return kept;
  if (n == "Self") {
    if (currentSelf_ == kNoType) fail(DiagCode::E0411, "cannot find type `Self` in this scope", seg.span, "`Self` is only available in impls, traits, and type definitions");
    return selfType();
  }
  if (n == "std::io::Error") return T_.ioErrorType();
  if (n == "std::fmt::Result") return T_.resultOf(T_.unit(), T_.structType(T_.findStruct("std::fmt::Error")));  // std's alias
  // std's structs and enums of the prelude text, keyed by their paths (`std::cmp::Ordering`)
  int32_t en = T_.findEnum(n);
  if (en < 0 && isPreludeSpan(t.path.span)) en = stdEnumNamed(t.path);
  if (en >= 0 && !T_.enums()[en].stdPath.empty())
    return T_.enumType(en, typeArguments(seg, T_.enums()[en].typeParams.size(), "enum", T_.enums()[en].name));
  int32_t st = T_.findStruct(n);
  if (st < 0 && isPreludeSpan(t.path.span))
    for (size_t i = 0; i < T_.structs().size() && st < 0; ++i)
      if (!T_.structs()[i].stdPath.empty() && T_.structs()[i].name == n) st = static_cast<int32_t>(i);
  if (st >= 0 && !T_.structs()[st].stdPath.empty())
    return T_.structType(st, typeArguments(seg, T_.structs()[st].typeParams.size(), "struct", T_.structs()[st].name));
  if (resolveTraitPath(t.path, false) >= 0)
    fail(DiagCode::E0782, "expected a type, found a trait", t.span, "", {});
  fail(DiagCode::E0425, "cannot find type `" + n + "` in this scope", seg.span, "not found in this scope");
}

namespace {

// Whether a type names `param`; a trait object's or `impl Trait`'s bounds are
// not looked into, and count as naming it (never a false E0091).
bool namesParam(const TypeExpr& t, const std::string& param) {
  if (t.kind == TypeExprKind::DynTrait || t.kind == TypeExprKind::ImplTrait) return true;
  if (t.output && namesParam(*t.output, param)) return true;
  if (t.kind == TypeExprKind::Path) {
    if (t.path.segments.size() == 1 && t.path.segments[0].name == param && t.path.segments[0].generics.empty()) return true;
    for (const PathSegment& seg : t.path.segments)
      for (const auto& g : seg.generics)
        if (namesParam(*g, param)) return true;
  }
  for (const auto& e : t.elems)
    if (namesParam(*e, param)) return true;
  return false;
}

}  // namespace

std::vector<std::string> Resolver::aliasTypeParams(const TypeAliasDecl& d) {
  std::vector<std::string> params;
  for (const GenericParam& p : d.generics.params)
    if (!p.isLifetime) params.push_back(p.name);
  return params;
}

// An alias's type parameter that its definition never names stands for
// nothing: rustc's E0091, used or not.
void Resolver::requireAliasParamsUsed(const TypeAliasDecl& d) {
  for (const GenericParam& p : d.generics.params)
    if (!p.isLifetime && !namesParam(*d.type, p.name))
      fail(DiagCode::E0091, "type parameter `" + p.name + "` is never used", p.span, "unused type parameter");
}

// `type Km = i32;`: the alias is the type it names, written where the alias
// is declared. One that names itself, through others or not, has no end
// (rustc's E0391). A generic one (`type Grid<T> = Vec<Vec<T>>;`) is given
// exactly as many type arguments as it declares (E0107), lowered where it
// is used, and its parameters stand for them in its definition.
TypeId Resolver::lowerTypeAlias(int32_t alias, const std::vector<TypeId>& args) {
  static thread_local std::vector<int32_t> expanding;
  const TypeAliasDecl& d = out_.ast->typeAliases[alias];
  if (std::find(expanding.begin(), expanding.end(), alias) != expanding.end()) {
    expanding.clear();
    fail(DiagCode::E0391, "cycle detected when expanding type alias `" + d.name + "`", d.type->span);
  }
  std::vector<std::string> params = aliasTypeParams(d);
  std::vector<std::pair<std::string, TypeId>> frame;
  for (size_t i = 0; i < params.size(); ++i) frame.emplace_back(params[i], args[i]);
  expanding.push_back(alias);
  int32_t outer = itemScope_;
  std::string outerImpl = currentImpl_;
  std::swap(aliasArgs_, frame);
  itemScope_ = d.scope;
  currentImpl_.clear();
  TypeId t = lowerType(*d.type);
  itemScope_ = outer;
  currentImpl_ = outerImpl;
  std::swap(aliasArgs_, frame);
  expanding.pop_back();
  return t;
}

// The type arguments written on a generic struct or enum in a type: exactly
// as many as it has parameters (E0107).
std::vector<TypeId> Resolver::typeArguments(const PathSegment& seg, size_t count, const char* kind, const std::string& name,
                                            size_t defaulted) {
  size_t given = seg.generics.size(), most = count + defaulted;
  auto arguments = [](size_t n) { return std::to_string(n) + " generic argument" + (n == 1 ? "" : "s"); };
  if (given == 0 && count > 0 && seg.lifetimes.empty())
    fail(DiagCode::E0107, std::string("missing generics for ") + kind + " `" + name + "`", seg.span, "expected " + arguments(count));
  if (given < count || given > most) {
    size_t bound = given < count ? count : most;
    std::string takes = defaulted == 0 ? "" : given < count ? "at least " : "at most ";
    fail(DiagCode::E0107, std::string(kind) + " takes " + takes + arguments(bound) + " but " + std::to_string(given) + " generic argument" +
                              (given == 1 ? " was" : "s were") + " supplied",
         seg.span, "expected " + takes + arguments(bound));
  }
  if (given > count)  // std's allocator (`Vec<T, A>`) or hasher (`HashMap<K, V, S>`) parameter
    fail(DiagCode::None, "`" + name + "` with its allocator or hasher given is not supported yet", seg.generics[count]->span);
  std::vector<TypeId> args;
  for (const auto& g : seg.generics) args.push_back(lowerType(*g));
  return args;
}

// A std enum (Ordering) named by a path the learner may use for it.
int32_t Resolver::stdEnumNamed(const Path& p) const {
  std::string joined;
  for (const PathSegment& seg : p.segments) joined += (joined.empty() ? "" : "::") + seg.name;
  for (size_t i = 0; i < T_.enums().size(); ++i) {
    const EnumInfo& e = T_.enums()[i];
    if (e.stdPath.empty()) continue;
    // A canonical path spells std's path; std's own text names the enum directly.
    if (e.stdPath == joined || (isPreludeSpan(p.span) && e.name == p.last())) return static_cast<int32_t>(i);
  }
  return -1;
}

// `Self::Item` or `T::Output`: the associated type of that name of a trait
// the type implements (a parameter: one of its bounds).
TypeId Resolver::assocTypeNamed(TypeId base, const std::string& name, Span at) {
  base = T_.resolve(base);
  if (currentImplIndex_ >= 0 && base == out_.impls[currentImplIndex_].self && out_.impls[currentImplIndex_].trait.trait >= 0) {
    const ImplInfo& impl = out_.impls[currentImplIndex_];
    int32_t assoc = out_.traits[impl.trait.trait].findAssoc(name);
    if (assoc >= 0 && impl.assocTypes[assoc] != kNoType) return impl.assocTypes[assoc];
  }
  if (T_.get(base).kind == TypeKind::Param) {
    for (const TraitRef& b : allBoundsOf(base)) {
      int32_t assoc = out_.traits[b.trait].findAssoc(name);
      if (assoc >= 0) return assocTypeOf(base, b.trait, assoc, b.args);
    }
  } else {
    for (const ImplInfo& impl : out_.impls) {
      if (impl.trait.trait < 0) continue;
      int32_t assoc = out_.traits[impl.trait.trait].findAssoc(name);
      std::vector<TypeId> args(impl.typeParams.size(), kNoType);
      if (assoc >= 0 && matchType(impl.self, base, impl.typeParams, args)) return assocTypeOf(base, impl.trait.trait, assoc, impl.trait.args);
    }
  }
  fail(DiagCode::E0220, "associated type `" + name + "` not found for `" + typeName(base) + "`", at,
       "associated type `" + name + "` not found");
}

// ---------------------------------------------------------------- functions

void Resolver::checkFunction(int32_t index) {
  fnIndex_ = index;
  fn_ = &out_.fns[index];
  const FnDecl& decl = *fn_->decl;
  if (!fn_->isStd) itemScope_ = decl.scope;
  // A template's own parameters are in scope by name (an instance's are
  // already, mapped to its arguments by checkInstance).
  size_t genericsMark = generics_.size();
  if (fn_->templateFn < 0)
    for (TypeId p : fn_->typeParams) generics_.emplace_back(T_.param(T_.get(p).paramIndex).name, p);
  currentSelf_ = fn_->templateFn >= 0 ? out_.fns[fn_->templateFn].selfType : fn_->selfType;
  currentImplIndex_ = fn_->impl;
  const Type self = T_.get(T_.resolve(applySubstitution(currentSelf_ == kNoType ? T_.error() : currentSelf_)));
  currentImpl_ = self.kind == TypeKind::Struct ? T_.structs()[self.structIndex].key
                 : self.kind == TypeKind::Enum ? T_.enums()[self.enumIndex].key
                                               : "";
  scopes_.clear();
  loops_.clear();
  fnClosures_.clear();
  closuresIn_ = 0;
  fnExprs_.clear();
  fnPatterns_.clear();
  untypedLets_.clear();
  firstFormat_ = out_.formats.size();
  pushScope();
  size_t param = 0;
  if (decl.self != SelfParam::None) {
    fn_->selfLocal = static_cast<int32_t>(fn_->locals.size());
    fn_->locals.push_back({"self", fn_->paramTypes[0], decl.self == SelfParam::MutValue || decl.self == SelfParam::MutBox,
                           decl.selfSpan});
    scopes_.back()["self"] = fn_->selfLocal;
    param = 1;
  }
  for (const Param& p : decl.params) {
    checkPatternOf(PatternSource::FnParam, *p.pattern, fn_->paramTypes[param]);
    requireIrrefutable(*p.pattern, fn_->paramTypes[param++], "function argument", p.pattern->span);
  }
  TypeId opaque = fn_->ret;  // `-> impl Trait`: the body is checked against the type it will reveal
  if (isOpaque(opaque)) fn_->ret = beginOpaqueBody(opaque, decl);
  TypeId bodyType = checkBlock(*fnBodies_[index], fn_->ret);
  Expr* tail = decl.body->tail.get();
  if (tail)
    coerce(*tail, bodyType, fn_->ret);
  else if (T_.get(T_.resolve(bodyType)).kind != TypeKind::Never && !unify(fn_->ret, T_.unit()))
    failNoTail(decl);
  finishFunction();
  if (isOpaque(opaque)) {
    rejectEscapingBorrows(fn_->ret, *fnBodies_[index]);
    revealOpaque(opaque, fn_->ret);
    fn_->ret = opaque;
  }
  currentImpl_.clear();
  currentSelf_ = kNoType;
  currentImplIndex_ = -1;
  generics_.resize(genericsMark);
}

// Gives every unbound inference variable its default and stores resolved
// types back into the tree, then checks literals against their final types.
void Resolver::finishFunction() {
  settleLaterOperands();
  settleOpenIntos();
  settleTraitArgsByOnlyImpl();
  finishCollectTargets();
  settlingExactSizes_ = true;
  for (const OpenExactSize& o : openExactSizes_) requireExactSize(*o.part, *o.adapter, *o.rev);
  settlingExactSizes_ = false;
  openExactSizes_.clear();
  // A parse's error type follows its target, known only now (`let n: u8 = s.parse().unwrap();`).
  for (auto& [call, target] : parseTargets_) {
    if (isOpenVar(target)) failOpenParse(*call, target);
    TypeId t = T_.defaultDeep(target);
    TypeKind k = T_.get(t).kind;
    if ((k == TypeKind::Struct || k == TypeKind::Enum) && !parsesWithLearnersFromStr(t))
      fail(DiagCode::E0277, "the trait bound `" + T_.name(t) + ": FromStr` is not satisfied", call->nameSpan,
           "the trait `FromStr` is not implemented for `" + T_.name(t) + "`");
    if (k != TypeKind::Int && k != TypeKind::Float && k != TypeKind::Bool && k != TypeKind::Char && k != TypeKind::Struct &&
        k != TypeKind::Enum && k != TypeKind::Error)
      failParseInto(*call, t);  // before its error type is found missing
    const Type& result = T_.get(T_.resolve(call->type));
    if (result.kind == TypeKind::Result && !unify(result.args[1], parseErrorFor(t)))
      mismatch(call->span, T_.resultOf(result.args[0], result.args[1]), T_.resultOf(result.args[0], parseErrorFor(t)));
  }
  for (auto& [call, target] : tryIntoTargets_) {
    TypeId t = T_.defaultDeep(target);
    if (T_.get(t).kind == TypeKind::Error) failUnknownType(target, call->nameSpan, DiagCode::E0283);  // rustc cannot pick the TryFrom impl
    if (T_.get(t).kind != TypeKind::Int)
      fail(DiagCode::None, "`try_into` into `" + T_.name(t) + "` is not supported yet (into integers it is)", call->nameSpan);
    requireCheckedIntConversion(T_.defaultDeep(call->operand->type), t, call->nameSpan);
  }
  tryIntoTargets_.clear();
  requireInferredLocals();
  for (Expr* e : fnExprs_)
    if (e->type != kNoType) e->type = revealKeepingMoves(*e);
  for (Expr* e : fnExprs_)
    if (e->coercedType != kNoType) e->coercedType = reveal(T_.defaultDeep(e->coercedType), e->span);
  for (Pattern* p : fnPatterns_) p->type = reveal(T_.defaultDeep(p->type), {});
  for (LocalInfo& l : fn_->locals) {
    TypeId hidden = T_.defaultDeep(l.type);
    l.type = reveal(hidden, {});
    if (l.type != hidden) l.opaque = hidden;
  }
  for (int32_t c : fnClosures_) {  // written here, inferred with it
    FnInfo& body = out_.fns[c];
    for (LocalInfo& l : body.locals) l.type = reveal(T_.defaultDeep(l.type), {});
    for (TypeId& p : body.paramTypes) p = reveal(T_.defaultDeep(p), {});
    body.ret = reveal(T_.defaultDeep(body.ret), {});
    ClosureInfo& info = out_.closures[body.closure];
    for (TypeId& p : info.params) p = reveal(T_.defaultDeep(p), {});
    info.ret = reveal(T_.defaultDeep(info.ret), {});
    for (auto& field : T_.structs()[info.structIndex].fields) field.second = reveal(T_.defaultDeep(field.second), {});
  }
  for (size_t i = firstFormat_; i < out_.formats.size(); ++i)
    for (CheckedFormatArg& a : out_.formats[i].args) a.type = reveal(T_.defaultDeep(a.type), {});
  for (Expr* e : fnExprs_) recordAdjustedTypes(*e);
  for (Expr* e : fnExprs_) checkLiteralRange(*e);
  recordRetypingCollects();
  for (auto& [call, target] : parseTargets_) {
    TypeId t = T_.defaultDeep(target);
    TypeKind k = T_.get(t).kind;
    if (k == TypeKind::Struct || k == TypeKind::Enum) out_.fromStrs[t] = userImplFn(t, stdTrait(StdTrait::FromStr));
  }
  parseTargets_.clear();
  checkFormatTraits(firstFormat_);
  checkObligations();
  recordVtables();
  resolvePendingCalls();
  recordIteratorNexts();
  bindPendingFnValues();
  std::vector<std::function<void()>> checks = std::move(typeChecks_);
  typeChecks_.clear();
  for (const auto& check : checks) check();
  checks = std::move(patternChecks_);
  patternChecks_.clear();
  for (const auto& check : checks) check();
}

// A variable whose type nothing settled by the function's end (`let v =
// Vec::new();` never used, `|x| x` never called) is rustc's E0282 at its
// binding, the function's own variables before its closures' parameters;
// E0284 for a closure parameter an operator was applied to (`|x| x + 1`),
// whose Output rustc cannot name either, E0283 for a comparison's or an
// assigning operator's (`|a| a == 2`), whose trait rustc cannot pick.
void Resolver::requireInferredLocals() {
  std::function<bool(TypeId)> open = [&](TypeId t) {
    const Type& k = T_.get(T_.resolve(t));
    if (k.kind == TypeKind::Var) return k.varKind == VarKind::Any;
    return std::any_of(k.args.begin(), k.args.end(), open);
  };
  // E0284 where an operator with an Output used it (`x + 1`), E0283 where
  // only one without did (`x == 2`, `x += 1`), else E0282.
  auto codeFor = [&](TypeId t) {
    DiagCode code = DiagCode::E0282;
    for (const Expr* e : fnExprs_) {
      if ((e->kind != ExprKind::Binary && e->kind != ExprKind::CompoundAssign) || opGroup(e->binaryOp) == OpGroup::Logical) continue;
      if (T_.resolve(e->lhs->type) != T_.resolve(t) && T_.resolve(e->rhs->type) != T_.resolve(t)) continue;
      if (e->kind == ExprKind::Binary && opGroup(e->binaryOp) != OpGroup::Comparison) return DiagCode::E0284;
      code = DiagCode::E0283;
    }
    return code;
  };
  for (const LocalInfo& l : fn_->locals)  // not `?`'s own (`Err("no")?` never names its Ok type, nor must it)
    if (l.capture < 0 && l.type != kNoType && open(l.type) && l.name.rfind('?', 0) != 0)
      fail(DiagCode::E0282, "type annotations needed for `" + typeName(l.type) + "`", l.span);
  for (int32_t c : fnClosures_)
    for (const LocalInfo& l : out_.fns[c].locals)
      if (l.capture < 0 && l.type != kNoType && open(l.type)) fail(codeFor(l.type), "type annotations needed", l.span);
}

// Rust rejects a literal that does not fit its type (the deny-by-default
// `overflowing_literals` lint).
void Resolver::checkLiteralRange(const Expr& e) {
  if (e.kind != ExprKind::IntLit) return;
  const Type t = T_.get(e.type);
  if (t.kind != TypeKind::Int) return;
  unsigned bits = intKindBytes(t.intKind) * 8;
  bool isSigned = intKindSigned(t.intKind);
  unsigned __int128 max = bits == 128 ? ~static_cast<unsigned __int128>(0) : (static_cast<unsigned __int128>(1) << bits) - 1;
  if (isSigned) max >>= 1;
  unsigned __int128 limit = isSigned && e.negatedLiteral ? max + 1 : max;
  if (e.intValue <= limit || out_.ast->allows("overflowing_literals", e.span)) return;
  std::string typeName = intKindName(t.intKind);
  std::string min = isSigned ? "-" + u128ToString(max + 1) : "0";
  Diagnostic d;
  d.message = "literal out of range for `" + typeName + "`";
  d.labels.push_back({e.span, "", true});
  d.notes.push_back("the literal `" + text(e.span) + "` does not fit into the type `" + typeName + "` whose range is `" +
                    min + "..=" + u128ToString(max) + "`");
  d.notes.push_back("`#[deny(overflowing_literals)]` on by default");
  throw CompileError(std::move(d));
}

// ---------------------------------------------------------------- blocks

TypeId Resolver::checkBlock(Block& b, TypeId expected) {
  int32_t outerItems = itemScope_;
  if (b.itemScope >= 0) itemScope_ = b.itemScope;
  pushScope();
  bool diverges = false;
  for (Stmt& s : b.stmts) {
    checkStmt(s);
    if (s.kind == StmtKind::Expr && s.init && T_.get(T_.resolve(s.init->type)).kind == TypeKind::Never) diverges = true;
  }
  TypeId result = T_.unit();
  if (b.tail) {
    result = checkExpr(*b.tail, expected);
  } else if (diverges) {
    result = T_.never();
  }
  popScope();
  itemScope_ = outerItems;
  return result;
}

void Resolver::checkStmt(Stmt& s) {
  switch (s.kind) {
    case StmtKind::Let: {
      TypeId declared = s.type ? lowerTypeIn(*s.type, "the type of variable bindings") : T_.newVar(VarKind::Any);
      if (!s.type) untypedLets_.emplace_back(&s, declared);
      if (s.init) {
        if (!s.type) untypedLet_ = {s.init.get(), s.pattern->span};
        TypeId actual = checkExpr(*s.init, declared);
        untypedLet_ = {};
        if (s.type)
          coerce(*s.init, actual, declared, s.type->span, "expected due to this");
        else
          coerce(*s.init, actual, declared);
        if (!s.type) blameLetForOpenCollect(s);
      }
      if (s.init && s.init->kind == ExprKind::Range && (!s.init->lhs || !s.init->rhs))
        fail(DiagCode::None, "a range without both ends kept in a variable is not supported yet", s.init->span);
      if (s.elseBlock) {  // the else block runs without the pattern's bindings, and must not finish
        TypeId elseType = checkBlock(*s.elseBlock, T_.never());
        if (T_.get(T_.resolve(elseType)).kind != TypeKind::Never)
          fail(DiagCode::E0308, "`else` clause of `let...else` does not diverge", s.elseBlock->span,
               "expected `!`, found `" + typeName(elseType) + "`");
      }
      checkPatternOf(PatternSource::Let, *s.pattern, declared);
      findExtendedTemporaries(s);
      if (!s.elseBlock) requireIrrefutable(*s.pattern, declared, "local binding", s.pattern->span);
      return;
    }
    case StmtKind::Expr: {
      TypeId t = checkExpr(*s.init, s.hasSemicolon ? kNoType : T_.unit());
      bool blockLike = s.init->kind == ExprKind::If || s.init->kind == ExprKind::IfLet ||
                       (s.init->kind == ExprKind::Match && !s.init->tryOperator) || s.init->kind == ExprKind::Block ||
                       s.init->kind == ExprKind::While || s.init->kind == ExprKind::WhileLet ||
                       s.init->kind == ExprKind::Loop || s.init->kind == ExprKind::For;
      if (!s.hasSemicolon && blockLike && !unify(t, T_.unit()) && T_.get(T_.resolve(t)).kind != TypeKind::Never)
        mismatch(s.init->span, T_.unit(), t);
      return;
    }
    case StmtKind::Empty: case StmtKind::Item: return;
  }
}

int32_t Resolver::lookupLocal(const std::string& name, Span use) {
  for (size_t i = scopes_.size(); i-- > 0;) {
    auto found = scopes_[i].find(name);
    if (found != scopes_[i].end()) return captureIfOuter(name, found->second, i, use);
  }
  return -1;
}

void Resolver::declareLocal(Pattern& p, TypeId type) {
  p.local = static_cast<int32_t>(fn_->locals.size());
  fn_->locals.push_back({p.name, type, p.isMut && !p.byRef, p.span});
  scopes_.back()[p.name] = p.local;
}

// Checks a pattern against the type of the value it matches, declaring its
// bindings under the default binding mode `mode`. A binding `x` binds by
// value in mode Move and by reference otherwise; `ref x` always by
// reference; `mut x` by value, resetting the mode (edition 2021). An `&p`
// pattern matches the reference itself and its inner pattern starts over in
// mode Move.
void Resolver::checkPattern(Pattern& p, TypeId type, BindingMode mode) {
  fnPatterns_.push_back(&p);
  p.type = type;
  TypeId resolved = T_.resolve(type);
  const Type t = T_.get(resolved);
  bool derefForMatch = t.kind == TypeKind::Ref && p.kind != PatternKind::Binding && p.kind != PatternKind::Wildcard &&
                       p.kind != PatternKind::Ref && p.kind != PatternKind::Literal && p.kind != PatternKind::Range &&
                       p.kind != PatternKind::Rest && p.kind != PatternKind::Or &&  // each alternative derefs for itself
                       !(p.kind == PatternKind::PathPat && namesConstant(p.path));  // a constant is a literal: it derefs for itself
  if (derefForMatch) {
    checkPattern(p, t.args[0], t.isMut && mode != BindingMode::Ref ? BindingMode::RefMut : BindingMode::Ref);
    p.type = type;
    return;
  }
  switch (p.kind) {
    case PatternKind::Binding: {
      if (!p.byRef && !p.isMut && !p.subpattern && namesPatternItem(p.name, p.span)) {  // `zero` for `const zero: i32`
        p.kind = PatternKind::PathPat;
        p.path.segments.clear();
        p.path.segments.push_back(plainSegment(p.name, p.span));
        p.path.span = p.span;
        return checkPattern(p, type, mode);
      }
      BindingMode binds = p.byRef ? (p.isMut ? BindingMode::RefMut : BindingMode::Ref) : p.isMut ? BindingMode::Move : mode;
      p.bindsByRef = binds != BindingMode::Move;
      declareLocal(p, p.bindsByRef ? T_.refTo(type, binds == BindingMode::RefMut) : type);
      if (p.subpattern) checkPattern(*p.subpattern, type, mode);
      return;
    }
    case PatternKind::Wildcard: return;
    case PatternKind::Literal:
    case PatternKind::Range: {
      // A string literal is a `&str` pattern itself; other literals match through a reference.
      bool strLiteral = p.literal && p.literal->kind == ExprKind::StrLit;
      TypeId target = t.kind == TypeKind::Ref && !strLiteral ? t.args[0] : type;
      for (ExprPtr* bound : {&p.rangeLo, &p.rangeHi})
        if (*bound && (*bound)->kind == ExprKind::Path) *bound = rangeBoundLiteral(**bound);
      for (Expr* e : {p.literal.get(), p.rangeLo.get(), p.rangeHi.get()})
        if (e) {
          TypeId lt = checkExpr(*e, target);
          if (!unify(target, lt)) mismatch(e->span, target, lt);
        }
      if (p.kind == PatternKind::Range) requireOrderedRange(p);
      return;
    }
    case PatternKind::Tuple: {
      if (t.kind != TypeKind::Tuple && !(t.kind == TypeKind::Unit && p.elems.empty()) && !p.hasRest) {
        std::vector<TypeId> elems;
        for (size_t i = 0; i < p.elems.size(); ++i) elems.push_back(T_.newVar(VarKind::Any));
        TypeId tuple = T_.tupleOf(elems);
        if (!unify(type, tuple)) mismatch(p.span, type, tuple);
      }
      const Type tt = T_.get(T_.resolve(type));
      if (p.hasRest && tt.kind != TypeKind::Tuple && tt.kind != TypeKind::Unit)
        fail(DiagCode::E0308, "mismatched types", p.span, "expected `" + typeName(type) + "`, found tuple");
      if (p.hasRest ? tt.args.size() < p.elems.size() : tt.args.size() != p.elems.size())
        fail(DiagCode::E0308, "mismatched types", p.span,
             "expected a tuple with " + std::to_string(tt.args.size()) + " elements, found one with " +
                 std::to_string(p.elems.size()) + " elements");
      std::vector<TypeId> args = tt.args;
      for (size_t i = 0; i < p.elems.size(); ++i)
        checkPattern(*p.elems[i], args[patternFieldIndex(p, i, args.size())], mode);
      return;
    }
    case PatternKind::TupleStruct: {
      canonicalize(p.path, Namespace::Value);
      if (TypeId aliased = readThroughAlias(p.path); aliased != kNoType && !unify(type, aliased)) mismatch(p.span, type, aliased);
      const std::string& name = p.path.last();
      if (name == "Some" && (p.path.segments.size() == 1 || p.path.segments[p.path.segments.size() - 2].name == "Option")) {
        TypeId inner = T_.newVar(VarKind::Any);
        if (!unify(type, T_.optionOf(inner))) mismatch(p.span, type, T_.optionOf(inner));
        if (p.elems.size() != 1) fail(DiagCode::E0023, "this pattern has " + std::to_string(p.elems.size()) + " fields, but the corresponding tuple variant has 1 field", p.span);
        checkPattern(*p.elems[0], T_.get(T_.resolve(type)).args[0], mode);
        return;
      }
      if ((name == "Ok" || name == "Err") && (p.path.segments.size() == 1 || p.path.segments[p.path.segments.size() - 2].name == "Result")) {
        TypeId result = T_.resultOf(T_.newVar(VarKind::Any), T_.newVar(VarKind::Any));
        if (!unify(type, result)) mismatch(p.span, type, result);
        const Type rt = T_.get(T_.resolve(type));
        if (p.elems.size() != 1) fail(DiagCode::E0023, "this pattern has " + std::to_string(p.elems.size()) + " fields, but the corresponding tuple variant has 1 field", p.span);
        p.variant = name == "Ok" ? 0 : 1;
        checkPattern(*p.elems[0], rt.args[p.variant], mode);
        return;
      }
      if (findVariant(p.path).found()) return checkVariantPattern(p, type, mode);
      // A tuple struct by its name, or one of std's by its path (`Reverse(x)` is `std::cmp::Reverse`), as in a call.
      std::string joined;
      for (const PathSegment& seg : p.path.segments) joined += (joined.empty() ? "" : "::") + seg.name;
      int32_t s = p.path.segments.size() == 1 || p.path.segments[0].name == "std" ? T_.findStruct(joined) : -1;
      if (s < 0) fail(DiagCode::E0531, "cannot find tuple struct or tuple variant `" + ownerName(name) + "` in this scope", p.path.span, "not found in this scope");
      requirePublicConstructor(s, p.path.span);
      TypeId structType = T_.structType(s, freshVars(T_.structs()[s].typeParams.size()));
      if (!unify(type, structType)) mismatch(p.span, type, structType);
      auto fields = T_.structOf(T_.resolve(type)).fields;
      if (p.hasRest ? p.elems.size() > fields.size() : p.elems.size() != fields.size())
        fail(DiagCode::E0023, "this pattern has " + std::to_string(p.elems.size()) + (p.elems.size() == 1 ? " field" : " fields") +
                          ", but the corresponding tuple struct has " + std::to_string(fields.size()) +
                          (fields.size() == 1 ? " field" : " fields"),
             p.elems.empty() ? p.span : Span::cover(p.elems.front()->span, p.elems.back()->span));
      for (size_t i = 0; i < p.elems.size(); ++i)
        checkPattern(*p.elems[i], fields[patternFieldIndex(p, i, fields.size())].second, mode);
      return;
    }
    case PatternKind::PathPat: {
      if (p.path.segments.size() >= 2) {  // `MaybeInt::None`, `Byte::MAX`: through the type the alias names
        canonicalize(p.path, Namespace::Value);
        readThroughAlias(p.path);
      }
      Expr asExpr;
      asExpr.kind = ExprKind::Path;
      asExpr.path = clonePath(p.path);
      asExpr.span = p.span;
      if (ExprPtr literal = integerConstantLiteral(asExpr)) {  // `u8::MAX`
        p.kind = PatternKind::Literal;
        p.literal = std::move(literal);
        return checkPattern(p, type, mode);
      }
      bool lone = p.path.segments.size() == 1 && p.path.segments[0].generics.empty();
      if (lone) namesPatternItem(p.path.last(), p.span);  // E0530 for a static, a tuple struct or variant
      bool namesNothing = lone && names_->resolve(p.path, itemScope_, Namespace::Value, true).used == 0;
      canonicalize(p.path, Namespace::Value);
      if (p.path.last() == "None" && (p.path.segments.size() == 1 || p.path.segments[p.path.segments.size() - 2].name == "Option")) {
        TypeId opt = T_.optionOf(T_.newVar(VarKind::Any));
        if (!unify(type, opt)) mismatch(p.span, type, opt);
        return;
      }
      if (findVariant(p.path).found()) return checkVariantPattern(p, type, mode);
      if (p.path.segments.size() == 1) {
        auto item = itemByKey_.find(p.path.last());
        if (item != itemByKey_.end() && item->second.kind == ItemKind::Const) return checkConstPattern(p, type, item->second.index);
        int32_t s = T_.findStruct(p.path.last());
        if (s >= 0 && T_.structs()[s].decl->isUnit) {
          if (!unify(type, T_.structType(s))) mismatch(p.span, type, T_.structType(s));
          return;
        }
      } else if (TypeId self = typeOfPathPrefix(p.path); self != kNoType) {  // `Version::ZERO => ..`
        int32_t constant = pickAssociatedConst(self, p.path.last(), p.path.segments.back().span);
        if (constant >= 0) return checkConstPattern(p, type, constant);
      }
      if (namesNothing) {  // `N`, naming nothing: a binding
        p.kind = PatternKind::Binding;
        p.name = p.path.last();
        return checkPattern(p, type, mode);
      }
      fail(DiagCode::E0531, "cannot find unit struct, unit variant or constant `" + ownerName(p.path.last()) + "` in this scope", p.span);
    }
    case PatternKind::Struct: {
      canonicalize(p.path, Namespace::Type);
      TypeId aliased = readThroughAlias(p.path);
      if (aliased == kNoType) aliased = readStructThroughAlias(p.path);
      if (aliased != kNoType && !unify(type, aliased)) mismatch(p.span, type, aliased);
      if (findVariant(p.path).found()) return checkVariantPattern(p, type, mode);
      std::string structKey = p.path.last() == "Self" && !currentImpl_.empty() ? currentImpl_ : p.path.last();
      int32_t s = T_.findStruct(structKey);
      if (s < 0) fail(DiagCode::E0422, "cannot find struct, variant or union type `" + ownerName(p.path.last()) + "` in this scope", p.path.span);
      std::string structName = T_.structs()[s].name;
      TypeId structType = p.path.last() == "Self" && currentSelf_ != kNoType
                              ? selfType()
                              : T_.structType(s, freshVars(T_.structs()[s].typeParams.size()));
      if (!unify(type, structType)) mismatch(p.span, type, structType);
      auto fields = T_.structOf(T_.resolve(type)).fields;
      std::vector<bool> mentioned(fields.size(), false);
      for (FieldPattern& fp : p.fields) {
        auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == fp.name; });
        if (it == fields.end()) fail(DiagCode::E0026, "struct `" + structName + "` does not have a field named `" + fp.name + "`", fp.span);
        requireVisibleField(T_.structs()[s], static_cast<size_t>(it - fields.begin()), fp.span, true);
        mentioned[it - fields.begin()] = true;
        checkPattern(*fp.pattern, it->second, mode);
      }
      for (size_t i = 0; i < fields.size() && !p.hasRest; ++i)
        if (!mentioned[i])
          fail(DiagCode::E0027, "pattern does not mention field `" + fields[i].first + "`", p.span, "missing field `" + fields[i].first + "`");
      return;
    }
    case PatternKind::Slice: return checkSlicePattern(p, type, mode);
    case PatternKind::Rest: fail(DiagCode::None, "`..` patterns outside a slice pattern are not supported yet", p.span);
    case PatternKind::Ref: {
      if (t.kind != TypeKind::Ref) {
        TypeId r = T_.refTo(T_.newVar(VarKind::Any), p.isMut);
        if (!unify(type, r)) mismatch(p.span, type, r);
      }
      checkPattern(*p.elems[0], T_.get(T_.resolve(type)).args[0], BindingMode::Move);
      return;
    }
    case PatternKind::Or: return checkOrPattern(p, type, mode);
  }
}

// A pattern written at `source` (a `let`, a `for`, a parameter, a match arm).
void Resolver::checkPatternOf(PatternSource source, Pattern& p, TypeId type) {
  patternSource_ = source;
  checkPattern(p, type);
}

// The bindings of a pattern, named by where it is written, as rustc names them.
static const char* bindingsNamed(PatternSource source) {
  switch (source) {
    case PatternSource::Match: return "match bindings";
    case PatternSource::Let: return "let bindings";
    case PatternSource::For: return "for bindings";
    case PatternSource::FnParam: return "function parameters";
  }
  return "bindings";
}

bool Resolver::namesConstant(const Path& path) {
  PathResolution r = names_->resolve(path, itemScope_, Namespace::Value, true);
  return r.used == path.segments.size() && r.item.kind == ItemKind::Const;
}

// Whether a lone name in a pattern names a constant, a unit struct or a
// unit variant in scope, which the pattern compares with instead of binding.
bool Resolver::namesPatternItem(const std::string& name, Span span) {
  Path path;
  path.segments.push_back(plainSegment(name, {}));
  PathResolution r = names_->resolve(path, itemScope_, Namespace::Value, true);
  if (r.used != 1) return false;
  auto cannotShadow = [&](const std::string& what) -> bool {  // never returns: fail throws
    fail(DiagCode::E0530, std::string(bindingsNamed(patternSource_)) + " cannot shadow " + what, span,
         "cannot be named the same as " + what.substr(0, what.size() - 1));
  };
  switch (r.item.kind) {
    case ItemKind::Const: return true;
    case ItemKind::Static: return cannotShadow("statics");
    case ItemKind::Struct:
      if (out_.ast->structs[r.item.index].isTuple) cannotShadow("tuple structs");
      return out_.ast->structs[r.item.index].isUnit;
    case ItemKind::Variant:
      if (out_.ast->enums[r.item.index].variants[r.item.variant].shape == VariantShape::Tuple) cannotShadow("tuple variants");
      return out_.ast->enums[r.item.index].variants[r.item.variant].shape == VariantShape::Unit;
    default: return false;
  }
}

namespace {
// The bindings a pattern declares, in order, one per name.
void bindingsOf(Pattern& p, std::vector<Pattern*>& out) {
  if (p.local >= 0 && std::none_of(out.begin(), out.end(), [&](const Pattern* b) { return b->name == p.name; })) out.push_back(&p);
  if (p.subpattern) bindingsOf(*p.subpattern, out);
  for (auto& e : p.elems) bindingsOf(*e, out);
  for (auto& f : p.fields) bindingsOf(*f.pattern, out);
}
void rebind(Pattern& p, const std::string& name, int32_t local) {
  if (p.local >= 0 && p.name == name) p.local = local;
  if (p.subpattern) rebind(*p.subpattern, name, local);
  for (auto& e : p.elems) rebind(*e, name, local);
  for (auto& f : p.fields) rebind(*f.pattern, name, local);
}
}  // namespace

// `A(x) | B(x)`: every alternative binds the same names (E0408), each with
// one type (E0308), and they are one variable: the first alternative's,
// whichever alternative matches.
void Resolver::checkOrPattern(Pattern& p, TypeId type, BindingMode mode) {
  checkPattern(*p.elems[0], type, mode);
  std::vector<Pattern*> first;
  bindingsOf(*p.elems[0], first);
  for (size_t i = 1; i < p.elems.size(); ++i) {
    size_t altLocal = fn_->locals.size();
    checkPattern(*p.elems[i], type, mode);
    std::vector<Pattern*> alt;
    bindingsOf(*p.elems[i], alt);
    for (Pattern* b : alt) {
      auto same = std::find_if(first.begin(), first.end(), [&](const Pattern* f) { return f->name == b->name; });
      if (same == first.end())
        fail(DiagCode::E0408, "variable `" + b->name + "` is not bound in all patterns", p.elems[0]->span,
             "pattern doesn't bind `" + b->name + "`", {{b->span, "variable not in all patterns", false}});
      TypeId expected = fn_->locals[(*same)->local].type, found = fn_->locals[b->local].type;
      if (!unify(expected, found)) mismatch(b->span, expected, found, (*same)->span, "first introduced with type");
      rebind(*p.elems[i], b->name, (*same)->local);
    }
    for (Pattern* f : first)
      if (std::none_of(alt.begin(), alt.end(), [&](const Pattern* b) { return b->name == f->name; }))
        fail(DiagCode::E0408, "variable `" + f->name + "` is not bound in all patterns", p.elems[i]->span,
             "pattern doesn't bind `" + f->name + "`", {{f->span, "variable not in all patterns", false}});
    fn_->locals.resize(altLocal);
    for (Pattern* f : first) scopes_.back()[f->name] = f->local;
  }
}

}  // namespace sh
