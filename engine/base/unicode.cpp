// Lookups in std's Unicode tables (unicode_tables.def, generated), kept
// compact because they ship in the page's wasm: a property's ranges as runs
// of bytes (a range's length - 1, the gap to the next range, ...) found by a
// binary search over the runs and read on from the run's first char; case
// mappings as runs of chars that map by the same difference (step 1, or 2
// where capital and small letters alternate), with the few chars that map to
// several chars listed whole. Some 17 KB where rows of the whole ranges and
// mappings took 90 KB.
#include "base/unicode.h"

#include <algorithm>
#include <iterator>

#include "base/utf8.h"

namespace sh {

namespace {

const uint8_t kRunBytes[] = {
#define SH_CHAR_RUN(property, first, at, ...) __VA_ARGS__,
#include "base/unicode_tables.def"
};

struct RangeRun {
  char32_t first;  // the first char of the run's first range
  uint16_t at;     // its bytes: kRunBytes[at] up to the next run's
  CharProperty property;
};

// Sorted by property (the .def lists them in CharProperty's order), then by first.
const RangeRun kRuns[] = {
#define SH_CHAR_RUN(property, first, at, ...) {first, at, CharProperty::property},
#include "base/unicode_tables.def"
};

// Whether c, at or after the run's first char, falls in one of its ranges.
bool runHas(const RangeRun* run, char32_t c) {
  const uint8_t* byte = kRunBytes + run->at;
  const uint8_t* end = run + 1 == std::end(kRuns) ? std::end(kRunBytes) : kRunBytes + run[1].at;
  char32_t start = run->first;
  for (;;) {
    char32_t last = start + *byte++;
    if (c <= last) return true;
    if (byte == end) return false;
    start = last + 1 + *byte++;
    if (c < start) return false;
  }
}

struct CharWidth {
  char32_t first;
  uint32_t last : 21, width : 3;
};

const CharWidth kWidths[] = {
#define SH_CHAR_WIDTH(first, last, width) {first, last, width},
#include "base/unicode_tables.def"
};

// The chars first, first + step, ... (count of them) map to c + delta.
struct CaseRun {
  uint32_t first : 21, count : 9, step : 2;
  int32_t delta;
};

// A char that maps to several.
struct CaseRow {
  char32_t from, to[3];
};

const CaseRun kUpperRuns[] = {
#define SH_UPPER_RUN(first, count, step, delta) {first, count, step, delta},
#include "base/unicode_tables.def"
};

const CaseRow kUpperMulti[] = {
#define SH_UPPER_MULTI(c, a, b, d) {c, {a, b, d}},
#include "base/unicode_tables.def"
};

const CaseRun kLowerRuns[] = {
#define SH_LOWER_RUN(first, count, step, delta) {first, count, step, delta},
#include "base/unicode_tables.def"
};

const CaseRow kLowerMulti[] = {
#define SH_LOWER_MULTI(c, a, b, d) {c, {a, b, d}},
#include "base/unicode_tables.def"
};

template <size_t R, size_t M>
CaseMapping mappingIn(const CaseRun (&runs)[R], const CaseRow (&several)[M], char32_t c) {
  const CaseRow* row = std::lower_bound(std::begin(several), std::end(several), c, [](const CaseRow& r, char32_t x) { return r.from < x; });
  if (row != std::end(several) && row->from == c) {
    CaseMapping m{{row->to[0], row->to[1], row->to[2]}, 1};
    while (m.count < 3 && m.chars[m.count] != 0) ++m.count;
    return m;
  }
  const CaseRun* run = std::upper_bound(std::begin(runs), std::end(runs), c, [](char32_t x, const CaseRun& r) { return x < r.first; });
  if (run != std::begin(runs)) {
    --run;
    char32_t offset = c - run->first;
    char32_t to = static_cast<char32_t>(static_cast<int32_t>(c) + run->delta);
    if (offset % run->step == 0 && offset / run->step < run->count) return {{to, 0, 0}, 1};
  }
  return {{c, 0, 0}, 1};
}

// Whether the first char of `chars` (read by `next`) that is not
// case-ignorable is cased; false when there is none.
template <typename Next>
bool caseIgnorableThenCased(Next next) {
  char32_t c;
  while (next(&c))
    if (!charHas(CharProperty::CaseIgnorable, c)) return charHas(CharProperty::CasedForSigma, c);
  return false;
}

}  // namespace

bool charHas(CharProperty p, char32_t c) {
  if (c < 0x80) {
    switch (p) {  // the ASCII answers, without a search
      case CharProperty::Alphabetic: return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      case CharProperty::Numeric: return c >= '0' && c <= '9';
      case CharProperty::Whitespace: return c == ' ' || (c >= 0x09 && c <= 0x0D);
      case CharProperty::Uppercase: return c >= 'A' && c <= 'Z';
      case CharProperty::Lowercase: return c >= 'a' && c <= 'z';
      case CharProperty::Control: return c < 0x20 || c == 0x7F;
      case CharProperty::CaseIgnorable: case CharProperty::CasedForSigma: case CharProperty::DebugEscaped: break;
    }
  }
  auto [from, to] = std::equal_range(std::begin(kRuns), std::end(kRuns), RangeRun{0, 0, p},
                                     [](const RangeRun& a, const RangeRun& b) { return a.property < b.property; });
  const RangeRun* run = std::upper_bound(from, to, c, [](char32_t x, const RangeRun& r) { return x < r.first; });
  return run != from && runHas(run - 1, c);
}

uint32_t charWidth(char32_t c) {
  const CharWidth* r = std::upper_bound(std::begin(kWidths), std::end(kWidths), c,
                                        [](char32_t x, const CharWidth& w) { return x < w.first; });
  return r != std::begin(kWidths) && c <= (r - 1)->last ? (r - 1)->width : 1;
}

CaseMapping upperOf(char32_t c) { return mappingIn(kUpperRuns, kUpperMulti, c); }
CaseMapping lowerOf(char32_t c) { return mappingIn(kLowerRuns, kLowerMulti, c); }

char32_t lowercaseSigma(std::string_view text, size_t at) {
  size_t back = at;
  bool casedBefore = caseIgnorableThenCased([&](char32_t* c) {
    if (back == 0) return false;
    do --back; while (back > 0 && isUtf8Continuation(text[back]));
    size_t i = back;
    *c = decodeUtf8At(text, i);
    return true;
  });
  size_t ahead = at + utf8LeadLength(text[at]);
  bool casedAfter = caseIgnorableThenCased([&](char32_t* c) {
    if (ahead >= text.size()) return false;
    *c = decodeUtf8At(text, ahead);
    return true;
  });
  return casedBefore && !casedAfter ? U'ς' : U'σ';
}

}  // namespace sh
