// Exhaustiveness (E0004) and refutability (E0005), worked out as rustc's
// pattern analysis does, so a learner reads the same list of what is missing.
//
// Patterns are reduced to constructors applied to fields (`Some(_)` is the
// constructor Some with one wildcard field; `3..=7` is an integer range; a
// tuple or struct has one constructor). The arms form a matrix, one row per
// arm without a guard, and the question "is a wildcard useful after these
// rows?" is answered column by column (Maranget's algorithm, as in
// rustc_pattern_analysis), building the values no row matches:
//
// - a column's constructors are split into those some row names and those
//   none does (integer ranges are cut at every range boundary first);
// - if some are missing, only they are reported, each with wildcard fields
//   (`Shape::Tri(_, _)`), or as one `_` below the top when no row names any;
// - otherwise every constructor is explored with the rows that match it.
//
// The witnesses print as rustc prints them: `Shape::Rect { .. }`,
// `2_u8..=6_u8`, `i32::MIN..=-1_i32`, `&[_, _, ..]`, and at most three are
// listed ("`A`, `B`, `C` and 2 more not covered").
#include <algorithm>

#include "base/int128.h"
#include "base/utf8.h"
#include "check/resolver.h"
#include "fmt/format.h"

namespace sh {

namespace {

enum class ColumnKind : uint8_t { Single, Variant, Bool, Range, Slice, Opaque };

struct Ctor {
  ColumnKind kind = ColumnKind::Single;
  uint32_t variant = 0;          // Variant
  bool value = false;            // Bool
  __int128 lo = 0, hi = 0;       // Range, inclusive
  uint32_t length = 0;           // Slice: fixed length, or the arity of a var-length one
  bool varLen = false;           // Slice: `[a, .., b]` (length or more)
  uint32_t prefix = 0, suffix = 0;  // Slice var-length: elements before and after `..`
};

struct Pat {
  enum class Kind : uint8_t { Wild, Or, Ctor };
  Kind kind = Kind::Wild;
  Ctor ctor;
  std::vector<Pat> fields;  // Ctor: its fields; Or: the alternatives
};

using Row = std::vector<Pat>;
constexpr size_t kMaxWitnesses = 64;

class Analysis {
 public:
  explicit Analysis(const TypeTable& T) : T_(T) {}

  const Type& typeOf(TypeId t) const { return T_.get(T_.resolve(t)); }

  ColumnKind kindOf(TypeId t) const {
    switch (typeOf(t).kind) {
      case TypeKind::Bool: return ColumnKind::Bool;
      case TypeKind::Int: case TypeKind::Char: return ColumnKind::Range;
      case TypeKind::Enum: case TypeKind::Option: case TypeKind::Result: return ColumnKind::Variant;
      case TypeKind::Tuple: case TypeKind::Struct: case TypeKind::Unit: case TypeKind::Ref: case TypeKind::Array:
        return ColumnKind::Single;
      case TypeKind::Slice: return ColumnKind::Slice;
      default: return ColumnKind::Opaque;
    }
  }

  uint32_t variantCount(TypeId t) const {
    const Type& ty = typeOf(t);
    return ty.kind == TypeKind::Enum ? static_cast<uint32_t>(T_.enumOf(t).variants.size()) : 2;
  }

  std::vector<TypeId> fieldTypes(TypeId t, const Ctor& c) const {
    const Type& ty = typeOf(t);
    std::vector<TypeId> out;
    switch (ty.kind) {
      case TypeKind::Tuple: return ty.args;
      case TypeKind::Struct:
        for (const auto& f : T_.structOf(t).fields) out.push_back(f.second);
        return out;
      case TypeKind::Ref: return {ty.args[0]};
      case TypeKind::Array: return std::vector<TypeId>(ty.length, ty.args[0]);
      case TypeKind::Slice: return std::vector<TypeId>(c.length, ty.args[0]);
      case TypeKind::Enum:
        for (const auto& f : T_.enumOf(t).variants[c.variant].fields) out.push_back(f.second);
        return out;
      case TypeKind::Option: return c.variant == 1 ? std::vector<TypeId>{ty.args[0]} : out;
      case TypeKind::Result: return {ty.args[c.variant]};
      default: return out;
    }
  }

  // The integer values a type holds, as inclusive ranges (char leaves out the surrogates).
  std::vector<std::pair<__int128, __int128>> domain(TypeId t) const {
    const Type& ty = typeOf(t);
    if (ty.kind == TypeKind::Char) return {{0, 0xD7FF}, {0xE000, 0x10FFFF}};
    unsigned bits = intKindBytes(ty.intKind) * 8;
    if (!intKindSigned(ty.intKind)) {
      __int128 max = bits == 128 ? static_cast<__int128>(~static_cast<unsigned __int128>(0) >> 1) : (static_cast<__int128>(1) << bits) - 1;
      return {{0, max}};
    }
    // Shifted and decremented unsigned: i128's 1 << 127 does not fit a signed __int128.
    __int128 max = static_cast<__int128>((static_cast<unsigned __int128>(1) << (bits - 1)) - 1);
    return {{-max - 1, max}};
  }

  // ---- lowering the checked patterns

  static bool literalValue(const Expr* e, __int128* out) {
    if (!e) return false;
    if (e->kind == ExprKind::Unary && e->unaryOp == UnaryOp::Neg && literalValue(e->operand.get(), out)) {
      *out = -*out;
      return true;
    }
    if (e->kind == ExprKind::IntLit) {
      *out = static_cast<__int128>(e->intValue);
      return true;
    }
    if (e->kind == ExprKind::CharLit) {
      size_t at = 0;
      *out = decodeUtf8At(e->text, at);
      return true;
    }
    return false;
  }

  Pat ctorPat(Ctor c, std::vector<Pat> fields = {}) const {
    Pat p;
    p.kind = Pat::Kind::Ctor;
    p.ctor = c;
    p.fields = std::move(fields);
    return p;
  }

  Pat lower(const Pattern& p, TypeId type) const {
    const Type& t = typeOf(type);
    switch (p.kind) {
      case PatternKind::Wildcard: case PatternKind::Rest: return Pat{};
      case PatternKind::Binding: return p.subpattern ? lower(*p.subpattern, type) : Pat{};
      case PatternKind::Or: {
        Pat o;
        o.kind = Pat::Kind::Or;
        for (const auto& alt : p.elems) o.fields.push_back(lower(*alt, type));
        return o;
      }
      default: break;
    }
    if (t.kind == TypeKind::Ref) {  // `&x`, or a pattern matched through a reference (default binding mode)
      const Pattern& inner = p.kind == PatternKind::Ref ? *p.elems[0] : p;
      return ctorPat(Ctor{}, {lower(inner, t.args[0])});
    }
    switch (p.kind) {
      case PatternKind::Literal: {
        if (t.kind == TypeKind::Bool) {
          Ctor c;
          c.kind = ColumnKind::Bool;
          c.value = p.literal->kind == ExprKind::BoolLit && p.literal->text == "true";
          return ctorPat(c);
        }
        __int128 v;
        if (kindOf(type) == ColumnKind::Range && literalValue(p.literal.get(), &v)) {
          Ctor c;
          c.kind = ColumnKind::Range;
          c.lo = c.hi = v;
          return ctorPat(c);
        }
        Ctor opaque;
        opaque.kind = ColumnKind::Opaque;
        return ctorPat(opaque);
      }
      case PatternKind::Range: {
        Ctor c;
        c.kind = kindOf(type) == ColumnKind::Range ? ColumnKind::Range : ColumnKind::Opaque;
        if (c.kind == ColumnKind::Opaque) return ctorPat(c);
        auto d = domain(type);
        c.lo = d.front().first;
        c.hi = d.back().second;
        __int128 v;
        if (literalValue(p.rangeLo.get(), &v)) c.lo = v;
        if (literalValue(p.rangeHi.get(), &v)) c.hi = p.inclusive ? v : v - 1;
        return ctorPat(c);
      }
      case PatternKind::Tuple: case PatternKind::TupleStruct: case PatternKind::PathPat: case PatternKind::Struct: {
        Ctor c;
        if (t.kind == TypeKind::Option || t.kind == TypeKind::Result || t.kind == TypeKind::Enum) {
          c.kind = ColumnKind::Variant;
          const std::string& name = p.path.last();
          c.variant = t.kind == TypeKind::Enum ? static_cast<uint32_t>(p.variant)
                      : t.kind == TypeKind::Option ? (name == "Some" ? 1 : 0)
                                                   : (name == "Ok" ? 0 : 1);
        }
        std::vector<TypeId> types = fieldTypes(type, c);
        std::vector<Pat> fields(types.size());
        if (p.kind == PatternKind::Struct) {
          std::vector<std::string> names;
          if (t.kind == TypeKind::Struct)
            for (const auto& f : T_.structOf(type).fields) names.push_back(f.first);
          if (t.kind == TypeKind::Enum)
            for (const auto& f : T_.enumOf(type).variants[c.variant].fields) names.push_back(f.first);
          for (const FieldPattern& fp : p.fields) {
            size_t i = std::find(names.begin(), names.end(), fp.name) - names.begin();
            if (i < fields.size()) fields[i] = lower(*fp.pattern, types[i]);
          }
        } else {
          for (size_t i = 0; i < p.elems.size(); ++i) {
            size_t f = patternFieldIndex(p, i, types.size());
            if (f < fields.size()) fields[f] = lower(*p.elems[i], types[f]);
          }
        }
        return ctorPat(c, std::move(fields));
      }
      case PatternKind::Slice: {
        std::vector<const Pattern*> before, after;
        bool rest = false;
        for (const auto& e : p.elems) {
          if (e->kind == PatternKind::Rest) rest = true;
          else (rest ? after : before).push_back(e.get());
        }
        TypeId elem = t.args[0];
        if (t.kind == TypeKind::Array) {  // one constructor: every element a field
          std::vector<Pat> fields(t.length);
          for (size_t i = 0; i < before.size(); ++i) fields[i] = lower(*before[i], elem);
          for (size_t i = 0; i < after.size(); ++i) fields[t.length - after.size() + i] = lower(*after[i], elem);
          return ctorPat(Ctor{}, std::move(fields));
        }
        Ctor c;
        c.kind = ColumnKind::Slice;
        c.varLen = rest;
        c.prefix = static_cast<uint32_t>(before.size());
        c.suffix = static_cast<uint32_t>(after.size());
        c.length = c.prefix + c.suffix;
        std::vector<Pat> fields;
        for (const Pattern* q : before) fields.push_back(lower(*q, elem));
        for (const Pattern* q : after) fields.push_back(lower(*q, elem));
        return ctorPat(c, std::move(fields));
      }
      default: {
        Ctor opaque;
        opaque.kind = ColumnKind::Opaque;
        return ctorPat(opaque);
      }
    }
  }

  // ---- usefulness

  // Rows whose first pattern is an or-pattern become one row per alternative.
  static std::vector<Row> expandOr(std::vector<Row> rows) {
    std::vector<Row> out;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i][0].kind != Pat::Kind::Or) {
        out.push_back(std::move(rows[i]));
        continue;
      }
      std::vector<Row> alts;
      for (const Pat& alt : rows[i][0].fields) {
        Row r = rows[i];
        r[0] = alt;
        alts.push_back(std::move(r));
      }
      for (Row& r : expandOr(std::move(alts))) out.push_back(std::move(r));
    }
    return out;
  }

  // Whether a row's head constructor `h` matches every value of `c`.
  static bool covers(const Ctor& h, const Ctor& c) {
    switch (h.kind) {
      case ColumnKind::Single: return true;
      case ColumnKind::Variant: return h.variant == c.variant;
      case ColumnKind::Bool: return h.value == c.value;
      case ColumnKind::Range: return h.lo <= c.lo && c.hi <= h.hi;
      case ColumnKind::Slice: return h.varLen ? c.length >= h.prefix + h.suffix : !c.varLen && c.length == h.length;
      case ColumnKind::Opaque: return false;
    }
    return false;
  }

  // The head's fields, fitted to constructor c (a `[a, .., b]` head to c's length).
  static std::vector<Pat> fieldsFor(const Pat& head, const Ctor& c, size_t arity) {
    if (head.kind == Pat::Kind::Wild) return std::vector<Pat>(arity);
    if (head.ctor.kind != ColumnKind::Slice || !head.ctor.varLen) return head.fields;
    std::vector<Pat> out(head.fields.begin(), head.fields.begin() + head.ctor.prefix);
    out.resize(c.length - head.ctor.suffix);
    out.insert(out.end(), head.fields.begin() + head.ctor.prefix, head.fields.end());
    return out;
  }

  static std::vector<Row> specialize(const std::vector<Row>& rows, const Ctor& c, size_t arity) {
    std::vector<Row> out;
    for (const Row& r : rows) {
      if (r[0].kind == Pat::Kind::Ctor && !covers(r[0].ctor, c)) continue;
      Row next = fieldsFor(r[0], c, arity);
      next.insert(next.end(), r.begin() + 1, r.end());
      out.push_back(std::move(next));
    }
    return out;
  }

  static std::vector<Row> defaultRows(const std::vector<Row>& rows) {
    std::vector<Row> out;
    for (const Row& r : rows)
      if (r[0].kind == Pat::Kind::Wild) out.emplace_back(r.begin() + 1, r.end());
    return out;
  }

  struct Split {
    std::vector<Ctor> present, missing;
  };

  Split split(const std::vector<Row>& rows, TypeId type) const {
    Split s;
    std::vector<const Ctor*> heads;
    for (const Row& r : rows)
      if (r[0].kind == Pat::Kind::Ctor) heads.push_back(&r[0].ctor);
    auto place = [&](const Ctor& c) {
      bool named = std::any_of(heads.begin(), heads.end(), [&](const Ctor* h) { return covers(*h, c); });
      (named ? s.present : s.missing).push_back(c);
    };
    switch (kindOf(type)) {
      case ColumnKind::Single: place(Ctor{}); break;
      case ColumnKind::Bool:
        for (bool v : {true, false}) {
          Ctor c;
          c.kind = ColumnKind::Bool;
          c.value = v;
          place(c);
        }
        break;
      case ColumnKind::Variant:
        for (uint32_t v = 0; v < variantCount(type); ++v) {
          Ctor c;
          c.kind = ColumnKind::Variant;
          c.variant = v;
          place(c);
        }
        break;
      case ColumnKind::Range: {
        for (auto [lo, hi] : domain(type)) {
          std::vector<__int128> cuts{lo};
          for (const Ctor* h : heads) {
            if (h->lo > lo && h->lo <= hi) cuts.push_back(h->lo);
            if (h->hi >= lo && h->hi < hi) cuts.push_back(h->hi + 1);
          }
          std::sort(cuts.begin(), cuts.end());
          cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
          for (size_t i = 0; i < cuts.size(); ++i) {
            Ctor c;
            c.kind = ColumnKind::Range;
            c.lo = cuts[i];
            c.hi = i + 1 < cuts.size() ? cuts[i + 1] - 1 : hi;
            size_t before = s.missing.size();
            place(c);
            if (s.missing.size() > before && before > 0 && s.missing[before - 1].hi + 1 == c.lo) {
              s.missing[before - 1].hi = c.hi;  // adjacent missing ranges print as one
              s.missing.pop_back();
            }
          }
        }
        break;
      }
      case ColumnKind::Slice: {
        uint32_t longest = 0, suffix = 0;
        for (const Ctor* h : heads) {
          longest = std::max(longest, h->varLen ? h->prefix + h->suffix : h->length);
          if (h->varLen) suffix = std::max(suffix, h->suffix);
        }
        for (uint32_t n = 0; n <= longest + 1; ++n) {
          Ctor c;
          c.kind = ColumnKind::Slice;
          c.length = n;
          c.varLen = n == longest + 1;
          c.suffix = c.varLen ? std::min(suffix, n) : 0;
          c.prefix = n - c.suffix;
          place(c);
        }
        break;
      }
      case ColumnKind::Opaque: break;
    }
    return s;
  }

  // The values (one pattern per column) that no row matches.
  std::vector<Row> witnesses(std::vector<Row> rows, const std::vector<TypeId>& types, bool scrutinee) const {
    if (types.empty()) return rows.empty() ? std::vector<Row>{Row{}} : std::vector<Row>{};
    rows = expandOr(std::move(rows));
    TypeId type = types[0];
    std::vector<TypeId> rest(types.begin() + 1, types.end());
    std::vector<Row> out;
    Split s = split(rows, type);
    if (kindOf(type) == ColumnKind::Opaque || !s.missing.empty()) {
      std::vector<Row> below = witnesses(defaultRows(rows), rest, false);
      if (below.empty()) return out;
      bool asWildcard = kindOf(type) == ColumnKind::Opaque || (s.present.empty() && !scrutinee);
      for (const Row& w : below) {
        if (asWildcard) {
          Row r{Pat{}};
          r.insert(r.end(), w.begin(), w.end());
          out.push_back(std::move(r));
          continue;
        }
        for (const Ctor& c : s.missing) {
          Row r{ctorPat(c, std::vector<Pat>(fieldTypes(type, c).size()))};
          r.insert(r.end(), w.begin(), w.end());
          out.push_back(std::move(r));
          if (out.size() >= kMaxWitnesses) return out;
        }
      }
      return out;
    }
    for (const Ctor& c : s.present) {
      std::vector<TypeId> fields = fieldTypes(type, c);
      std::vector<TypeId> inner = fields;
      inner.insert(inner.end(), rest.begin(), rest.end());
      for (Row& w : witnesses(specialize(rows, c, fields.size()), inner, false)) {
        Row r{ctorPat(c, std::vector<Pat>(w.begin(), w.begin() + static_cast<long>(fields.size())))};
        r.insert(r.end(), w.begin() + static_cast<long>(fields.size()), w.end());
        out.push_back(std::move(r));
        if (out.size() >= kMaxWitnesses) return out;
      }
    }
    return out;
  }

  // ---- printing, as rustc prints witnesses

  std::string intText(__int128 v, TypeId type, bool isLow) const {
    const Type& t = typeOf(type);
    if (t.kind == TypeKind::Char) {
      FormatSpec spec;
      spec.trait = FormatTrait::Debug;
      return formatChar(static_cast<char32_t>(v), spec);
    }
    auto d = domain(type);
    std::string name = intKindName(t.intKind);
    if (v == d.front().first && intKindSigned(t.intKind) && isLow) return name + "::MIN";
    if (v == d.back().second && !isLow) return name + "::MAX";
    return i128ToString(v) + "_" + name;
  }

  std::string rangeText(const Ctor& c, TypeId type) const {
    const Type& t = typeOf(type);
    if (c.lo == c.hi) return intText(c.lo, type, true);
    auto d = domain(type);
    bool pointerSized = t.kind == TypeKind::Int && (t.intKind == IntKind::Usize || t.intKind == IntKind::Isize);
    if (pointerSized && c.hi == d.back().second) {  // no end: `0_usize..`, and an isize's whole range `_`
      if (t.intKind == IntKind::Isize && c.lo == d.front().first) return "_";
      return intText(c.lo, type, true) + "..";
    }
    return intText(c.lo, type, true) + "..=" + intText(c.hi, type, false);
  }

  std::string list(const std::vector<Pat>& fields, const std::vector<TypeId>& types) const {
    std::string s;
    for (size_t i = 0; i < fields.size(); ++i) s += (i ? ", " : "") + print(fields[i], types[i]);
    return s;
  }

  std::string namedFields(const std::vector<Pat>& fields, const std::vector<TypeId>& types,
                          const std::vector<std::pair<std::string, TypeId>>& decl) const {
    std::string s;
    bool omitted = false;
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].kind == Pat::Kind::Wild) {
        omitted = true;
        continue;
      }
      s += (s.empty() ? "" : ", ") + decl[i].first + ": " + print(fields[i], types[i]);
    }
    if (omitted) s += s.empty() ? ".." : ", ..";
    return " { " + s + " }";
  }

  std::string print(const Pat& p, TypeId type) const {
    if (p.kind == Pat::Kind::Wild) return "_";
    const Type& t = typeOf(type);
    std::vector<TypeId> types = fieldTypes(type, p.ctor);
    switch (p.ctor.kind) {
      case ColumnKind::Bool: return p.ctor.value ? "true" : "false";
      case ColumnKind::Range: return rangeText(p.ctor, type);
      case ColumnKind::Opaque: return "_";
      case ColumnKind::Slice: {
        if (!p.ctor.varLen) return "[" + list(p.fields, types) + "]";
        std::vector<Pat> head(p.fields.begin(), p.fields.begin() + p.ctor.prefix);
        std::vector<Pat> tail(p.fields.begin() + p.ctor.prefix, p.fields.end());
        std::string s = "[" + list(head, std::vector<TypeId>(head.size(), t.args[0]));
        s += head.empty() ? ".." : ", ..";
        if (!tail.empty()) s += ", " + list(tail, std::vector<TypeId>(tail.size(), t.args[0]));
        return s + "]";
      }
      case ColumnKind::Variant: {
        if (t.kind == TypeKind::Option) return p.ctor.variant == 0 ? "None" : "Some(" + list(p.fields, types) + ")";
        if (t.kind == TypeKind::Result) return std::string(p.ctor.variant == 0 ? "Ok(" : "Err(") + list(p.fields, types) + ")";
        const EnumInfo& e = T_.enumOf(type);
        const VariantInfo& v = e.variants[p.ctor.variant];
        bool std = e.stdPath.rfind("std::", 0) == 0;  // rustc names std's enums by their paths (`std::cmp::Ordering::Greater`)
        std::string name = (std ? e.stdPath : e.name) + "::" + v.name;
        if (v.shape == VariantShape::Unit) return name;
        if (v.shape == VariantShape::Tuple) return name + "(" + list(p.fields, types) + ")";
        return name + namedFields(p.fields, types, v.fields);
      }
      case ColumnKind::Single: break;
    }
    switch (t.kind) {
      case TypeKind::Ref: return "&" + print(p.fields[0], t.args[0]);
      case TypeKind::Unit: return "()";
      case TypeKind::Tuple: return "(" + list(p.fields, types) + (p.fields.size() == 1 ? ",)" : ")");
      case TypeKind::Struct: {
        const StructInfo& s = T_.structOf(type);
        if (s.isTuple) return s.name + "(" + list(p.fields, types) + ")";
        return s.name + namedFields(p.fields, types, s.fields);
      }
      case TypeKind::Array: {
        std::vector<Pat> shown = p.fields;
        while (!shown.empty() && shown.back().kind == Pat::Kind::Wild) shown.pop_back();
        bool cut = shown.size() < p.fields.size();
        std::string s = "[" + list(shown, std::vector<TypeId>(shown.size(), t.args[0]));
        if (cut) s += shown.empty() ? ".." : ", ..";
        return s + "]";
      }
      default: return "_";
    }
  }

 private:
  const TypeTable& T_;
};

// "`A`", "`A` and `B`", "`A`, `B` and `C`", "`A`, `B`, `C` and 2 more".
std::string joinWitnesses(const std::vector<std::string>& w) {
  auto q = [](const std::string& s) { return "`" + s + "`"; };
  if (w.size() == 1) return q(w[0]);
  if (w.size() <= 3) {
    std::string s;
    for (size_t i = 0; i + 1 < w.size(); ++i) s += (i ? ", " : "") + q(w[i]);
    return s + " and " + q(w.back());
  }
  return q(w[0]) + ", " + q(w[1]) + ", " + q(w[2]) + " and " + std::to_string(w.size() - 3) + " more";
}

// What no row of `rows` matches, printed; empty when the rows are exhaustive.
std::vector<std::string> missingValues(const TypeTable& T, const std::vector<const Pattern*>& rows, TypeId type) {
  Analysis a(T);
  std::vector<Row> matrix;
  for (const Pattern* p : rows) matrix.push_back({a.lower(*p, type)});
  std::vector<std::string> out;
  for (const Row& w : a.witnesses(std::move(matrix), {type}, true)) {
    std::string text = a.print(w[0], type);
    if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(text);
  }
  return out;
}

}  // namespace

void Resolver::requireExhaustive(const Expr& match, TypeId) {
  patternChecks_.push_back([this, &match] {
    std::vector<const Pattern*> rows;
    for (const MatchArm& arm : match.arms)
      if (!arm.guard) rows.push_back(arm.pattern.get());
    std::vector<std::string> missing = missingValues(T_, rows, match.operand->type);
    if (missing.empty()) return;
    std::string list = joinWitnesses(missing);
    Diagnostic d;
    d.code = DiagCode::E0004;
    d.message = "non-exhaustive patterns: " + list + " not covered";
    d.labels.push_back({match.operand->span, (missing.size() == 1 ? "pattern " : "patterns ") + list + " not covered", true});
    d.notes.push_back("the matched value is of type `" + T_.name(match.operand->type) + "`");
    throw CompileError(std::move(d));
  });
}

// A range pattern's bounds in order: `10..=1` is E0030, `5..5` E0579, as
// rustc finds them when it lowers patterns (after the types, before
// exhaustiveness).
void Resolver::requireOrderedRange(const Pattern& p) {
  patternChecks_.push_back([this, &p] {
    __int128 lo, hi;
    if (!Analysis::literalValue(p.rangeLo.get(), &lo) || !Analysis::literalValue(p.rangeHi.get(), &hi)) return;
    if (p.inclusive && lo > hi)
      fail(DiagCode::E0030, "lower bound for range pattern must be less than or equal to upper bound", p.span,
           "lower bound larger than upper bound");
    if (!p.inclusive && lo >= hi) fail(DiagCode::E0579, "lower bound for range pattern must be less than upper bound", p.span);
  });
}

void Resolver::requireIrrefutable(const Pattern& p, TypeId, const char* what, Span at) {
  std::string where = what;
  patternChecks_.push_back([this, &p, where, at] {
    std::vector<std::string> missing = missingValues(T_, {&p}, p.type);
    if (missing.empty()) return;
    std::string list = joinWitnesses(missing);
    Diagnostic d;
    d.code = DiagCode::E0005;
    d.message = "refutable pattern in " + where;
    d.labels.push_back({at, (missing.size() == 1 ? "pattern " : "patterns ") + list + " not covered", true});
    d.notes.push_back("the matched value is of type `" + T_.name(p.type) + "`");
    throw CompileError(std::move(d));
  });
}

}  // namespace sh
