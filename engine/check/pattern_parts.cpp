// What a pattern touches of the place it matches: see check/pattern_parts.h.
// The paths are the ones check/moves.cpp and check/borrows.cpp keep for the
// fields of a variable, extended by array elements and enum variants, which
// only patterns reach.
#include "check/pattern_parts.h"

#include <utility>

namespace sh {

namespace {

std::string below(const std::string& path, const std::string& part) { return path.empty() ? part : path + "." + part; }

std::vector<std::string> partsOf(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start < path.size()) {
    size_t end = path[start] == '[' ? path.find(']', start) + 1 : path.find('.', start);  // "[1..3]" holds dots
    if (end == std::string::npos) end = path.size();
    parts.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// The elements an array part names, as [first, end).
std::pair<uint64_t, uint64_t> elementsOf(const std::string& part) {
  size_t dots = part.find("..");
  uint64_t first = std::stoull(part.substr(1));
  return {first, dots == std::string::npos ? first + 1 : std::stoull(part.substr(dots + 2))};
}

// The fields a tuple, struct or variant pattern reaches (how many), and the
// path of the value that holds them: below the variant's part for an enum,
// whose variant is tested first when it has several. (A constant in a
// pattern was made a literal by the checker.)
void fieldsOf(const TypeTable& T, const Pattern& p, TypeId t, const std::string& path, bool throughRef,
              std::vector<PatternPart>& out, size_t* count, std::string* inside) {
  const Type& type = T.get(t);
  *inside = path;
  std::string variant;
  switch (type.kind) {
    case TypeKind::Tuple: *count = type.args.size(); return;
    case TypeKind::Struct: *count = T.structOf(t).fields.size(); return;
    case TypeKind::Enum: {
      const EnumInfo& info = T.enumOf(t);
      if (p.variant < 0) break;
      if (info.variants.size() > 1) out.push_back({path, p.span, PartAccess::Read, PartSpan::Scrutinee, -1, throughRef, {}});
      *count = info.variants[p.variant].fields.size();
      variant = info.variants[p.variant].name;
      break;
    }
    case TypeKind::Option: case TypeKind::Result:
      out.push_back({path, p.span, PartAccess::Read, PartSpan::Scrutinee, -1, throughRef, {}});
      *count = 1;
      variant = p.path.last();
      break;
    default: *count = 0; return;
  }
  if (!throughRef) *inside = below(path, "as " + variant);
}

void parts(const TypeTable& T, const FnInfo& fn, const Pattern& p, const std::string& path, bool throughRef,
           std::vector<PatternPart>& out);

void sliceParts(const TypeTable& T, const FnInfo& fn, const Pattern& p, const Type& array, const std::string& path,
                std::vector<PatternPart>& out) {
  size_t rest = p.elems.size();
  for (size_t i = 0; i < p.elems.size(); ++i)
    if (p.elems[i]->kind == PatternKind::Rest) rest = i;
  size_t n = p.elems.size();
  for (size_t i = 0; i < n; ++i) {
    uint64_t first = i <= rest ? i : array.length - (n - i);
    std::string part(1, '[');
    part += std::to_string(first);
    if (i == rest) part += ".." + std::to_string(array.length - (n - 1 - rest));
    part += ']';
    parts(T, fn, *p.elems[i], below(path, part), false, out);
  }
}

// A value compared with the part: a literal or a constant. A string is
// compared through a borrow of it, at the literal; anything else is read
// where the match starts.
void valueTest(const TypeTable& T, const Pattern& p, const std::string& path, bool throughRef, std::vector<PatternPart>& out) {
  TypeId t = T.resolve(p.type);
  while (T.get(t).kind == TypeKind::Ref) t = T.resolve(T.get(t).args[0]);
  bool text = T.get(t).kind == TypeKind::Str;
  out.push_back({path, p.span, text ? PartAccess::Borrow : PartAccess::Read, text ? PartSpan::Own : PartSpan::MatchStart, -1,
                 throughRef, {}});
}

void parts(const TypeTable& T, const FnInfo& fn, const Pattern& p, const std::string& path, bool throughRef,
           std::vector<PatternPart>& out) {
  TypeId t = T.resolve(p.type);
  if (p.local >= 0) {  // `x`, `ref x`, `x @ pattern`, `rest @ ..`
    const LocalInfo& local = fn.locals[p.local];
    PartAccess access = !p.bindsByRef                         ? (T.isCopy(local.type) ? PartAccess::Copy : PartAccess::Move)
                        : T.get(T.resolve(local.type)).isMut ? PartAccess::BorrowMut
                                                              : PartAccess::Borrow;
    if (throughRef && access == PartAccess::Move) access = PartAccess::Copy;  // E0507, found apart
    // rustc binds what follows `@` before the whole (`whole @ (_, n)` copies n out, then moves whole).
    if (p.subpattern) parts(T, fn, *p.subpattern, path, throughRef, out);
    out.push_back({path, p.span, access, PartSpan::Own, p.local, throughRef, {}});
    return;
  }
  const Type& type = T.get(t);
  switch (p.kind) {
    case PatternKind::Binding: case PatternKind::Wildcard: case PatternKind::Rest:
      return;
    case PatternKind::Literal:
      valueTest(T, p, path, throughRef, out);
      return;
    case PatternKind::Range:
      out.push_back({path, p.span, PartAccess::Read, PartSpan::Own, -1, throughRef, {}});
      return;
    case PatternKind::Ref:
      parts(T, fn, *p.elems[0], path, true, out);
      return;
    case PatternKind::Or:
      for (size_t i = 0; i < p.elems.size(); ++i) {
        size_t from = out.size();
        parts(T, fn, *p.elems[i], path, throughRef, out);
        for (size_t k = from; k < out.size(); ++k)
          out[k].alternatives.emplace_back(p.span.start, i);
      }
      return;
    case PatternKind::Tuple: case PatternKind::TupleStruct: case PatternKind::Struct: case PatternKind::PathPat:
    case PatternKind::Slice:
      break;
  }
  if (type.kind == TypeKind::Ref) {  // the default binding mode: what is below is the reference's target
    throughRef = true;
    t = T.resolve(type.args[0]);
  }
  const Type& target = T.get(t);
  if (p.kind == PatternKind::Slice) {
    if (target.kind == TypeKind::Array && !throughRef) {
      sliceParts(T, fn, p, target, path, out);
      return;
    }
    if (target.kind == TypeKind::Slice) out.push_back({path, p.span, PartAccess::Read, PartSpan::MatchStart, -1, throughRef, {}});  // its length
    for (const auto& e : p.elems) parts(T, fn, *e, path, true, out);
    return;
  }
  size_t count = 0;
  std::string inside;
  fieldsOf(T, p, t, path, throughRef, out, &count, &inside);
  for (size_t i = 0; i < p.elems.size(); ++i) {
    std::string part = throughRef ? path : below(inside, std::to_string(patternFieldIndex(p, i, count)));
    parts(T, fn, *p.elems[i], part, throughRef, out);
  }
  for (const FieldPattern& f : p.fields) parts(T, fn, *f.pattern, throughRef ? path : below(inside, f.name), throughRef, out);
}

}  // namespace

void patternParts(const TypeTable& T, const FnInfo& fn, const Pattern& p, const std::string& path,
                  std::vector<PatternPart>& out) {
  parts(T, fn, p, path, false, out);
}

bool exclusiveAlternatives(const Alternatives& a, const Alternatives& b) {
  for (auto [orPattern, alternative] : a)
    for (auto [other, theirs] : b)
      if (orPattern == other && alternative != theirs) return true;
  return false;
}

bool placesOverlap(const std::string& a, const std::string& b) {
  std::vector<std::string> x = partsOf(a), y = partsOf(b);
  for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
    if (x[i][0] == '[' && y[i][0] == '[') {
      auto [xFirst, xEnd] = elementsOf(x[i]);
      auto [yFirst, yEnd] = elementsOf(y[i]);
      if (xEnd <= yFirst || yEnd <= xFirst) return false;
    } else if (x[i] != y[i]) {
      return false;
    }
  }
  return true;
}

size_t placeDepth(const std::string& path) { return partsOf(path).size(); }

std::string placeName(const std::string& local, const std::string& path) {
  std::string name = local;
  for (const std::string& part : partsOf(path)) {
    if (part[0] == '[') name += "[..]";
    else if (part.rfind("as ", 0) != 0) name += "." + part;
  }
  return name;
}

namespace {

// The steps from a pattern to its first moving binding: ".name" for a field
// or element, "*" for a `&` pattern, "@V" for enum variant V. False when a
// step has no plain name or nothing moves.
bool stepsToMove(const TypeTable& T, const FnInfo& fn, const Pattern& p, std::vector<std::string>& steps) {
  if (p.kind == PatternKind::Binding && p.local >= 0 && !p.bindsByRef && !T.isCopy(fn.locals[p.local].type)) return true;
  if (p.subpattern) return stepsToMove(T, fn, *p.subpattern, steps);
  TypeKind matched = p.type == kNoType ? TypeKind::Error : T.get(T.resolve(p.type)).kind;
  bool variant = (p.kind == PatternKind::TupleStruct || p.kind == PatternKind::Struct) &&
                 (matched == TypeKind::Enum || matched == TypeKind::Option || matched == TypeKind::Result);
  if (variant) steps.push_back("@" + p.path.last());
  for (const FieldPattern& f : p.fields) {
    steps.push_back("." + f.name);
    if (stepsToMove(T, fn, *f.pattern, steps)) return true;
    steps.pop_back();
  }
  for (size_t i = 0; i < p.elems.size(); ++i) {
    bool named = p.kind == PatternKind::Tuple || p.kind == PatternKind::TupleStruct || p.kind == PatternKind::Ref;
    if (p.kind == PatternKind::Ref) steps.push_back("*");
    else steps.push_back("." + std::to_string(i));
    std::vector<std::string> inner;
    if (stepsToMove(T, fn, *p.elems[i], inner)) {
      if (!named || (p.hasRest && i >= p.restIndex)) return false;
      steps.insert(steps.end(), inner.begin(), inner.end());
      return true;
    }
    steps.pop_back();
  }
  if (variant) steps.pop_back();
  return false;
}

}  // namespace

std::string movedPartName(const TypeTable& T, const FnInfo& fn, std::string matched, const Pattern& p, std::string* variant) {
  std::vector<std::string> steps;
  if (p.kind == PatternKind::Or || !stepsToMove(T, fn, p, steps)) return "";
  size_t derefs = 0;
  while (!matched.empty() && matched[0] == '*') matched.erase(0, 1), ++derefs;
  bool variantField = false;
  for (const std::string& s : steps) {
    if (s == "*") {
      ++derefs;
    } else if (s[0] == '@') {
      *variant = s.substr(1);
      variantField = true;
      derefs = 0;
    } else if (variantField) {
      variantField = false;
    } else {
      matched += s;
      derefs = 0;
    }
  }
  return std::string(derefs, '*') + matched;
}

}  // namespace sh

