// Layouts as rustc 1.95 computes them, so `size_of` and `align_of` agree with
// it for every type of the subset and the bytes view shows real offsets.
//
// This follows rustc_abi's algorithm, in its order and with its tie-breaks,
// because the sizes of nested types depend on them: an `Option<E>` is free
// only when E's layout left a niche, and which layout E got depends on where
// its fields went.
//
// - A struct (or tuple, or one enum variant) is a "univariant" layout. Its
//   fields are sorted: by alignment group, largest first, and among equals the
//   field with the largest niche first, so the niche lands at the front. When
//   that leaves the niche in the middle, the same sort biased to the end is
//   tried, and kept if the niche moves further out.
// - An enum gets two candidate layouts. Tagged: a tag as small as the
//   discriminants allow (widened to the first field's alignment when that is
//   free), then each variant's fields, sorted ascending so small ones pack
//   against the tag. Niche-filling: the largest variant keeps its fields where
//   they are, the others are given values its niche leaves out, and must fit
//   before or after that niche. The smaller wins; at equal size the one with
//   the larger remaining niche; else the tagged one.
// - Option<T> is `enum { None, Some(T) }` and Result<T, E> is
//   `enum { Ok(T), Err(E) }`, laid out by the same code.
#include <algorithm>
#include <numeric>

#include "check/types.h"
#include "diag/diagnostic.h"

namespace sh {

namespace {

uint64_t alignUp(uint64_t n, uint64_t align) { return (n + align - 1) / align * align; }
uint64_t maskOf(unsigned bytes) { return bytes >= 8 ? ~0ULL : (1ULL << (8 * bytes)) - 1; }
unsigned trailingZeros(uint64_t x) { return x == 0 ? 64 : static_cast<unsigned>(__builtin_ctzll(x)); }
uint64_t nicheSize(const Layout& f) { return f.niche.exists ? f.niche.available() : 0; }

Niche scalarNiche(uint64_t offset, unsigned bytes, uint64_t start, uint64_t end) {
  Niche n{true, offset, bytes, start, end};
  n.exists = n.available() > 0;
  return n;
}

enum class NicheBias { Start, End };

struct Univariant {
  std::vector<uint64_t> offsets;
  uint64_t size = 0;
  uint64_t align = 1;
  Niche niche;
};

// The memory order of a univariant's fields (rustc's field reordering).
std::vector<size_t> fieldOrder(const std::vector<const Layout*>& fields, bool prefixed, NicheBias bias) {
  std::vector<size_t> order(fields.size());
  std::iota(order.begin(), order.end(), 0);
  if (fields.size() < 2) return order;
  uint64_t maxAlign = 1, largestNiche = 0;
  for (const Layout* f : fields) {
    maxAlign = std::max(maxAlign, f->align);
    largestNiche = std::max(largestNiche, nicheSize(*f));
  }
  // log2 of the field's effective alignment: [u8; 4] groups with u32.
  auto group = [&](const Layout& f) -> uint64_t {
    uint64_t sizeAsAlign = trailingZeros(std::max(f.align, f.size));
    if (largestNiche == 0) return sizeAsAlign;
    if (bias == NicheBias::Start) return std::min<uint64_t>(trailingZeros(maxAlign), sizeAsAlign);
    if (nicheSize(f) == largestNiche) return trailingZeros(f.align);
    return sizeAsAlign;
  };
  using Key = std::tuple<bool, uint64_t, uint64_t, uint64_t>;
  auto key = [&](size_t i) -> Key {
    const Layout& f = *fields[i];
    if (prefixed) return {false, group(f), nicheSize(f), 0};  // ascending: small fields next to the tag
    uint64_t nicheKey = bias == NicheBias::Start ? ~nicheSize(f) : nicheSize(f);
    uint64_t offsetKey = !f.niche.exists               ? 0
                         : bias == NicheBias::Start ? f.niche.offset
                                                     : ~(f.size - f.niche.bytes - f.niche.offset);
    return {f.size != 0, ~group(f), nicheKey, offsetKey};
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  return order;
}

Univariant univariantBiased(const std::vector<const Layout*>& fields, bool keepOrder, bool prefixed, uint64_t prefixBytes,
                            NicheBias bias) {
  std::vector<size_t> order = keepOrder ? std::vector<size_t>() : fieldOrder(fields, prefixed, bias);
  if (keepOrder) {
    order.resize(fields.size());
    std::iota(order.begin(), order.end(), 0);
  }
  Univariant u;
  u.offsets.resize(fields.size());
  uint64_t offset = 0, best = 0;
  if (prefixed) {
    u.align = prefixBytes;
    offset = prefixBytes;
  }
  for (size_t i : order) {
    const Layout& f = *fields[i];
    offset = alignUp(offset, f.align);
    u.align = std::max(u.align, f.align);
    u.offsets[i] = offset;
    uint64_t available = nicheSize(f);
    if (available > 0 && (bias == NicheBias::Start ? available > best : available >= best)) {
      best = available;
      u.niche = f.niche;
      u.niche.offset += offset;
    }
    offset += f.size;
  }
  u.size = alignUp(offset, u.align);
  return u;
}

Univariant univariant(const std::vector<const Layout*>& fields, bool keepOrder = false, bool prefixed = false,
                      uint64_t prefixBytes = 0) {
  Univariant u = univariantBiased(fields, keepOrder, prefixed, prefixBytes, NicheBias::Start);
  if (!u.niche.exists || fields.size() < 2) return u;
  uint64_t head = u.niche.offset, tail = u.size - head - u.niche.bytes;
  if (head == 0 || tail == 0) return u;
  Univariant alt = univariantBiased(fields, keepOrder, prefixed, prefixBytes, NicheBias::End);
  uint64_t altHead = alt.niche.offset;
  return altHead > head && altHead > tail ? alt : u;
}

// Takes `count` values out of a niche, next to its valid range on the side
// nearer zero (rustc's Niche::reserve); the first taken value is returned.
bool reserve(const Niche& n, uint64_t count, uint64_t* first, Niche* after) {
  if (count > n.available()) return false;
  uint64_t max = maskOf(n.bytes);
  *after = n;
  auto moveStart = [&] {
    after->start = (n.start - count) & max;
    *first = after->start;
  };
  auto moveEnd = [&] {
    *first = (n.end + 1) & max;
    after->end = (n.end + count) & max;
  };
  if (n.start > n.end) {
    moveEnd();
  } else if (n.start <= max - n.end) {
    if (count <= n.start) moveStart();
    else moveEnd();
  } else {
    uint64_t end = (n.end + count) & max;
    if (end >= 1 && end <= n.end) moveStart();
    else moveEnd();
  }
  after->exists = after->available() > 0;
  return true;
}

std::vector<const Layout*> pointersTo(const std::vector<Layout>& fields) {
  std::vector<const Layout*> out;
  for (const Layout& f : fields) out.push_back(&f);
  return out;
}

// The smallest integer holding every discriminant, at least one byte.
unsigned discriminantBytes(int64_t min, int64_t max) {
  for (unsigned bytes : {1u, 2u, 4u}) {
    int64_t half = int64_t{1} << (8 * bytes - 1);
    bool fits = min < 0 ? min >= -half && max < half : static_cast<uint64_t>(max) < (uint64_t{1} << (8 * bytes));
    if (fits) return bytes;
  }
  return 8;
}

// `#[repr(u8)]` (any integer) or `#[repr(C)]` on an enum (RFC 2195, rustc's
// layout_of_enum with its repr): always tagged, the tag exactly the integer
// (C's int for repr(C), wider only when a discriminant needs it), never
// widened and never in a field's niche; each variant's fields in declaration
// order after it, where repr(C) starts them all at the widest field alignment
// of any variant (a C union after the tag).
// The tag's valid range under `#[repr(..)]`: the discriminants' lowest to
// highest in the repr's signedness; for an unsigned repr the range they
// span read as signed instead, when it is no wider (rustc gives `u8` with
// 0, 1, 2 and 255 the range 255..=2, as it gives `i8` with -1, 0, 1, 2).
Niche reprTagNiche(const std::vector<int64_t>& discriminants, unsigned tagBytes, bool unsignedRepr) {
  using Wide = __int128;
  unsigned bits = tagBytes * 8;
  auto asSigned = [&](int64_t d) {
    uint64_t raw = static_cast<uint64_t>(d) & maskOf(tagBytes);
    return bits < 64 && (raw >> (bits - 1)) ? static_cast<Wide>(raw) - (static_cast<Wide>(1) << bits) : static_cast<Wide>(static_cast<int64_t>(raw));
  };
  auto asUnsigned = [&](int64_t d) { return static_cast<Wide>(static_cast<uint64_t>(d) & maskOf(tagBytes)); };
  auto span = [&](auto read, Wide* lo, Wide* hi) {
    *lo = *hi = read(discriminants[0]);
    for (int64_t d : discriminants) {
      *lo = std::min(*lo, read(d));
      *hi = std::max(*hi, read(d));
    }
    return *hi - *lo;
  };
  Wide lo, hi, ulo, uhi;
  Wide width = span(asSigned, &lo, &hi);
  if (unsignedRepr && span(asUnsigned, &ulo, &uhi) < width) {
    lo = ulo;
    hi = uhi;
  }
  return scalarNiche(0, tagBytes, static_cast<uint64_t>(lo) & maskOf(tagBytes), static_cast<uint64_t>(hi) & maskOf(tagBytes));
}

Layout reprEnumLayout(const std::vector<std::vector<Layout>>& variants, const std::vector<int64_t>& discriminants,
                      unsigned tagBytes, bool cUnion, bool unsignedRepr) {
  Layout l;
  if (variants.empty()) return l;
  int64_t min = *std::min_element(discriminants.begin(), discriminants.end());
  int64_t max = *std::max_element(discriminants.begin(), discriminants.end());
  if (cUnion) tagBytes = std::max(4u, discriminantBytes(min, max));
  uint64_t prefixAlign = tagBytes;
  if (cUnion)
    for (const auto& v : variants)
      for (const Layout& f : v) prefixAlign = std::max(prefixAlign, f.align);
  uint64_t start = alignUp(tagBytes, prefixAlign);
  l.size = tagBytes;
  l.align = prefixAlign;
  for (const auto& v : variants) {
    // repr(C): laid out from 0 and moved past the tag by a multiple of every field's alignment.
    Univariant u = cUnion ? univariant(pointersTo(v), true) : univariant(pointersTo(v), true, true, tagBytes);
    if (cUnion) {
      for (uint64_t& o : u.offsets) o += start;
      u.size += start;
    }
    l.size = std::max(l.size, u.size);
    l.align = std::max(l.align, u.align);
    l.variants.push_back({u.offsets, u.size, std::max<uint64_t>(u.align, prefixAlign)});
  }
  l.size = alignUp(l.size, l.align);
  l.tag = TagEncoding::Direct;
  l.tagBytes = tagBytes;
  l.discriminants = discriminants;
  l.niche = reprTagNiche(discriminants, tagBytes, unsignedRepr && !cUnion);
  return l;
}

}  // namespace

uint64_t Niche::available() const { return (start - end - 1) & maskOf(bytes); }

uint32_t variantOfTag(const Layout& l, uint64_t tag) {
  switch (l.tag) {
    case TagEncoding::None: return 0;
    case TagEncoding::Direct:
      for (size_t i = 0; i < l.discriminants.size(); ++i)
        if ((static_cast<uint64_t>(l.discriminants[i]) & maskOf(l.tagBytes)) == tag) return static_cast<uint32_t>(i);
      return 0;
    case TagEncoding::Niche: {
      uint64_t relative = (tag - l.nicheStart) & maskOf(l.tagBytes);
      return relative <= l.nicheLast - l.nicheFirst ? l.nicheFirst + static_cast<uint32_t>(relative) : l.untagged;
    }
  }
  return 0;
}

bool tagOfVariant(const Layout& l, uint32_t variant, uint64_t* tag) {
  switch (l.tag) {
    case TagEncoding::None: return false;
    case TagEncoding::Direct: *tag = static_cast<uint64_t>(l.discriminants[variant]) & maskOf(l.tagBytes); return true;
    case TagEncoding::Niche:
      if (variant == l.untagged) return false;
      *tag = (l.nicheStart + (variant - l.nicheFirst)) & maskOf(l.tagBytes);
      return true;
  }
  return false;
}

void TypeTable::freeze() {
  for (size_t i = 0; i < types_.size(); ++i) computedLayout(static_cast<TypeId>(i));
  frozen_ = true;
}

const Layout& TypeTable::layout(TypeId id) const {
  id = resolve(id);
  SH_CHECK(frozen_ && hasLayout_[id], "a layout was asked for before checking ended");
  return layouts_[id];
}

const Layout& TypeTable::computedLayout(TypeId id) {
  id = resolve(id);
  if (!hasLayout_[id]) {
    Layout l = computeLayout(id);
    layouts_[id] = std::move(l);
    hasLayout_[id] = true;
  }
  return layouts_[id];
}

Layout TypeTable::structLikeLayout(const std::vector<std::pair<std::string, TypeId>>& fields, bool keepOrder) {
  std::vector<Layout> parts;
  for (const auto& f : fields) parts.push_back(computedLayout(f.second));
  Univariant u = univariant(pointersTo(parts), keepOrder);
  Layout l;
  l.size = u.size;
  l.align = u.align;
  l.niche = u.niche;
  for (size_t i = 0; i < fields.size(); ++i) l.fields.push_back({fields[i].first, fields[i].second, u.offsets[i]});
  return l;
}

Layout TypeTable::enumLikeLayout(const std::vector<std::vector<Layout>>& variants, const std::vector<int64_t>& discriminants) {
  Layout best;
  if (variants.empty()) return best;  // no values at all: zero-sized
  auto store = [](Layout& l, const std::vector<Univariant>& vs) {
    l.variants.clear();
    for (const Univariant& v : vs) l.variants.push_back({v.offsets, v.size, v.align});
  };
  if (variants.size() == 1) {
    Univariant u = univariant(pointersTo(variants[0]));
    best.size = u.size;
    best.align = u.align;
    best.niche = u.niche;
    store(best, {u});
    return best;
  }

  // Niche-filling: the largest variant (the last of equals) is untagged.
  Layout niche;
  bool nicheFits = false;
  {
    std::vector<Univariant> vs;
    uint64_t align = 1;
    for (const auto& v : variants) {
      vs.push_back(univariant(pointersTo(v)));
      align = std::max(align, vs.back().align);
    }
    uint32_t largest = 0;
    for (uint32_t i = 0; i < vs.size(); ++i)
      if (vs[i].size >= vs[largest].size) largest = i;
    uint32_t first = largest == 0 ? 1 : 0;
    uint32_t last = largest == vs.size() - 1 ? static_cast<uint32_t>(vs.size()) - 2 : static_cast<uint32_t>(vs.size()) - 1;
    const Niche n = vs[largest].niche;
    uint64_t start = 0;
    Niche after;
    if (n.exists && reserve(n, last - first + 1, &start, &after)) {
      uint64_t size = alignUp(vs[largest].size, align);
      nicheFits = true;
      for (uint32_t i = 0; i < vs.size() && nicheFits; ++i) {
        if (i == largest || vs[i].size <= n.offset) continue;  // fits before the niche
        uint64_t offset = alignUp(n.offset + n.bytes, vs[i].align);
        if (offset + vs[i].size > size) {
          nicheFits = false;
          break;
        }
        for (size_t j = 0; j < variants[i].size(); ++j)
          if (variants[i][j].size != 0) vs[i].offsets[j] += offset;
        vs[i].size += offset;
      }
      niche.size = size;
      niche.align = align;
      niche.niche = after;
      niche.tag = TagEncoding::Niche;
      niche.tagOffset = n.offset;
      niche.tagBytes = n.bytes;
      niche.untagged = largest;
      niche.nicheFirst = first;
      niche.nicheLast = last;
      niche.nicheStart = start;
      store(niche, vs);
    }
  }

  // Tagged: the tag first, each variant's fields after it.
  int64_t min = *std::min_element(discriminants.begin(), discriminants.end());
  int64_t max = *std::max_element(discriminants.begin(), discriminants.end());
  unsigned minBytes = discriminantBytes(min, max);
  std::vector<Univariant> vs;
  uint64_t size = 0, align = 1, startAlign = 256;
  for (const auto& v : variants) {
    vs.push_back(univariant(pointersTo(v), false, true, minBytes));
    std::vector<size_t> byOffset(v.size());
    std::iota(byOffset.begin(), byOffset.end(), 0);
    std::stable_sort(byOffset.begin(), byOffset.end(), [&](size_t a, size_t b) { return vs.back().offsets[a] < vs.back().offsets[b]; });
    for (size_t j : byOffset)
      if (v[j].size != 0 || v[j].align != 1) {
        startAlign = std::min(startAlign, v[j].align);
        break;
      }
    size = std::max(size, vs.back().size);
    align = std::max(align, vs.back().align);
  }
  size = alignUp(size, align);
  // The tag widens to the first field's alignment: the bytes are padding anyway.
  unsigned tagBytes = startAlign <= 16 ? static_cast<unsigned>(startAlign) : minBytes;
  if (tagBytes <= minBytes) {
    tagBytes = minBytes;
  } else {
    for (Univariant& v : vs) {
      for (uint64_t& o : v.offsets)
        if (o <= minBytes) o = tagBytes;
      if (v.size <= minBytes) v.size = tagBytes;
    }
  }
  Layout tagged;
  tagged.size = size;
  tagged.align = align;
  tagged.tag = TagEncoding::Direct;
  tagged.tagBytes = std::min(tagBytes, 8u);
  tagged.discriminants = discriminants;
  tagged.niche = scalarNiche(0, tagged.tagBytes, static_cast<uint64_t>(min) & maskOf(tagged.tagBytes),
                             static_cast<uint64_t>(max) & maskOf(tagged.tagBytes));
  store(tagged, vs);

  if (!nicheFits) return tagged;
  if (tagged.size > niche.size) return niche;
  if (tagged.size == niche.size && nicheSize(tagged) < nicheSize(niche)) return niche;
  return tagged;
}

Layout TypeTable::optionLayout(TypeId inner) {
  Layout l = enumLikeLayout({{}, {computedLayout(inner)}}, {0, 1});
  l.payloadOffset = l.variants[1].offsets[0];
  return l;
}

// Result<T, E> is `enum { Ok(T), Err(E) }`, laid out like any enum.
Layout TypeTable::resultLayout(const Type& t) {
  Layout l = enumLikeLayout({{computedLayout(t.args[0])}, {computedLayout(t.args[1])}}, {0, 1});
  l.payloadOffset = l.variants[0].offsets[0];
  return l;
}

namespace {

// A kept iterator as std 1.95 lays it out (measured with rustc: the words
// of a transmuted iterator): the field order is rustc's, not the source's.
// The first word is never null. A chain (KeptIter::None) is never stored.
// The text splitters' fields are typed (check/types.h TextSplitter); their
// largest niche is the needle's char (by a char, Lines), the StrSearcher's
// tag (by a &str) or `finished`. A StrSearcher's fields are its TwoWay
// variant's; show/decode.cpp reads an Empty one's in their place.
Layout keptIterLayout(const TypeTable& T, TypeId iter) {
  KeptIter kept = T.keptIter(iter);
  auto words = [&](std::initializer_list<const char*> names) {
    Layout w;
    w.align = 8;
    w.niche = scalarNiche(0, 8, 1, ~0ULL);
    for (const char* name : names) {
      w.fields.push_back({name, T.usize(), w.size});
      w.size += 8;
    }
    return w;
  };
  auto splitter = [&](std::vector<FieldLayout> middle, uint64_t size) {
    SplitSearcher searcher = T.splitSearcher(iter);
    TextSplitter at = TextSplitter::of(searcher);
    Layout l;
    l.align = 8;
    l.size = size;
    l.fields = {{"start", T.usize(), at.start}, {"end", T.usize(), at.end}, {"haystack", T.strRef(), at.haystack}};
    l.fields.insert(l.fields.end(), middle.begin(), middle.end());
    l.fields.push_back({"allow_trailing_empty", T.boolType(), at.allowTrailingEmpty});
    l.fields.push_back({"finished", T.boolType(), at.finished});
    switch (searcher) {
      case SplitSearcher::Char: l.niche = scalarNiche(TextSplitter::needle, 4, 0, 0x10FFFF); break;
      case SplitSearcher::Str: l.niche = scalarNiche(TextSplitter::searcherTag, 1, 0, 1); break;
      case SplitSearcher::Whitespace: l.niche = scalarNiche(at.finished, 1, 0, 1); break;
    }
    return l;
  };
  TypeId u8 = T.intType(IntKind::U8);
  Type bytes;
  bytes.kind = TypeKind::Array;
  bytes.args = {u8};
  bytes.length = 4;
  switch (kept) {
    case KeptIter::None: SH_CASE_KEPT_ADAPTERS
      return Layout{};  // a chain is never stored; an adapter is laid out as a struct (computeLayout)
    case KeptIter::SliceIter: case KeptIter::SliceIterMut: case KeptIter::Chars: case KeptIter::Bytes:
      return words({"ptr", "end"});
    case KeptIter::CharIndices: return words({"ptr", "end", "front_offset"});
    case KeptIter::VecIntoIter: return words({"buf", "ptr", "cap", "end"});
    case KeptIter::Split: case KeptIter::Lines: case KeptIter::RSplit: case KeptIter::SplitTerminator:
      if (T.splitSearcher(iter) == SplitSearcher::Str)
        return splitter({{"needle", T.strRef(), TextSplitter::strNeedle},
                         {"searcher", u8, TextSplitter::searcherTag},
                         {"crit_pos", T.usize(), TextSplitter::critPos},
                         {"crit_pos_back", T.usize(), TextSplitter::critPosBack},
                         {"period", T.usize(), TextSplitter::period},
                         {"byteset", T.intType(IntKind::U64), TextSplitter::byteset},
                         {"position", T.usize(), TextSplitter::twoWayPosition},
                         {"end", T.usize(), TextSplitter::twoWayEnd},
                         {"memory", T.usize(), TextSplitter::memory},
                         {"memory_back", T.usize(), TextSplitter::memoryBack}},
                        128);
      return splitter({{"finger", T.usize(), TextSplitter::finger},
                       {"finger_back", T.usize(), TextSplitter::fingerBack},
                       {"utf8_encoded", T.find(bytes), TextSplitter::utf8Encoded},
                       {"needle", T.charType(), TextSplitter::needle},
                       {"utf8_size", u8, TextSplitter::utf8Size}},
                      72);
    case KeptIter::Windows: case KeptIter::Chunks: case KeptIter::ChunksExact: {  // the slice left, then the size
      TypeId slice = T.get(iter).args[0];
      Layout l;
      l.align = 8;
      l.niche = scalarNiche(0, 8, 1, ~0ULL);
      l.fields.push_back({"v", slice, 0});
      if (kept == KeptIter::ChunksExact) l.fields.push_back({"rem", slice, 16});
      l.fields.push_back({kept == KeptIter::Windows ? "size" : "chunk_size", T.usize(), 16 * l.fields.size()});
      l.size = 16 * l.fields.size() - 8;
      return l;
    }
    case KeptIter::SplitWhitespace:
      return splitter({{"ptr", T.usize(), TextSplitter::charsPtr},
                       {"end_or_len", T.usize(), TextSplitter::charsEnd},
                       {"front_offset", T.usize(), TextSplitter::frontOffset}},
                      64);
  }
  return Layout{};
}

}  // namespace

Layout TypeTable::computeLayout(TypeId id) {
  const Type t = types_[id];
  Layout l;
  auto pointer = [](uint64_t words) {
    Layout p;
    p.size = 8 * words;
    p.align = 8;
    p.niche = scalarNiche(0, 8, 1, ~0ULL);  // never null
    return p;
  };
  switch (t.kind) {
    case TypeKind::Int: l.size = l.align = intKindBytes(t.intKind); return l;
    case TypeKind::Float: l.size = l.align = t.isF32 ? 4 : 8; return l;
    case TypeKind::Bool: l.size = l.align = 1; l.niche = scalarNiche(0, 1, 0, 1); return l;
    case TypeKind::Char: l.size = l.align = 4; l.niche = scalarNiche(0, 4, 0, 0x10FFFF); return l;
    case TypeKind::Unit: case TypeKind::Never: case TypeKind::Error: case TypeKind::Var: return l;
    case TypeKind::Str: case TypeKind::Slice: case TypeKind::Dyn: return l;  // unsized: only seen behind a pointer
    case TypeKind::Vtable: l.size = 8 * (3 + t.length); l.align = 8; return l;
    case TypeKind::Iter: {  // an adapter: its struct {iter, count, n, peeked, f or predicate, ...}, reordered as rustc reorders it
      auto kept = static_cast<KeptIter>(t.length);
      if (keptAdapter(kept)) return structLikeLayout(keptAdapterFields(id), false);
      return keptIterLayout(*this, id);
    }
    case TypeKind::Stdin: return l;  // zero-sized
    case TypeKind::Param: case TypeKind::Projection: return l;  // generic code is laid out only as instances
    case TypeKind::IoError: return pointer(1);  // a tagged pointer, never null
    case TypeKind::FnPtr: return pointer(1);    // the function's address, never null
    case TypeKind::Result: return resultLayout(t);
    case TypeKind::Ref: case TypeKind::Box: return pointer(isUnsized(t.args[0]) ? 2 : 1);  // a fat pointer: data, then length or vtable
    case TypeKind::Rc: case TypeKind::Weak: return pointer(1);
    // std declares these with `T: ?Sized` last, which rustc never reorders:
    // the counts or the flag come first, the value after them.
    case TypeKind::RcBox: return structLikeLayout({{"strong", usize()}, {"weak", usize()}, {"value", t.args[0]}}, true);
    case TypeKind::RefCell: {
      Layout cell = structLikeLayout({{"borrow", intType(IntKind::Isize)}, {"value", t.args[0]}}, true);
      cell.niche = Niche{};  // UnsafeCell hides the value's niche
      return cell;
    }
    case TypeKind::Cell: {
      const Layout& inner = computedLayout(t.args[0]);
      l.size = inner.size;
      l.align = inner.align;
      return l;
    }
    // hashbrown's RawTable {ctrl, bucket_mask, growth_left, items} then
    // RandomState {k0, k1}, in the order rustc 1.95 puts them (the control
    // pointer is never null: Option<HashMap> needs no tag).
    case TypeKind::HashMap: case TypeKind::HashSet: {
      Layout map = pointer(6);
      map.fields = {{"ctrl", usize(), 0}, {"bucket_mask", usize(), 8}, {"growth_left", usize(), 16},
                    {"items", usize(), 24}, {"k0", intType(IntKind::U64), 32}, {"k1", intType(IntKind::U64), 40}};
      return map;
    }
    case TypeKind::HashTable: {  // sized per allocation: the layout is one bucket's
      const Layout& bucket = computedLayout(bucketOf(id));
      l.size = bucket.size;
      l.align = bucket.align;
      return l;
    }
    // std's Entry: Occupied {a pointer to the bucket, one to the table} or
    // Vacant {the hash, the key, a pointer to the table}.
    case TypeKind::MapEntry: {
      Layout hash;
      hash.size = hash.align = 8;
      Layout key = computedLayout(t.args[0]);
      return enumLikeLayout({{pointer(1), pointer(1)}, {hash, key, pointer(1)}}, {0, 1});
    }
    // BTreeMap {root: Option<Root> (the node pointer, null when there is
    // none, then the height), length}, in rustc 1.95's order; the null root
    // is the only niche, and Option<Root> uses it.
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: {
      Layout map;
      map.size = 24;
      map.align = 8;
      map.fields = {{"root", usize(), 0}, {"height", usize(), 8}, {"length", usize(), 16}};
      return map;
    }
    // std's LeafNode {parent, parent_idx: u16, len: u16, keys: [K; 11],
    // vals: [V; 11]}, its fields in the order rustc puts them, and the
    // #[repr(C)] InternalNode {data: LeafNode, edges: [pointer; 12]}.
    case TypeKind::BTreeNode: {
      auto elevenOf = [&](TypeId part) {
        Type array;
        array.kind = TypeKind::Array;
        array.args = {part};
        array.length = 11;
        return find(array);
      };
      Layout leaf = structLikeLayout({{"parent", usize()}, {"parent_idx", intType(IntKind::U16)}, {"len", intType(IntKind::U16)},
                                      {"keys", elevenOf(t.args[0])}, {"vals", elevenOf(t.args[1])}});
      leaf.niche = Niche{};
      if (t.length) {
        leaf.fields.push_back({"edges", usize(), leaf.size});
        leaf.size += 12 * 8;
      }
      return leaf;
    }
    // std's btree Entry: Occupied {handle: node, height, idx; the map} or
    // Vacant {key, handle: Option<(node, height, idx)> (a null node when the
    // map has no root yet); the map}.
    case TypeKind::BTreeEntry: {
      Layout word;
      word.size = word.align = 8;
      Layout key = computedLayout(t.args[0]);
      return enumLikeLayout({{pointer(1), word, word, pointer(1)}, {key, word, word, word, pointer(1)}}, {0, 1});
    }
    case TypeKind::CellRef: case TypeKind::CellRefMut: {
      Layout guard = pointer(2);
      auto reference = [&](TypeId target, bool isMut) {
        Type r;
        r.kind = TypeKind::Ref;
        r.isMut = isMut;
        r.args = {target};
        return find(r);
      };
      guard.fields = {{"value", reference(t.args[0], t.kind == TypeKind::CellRefMut), 0},
                      {"borrow", reference(intType(IntKind::Isize), false), 8}};
      return guard;
    }
    case TypeKind::String: case TypeKind::Vec: case TypeKind::BinaryHeap: {  // a BinaryHeap is its Vec
      // The capacity is at most isize::MAX: the values above are the niche
      // (rustc 1.95's `Cap`), so Option<Vec<T>> needs no tag.
      Layout v = pointer(3);
      v.niche = scalarNiche(VecHeader::cap, 8, 0, 0x7FFFFFFFFFFFFFFFULL);
      v.fields = {{"cap", usize(), VecHeader::cap}, {"ptr", usize(), VecHeader::ptr}, {"len", usize(), VecHeader::len}};
      return v;
    }
    case TypeKind::VecDeque: {  // a RawVec (its capacity's niche too), the front's slot, the length
      Layout v = pointer(4);
      v.niche = scalarNiche(DequeHeader::cap, 8, 0, 0x7FFFFFFFFFFFFFFFULL);
      v.fields = {{"cap", usize(), DequeHeader::cap}, {"ptr", usize(), DequeHeader::ptr},
                  {"head", usize(), DequeHeader::head}, {"len", usize(), DequeHeader::len}};
      return v;
    }
    case TypeKind::Option: return optionLayout(t.args[0]);
    case TypeKind::Array: {
      const Layout el = computedLayout(t.args[0]);
      l.size = el.size * t.length;
      l.align = el.align;
      if (t.length > 0) l.niche = el.niche;
      return l;
    }
    case TypeKind::Range: {
      if (!t.inclusive) return structLikeLayout({{"start", t.args[0]}, {"end", t.args[0]}});
      return structLikeLayout({{"start", t.args[0]}, {"end", t.args[0]}, {"exhausted", bool_}});
    }
    case TypeKind::Tuple: {
      std::vector<std::pair<std::string, TypeId>> fields;
      for (size_t i = 0; i < t.args.size(); ++i) fields.emplace_back(std::to_string(i), t.args[i]);
      return structLikeLayout(fields);
    }
    case TypeKind::Struct: return structLikeLayout(structOf(id).fields, structOf(id).reprC);
    case TypeKind::Enum: {
      const EnumInfo& info = enumOf(id);
      std::vector<std::vector<Layout>> variants;
      std::vector<int64_t> discriminants;
      for (const VariantInfo& v : info.variants) {
        variants.emplace_back();
        for (const auto& f : v.fields) variants.back().push_back(computedLayout(f.second));
        discriminants.push_back(v.discriminant);
      }
      if (info.reprBytes || info.reprC) return reprEnumLayout(variants, discriminants, info.reprBytes, info.reprC, !info.reprSigned);
      return enumLikeLayout(variants, discriminants);
    }
  }
  return l;
}

}  // namespace sh
