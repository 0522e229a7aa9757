// std's StrSearcher (core/src/str/pattern.rs), the searcher a text
// splitter holds when its pattern is a &str (`line.split(", ")`, a &String,
// a &&str): its fields, what StrSearcher::new sets them to, and the
// next_match and next_match_back that SplitInternal calls, step for step.
//
// An empty needle is StrSearcherImpl::Empty, which matches between every
// two chars; any other is the Two-Way searcher (Crochemore and Perrin),
// whose critical factorization, period, byteset and cursors are kept as
// std keeps them, so a kept `Split<'_, &str>` prints and draws the numbers
// rustc's does (`{:?}` shows them all).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace sh {

struct StrSearcher {
  bool empty = false;  // StrSearcherImpl::Empty, else TwoWay
  // TwoWay's constants, then its cursors (position and end are Empty's too)
  uint64_t critPos = 0, critPosBack = 0, period = 0, byteset = 0;
  uint64_t position = 0, end = 0, memory = 0, memoryBack = 0;
  // Empty's flags
  bool isMatchFw = true, isMatchBw = true, isFinished = false;
};

// [start, end) of a match in the haystack.
struct StrMatch {
  uint64_t start = 0, end = 0;
};

StrSearcher strSearcherFor(std::string_view needle, uint64_t haystackLen);
std::optional<StrMatch> strNextMatch(StrSearcher& s, std::string_view haystack, std::string_view needle);
std::optional<StrMatch> strNextMatchBack(StrSearcher& s, std::string_view haystack, std::string_view needle);

}  // namespace sh
