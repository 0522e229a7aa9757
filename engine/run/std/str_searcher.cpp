// std's StrSearcher, field for field (str_searcher.h): StrSearcher::new,
// TwoWaySearcher::new with its maximal suffixes, and the MatchOnly
// next/next_back that next_match and next_match_back run.
#include "run/std/str_searcher.h"

#include <algorithm>

#include "base/utf8.h"

namespace sh {

namespace {

constexpr uint64_t kLongPeriod = ~0ULL;  // memory's dummy value: the period is long, nothing memorized

// Suffix is smaller (or larger, `greater`): the order std compares in.
bool ordered(uint8_t a, uint8_t b, bool greater) { return greater ? a > b : a < b; }

// TwoWaySearcher::maximal_suffix: where the maximal suffix of `arr` starts, and its period.
std::pair<uint64_t, uint64_t> maximalSuffix(std::string_view arr, bool greater) {
  uint64_t left = 0, right = 1, offset = 0, period = 1;
  while (right + offset < arr.size()) {
    auto a = static_cast<uint8_t>(arr[right + offset]), b = static_cast<uint8_t>(arr[left + offset]);
    if (ordered(a, b, greater)) {
      right += offset + 1;
      offset = 0;
      period = right - left;
    } else if (a == b) {
      if (offset + 1 == period) {
        right += offset + 1;
        offset = 0;
      } else {
        ++offset;
      }
    } else {
      left = right;
      ++right;
      offset = 0;
      period = 1;
    }
  }
  return {left, period};
}

// TwoWaySearcher::reverse_maximal_suffix: the same on the reversed needle,
// stopping once the known period is reached.
uint64_t reverseMaximalSuffix(std::string_view arr, uint64_t knownPeriod, bool greater) {
  uint64_t left = 0, right = 1, offset = 0, period = 1, n = arr.size();
  while (right + offset < n) {
    auto a = static_cast<uint8_t>(arr[n - (1 + right + offset)]), b = static_cast<uint8_t>(arr[n - (1 + left + offset)]);
    if (ordered(a, b, greater)) {
      right += offset + 1;
      offset = 0;
      period = right - left;
    } else if (a == b) {
      if (offset + 1 == period) {
        right += offset + 1;
        offset = 0;
      } else {
        ++offset;
      }
    } else {
      left = right;
      ++right;
      offset = 0;
      period = 1;
    }
    if (period == knownPeriod) break;
  }
  return left;
}

uint64_t bytesetOf(std::string_view bytes) {
  uint64_t set = 0;
  for (char b : bytes) set |= 1ULL << (static_cast<uint8_t>(b) & 0x3f);
  return set;
}

bool bytesetHas(const StrSearcher& s, uint8_t b) { return ((s.byteset >> (b & 0x3f)) & 1) != 0; }

// TwoWaySearcher::next::<MatchOnly>: the next match at or after position.
std::optional<StrMatch> twoWayNext(StrSearcher& s, std::string_view hay, std::string_view needle) {
  bool longPeriod = s.memory == kLongPeriod;
  uint64_t needleLast = needle.size() - 1;
  for (;;) {
    if (s.position + needleLast >= hay.size()) {
      s.position = hay.size();
      return std::nullopt;
    }
    if (!bytesetHas(s, static_cast<uint8_t>(hay[s.position + needleLast]))) {
      s.position += needle.size();
      if (!longPeriod) s.memory = 0;
      continue;
    }
    bool mismatch = false;
    for (uint64_t i = longPeriod ? s.critPos : std::max(s.critPos, s.memory); i < needle.size() && !mismatch; ++i)
      if (needle[i] != hay[s.position + i]) {  // the right part
        s.position += i - s.critPos + 1;
        if (!longPeriod) s.memory = 0;
        mismatch = true;
      }
    if (mismatch) continue;
    uint64_t start = longPeriod ? 0 : s.memory;
    for (uint64_t i = s.critPos; i > start && !mismatch; --i)
      if (needle[i - 1] != hay[s.position + i - 1]) {  // the left part, right to left
        s.position += s.period;
        if (!longPeriod) s.memory = needle.size() - s.period;
        mismatch = true;
      }
    if (mismatch) continue;
    uint64_t at = s.position;
    s.position += needle.size();
    if (!longPeriod) s.memory = 0;
    return StrMatch{at, at + needle.size()};
  }
}

// TwoWaySearcher::next_back::<MatchOnly>: the last match ending at or before end.
std::optional<StrMatch> twoWayNextBack(StrSearcher& s, std::string_view hay, std::string_view needle) {
  bool longPeriod = s.memory == kLongPeriod;
  for (;;) {
    if (s.end < needle.size() || s.end - needle.size() >= hay.size()) {
      s.end = 0;
      return std::nullopt;
    }
    uint64_t base = s.end - needle.size();
    if (!bytesetHas(s, static_cast<uint8_t>(hay[base]))) {
      s.end -= needle.size();
      if (!longPeriod) s.memoryBack = needle.size();
      continue;
    }
    bool mismatch = false;
    for (uint64_t i = longPeriod ? s.critPosBack : std::min(s.critPosBack, s.memoryBack); i > 0 && !mismatch; --i)
      if (needle[i - 1] != hay[base + i - 1]) {  // the left part, right to left
        s.end -= s.critPosBack - (i - 1);
        if (!longPeriod) s.memoryBack = needle.size();
        mismatch = true;
      }
    if (mismatch) continue;
    uint64_t needleEnd = longPeriod ? needle.size() : s.memoryBack;
    for (uint64_t i = s.critPosBack; i < needleEnd && !mismatch; ++i)
      if (needle[i] != hay[base + i]) {  // the right part
        s.end -= s.period;
        if (!longPeriod) s.memoryBack = s.period;
        mismatch = true;
      }
    if (mismatch) continue;
    s.end -= needle.size();
    if (!longPeriod) s.memoryBack = needle.size();
    return StrMatch{base, base + needle.size()};
  }
}

// The Empty searcher's next_match: a Match at position, then a Reject
// over the char after it, alternating; Done past the end.
std::optional<StrMatch> emptyNext(StrSearcher& s, std::string_view hay) {
  for (;;) {
    if (s.isFinished) return std::nullopt;
    bool isMatch = s.isMatchFw;
    s.isMatchFw = !s.isMatchFw;
    if (isMatch) return StrMatch{s.position, s.position};
    if (s.position >= hay.size()) {
      s.isFinished = true;
      return std::nullopt;
    }
    s.position += utf8LeadLength(hay[s.position]);
  }
}

std::optional<StrMatch> emptyNextBack(StrSearcher& s, std::string_view hay) {
  for (;;) {
    if (s.isFinished) return std::nullopt;
    bool isMatch = s.isMatchBw;
    s.isMatchBw = !s.isMatchBw;
    if (isMatch) return StrMatch{s.end, s.end};
    if (s.end == 0) {
      s.isFinished = true;
      return std::nullopt;
    }
    do --s.end; while (s.end > 0 && isUtf8Continuation(hay[s.end]));
  }
}

}  // namespace

// StrSearcher::new: Empty for "", else TwoWaySearcher::new's critical
// factorization, exact period (short) or its lower bound (long).
StrSearcher strSearcherFor(std::string_view needle, uint64_t haystackLen) {
  StrSearcher s;
  s.end = haystackLen;
  if (needle.empty()) {
    s.empty = true;
    return s;
  }
  auto [critFalse, periodFalse] = maximalSuffix(needle, false);
  auto [critTrue, periodTrue] = maximalSuffix(needle, true);
  auto [crit, period] = critFalse > critTrue ? std::pair{critFalse, periodFalse} : std::pair{critTrue, periodTrue};
  s.critPos = crit;
  bool exact = period + crit <= needle.size() && needle.substr(0, crit) == needle.substr(period, crit);
  if (exact) {
    s.critPosBack = needle.size() - std::max(reverseMaximalSuffix(needle, period, false), reverseMaximalSuffix(needle, period, true));
    s.period = period;
    s.byteset = bytesetOf(needle.substr(0, period));
    s.memory = 0;
    s.memoryBack = needle.size();
    return s;
  }
  s.critPosBack = crit;
  s.period = std::max(crit, needle.size() - crit) + 1;
  s.byteset = bytesetOf(needle);
  s.memory = s.memoryBack = kLongPeriod;
  return s;
}

std::optional<StrMatch> strNextMatch(StrSearcher& s, std::string_view haystack, std::string_view needle) {
  return s.empty ? emptyNext(s, haystack) : twoWayNext(s, haystack, needle);
}

std::optional<StrMatch> strNextMatchBack(StrSearcher& s, std::string_view haystack, std::string_view needle) {
  return s.empty ? emptyNextBack(s, haystack) : twoWayNextBack(s, haystack, needle);
}

}  // namespace sh
