// UTF-8, as Rust's strings and chars use it: the engine's one encoder, one
// validator and one decoder. Every stage that turns chars into bytes or back
// (the lexer's check of the source and its escapes, the formatter's fill
// characters and Debug escapes, String::push, `for c in s.chars()`, the JSON
// writer's replacement of invalid bytes, a diagnostic's columns) shares these
// few functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sh {

inline void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

inline std::string utf8Of(char32_t c) {
  std::string s;
  appendUtf8(s, c);
  return s;
}

// A byte that continues a sequence rather than starting a char.
inline bool isUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The length of the sequence a lead byte starts (1 for ASCII and for a
// stray continuation byte, so a walk over any bytes always advances).
inline size_t utf8LeadLength(char lead) {
  auto b = static_cast<unsigned char>(lead);
  return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// What a lead byte starts: the sequence's length (0 for a byte no
// sequence starts with) and the range its second byte must be in (no
// overlong forms, no surrogates, nothing past U+10FFFF: the Unicode
// standard's table 3-7).
struct Utf8Lead {
  size_t length = 0;
  unsigned lo = 0x80, hi = 0xBF;
};
inline Utf8Lead utf8LeadOf(unsigned b) {
  if (b < 0x80) return {1};
  if (b >= 0xC2 && b <= 0xDF) return {2};
  if (b == 0xE0) return {3, 0xA0};
  if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) return {3};
  if (b == 0xED) return {3, 0x80, 0x9F};
  if (b == 0xF0) return {4, 0x90};
  if (b >= 0xF1 && b <= 0xF3) return {4};
  if (b == 0xF4) return {4, 0x80, 0x8F};
  return {};
}

// How many bytes of the sequence at byte `i` are well formed: all of them
// (its length), or those before the first byte out of place, which is
// past the end when the bytes stop inside it (*cut is then set).
inline size_t utf8WellFormedPrefix(std::string_view s, size_t i, bool* cut) {
  *cut = false;
  Utf8Lead lead = utf8LeadOf(static_cast<unsigned char>(s[i]));
  if (lead.length == 0) return 0;
  for (size_t k = 1; k < lead.length; ++k) {
    if (i + k >= s.size()) {
      *cut = true;
      return k;
    }
    auto b = static_cast<unsigned char>(s[i + k]);
    if (k == 1 ? b < lead.lo || b > lead.hi : !isUtf8Continuation(static_cast<char>(b))) return k;
  }
  return lead.length;
}

// The length of the well-formed sequence at byte `i`, or 0 if none starts
// there: a bad lead byte, a sequence cut short, an overlong form, a
// surrogate or a code point past U+10FFFF.
inline size_t validUtf8Length(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  bool cut = false;
  size_t n = utf8WellFormedPrefix(s, i, &cut);
  return n == utf8LeadOf(static_cast<unsigned char>(s[i])).length ? n : 0;
}

// std's Utf8Error of bytes that are not all UTF-8, as core's
// run_utf8_validation finds it: where the valid prefix ends, and how many
// bytes of the bad sequence there were read before one out of place (at
// least 1), or 0 when the bytes stop inside a char (std's None).
struct Utf8Fault {
  bool found = false;
  size_t validUpTo = 0;
  uint8_t errorLen = 0;
};
inline Utf8Fault firstUtf8Fault(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    bool cut = false;
    size_t n = utf8WellFormedPrefix(s, i, &cut);
    if (n > 0 && n == utf8LeadOf(static_cast<unsigned char>(s[i])).length) {
      i += n;
      continue;
    }
    return {true, i, cut ? uint8_t{0} : static_cast<uint8_t>(n == 0 ? 1 : n)};
  }
  return {};
}

// The char at byte `i` of well-formed UTF-8; advances `i` past it. A
// sequence cut short by the end of `s` reads as its lead byte alone.
inline char32_t decodeUtf8At(std::string_view s, size_t& i) {
  size_t n = utf8LeadLength(s[i]);
  if (i + n > s.size()) n = 1;
  auto b0 = static_cast<unsigned char>(s[i]);
  char32_t c = n == 1 ? b0 : b0 & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}

// How many chars `s` holds (its bytes that start one).
inline size_t utf8CharCount(std::string_view s) {
  size_t count = 0;
  for (char c : s) count += !isUtf8Continuation(c);
  return count;
}

}  // namespace sh
