// Where in a value its borrows sit: one borrow per lifetime, not per value.
//
// rustc gives every reference inside a type a lifetime of its own: the
// tuple `(&a, &b)` has two, `Pair<'a, 'b>` two, `Vec<&str>` one. A variable
// holds each of its borrows under some of those lifetimes, and a part of it
// copied out (`let x = t.0;`) takes only the borrows under the lifetimes the
// part has: `t.0` is `&a`'s, so `drop(b)` is fine once `t` itself is no
// longer used. Liveness stays per variable, as rustc's is: while `t` is
// used, every lifetime of its type is alive.
//
// A type's slots are its lifetime positions in the order a signature lists
// them (check/lifetimes.cpp collectLifetimes): a reference's own, then its
// target's; a struct's or enum's lifetime parameters, then its type
// arguments'; a tuple's elements' in order. A part of a struct is mapped
// back to every lifetime parameter its field's declared type names, which is
// as precise as rustc is (a struct's fields share what their lifetimes
// share). A type this file does not take apart (an iterator, a closure, a
// trait object) that may hold a borrow has one slot for all it holds, and a
// part of it has all of its slots; so does a type of more than 64 slots.
// Whatever is not known precisely is held under every slot: a borrow is
// never dropped from a part that might hold it.
#include <cctype>
#include <optional>

#include "check/borrow_facts.h"

namespace sh::borrowck {

namespace {

constexpr size_t kMaxSlots = 64;

// The lifetime names a declared field type writes, in the order of its
// slots (a field's are all written, `'static` too).
void namedLifetimes(const TypeExpr& t, std::vector<std::string>& out) {
  if (t.kind == TypeExprKind::Ref) out.push_back(t.lifetime);
  for (const PathSegment& seg : t.path.segments) {
    for (const std::string& l : seg.lifetimes) out.push_back(l);
    for (const auto& g : seg.generics) namedLifetimes(*g, out);
  }
  for (const auto& e : t.elems) namedLifetimes(*e, out);
}

SlotMask bit(size_t i) { return i < kMaxSlots ? SlotMask{1} << i : kEverySlot; }

}  // namespace

size_t LifetimeSlots::lifetimeParamCount(const Generics& g) {
  size_t n = 0;
  for (const GenericParam& p : g.params) n += p.isLifetime;
  return n;
}

size_t LifetimeSlots::count(TypeId id) const {
  id = T_.resolve(id);
  auto known = counts_.find(id);
  if (known != counts_.end()) return known->second;
  const Type& t = T_.get(id);
  size_t n = 0;
  auto sumArgs = [&] {
    for (TypeId a : t.args) n += count(a);
  };
  switch (t.kind) {
    case TypeKind::Ref: n = 1 + count(t.args[0]); break;
    case TypeKind::Tuple: case TypeKind::Option: case TypeKind::Array: case TypeKind::Slice: case TypeKind::Vec:
    case TypeKind::Box: case TypeKind::Result: case TypeKind::Rc: case TypeKind::Weak: case TypeKind::RefCell:
    case TypeKind::Cell: case TypeKind::HashMap: case TypeKind::HashSet: case TypeKind::VecDeque: case TypeKind::BTreeMap:
    case TypeKind::BTreeSet:
      sumArgs();
      break;
    case TypeKind::Struct: {
      const StructDecl* d = T_.structs()[t.structIndex].decl;
      if (d) n = lifetimeParamCount(d->generics);
      sumArgs();
      break;
    }
    case TypeKind::Enum: {
      const EnumDecl* d = T_.enums()[t.enumIndex].decl;
      if (d) n = lifetimeParamCount(d->generics);
      sumArgs();
      break;
    }
    default: break;
  }
  if (n == 0 && refs_.holds(id)) n = 1;
  counts_[id] = n;
  return n;
}

SlotMask LifetimeSlots::namedSlots(const TypeExpr& written, TypeId t, const std::function<bool(const std::string&)>& named) const {
  std::vector<std::string> lifetimes;
  namedLifetimes(written, lifetimes);
  if (lifetimes.size() != count(t)) return all(t);
  SlotMask mask = 0;
  for (size_t i = 0; i < lifetimes.size(); ++i)
    if (named(lifetimes[i])) mask |= bit(i);
  return mask;
}

SlotMask LifetimeSlots::all(TypeId t) const {
  size_t n = count(t);
  return n >= kMaxSlots ? kEverySlot : (SlotMask{1} << n) - 1;
}

std::vector<SlotMask> LifetimeSlots::identity(TypeId t) const {
  std::vector<SlotMask> map(count(t));
  for (size_t i = 0; i < map.size(); ++i) map[i] = bit(i);
  return map;
}

// Each of the field's slots stands for the parent's slot of the lifetime
// its declared type names there (none for `'static`); when the names do
// not line up with the slots (a type parameter's), each stands for every
// lifetime the field names and all of the parent's type arguments'.
std::vector<SlotMask> LifetimeSlots::fieldOfItem(const Generics& g, const std::vector<TypeId>& args, const StructField* field,
                                                 TypeId fieldType, const std::vector<SlotMask>& parent) const {
  std::vector<std::string> lifetimes;
  for (const GenericParam& p : g.params)
    if (p.isLifetime) lifetimes.push_back(p.name);
  SlotMask wanted = 0;
  std::vector<std::string> named;
  if (field) namedLifetimes(*field->type, named);
  if (field && named.size() == count(fieldType) && named.size() < kMaxSlots) {
    std::vector<SlotMask> map(named.size(), 0);
    for (size_t k = 0; k < named.size(); ++k)
      for (size_t i = 0; i < lifetimes.size(); ++i)
        if (lifetimes[i] == named[k] && i < parent.size()) map[k] = parent[i];
    return map;
  }
  if (field) {
    for (const std::string& l : named)
      for (size_t i = 0; i < lifetimes.size(); ++i)
        if (lifetimes[i] == l) wanted |= bit(i);
  } else {
    wanted = kEverySlot;
  }
  size_t argSlots = 0;
  for (TypeId a : args) argSlots += count(a);
  for (size_t i = lifetimes.size(); i < lifetimes.size() + argSlots; ++i) wanted |= bit(i);
  SlotMask mapped = 0;
  for (size_t i = 0; i < parent.size(); ++i)
    if (wanted & bit(i)) mapped |= parent[i];
  return std::vector<SlotMask>(count(fieldType), mapped);
}

// One step into a value: `step` names a field, an element, `*`, or (with
// `variant`, the `as V` before it) a variant's field.
bool LifetimeSlots::stepInto(TypeId& t, const std::string& variant, const std::string& step, std::vector<SlotMask>& map) const {
  t = T_.resolve(t);
  const Type& ty = T_.get(t);
  auto slice = [&](size_t offset, TypeId child) {
    size_t n = count(child);
    if (offset + n > map.size()) return false;
    map = std::vector<SlotMask>(map.begin() + offset, map.begin() + offset + n);
    t = child;
    return true;
  };
  if (step == "*") {
    if (ty.kind == TypeKind::Ref) return slice(1, ty.args[0]);
    if (ty.kind == TypeKind::Box) return slice(0, ty.args[0]);
    return false;
  }
  if (step[0] == '[') {
    if (ty.kind == TypeKind::Array || ty.kind == TypeKind::Slice || ty.kind == TypeKind::Vec) {
      if (step.find("..") != std::string::npos) return true;  // `rest @ ..`: an array or slice of the same elements
      return slice(0, ty.args[0]);
    }
    return false;
  }
  if (ty.kind == TypeKind::Tuple) {
    if (!std::isdigit(static_cast<unsigned char>(step[0]))) return false;
    size_t index = std::stoul(step), offset = 0;
    if (index >= ty.args.size()) return false;
    for (size_t i = 0; i < index; ++i) offset += count(ty.args[i]);
    return slice(offset, ty.args[index]);
  }
  if (ty.kind == TypeKind::Option && variant == "Some") return slice(0, ty.args[0]);
  if (ty.kind == TypeKind::Result && (variant == "Ok" || variant == "Err"))
    return variant == "Ok" ? slice(0, ty.args[0]) : slice(count(ty.args[0]), ty.args[1]);
  if (ty.kind == TypeKind::Struct && variant.empty()) {
    const StructInfo& s = T_.structs()[ty.structIndex];
    if (!s.decl) return false;
    for (size_t i = 0; i < s.fields.size(); ++i)
      if (s.fields[i].first == step) {
        const StructField* f = i < s.decl->fields.size() ? &s.decl->fields[i] : nullptr;
        map = fieldOfItem(s.decl->generics, ty.args, f, s.fields[i].second, map);
        t = s.fields[i].second;
        return true;
      }
    return false;
  }
  if (ty.kind == TypeKind::Enum && !variant.empty()) {
    const EnumInfo& e = T_.enums()[ty.enumIndex];
    int32_t v = e.findVariant(variant);
    if (!e.decl || v < 0) return false;
    const VariantInfo& info = e.variants[v];
    for (size_t i = 0; i < info.fields.size(); ++i)
      if (info.fields[i].first == step) {
        const auto& declared = e.decl->variants[v].fields;
        const StructField* f = i < declared.size() ? &declared[i] : nullptr;
        map = fieldOfItem(e.decl->generics, ty.args, f, info.fields[i].second, map);
        t = info.fields[i].second;
        return true;
      }
  }
  return false;
}

std::vector<SlotMask> LifetimeSlots::partOf(TypeId t, const std::string& path) const {
  std::vector<SlotMask> map = identity(t);
  if (walkPath(t, path, map)) return map;
  SlotMask any = 0;  // not taken apart: each of the part's slots may be any of the whole's
  for (SlotMask m : map) any |= m;
  return std::vector<SlotMask>(kMaxSlots, any);
}

TypeId LifetimeSlots::partType(TypeId t, const std::string& path) const {
  std::vector<SlotMask> map = identity(t);
  return walkPath(t, path, map) ? t : kNoType;
}

// Steps `t` and `map` down `path`; false where a step is not taken apart.
bool LifetimeSlots::walkPath(TypeId& t, const std::string& path, std::vector<SlotMask>& map) const {
  std::string variant;
  size_t start = 0;
  while (start < path.size()) {
    size_t end = path.find('.', start);
    if (end == std::string::npos) end = path.size();
    std::string step = path.substr(start, end - start);
    start = end + 1;
    if (step.rfind("as ", 0) == 0) {
      variant = step.substr(3);
      continue;
    }
    if (!stepInto(t, variant, step, map)) return false;
    variant.clear();
  }
  return true;
}

SlotMask LifetimeSlots::narrow(const std::vector<SlotMask>& part, SlotMask held) {
  SlotMask out = 0;
  for (size_t i = 0; i < part.size(); ++i)
    if (part[i] & held) out |= bit(i);
  return out;
}

}  // namespace sh::borrowck

namespace sh::borrowck {

namespace {

bool within(Span inner, Span outer) { return inner.start >= outer.start && inner.end <= outer.end; }

SlotMask anyOf(const std::vector<SlotMask>& map) {
  SlotMask m = 0;
  for (SlotMask s : map) m |= s;
  return map.empty() ? 0 : m;
}

std::vector<SlotMask> sliceOf(const std::vector<SlotMask>& map, size_t offset, size_t n) {
  if (offset + n > map.size()) return std::vector<SlotMask>(n, anyOf(map));
  return std::vector<SlotMask>(map.begin() + offset, map.begin() + offset + n);
}

// Whether a coercion keeps every lifetime in its slot: `&String` to `&str`
// and the like change the pointee, not where the borrows sit.
bool keepsSlots(Coercion c) {
  switch (c) {
    case Coercion::None: case Coercion::StringToStr: case Coercion::VecToSlice: case Coercion::ArrayToSlice:
    case Coercion::MutToShared: case Coercion::DropAutoTraits:
      return true;
    case Coercion::PointeeRef: case Coercion::DerefRef: case Coercion::Unsize: case Coercion::ReifyFnPointer: return false;
  }
  return false;
}

}  // namespace

// `into` gives, for each slot of the type e has after its coercion, the
// holder's slots it lands in. `&&str` coerced to `&str` reads the inner
// reference: what the outer one borrows is not handed on.
void ValueHoldings::collect(const Expr& e, const std::vector<SlotMask>& into) {
  const LifetimeSlots& S = q_.slots;
  auto coercion = static_cast<Coercion>(e.coercion);
  if (coercion == Coercion::DerefRef && S.count(e.type) == into.size() + 1) {
    std::vector<SlotMask> throughOuter{0};
    throughOuter.insert(throughOuter.end(), into.begin(), into.end());
    return collectValue(e, throughOuter);
  }
  if (S.count(e.type) != into.size() || !keepsSlots(coercion)) return fallback(e, anyOf(into));
  collectValue(e, into);
}

// The same, for e's own type (before any coercion).
void ValueHoldings::collectValue(const Expr& e, const std::vector<SlotMask>& into) {
  const LifetimeSlots& S = q_.slots;
  const Type& ty = q_.T.get(q_.T.resolve(e.type));
  switch (e.kind) {
    case ExprKind::Paren: return collect(*e.operand, into);
    // A block's value is its tail's, a branch's or an arm's: what the
    // statements, the condition or the scrutinee borrowed is handed on only
    // through the variables they bound.
    case ExprKind::Block:  // and a labeled block's `break 'label value`s
      if (e.block->tail) collect(*e.block->tail, into);
      if (!e.text.empty()) forEachBreakValueOf(e, [&](const Expr& value) { collect(value, into); });
      return;
    case ExprKind::If: case ExprKind::IfLet:
      if (e.block->tail) collect(*e.block->tail, into);
      if (e.elseBranch) collect(*e.elseBranch, into);
      return;
    case ExprKind::Match:
      for (const MatchArm& arm : e.arms) collect(*arm.body, into);
      return;
    case ExprKind::Tuple: {
      size_t offset = 0;
      for (const auto& a : e.args) {
        size_t n = S.count(a->type);
        collect(*a, sliceOf(into, offset, n));
        offset += n;
      }
      return;
    }
    case ExprKind::Array:
      for (const auto& a : e.args) collect(*a, into);
      return;
    case ExprKind::StructLit:
      if (e.structBase) return fallback(e, anyOf(into));
      for (const FieldInit& f : e.fields) collect(*f.value, fieldInto(ty, e, f.name, f.value->type, into));
      return;
    case ExprKind::Call: {
      auto kind = static_cast<Resolved>(e.resolvedKind);
      auto builtin = static_cast<BuiltinFn>(e.resolved);  // `Some(x)`, `Option::from(x)`, `Ok(x)`, `Err(x)`: x is the payload
      if (kind == Resolved::Builtin && (builtin == BuiltinFn::Some || builtin == BuiltinFn::OptionFrom)) return collect(*e.args[0], into);
      if (kind == Resolved::Builtin && (builtin == BuiltinFn::Ok || builtin == BuiltinFn::Err)) {
        bool ok = builtin == BuiltinFn::Ok;
        size_t okSlots = S.count(ty.args[0]);
        return collect(*e.args[0], ok ? sliceOf(into, 0, okSlots) : sliceOf(into, okSlots, into.size() - okSlots));
      }
      if (kind == Resolved::TupleStruct || kind == Resolved::EnumVariant) {
        for (size_t i = 0; i < e.args.size(); ++i) collect(*e.args[i], fieldInto(ty, e, std::to_string(i), e.args[i]->type, into));
        return;
      }
      if (kind == Resolved::UserFn) return fromCall(e, q_.p.fns[e.resolved], into);
      return fallback(e, anyOf(into));
    }
    case ExprKind::MethodCall:
      if (static_cast<Resolved>(e.resolvedKind) == Resolved::UserFn) return fromCall(e, q_.p.fns[e.resolved], into);
      if (consumedItemsBorrowNothing(q_.p, e)) return;  // `s.chars().map(plant).collect()`
      if (fromProjectingClosure(e, into)) return;
      if (fromStdReferenceIntoReceiver(e, into)) return;
      return fallback(e, anyOf(into));
    case ExprKind::Ref: {
      std::string path;
      bool throughIndex = false;
      int32_t root = placeRoot(q_.T, q_.fn, *e.operand, &path, &throughIndex);
      Span at = e.operand->kind == ExprKind::Index ? e.operand->lhs->span : e.span;
      int32_t made = -1;
      for (size_t i = q_.firstBorrow; root >= 0 && i < q_.borrows.size(); ++i)
        if (q_.borrows[i].local == root && q_.borrows[i].span.start == at.start && q_.borrows[i].span.end == at.end)
          made = static_cast<int32_t>(i);
      if (made < 0 || into.empty()) return fallback(e, anyOf(into));
      if (!q_.borrows[made].sealed) out[made] |= into[0];  // sealed: the call's result does not borrow the place
      return fromPlace(root, throughIndex ? "" : path, sliceOf(into, 1, into.size() - 1));
    }
    case ExprKind::Path: case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Deref: {
      std::string path;
      bool throughIndex = false;
      int32_t root = placeRoot(q_.T, q_.fn, e, &path, &throughIndex);
      if (root < 0 && !throughIndex) root = placeThroughReferences(e, &path);
      if (root < 0 && e.kind == ExprKind::Deref && q_.T.get(q_.T.resolve(e.operand->type)).kind == TypeKind::Ref &&
          S.count(e.operand->type) == into.size() + 1) {
        // `*v.first().unwrap()`: what the reference's target holds, not what it borrows
        std::vector<SlotMask> throughOuter{0};
        throughOuter.insert(throughOuter.end(), into.begin(), into.end());
        return collect(*e.operand, throughOuter);
      }
      if (root < 0 || throughIndex) return fallback(e, anyOf(into));
      return fromPlace(root, path, into);
    }
    default: return fallback(e, anyOf(into));
  }
}

// A call of the learner's function: each argument's slots land in the
// result's slots whose lifetimes theirs outlive (FnLifetimes); what an
// argument holds under other lifetimes is not handed on.
void ValueHoldings::fromCall(const Expr& e, const FnInfo& callee, const std::vector<SlotMask>& into) {
  const FnLifetimes& lt = callee.lifetimes;
  if (lt.result.size() != into.size()) return fallback(e, anyOf(into));
  bool method = e.kind == ExprKind::MethodCall;
  for (size_t j = 0; j < lt.outer.size(); ++j) {
    std::vector<std::string> positions;
    if (!lt.outer[j].empty()) positions.push_back(lt.outer[j]);
    positions.insert(positions.end(), lt.inner[j].begin(), lt.inner[j].end());
    std::vector<SlotMask> argInto(positions.size(), 0);
    for (size_t k = 0; k < positions.size(); ++k)
      for (size_t r = 0; r < lt.result.size(); ++r)
        if (lt.within({lt.result[r]}, positions[k])) argInto[k] |= into[r];
    if (method && j == 0) {
      fromReceiver(e, argInto);
      continue;
    }
    size_t arg = method ? j - 1 : j;
    if (arg >= e.args.size()) continue;
    collect(*e.args[arg], argInto);
  }
}

// A method's receiver: taken by reference from a place (`p.first()`), the
// borrow made is the reference's slot and the place's own follow.
void ValueHoldings::fromReceiver(const Expr& call, const std::vector<SlotMask>& into) {
  const Expr& r = *call.operand;
  bool autoref = call.receiverMode != 0 && call.derefs == 0 && q_.T.get(q_.T.resolve(r.type)).kind != TypeKind::Ref;
  if (!autoref) {
    if (q_.slots.count(r.type) == into.size()) collect(r, into);
    else fallback(r, anyOf(into));
    // `r.peek()` with `r: &mut Stack`: the reborrow of `*r` the call made
    // (check/borrows.cpp) lives as long as the reference's own slot.
    int32_t root = placeRoot(q_.T, q_.fn, r, nullptr);
    for (size_t i = q_.firstBorrow; root >= 0 && !into.empty() && i < q_.borrows.size(); ++i) {
      const Borrow& b = q_.borrows[i];
      if (b.local == root && b.path == "*" && b.span.start == r.span.start && b.span.end == r.span.end) out[i] |= into[0];
    }
    return;
  }
  std::string path;
  bool throughIndex = false;
  int32_t root = placeRoot(q_.T, q_.fn, r, &path, &throughIndex);
  if (into.empty() || throughIndex) return fallback(r, anyOf(into));
  if (root < 0) {  // a temporary: its own borrow is the reference's slot, what it holds the rest
    for (size_t i = q_.firstBorrow; i < q_.borrows.size(); ++i) {
      const Borrow& b = q_.borrows[i];
      if (b.temporary && b.span.start == r.span.start && b.span.end == r.span.end) out[i] |= into[0];
    }
    if (q_.slots.count(r.type) == into.size() - 1) return collect(r, sliceOf(into, 1, into.size() - 1));
    return fallback(r, anyOf(into));
  }
  for (size_t i = q_.firstBorrow; i < q_.borrows.size(); ++i) {
    const Borrow& b = q_.borrows[i];
    if (b.local == root && b.span.start == r.span.start && b.span.end == r.span.end && !b.sealed) out[i] |= into[0];
  }
  fromPlace(root, path, sliceOf(into, 1, into.size() - 1));
}

// A std method taking a place by reference whose result is a reference
// into it, the place's own lifetimes after (`v.as_slice()`, `v.first()`,
// `o.as_ref()`, `m.get(&k)` of a map with keys that hold none): the
// receiver's borrow is the result's first slot, what the place holds the
// rest; what the arguments borrow or hold, everywhere. False for others.
bool ValueHoldings::fromStdReferenceIntoReceiver(const Expr& call, const std::vector<SlotMask>& into) {
  const Expr& r = *call.operand;
  if (call.resolvedKind != static_cast<uint8_t>(Resolved::Method) || call.receiverMode == 0 || call.derefs != 0 ||
      q_.T.get(q_.T.resolve(r.type)).kind == TypeKind::Ref)
    return false;
  const Type& result = q_.T.get(q_.T.resolve(call.type));
  bool intoReference = result.kind == TypeKind::Ref ||
                       (result.kind == TypeKind::Option && q_.T.get(q_.T.resolve(result.args[0])).kind == TypeKind::Ref);
  if (!intoReference || into.size() != 1 + q_.slots.count(r.type) || placeRoot(q_.T, q_.fn, r, nullptr) < 0) return false;
  fromReceiver(call, into);
  for (const auto& a : call.args) fallback(*a, anyOf(into));
  return true;
}

namespace {

// The part of its argument a closure returns when its body only names a
// part of its first parameter (`|p| p.0`, `|(k, _)| k`, `|e| e.name`),
// as a path below that argument (check/pattern_parts.h), or nullopt.
std::optional<std::string> projectedPart(const Checked& p, const Expr& closure) {
  int32_t index = p.types.closureOf(closure.type);
  if (closure.kind != ExprKind::Closure || index < 0) return std::nullopt;
  const ClosureInfo& c = p.closures[index];
  if (c.fnItem || c.stdFn || c.fn < 0) return std::nullopt;
  const FnInfo& body = p.fns[c.fn];
  if (body.decl->params.size() != 1 || !body.decl->body->tail) return std::nullopt;
  const Expr* value = body.decl->body->tail.get();
  while (value->kind == ExprKind::Paren || (value->kind == ExprKind::Block && value->block->stmts.empty() && value->block->tail))
    value = value->kind == ExprKind::Paren ? value->operand.get() : value->block->tail.get();
  if (!keepsSlots(static_cast<Coercion>(value->coercion))) return std::nullopt;
  std::string below;
  int32_t local = placeThroughReferences(*value, &below);
  if (local < 0 || body.locals[local].capture >= 0) return std::nullopt;
  std::vector<PatternPart> parts;
  patternParts(p.types, body, *body.decl->params[0].pattern, "", parts);
  for (const PatternPart& part : parts)
    if (part.local == local && !part.throughRef && (part.access == PartAccess::Move || part.access == PartAccess::Copy))
      return part.path.empty() ? below : below.empty() ? part.path : part.path + "." + below;
  return std::nullopt;
}

}  // namespace

// `o.map(|p| p.0)`: Option's and Result's `map` and `map_err` give the
// closure the payload, so a closure returning a part of it hands on only
// what that part holds; the other variant's payload passes through whole.
// `unwrap`, `expect` and `unwrap_or(x)` give the payload itself (and x).
// False when the call is not one of those or the closure does more.
bool ValueHoldings::fromProjectingClosure(const Expr& call, const std::vector<SlotMask>& into) {
  if (call.resolvedKind != static_cast<uint8_t>(Resolved::Method)) return false;
  const Type& payloadOf = q_.T.get(q_.T.resolve(call.operand->type));
  auto payload = [&](const char* variant) {
    std::vector<SlotMask> map = q_.slots.partOf(call.operand->type, variant);
    std::vector<SlotMask> receiverInto(q_.slots.count(call.operand->type), 0);
    bool aligned = map.size() == into.size();
    for (size_t k = 0; k < map.size(); ++k)
      for (size_t j = 0; j < receiverInto.size() && j < 64; ++j)
        if ((map[k] >> j) & 1) receiverInto[j] |= aligned ? into[k] : anyOf(into);
    collect(*call.operand, receiverInto);
    return true;
  };
  bool isOption = payloadOf.kind == TypeKind::Option, isResult = payloadOf.kind == TypeKind::Result;
  switch (static_cast<BuiltinMethod>(call.resolved)) {
    case BuiltinMethod::OptionUnwrap: case BuiltinMethod::OptionExpect:
      return isOption && payload("as Some.0");
    case BuiltinMethod::ResultUnwrap: case BuiltinMethod::ResultExpect:
      return isResult && payload("as Ok.0");
    case BuiltinMethod::OptionUnwrapOr: case BuiltinMethod::ResultUnwrapOr:
      if (call.args.size() != 1 || !(isOption || isResult)) return false;
      collect(*call.args[0], into);
      return payload(isOption ? "as Some.0" : "as Ok.0");
    default: break;
  }
  if (call.args.size() != 1) return false;
  const LifetimeSlots& S = q_.slots;
  TypeId receiver = q_.T.resolve(call.operand->type);
  const Type& rt = q_.T.get(receiver);
  std::string variant;
  size_t keptFrom = 0, keptInto = 0, kept = 0, projectedInto = 0;  // the payload passed through, and where the projection lands
  switch (static_cast<BuiltinMethod>(call.resolved)) {
    case BuiltinMethod::OptionMap:
      if (rt.kind != TypeKind::Option) return false;
      variant = "as Some.0";
      break;
    case BuiltinMethod::ResultMap:
      if (rt.kind != TypeKind::Result) return false;
      variant = "as Ok.0";
      keptFrom = S.count(rt.args[0]);
      kept = S.count(rt.args[1]);
      keptInto = into.size() >= kept ? into.size() - kept : 0;
      break;
    case BuiltinMethod::ResultMapErr:
      if (rt.kind != TypeKind::Result) return false;
      variant = "as Err.0";
      kept = S.count(rt.args[0]);
      projectedInto = kept;
      break;
    default: return false;
  }
  std::optional<std::string> part = projectedPart(q_.p, *call.args[0]);
  if (!part || kept > into.size()) return false;
  std::vector<SlotMask> map = S.partOf(receiver, part->empty() ? variant : variant + "." + *part);
  std::vector<SlotMask> receiverInto(S.count(receiver), 0);
  bool aligned = projectedInto + map.size() <= into.size() && map.size() + kept == into.size();
  for (size_t k = 0; k < map.size(); ++k)
    for (size_t j = 0; j < receiverInto.size() && j < 64; ++j)
      if ((map[k] >> j) & 1) receiverInto[j] |= aligned ? into[projectedInto + k] : anyOf(into);
  for (size_t i = 0; i < kept && keptFrom + i < receiverInto.size(); ++i) receiverInto[keptFrom + i] |= into[keptInto + i];
  collect(*call.operand, receiverInto);
  return true;
}

// A place read through references (`p.x` with `p: &Pair`): its variable,
// and the path with a `*` for each reference gone through, or -1.
int32_t placeThroughReferences(const Expr& e, std::string* path) {
  std::vector<std::string> steps;  // outermost first
  const Expr* cur = &e;
  while (true) {
    if (cur->kind == ExprKind::Field || cur->kind == ExprKind::TupleField) {
      steps.push_back(cur->kind == ExprKind::Field ? cur->text : std::to_string(cur->index));
      for (uint32_t d = 0; d < cur->derefs; ++d) steps.push_back("*");
      cur = cur->operand.get();
    } else if (cur->kind == ExprKind::Deref) {
      steps.push_back("*");
      cur = cur->operand.get();
    } else if (cur->kind == ExprKind::Paren) {
      cur = cur->operand.get();
    } else {
      break;
    }
  }
  if (cur->kind != ExprKind::Path || cur->resolvedKind != static_cast<uint8_t>(Resolved::Local)) return -1;
  path->clear();
  for (auto step = steps.rbegin(); step != steps.rend(); ++step) *path += (path->empty() ? "" : ".") + *step;
  return cur->resolved;
}

// The slots a struct's, tuple struct's or variant's field `name` lands in.
std::vector<SlotMask> ValueHoldings::fieldInto(const Type& ty, const Expr& e, const std::string& name, TypeId fieldType,
                                               const std::vector<SlotMask>& into) const {
  const LifetimeSlots& S = q_.slots;
  const Generics* g = nullptr;
  const std::vector<StructField>* declared = nullptr;
  if (ty.kind == TypeKind::Struct && q_.T.structs()[ty.structIndex].decl) {
    g = &q_.T.structs()[ty.structIndex].decl->generics;
    declared = &q_.T.structs()[ty.structIndex].decl->fields;
  } else if (ty.kind == TypeKind::Enum && q_.T.enums()[ty.enumIndex].decl && e.resolved >= 0 &&
             static_cast<Resolved>(e.resolvedKind) == Resolved::EnumVariant) {
    const EnumDecl* d = q_.T.enums()[ty.enumIndex].decl;
    if (static_cast<size_t>(e.resolved) < d->variants.size()) {
      g = &d->generics;
      declared = &d->variants[e.resolved].fields;
    }
  }
  if (!g) return std::vector<SlotMask>(S.count(fieldType), anyOf(into));
  const StructField* field = nullptr;
  for (const StructField& f : *declared)
    if (f.name == name) field = &f;
  return S.fieldOfItem(*g, ty.args, field, fieldType, into);
}

// What the variable `root` holds in its part at `path`, landing in `into`.
void ValueHoldings::fromPlace(int32_t root, const std::string& path, const std::vector<SlotMask>& into) {
  if (root == q_.holder) return;  // the holder's own old borrows are not handed back to it
  read.insert(root);
  std::vector<SlotMask> part = q_.slots.partOf(q_.fn.locals[root].type, path);
  for (size_t i = 0; i < q_.borrows.size(); ++i)
    for (const Holder& h : q_.borrows[i].holders) {
      if (h.local != root) continue;
      SlotMask held = LifetimeSlots::narrow(part, h.slots);
      if (held && (h.approximate || h.slots == kEverySlot)) approximate.insert(i);  // not known under which lifetimes
      for (size_t k = 0; k < 64 && (held >> k); ++k)
        if ((held >> k) & 1) out[i] |= k < into.size() && part.size() == into.size() ? into[k] : anyOf(into);
    }
}

// Not taken apart: every borrow made in `e`, and every one held by a
// variable `e` reads, under `mask`.
void ValueHoldings::fallback(const Expr& e, SlotMask mask) {
  for (size_t i = q_.firstBorrow; i < q_.borrows.size(); ++i)
    if (!q_.borrows[i].sealed && within(q_.borrows[i].span, e.span)) {
      out[i] |= mask;
      approximate.insert(i);
    }
  for (size_t u = q_.firstUse; u < q_.uses.size(); ++u) {
    const Use& use = q_.uses[u];
    if (use.sealed || use.local == q_.holder || !within(use.span, e.span)) continue;
    read.insert(use.local);
    for (size_t i = 0; i < q_.borrows.size(); ++i)
      if (heldBy(q_.borrows[i], use.local)) {
        out[i] |= mask;
        approximate.insert(i);
      }
  }
}

}  // namespace sh::borrowck
