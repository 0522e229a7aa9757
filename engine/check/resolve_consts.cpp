// Constants and statics: their types, their initializers, and what rustc
// allows in them.
//
// An initializer is checked like the body of a function with no
// parameters. It must be something the compiler can work out: literals,
// operators, other constants and statics, tuples, arrays, struct literals,
// constructors and the few std functions that are `const` (`String::new`,
// `Vec::new`); a call of anything else is rustc's E0015. rustc evaluates
// every constant while compiling, so an integer constant's arithmetic is
// worked out here: an overflow or a division by zero rejects the program
// (E0080), and the value is known to the lints that follow constants into
// code (`MAX + 1` with `const MAX: u8 = 255` is `arithmetic_overflow`).
//
// A const names a value, not a place: each use is a fresh copy (the
// interpreter copies the value worked out once before main). A static is
// one place in the static region for the whole run, which the interpreter
// fills before main and never drops.
#include <algorithm>

#include "base/int128.h"
#include "check/resolver.h"
#include "syntax/clone.h"

namespace sh {

namespace {

// How rustc writes an operand in E0080: `i32::MAX`, `i8::MIN`, `1_i32`.
std::string constOperand(__int128 v, IntKind k) {
  unsigned bits = intKindBytes(k) * 8;
  bool isSigned = intKindSigned(k);
  if (bits < 128) {
    __int128 max = isSigned ? (static_cast<__int128>(1) << (bits - 1)) - 1 : (static_cast<__int128>(1) << bits) - 1;
    if (v == max) return std::string(intKindName(k)) + "::MAX";
    if (isSigned && v == -max - 1) return std::string(intKindName(k)) + "::MIN";
  }
  return i128ToString(v) + "_" + intKindName(k);
}

bool fitsIn(__int128 v, IntKind k) {
  unsigned bits = intKindBytes(k) * 8;
  if (bits == 128) return true;
  bool isSigned = intKindSigned(k);
  __int128 lo = isSigned ? -(static_cast<__int128>(1) << (bits - 1)) : 0;
  __int128 hi = isSigned ? (static_cast<__int128>(1) << (bits - 1)) - 1 : (static_cast<__int128>(1) << bits) - 1;
  return v >= lo && v <= hi;
}


}  // namespace

// ---------------------------------------------------------------- declaring and checking

void Resolver::declareConsts() {
  for (size_t i = 0; i < out_.ast->consts.size(); ++i) {
    const ConstDecl& d = out_.ast->consts[i];
    ConstInfo c;
    c.decl = &d;
    c.name = d.name;
    c.isStatic = d.isStatic;
    c.init.name = d.name;
    if (!d.associated) {  // an associated one's type may name Self: lowered with its impl (declareAssociatedConsts)
      ItemRef item{d.isStatic ? ItemKind::Static : ItemKind::Const, static_cast<int32_t>(i), -1};
      itemByKey_[names_->keyOf(item)] = item;
      itemScope_ = d.scope;
      c.type = lowerTypeIn(*d.type, d.isStatic ? "static types" : "const types");
      c.init.ret = c.type;
    }
    out_.consts.push_back(std::move(c));
  }
  itemScope_ = 0;
}

// `const X: i32`, as rustc points at a constant item.
static Span constItemSpan(const ConstDecl& d) { return {d.span.start, d.type->span.end}; }

// An impl's constants, with its type as their Self: two of one name in
// inherent impls of a type are E0592, as two methods are (traits' may
// share a name: `<Unit as A>::ID` and `<Unit as B>::ID` say which).
void Resolver::declareAssociatedConsts(const ImplBlock& d, TypeId self) {
  auto inherent = [&](int32_t k) {
    return std::any_of(out_.ast->impls.begin(), out_.ast->impls.end(), [&](const ImplBlock& b) {
      return !b.trait && std::find(b.consts.begin(), b.consts.end(), k) != b.consts.end();
    });
  };
  for (int32_t index : d.consts) {
    ConstInfo& c = out_.consts[index];
    int32_t earlier = d.trait ? -1 : findAssociatedConst(self, c.name);
    if (earlier >= 0 && inherent(earlier))  // reported at the first, as rustc does
      fail(DiagCode::E0592, "duplicate definitions with name `" + c.name + "`", constItemSpan(*out_.consts[earlier].decl),
           "duplicate definitions for `" + c.name + "`", {{constItemSpan(*c.decl), "other definition for `" + c.name + "`", false}});
    c.owner = self;
    c.type = lowerType(*c.decl->type);
    c.init.ret = c.type;
  }
}

// The associated constant `name` of the type `self`, or -1.
int32_t Resolver::findAssociatedConst(TypeId self, const std::string& name) const {
  self = T_.resolve(self);
  for (size_t i = 0; i < out_.consts.size(); ++i)
    if (out_.consts[i].owner != kNoType && out_.consts[i].name == name && T_.resolve(out_.consts[i].owner) == self)
      return static_cast<int32_t>(i);
  return -1;
}

// The trait whose impl declares associated constant `index`; -1 for an inherent impl's.
int32_t Resolver::traitOfImplConst(int32_t index) const {
  for (const ImplInfo& impl : out_.impls)
    if (!impl.isStd && std::find(impl.decl->consts.begin(), impl.decl->consts.end(), index) != impl.decl->consts.end())
      return impl.trait.trait;
  return -1;
}

// `Unit::ID` named through a type, as rustc picks it: an inherent impl's
// constant first, else the one of a trait in scope that the type
// implements. Two such traits are E0034 (`<Unit as A>::ID` says which), and
// one out of scope is E0599 with rustc's help to import it. -1 when the type
// has no constant of that name at all.
int32_t Resolver::pickAssociatedConst(TypeId self, const std::string& name, Span at) {
  self = T_.resolve(self);
  std::vector<int32_t> ofTraits, hidden;
  for (size_t i = 0; i < out_.consts.size(); ++i) {
    if (out_.consts[i].owner == kNoType || out_.consts[i].name != name || T_.resolve(out_.consts[i].owner) != self) continue;
    auto k = static_cast<int32_t>(i);
    int32_t trait = traitOfImplConst(k);
    if (trait < 0) return k;
    (traitInScope(trait) ? ofTraits : hidden).push_back(k);
  }
  if (ofTraits.size() > 1) {
    std::vector<Label> candidates;
    for (int32_t k : ofTraits) candidates.push_back({constItemSpan(*out_.consts[k].decl), "candidate defined in an impl of the trait `" +
                                                                                         out_.traits[traitOfImplConst(k)].name + "`", false});
    fail(DiagCode::E0034, "multiple applicable items in scope", at, "multiple `" + name + "` found", candidates);
  }
  if (!ofTraits.empty()) return ofTraits[0];
  if (hidden.empty()) return -1;
  const TraitInfo& t = out_.traits[traitOfImplConst(hidden[0])];
  const char* kind = T_.get(self).kind == TypeKind::Enum ? "enum" : "struct";
  Diagnostic d;
  d.code = DiagCode::E0599;
  d.message = "no associated item named `" + name + "` found for " + kind + " `" + typeName(self) + "` in the current scope";
  d.labels.push_back({at, "associated item not found in `" + typeName(self) + "`", true});
  d.helps.push_back("items from traits can only be used if the trait is in scope");
  d.helps.push_back("trait `" + t.name + "` which provides `" + name + "` is implemented but not in scope; perhaps you want to import it: `use " +
                    (t.key.empty() ? t.path : t.key) + ";`");
  throw CompileError(std::move(d));
}

// `Version::ZERO`: E0624 outside the module that may see a private one
// (a trait impl's constant is as visible as its trait).
TypeId Resolver::checkAssociatedConstPath(Expr& e, int32_t index) {
  const ConstDecl& d = *out_.consts[index].decl;
  if (traitOfImplConst(index) < 0 && !names_->visible(d.vis, d.scope, itemScope_))
    fail(DiagCode::E0624, "associated constant `" + d.name + "` is private", e.path.segments.back().span, "private associated constant",
         {{constItemSpan(d), "private associated constant defined here", false}});
  return checkConstPath(e, index);
}

// `<Tri as Shape>::SIDES` and `<T as Shape>::SIDES`: the constant the
// named trait's impl for the type gives (its own or the trait's default,
// copied into the impl), or for a type parameter the trait's declaration,
// run in each instance with the type known. E0576 for a name the trait
// does not declare, E0277 for a type without the impl.
TypeId Resolver::checkQualifiedConst(Expr& e) {
  const Path& p = e.path;
  if (p.segments.size() < 2) fail(DiagCode::None, "this qualified path is not supported yet", e.span);
  Path traitPath;
  traitPath.span = p.span;
  for (size_t i = 0; i + 1 < p.segments.size(); ++i) traitPath.segments.push_back(cloneSegment(p.segments[i]));
  int32_t trait = resolveTraitPath(traitPath, true);
  const TraitInfo& t = out_.traits[trait];
  const std::string& name = p.last();
  if (std::none_of(t.consts.begin(), t.consts.end(), [&](int32_t c) { return out_.consts[c].name == name; }))
    fail(DiagCode::E0576, "cannot find method or associated constant `" + name + "` in trait `" + t.name + "`",
         p.segments.back().span, "not found in `" + t.name + "`");
  TypeId self = T_.resolve(lowerType(*e.qualifiedSelf));
  if (T_.get(self).kind == TypeKind::Param) {
    for (const TraitRef& b : allBoundsOf(self))
      for (int32_t d : b.trait == trait ? t.consts : std::vector<int32_t>{})
        if (out_.consts[d].name == name) {
          checkConstPath(e, d);
          return T_.subst(out_.consts[d].type, {t.self}, {self});
        }
    fail(DiagCode::E0277, "the trait bound `" + typeName(self) + ": " + t.name + "` is not satisfied", e.qualifiedSelf->span,
         "the trait `" + t.name + "` is not implemented for `" + typeName(self) + "`");
  }
  for (const ImplInfo& impl : out_.impls) {
    std::vector<TypeId> args(impl.typeParams.size(), kNoType);
    if (impl.trait.trait != trait || !impl.decl || !matchType(impl.self, self, impl.typeParams, args)) continue;
    for (int32_t c : impl.decl->consts)
      if (out_.consts[c].name == name) return checkConstPath(e, c);
  }
  fail(DiagCode::E0277, "the trait bound `" + typeName(self) + ": " + t.name + "` is not satisfied", e.qualifiedSelf->span,
       "the trait `" + t.name + "` is not implemented for `" + typeName(self) + "`");
}

void Resolver::checkConsts() {
  for (size_t i = 0; i < out_.consts.size(); ++i)
    if (out_.consts[i].trait < 0) checkConst(static_cast<int32_t>(i));
  for (size_t i = 0; i < out_.consts.size(); ++i) {
    std::vector<int32_t> path;
    if (out_.consts[i].trait < 0) requireNoCycle(static_cast<int32_t>(i), path);
  }
  for (ConstInfo& c : out_.consts)
    if (c.trait < 0) evaluateConstInteger(c);
}

// ---------------------------------------------------------------- a trait's constants
//
// `trait Shape { const SIDES: u32; const NAME: &'static str = "shape"; }`:
// each impl gives the trait's constants for its type, and one it leaves out
// takes the trait's default, a copy of which becomes that impl's own (checked
// with Self = its type, so a default naming `Self::SIDES` is each type's).
// Generic code names them through a bound (`T::SIDES`, `Self::SIDES` in a
// provided method): checked against the trait's declaration, and run only
// in instances, where the type is known and the impl's constant is named.

// The trait an impl of the learner's implements, from its path, or null.
static const TraitDecl* learnersTrait(const Program& ast, Scopes& names, const ImplBlock& impl) {
  if (!impl.trait) return nullptr;
  PathResolution r = names.resolve(*impl.trait, impl.scope, Namespace::Type, true);
  if (r.used != impl.trait->segments.size() || r.item.kind != ItemKind::Trait) return nullptr;
  return &ast.traits[r.item.index];
}

// Before any constant is declared (their places in Program::consts are
// their indexes everywhere): a copy of each default an impl leaves out.
void Resolver::addTraitConstDefaults() {
  Program& ast = *out_.ast;
  for (ImplBlock& impl : ast.impls) {
    const TraitDecl* trait = learnersTrait(ast, *names_, impl);
    if (!trait) continue;
    if (!trait->consts.empty() && impl.generics.hasTypeParams())
      fail(DiagCode::None, "associated constants of a generic impl are not supported yet", {impl.span.start, impl.selfType->span.end});
    for (const ConstDecl& c : trait->consts) {
      bool given = std::any_of(impl.consts.begin(), impl.consts.end(), [&](int32_t k) { return ast.consts[k].name == c.name; });
      if (given || !c.init) continue;
      ConstDecl copy;
      copy.name = c.name;
      copy.span = c.span;
      copy.nameSpan = c.nameSpan;
      copy.associated = true;
      copy.type = cloneSyntax(*c.type);
      copy.init = cloneSyntax(*c.init);
      copy.scope = c.scope;
      copy.vis = Visibility::Public;
      impl.consts.push_back(static_cast<int32_t>(ast.consts.size()));
      ast.consts.push_back(std::move(copy));
    }
  }
}

// Each trait's declarations, typed with its Self.
void Resolver::declareTraitConsts() {
  for (size_t i = 0; i < out_.traits.size(); ++i) {
    TraitInfo& t = out_.traits[i];
    if (!t.decl || isPreludeSpan(t.decl->span) || t.decl->consts.empty()) continue;
    if (t.decl->generics.hasTypeParams())
      fail(DiagCode::None, "associated constants of a generic trait are not supported yet", t.decl->consts[0].span);
    itemScope_ = t.decl->scope;
    TypeId savedSelf = currentSelf_;
    currentSelf_ = t.self;
    for (const ConstDecl& d : t.decl->consts) {
      ConstInfo c;
      c.decl = &d;
      c.name = d.name;
      c.trait = static_cast<int32_t>(i);
      c.owner = t.self;
      c.type = lowerType(*d.type);
      c.init.name = d.name;
      c.init.ret = c.type;
      t.consts.push_back(static_cast<int32_t>(out_.consts.size()));
      out_.consts.push_back(std::move(c));
    }
    currentSelf_ = savedSelf;
  }
  itemScope_ = 0;
}

// An impl's constants are the trait's, each of the declared type (E0438,
// E0326), and every one without a default is given (with the missing
// methods: E0046, checkImplAgainstTrait).
void Resolver::checkImplConsts(const ImplInfo& impl) {
  const TraitInfo& t = out_.traits[impl.trait.trait];
  for (int32_t k : impl.decl->consts) {
    const ConstInfo& c = out_.consts[k];
    auto declared = std::find_if(t.consts.begin(), t.consts.end(), [&](int32_t d) { return out_.consts[d].name == c.name; });
    if (declared == t.consts.end())
      fail(DiagCode::E0438, "const `" + c.name + "` is not a member of trait `" + t.name + "`", c.decl->span,
           "not a member of trait `" + t.name + "`");
    TypeId want = T_.subst(out_.consts[*declared].type, {t.self}, {impl.self});
    if (T_.resolve(want) != T_.resolve(c.type))
      fail(DiagCode::E0326, "implemented const `" + c.name + "` has an incompatible type for trait", c.decl->type->span,
           "expected `" + typeName(want) + "`, found `" + typeName(c.type) + "`");
  }
}

// `T::SIDES` for a type parameter: the constant a trait of its bounds
// declares, with its type for T, or -1.
int32_t Resolver::boundConst(TypeId param, const std::string& name, TypeId* type) {
  if (T_.get(T_.resolve(param)).kind != TypeKind::Param) return -1;
  for (const TraitRef& b : allBoundsOf(param))
    for (int32_t d : out_.traits[b.trait].consts)
      if (out_.consts[d].name == name) {
        *type = T_.subst(out_.consts[d].type, {out_.traits[b.trait].self}, {param});
        return d;
      }
  return -1;
}

// A constant whose value needs itself, through others or not, has none
// (E0391). A static may hold the address of another, or of itself: that is
// known before any value is.
void Resolver::requireNoCycle(int32_t index, std::vector<int32_t>& path) {
  const ConstInfo& c = out_.consts[index];
  if (std::find(path.begin(), path.end(), index) != path.end())
    fail(DiagCode::E0391, "cycle detected when checking if `" + c.name + "` is a trivial const", {c.decl->span.start, c.decl->type->span.end});
  path.push_back(index);
  std::function<void(const Expr&)> visit = [&](const Expr& e) {
    if (e.kind == ExprKind::Ref && e.operand->kind == ExprKind::Path &&
        e.operand->resolvedKind == static_cast<uint8_t>(Resolved::Static))
      return;
    if (e.kind == ExprKind::Path && (e.resolvedKind == static_cast<uint8_t>(Resolved::Const) ||
                                     e.resolvedKind == static_cast<uint8_t>(Resolved::Static)))
      requireNoCycle(e.resolved, path);
    for (const Expr* child : {e.lhs.get(), e.rhs.get(), e.operand.get()})
      if (child) visit(*child);
    for (const auto& a : e.args) visit(*a);
    for (const FieldInit& f : e.fields) visit(*f.value);
    if (e.structBase) visit(*e.structBase);
  };
  visit(*c.decl->init);
  path.pop_back();
}

void Resolver::checkConst(int32_t index) {
  ConstInfo& c = out_.consts[index];
  fn_ = &c.init;
  fnIndex_ = -1;
  const_ = &c;
  itemScope_ = c.decl->scope;
  currentImpl_.clear();
  TypeId savedSelf = currentSelf_;
  if (c.owner != kNoType) currentSelf_ = c.owner;
  scopes_.clear();
  loops_.clear();
  fnExprs_.clear();
  fnPatterns_.clear();
  firstFormat_ = out_.formats.size();
  pushScope();
  Expr& init = *out_.ast->consts[index].init;
  coerce(init, checkExpr(init, c.type), c.type);
  finishFunction();
  requireConstExpression(init, c);
  currentSelf_ = savedSelf;
  const_ = nullptr;
  itemScope_ = 0;
}

TypeId Resolver::checkConstPath(Expr& e, int32_t index) {
  const ConstInfo& c = out_.consts[index];
  e.resolvedKind = static_cast<uint8_t>(c.isStatic ? Resolved::Static : Resolved::Const);
  e.resolved = index;
  return c.type;
}

// A constant in a pattern (`MAX => ...`) matches its value: a literal one is
// that literal; an integer one the value worked out for it. A struct, enum
// or tuple constant (`ORIGIN => ...`, `RED => ...`) is the pattern its value
// spells, as rustc's const-to-pattern lowering makes it (so exhaustiveness
// sees through it), and only of a type whose equality is structural: every
// struct and enum in it derives PartialEq.
void Resolver::checkConstPattern(Pattern& p, TypeId type, int32_t index) {
  const ConstInfo& c = out_.consts[index];
  TypeKind kind = T_.get(T_.resolve(c.type)).kind;
  bool composite = kind == TypeKind::Struct || kind == TypeKind::Enum || kind == TypeKind::Tuple || kind == TypeKind::Option ||
                   kind == TypeKind::Result || kind == TypeKind::Array;
  if (!composite) {
    p.kind = PatternKind::Literal;
    p.literal = constLiteral(index, p.span);
    return checkPattern(p, type, BindingMode::Move);
  }
  if (!isStructuralType(c.type, p.span))
    fail(DiagCode::None, "constant of non-structural type `" + typeName(c.type) + "` in a pattern", p.span,
         "constant of non-structural type");
  PatternPtr spelled = patternOfConstValue(*c.decl->init, c.name, p.span);
  spelled->span = p.span;
  p = std::move(*spelled);
  checkPattern(p, type, BindingMode::Move);
}

// Whether `==` on the type is structural (rustc's StructuralPartialEq): its
// structs and enums derive PartialEq, all the way down.
bool Resolver::isStructuralType(TypeId id, Span at) {
  const Type t = T_.get(T_.resolve(id));
  switch (t.kind) {
    case TypeKind::Int: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Str: case TypeKind::Unit: case TypeKind::Float:
      return true;
    case TypeKind::Ref: case TypeKind::Tuple: case TypeKind::Array: case TypeKind::Option: case TypeKind::Result:
      return std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return isStructuralType(a, at); });
    case TypeKind::Struct: {
      if (!T_.structs()[t.structIndex].isPartialEq) return false;
      auto fields = T_.structOf(T_.resolve(id)).fields;
      return std::all_of(fields.begin(), fields.end(), [&](const auto& f) { return isStructuralType(f.second, at); });
    }
    case TypeKind::Enum: {
      if (!T_.enums()[t.enumIndex].isPartialEq) return false;
      for (const VariantInfo& v : T_.enumOf(T_.resolve(id)).variants)
        for (const auto& f : v.fields)
          if (!isStructuralType(f.second, at)) return false;
      return true;
    }
    default:
      fail(DiagCode::None, "constants of type `" + typeName(id) + "` in patterns are not supported yet", at);
  }
}

// The pattern a constant's checked initializer spells, every part written at
// `at` (the constant's name in the pattern, where rustc points); its integer
// parts are the values worked out for them.
PatternPtr Resolver::patternOfConstValue(const Expr& value, const std::string& constName, Span at) {
  auto make = [&](PatternKind kind) {
    auto p = std::make_unique<Pattern>();
    p->kind = kind;
    p->span = at;
    return p;
  };
  const Type& type = T_.get(T_.resolve(value.type));
  __int128 integer = 0;
  if (type.kind == TypeKind::Int && constIntegerValue(value, constName, &integer)) {
    auto p = make(PatternKind::Literal);
    p->literal = integerLiteral(integer, type.intKind, at);
    return p;
  }
  switch (value.kind) {
    case ExprKind::Paren: return patternOfConstValue(*value.operand, constName, at);
    case ExprKind::BoolLit: case ExprKind::CharLit: case ExprKind::StrLit: {
      auto p = make(PatternKind::Literal);
      p->literal = std::make_unique<Expr>();
      p->literal->kind = value.kind;
      p->literal->span = at;
      p->literal->text = value.text;
      return p;
    }
    case ExprKind::Path:
      if (value.resolvedKind == static_cast<uint8_t>(Resolved::Const))
        return patternOfConstValue(*out_.consts[value.resolved].decl->init, out_.consts[value.resolved].name, at);
      if (value.resolvedKind == static_cast<uint8_t>(Resolved::EnumVariant) ||
          value.resolvedKind == static_cast<uint8_t>(Resolved::UnitStruct) ||
          value.resolvedKind == static_cast<uint8_t>(Resolved::NoneValue)) {
        auto p = make(PatternKind::PathPat);
        p->path = clonePath(value.path);
        return p;
      }
      break;
    case ExprKind::Call: {
      bool constructor = value.resolvedKind == static_cast<uint8_t>(Resolved::EnumVariant) ||
                         value.resolvedKind == static_cast<uint8_t>(Resolved::TupleStruct) ||
                         value.resolvedKind == static_cast<uint8_t>(Resolved::Builtin);
      if (!constructor || value.operand->kind != ExprKind::Path) break;
      const std::string& name = value.operand->path.last();
      if (value.resolvedKind == static_cast<uint8_t>(Resolved::Builtin) && name != "Some" && name != "Ok" && name != "Err") break;
      auto p = make(PatternKind::TupleStruct);
      p->path = clonePath(value.operand->path);
      for (const auto& a : value.args) p->elems.push_back(patternOfConstValue(*a, constName, at));
      return p;
    }
    case ExprKind::StructLit: {
      if (value.structBase) break;
      auto p = make(PatternKind::Struct);
      p->path = clonePath(value.path);
      for (const FieldInit& f : value.fields) p->fields.push_back({f.name, at, patternOfConstValue(*f.value, constName, at)});
      return p;
    }
    case ExprKind::Tuple: case ExprKind::Array: {
      auto p = make(value.kind == ExprKind::Tuple ? PatternKind::Tuple : PatternKind::Slice);
      for (const auto& a : value.args) p->elems.push_back(patternOfConstValue(*a, constName, at));
      return p;
    }
    default: break;
  }
  fail(DiagCode::None, "this constant's value in a pattern is not supported yet", at);
}

// The literal a constant stands for in a pattern, written at `at`.
ExprPtr Resolver::constLiteral(int32_t index, Span at) {
  const ConstInfo& c = out_.consts[index];
  const Expr* init = &withoutParens(*c.decl->init);
  switch (init->kind) {
    case ExprKind::CharLit: case ExprKind::BoolLit: case ExprKind::StrLit: {
      auto literal = std::make_unique<Expr>();
      literal->span = at;
      literal->kind = init->kind;
      literal->text = init->text;
      return literal;
    }
    default:
      if (!c.hasIntValue) fail(DiagCode::None, "constants of this kind in patterns are not supported yet", at);
      return integerLiteral(c.intValue, T_.get(c.type).intKind, at);
  }
}

// `-5i32` or `200u8` as the parser would have made it, at `at`.
ExprPtr Resolver::integerLiteral(__int128 v, IntKind kind, Span at) {
  auto literal = std::make_unique<Expr>();
  literal->span = at;
  literal->kind = ExprKind::IntLit;
  literal->intValue = v < 0 ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  literal->text = u128ToString(literal->intValue);
  literal->suffix = intKindName(kind);
  if (v >= 0) return literal;
  literal->negatedLiteral = true;
  auto negated = std::make_unique<Expr>();
  negated->kind = ExprKind::Unary;
  negated->unaryOp = UnaryOp::Neg;
  negated->span = at;
  negated->operand = std::move(literal);
  return negated;
}

// `u8::MAX` in a pattern is the literal it stands for; null when the path
// does not start with an integer type.
ExprPtr Resolver::integerConstantLiteral(Expr& path) {
  TypeId type;
  if (!checkIntegerConstant(path, &type)) return nullptr;
  IntKind kind = T_.get(type).intKind;
  if (!intKindSigned(kind) && path.intValue > (~static_cast<unsigned __int128>(0) >> 1))
    fail(DiagCode::None, "`" + std::string(file_.slice(path.span)) + "` in a pattern is not supported yet", path.span);
  return integerLiteral(static_cast<__int128>(path.intValue), kind, path.span);
}

// A range pattern's bound written as a path, `u8::MAX` or a constant
// (`LOW..=HIGH`), is the literal it stands for.
ExprPtr Resolver::rangeBoundLiteral(Expr& bound) {
  if (ExprPtr literal = integerConstantLiteral(bound)) return literal;
  canonicalize(bound.path, Namespace::Value);
  auto item = bound.path.segments.size() == 1 ? itemByKey_.find(bound.path.last()) : itemByKey_.end();
  if (item != itemByKey_.end() && item->second.kind == ItemKind::Const) return constLiteral(item->second.index, bound.span);
  fail(DiagCode::None, "range patterns bounded by `" + std::string(file_.slice(bound.span)) + "` are not supported yet", bound.span);
}

// What rustc lets a constant's or a static's initializer contain.
void Resolver::requireConstExpression(const Expr& e, const ConstInfo& c) {
  const char* where = c.isStatic ? "statics" : "constants";
  auto notSupported = [&](const std::string& what) { fail(DiagCode::None, what + " in " + where + " are not supported yet", e.span); };
  auto nonConstCall = [&](const std::string& fn) {
    fail(DiagCode::E0015, "cannot call non-const function `" + fn + "` in " + where, e.span, "",
         {});
  };
  switch (e.kind) {
    case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::CharLit: case ExprKind::StrLit:
      return;
    case ExprKind::Path:
      if (e.resolvedKind == static_cast<uint8_t>(Resolved::Static) && !T_.isCopy(e.type))
        fail(DiagCode::E0507, "cannot move out of static item `" + out_.consts[e.resolved].name + "`", e.span,
             "move occurs because `" + out_.consts[e.resolved].name + "` has type `" + typeName(e.type) +
                 "`, which does not implement the `Copy` trait");
      return;
    case ExprKind::Ref:
      if (e.isMut)
        fail(DiagCode::E0764,
             "mutable borrows of temporaries that have their lifetime extended until the end of the program are not allowed",
             e.span, "this mutable borrow refers to such a temporary");
      if (e.operand->kind != ExprKind::Path) requireConstExpression(*e.operand, c);
      return;
    case ExprKind::Unary: case ExprKind::Cast: case ExprKind::Paren: case ExprKind::Field: case ExprKind::TupleField:
    case ExprKind::Deref:
      return requireConstExpression(*e.operand, c);
    case ExprKind::Binary: case ExprKind::Index:
      requireConstExpression(*e.lhs, c);
      return requireConstExpression(*e.rhs, c);
    case ExprKind::Tuple: case ExprKind::Array: case ExprKind::ArrayRepeat:
      for (const auto& a : e.args) requireConstExpression(*a, c);
      return;
    case ExprKind::StructLit:
      for (const FieldInit& f : e.fields) requireConstExpression(*f.value, c);
      if (e.structBase) requireConstExpression(*e.structBase, c);
      return;
    case ExprKind::Call:
      switch (static_cast<Resolved>(e.resolvedKind)) {
        case Resolved::TupleStruct: case Resolved::EnumVariant: break;
        case Resolved::Builtin: {
          auto f = static_cast<BuiltinFn>(e.resolved);
          if (f != BuiltinFn::StringNew && f != BuiltinFn::VecNew && f != BuiltinFn::Some)
            nonConstCall(builtinFnPath(f));
          break;
        }
        case Resolved::UserFn: nonConstCall(out_.fns[e.resolved].name); break;
        default: return notSupported("these calls");
      }
      for (const auto& a : e.args) requireConstExpression(*a, c);
      return;
    case ExprKind::MethodCall: return notSupported("method calls");
    case ExprKind::Macro:
      if (e.text == "vec") nonConstCall("vec!");  // it calls Box's allocation and `into_vec`, which are not const
      return notSupported("macros");
    case ExprKind::Block: case ExprKind::If: case ExprKind::IfLet: case ExprKind::Match:
      return notSupported("blocks, `if` and `match`");
    case ExprKind::While: case ExprKind::WhileLet: case ExprKind::Loop: case ExprKind::For: return notSupported("loops");
    case ExprKind::Range: return notSupported("ranges");
    case ExprKind::Closure: return notSupported("closures");
    case ExprKind::Assign: case ExprKind::CompoundAssign: case ExprKind::Break: case ExprKind::Continue:
    case ExprKind::Return:
      return notSupported("this expression");
  }
}

// ---------------------------------------------------------------- evaluating integers

// An array's length, `[0; 3]` or `[0; N]`: an integer literal, or a `usize`
// constant whose value is worked out by now. Constants are worked out
// before the bodies that use them, but after the signatures and fields
// that name a type, so `[u8; N]` there is not supported yet.
bool Resolver::constantArrayLength(const Expr& len, uint64_t* out) {
  if (len.kind == ExprKind::IntLit && len.type != kNoType) {
    *out = static_cast<uint64_t>(len.intValue);
    return true;
  }
  if (len.kind != ExprKind::Path) return false;
  int32_t index = -1;
  if (len.resolvedKind == static_cast<uint8_t>(Resolved::Const)) {
    index = len.resolved;
  } else if (len.resolvedKind == static_cast<uint8_t>(Resolved::None)) {
    PathResolution r = names_->resolve(len.path, itemScope_, Namespace::Value, true);
    if (r.used == len.path.segments.size() && r.item.kind == ItemKind::Const) index = r.item.index;
  }
  if (index < 0 || static_cast<size_t>(index) >= out_.consts.size()) return false;  // not declared yet
  const ConstInfo& c = out_.consts[index];
  const Type& t = T_.get(c.type);
  if (!c.hasIntValue || t.kind != TypeKind::Int || t.intKind != IntKind::Usize) return false;
  *out = static_cast<uint64_t>(c.intValue);
  return true;
}

// An array length worked out from what is written, wherever it is (struct
// fields and signatures are lowered before any constant is checked): an
// integer literal, a constant declared `usize`, and `+ - * / %` of them in
// parentheses or not. False for anything else, and for arithmetic leaving
// usize's range (rustc's E0080 there), which stay "not supported yet".
bool Resolver::writtenArrayLength(const Expr& e, uint64_t* out, int depth) {
  if (depth > 32) return false;
  if (e.kind == ExprKind::IntLit) {
    unsigned __int128 v = 0;
    if ((!e.suffix.empty() && e.suffix != "usize") || !parseIntLiteral(e.text, &v) || v > UINT64_MAX) return false;
    *out = static_cast<uint64_t>(v);
    return true;
  }
  if (e.kind == ExprKind::Paren) return writtenArrayLength(*e.operand, out, depth + 1);
  if (e.kind == ExprKind::Binary) {
    uint64_t l = 0, r = 0;
    if (!writtenArrayLength(*e.lhs, &l, depth + 1) || !writtenArrayLength(*e.rhs, &r, depth + 1)) return false;
    if (e.binaryOp == BinaryOp::Add) return !__builtin_add_overflow(l, r, out);
    if (e.binaryOp == BinaryOp::Sub) return !__builtin_sub_overflow(l, r, out);
    if (e.binaryOp == BinaryOp::Mul) return !__builtin_mul_overflow(l, r, out);
    if ((e.binaryOp != BinaryOp::Div && e.binaryOp != BinaryOp::Rem) || r == 0) return false;
    *out = e.binaryOp == BinaryOp::Div ? l / r : l % r;
    return true;
  }
  if (e.kind != ExprKind::Path) return false;
  const ConstDecl* d = nullptr;
  if (e.resolvedKind == static_cast<uint8_t>(Resolved::Const) && static_cast<size_t>(e.resolved) < out_.consts.size()) {
    d = out_.consts[e.resolved].decl;
  } else if (e.resolvedKind == static_cast<uint8_t>(Resolved::None)) {
    PathResolution r = names_->resolve(e.path, itemScope_, Namespace::Value, true);
    if (r.used == e.path.segments.size() && r.item.kind == ItemKind::Const) d = &out_.ast->consts[r.item.index];
  }
  if (!d || d->isStatic || d->associated || !d->type || !d->init || d->type->kind != TypeExprKind::Path ||
      d->type->path.segments.size() != 1 || d->type->path.segments[0].name != "usize")
    return false;
  int32_t outer = itemScope_;
  itemScope_ = d->scope;
  bool known = writtenArrayLength(*d->init, out, depth + 1);
  itemScope_ = outer;
  return known;
}

// The value of an integer constant, worked out as rustc's const evaluation
// does; its arithmetic may not overflow (E0080).
void Resolver::evaluateConstInteger(ConstInfo& c) {
  if (c.hasIntValue || c.isStatic || T_.get(c.type).kind != TypeKind::Int) return;
  __int128 v = 0;
  if (constIntegerValue(*c.decl->init, c.name, &v)) {
    c.hasIntValue = true;
    c.intValue = v;
  }
}

// The value of an integer expression in constant `constName`'s initializer,
// or false when it is not one worked out while checking.
bool Resolver::constIntegerValue(const Expr& e, const std::string& constName, __int128* out) {
  auto value = [&](const Expr& inner, __int128* into) { return constIntegerValue(inner, constName, into); };
  const Type& t = T_.get(e.type);
  switch (e.kind) {
    case ExprKind::IntLit: *out = static_cast<__int128>(e.intValue); return t.kind == TypeKind::Int;
    case ExprKind::Paren: return value(*e.operand, out);
    case ExprKind::Path: {
      if (e.resolvedKind != static_cast<uint8_t>(Resolved::Const)) return false;
      ConstInfo& other = out_.consts[e.resolved];
      evaluateConstInteger(other);
      *out = other.intValue;
      return other.hasIntValue;
    }
    case ExprKind::Unary: {
      if (e.unaryOp != UnaryOp::Neg || !value(*e.operand, out)) return false;
      *out = -*out;
      if (e.operand->kind != ExprKind::IntLit && !fitsIn(*out, t.intKind))
        fail(DiagCode::E0080, "attempt to negate `" + constOperand(-*out, t.intKind) + "`, which would overflow", e.span,
             "evaluation of `" + constName + "` failed here");
      return true;
    }
    case ExprKind::Cast: {
      if (t.kind != TypeKind::Int || !value(*e.operand, out)) return false;
      *out = wrapTo(*out, t.intKind);
      return true;
    }
    case ExprKind::Binary: {
      __int128 l, r;
      if (t.kind != TypeKind::Int || !value(*e.lhs, &l) || !value(*e.rhs, &r)) return false;
      std::string ls = constOperand(l, t.intKind), rs = constOperand(r, t.intKind);
      auto failed = [&](const std::string& what) { fail(DiagCode::E0080, what, e.span, "evaluation of `" + constName + "` failed here"); };
      switch (e.binaryOp) {
        case BinaryOp::Add: *out = l + r; break;
        case BinaryOp::Sub: *out = l - r; break;
        case BinaryOp::Mul: *out = l * r; break;
        case BinaryOp::Div: case BinaryOp::Rem:
          if (r == 0)
            failed(e.binaryOp == BinaryOp::Div ? "attempt to divide `" + ls + "` by zero"
                                               : "attempt to calculate the remainder of `" + ls + "` with a divisor of zero");
          *out = e.binaryOp == BinaryOp::Div ? l / r : l % r;
          break;
        case BinaryOp::BitAnd: *out = l & r; return true;
        case BinaryOp::BitOr: *out = l | r; return true;
        case BinaryOp::BitXor: *out = l ^ r; return true;
        default: return false;
      }
      if (!fitsIn(*out, t.intKind))
        failed("attempt to compute `" + ls + " " + std::string(binaryOpText(e.binaryOp)) + " " + rs + "`, which would overflow");
      return true;
    }
    default: return false;
  }
}

}  // namespace sh
