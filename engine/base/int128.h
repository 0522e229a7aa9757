// 128-bit integers as text. Rust has i128 and u128; the C++ standard library
// cannot print them, so the few places that must (literals, diagnostics,
// formatting) share these two functions.
#pragma once

#include <string>

namespace sh {

inline std::string u128ToString(unsigned __int128 v) {
  if (v == 0) return "0";
  std::string s;
  while (v) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  return s;
}

inline std::string i128ToString(__int128 v) {
  if (v >= 0) return u128ToString(static_cast<unsigned __int128>(v));
  return "-" + u128ToString(static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(v));
}

}  // namespace sh
