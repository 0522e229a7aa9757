#include "check/types.h"

#include <algorithm>
#include <numeric>

#include "diag/diagnostic.h"

namespace sh {

namespace {

struct IntInfo {
  const char* name;
  unsigned bytes;
  bool isSigned;
};

constexpr IntInfo kIntInfo[] = {
#define SH_INT_INFO(name, text, bytes, isSigned) {text, bytes, isSigned},
    SH_INT_KINDS(SH_INT_INFO)
#undef SH_INT_INFO
};

// The key under which a type is interned: its kind and every field that
// distinguishes it, as bytes (a fixed-size head, then the arguments), so
// equal types share one TypeId. Bytes, not text: every check interns
// thousands of types (std's traits among them), and printing each field as
// a number was a fifth of a small program's run.
std::string internKey(const Type& t) {
  std::string key;
  key.reserve(40 + sizeof(TypeId) * t.args.size());
  auto put = [&key](auto field) { key.append(reinterpret_cast<const char*>(&field), sizeof field); };
  put(t.kind);
  put(t.intKind);
  put(t.isF32);
  put(t.isMut);
  put(t.inclusive);
  put(t.varKind);
  put(t.varIndex);
  put(t.structIndex);
  put(t.enumIndex);
  put(t.paramIndex);
  put(t.traitIndex);
  put(t.assocIndex);
  put(t.length);
  put(t.autoTraits);
  for (TypeId a : t.args) put(a);
  return key;
}

Type withArgs(TypeKind kind, std::vector<TypeId> args) {
  Type t;
  t.kind = kind;
  t.args = std::move(args);
  return t;
}

}  // namespace

const char* intKindName(IntKind k) { return kIntInfo[static_cast<int>(k)].name; }
unsigned intKindBytes(IntKind k) { return kIntInfo[static_cast<int>(k)].bytes; }
bool intKindSigned(IntKind k) { return kIntInfo[static_cast<int>(k)].isSigned; }

__int128 wrapTo(__int128 v, IntKind k) {
  unsigned bits = intKindBytes(k) * 8;
  if (bits == 128) return v;
  unsigned __int128 mask = (static_cast<unsigned __int128>(1) << bits) - 1;
  unsigned __int128 u = static_cast<unsigned __int128>(v) & mask;
  if (intKindSigned(k) && (u >> (bits - 1)) & 1) return static_cast<__int128>(u) - (static_cast<__int128>(1) << bits);
  return static_cast<__int128>(u);
}


bool parseIntKind(std::string_view name, IntKind* out) {
  for (int i = 0; i < 12; ++i)
    if (name == kIntInfo[i].name) {
      *out = static_cast<IntKind>(i);
      return true;
    }
  return false;
}

bool Type::operator==(const Type& o) const { return internKey(*this) == internKey(o); }

TypeTable::TypeTable() {
  auto simple = [this](TypeKind k) {
    Type t;
    t.kind = k;
    return intern(t);
  };
  unit_ = simple(TypeKind::Unit);
  bool_ = simple(TypeKind::Bool);
  char_ = simple(TypeKind::Char);
  str_ = simple(TypeKind::Str);
  string_ = simple(TypeKind::String);
  never_ = simple(TypeKind::Never);
  error_ = simple(TypeKind::Error);
  Type f;
  f.kind = TypeKind::Float;
  f64_ = intern(f);
  f.isF32 = true;
  f32_ = intern(f);
  for (int i = 0; i < 12; ++i) {
    Type t;
    t.kind = TypeKind::Int;
    t.intKind = static_cast<IntKind>(i);
    ints_[i] = intern(t);
  }
  strRef_ = refTo(str_, false);
}

TypeId TypeTable::intern(const Type& t) {
  std::string key = internKey(t);
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  SH_CHECK(!frozen_, "a type was interned after checking ended (the checker must intern every type the run needs)");
  TypeId id = static_cast<TypeId>(types_.size());
  types_.push_back(t);
  layouts_.emplace_back();
  hasLayout_.push_back(false);
  instanceOf_.push_back(-1);
  index_.emplace(std::move(key), id);
  if ((t.kind == TypeKind::Struct || t.kind == TypeKind::Enum) && !t.args.empty()) makeInstance(id);
  internCompanions(t);
  return id;
}

// The types the run and the layouts need alongside some types, interned
// with them however they were made (a constructor, inference, substitution):
// an Rc's and a Weak's cell, a RefCell guard's two references.
void TypeTable::internCompanions(const Type& t) {
  switch (t.kind) {
    case TypeKind::Rc: case TypeKind::Weak: intern(withArgs(TypeKind::RcBox, {t.args[0]})); return;
    case TypeKind::CellRef: case TypeKind::CellRefMut:
      refTo(t.args[0], t.kind == TypeKind::CellRefMut);
      refTo(intType(IntKind::Isize), false);
      return;
    case TypeKind::HashMap: case TypeKind::HashSet: {  // a map's buckets are (K, V) pairs
      if (t.kind == TypeKind::HashMap) tupleOf({t.args[0], t.args[1]});
      intern(withArgs(TypeKind::HashTable, t.args));
      Type emptyGroup = withArgs(TypeKind::Array, {intType(IntKind::U8)});  // hashbrown's static of 16 EMPTY bytes
      emptyGroup.length = 16;
      intern(emptyGroup);
      return;
    }
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: {  // a leaf and an internal node, and their key and value arrays
      Type node = withArgs(TypeKind::BTreeNode, {t.args[0], t.args.size() > 1 ? t.args[1] : unit_});
      for (TypeId part : node.args) {
        Type array = withArgs(TypeKind::Array, {part});
        array.length = 11;
        intern(array);
      }
      intern(node);
      node.length = 1;
      intern(node);
      return;
    }
    case TypeKind::Iter:  // Chain's fields: Option<A>, Option<B>
      if (static_cast<KeptIter>(t.length) == KeptIter::Chain) {
        optionOf(t.args[1]);
        optionOf(t.args[2]);
      }
      return;
    default: return;
  }
}

TypeId TypeTable::find(const Type& t) const {
  auto it = index_.find(internKey(t));
  return it == index_.end() ? kNoType : it->second;
}

TypeId TypeTable::intType(IntKind k) const { return ints_[static_cast<int>(k)]; }

// ---------------------------------------------------------------- generics

TypeId TypeTable::paramType(int32_t index) const { return paramTypes_[index]; }

int32_t TypeTable::newParam(ParamInfo info) {
  auto index = static_cast<int32_t>(params_.size());
  params_.push_back(std::move(info));
  Type t;
  t.kind = TypeKind::Param;
  t.paramIndex = index;
  paramTypes_.push_back(intern(t));
  return index;
}

TypeId TypeTable::projection(TypeId self, int32_t trait, int32_t assoc, std::vector<TypeId> traitArgs) {
  Type t;
  t.kind = TypeKind::Projection;
  t.args.push_back(self);
  t.args.insert(t.args.end(), traitArgs.begin(), traitArgs.end());
  t.traitIndex = trait;
  t.assocIndex = assoc;
  return intern(t);
}

void TypeTable::nameTrait(int32_t index, std::string name, std::vector<std::string> assocTypes) {
  if (traitNames_.size() <= static_cast<size_t>(index)) traitNames_.resize(index + 1);
  traitNames_[index] = {std::move(name), std::move(assocTypes)};
}

const StructInfo& TypeTable::structOf(TypeId id) const {
  id = resolve(id);
  const Type& t = types_[id];
  return t.args.empty() ? structs_[t.structIndex] : structInstances_[instanceOf_[id]];
}

const EnumInfo& TypeTable::enumOf(TypeId id) const {
  id = resolve(id);
  const Type& t = types_[id];
  return t.args.empty() ? enums_[t.enumIndex] : enumInstances_[instanceOf_[id]];
}

// The instance's info starts as its declaration's, fields still generic;
// fillInstance substitutes them once the declarations' fields are known.
void TypeTable::makeInstance(TypeId id) {
  const Type t = types_[id];
  if (t.kind == TypeKind::Struct) {
    instanceOf_[id] = static_cast<int32_t>(structInstances_.size());
    StructInfo info = structs_[t.structIndex];
    info.fields.clear();
    structInstances_.push_back(std::move(info));
  } else {
    instanceOf_[id] = static_cast<int32_t>(enumInstances_.size());
    EnumInfo info = enums_[t.enumIndex];
    for (VariantInfo& v : info.variants) v.fields.clear();
    enumInstances_.push_back(std::move(info));
  }
  if (fieldsComplete_) fillInstance(id);
}

void TypeTable::fillInstance(TypeId id) {
  const Type t = types_[id];
  if (t.kind == TypeKind::Struct) {
    const StructInfo& generic = structs_[t.structIndex];
    std::vector<std::pair<std::string, TypeId>> fields;
    for (const auto& [name, type] : generic.fields) fields.emplace_back(name, subst(type, generic.typeParams, t.args));
    StructInfo& info = structInstances_[instanceOf_[id]];
    info.fields = std::move(fields);
    info.isCopy = generic.isCopy && std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return isCopy(a); });
    return;
  }
  const EnumInfo& generic = enums_[t.enumIndex];
  std::vector<std::vector<std::pair<std::string, TypeId>>> variants;
  for (const VariantInfo& v : generic.variants) {
    variants.emplace_back();
    for (const auto& [name, type] : v.fields) variants.back().emplace_back(name, subst(type, generic.typeParams, t.args));
  }
  EnumInfo& info = enumInstances_[instanceOf_[id]];
  for (size_t i = 0; i < variants.size(); ++i) info.variants[i].fields = std::move(variants[i]);
  info.isCopy = generic.isCopy && std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return isCopy(a); });
}

void TypeTable::completeInstances() {
  fieldsComplete_ = true;
  for (size_t id = 0; id < types_.size(); ++id)  // filling may make more instances, filled as they are made
    if (instanceOf_[id] >= 0) fillInstance(static_cast<TypeId>(id));
}

bool TypeTable::containsParam(TypeId id) const {
  const Type& t = types_[resolve(id)];
  if (t.kind == TypeKind::Param || t.kind == TypeKind::Projection) return true;
  return std::any_of(t.args.begin(), t.args.end(), [&](TypeId a) { return containsParam(a); });
}

bool TypeTable::containsVar(TypeId id) const {
  id = resolve(id);
  const Type& t = types_[id];
  if (t.kind == TypeKind::Var) return true;
  return std::any_of(t.args.begin(), t.args.end(), [&](TypeId a) { return containsVar(a); });
}

bool TypeTable::mentions(TypeId id, TypeId part) const {
  id = resolve(id);
  if (id == part) return true;
  const Type& t = types_[id];
  return std::any_of(t.args.begin(), t.args.end(), [&](TypeId a) { return mentions(a, part); });
}

TypeId TypeTable::subst(TypeId id, const std::vector<TypeId>& params, const std::vector<TypeId>& args) {
  id = resolve(id);
  if (params.empty() || !containsParam(id)) return id;
  Type t = types_[id];
  if (t.kind == TypeKind::Param) {
    for (size_t i = 0; i < params.size() && i < args.size(); ++i)
      if (params[i] == id) return args[i];
    return id;
  }
  for (TypeId& a : t.args) a = subst(a, params, args);
  return intern(t);
}


TypeId TypeTable::refTo(TypeId target, bool isMut) {
  Type t = withArgs(TypeKind::Ref, {target});
  t.isMut = isMut;
  return intern(t);
}
TypeId TypeTable::vecOf(TypeId t) { return intern(withArgs(TypeKind::Vec, {t})); }
TypeId TypeTable::boxOf(TypeId t) { return intern(withArgs(TypeKind::Box, {t})); }
TypeId TypeTable::optionOf(TypeId t) { return intern(withArgs(TypeKind::Option, {t})); }
TypeId TypeTable::sliceOf(TypeId t) { return intern(withArgs(TypeKind::Slice, {t})); }
TypeId TypeTable::tupleOf(std::vector<TypeId> elems) {
  if (elems.empty()) return unit_;
  return intern(withArgs(TypeKind::Tuple, std::move(elems)));
}
TypeId TypeTable::arrayOf(TypeId elem, uint64_t n) {
  Type t = withArgs(TypeKind::Array, {elem});
  t.length = n;
  return intern(t);
}
TypeId TypeTable::iterOf(TypeId item, KeptIter kept) {
  if (kept == KeptIter::Lines) arrayOf(intType(IntKind::U8), 4);  // its CharSearcher's utf8_encoded field's type
  Type t = withArgs(TypeKind::Iter, {item});
  t.length = static_cast<uint64_t>(kept);
  return intern(t);
}

TypeId TypeTable::splitterOf(KeptIter kept, TypeId pattern) {
  arrayOf(intType(IntKind::U8), 4);  // a CharSearcher's utf8_encoded field's type
  Type t = withArgs(TypeKind::Iter, {strRef_, pattern});
  t.length = static_cast<uint64_t>(kept);
  return intern(t);
}

// The searcher a text splitter holds: its pattern's (a &str, a &String or
// a &&str search as a str), Lines' CharSearcher for '\n', SplitWhitespace's.
SplitSearcher TypeTable::splitSearcher(TypeId splitter) const {
  if (keptIter(splitter) == KeptIter::SplitWhitespace) return SplitSearcher::Whitespace;
  const Type& t = get(splitter);
  return t.args.size() > 1 && get(resolve(t.args[1])).kind == TypeKind::Ref ? SplitSearcher::Str : SplitSearcher::Char;
}

TypeId TypeTable::keptAdapterOf(KeptIter kept, TypeId item, TypeId inner, TypeId closure) {
  if (kept == KeptIter::Peekable) closure = optionOf(optionOf(item));  // peeked: nothing yet, the end, or an item
  Type t = withArgs(TypeKind::Iter, closure == kNoType ? std::vector<TypeId>{item, inner} : std::vector<TypeId>{item, inner, closure});
  t.length = static_cast<uint64_t>(kept);
  return intern(t);
}

TypeId TypeTable::keptAdapterSecond(TypeId iter) const {
  const Type& t = get(iter);
  return t.args.size() > 2 ? t.args[2] : usize();
}

std::vector<std::pair<std::string, TypeId>> TypeTable::keptAdapterFields(TypeId iter) const {
  KeptIter k = keptIter(iter);
  auto optional = [&](TypeId t) { return k == KeptIter::Chain ? find(withArgs(TypeKind::Option, {t})) : t; };  // Chain's Option<A>
  std::vector<std::pair<std::string, TypeId>> fields{{keptAdapterIterField(k), optional(get(iter).args[1])}};
  for (const KeptAdapterField& f : keptAdapterTail(k)) {
    TypeId type = kNoType;
    switch (f.holds) {
      case AdapterField::Count: case AdapterField::Index: type = usize(); break;
      case AdapterField::Flag: type = boolType(); break;
      case AdapterField::Peeked: case AdapterField::Closure: type = keptAdapterSecond(iter); break;
      case AdapterField::Other: type = optional(keptAdapterSecond(iter)); break;
    }
    fields.push_back({f.name, type});
  }
  return fields;
}

// A kept iterator's Clone, as the engine runs it: a copy of its bytes, so
// what it holds must be Copy (a peeked item, a closure's captures); a
// range around which an adapter is kept is a copy of its ends.
bool TypeTable::keptClones(TypeId iter) const {
  if (get(iter).kind == TypeKind::Range) return true;
  KeptIter k = keptIter(iter);
  if (!keptAdapter(k)) return keptIterClones(k);
  std::vector<std::pair<std::string, TypeId>> fields = keptAdapterFields(iter);
  for (size_t i = 1; i < fields.size(); ++i)
    if (!(keptWithTwoIters(k) && i == 1 ? keptClones(get(iter).args[2]) : isCopy(fields[i].second))) return false;
  return keptClones(get(iter).args[1]);
}

// Measured with rustc 1.95: `a.iter().zip(b.iter())` keeps its iterators
// where they stand and counts `index` up to `len`, the shorter's length;
// a Zip around Chars or a vec::IntoIter moves them and leaves both at 0.
bool TypeTable::keptRandomAccess(TypeId iter, bool coerce) const {
  const Type& t = get(iter);
  if (t.kind == TypeKind::Range) return !t.inclusive && get(t.args[0]).kind == TypeKind::Int;
  switch (keptIter(iter)) {
    case KeptIter::SliceIter: case KeptIter::SliceIterMut: case KeptIter::Bytes: case KeptIter::Windows: case KeptIter::Chunks:
    case KeptIter::ChunksExact:
      return true;
    case KeptIter::VecIntoIter: return !coerce && isCopy(t.args[0]);  // std's NonDrop items
    case KeptIter::Map: case KeptIter::Enumerate: case KeptIter::Copied: case KeptIter::Cloned: case KeptIter::Skip:
      return keptRandomAccess(t.args[1], coerce);
    case KeptIter::Zip: return keptRandomAccess(t.args[1], coerce) && keptRandomAccess(t.args[2], coerce);
    case KeptIter::None: case KeptIter::Chars: case KeptIter::CharIndices: case KeptIter::Split: case KeptIter::SplitWhitespace:
    case KeptIter::Lines: case KeptIter::RSplit: case KeptIter::SplitTerminator: case KeptIter::Take: case KeptIter::Peekable:
    case KeptIter::Filter: case KeptIter::FilterMap: case KeptIter::Inspect: case KeptIter::Rev: case KeptIter::StepBy:
    case KeptIter::TakeWhile: case KeptIter::SkipWhile: case KeptIter::Chain:
      return false;
  }
  return false;
}

TypeId TypeTable::keptElem(TypeId iter) const {
  TypeId item = get(iter).args[0];
  if (keptAdapter(keptIter(iter))) return item;
  switch (keptIter(iter)) {
    case KeptIter::None: case KeptIter::VecIntoIter: return item;
    case KeptIter::SliceIter: case KeptIter::SliceIterMut: return get(item).args[0];
    case KeptIter::Windows: case KeptIter::Chunks: case KeptIter::ChunksExact: return get(get(item).args[0]).args[0];  // &[T]'s T
    case KeptIter::Chars: case KeptIter::Bytes: case KeptIter::CharIndices: case KeptIter::Split:
    case KeptIter::SplitWhitespace: case KeptIter::Lines: case KeptIter::RSplit: case KeptIter::SplitTerminator:
      return intType(IntKind::U8);
    SH_CASE_KEPT_ADAPTERS
      return item;
  }
  return item;
}

bool keptIterClones(KeptIter k) {
  return k == KeptIter::SliceIter || k == KeptIter::Chars || k == KeptIter::Bytes || k == KeptIter::CharIndices || keptSplitsText(k) ||
         keptSlicePieces(k);
}

bool keptAdapter(KeptIter k) { return keptAdapterName(k)[0] != '\0'; }

bool keptWithTwoIters(KeptIter k) { return k == KeptIter::Zip || k == KeptIter::Chain; }

bool adapterFieldPrinted(AdapterField f) { return f != AdapterField::Closure && f != AdapterField::Index; }

bool printsBare(const TypeTable& T, TypeId adapter) {
  return T.keptIter(adapter) == KeptIter::Zip && T.keptRandomAccess(adapter, false);
}

bool keptWithClosure(KeptIter k) {
  for (const KeptAdapterField& f : keptAdapterTail(k))
    if (f.holds == AdapterField::Closure) return true;
  return false;
}

const char* keptAdapterIterField(KeptIter k) {
  return k == KeptIter::Copied || k == KeptIter::Cloned ? "it" : keptWithTwoIters(k) ? "a" : "iter";
}

std::vector<KeptAdapterField> keptAdapterTail(KeptIter k) {
  switch (k) {
    case KeptIter::Enumerate: return {{"count", AdapterField::Count}};
    case KeptIter::Skip: case KeptIter::Take: return {{"n", AdapterField::Count}};
    case KeptIter::Peekable: return {{"peeked", AdapterField::Peeked}};
    case KeptIter::Map: case KeptIter::FilterMap: case KeptIter::Inspect: return {{"f", AdapterField::Closure}};
    case KeptIter::Filter: return {{"predicate", AdapterField::Closure}};
    case KeptIter::Rev: case KeptIter::Copied: case KeptIter::Cloned: return {};
    case KeptIter::StepBy: return {{"step_minus_one", AdapterField::Count}, {"first_take", AdapterField::Flag}};
    case KeptIter::TakeWhile: case KeptIter::SkipWhile:
      return {{"flag", AdapterField::Flag}, {"predicate", AdapterField::Closure}};
    case KeptIter::Zip: return {{"b", AdapterField::Other}, {"index", AdapterField::Index}, {"len", AdapterField::Index}};
    case KeptIter::Chain: return {{"b", AdapterField::Other}};
    case KeptIter::None: case KeptIter::SliceIter: case KeptIter::SliceIterMut: case KeptIter::Chars: case KeptIter::Bytes:
    case KeptIter::CharIndices: case KeptIter::VecIntoIter: case KeptIter::Split: case KeptIter::SplitWhitespace:
    case KeptIter::Lines: case KeptIter::RSplit: case KeptIter::SplitTerminator: case KeptIter::Windows: case KeptIter::Chunks: case KeptIter::ChunksExact:
      return {};  // not an adapter
  }
  return {};
}

const char* keptAdapterName(KeptIter k) {
  switch (k) {
#define SH_KEPT_ADAPTER_NAME(name) case KeptIter::name: return #name;
    SH_KEPT_ADAPTERS(SH_KEPT_ADAPTER_NAME)
#undef SH_KEPT_ADAPTER_NAME
    case KeptIter::None: case KeptIter::SliceIter: case KeptIter::SliceIterMut: case KeptIter::Chars: case KeptIter::Bytes:
    case KeptIter::CharIndices: case KeptIter::VecIntoIter: case KeptIter::Split: case KeptIter::SplitWhitespace:
    case KeptIter::Lines: case KeptIter::RSplit: case KeptIter::SplitTerminator: case KeptIter::Windows: case KeptIter::Chunks: case KeptIter::ChunksExact:
      return "";  // not an adapter
  }
  return "";
}

bool keptSplitsText(KeptIter k) {
  return k == KeptIter::Split || k == KeptIter::SplitWhitespace || k == KeptIter::Lines || k == KeptIter::RSplit ||
         k == KeptIter::SplitTerminator;
}

bool keptSlicePieces(KeptIter k) { return k == KeptIter::Windows || k == KeptIter::Chunks || k == KeptIter::ChunksExact; }

uint64_t keptFrontOffset(KeptIter k) { return k == KeptIter::VecIntoIter ? 8 : 0; }
uint64_t keptEndOffset(KeptIter k) { return k == KeptIter::VecIntoIter ? 24 : 8; }

uint64_t keptItemsBetween(KeptIter k, uint64_t front, uint64_t end, uint64_t elemSize) {
  if (elemSize > 0) return (end - front) / elemSize;
  return k == KeptIter::VecIntoIter ? end - front : end;
}

KeptIter TypeTable::keptIter(TypeId t) const {
  const Type& ty = get(t);
  return ty.kind == TypeKind::Iter ? static_cast<KeptIter>(ty.length) : KeptIter::None;
}

TypeId TypeTable::rangeOf(TypeId elem, bool inclusive) {
  Type t = withArgs(TypeKind::Range, {elem});
  t.inclusive = inclusive;
  return intern(t);
}
TypeId TypeTable::resultOf(TypeId ok, TypeId error) { return intern(withArgs(TypeKind::Result, {ok, error})); }
TypeId TypeTable::ioErrorType() {
  Type t;
  t.kind = TypeKind::IoError;
  return intern(t);
}
TypeId TypeTable::rcOf(TypeId t) { return intern(withArgs(TypeKind::Rc, {t})); }
TypeId TypeTable::weakOf(TypeId t) { return intern(withArgs(TypeKind::Weak, {t})); }
TypeId TypeTable::rcBoxOf(TypeId t) const { return find(withArgs(TypeKind::RcBox, {t})); }
TypeId TypeTable::refCellOf(TypeId t) { return intern(withArgs(TypeKind::RefCell, {t})); }
TypeId TypeTable::cellOf(TypeId t) { return intern(withArgs(TypeKind::Cell, {t})); }
TypeId TypeTable::cellRefOf(TypeId t, bool isMut) {
  return intern(withArgs(isMut ? TypeKind::CellRefMut : TypeKind::CellRef, {t}));
}
TypeId TypeTable::hashMapOf(TypeId key, TypeId value) { return intern(withArgs(TypeKind::HashMap, {key, value})); }
TypeId TypeTable::hashSetOf(TypeId t) { return intern(withArgs(TypeKind::HashSet, {t})); }
TypeId TypeTable::tableOf(TypeId mapOrSet) const { return find(withArgs(TypeKind::HashTable, types_[resolve(mapOrSet)].args)); }
TypeId TypeTable::bucketOf(TypeId tableOrMap) const {
  const Type& t = types_[resolve(tableOrMap)];
  return t.args.size() == 1 ? t.args[0] : find(withArgs(TypeKind::Tuple, t.args));
}
TypeId TypeTable::mapEntryOf(TypeId key, TypeId value) { return intern(withArgs(TypeKind::MapEntry, {key, value})); }
TypeId TypeTable::vecDequeOf(TypeId t) { return intern(withArgs(TypeKind::VecDeque, {t})); }
TypeId TypeTable::binaryHeapOf(TypeId t) { return intern(withArgs(TypeKind::BinaryHeap, {t})); }
TypeId TypeTable::btreeMapOf(TypeId key, TypeId value) { return intern(withArgs(TypeKind::BTreeMap, {key, value})); }
TypeId TypeTable::btreeSetOf(TypeId t) { return intern(withArgs(TypeKind::BTreeSet, {t})); }
TypeId TypeTable::btreeNodeOf(TypeId mapOrSet, bool internal) const {
  const Type& t = types_[resolve(mapOrSet)];
  Type node = withArgs(TypeKind::BTreeNode, {t.args[0], t.args.size() > 1 ? t.args[1] : unit_});
  node.length = internal ? 1 : 0;
  return find(node);
}
TypeId TypeTable::btreeEntryOf(TypeId key, TypeId value) { return intern(withArgs(TypeKind::BTreeEntry, {key, value})); }
TypeId TypeTable::stdinType() {
  Type t;
  t.kind = TypeKind::Stdin;
  return intern(t);
}
TypeId TypeTable::dynOf(int32_t trait, std::vector<TypeId> traitArgs, const std::vector<TypeId>& assocTypes, uint8_t autoTraits) {
  Type t = withArgs(TypeKind::Dyn, std::move(traitArgs));
  t.traitIndex = trait;
  t.autoTraits = autoTraits;
  t.length = t.args.size();
  t.args.insert(t.args.end(), assocTypes.begin(), assocTypes.end());
  return intern(t);
}

TypeId TypeTable::vtableOf(TypeId concrete, TypeId dyn, uint64_t methodSlots) {
  Type t = withArgs(TypeKind::Vtable, {concrete, dyn});
  t.length = methodSlots;
  return intern(t);
}

bool TypeTable::isUnsized(TypeId t) const {
  TypeKind k = types_[resolve(t)].kind;
  return k == TypeKind::Str || k == TypeKind::Slice || k == TypeKind::Dyn;
}

TypeId TypeTable::structType(int32_t index, std::vector<TypeId> args) {
  Type t = withArgs(TypeKind::Struct, std::move(args));
  t.structIndex = index;
  return intern(t);
}
TypeId TypeTable::enumType(int32_t index, std::vector<TypeId> args) {
  Type t = withArgs(TypeKind::Enum, std::move(args));
  t.enumIndex = index;
  return intern(t);
}
TypeId TypeTable::newVar(VarKind kind) {
  Type t;
  t.kind = TypeKind::Var;
  t.varKind = kind;
  t.varIndex = static_cast<uint32_t>(varBinding_.size());
  TypeId id = intern(t);
  varBinding_.push_back(kNoType);
  varType_.push_back(id);
  return id;
}

int32_t TypeTable::findStruct(const std::string& key) const {
  for (size_t i = 0; i < structs_.size(); ++i)
    if (structs_[i].key == key) return static_cast<int32_t>(i);
  return -1;
}

int32_t TypeTable::findEnum(const std::string& key) const {
  for (size_t i = 0; i < enums_.size(); ++i)
    if (enums_[i].key == key) return static_cast<int32_t>(i);
  return -1;
}

int32_t EnumInfo::findVariant(const std::string& variant) const {
  for (size_t i = 0; i < variants.size(); ++i)
    if (variants[i].name == variant) return static_cast<int32_t>(i);
  return -1;
}

TypeId TypeTable::resolve(TypeId t) const {
  while (types_[t].kind == TypeKind::Var && varBinding_[types_[t].varIndex] != kNoType)
    t = varBinding_[types_[t].varIndex];
  return t;
}

void TypeTable::bindVar(TypeId var, TypeId to) {
  SH_CHECK(types_[var].kind == TypeKind::Var, "binding a type that is not a variable");
  varBinding_[types_[var].varIndex] = to;
}

TypeId TypeTable::resolveDeep(TypeId t) {
  t = resolve(t);
  const Type& ty = types_[t];
  if (ty.args.empty()) return t;
  Type copy = ty;
  bool changed = false;
  for (TypeId& a : copy.args) {
    TypeId r = resolveDeep(a);
    changed |= r != a;
    a = r;
  }
  return changed ? intern(copy) : t;
}

TypeId TypeTable::defaultDeep(TypeId t) {
  t = resolve(t);
  Type copy = types_[t];
  if (copy.kind == TypeKind::Var) {
    TypeId chosen = copy.varKind == VarKind::Integer ? intType(IntKind::I32)
                    : copy.varKind == VarKind::Float ? f64_
                                                     : error_;
    bindVar(t, chosen);
    return chosen;
  }
  if (copy.args.empty()) return t;
  bool changed = false;
  for (TypeId& a : copy.args) {
    TypeId r = defaultDeep(a);
    changed |= r != a;
    a = r;
  }
  return changed ? intern(copy) : t;
}

// A kept iterator by rustc's name for it (`std::slice::Iter<'_, i32>`); a
// chain by what the learner reads it as.
std::string TypeTable::iterName(const Type& t) const {
  auto referent = [&] { return name(get(t.args[0]).kind == TypeKind::Ref ? get(t.args[0]).args[0] : t.args[0]); };
  switch (static_cast<KeptIter>(t.length)) {
    case KeptIter::None: return "impl Iterator<Item = " + name(t.args[0]) + ">";
    case KeptIter::SliceIter: return "std::slice::Iter<'_, " + referent() + ">";
    case KeptIter::SliceIterMut: return "std::slice::IterMut<'_, " + referent() + ">";
    case KeptIter::Chars: return "Chars<'_>";
    case KeptIter::Bytes: return "Bytes<'_>";
    case KeptIter::CharIndices: return "CharIndices<'_>";
    case KeptIter::VecIntoIter: return "std::vec::IntoIter<" + name(t.args[0]) + ">";
    case KeptIter::Split: return "std::str::Split<'_, " + name(t.args[1]) + ">";
    case KeptIter::SplitWhitespace: return "SplitWhitespace<'_>";
    case KeptIter::Lines: return "std::str::Lines<'_>";
    case KeptIter::RSplit: return "std::str::RSplit<'_, " + name(t.args[1]) + ">";
    case KeptIter::SplitTerminator: return "std::str::SplitTerminator<'_, " + name(t.args[1]) + ">";
    case KeptIter::Windows: return "std::slice::Windows<'_, " + name(get(get(t.args[0]).args[0]).args[0]) + ">";
    case KeptIter::Chunks: return "std::slice::Chunks<'_, " + name(get(get(t.args[0]).args[0]).args[0]) + ">";
    case KeptIter::ChunksExact: return "std::slice::ChunksExact<'_, " + name(get(get(t.args[0]).args[0]).args[0]) + ">";
    SH_CASE_KEPT_ADAPTERS {  // `std::iter::Map<std::slice::Iter<'_, i32>, {closure}>`
      std::string n = std::string("std::iter::") + keptAdapterName(static_cast<KeptIter>(t.length)) + "<" + name(t.args[1]);
      if (keptWithClosure(static_cast<KeptIter>(t.length)) || keptWithTwoIters(static_cast<KeptIter>(t.length)))
        n += ", " + name(t.args[2]);
      return n + ">";
    }
  }
  return "?";
}

std::string TypeTable::name(TypeId id) const {
  id = resolve(id);
  const Type& t = types_[id];
  auto argName = [&](size_t i) { return name(t.args[i]); };
  switch (t.kind) {
    case TypeKind::Int: return intKindName(t.intKind);
    case TypeKind::Float: return t.isF32 ? "f32" : "f64";
    case TypeKind::Bool: return "bool";
    case TypeKind::Char: return "char";
    case TypeKind::Str: return "str";
    case TypeKind::Unit: return "()";
    case TypeKind::Never: return "!";
    case TypeKind::Ref: return std::string(t.isMut ? "&mut " : "&") + argName(0);
    case TypeKind::String: return "String";
    case TypeKind::Vec: return "Vec<" + argName(0) + ">";
    case TypeKind::Box: return "Box<" + argName(0) + ">";
    case TypeKind::Option: return "Option<" + argName(0) + ">";
    case TypeKind::Struct: case TypeKind::Enum: {
      std::string s = t.kind == TypeKind::Struct ? structs_[t.structIndex].name : enums_[t.enumIndex].name;
      if (t.args.empty()) return s;
      for (size_t i = 0; i < t.args.size(); ++i) s += (i ? ", " : "<") + argName(i);
      return s + ">";
    }
    case TypeKind::Param: return params_[t.paramIndex].name;
    case TypeKind::Projection: {
      const auto& [trait, assocs] = traitNames_[t.traitIndex];
      std::string s = "<" + argName(0) + " as " + trait;
      for (size_t i = 1; i < t.args.size(); ++i) s += (i > 1 ? ", " : "<") + argName(i) + (i + 1 == t.args.size() ? ">" : "");
      return s + ">::" + assocs[t.assocIndex];
    }
    case TypeKind::Tuple: {
      std::string s = "(";
      for (size_t i = 0; i < t.args.size(); ++i) s += (i ? ", " : "") + argName(i);
      return s + (t.args.size() == 1 ? ",)" : ")");
    }
    case TypeKind::Dyn:
      return "dyn " + traitObjectName(t) + ((t.autoTraits & kSendBit) ? " + Send" : "") + ((t.autoTraits & kSyncBit) ? " + Sync" : "");
    case TypeKind::Vtable: return "[*const (); " + std::to_string(3 + t.length) + "]";
    case TypeKind::FnPtr: {
      std::string s = "fn(";
      for (size_t i = 0; i + 1 < t.args.size(); ++i) s += (i ? ", " : "") + argName(i);
      return s + ")" + (resolve(t.args.back()) == unit_ ? "" : " -> " + argName(t.args.size() - 1));
    }
    case TypeKind::Array: return "[" + argName(0) + "; " + std::to_string(t.length) + "]";
    case TypeKind::Slice: return "[" + argName(0) + "]";
    case TypeKind::Range: return std::string(t.inclusive ? "RangeInclusive<" : "Range<") + argName(0) + ">";
    case TypeKind::Iter: return iterName(t);
    case TypeKind::Result: return "Result<" + argName(0) + ", " + argName(1) + ">";
    case TypeKind::IoError: return "std::io::Error";
    case TypeKind::Stdin: return "Stdin";
    case TypeKind::Rc: return "Rc<" + argName(0) + ">";
    case TypeKind::Weak: return "Weak<" + argName(0) + ">";
    case TypeKind::RcBox: return "RcInner<" + argName(0) + ">";
    case TypeKind::RefCell: return "RefCell<" + argName(0) + ">";
    case TypeKind::Cell: return "Cell<" + argName(0) + ">";
    case TypeKind::CellRef: return "Ref<'_, " + argName(0) + ">";
    case TypeKind::CellRefMut: return "RefMut<'_, " + argName(0) + ">";
    case TypeKind::HashMap: return "HashMap<" + argName(0) + ", " + argName(1) + ">";
    case TypeKind::HashSet: return "HashSet<" + argName(0) + ">";
    case TypeKind::HashTable: return t.args.size() == 1 ? "RawTable<" + argName(0) + ">" : "RawTable<(" + argName(0) + ", " + argName(1) + ")>";
    case TypeKind::MapEntry: return "Entry<'_, " + argName(0) + ", " + argName(1) + ">";
    case TypeKind::VecDeque: return "VecDeque<" + argName(0) + ">";
    case TypeKind::BinaryHeap: return "BinaryHeap<" + argName(0) + ">";
    case TypeKind::BTreeMap: return "BTreeMap<" + argName(0) + ", " + argName(1) + ">";
    case TypeKind::BTreeSet: return "BTreeSet<" + argName(0) + ">";
    case TypeKind::BTreeNode: return (t.length ? "InternalNode<" : "LeafNode<") + argName(0) + ", " + argName(1) + ">";
    case TypeKind::BTreeEntry: return "Entry<'_, " + argName(0) + ", " + argName(1) + ">";
    case TypeKind::Var:
      return t.varKind == VarKind::Integer ? "{integer}" : t.varKind == VarKind::Float ? "{float}" : "_";
    case TypeKind::Error: return "{type error}";
  }
  return "?";
}

// `Shape`, `Iterator<Item = u32>`, `Fn(i32) -> i32`: a trait object's trait as rustc prints it.
std::string TypeTable::traitObjectName(const Type& t) const {
  const auto& [trait, assocs] = traitNames_[t.traitIndex];
  std::string s = trait;
  if ((trait == "Fn" || trait == "FnMut" || trait == "FnOnce") && t.length == 1 && t.args.size() == 2) {
    const Type& inputs = types_[resolve(t.args[0])];
    s += "(";
    for (size_t i = 0; i < inputs.args.size(); ++i) s += (i ? ", " : "") + name(inputs.args[i]);
    s += ")";
    if (types_[resolve(t.args[1])].kind != TypeKind::Unit) s += " -> " + name(t.args[1]);
    return s;
  }
  std::vector<std::string> parts;
  for (size_t i = 0; i < t.args.size(); ++i)
    parts.push_back(i < t.length ? name(t.args[i]) : assocs[i - t.length] + " = " + name(t.args[i]));
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "<") + parts[i] + (i + 1 == parts.size() ? ">" : "");
  return s;
}

bool TypeTable::isInteger(TypeId t) const {
  const Type& ty = types_[resolve(t)];
  return ty.kind == TypeKind::Int || (ty.kind == TypeKind::Var && ty.varKind == VarKind::Integer);
}

bool TypeTable::isNumeric(TypeId t) const {
  const Type& ty = types_[resolve(t)];
  return isInteger(t) || ty.kind == TypeKind::Float || (ty.kind == TypeKind::Var && ty.varKind == VarKind::Float);
}

TypeId TypeTable::derefTarget(TypeId id) const {
  const Type& t = types_[resolve(id)];
  switch (t.kind) {
    case TypeKind::Ref: case TypeKind::Box: case TypeKind::Rc: case TypeKind::CellRef: case TypeKind::CellRefMut:
      return resolve(t.args[0]);
    default: return kNoType;
  }
}

int32_t TypeTable::closureOf(TypeId t) const {
  const Type& ty = types_[resolve(t)];
  return ty.kind == TypeKind::Struct ? structs_[ty.structIndex].closure : -1;
}

bool TypeTable::isCopy(TypeId id) const {
  const Type& t = types_[resolve(id)];
  switch (t.kind) {
    case TypeKind::Int: case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char:
    case TypeKind::Unit: case TypeKind::Never: case TypeKind::Error:
      return true;
    case TypeKind::Ref: return !t.isMut;
    case TypeKind::Str: case TypeKind::Slice: case TypeKind::String: case TypeKind::Vec:
    case TypeKind::Box: case TypeKind::Range: case TypeKind::Iter: case TypeKind::Stdin:
    case TypeKind::Rc: case TypeKind::Weak: case TypeKind::RcBox: case TypeKind::RefCell: case TypeKind::Cell:
    case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::HashMap: case TypeKind::HashSet:
    case TypeKind::HashTable: case TypeKind::MapEntry: case TypeKind::VecDeque: case TypeKind::BTreeMap:
    case TypeKind::BTreeSet: case TypeKind::BTreeNode: case TypeKind::BTreeEntry: case TypeKind::Dyn: case TypeKind::BinaryHeap:
      return false;
    case TypeKind::Vtable: case TypeKind::FnPtr: return true;
    case TypeKind::Result: return isCopy(t.args[0]) && isCopy(t.args[1]);
    case TypeKind::IoError: return false;
    case TypeKind::Var: return t.varKind != VarKind::Any;
    case TypeKind::Option: case TypeKind::Array: return isCopy(t.args[0]);
    case TypeKind::Tuple:
      return std::all_of(t.args.begin(), t.args.end(), [&](TypeId a) { return isCopy(a); });
    case TypeKind::Struct: return structOf(id).isCopy;
    case TypeKind::Enum: return enumOf(id).isCopy;
    case TypeKind::Param: return params_[t.paramIndex].isCopy;
    case TypeKind::Projection: return false;
  }
  return false;
}

bool TypeTable::needsDrop(TypeId id) const {
  const Type& t = types_[resolve(id)];
  switch (t.kind) {
    // Rc and Weak count on drop; a guard gives its borrow back.
    case TypeKind::String: case TypeKind::Vec: case TypeKind::Box: case TypeKind::Rc: case TypeKind::Weak:
    // A table owns its allocation; an entry may own its key.
    case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::HashMap: case TypeKind::HashSet:
    case TypeKind::MapEntry: case TypeKind::VecDeque: case TypeKind::BTreeMap: case TypeKind::BTreeSet:
    case TypeKind::BTreeEntry: case TypeKind::BinaryHeap:
    case TypeKind::Dyn:  // whatever it is, it may own memory
      return true;
    case TypeKind::RcBox: case TypeKind::RefCell: case TypeKind::Cell: case TypeKind::HashTable: case TypeKind::BTreeNode:
      return std::any_of(t.args.begin(), t.args.end(), [&](TypeId a) { return needsDrop(a); });
    case TypeKind::Option: case TypeKind::Array: case TypeKind::Range: return needsDrop(t.args[0]);
    case TypeKind::Result: return needsDrop(t.args[0]) || needsDrop(t.args[1]);
    case TypeKind::IoError: return false;  // the subset makes only simple errors, which own no memory
    case TypeKind::Tuple:
      return std::any_of(t.args.begin(), t.args.end(), [&](TypeId a) { return needsDrop(a); });
    case TypeKind::Struct: {
      if (structs_[t.structIndex].hasDrop) return true;
      const auto& fields = structOf(id).fields;
      return std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return needsDrop(f.second); });
    }
    case TypeKind::Param: return !params_[t.paramIndex].isCopy;  // it may own memory
    case TypeKind::Projection: return true;
    case TypeKind::Enum:
      if (enums_[t.enumIndex].hasDrop) return true;
      for (const VariantInfo& v : enumOf(id).variants)
        for (const auto& f : v.fields)
          if (needsDrop(f.second)) return true;
      return false;
    case TypeKind::Int: case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Str:
    case TypeKind::Unit: case TypeKind::Never: case TypeKind::Ref: case TypeKind::Slice: case TypeKind::Var:
    case TypeKind::Error: case TypeKind::Stdin: case TypeKind::Vtable: case TypeKind::FnPtr:
      return false;
    case TypeKind::Iter:  // a vec::IntoIter's buffer and what is left in it; an adapter's iterator, closure or peeked item
      if (keptAdapter(static_cast<KeptIter>(t.length))) return needsDrop(t.args[1]) || needsDrop(keptAdapterSecond(id));
      return static_cast<KeptIter>(t.length) == KeptIter::VecIntoIter;
  }
  return false;
}

}  // namespace sh
