// A learner's program, held once and referred to by byte offsets.
//
// Every later stage speaks in Spans (half-open byte ranges) rather than in
// line/column pairs: offsets are cheap to carry and to compare, and the one
// place that needs lines and columns (diagnostics, the trace) asks the
// SourceFile to translate. Columns are counted in characters (UTF-8 code
// points), 1-based, as rustc reports them.
//
// Snippets: a learner may type bare statements with no `fn main`. The parser
// wraps them in an implicit main; since it never edits the text, every line
// and column it reports is still the learner's own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sh {

struct Span {
  uint32_t start = 0;  // byte offset of the first byte
  uint32_t end = 0;    // byte offset one past the last byte

  static Span cover(Span a, Span b) { return {a.start < b.start ? a.start : b.start, a.end > b.end ? a.end : b.end}; }
  bool empty() const { return start == end; }
};

// Spans of std's own Rust text (check/prelude.cpp) start here, past any
// learner's file (base/limits.h caps those far below), so a span says by
// itself whether it is the learner's.
inline constexpr uint32_t kPreludeBase = 0x40000000;
inline bool isPreludeSpan(Span s) { return s.start >= kPreludeBase; }

struct LineCol {
  uint32_t line = 1;  // 1-based
  uint32_t col = 1;   // 1-based, in characters
};

class SourceFile {
 public:
  SourceFile(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  std::string_view slice(Span span) const;

  LineCol lineCol(uint32_t offset) const;
  // The line and column a panic reports: the column counts each char's
  // display width as rustc does (a tab 4, a CJK ideograph 2, a combining
  // mark 0), where diagnostics count chars.
  LineCol panicLineCol(uint32_t offset) const;
  uint32_t lineOf(uint32_t offset) const;  // lineCol's line, without counting columns
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  // The text of a 1-based line, without its line ending.
  std::string_view lineText(uint32_t line) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
};

}  // namespace sh
