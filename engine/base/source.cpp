#include "base/source.h"

#include <algorithm>

#include "base/unicode.h"
#include "base/utf8.h"

namespace sh {

SourceFile::SourceFile(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') lineStarts_.push_back(i + 1);
}

std::string_view SourceFile::slice(Span span) const {
  uint32_t end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text_.size()));
  uint32_t start = std::min(span.start, end);
  return std::string_view(text_).substr(start, end - start);
}

uint32_t SourceFile::lineOf(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  return static_cast<uint32_t>(std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) - lineStarts_.begin());
}

LineCol SourceFile::lineCol(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  uint32_t line = lineOf(offset);
  uint32_t col = 1;
  for (uint32_t i = lineStarts_[line - 1]; i < offset; ++i)
    if (!isUtf8Continuation(text_[i])) ++col;
  return {line, col};
}

LineCol SourceFile::panicLineCol(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  uint32_t line = lineOf(offset);
  uint32_t col = 1;
  for (size_t i = lineStarts_[line - 1]; i < offset;) col += charWidth(decodeUtf8At(text_, i));
  return {line, col};
}

std::string_view SourceFile::lineText(uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return {};
  uint32_t start = lineStarts_[line - 1];
  uint32_t end = line < lineStarts_.size() ? lineStarts_[line] - 1 : static_cast<uint32_t>(text_.size());
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

}  // namespace sh
