// Lookups in std's Unicode tables: sorted arrays searched by halves, a few
// thousand rows generated into unicode_tables.def.
#include "base/unicode.h"

#include <algorithm>
#include <iterator>

#include "base/utf8.h"

namespace sh {

namespace {

struct CharRange {
  CharProperty property;
  char32_t first, last;
};

// Sorted by property (the .def lists them in CharProperty's order), then by first.
const CharRange kRanges[] = {
#define SH_CHAR_RANGE(property, first, last) {CharProperty::property, first, last},
#define SH_CASE_UPPER(c, a, b, d)
#define SH_CASE_LOWER(c, a, b, d)
#define SH_CHAR_WIDTH(first, last, width)
#include "base/unicode_tables.def"
};

struct CharWidth {
  char32_t first, last;
  uint32_t width;
};

const CharWidth kWidths[] = {
#define SH_CHAR_RANGE(property, first, last)
#define SH_CASE_UPPER(c, a, b, d)
#define SH_CASE_LOWER(c, a, b, d)
#define SH_CHAR_WIDTH(first, last, width) {first, last, width},
#include "base/unicode_tables.def"
};

struct CaseRow {
  char32_t from, to[3];
};

const CaseRow kUpper[] = {
#define SH_CHAR_RANGE(property, first, last)
#define SH_CASE_UPPER(c, a, b, d) {c, {a, b, d}},
#define SH_CASE_LOWER(c, a, b, d)
#define SH_CHAR_WIDTH(first, last, width)
#include "base/unicode_tables.def"
};

const CaseRow kLower[] = {
#define SH_CHAR_RANGE(property, first, last)
#define SH_CASE_UPPER(c, a, b, d)
#define SH_CASE_LOWER(c, a, b, d) {c, {a, b, d}},
#define SH_CHAR_WIDTH(first, last, width)
#include "base/unicode_tables.def"
};

template <size_t N>
CaseMapping mappingIn(const CaseRow (&rows)[N], char32_t c) {
  const CaseRow* row = std::lower_bound(std::begin(rows), std::end(rows), c, [](const CaseRow& r, char32_t x) { return r.from < x; });
  if (row == std::end(rows) || row->from != c) return {{c, 0, 0}, 1};
  CaseMapping m{{row->to[0], row->to[1], row->to[2]}, 1};
  while (m.count < 3 && m.chars[m.count] != 0) ++m.count;
  return m;
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
  auto [from, to] = std::equal_range(std::begin(kRanges), std::end(kRanges), CharRange{p, 0, 0},
                                     [](const CharRange& a, const CharRange& b) { return a.property < b.property; });
  const CharRange* r = std::upper_bound(from, to, c, [](char32_t x, const CharRange& range) { return x < range.first; });
  return r != from && c <= (r - 1)->last;
}

uint32_t charWidth(char32_t c) {
  const CharWidth* r = std::upper_bound(std::begin(kWidths), std::end(kWidths), c,
                                        [](char32_t x, const CharWidth& w) { return x < w.first; });
  return r != std::begin(kWidths) && c <= (r - 1)->last ? (r - 1)->width : 1;
}

CaseMapping upperOf(char32_t c) { return mappingIn(kUpper, c); }
CaseMapping lowerOf(char32_t c) { return mappingIn(kLower, c); }

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
