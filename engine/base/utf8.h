// UTF-8, as Rust's strings and chars use it. Every stage that turns chars
// into bytes or back (the lexer's escapes, the formatter's fill characters,
// String::push, `for c in s.chars()`) shares these few functions.
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

// The length of the sequence a lead byte starts (1 for ASCII and for a
// stray continuation byte, so a walk over any bytes always advances).
inline size_t utf8LeadLength(char lead) {
  auto b = static_cast<unsigned char>(lead);
  return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// The char at byte `i` of well-formed UTF-8; advances `i` past it.
inline char32_t decodeUtf8At(std::string_view s, size_t& i) {
  size_t n = utf8LeadLength(s[i]);
  auto b0 = static_cast<unsigned char>(s[i]);
  char32_t c = n == 1 ? b0 : b0 & (0xFF >> (n + 1));
  for (size_t k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}

}  // namespace sh
