// UTF-8, as Rust's strings and chars use it: the engine's one encoder, one
// validator and one decoder. Every stage that turns chars into bytes or back
// (the lexer's check of the source and its escapes, the formatter's fill
// characters and Debug escapes, String::push, `for c in s.chars()`, the JSON
// writer's replacement of invalid bytes, a diagnostic's columns) shares these
// few functions.
#pragma once

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

// The length of the well-formed sequence at byte `i`, or 0 if none starts
// there: a bad lead byte, a sequence cut short, an overlong form, a
// surrogate or a code point past U+10FFFF (the Unicode standard's table 3-7).
inline size_t validUtf8Length(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };  // 0 past the end
  if (i >= s.size()) return 0;
  unsigned b = byte(i);
  if (b < 0x80) return 1;
  size_t length;
  unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) length = 2;
  else if (b == 0xE0) length = 3, lo = 0xA0;
  else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) length = 3;
  else if (b == 0xED) length = 3, hi = 0x9F;  // no surrogates
  else if (b == 0xF0) length = 4, lo = 0x90;
  else if (b >= 0xF1 && b <= 0xF3) length = 4;
  else if (b == 0xF4) length = 4, hi = 0x8F;  // nothing above U+10FFFF
  else return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < length; ++k)
    if (!isUtf8Continuation(static_cast<char>(byte(i + k)))) return 0;
  return length;
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
