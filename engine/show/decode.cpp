// Reading a step's bytes as Rust values (see decode.h for why one decoder).
//
// Values are decoded exactly as the interpreter lays them out (check/types.h):
// String and Vec are {cap, ptr, len} (check/types.h VecHeader), &str and
// slices {ptr, len}; an enum (Option and Result too) is read through its
// layout's tag, which is a tag field or a value its payload's niche never
// holds (a null pointer, a capacity above isize::MAX). A pointer whose target is not in memory (a
// String::new() holds the dangling address 1 and owns no cell) gets no arrow,
// and its text says so. Texts stay short — long lists and strings are
// elided — because they label boxes on a page; the full contents are in the
// heap cells and the bytes.
#include "show/decode.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <unordered_map>

#include "base/int128.h"
#include "base/limits.h"
#include "base/utf8.h"
#include "check/checker.h"
#include "fmt/format.h"
#include "run/memory.h"
#include "show/json_writer.h"

namespace sh {

std::string hexAddress(Address addr) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(addr));
  return buf;
}

namespace {

// Weak::new's pointer (usize::MAX): no cell behind it.
constexpr Address kDanglingWeak = ~Address(0);

const char* regionOf(Address addr) {
  if (addr >= kHeapBase && addr < kStackTop - limits::kStackBytes) return "heap";
  if (addr >= kStackTop - limits::kStackBytes) return "stack";
  return "static";
}

FormatSpec debugSpec() {
  FormatSpec spec;
  spec.trait = FormatTrait::Debug;
  return spec;
}

// At most `limit` characters of valid UTF-8 `text`; *cut says whether any were left out.
std::string firstChars(const std::string& text, size_t limit, bool* cut) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (isUtf8Continuation(text[i])) continue;
    if (chars++ == limit) {
      *cut = true;
      return text.substr(0, i);
    }
  }
  *cut = false;
  return text;
}

class Decoder {
 public:
  Decoder(const Checked& program, const MemoryImage& image, const Trace& trace)
      : p_(program), T_(program.types), m_(image), trace_(trace) {}

  DecodedMemory decode();
  std::string text(Address addr, TypeId type, int depth);

 private:
  // ---- values as text
  std::string intText(const uint8_t* b, const Type& t);
  std::string strText(Address ptr, uint64_t len);
  std::string listText(Address ptr, uint64_t len, TypeId elem, int depth);
  std::string fieldsText(Address addr, TypeId type, int depth);
  bool isSome(Address addr, TypeId optionType) { return variantAt(addr, optionType) == 1; }
  uint32_t variantAt(Address addr, TypeId type);
  std::string variantText(Address addr, TypeId type, int depth);
  void enumFields(Address addr, TypeId type, std::vector<DecodedField>& fields);

  // ---- pointers
  std::optional<Address> pointsTo(Address addr, TypeId type);
  bool isOwningPointer(TypeId type) const;
  bool mayHoldPointer(TypeId type);
  void walk(Address addr, TypeId type, const std::string& path);
  void walkCell(const CellImage& cell, uint64_t count, TypeId elem, const std::string& path, bool boxed);

  // ---- parts
  DecodedSlot decodeSlot(const SlotImage& s);
  std::vector<DecodedField> fieldsOf(Address addr, TypeId type);
  DecodedCell decodeCell(const CellImage& c);

  uint64_t u64(Address addr) const {
    uint64_t v = 0;
    m_.read(addr, &v, 8);
    return v;
  }
  uint64_t sizeOf(TypeId t) { return T_.layout(t).size; }
  // Where a single-pointer type keeps its pointer: a Vec's or String's is its header's ptr word.
  uint64_t pointerOffset(TypeId t) {
    TypeKind k = typeOf(t).kind;
    return k == TypeKind::Vec || k == TypeKind::String || k == TypeKind::BinaryHeap ? VecHeader::ptr : 0;
  }
  uint64_t rcValueOffset(TypeId rcOrWeak) { return T_.layout(T_.rcBoxOf(typeOf(rcOrWeak).args[0])).fields[2].offset; }
  std::string borrowState(Address refCell);
  // A table's header: its buckets, full ones first, in bucket order.
  uint64_t tableBuckets(Address header) { return u64(header + 8) == 0 ? 0 : u64(header + 8) + 1; }
  std::vector<uint64_t> fullBuckets(Address header);
  Address bucketAt(Address header, TypeId bucket, uint64_t i) { return u64(header) - (i + 1) * sizeOf(bucket); }
  std::string tableText(Address header, TypeId mapOrSet, int depth);
  std::string entryText(Address bucket, TypeId bucketType, bool isMap, int depth);
  std::vector<DecodedCell::Bucket> tableBucketsOf(const CellImage& c);
  // A VecDeque's header: the element at logical index i.
  Address dequeSlot(Address header, TypeId deque, uint64_t i) {
    uint64_t physical = u64(header + DequeHeader::head) + i;
    if (physical >= u64(header + DequeHeader::cap)) physical -= u64(header + DequeHeader::cap);
    return u64(header + DequeHeader::ptr) + physical * sizeOf(typeOf(deque).args[0]);
  }
  std::string dequeText(Address header, TypeId deque, int depth);
  void decodeRing(DecodedCell& d, const CellImage& c);
  std::vector<DecodedField> rcCellFields(const CellImage& c);
  // A BTreeMap's nodes: a node's entry count, and its entries in key order.
  uint64_t nodeLen(Address node, TypeId nodeType) {
    uint16_t len = 0;
    m_.read(node + T_.layout(nodeType).fields[2].offset, &len, 2);
    return len;
  }
  void btreeEntries(Address node, uint64_t height, TypeId nodeType, std::vector<std::pair<Address, Address>>& out);
  std::string btreeText(Address header, TypeId mapOrSet, int depth);
  void walkNode(Address node, uint64_t height, TypeId mapOrSet, const std::string& path);
  std::vector<DecodedField> btreeNodeFields(const CellImage& c);
  const Type& typeOf(TypeId t) const { return T_.get(T_.resolve(t)); }

  // ---- iterators kept in variables: a front and an end word walking a buffer or a text
  KeptIter keptOf(TypeId t) const { return T_.keptIter(T_.resolve(t)); }
  Address keptFront(Address addr, TypeId t) const { return u64(addr + keptFrontOffset(keptOf(t))); }
  uint64_t keptLeft(Address addr, TypeId t) {
    return keptItemsBetween(keptOf(t), keptFront(addr, t), u64(addr + keptEndOffset(keptOf(t))), sizeOf(T_.keptElem(t)));
  }
  std::string keptIterText(Address addr, TypeId type, int depth);
  std::vector<DecodedField> keptIterFields(Address addr, TypeId type);
  std::string splitterText(Address addr, TypeId type);
  std::vector<DecodedField> splitterFields(Address addr, TypeId type);
  void walkKeptIter(Address addr, TypeId type, const std::string& path);

  // ---- trait objects: the vtable a fat pointer's second word points at, and what it says
  const VtableInfo* vtableAt(Address vtable) const;
  TypeId pointee(Address pointer, TypeId target) const;
  std::vector<DecodedField> vtableFields(Address addr, TypeId type);

  const Checked& p_;
  const TypeTable& T_;
  const MemoryImage& m_;
  const Trace& trace_;
  bool follow_ = true;  // false while decoding a moved slot: its pointers are no longer its own
  bool walkingDropped_ = false;  // walking a slot dropped in this step: it names owners, draws no arrow
  DecodedMemory out_;
  std::unordered_map<int32_t, std::string> owner_;  // cell id -> owner path
  std::set<int32_t> walked_, textCells_;
  std::unordered_map<int32_t, std::pair<Address, TypeId>> ringOwner_;  // a VecDeque buffer's cell id -> its header
  std::unordered_map<TypeId, bool> mayHoldPointer_;
};

// ---------------------------------------------------------------- values as text

std::string Decoder::text(Address addr, TypeId type, int depth) {
  if (depth > 6) return "…";
  const Type& t = typeOf(type);
  const Layout& l = T_.layout(type);
  const uint8_t* b = m_.bytesAt(addr, l.size);
  if (!b && l.size > 0) return "?";
  switch (t.kind) {
    case TypeKind::Int: return intText(b, t);
    case TypeKind::Float: {
      if (t.isF32) {
        float f;
        std::memcpy(&f, b, 4);
        return formatFloat(f, true, debugSpec());
      }
      double d;
      std::memcpy(&d, b, 8);
      return formatFloat(d, false, debugSpec());
    }
    case TypeKind::Bool: return b[0] == 0 ? "false" : b[0] == 1 ? "true" : "?";
    case TypeKind::Char: {
      uint32_t c;
      std::memcpy(&c, b, 4);
      return c < 0x110000 && (c < 0xD800 || c > 0xDFFF) ? formatChar(c, debugSpec()) : "?";
    }
    case TypeKind::Unit: return "()";
    case TypeKind::Ref: {
      const Type& target = typeOf(t.args[0]);
      if (!follow_) return hexAddress(u64(addr));
      if (target.kind == TypeKind::Str) return strText(u64(addr), u64(addr + 8));
      if (target.kind == TypeKind::Slice) return "&" + listText(u64(addr), u64(addr + 8), target.args[0], depth);
      return "&" + text(u64(addr), pointee(addr, t.args[0]), depth + 1);
    }
    case TypeKind::String: {
      if (u64(addr + VecHeader::cap) == 0) return "String::new() (no heap cell)";
      Address ptr = u64(addr + VecHeader::ptr);
      return follow_ ? strText(ptr, u64(addr + VecHeader::len)) : hexAddress(ptr);
    }
    case TypeKind::Vec: case TypeKind::BinaryHeap: {
      if (sizeOf(t.args[0]) > 0 && u64(addr + VecHeader::cap) == 0)
        return t.kind == TypeKind::Vec ? "Vec::new() (no heap cell)" : "BinaryHeap::new() (no heap cell)";
      Address ptr = u64(addr + VecHeader::ptr);
      return follow_ ? listText(ptr, u64(addr + VecHeader::len), t.args[0], depth) : hexAddress(ptr);
    }
    case TypeKind::Box: {
      const Type& target = typeOf(t.args[0]);
      if (!follow_) return hexAddress(u64(addr));
      if (target.kind == TypeKind::Str) return strText(u64(addr), u64(addr + 8));
      if (target.kind == TypeKind::Slice) return listText(u64(addr), u64(addr + 8), target.args[0], depth);
      return "Box::new(" + text(u64(addr), pointee(addr, t.args[0]), depth + 1) + ")";
    }
    case TypeKind::Vtable: {
      const VtableInfo* vt = nullptr;
      for (const VtableInfo& v : p_.vtables)
        if (v.type == type) vt = &v;
      if (!vt) return "?";
      std::string s = T_.needsDrop(vt->concrete) ? "drop" : "no drop";
      s += ", size " + std::to_string(u64(addr + 8)) + ", align " + std::to_string(u64(addr + 16));
      for (const std::string& m : vt->slotNames) s += ", " + m;
      return s;
    }
    case TypeKind::Option:
      return isSome(addr, type) ? "Some(" + text(addr + l.payloadOffset, t.args[0], depth + 1) + ")" : "None";
    case TypeKind::Struct: case TypeKind::Tuple: return fieldsText(addr, type, depth);
    case TypeKind::Enum: return variantText(addr, type, depth);
    case TypeKind::Array: return listText(addr, t.length, t.args[0], depth);
    case TypeKind::Range: {
      const TypeId elem = t.args[0];
      const uint8_t* exhausted = t.inclusive ? m_.bytesAt(addr + l.fields[2].offset, 1) : nullptr;
      return text(addr + l.fields[0].offset, elem, depth + 1) + (t.inclusive ? "..=" : "..") +
             text(addr + l.fields[1].offset, elem, depth + 1) + (exhausted && *exhausted != 0 ? " (exhausted)" : "");
    }
    case TypeKind::Result: {
      if (variantAt(addr, type) == 0) return "Ok(" + text(addr + l.payloadOffset, t.args[0], depth + 1) + ")";
      return "Err(" + text(addr + l.variants[1].offsets[0], t.args[1], depth + 1) + ")";
    }
    case TypeKind::IoError: return "io::Error";
    case TypeKind::FnPtr: {  // the function at that address (check/checker.h fnPointers)
      uint64_t index = (u64(addr) - kFnPointerBase) / 16;
      return index < p_.fnPointers.size() ? "fn " + p_.fns[p_.fnPointers[index]].name : hexAddress(u64(addr));
    }
    case TypeKind::Stdin: return "Stdin";
    case TypeKind::Rc: return follow_ ? "Rc(" + text(u64(addr) + rcValueOffset(type), t.args[0], depth + 1) + ")" : hexAddress(u64(addr));
    case TypeKind::Weak: {
      Address cell = u64(addr);
      if (cell == kDanglingWeak) return "Weak::new() (no cell)";
      if (!follow_) return hexAddress(cell);
      return u64(cell) == 0 ? "Weak (value dropped)" : "Weak(" + text(cell + rcValueOffset(type), t.args[0], depth + 1) + ")";
    }
    case TypeKind::RcBox:
      return "strong " + std::to_string(u64(addr)) + ", weak " + std::to_string(u64(addr + 8)) + ", " +
             (u64(addr) == 0 ? "value dropped" : text(addr + l.fields[2].offset, t.args[0], depth + 1));
    case TypeKind::RefCell:
      return "RefCell(" + text(addr + l.fields[1].offset, t.args[0], depth + 1) + ")";
    case TypeKind::Cell: return "Cell(" + text(addr, t.args[0], depth + 1) + ")";
    case TypeKind::CellRef: case TypeKind::CellRefMut:
      return follow_ ? std::string(t.kind == TypeKind::CellRef ? "Ref(" : "RefMut(") + text(u64(addr), t.args[0], depth + 1) + ")"
                     : hexAddress(u64(addr));
    case TypeKind::HashMap: case TypeKind::HashSet:
      if (tableBuckets(addr) == 0) return std::string(t.kind == TypeKind::HashMap ? "HashMap" : "HashSet") + "::new() (no heap cell)";
      return follow_ ? tableText(addr, type, depth) : hexAddress(u64(addr));
    case TypeKind::HashTable: return text(addr, T_.bucketOf(type), depth);
    case TypeKind::VecDeque:
      if (sizeOf(t.args[0]) > 0 && u64(addr + DequeHeader::cap) == 0) return "VecDeque::new() (no heap cell)";
      return follow_ ? dequeText(addr, type, depth) : hexAddress(u64(addr + DequeHeader::ptr));
    case TypeKind::BTreeMap: case TypeKind::BTreeSet:
      if (u64(addr) == 0) return std::string(t.kind == TypeKind::BTreeMap ? "BTreeMap" : "BTreeSet") + "::new() (no heap cell)";
      return follow_ ? btreeText(addr, type, depth) : hexAddress(u64(addr));
    case TypeKind::BTreeNode: return std::string(t.length ? "internal node" : "leaf") + " of " + std::to_string(nodeLen(addr, type));
    case TypeKind::BTreeEntry:
      if (variantAt(addr, type) == 0) return "Entry::Occupied";
      return "Entry::Vacant(" + text(addr + l.variants[1].offsets[0], t.args[0], depth + 1) + ")";
    case TypeKind::MapEntry: {
      if (variantAt(addr, type) == 0) return "Entry::Occupied";
      return "Entry::Vacant(" + text(addr + l.variants[1].offsets[1], t.args[0], depth + 1) + ")";
    }
    case TypeKind::Str: case TypeKind::Slice: case TypeKind::Never: case TypeKind::Var: case TypeKind::Error:
    case TypeKind::Dyn:  // unsized: only behind a fat pointer, which names the concrete type
    case TypeKind::Iter: return keptIterText(addr, type, depth);  // only a kept iterator is ever stored
    case TypeKind::Param: case TypeKind::Projection:  // generic code runs only as instances
      return "?";
  }
  return "?";
}

std::string Decoder::intText(const uint8_t* b, const Type& t) {
  unsigned bytes = intKindBytes(t.intKind);
  unsigned __int128 v = 0;
  for (unsigned i = bytes; i-- > 0;) v = (v << 8) | b[i];
  if (!intKindSigned(t.intKind)) return u128ToString(v);
  if (bytes < 16 && (v >> (bytes * 8 - 1)) & 1) v |= ~static_cast<unsigned __int128>(0) << (bytes * 8);
  return i128ToString(static_cast<__int128>(v));
}

std::string Decoder::strText(Address ptr, uint64_t len) {
  if (len == 0) return "\"\"";
  const uint8_t* b = m_.bytesAt(ptr, len);
  if (!b) return "?";
  bool cut = false;
  std::string text = firstChars(validUtf8({reinterpret_cast<const char*>(b), static_cast<size_t>(len)}), kMaxTextChars, &cut);
  std::string quoted = formatStr(text, debugSpec());
  if (cut) quoted.insert(quoted.size() - 1, "…");
  return quoted;
}

std::string Decoder::listText(Address ptr, uint64_t len, TypeId elem, int depth) {
  uint64_t size = sizeOf(elem);
  std::string out = "[";
  for (uint64_t i = 0; i < len; ++i) {
    if (i == kMaxListed) return out + ", …]";
    if (i) out += ", ";
    out += text(ptr + i * size, elem, depth + 1);
  }
  return out + "]";
}

std::string Decoder::fieldsText(Address addr, TypeId type, int depth) {
  const Type& t = typeOf(type);
  const Layout& l = T_.layout(type);
  DebugWriter w(false);
  const StructInfo* info = t.kind == TypeKind::Struct ? &T_.structOf(type) : nullptr;
  if (info && !info->isTuple) w.beginStruct(info->name);
  else w.beginTuple(info ? info->name : "");
  for (const FieldLayout& f : l.fields) {
    if (info && !info->isTuple) w.field(f.name);
    w.leaf(text(addr + f.offset, f.type, depth + 1));
  }
  w.end();
  return w.take().take();
}

uint32_t Decoder::variantAt(Address addr, TypeId type) {
  const Layout& l = T_.layout(type);
  if (l.tag == TagEncoding::None) return 0;
  uint64_t tag = 0;
  m_.read(addr + l.tagOffset, &tag, l.tagBytes);
  return variantOfTag(l, tag);
}

// A user enum's value as its derived Debug writes it: `Quit`, `Write("hi")`,
// `Move { x: 1, y: 2 }`.
std::string Decoder::variantText(Address addr, TypeId type, int depth) {
  uint32_t variant = variantAt(addr, type);
  const VariantInfo& v = T_.enumOf(type).variants[variant];
  const std::vector<uint64_t>& offsets = T_.layout(type).variants[variant].offsets;
  if (v.shape == VariantShape::Unit) return v.name;
  DebugWriter w(false);
  if (v.shape == VariantShape::Tuple) w.beginTuple(v.name);
  else w.beginStruct(v.name);
  for (size_t i = 0; i < v.fields.size(); ++i) {
    if (v.shape == VariantShape::Struct) w.field(v.fields[i].first);
    w.leaf(text(addr + offsets[i], v.fields[i].second, depth + 1));
  }
  w.end();
  return w.take().take();
}

// The bytes of an enum, Option or Result labelled: the tag, the active
// variant's fields, and the padding between them. A variant stored in a
// niche has no tag of its own: the field holding the niche says which value
// stands for it (a null pointer for a `None`).
void Decoder::enumFields(Address addr, TypeId type, std::vector<DecodedField>& fields) {
  const Type& t = typeOf(type);
  const Layout& l = T_.layout(type);
  uint32_t variant = variantAt(addr, type);
  std::vector<std::pair<std::string, TypeId>> parts;
  std::string variantName;
  if (t.kind == TypeKind::Enum) {
    const VariantInfo& v = T_.enumOf(type).variants[variant];
    variantName = v.name;
    parts = v.fields;
  } else if (t.kind == TypeKind::Option) {
    variantName = variant == 1 ? "Some" : "None";
    if (variant == 1) parts = {{"0", t.args[0]}};
  } else {
    variantName = variant == 0 ? "Ok" : "Err";
    if (variant == 0) parts = {{"0", t.args[0]}};
  }
  std::vector<DecodedField> found;
  uint64_t tagValue = 0;
  m_.read(addr + l.tagOffset, &tagValue, l.tagBytes);
  if (l.tag == TagEncoding::Direct)
    found.push_back({"tag", l.tagOffset, l.tagBytes, "u" + std::to_string(8 * l.tagBytes),
                     std::to_string(tagValue) + " = " + variantName, std::nullopt});
  if (l.tag == TagEncoding::Niche && variant != l.untagged) {
    bool pointer = l.tagBytes == 8 && tagValue == 0;
    bool capacity = l.tagBytes == 8 && tagValue > static_cast<uint64_t>(INT64_MAX);  // a Vec's or String's (VecHeader)
    found.push_back({"niche", l.tagOffset, l.tagBytes, "u" + std::to_string(8 * l.tagBytes),
                     std::to_string(tagValue) + " = " + variantName +
                         (pointer    ? ": no tag byte, the pointer is null"
                          : capacity ? ": no tag byte, a capacity above isize::MAX"
                                     : ": no tag byte, a value the payload never holds"),
                     std::nullopt});
  }
  if (l.variants.size() > variant)
    for (size_t i = 0; i < parts.size(); ++i) {
      uint64_t offset = l.variants[variant].offsets[i];
      std::string name = t.kind == TypeKind::Enum ? variantName + "." + parts[i].first : variantName + ".0";
      found.push_back({name, offset, sizeOf(parts[i].second), T_.name(parts[i].second), text(addr + offset, parts[i].second, 1),
                       pointsTo(addr + offset, parts[i].second)});
    }
  std::stable_sort(found.begin(), found.end(), [](const DecodedField& a, const DecodedField& b) { return a.offset < b.offset; });
  uint64_t at = 0;
  for (DecodedField& f : found) {
    if (f.offset > at) fields.push_back({"(padding)", at, f.offset - at, "", "", std::nullopt});
    at = std::max(at, f.offset + f.size);
    fields.push_back(std::move(f));
  }
  if (at < l.size && !fields.empty()) fields.push_back({"(padding)", at, l.size - at, "", "", std::nullopt});
}

// ---------------------------------------------------------------- pointers and owners

std::optional<Address> Decoder::pointsTo(Address addr, TypeId type) {
  if (!follow_) return std::nullopt;
  switch (typeOf(type).kind) {
    case TypeKind::String: case TypeKind::Vec: case TypeKind::Box: case TypeKind::Ref: case TypeKind::Rc:
    case TypeKind::Weak: case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::BinaryHeap: {
      Address ptr = u64(addr + pointerOffset(type));
      if (ptr != kDanglingWeak && m_.bytesAt(ptr, 1)) return ptr;
      return std::nullopt;  // dangling: an empty String or Vec, a Box of nothing, Weak::new()
    }
    case TypeKind::HashMap: case TypeKind::HashSet:  // to the control bytes; none before the first allocation
      if (tableBuckets(addr) == 0) return std::nullopt;
      return u64(addr);
    case TypeKind::VecDeque:
      if (u64(addr + DequeHeader::cap) == 0 || sizeOf(typeOf(type).args[0]) == 0) return std::nullopt;
      return u64(addr + DequeHeader::ptr);
    case TypeKind::BTreeMap: case TypeKind::BTreeSet:  // to the root node, once there is one
      if (u64(addr) == 0) return std::nullopt;
      return u64(addr);
    case TypeKind::Iter: {  // a vec::IntoIter to the buffer it owns, a splitter to its text, the others to where they stand
      if (keptSplitsText(keptOf(type))) return pointsTo(addr + TextSplitter::of(T_.splitSearcher(type)).haystack, T_.strRef());
      if (keptSlicePieces(keptOf(type))) return pointsTo(addr, typeOf(type).args[0]);  // the slice left
      if (keptAdapter(keptOf(type))) return pointsTo(addr + T_.layout(type).fields[0].offset, typeOf(type).args[1]);
      Address to = keptOf(type) == KeptIter::VecIntoIter ? u64(addr) : keptFront(addr, type);
      if (keptLeft(addr, type) == 0 && keptOf(type) != KeptIter::VecIntoIter) return std::nullopt;  // past the end: nothing there
      return m_.bytesAt(to, 1) ? std::optional<Address>(to) : std::nullopt;
    }
    default: return std::nullopt;
  }
}

bool Decoder::isOwningPointer(TypeId type) const {
  TypeKind k = typeOf(type).kind;
  return k == TypeKind::String || k == TypeKind::Vec || k == TypeKind::Box || k == TypeKind::Rc || k == TypeKind::BinaryHeap;
}

bool Decoder::mayHoldPointer(TypeId type) {
  auto known = mayHoldPointer_.find(type);
  if (known != mayHoldPointer_.end()) return known->second;
  const Type& t = typeOf(type);
  bool holds = false;
  switch (t.kind) {
    case TypeKind::String: case TypeKind::Vec: case TypeKind::Box: case TypeKind::Ref: case TypeKind::Rc:
    case TypeKind::Weak: case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::HashMap: case TypeKind::HashSet:
    case TypeKind::VecDeque: case TypeKind::BTreeMap: case TypeKind::BTreeSet: case TypeKind::BinaryHeap:
      holds = true;
      break;
    case TypeKind::Iter: holds = keptOf(type) != KeptIter::None; break;
    case TypeKind::Option: case TypeKind::Array: case TypeKind::RefCell: case TypeKind::Cell: case TypeKind::RcBox:
      holds = mayHoldPointer(t.args[0]);
      break;
    case TypeKind::Struct: case TypeKind::Tuple: case TypeKind::Range:
      for (const FieldLayout& f : T_.layout(type).fields) holds = holds || mayHoldPointer(f.type);
      break;
    case TypeKind::Enum:
      for (const VariantInfo& v : T_.enumOf(type).variants)
        for (const auto& f : v.fields) holds = holds || mayHoldPointer(f.second);
      break;
    default: break;
  }
  mayHoldPointer_[type] = holds;
  return holds;
}

// `path` extended by `suffix`; a value nobody owns stays unnamed.
std::string extended(const std::string& path, const std::string& suffix) { return path.empty() ? "" : path + suffix; }

// "[3]", built by appending (GCC 12 warns falsely on `"[" + std::to_string(i)`).
std::string indexSuffix(uint64_t i) {
  std::string s(1, '[');
  s += std::to_string(i);
  s += ']';
  return s;
}

// "*b": the value a Box at `path` points to.
std::string derefOf(const std::string& path) {
  if (path.empty()) return path;
  std::string s(1, '*');
  s += path;
  return s;
}

// Records every pointer inside the value at addr, and walks on into the heap
// cells it owns, naming each cell's owner by its path from a slot.
void Decoder::walk(Address addr, TypeId type, const std::string& path) {
  if (!mayHoldPointer(type)) return;
  const Type& t = typeOf(type);
  switch (t.kind) {
    case TypeKind::String: case TypeKind::Vec: case TypeKind::Box: case TypeKind::Ref: case TypeKind::Rc:
    case TypeKind::Weak: case TypeKind::CellRef: case TypeKind::CellRefMut: case TypeKind::BinaryHeap: {
      std::optional<Address> to = pointsTo(addr, type);
      bool drawn = !(walkingDropped_ && std::string_view(regionOf(addr)) == "stack");  // a dropped slot is not drawn
      // A trait object's vtable pointer, even when its data pointer dangles (a Box of a zero-sized type).
      bool object = (t.kind == TypeKind::Box || t.kind == TypeKind::Ref) && typeOf(t.args[0]).kind == TypeKind::Dyn;
      if (object && drawn && follow_ && vtableAt(u64(addr + 8))) out_.pointers.push_back({addr + 8, u64(addr + 8), "static", false});
      if (!to) return;
      if (drawn) out_.pointers.push_back({addr + pointerOffset(type), *to, regionOf(*to), t.kind == TypeKind::Weak});
      if (!isOwningPointer(type)) return;
      const CellImage* cell = m_.cellAt(*to);
      if (!cell || cell->addr != *to) return;
      if (t.kind == TypeKind::Rc) {  // shared: every Rc pointing here is an owner, the first names what is inside
        if (walked_.count(cell->id)) {
          std::string& owners = owner_[cell->id];
          if (!path.empty()) owners += (owners.empty() ? "" : ", ") + path;
          return;
        }
        walkCell(*cell, 1, cell->elemType, path, true);
        return;
      }
      TypeKind boxed = t.kind == TypeKind::Box ? typeOf(t.args[0]).kind : TypeKind::Error;
      bool boxedArray = typeOf(cell->elemType).kind == TypeKind::Array;  // Box::new([..]) coerced to a Box<[T]>
      if (t.kind == TypeKind::String || boxed == TypeKind::Str) {
        textCells_.insert(cell->id);
        walkCell(*cell, 0, cell->elemType, path, false);
      } else if (boxed == TypeKind::Slice && !boxedArray) {  // a Box<[T]>: its length's elements
        walkCell(*cell, std::min(u64(addr + 8), cell->cap), typeOf(t.args[0]).args[0], path, false);
      } else if (boxed == TypeKind::Slice) {
        walkCell(*cell, 1, cell->elemType, path, true);
      } else if (t.kind == TypeKind::Vec || t.kind == TypeKind::BinaryHeap) {
        walkCell(*cell, std::min(u64(addr + VecHeader::len), cell->cap), t.args[0], path, false);
      } else {
        walkCell(*cell, 1, pointee(addr, t.args[0]), path, true);
      }
      return;
    }
    case TypeKind::Option:
      if (isSome(addr, type)) walk(addr + T_.layout(type).payloadOffset, t.args[0], path);
      return;
    case TypeKind::RefCell: walk(addr + T_.layout(type).fields[1].offset, t.args[0], path); return;
    case TypeKind::HashMap: case TypeKind::HashSet: {  // the table's cell, then what each entry owns
      std::optional<Address> ctrl = pointsTo(addr, type);
      if (!ctrl) return;
      if (!(walkingDropped_ && std::string_view(regionOf(addr)) == "stack")) out_.pointers.push_back({addr, *ctrl, "heap", false});
      const CellImage* cell = m_.cellAt(*ctrl);
      if (!cell) return;
      walkCell(*cell, 0, kNoType, path, false);
      TypeId bucket = T_.bucketOf(type);
      for (uint64_t i : fullBuckets(addr)) walk(bucketAt(addr, bucket, i), bucket, extended(path, "[bucket " + std::to_string(i) + "]"));
      return;
    }
    case TypeKind::VecDeque: {  // the buffer's cell, then what each element owns, front to back
      std::optional<Address> buffer = pointsTo(addr, type);
      if (!buffer) return;
      if (!(walkingDropped_ && std::string_view(regionOf(addr)) == "stack")) out_.pointers.push_back({addr + DequeHeader::ptr, *buffer, "heap", false});
      const CellImage* cell = m_.cellAt(*buffer);
      if (!cell) return;
      ringOwner_[cell->id] = {addr, type};
      walkCell(*cell, 0, kNoType, path, false);
      for (uint64_t i = 0; i < u64(addr + DequeHeader::len); ++i) walk(dequeSlot(addr, type, i), t.args[0], extended(path, indexSuffix(i)));
      return;
    }
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: {  // the root node, then down the tree
      std::optional<Address> root = pointsTo(addr, type);
      if (!root) return;
      if (!(walkingDropped_ && std::string_view(regionOf(addr)) == "stack")) out_.pointers.push_back({addr, *root, "heap", false});
      walkNode(*root, u64(addr + 8), type, path);
      return;
    }
    case TypeKind::Iter: walkKeptIter(addr, type, path); return;
    case TypeKind::RcBox:  // once the strong count is 0 the value is gone: its bytes point nowhere
      if (u64(addr) > 0) walk(addr + T_.layout(type).fields[2].offset, t.args[0], path);
      return;
    case TypeKind::Cell: walk(addr, t.args[0], path); return;
    case TypeKind::Struct: case TypeKind::Tuple: case TypeKind::Range:
      for (const FieldLayout& f : T_.layout(type).fields) walk(addr + f.offset, f.type, extended(path, "." + f.name));
      return;
    case TypeKind::Enum: {
      uint32_t variant = variantAt(addr, type);
      const VariantInfo& v = T_.enumOf(type).variants[variant];
      for (size_t i = 0; i < v.fields.size(); ++i)
        walk(addr + T_.layout(type).variants[variant].offsets[i], v.fields[i].second, extended(path, "." + v.fields[i].first));
      return;
    }
    case TypeKind::Array: {
      uint64_t size = sizeOf(t.args[0]);
      for (uint64_t i = 0; i < t.length; ++i)
        walk(addr + i * size, t.args[0], extended(path, indexSuffix(i)));
      return;
    }
    default: return;
  }
}

void Decoder::walkCell(const CellImage& cell, uint64_t count, TypeId elem, const std::string& path, bool boxed) {
  if (!walked_.insert(cell.id).second) return;
  if (!path.empty()) owner_[cell.id] = path;
  if (elem == kNoType) return;
  uint64_t size = sizeOf(elem);
  for (uint64_t i = 0; i < count; ++i)
    walk(cell.addr + i * size, elem, boxed ? derefOf(path) : extended(path, indexSuffix(i)));
}

// ---------------------------------------------------------------- kept iterators

// What is left in a kept iterator, as std's Debug shows it (`Iter([2, 3])`).
std::string Decoder::keptIterText(Address addr, TypeId type, int depth) {
  if (keptSplitsText(keptOf(type))) return splitterText(addr, type);
  if (keptSlicePieces(keptOf(type))) {  // `Chunks { v: [3, 4, 5], chunk_size: 2 }`, as std's derived Debug
    std::string name = T_.iterName(typeOf(type));
    std::string out = name.substr(12, name.find('<') - 12) + " {";  // after "std::slice::"
    for (const FieldLayout& f : T_.layout(type).fields)
      out += std::string(f.offset > 0 ? ", " : " ") + f.name + ": " + text(addr + f.offset, f.type, depth + 1);
    return out + " }";
  }
  if (keptAdapter(keptOf(type))) {  // `Enumerate { iter: Iter([2, 3]), count: 1 }`, `Map { iter: Iter([2, 3]) }`
    const Layout& l = T_.layout(type);
    std::vector<KeptAdapterField> tail = keptAdapterTail(keptOf(type));
    std::string out = std::string(keptAdapterName(keptOf(type))) + " {";
    if (printsBare(T_, type)) return keptAdapterName(keptOf(type));
    for (size_t i = 0; i < l.fields.size(); ++i) {
      if (i > 0 && !adapterFieldPrinted(tail[i - 1].holds)) continue;
      out += std::string(i > 0 ? ", " : " ") + l.fields[i].name + ": " + text(addr + l.fields[i].offset, l.fields[i].type, depth + 1);
    }
    return out + " }";
  }
  Address front = keptFront(addr, type);
  uint64_t left = keptLeft(addr, type);
  TypeId elem = T_.keptElem(type);
  switch (keptOf(type)) {
    case KeptIter::None: return "?";
    case KeptIter::SliceIter: return "Iter(" + listText(front, left, elem, depth) + ")";
    case KeptIter::SliceIterMut: return "IterMut(" + listText(front, left, elem, depth) + ")";
    case KeptIter::Chars: return "Chars(" + strText(front, left) + ")";
    case KeptIter::Bytes: return "Bytes(" + listText(front, left, elem, depth) + ")";
    case KeptIter::CharIndices: return "CharIndices { front_offset: " + std::to_string(u64(addr + 16)) + ", " + strText(front, left) + " }";
    case KeptIter::VecIntoIter: return "IntoIter(" + listText(front, left, elem, depth) + ")";
    case KeptIter::Split: case KeptIter::SplitWhitespace: case KeptIter::Lines: case KeptIter::RSplit:
    case KeptIter::SplitTerminator: case KeptIter::Windows: case KeptIter::Chunks: case KeptIter::ChunksExact: SH_CASE_KEPT_ADAPTERS
      return "?";  // written above
  }
  return "?";
}

// A text splitter by what std's `remainder()` would say: the text between
// start and end not split yet, or that it is finished.
std::string Decoder::splitterText(Address addr, TypeId type) {
  TextSplitter at = TextSplitter::of(T_.splitSearcher(type));
  std::string name = T_.iterName(typeOf(type));
  name = name.substr(0, name.find('<'));
  name = name.substr(name.rfind(':') + 1);
  const uint8_t* finished = m_.bytesAt(addr + at.finished, 1);
  if (finished && *finished != 0) return name + " (finished)";
  uint64_t start = u64(addr + at.start), end = u64(addr + at.end);
  return name + " (" + strText(u64(addr + at.haystack) + start, end - start) + " left)";
}

// Its words: pointers into what it walks (the end one points past it, so
// no arrow), a vec::IntoIter's capacity, CharIndices' offset.
std::vector<DecodedField> Decoder::keptIterFields(Address addr, TypeId type) {
  if (keptSplitsText(keptOf(type))) return splitterFields(addr, type);
  if (keptAdapter(keptOf(type)) || keptSlicePieces(keptOf(type))) {  // the iterator it holds, then its count, n, peeked item
                                                                      // or closure; the slice left, then the size
    std::vector<DecodedField> fields;
    for (const FieldLayout& f : T_.layout(type).fields) {
      Address at = addr + f.offset;
      fields.push_back({f.name, f.offset, sizeOf(f.type), T_.name(f.type), text(at, f.type, 1), pointsTo(at, f.type)});
    }
    return fields;
  }
  std::string elem = T_.name(T_.keptElem(type));
  std::vector<DecodedField> fields;
  for (const FieldLayout& f : T_.layout(type).fields) {
    Address word = u64(addr + f.offset);
    bool counts = f.name == "cap" || f.name == "front_offset" || (f.name == "end" && sizeOf(T_.keptElem(type)) == 0 && keptOf(type) != KeptIter::VecIntoIter);
    std::optional<Address> to;
    if (f.name == "buf" || (f.name == "ptr" && keptLeft(addr, type) > 0)) to = follow_ && m_.bytesAt(word, 1) ? std::optional<Address>(word) : std::nullopt;
    fields.push_back({f.name, f.offset, 8, counts ? "usize" : (f.name == "buf" ? "NonNull<" : "*const ") + elem + (f.name == "buf" ? ">" : ""),
                      counts ? std::to_string(word) : hexAddress(word), to});
  }
  return fields;
}

// A text splitter's fields as std names them (check/types.h TextSplitter):
// offsets into the haystack, which its `&str` points to; SplitWhitespace's
// Chars is two pointers, the first to the char it reads next; a
// StrSearcher's variant by name, then its fields (an Empty one's read in
// place of TwoWay's, which the layout lists).
std::vector<DecodedField> Decoder::splitterFields(Address addr, TypeId type) {
  std::vector<DecodedField> fields;
  bool chars = keptOf(type) == KeptIter::SplitWhitespace;
  bool emptyNeedle = T_.splitSearcher(type) == SplitSearcher::Str && (u64(addr + TextSplitter::searcherTag) & 0xFF) == 0;
  for (const FieldLayout& f : T_.layout(type).fields) {
    if (f.name == "searcher" && T_.splitSearcher(type) == SplitSearcher::Str) {
      fields.push_back({f.name, f.offset, 1, "StrSearcherImpl", emptyNeedle ? "Empty" : "TwoWay", std::nullopt});
      if (emptyNeedle) {
        fields.push_back({"position", TextSplitter::emptyPosition, 8, "usize", std::to_string(u64(addr + TextSplitter::emptyPosition)), std::nullopt});
        fields.push_back({"end", TextSplitter::emptyEnd, 8, "usize", std::to_string(u64(addr + TextSplitter::emptyEnd)), std::nullopt});
        for (auto [name, offset] : {std::pair{"is_match_fw", TextSplitter::isMatchFw}, {"is_match_bw", TextSplitter::isMatchBw},
                                    {"is_finished", TextSplitter::isFinished}})
          fields.push_back({name, offset, 1, "bool", (u64(addr + offset) & 0xFF) != 0 ? "true" : "false", std::nullopt});
      }
      continue;
    }
    if (emptyNeedle && f.offset >= TextSplitter::critPos && f.offset <= TextSplitter::memoryBack) continue;  // TwoWay's
    if (chars && (f.name == "ptr" || f.name == "end_or_len")) {
      Address word = u64(addr + f.offset);
      std::optional<Address> to;
      if (f.name == "ptr" && word < u64(addr + TextSplitter::charsEnd) && m_.bytesAt(word, 1)) to = word;
      fields.push_back({f.name, f.offset, 8, "*const u8", hexAddress(word), to});
      continue;
    }
    fields.push_back({f.name, f.offset, sizeOf(f.type), T_.name(f.type), text(addr + f.offset, f.type, 1), pointsTo(addr + f.offset, f.type)});
  }
  return fields;
}

// A kept iterator's arrow goes to the item it stands at; a vec::IntoIter
// also owns its buffer and the items it has not handed out.
void Decoder::walkKeptIter(Address addr, TypeId type, const std::string& path) {
  bool drawn = !(walkingDropped_ && std::string_view(regionOf(addr)) == "stack");
  if (keptAdapter(keptOf(type)) || keptSlicePieces(keptOf(type))) {  // its iterator, then a closure's captures or a peeked item;
                                                                      // the slice left (an arrow to it)
    for (const FieldLayout& f : T_.layout(type).fields) walk(addr + f.offset, f.type, extended(path, "." + f.name));
    return;
  }
  if (keptSplitsText(keptOf(type))) {  // the haystack's arrow; SplitWhitespace's Chars also to the char it stands at
    walk(addr + TextSplitter::of(T_.splitSearcher(type)).haystack, T_.strRef(), extended(path, ".haystack"));
    if (T_.splitSearcher(type) == SplitSearcher::Str) walk(addr + TextSplitter::strNeedle, T_.strRef(), extended(path, ".needle"));
    Address ptr = u64(addr + TextSplitter::charsPtr);
    if (drawn && follow_ && keptOf(type) == KeptIter::SplitWhitespace && ptr < u64(addr + TextSplitter::charsEnd) && m_.bytesAt(ptr, 1))
      out_.pointers.push_back({addr + TextSplitter::charsPtr, ptr, regionOf(ptr), false});
    return;
  }
  Address front = keptFront(addr, type);
  uint64_t left = keptLeft(addr, type);
  if (drawn && follow_ && left > 0 && m_.bytesAt(front, 1))
    out_.pointers.push_back({addr + keptFrontOffset(keptOf(type)), front, regionOf(front), false});
  if (keptOf(type) != KeptIter::VecIntoIter || !follow_) return;
  const CellImage* cell = m_.cellAt(u64(addr));
  if (!cell || cell->addr != u64(addr)) return;  // a zero-sized T's buffer, or no capacity: nothing allocated
  if (drawn) out_.pointers.push_back({addr, cell->addr, "heap", false});
  walkCell(*cell, 0, kNoType, path, false);
  TypeId elem = T_.keptElem(type);
  for (uint64_t i = 0; i < left; ++i) walk(front + i * sizeOf(elem), elem, extended(path, indexSuffix(i)));
}

// ---------------------------------------------------------------- parts

DecodedSlot Decoder::decodeSlot(const SlotImage& s) {
  DecodedSlot d;
  d.slot = &s;
  d.name = trace_.strings[s.name];
  d.type = T_.name(s.type);
  d.changed = m_.slotChanged(s.id);
  d.vtable = typeOf(s.type).kind == TypeKind::Vtable;
  switch (s.state) {
    case SlotImage::State::Uninit:
      d.value = "(uninitialised)";
      return d;
    case SlotImage::State::Moved:
      // The bits are still there, but the value they describe belongs to
      // someone else now: show them without following any pointer.
      follow_ = false;
      d.value = "(moved)";
      d.fields = fieldsOf(s.addr, s.type);
      follow_ = true;
      return d;
    case SlotImage::State::Live:
      d.value = text(s.addr, s.type, 0);
      d.fields = fieldsOf(s.addr, s.type);
      d.pointsTo = pointsTo(s.addr, s.type);
      return d;
  }
  return d;
}

std::vector<DecodedField> Decoder::fieldsOf(Address addr, TypeId type) {
  const Type& t = typeOf(type);
  std::vector<DecodedField> fields;
  // A fat pointer's words: the data, then the length.
  auto slice = [&](const std::string& pointer) {
    fields.push_back({"ptr", 0, 8, pointer, hexAddress(u64(addr)), pointsTo(addr, type)});
    fields.push_back({"len", 8, 8, "usize", std::to_string(u64(addr + 8)), std::nullopt});
  };
  // A Vec's or String's header, its words in memory order (check/types.h VecHeader).
  auto vecHeader = [&](const std::string& pointer) {
    fields.push_back({"cap", VecHeader::cap, 8, "usize", std::to_string(u64(addr + VecHeader::cap)), std::nullopt});
    fields.push_back({"ptr", VecHeader::ptr, 8, pointer, hexAddress(u64(addr + VecHeader::ptr)), pointsTo(addr, type)});
    fields.push_back({"len", VecHeader::len, 8, "usize", std::to_string(u64(addr + VecHeader::len)), std::nullopt});
  };
  switch (t.kind) {
    case TypeKind::String: vecHeader("*mut u8"); break;
    case TypeKind::Vec: case TypeKind::BinaryHeap: vecHeader("*mut " + T_.name(t.args[0])); break;
    case TypeKind::Ref: case TypeKind::Box: {
      const Type& target = typeOf(t.args[0]);
      if (target.kind == TypeKind::Str) slice("*const u8");
      if (target.kind == TypeKind::Slice) slice("*const " + T_.name(target.args[0]));
      if (target.kind == TypeKind::Dyn) {  // a trait object: the data, then the vtable
        fields.push_back({"ptr", 0, 8, "*const " + T_.name(pointee(addr, t.args[0])), hexAddress(u64(addr)), pointsTo(addr, type)});
        const VtableInfo* vt = vtableAt(u64(addr + 8));
        fields.push_back({"vtable", 8, 8, "&VTable", hexAddress(u64(addr + 8)),
                          vt ? std::optional<Address>(u64(addr + 8)) : std::nullopt});
      }
      break;
    }
    case TypeKind::Vtable: fields = vtableFields(addr, type); break;
    case TypeKind::Iter: fields = keptIterFields(addr, type); break;
    case TypeKind::Struct: case TypeKind::Tuple: case TypeKind::Range:
      for (const FieldLayout& f : T_.layout(type).fields)
        fields.push_back({f.name, f.offset, sizeOf(f.type), T_.name(f.type), text(addr + f.offset, f.type, 1),
                          pointsTo(addr + f.offset, f.type)});
      break;
    case TypeKind::Enum: case TypeKind::Option: case TypeKind::Result: enumFields(addr, type, fields); break;
    case TypeKind::Rc: case TypeKind::Weak:
      fields.push_back({"ptr", 0, 8, "*const RcInner<" + T_.name(t.args[0]) + ">", hexAddress(u64(addr)), pointsTo(addr, type)});
      break;
    case TypeKind::RefCell: {
      const Layout& l = T_.layout(type);
      fields.push_back({"borrow", 0, 8, "isize", borrowState(addr), std::nullopt});
      if (l.fields[1].offset > 8) fields.push_back({"(padding)", 8, l.fields[1].offset - 8, "", "", std::nullopt});
      fields.push_back({"value", l.fields[1].offset, sizeOf(t.args[0]), T_.name(t.args[0]),
                        text(addr + l.fields[1].offset, t.args[0], 1), pointsTo(addr + l.fields[1].offset, t.args[0])});
      break;
    }
    case TypeKind::HashMap: case TypeKind::HashSet: {
      const Layout& l = T_.layout(type);
      fields.push_back({"ctrl", 0, 8, "*const u8", hexAddress(u64(addr)), pointsTo(addr, type)});
      for (size_t i = 1; i < l.fields.size(); ++i)
        fields.push_back({l.fields[i].name, l.fields[i].offset, 8, T_.name(l.fields[i].type),
                          i >= 4 ? hexAddress(u64(addr + l.fields[i].offset)) : std::to_string(u64(addr + l.fields[i].offset)),
                          std::nullopt});
      break;
    }
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: {
      std::string node = T_.name(T_.btreeNodeOf(type, u64(addr + 8) > 0));
      fields.push_back({"root", 0, 8, "Option<NonNull<" + node + ">>", u64(addr) ? hexAddress(u64(addr)) : "None", pointsTo(addr, type)});
      fields.push_back({"height", 8, 8, "usize", std::to_string(u64(addr) ? u64(addr + 8) : 0), std::nullopt});
      fields.push_back({"length", 16, 8, "usize", std::to_string(u64(addr + 16)), std::nullopt});
      break;
    }
    case TypeKind::VecDeque:
      fields.push_back({"cap", DequeHeader::cap, 8, "usize", std::to_string(u64(addr + DequeHeader::cap)), std::nullopt});
      fields.push_back({"ptr", DequeHeader::ptr, 8, "*mut " + T_.name(t.args[0]), hexAddress(u64(addr + DequeHeader::ptr)), pointsTo(addr, type)});
      fields.push_back({"head", DequeHeader::head, 8, "usize", std::to_string(u64(addr + DequeHeader::head)), std::nullopt});
      fields.push_back({"len", DequeHeader::len, 8, "usize", std::to_string(u64(addr + DequeHeader::len)), std::nullopt});
      break;
    case TypeKind::CellRef: case TypeKind::CellRefMut:
      fields.push_back({"value", 0, 8, std::string(t.kind == TypeKind::CellRef ? "&" : "&mut ") + T_.name(t.args[0]),
                        hexAddress(u64(addr)), pointsTo(addr, type)});
      fields.push_back({"borrow", 8, 8, "&isize", hexAddress(u64(addr + 8)), std::nullopt});
      break;
    default: break;
  }
  return fields;
}

// ---------------------------------------------------------------- trait objects

// The vtable at `vtable` in the static region, if one is there.
const VtableInfo* Decoder::vtableAt(Address vtable) const {
  for (const StaticImage& s : m_.staticItems)
    if (s.addr == vtable && typeOf(s.type).kind == TypeKind::Vtable)
      for (const VtableInfo& v : p_.vtables)
        if (v.type == s.type) return &v;
  return nullptr;
}

// What the pointer at `pointer` points to: its target type, or for a trait
// object the concrete type its vtable is for.
TypeId Decoder::pointee(Address pointer, TypeId target) const {
  if (typeOf(target).kind != TypeKind::Dyn) return target;
  const VtableInfo* vt = vtableAt(u64(pointer + 8));
  return vt ? vt->concrete : target;
}

// A vtable word by word: the drop glue, the size and alignment of the
// concrete type, then each method's function.
std::vector<DecodedField> Decoder::vtableFields(Address addr, TypeId type) {
  std::vector<DecodedField> fields;
  const VtableInfo* vt = nullptr;
  for (const VtableInfo& v : p_.vtables)
    if (v.type == type) vt = &v;
  if (!vt) return fields;
  std::string concrete = T_.name(vt->concrete);
  fields.push_back({"drop_in_place", 0, 8, "fn(*mut " + concrete + ")",
                    u64(addr) == 0 ? "null (nothing to drop)" : "drop_in_place::<" + concrete + "> at " + hexAddress(u64(addr)),
                    std::nullopt});
  fields.push_back({"size", 8, 8, "usize", std::to_string(u64(addr + 8)), std::nullopt});
  fields.push_back({"align", 16, 8, "usize", std::to_string(u64(addr + 16)), std::nullopt});
  for (size_t i = 0; i < vt->slotNames.size(); ++i)
    fields.push_back({vt->slotNames[i], 24 + 8 * i, 8, "fn", vt->fnNames[i] + " at " + hexAddress(u64(addr + 24 + 8 * i)),
                      std::nullopt});
  return fields;
}

// ---------------------------------------------------------------- hash tables

std::vector<uint64_t> Decoder::fullBuckets(Address header) {
  std::vector<uint64_t> full;
  uint64_t n = tableBuckets(header);
  const uint8_t* ctrl = n ? m_.bytesAt(u64(header), n) : nullptr;
  for (uint64_t i = 0; ctrl && i < n; ++i)
    if ((ctrl[i] & 0x80) == 0) full.push_back(i);
  return full;
}

std::string Decoder::entryText(Address bucket, TypeId bucketType, bool isMap, int depth) {
  if (!isMap) return text(bucket, bucketType, depth);
  const Layout& l = T_.layout(bucketType);
  return text(bucket + l.fields[0].offset, l.fields[0].type, depth) + ": " + text(bucket + l.fields[1].offset, l.fields[1].type, depth);
}

// `{"Blue": 10, "Yellow": 50}` (a set: `{1, 2}`), in bucket order as std iterates.
std::string Decoder::tableText(Address header, TypeId mapOrSet, int depth) {
  TypeId bucket = T_.bucketOf(mapOrSet);
  bool isMap = typeOf(mapOrSet).kind == TypeKind::HashMap;
  std::string out = "{";
  size_t shown = 0;
  for (uint64_t i : fullBuckets(header)) {
    if (shown == kMaxListed) return out + ", …}";
    out += (shown++ ? ", " : "") + entryText(bucketAt(header, bucket, i), bucket, isMap, depth + 1);
  }
  return out + "}";
}

// A table's cell, bucket by bucket: bucket i sits below the control bytes,
// at ctrl - (i + 1) * size, so bucket 0 is the last before them.
std::vector<DecodedCell::Bucket> Decoder::tableBucketsOf(const CellImage& c) {
  std::vector<DecodedCell::Bucket> buckets;
  TypeId bucket = T_.bucketOf(c.elemType);
  uint64_t size = sizeOf(bucket), n = c.cap;
  Address ctrl = c.addr + c.size - n - 16;
  const uint8_t* bytes = m_.bytesAt(ctrl, n);
  if (!bytes) return buckets;
  bool isMap = typeOf(c.elemType).args.size() == 2;
  for (uint64_t i = 0; i < n; ++i) {
    DecodedCell::Bucket b;
    b.offset = ctrl - (i + 1) * size - c.addr;
    b.ctrl = bytes[i];
    if ((b.ctrl & 0x80) == 0) b.entry = entryText(ctrl - (i + 1) * size, bucket, isMap, 1);
    buckets.push_back(std::move(b));
  }
  return buckets;
}

// ---------------------------------------------------------------- VecDeque

// `[1, 2, 3]`, front to back.
std::string Decoder::dequeText(Address header, TypeId deque, int depth) {
  std::string out = "[";
  for (uint64_t i = 0; i < u64(header + DequeHeader::len); ++i) {
    if (i == kMaxListed) return out + ", …]";
    out += (i ? ", " : "") + text(dequeSlot(header, deque, i), typeOf(deque).args[0], depth + 1);
  }
  return out + "]";
}

// A deque's buffer slot by slot in memory order: the ring's elements where
// they sit, the other slots empty.
void Decoder::decodeRing(DecodedCell& d, const CellImage& c) {
  auto [header, deque] = ringOwner_.at(c.id);
  uint64_t cap = u64(header + DequeHeader::cap), len = u64(header + DequeHeader::len), head = u64(header + DequeHeader::head);
  d.front = head;
  for (uint64_t i = 0; i < cap && i < kMaxItems; ++i) {
    DecodedCell::Bucket slot;
    slot.offset = i * d.elemSize;
    uint64_t logical = i >= head ? i - head : i + cap - head;
    if (logical < len) slot.entry = text(c.addr + slot.offset, c.elemType, 1);
    d.slots.push_back(std::move(slot));
  }
}

// ---------------------------------------------------------------- BTreeMap

void Decoder::btreeEntries(Address node, uint64_t height, TypeId nodeType, std::vector<std::pair<Address, Address>>& out) {
  const CellImage* cell = m_.cellAt(node);
  if (!cell || cell->addr != node) return;  // a map not yet written (its words still another value's) has no nodes
  const Layout& l = T_.layout(nodeType);
  const Type& t = typeOf(nodeType);
  uint64_t len = nodeLen(node, nodeType), keySize = sizeOf(t.args[0]), valueSize = sizeOf(t.args[1]);
  Address edges = node + T_.layout(T_.btreeNodeOf(nodeType, true)).fields.back().offset;
  for (uint64_t i = 0; i <= len && out.size() < kMaxItems; ++i) {
    if (height > 0) btreeEntries(u64(edges + 8 * i), height - 1, nodeType, out);
    if (i < len) out.emplace_back(node + l.fields[3].offset + i * keySize, node + l.fields[4].offset + i * valueSize);
  }
}

// `{1: "a", 2: "b"}` (a set: `{1, 2}`), in key order.
std::string Decoder::btreeText(Address header, TypeId mapOrSet, int depth) {
  std::vector<std::pair<Address, Address>> entries;
  btreeEntries(u64(header), u64(header + 8), T_.btreeNodeOf(mapOrSet, false), entries);
  const Type& t = typeOf(mapOrSet);
  std::string out = "{";
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i == kMaxListed) return out + ", …}";
    out += (i ? ", " : "") + text(entries[i].first, t.args[0], depth + 1);
    if (t.kind == TypeKind::BTreeMap) out += ": " + text(entries[i].second, t.args[1], depth + 1);
  }
  return out + "}";
}

// A node's cell, owned by the map (the root) or by its parent's edge i;
// then what its keys and values own, and its children.
void Decoder::walkNode(Address node, uint64_t height, TypeId mapOrSet, const std::string& path) {
  const CellImage* cell = m_.cellAt(node);
  if (!cell || cell->addr != node) return;
  walkCell(*cell, 0, kNoType, path, false);
  TypeId nodeType = T_.btreeNodeOf(mapOrSet, height > 0);
  const Layout& l = T_.layout(nodeType);
  const Type& t = typeOf(nodeType);
  uint64_t len = nodeLen(node, nodeType);
  for (uint64_t i = 0; i < len; ++i) {
    walk(node + l.fields[3].offset + i * sizeOf(t.args[0]), t.args[0], extended(path, ".keys" + indexSuffix(i)));
    walk(node + l.fields[4].offset + i * sizeOf(t.args[1]), t.args[1], extended(path, ".vals" + indexSuffix(i)));
  }
  if (height == 0) return;
  for (uint64_t i = 0; i <= len; ++i) {
    Address child = u64(node + l.fields[5].offset + 8 * i);
    out_.pointers.push_back({node + l.fields[5].offset + 8 * i, child, "heap", false});
    walkNode(child, height - 1, mapOrSet, extended(path, ".edges" + indexSuffix(i)));
  }
}

// A node's cell, part by part: its length and parent link, each entry as
// `key: value` (or the key alone, in a set), then the edges to its children.
std::vector<DecodedField> Decoder::btreeNodeFields(const CellImage& c) {
  const Layout& l = T_.layout(c.elemType);
  const Type& t = typeOf(c.elemType);
  uint64_t len = nodeLen(c.addr, c.elemType), keySize = sizeOf(t.args[0]), valueSize = sizeOf(t.args[1]);
  bool isSet = typeOf(t.args[1]).kind == TypeKind::Unit;
  std::vector<DecodedField> fields;
  Address parent = u64(c.addr + l.fields[0].offset);
  fields.push_back({"len", l.fields[2].offset, 2, "u16", std::to_string(len) + " of 11", std::nullopt});
  fields.push_back({"parent", l.fields[0].offset, 8, "Option<NonNull<InternalNode>>", parent ? hexAddress(parent) : "None", std::nullopt});
  for (uint64_t i = 0; i < len && i < 11; ++i) {
    Address key = c.addr + l.fields[3].offset + i * keySize, value = c.addr + l.fields[4].offset + i * valueSize;
    std::string entry = text(key, t.args[0], 1);
    if (!isSet) entry += ": " + text(value, t.args[1], 1);
    fields.push_back({indexSuffix(i), l.fields[3].offset + i * keySize, keySize, T_.name(t.args[0]), entry, pointsTo(key, t.args[0])});
  }
  if (t.length)
    for (uint64_t i = 0; i <= len && i < 12; ++i) {
      uint64_t at = l.fields[5].offset + 8 * i;
      fields.push_back({"edge" + indexSuffix(i), at, 8, "NonNull<Node>", hexAddress(u64(c.addr + at)), u64(c.addr + at)});
    }
  return fields;
}

// A RefCell's flag in words: who borrows it right now.
std::string Decoder::borrowState(Address refCell) {
  auto flag = static_cast<int64_t>(u64(refCell));
  if (flag == 0) return "0: not borrowed";
  if (flag < 0) return std::to_string(flag) + ": mutably borrowed";
  return std::to_string(flag) + (flag == 1 ? ": 1 shared borrow" : ": " + std::to_string(flag) + " shared borrows");
}

// An Rc's cell, part by part: the two counts, then the value (dropped once
// the strong count is 0, while Weaks keep the cell).
std::vector<DecodedField> Decoder::rcCellFields(const CellImage& c) {
  const Layout& l = T_.layout(c.elemType);
  TypeId value = typeOf(c.elemType).args[0];
  uint64_t strong = u64(c.addr), weak = u64(c.addr + 8);
  std::vector<DecodedField> fields;
  fields.push_back({"strong", 0, 8, "usize", std::to_string(strong), std::nullopt});
  fields.push_back({"weak", 8, 8, "usize", std::to_string(weak) + (strong > 0 ? " (" + std::to_string(weak - 1) + " Weak + 1 for the Rcs)" : ""),
                    std::nullopt});
  uint64_t at = l.fields[2].offset;
  if (at > 16) fields.push_back({"(padding)", 16, at - 16, "", "", std::nullopt});
  fields.push_back({"value", at, sizeOf(value), T_.name(value), strong > 0 ? text(c.addr + at, value, 1) : "(dropped)",
                    strong > 0 ? pointsTo(c.addr + at, value) : std::nullopt});
  return fields;
}

DecodedCell Decoder::decodeCell(const CellImage& c) {
  DecodedCell d;
  d.cell = &c;
  d.elemType = c.elemType == kNoType ? "?" : T_.name(c.elemType);
  d.elemSize = c.elemType == kNoType ? 1 : sizeOf(c.elemType);
  d.changed = m_.cellChanged(c.id);
  auto owner = owner_.find(c.id);
  if (owner != owner_.end()) d.owner = owner->second;
  d.isText = textCells_.count(c.id) > 0;
  uint64_t len = d.elemSize == 0 ? c.len : std::min(c.len, c.size / d.elemSize);
  if (d.isText) {
    d.text = validUtf8({reinterpret_cast<const char*>(c.bytes->data()), static_cast<size_t>(len)});
    return d;
  }
  if (c.elemType == kNoType) return d;
  if (typeOf(c.elemType).kind == TypeKind::RcBox) {
    d.fields = rcCellFields(c);
    return d;
  }
  if (typeOf(c.elemType).kind == TypeKind::HashTable) {
    d.buckets = tableBucketsOf(c);
    return d;
  }
  if (typeOf(c.elemType).kind == TypeKind::BTreeNode && c.state != CellImage::State::Freed) {
    d.fields = btreeNodeFields(c);
    return d;
  }
  if (ringOwner_.count(c.id) && c.state != CellImage::State::Freed) {
    decodeRing(d, c);
    return d;
  }
  uint64_t shown = std::min<uint64_t>(len, kMaxItems);
  for (uint64_t i = 0; i < shown; ++i) d.items.push_back(text(c.addr + i * d.elemSize, c.elemType, 1));
  d.moreItems = len - shown;
  return d;
}

DecodedMemory Decoder::decode() {
  out_.image = &m_;
  // Owners first: a String's cell is shown as text only once we know a String owns it.
  for (const FrameImage& f : m_.frames)
    for (const SlotImage& s : f.slots)
      if (s.state == SlotImage::State::Live) walk(s.addr, s.type, trace_.strings[s.name]);
  for (const SlotImage& s : m_.droppedSlots)
    if (s.state == SlotImage::State::Live) {
      walkingDropped_ = true;
      walk(s.addr, s.type, trace_.strings[s.name]);
      walkingDropped_ = false;
    }
  for (const auto& [id, cell] : m_.cells)  // cells no slot owns: leaked ones, a temporary's
    if (cell.state != CellImage::State::Freed && !walked_.count(id)) walkCell(cell, cell.len, cell.elemType, "", false);

  // Statics hold pointers too (a `&u8` to another static, `&str`s into literals).
  out_.staticSlots.reserve(m_.staticItems.size());
  for (const StaticImage& s : m_.staticItems) {
    out_.staticSlots.push_back(
        SlotImage{-1 - static_cast<int32_t>(out_.staticSlots.size()), s.name, s.type, s.addr, s.size, SlotImage::State::Live});
    walk(s.addr, s.type, trace_.strings[s.name]);
  }
  for (const SlotImage& s : out_.staticSlots) out_.staticItems.push_back(decodeSlot(s));

  for (const FrameImage& f : m_.frames) {
    DecodedFrame frame{&f, trace_.strings[f.fn], {}};
    for (const SlotImage& s : f.slots) frame.slots.push_back(decodeSlot(s));
    out_.frames.push_back(std::move(frame));
  }
  std::vector<const CellImage*> cells;
  for (const auto& [id, cell] : m_.cells) cells.push_back(&cell);
  std::stable_sort(cells.begin(), cells.end(), [](const CellImage* a, const CellImage* b) { return a->addr < b->addr; });
  for (const CellImage* c : cells) out_.heap.push_back(decodeCell(*c));
  for (auto [addr, size] : m_.literals)
    out_.statics.push_back({addr, size, validUtf8({reinterpret_cast<const char*>(m_.bytesAt(addr, size)), static_cast<size_t>(size)})});
  return std::move(out_);
}

}  // namespace

std::string describeValue(const RunResult& result, const MemoryImage& image, Address addr, TypeId type) {
  return Decoder(*result.program, image, result.trace).text(addr, type, 0);
}

DecodedMemory decodeMemory(const RunResult& result, const MemoryImage& after) {
  SH_CHECK(result.program != nullptr, "decoding memory needs the checked program's types");
  SH_CHECK(after.step >= 0 && static_cast<size_t>(after.step) < result.trace.steps.size(), "no such step");
  DecodedMemory memory = Decoder(*result.program, after, result.trace).decode();
  for (const ConstInfo& c : result.program->consts)
    if (!c.isStatic && result.source && c.decl->init)  // a trait's constant without a default has no value of its own
      memory.consts.push_back({c.name, result.program->types.name(c.type), std::string(result.source->slice(c.decl->init->span))});
  return memory;
}

}  // namespace sh
