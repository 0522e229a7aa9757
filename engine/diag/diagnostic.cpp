// Rendering diagnostics in rustc's layout, byte for byte in the common cases.
//
// Learners compare what they see here with what `cargo build` prints, and
// the golden tests compare with captured rustc output, so this file follows
// rustc's emitter rather than inventing a friendlier layout:
//
//   error[E0308]: mismatched types          header
//    --> main.rs:5:17                        location of the primary label
//     |
//   5 |     let v: u8 = true;                every line that carries a label
//     |            --   ^^^^ expected `u8`, found `bool`
//     |            |                          the rightmost label's text is inline,
//     |            expected due to this       the others hang below on `|` connectors
//     |
//     = note: ...                            notes, then helps
//     = memory: ...                          our plain-English sentence about memory
//
// The gutter is as wide as the largest line number shown. Between two shown
// lines, a single skipped line is printed and a longer gap becomes `...`.
// A tab displays as four spaces, as rustc prints it, and columns under it
// move accordingly. A label spanning several lines is underlined from its
// start to the end of its first line (rustc draws a `/`-bracket instead; our
// checker's labels are single-line in practice).
//
// The `= memory:` line is ours: it never appears in rustc's output, so a
// learner comparing the two sees rustc's diagnostic unchanged above it.
#include <algorithm>
#include <set>

#include "diag/diagnostic.h"

#include "base/utf8.h"

namespace sh {

const char* codeName(DiagCode code) {
  switch (code) {
    case DiagCode::None: return "";
#define SH_DIAG_CODE(name, summary) \
  case DiagCode::name: return #name;
#include "diag/codes.def"
#undef SH_DIAG_CODE
  }
  return "";
}

Span Diagnostic::primarySpan() const {
  for (const Label& label : labels)
    if (label.primary) return label.span;
  return labels.empty() ? Span{} : labels.front().span;
}

namespace {

constexpr uint32_t kTabWidth = 4;

// A label placed on its line: display columns, 0-based.
struct Placed {
  uint32_t col = 0;
  uint32_t width = 1;
  const Label* label = nullptr;
};

// The display width of `text` as rustc prints it.
uint32_t displayWidth(std::string_view text) {
  uint32_t width = 0;
  for (char c : text)
    if (c == '\t') width += kTabWidth;
    else if (!isUtf8Continuation(c)) ++width;
  return width;
}

std::string expandTabs(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c == '\t') out.append(kTabWidth, ' ');
    else out += c;
  return out;
}

std::string rightTrimmed(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

std::string padLeft(const std::string& s, size_t width) {
  return std::string(width > s.size() ? width - s.size() : 0, ' ') + s;
}

uint32_t lineStartOffset(const SourceFile& file, uint32_t line) {
  return static_cast<uint32_t>(file.lineText(line).data() - file.text().data());
}

Placed placeOnLine(const Label& label, const SourceFile& file) {
  uint32_t line = file.lineCol(label.span.start).line;
  std::string_view text = file.lineText(line);
  uint32_t lineStart = lineStartOffset(file, line);
  uint32_t from = std::min<uint32_t>(label.span.start - lineStart, static_cast<uint32_t>(text.size()));
  uint32_t to = std::min<uint32_t>(label.span.end > lineStart ? label.span.end - lineStart : 0,
                                   static_cast<uint32_t>(text.size()));
  uint32_t width = to > from ? displayWidth(text.substr(from, to - from)) : 0;
  return {displayWidth(text.substr(0, from)), std::max<uint32_t>(width, 1), &label};
}

void putAt(std::string& row, uint32_t col, std::string_view what) {
  if (row.size() < col + what.size()) row.resize(col + what.size(), ' ');
  row.replace(col, what.size(), what);
}

class Renderer {
 public:
  Renderer(const Diagnostic& d, const SourceFile& file) : d_(d), file_(file) {
    for (const Label& label : d.labels) lines_.insert(file.lineCol(label.span.start).line);
    gutter_ = lines_.empty() ? 1 : std::to_string(*lines_.rbegin()).size();
  }

  std::string render() {
    out_ = "error";
    if (d_.code != DiagCode::None) out_ += std::string("[") + codeName(d_.code) + "]";
    out_ += ": " + d_.message + "\n";
    if (!d_.labels.empty()) renderSnippet();
    renderFootnotes();
    return out_;
  }

 private:
  const Diagnostic& d_;
  const SourceFile& file_;
  std::set<uint32_t> lines_;
  size_t gutter_;
  std::string out_;

  void emptyGutterLine() { out_ += std::string(gutter_ + 1, ' ') + "|\n"; }

  void annotationRow(const std::string& row) {
    out_ += rightTrimmed(std::string(gutter_ + 1, ' ') + "| " + row) + "\n";
  }

  void sourceLine(uint32_t line) {
    out_ += rightTrimmed(padLeft(std::to_string(line), gutter_) + " | " + expandTabs(file_.lineText(line))) + "\n";
  }

  void renderSnippet() {
    LineCol at = file_.lineCol(d_.primarySpan().start);
    out_ += std::string(gutter_, ' ') + "--> " + file_.name() + ":" + std::to_string(at.line) + ":" +
            std::to_string(at.col) + "\n";
    emptyGutterLine();
    uint32_t previous = 0;
    for (uint32_t line : lines_) {
      if (previous != 0 && line == previous + 2) sourceLine(previous + 1);
      if (previous != 0 && line > previous + 2) out_ += "...\n";
      sourceLine(line);
      renderAnnotations(line);
      previous = line;
    }
  }

  // The underline row, then the hanging texts of all labels but the
  // rightmost, right to left, each on its own row below `|` connectors.
  void renderAnnotations(uint32_t line) {
    std::vector<Placed> placed;
    for (const Label& label : d_.labels)
      if (file_.lineCol(label.span.start).line == line) placed.push_back(placeOnLine(label, file_));
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.col < b.col; });

    std::string underline;
    for (bool primaryPass : {false, true})
      for (const Placed& p : placed)
        if (p.label->primary == primaryPass) putAt(underline, p.col, std::string(p.width, primaryPass ? '^' : '-'));
    const Placed& rightmost = placed.back();
    if (!rightmost.label->text.empty()) underline += " " + rightmost.label->text;
    annotationRow(underline);

    std::vector<Placed> hanging;
    for (size_t i = 0; i + 1 < placed.size(); ++i)
      if (!placed[i].label->text.empty()) hanging.push_back(placed[i]);
    if (hanging.empty()) return;
    annotationRow(connectors(hanging, hanging.size()));
    for (size_t i = hanging.size(); i-- > 0;) {
      std::string row = connectors(hanging, i);
      putAt(row, hanging[i].col, hanging[i].label->text);
      annotationRow(row);
    }
  }

  static std::string connectors(const std::vector<Placed>& hanging, size_t count) {
    std::string row;
    for (size_t i = 0; i < count; ++i) putAt(row, hanging[i].col, "|");
    return row;
  }

  void renderFootnotes() {
    bool any = !d_.notes.empty() || !d_.helps.empty() || !d_.explanation.empty();
    if (!any) return;
    if (!d_.labels.empty()) emptyGutterLine();
    std::string indent(gutter_ + 1, ' ');
    for (const std::string& note : d_.notes) out_ += indent + "= note: " + note + "\n";
    for (const std::string& help : d_.helps) out_ += indent + "= help: " + help + "\n";
    if (!d_.explanation.empty()) out_ += indent + "= memory: " + d_.explanation + "\n";
  }
};

}  // namespace

std::string renderDiagnostic(const Diagnostic& d, const SourceFile& file) { return Renderer(d, file).render(); }

std::string renderDiagnostics(const std::vector<Diagnostic>& ds, const SourceFile& file) {
  if (ds.empty()) return "";
  std::string out;
  std::set<std::string> codes;
  for (const Diagnostic& d : ds) {
    out += renderDiagnostic(d, file) + "\n";
    if (d.code != DiagCode::None) codes.insert(codeName(d.code));
  }
  out += "error: aborting due to ";
  out += ds.size() == 1 ? "1 previous error" : std::to_string(ds.size()) + " previous errors";
  out += "\n\n";
  if (codes.size() == 1) {
    out += "For more information about this error, try `rustc --explain " + *codes.begin() + "`.\n";
  } else if (codes.size() > 1) {
    std::string list;
    for (const std::string& code : codes) list += (list.empty() ? "" : ", ") + code;
    out += "Some errors have detailed explanations: " + list + ".\n";
    out += "For more information about an error, try `rustc --explain " + *codes.begin() + "`.\n";
  }
  return out;
}

}  // namespace sh
