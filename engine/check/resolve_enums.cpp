// User enums in the resolver: declaring them, naming their variants, and
// checking a variant where it is built (`Shape::Circle(1.0)`,
// `Message::Move { x, y }`, `Quit`) and where it is matched.
//
// A variant is named by `Enum::Variant`, by `Self::Variant` inside the
// enum's impl, or by its bare name after `use Enum::*;` or
// `use Enum::{A, B};`. The checker records the variant's index on the
// expression (Resolved::EnumVariant) or on the pattern (Pattern::variant),
// so the interpreter never looks a name up.
#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "check/prelude.h"
#include "check/resolver.h"
#include "syntax/clone.h"

namespace sh {

namespace {

// An explicit discriminant: an integer literal, possibly negated.
bool literalDiscriminant(const Expr& e, int64_t* out) {
  if (e.kind == ExprKind::Paren) return literalDiscriminant(*e.operand, out);
  if (e.kind == ExprKind::Unary && e.unaryOp == UnaryOp::Neg && literalDiscriminant(*e.operand, out)) {
    *out = -*out;
    return true;
  }
  if (e.kind != ExprKind::IntLit || !e.suffix.empty()) return false;
  errno = 0;
  char* end = nullptr;
  std::string digits;
  for (char c : e.text)
    if (c != '_') digits += c;
  long long v = std::strtoll(digits.c_str(), &end, 0);
  if (errno != 0 || *end != '\0') return false;
  *out = v;
  return true;
}

}  // namespace

namespace {

// An enum's `#[repr(..)]`: C, or one integer type up to 64 bits (the tag's,
// in `kind`). Returns what it does not lay out ("" when nothing): another
// argument, or C with an integer.
std::string readEnumRepr(const std::vector<std::string>& derives, EnumInfo* info, IntKind* kind) {
  std::string unknown;
  for (const std::string& d : derives) {
    if (d.rfind("repr(", 0) != 0) continue;
    std::string arg = d.substr(5, d.size() - 6);
    if (arg == "C") {
      info->reprC = true;
    } else if (parseIntKind(arg, kind) && intKindBytes(*kind) <= 8) {
      info->reprBytes = intKindBytes(*kind);
      info->reprSigned = intKindSigned(*kind);
    } else {
      unknown = arg;
    }
  }
  if (unknown.empty() && info->reprC && info->reprBytes) unknown = "C, int";
  return unknown;
}

bool fitsRepr(int64_t v, unsigned bytes, bool isSigned) {
  if (bytes >= 8) return isSigned || v >= 0;
  int64_t span = int64_t{1} << (8 * bytes);
  return isSigned ? v >= -span / 2 && v < span / 2 : v >= 0 && v < span;
}

}  // namespace

void Resolver::declareEnums(const Program& program, bool isStd) {
  auto& enums = T_.enums();
  for (size_t k = 0; k < program.enums.size(); ++k) {
    const EnumDecl& d = program.enums[k];
    EnumInfo info;
    if (isStd) {  // std's enums are keyed by their path, which a canonical path to them spells
      info.name = d.name;
      info.key = info.stdPath = preludePath(d.name);
    } else {  // the learner's are listed first, so a Program index is a table index
      ItemRef item{ItemKind::Enum, static_cast<int32_t>(k), -1};
      info.name = names_->displayName(item);
      info.key = names_->keyOf(item);
      itemByKey_[info.key] = item;
    }
    info.decl = &d;
    readDerives(d.derives, &info);
    info.typeParams = declareTypeParams(d.generics);
    int64_t next = 0;
    for (const EnumVariant& v : d.variants) {
      if (info.findVariant(v.name) >= 0)
        fail(DiagCode::E0428, "the name `" + v.name + "` is defined multiple times", v.span);
      VariantInfo vi;
      vi.name = v.name;
      vi.shape = v.shape;
      vi.span = v.span;
      if (v.discriminant && !literalDiscriminant(*v.discriminant, &next))
        fail(DiagCode::None, "discriminants other than integer literals are not supported yet", v.discriminant->span);
      vi.discriminant = next;
      for (const VariantInfo& earlier : info.variants)
        if (earlier.discriminant == next)
          fail(DiagCode::E0081, "discriminant value `" + std::to_string(next) + "` assigned more than once", d.span);
      ++next;
      info.fieldless &= v.shape == VariantShape::Unit;
      info.variants.push_back(std::move(vi));
    }
    IntKind reprKind{};
    std::string unknownRepr = readEnumRepr(d.derives, &info, &reprKind);
    if (!unknownRepr.empty()) fail(DiagCode::None, "`#[repr(" + unknownRepr + ")]` on an enum is not supported yet", d.nameSpan);
    bool explicitDiscriminant = std::any_of(d.variants.begin(), d.variants.end(), [](const EnumVariant& v) { return v.discriminant != nullptr; });
    if (explicitDiscriminant && !info.fieldless && info.reprBytes == 0)  // repr(C) alone is not enough
      fail(DiagCode::E0732, "`#[repr(inttype)]` must be specified for enums with explicit discriminants and non-unit variants",
           {d.span.start, d.nameSpan.end});
    for (size_t j = 0; j < info.variants.size(); ++j) {
      if (!info.reprBytes || fitsRepr(info.variants[j].discriminant, info.reprBytes, info.reprSigned)) continue;
      const Expr* written = d.variants[j].discriminant.get();
      if (written) written = &withoutParens(*written);
      if (written && written->kind == ExprKind::IntLit) {  // `B = 300` under `#[repr(u8)]`: rustc's overflowing_literals
        Expr literal;
        literal.kind = ExprKind::IntLit;
        literal.type = T_.intType(reprKind);
        literal.intValue = static_cast<unsigned __int128>(info.variants[j].discriminant);
        literal.span = written->span;
        checkLiteralRange(literal);
      }
      // A negative one under an unsigned repr (E0600), one counted past the type's end (E0370).
      fail(DiagCode::None, "a discriminant outside the range of the enum's `#[repr(..)]` type is not supported yet",
           info.variants[j].span);
    }
    enums.push_back(std::move(info));
  }
}

void Resolver::lowerEnumFields() {
  auto& enums = T_.enums();
  for (size_t i = 0; i < enums.size(); ++i) {
    const EnumDecl& d = *enums[i].decl;
    size_t mark = generics_.size();
    for (TypeId p : enums[i].typeParams) generics_.emplace_back(T_.param(T_.get(p).paramIndex).name, p);
    lowerBounds(d.generics, enums[i].typeParams);
    if (!isPreludeSpan(d.span)) itemScope_ = d.scope;
    for (size_t v = 0; v < d.variants.size(); ++v)
      for (const StructField& f : d.variants[v].fields) {
        TypeId type = lowerTypeIn(*f.type, "field types");
        enums[i].variants[v].fields.emplace_back(f.name, type);
      }
    generics_.resize(mark);
  }
}

TypeId Resolver::selfType() { return currentSelf_ == kNoType ? T_.error() : applySubstitution(currentSelf_); }

// The enum a path's segments before its last name: `Shape`, `Self` inside
// an enum's impl, `Ordering` or `std::cmp::Ordering`.
int32_t Resolver::enumOfPrefix(const Path& p) {
  const std::string& name = p.segments[p.segments.size() - 2].name;
  if (name == "Self") {
    if (currentSelf_ == kNoType) return -1;
    const Type self = T_.get(T_.resolve(selfType()));
    return self.kind == TypeKind::Enum ? self.enumIndex : -1;
  }
  if (p.segments.size() == 2) {
    int32_t en = T_.findEnum(name);
    if (en >= 0) return en;
  }
  Path prefix;
  prefix.span = p.span;  // std's own text names its enums directly
  for (size_t i = 0; i + 1 < p.segments.size(); ++i) prefix.segments.push_back(cloneSegment(p.segments[i]));
  return stdEnumNamed(prefix);
}

// The enum type a variant path builds: `Self` is the impl's own instance,
// another path makes a fresh one (`Wrapper::Some(3)` infers its T).
TypeId Resolver::enumTypeFor(const Path& p, VariantRef v) {
  if (p.segments.size() >= 2 && p.segments[p.segments.size() - 2].name == "Self") return selfType();
  return T_.enumType(v.enumIndex, freshVars(T_.enums()[v.enumIndex].typeParams.size()));
}

// A variant named by a canonical path (check/resolve_paths.cpp): an
// imported variant has become `Enum::Variant` there too.
Resolver::VariantRef Resolver::findVariant(const Path& p) {
  if (p.segments.size() == 1) return {};
  int32_t en = enumOfPrefix(p);
  if (en < 0) return {};
  int32_t v = T_.enums()[en].findVariant(p.last());
  if (v >= 0) return {en, v};
  std::string owner = T_.enums()[en].name;
  MethodPick pick;
  TypeId self = T_.enumType(en, freshVars(T_.enums()[en].typeParams.size()));
  if (lookupAssocFn(self, p.last(), &pick) || findAssociatedConst(self, p.last()) >= 0 || hasStdImplFn(self, p.last())) return {};
  fail(DiagCode::E0599, "no variant or associated item named `" + p.last() + "` found for enum `" + owner + "` in the current scope",
       p.segments.back().span, "variant or associated item not found in `" + owner + "`");
}

std::string Resolver::variantPath(VariantRef v) const { return T_.enums()[v.enumIndex].name + "::" + variantInfo(v).name; }

TypeId Resolver::checkVariantValue(Expr& e, VariantRef v, TypeId expected) {
  const VariantInfo& info = variantInfo(v);
  if (info.shape == VariantShape::Struct)
    fail(DiagCode::E0533, "expected value, found struct variant `" + variantPath(v) + "`", e.span, "not a value");
  if (info.shape == VariantShape::Tuple) {
    TypeId type = enumTypeFor(e.path, v);
    return checkConstructorValue(e, type, T_.enumOf(type).variants[v.variant].fields, expected);
  }
  e.resolvedKind = static_cast<uint8_t>(Resolved::EnumVariant);
  e.resolved = v.variant;
  return enumTypeFor(e.path, v);
}

TypeId Resolver::checkVariantCall(Expr& e, VariantRef v) {
  TypeId type = enumTypeFor(e.operand->path, v);
  const VariantInfo info = T_.enumOf(type).variants[v.variant];
  if (info.shape == VariantShape::Unit)
    fail(DiagCode::E0618, "expected function, found enum variant `" + variantPath(v) + "`", e.operand->span);
  if (info.shape == VariantShape::Struct)
    fail(DiagCode::E0533, "expected function, tuple struct or tuple variant, found struct variant `" + variantPath(v) + "`",
         e.operand->span, "not a function, tuple struct or tuple variant");
  e.resolvedKind = static_cast<uint8_t>(Resolved::EnumVariant);
  e.resolved = v.variant;
  checkArgCount(e, info.fields.size(), e.args.size(), "enum variant");
  checkArguments(e, info.fields.size(), "enum variant",
                 [&](size_t i) { coerce(*e.args[i], checkExpr(*e.args[i], info.fields[i].second), info.fields[i].second); });
  return type;
}

TypeId Resolver::checkVariantStructLit(Expr& e, VariantRef v) {
  TypeId type = enumTypeFor(e.path, v);
  const VariantInfo info = T_.enumOf(type).variants[v.variant];
  std::string name = variantPath(v);
  if (info.shape == VariantShape::Tuple)
    fail(DiagCode::None, "tuple variants written with braces are not supported yet", e.path.span);
  e.resolvedKind = static_cast<uint8_t>(Resolved::EnumVariant);
  e.resolved = v.variant;
  if (e.structBase) fail(DiagCode::E0436, "functional record update syntax requires a struct", e.structBase->span);
  std::vector<bool> given(info.fields.size(), false);
  for (FieldInit& f : e.fields) {
    auto it = std::find_if(info.fields.begin(), info.fields.end(), [&](const auto& fd) { return fd.first == f.name; });
    if (it == info.fields.end())
      fail(DiagCode::E0559, "variant `" + name + "` has no field named `" + f.name + "`", f.span, "field does not exist");
    given[it - info.fields.begin()] = true;
    coerce(*f.value, checkExpr(*f.value, it->second), it->second);
  }
  for (size_t i = 0; i < info.fields.size(); ++i)
    if (!given[i])
      fail(DiagCode::E0063, "missing field `" + info.fields[i].first + "` in initializer of `" + name + "`", e.path.span,
           "missing `" + info.fields[i].first + "`");
  return type;
}

// A variant in a pattern: `Shape::Circle(r)`, `Quit`, `Move { x, .. }`.
void Resolver::checkVariantPattern(Pattern& p, TypeId type, BindingMode mode) {
  VariantRef v = findVariant(p.path);
  TypeId enumType = enumTypeFor(p.path, v);
  if (!unify(type, enumType)) mismatch(p.span, type, enumType);
  p.variant = v.variant;
  const VariantInfo info = T_.enumOf(T_.resolve(type)).variants[v.variant];
  std::string name = variantPath(v);
  const char* shapeName = info.shape == VariantShape::Unit ? "unit variant" : info.shape == VariantShape::Tuple ? "tuple variant" : "struct variant";
  switch (p.kind) {
    case PatternKind::PathPat:
      if (info.shape == VariantShape::Tuple)
        fail(DiagCode::E0532, "expected unit struct, unit variant or constant, found tuple variant `" + name + "`", p.span);
      if (info.shape == VariantShape::Struct)
        fail(DiagCode::E0533, "expected unit struct, unit variant or constant, found struct variant `" + name + "`", p.span,
             "not a unit struct, unit variant or constant");
      return;
    case PatternKind::TupleStruct: {
      if (info.shape == VariantShape::Struct)  // rustc's E0164, at the whole pattern
        fail(DiagCode::E0164, "expected tuple struct or tuple variant, found struct variant `" + name + "`", p.span,
             "not a tuple struct or tuple variant");
      if (info.shape != VariantShape::Tuple)
        fail(DiagCode::E0532, std::string("expected tuple struct or tuple variant, found ") + shapeName + " `" + name + "`", p.path.span);
      size_t given = p.elems.size(), want = info.fields.size();
      if (p.hasRest ? given > want : given != want)
        fail(DiagCode::E0023, "this pattern has " + std::to_string(given) + (given == 1 ? " field" : " fields") +
                          ", but the corresponding tuple variant has " + std::to_string(want) + (want == 1 ? " field" : " fields"),
             given ? Span::cover(p.elems.front()->span, p.elems.back()->span) : p.span);
      for (size_t i = 0; i < given; ++i)
        checkPattern(*p.elems[i], info.fields[patternFieldIndex(p, i, want)].second, mode);
      return;
    }
    case PatternKind::Struct: {
      if (info.shape == VariantShape::Tuple)
        fail(DiagCode::None, "tuple variants matched with braces are not supported yet", p.path.span);
      std::vector<bool> mentioned(info.fields.size(), false);
      for (FieldPattern& fp : p.fields) {
        auto it = std::find_if(info.fields.begin(), info.fields.end(), [&](const auto& f) { return f.first == fp.name; });
        if (it == info.fields.end())
          fail(DiagCode::E0026, "variant `" + name + "` does not have a field named `" + fp.name + "`", fp.span,
               "variant `" + name + "` does not have this field");
        mentioned[it - info.fields.begin()] = true;
        checkPattern(*fp.pattern, it->second, mode);
      }
      for (size_t i = 0; i < info.fields.size() && !p.hasRest; ++i)
        if (!mentioned[i])
          fail(DiagCode::E0027, "pattern does not mention field `" + info.fields[i].first + "`", p.span,
               "missing field `" + info.fields[i].first + "`");
      return;
    }
    default: return;
  }
}

// `[first, .., last]`, `[x, rest @ ..]` against an array or a slice.
void Resolver::checkSlicePattern(Pattern& p, TypeId type, BindingMode mode) {
  const Type t = T_.get(T_.resolve(type));
  if (t.kind != TypeKind::Array && t.kind != TypeKind::Slice) {
    if (t.kind == TypeKind::Var) fail(DiagCode::E0282, "type annotations needed", p.span);
    fail(DiagCode::E0529, "expected an array or slice, found `" + typeName(type) + "`", p.span,
         "pattern cannot match with input type `" + typeName(type) + "`");
  }
  TypeId elem = t.args[0];
  size_t fixed = 0, rests = 0;
  for (const auto& e : p.elems) (e->kind == PatternKind::Rest ? rests : fixed) += 1;
  if (rests > 1) fail(DiagCode::None, "`..` can only be used once per slice pattern", p.span);
  if (t.kind == TypeKind::Array && (rests ? fixed > t.length : fixed != t.length)) {
    if (rests) fail(DiagCode::E0528, "pattern requires at least " + std::to_string(fixed) + " elements but array has " + std::to_string(t.length), p.span);
    fail(DiagCode::E0527, "pattern requires " + std::to_string(fixed) + " elements but array has " + std::to_string(t.length), p.span,
         "expected " + std::to_string(t.length) + " elements");
  }
  for (auto& e : p.elems) {
    if (e->kind != PatternKind::Rest) {
      checkPattern(*e, elem, mode);
      continue;
    }
    fnPatterns_.push_back(e.get());
    e->type = type;
    if (e->name.empty()) continue;
    TypeId rest = t.kind == TypeKind::Array ? T_.arrayOf(elem, t.length - fixed) : T_.sliceOf(elem);
    BindingMode binds = e->byRef ? (e->isMut ? BindingMode::RefMut : BindingMode::Ref) : mode;
    e->bindsByRef = binds != BindingMode::Move;
    if (e->bindsByRef) rest = T_.refTo(rest, binds == BindingMode::RefMut);
    else if (t.kind == TypeKind::Slice)
      fail(DiagCode::E0277, "the size for values of type `[" + typeName(elem) + "]` cannot be known at compilation time", e->span,
           "doesn't have a size known at compile-time");
    declareLocal(*e, rest);
  }
}

}  // namespace sh
