// Rust's format strings, reproduced from rustc 1.95's behaviour.
//
// The file follows the order of a `format!` call: the format string is parsed
// (with rustc's error messages and spans), then its references are matched
// with the arguments. Rendering the values is fmt/values.cpp.
#include "fmt/format.h"

#include "base/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sh {

namespace {

// --- Source positions of the decoded value ----------------------------------

uint32_t hexValue(char c) {
  if (c >= '0' && c <= '9') return static_cast<uint32_t>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<uint32_t>(c - 'a' + 10);
  return static_cast<uint32_t>(c - 'A' + 10);
}

size_t utf8Length(uint32_t codePoint) {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

// Where each byte of the decoded value was written in the source. Every byte
// an escape produces maps to its backslash; the extra last entry is the
// closing quote, where "string was terminated" errors point.
std::vector<uint32_t> sourceOffsetsOfValue(std::string_view value, std::string_view source, Span span) {
  size_t hashes = 0;
  size_t i = 0;
  bool raw = !source.empty() && source[0] == 'r';
  if (raw) {
    i = 1;
    while (i < source.size() && source[i] == '#') ++i, ++hashes;
  }
  ++i;  // the opening quote
  size_t bodyEnd = source.size() >= hashes + 1 ? source.size() - hashes - 1 : 0;
  std::vector<uint32_t> offsets;
  offsets.reserve(value.size() + 1);
  while (i < bodyEnd && offsets.size() < value.size()) {
    uint32_t here = span.start + static_cast<uint32_t>(i);
    char c = source[i];
    if (raw || c != '\\') {
      bool droppedCarriageReturn = c == '\r' && value[offsets.size()] != '\r';
      if (!droppedCarriageReturn) offsets.push_back(here);
      ++i;
      continue;
    }
    char kind = i + 1 < bodyEnd ? source[i + 1] : '\0';
    if (kind == 'u') {
      size_t close = source.find('}', i);
      uint32_t codePoint = 0;
      for (size_t k = i + 3; k < close; ++k)
        if (source[k] != '_') codePoint = codePoint * 16 + hexValue(source[k]);
      offsets.insert(offsets.end(), utf8Length(codePoint), here);
      i = close + 1;
    } else if (kind == 'x') {
      offsets.push_back(here);
      i += 4;
    } else if (kind == '\n' || kind == '\r') {
      i += 2;  // a line continuation: the newline and the next line's indentation vanish
      while (i < bodyEnd && (source[i] == ' ' || source[i] == '\t' || source[i] == '\n' || source[i] == '\r')) ++i;
    } else {
      offsets.push_back(here);
      i += 2;
    }
  }
  SH_CHECK(offsets.size() == value.size(), "format string value and source literal disagree");
  offsets.push_back(span.start + static_cast<uint32_t>(bodyEnd));
  return offsets;
}

// --- Parsing ------------------------------------------------------------------

const char* const kTraitNote =
    "the only appropriate formatting traits are:\n"
    "- ``, which uses the `Display` trait\n"
    "- `?`, which uses the `Debug` trait\n"
    "- `e`, which uses the `LowerExp` trait\n"
    "- `E`, which uses the `UpperExp` trait\n"
    "- `o`, which uses the `Octal` trait\n"
    "- `p`, which uses the `Pointer` trait\n"
    "- `b`, which uses the `Binary` trait\n"
    "- `x`, which uses the `LowerHex` trait\n"
    "- `X`, which uses the `UpperHex` trait";

bool isIdentifierStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool isIdentifierContinue(char c) { return isIdentifierStart(c) || (c >= '0' && c <= '9'); }

bool isDigit(char c) { return c >= '0' && c <= '9'; }

class FormatStringParser {
 public:
  FormatStringParser(std::string_view value, std::string_view source, Span span)
      : text_(value), offsets_(sourceOffsetsOfValue(value, source, span)) {}

  std::vector<FormatPiece> parse() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '{' && peekAt(pos_ + 1) == '{') {
        literal_ += '{';
        pos_ += 2;
      } else if (c == '{') {
        flushLiteral();
        pieces_.push_back(FormatPiece{{}, parsePlaceholder()});
      } else if (c == '}' && peekAt(pos_ + 1) == '}') {
        literal_ += '}';
        pos_ += 2;
      } else if (c == '}') {
        failUnmatchedClosingBrace();
      } else {
        literal_ += c;
        ++pos_;
      }
    }
    flushLiteral();
    return std::move(pieces_);
  }

 private:
  char peekAt(size_t at) const { return at < text_.size() ? text_[at] : '\0'; }
  char peek() const { return peekAt(pos_); }
  bool atEnd() const { return pos_ >= text_.size(); }

  bool consume(char c) {
    if (atEnd() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  // The source span of decoded bytes [from, to).
  Span spanOf(size_t from, size_t to) const {
    if (to <= from) return {offsets_[from], offsets_[from]};
    return {offsets_[from], offsets_[to - 1] + 1};
  }

  Span charSpanAt(size_t at) const {
    if (at >= text_.size()) return {offsets_[text_.size()], offsets_[text_.size()] + 1};
    return spanOf(at, at + utf8LeadLength(text_[at]));
  }

  void flushLiteral() {
    if (literal_.empty()) return;
    pieces_.push_back(FormatPiece{std::move(literal_), std::nullopt});
    literal_.clear();
  }

  void skipWhitespace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++pos_;
  }

  std::string_view word() {
    size_t start = pos_;
    if (atEnd() || !isIdentifierStart(peek())) return {};
    while (!atEnd() && isIdentifierContinue(peek())) ++pos_;
    return text_.substr(start, pos_ - start);
  }

  // Digits as a u16, as rustc requires of positions, widths and precisions.
  std::optional<size_t> integer() {
    size_t start = pos_;
    while (!atEnd() && isDigit(peek())) ++pos_;
    if (pos_ == start) return std::nullopt;
    std::string_view digits = text_.substr(start, pos_ - start);
    size_t value = 0;
    for (char d : digits) {
      value = value * 10 + static_cast<size_t>(d - '0');
      if (value > 65535) failIntegerOutOfRange(start);
    }
    return value;
  }

  FormatPlaceholder parsePlaceholder() {
    size_t open = pos_++;
    FormatPlaceholder placeholder;
    std::optional<FormatArgRef> position = parsePosition();
    skipWhitespace();
    if (consume(':')) parseSpec(placeholder);
    skipWhitespace();
    if (!consume('}')) failExpectedClosingBrace(open);
    if (!unknownTrait_.empty()) failUnknownTrait();
    placeholder.span = spanOf(open, pos_);
    if (position) {
      placeholder.argument = std::move(*position);
    } else {
      placeholder.argument.index = nextImplicit_++;
      placeholder.argument.implicit = true;
      placeholder.argument.span = placeholder.span;
    }
    return placeholder;
  }

  std::optional<FormatArgRef> parsePosition() {
    size_t start = pos_;
    FormatArgRef ref;
    if (std::optional<size_t> index = integer()) {
      ref.index = *index;
    } else if (std::string_view name = word(); !name.empty()) {
      ref.kind = FormatArgRef::Kind::Name;
      ref.name = std::string(name);
    } else {
      return std::nullopt;
    }
    ref.span = spanOf(start, pos_);
    return ref;
  }

  void parseSpec(FormatPlaceholder& placeholder) {
    FormatSpec& spec = placeholder.spec;
    size_t optionsStart = pos_;
    parseFillAndAlign(spec);
    if (consume('+'))
      spec.plus = true;
    else
      consume('-');  // accepted and, as in Rust, without effect
    spec.alternate = consume('#');
    parseZeroFlagAndWidth(placeholder);
    parsePrecision(placeholder);
    placeholder.hasOptions = pos_ > optionsStart;
    parseTrait(spec);
  }

  void parseFillAndAlign(FormatSpec& spec) {
    if (atEnd()) return;
    size_t fillLength = utf8LeadLength(peek());
    char after = peekAt(pos_ + fillLength);
    if (after == '<' || after == '^' || after == '>') {
      spec.fill = std::string(text_.substr(pos_, fillLength));
      pos_ += fillLength;
    }
    if (consume('<'))
      spec.align = Align::Left;
    else if (consume('^'))
      spec.align = Align::Center;
    else if (consume('>'))
      spec.align = Align::Right;
  }

  // `0$` is width-from-argument-0, not the zero flag followed by junk.
  void parseZeroFlagAndWidth(FormatPlaceholder& placeholder) {
    size_t start = pos_;
    if (consume('0')) {
      if (consume('$')) {
        placeholder.widthArg = FormatArgRef{FormatArgRef::Kind::Index, 0, {}, false, spanOf(start, pos_)};
        return;
      }
      placeholder.spec.zeroPad = true;
    }
    parseCount(placeholder.spec.width, placeholder.widthArg, pos_);
  }

  void parsePrecision(FormatPlaceholder& placeholder) {
    size_t dot = pos_;
    if (!consume('.')) return;
    if (consume('*')) {
      placeholder.precisionArg = FormatArgRef{FormatArgRef::Kind::Index, nextImplicit_++, {}, true, spanOf(dot, pos_)};
      return;
    }
    parseCount(placeholder.spec.precision, placeholder.precisionArg, dot);
  }

  // A width or precision: `5`, `1$` or `name$`; anything else leaves it unset.
  void parseCount(std::optional<size_t>& literal, std::optional<FormatArgRef>& argument, size_t spanStart) {
    if (std::optional<size_t> number = integer()) {
      if (consume('$'))
        argument = FormatArgRef{FormatArgRef::Kind::Index, *number, {}, false, spanOf(spanStart, pos_)};
      else
        literal = number;
      return;
    }
    size_t before = pos_;
    std::string_view name = word();
    if (!name.empty() && consume('$')) {
      argument = FormatArgRef{FormatArgRef::Kind::Name, 0, std::string(name), false, spanOf(before, pos_ - 1)};
      return;
    }
    pos_ = before;
  }

  void parseTrait(FormatSpec& spec) {
    if (consume('x')) {
      spec.trait = consume('?') ? FormatTrait::Debug : FormatTrait::LowerHex;
      if (spec.trait == FormatTrait::Debug) spec.debugHex = DebugHex::Lower;
    } else if (consume('X')) {
      spec.trait = consume('?') ? FormatTrait::Debug : FormatTrait::UpperHex;
      if (spec.trait == FormatTrait::Debug) spec.debugHex = DebugHex::Upper;
    } else if (consume('?')) {
      spec.trait = FormatTrait::Debug;
      if (peek() == '#' || peek() == 'x' || peek() == 'X') failFlagAfterDebug();
    } else {
      size_t start = pos_;
      std::string_view name = word();
      if (name.empty()) return;
      if (std::optional<FormatTrait> trait = traitNamed(name)) {
        spec.trait = *trait;
      } else {
        unknownTrait_ = std::string(name);
        unknownTraitSpan_ = spanOf(start, pos_);
      }
    }
  }

  static std::optional<FormatTrait> traitNamed(std::string_view name) {
    if (name == "e") return FormatTrait::LowerExp;
    if (name == "E") return FormatTrait::UpperExp;
    if (name == "o") return FormatTrait::Octal;
    if (name == "b") return FormatTrait::Binary;
    if (name == "p") return FormatTrait::Pointer;
    return std::nullopt;
  }

  // Reported only once the placeholder is closed: a malformed `{:a b}` is
  // first of all a missing brace, as rustc says.
  [[noreturn]] void failUnknownTrait() const {
    Diagnostic d;
    d.message = "unknown format trait `" + unknownTrait_ + "`";
    d.labels.push_back({unknownTraitSpan_, "", true});
    d.notes.push_back(kTraitNote);
    throw CompileError(std::move(d));
  }

  [[noreturn]] void failExpectedClosingBrace(size_t open) const {
    Diagnostic d;
    if (atEnd())
      d.message = "invalid format string: expected `}` but string was terminated";
    else
      d.message = "invalid format string: expected `}`, found `" +
                  std::string(text_.substr(pos_, utf8LeadLength(peek()))) + "`";
    d.labels.push_back({charSpanAt(pos_), "expected `}` in format string", true});
    d.labels.push_back({charSpanAt(open), "because of this opening brace", false});
    d.notes.push_back("if you intended to print `{`, you can escape it using `{{`");
    throw CompileError(std::move(d));
  }

  [[noreturn]] void failFlagAfterDebug() const {
    Diagnostic d;
    d.message = "invalid format string: expected `}`, found `" + std::string(1, peek()) + "`";
    d.labels.push_back({charSpanAt(pos_), "expected `'}'` in format string", true});
    d.helps.push_back("did you mean `" + std::string(1, peek()) + "?`?");
    throw CompileError(std::move(d));
  }

  [[noreturn]] void failUnmatchedClosingBrace() const {
    Diagnostic d;
    d.message = "invalid format string: unmatched `}` found";
    d.labels.push_back({charSpanAt(pos_), "unmatched `}` in format string", true});
    d.notes.push_back("if you intended to print `}`, you can escape it using `}}`");
    throw CompileError(std::move(d));
  }

  // rustc's span here reaches one byte past the digits; we follow it.
  [[noreturn]] void failIntegerOutOfRange(size_t start) const {
    size_t end = start;
    while (end < text_.size() && isDigit(text_[end])) ++end;
    std::string all(text_.substr(start, end - start));
    Diagnostic d;
    d.message = "invalid format string: integer `" + all + "` does not fit into the type `u16` whose range is `0..=65535`";
    Span span = spanOf(start, end);
    ++span.end;
    d.labels.push_back({span, "integer out of range for `u16` in format string", true});
    throw CompileError(std::move(d));
  }

  std::string_view text_;
  std::vector<uint32_t> offsets_;
  size_t pos_ = 0;
  size_t nextImplicit_ = 0;
  std::string unknownTrait_;  // a trait word seen in the current placeholder that names no trait
  Span unknownTraitSpan_;
  std::string literal_;
  std::vector<FormatPiece> pieces_;
};

// --- Matching references with arguments ---------------------------------------

std::string plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string describeArgumentCount(size_t count) {
  if (count == 0) return "no arguments were given";
  if (count == 1) return "there is 1 argument";
  return "there are " + std::to_string(count) + " arguments";
}

template <typename Visit>
void forEachReference(std::vector<FormatPiece>& pieces, Visit visit) {
  for (FormatPiece& piece : pieces) {
    if (!piece.placeholder) continue;
    FormatPlaceholder& p = *piece.placeholder;
    visit(p, p.argument);
    if (p.widthArg) visit(p, *p.widthArg);
    if (p.precisionArg) visit(p, *p.precisionArg);
  }
}

std::optional<Diagnostic> positionalAfterNamed(const std::vector<FormatArg>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args[i].name.empty()) continue;
    for (size_t j = 0; j < i; ++j) {
      if (args[j].name.empty()) continue;
      Diagnostic d;
      d.message = "positional arguments cannot follow named arguments";
      d.labels.push_back({args[i].span, "positional arguments must be before named arguments", true});
      d.labels.push_back({args[j].wholeSpan, "named argument", false});
      return d;
    }
  }
  return std::nullopt;
}

void resolveNamedArguments(std::vector<FormatPiece>& pieces, const std::vector<FormatArg>& args) {
  forEachReference(pieces, [&](FormatPlaceholder&, FormatArgRef& ref) {
    if (ref.kind != FormatArgRef::Kind::Name) return;
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i].name != ref.name) continue;
      ref.kind = FormatArgRef::Kind::Index;
      ref.index = i;
      return;
    }
  });
}

bool writesAnIndex(std::vector<FormatPiece>& pieces) {
  bool found = false;
  forEachReference(pieces, [&](FormatPlaceholder&, FormatArgRef& ref) {
    if (ref.kind == FormatArgRef::Kind::Index && !ref.implicit && ref.name.empty()) found = true;
  });
  return found;
}

// `{} {}` with too few arguments: rustc counts the implicit positions.
Diagnostic tooFewImplicitArguments(std::vector<FormatPiece>& pieces, const std::vector<FormatArg>& args) {
  Diagnostic d;
  size_t wanted = 0;
  std::vector<Label> stars;
  for (FormatPiece& piece : pieces) {
    if (!piece.placeholder) continue;
    const FormatPlaceholder& p = *piece.placeholder;
    bool star = p.precisionArg && p.precisionArg->implicit;
    wanted += (p.argument.implicit ? 1 : 0) + (star ? 1 : 0);
    if (p.argument.implicit || star) d.labels.push_back({p.span, "", true});
  }
  for (const FormatArg& arg : args) d.labels.push_back({arg.span, "", false});
  for (FormatPiece& piece : pieces) {
    if (!piece.placeholder || !piece.placeholder->precisionArg || !piece.placeholder->precisionArg->implicit) continue;
    const FormatArgRef& star = *piece.placeholder->precisionArg;
    d.labels.push_back({star.span,
                        "this precision flag adds an extra required argument at position " + std::to_string(star.index) +
                            ", which is why there " + (wanted == 1 ? std::string("is 1 argument") : "are " + std::to_string(wanted) + " arguments") +
                            " expected",
                        false});
    if (d.notes.empty()) d.notes.push_back("positional arguments are zero-based");
  }
  d.message = plural(wanted, "positional argument", "positional arguments") + " in format string, but " +
              describeArgumentCount(args.size());
  return d;
}

Diagnostic invalidExplicitReferences(const std::vector<size_t>& indexes, const std::vector<Span>& spans,
                                     size_t argCount) {
  std::vector<size_t> sorted = indexes;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::string list;
  if (sorted.size() == 1) {
    list = "argument " + std::to_string(sorted[0]);
  } else {
    list = "arguments ";
    for (size_t i = 0; i + 1 < sorted.size(); ++i) list += (i ? ", " : "") + std::to_string(sorted[i]);
    list += " and " + std::to_string(sorted.back());
  }
  Diagnostic d;
  d.message = "invalid reference to positional " + list + " (" + describeArgumentCount(argCount) + ")";
  for (Span s : spans) d.labels.push_back({s, "", true});
  d.notes.push_back("positional arguments are zero-based");
  return d;
}

std::optional<Diagnostic> invalidReferences(std::vector<FormatPiece>& pieces, const std::vector<FormatArg>& args) {
  std::vector<size_t> indexes;
  std::vector<Span> spans;
  bool anyOptions = false;
  forEachReference(pieces, [&](FormatPlaceholder& p, FormatArgRef& ref) {
    anyOptions = anyOptions || p.hasOptions;
    if (ref.kind != FormatArgRef::Kind::Index || ref.index < args.size()) return;
    indexes.push_back(ref.index);
    spans.push_back(ref.span);
  });
  if (indexes.empty()) return std::nullopt;
  Diagnostic d = writesAnIndex(pieces) ? invalidExplicitReferences(indexes, spans, args.size())
                                       : tooFewImplicitArguments(pieces, args);
  if (anyOptions)
    d.notes.push_back("for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html");
  return d;
}

std::optional<Diagnostic> unusedArguments(std::vector<FormatPiece>& pieces, Span literalSpan,
                                          const std::vector<FormatArg>& args, bool referencesValid) {
  std::vector<bool> used(args.size(), false);
  forEachReference(pieces, [&](FormatPlaceholder&, FormatArgRef& ref) {
    if (ref.kind == FormatArgRef::Kind::Index && ref.index < args.size()) used[ref.index] = true;
  });
  std::vector<size_t> unused;
  for (size_t i = 0; i < args.size(); ++i)
    if (!used[i]) unused.push_back(i);
  if (unused.empty()) return std::nullopt;
  Diagnostic d;
  for (size_t i : unused)
    d.labels.push_back({args[i].span, args[i].name.empty() ? "argument never used" : "named argument never used", true});
  if (unused.size() == 1) {
    d.message = d.labels[0].text;
    d.labels.push_back({literalSpan, "formatting specifier missing", false});
  } else {
    d.message = "multiple unused formatting arguments";
    d.labels.push_back({literalSpan, "multiple missing formatting specifiers", false});
  }
  if (referencesValid) {
    bool noneUsed = unused.size() == args.size();
    std::string count = unused.size() == 1 ? "a format specifier" : std::to_string(unused.size()) + " format specifiers";
    if (noneUsed)
      d.helps.push_back("format specifiers use curly braces, consider adding " + count);
    else if (unused.size() > 1)
      d.notes.push_back("consider adding " + count);
  }
  return d;
}

}  // namespace

// --- Public entry points -----------------------------------------------------------

std::vector<FormatPiece> parseFormatString(std::string_view value, std::string_view literalSource, Span literalSpan) {
  return FormatStringParser(value, literalSource, literalSpan).parse();
}

std::vector<Diagnostic> checkFormatArguments(std::vector<FormatPiece>& pieces, Span literalSpan,
                                             const std::vector<FormatArg>& args) {
  if (std::optional<Diagnostic> misordered = positionalAfterNamed(args)) return {std::move(*misordered)};
  resolveNamedArguments(pieces, args);
  std::vector<Diagnostic> errors;
  std::optional<Diagnostic> invalid = invalidReferences(pieces, args);
  if (invalid) errors.push_back(std::move(*invalid));
  if (std::optional<Diagnostic> unused = unusedArguments(pieces, literalSpan, args, !invalid))
    errors.push_back(std::move(*unused));
  return errors;
}

}  // namespace sh
