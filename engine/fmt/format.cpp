// Rust's std formatting rules, reproduced from rustc 1.95's behaviour.
//
// The file follows the order of a `format!` call: the format string is parsed
// (with rustc's error messages and spans), its references are matched with
// the arguments, and values are rendered by primitives that all end in the
// same two padding routines, as core::fmt's do (Formatter::pad for text,
// pad_integral / pad_formatted_parts for numbers). Float digits come from
// snprintf (exact decimal expansion, round half to even, as Rust's flt2dec)
// and the shortest round-tripping digits are found by trying ever longer
// correctly rounded candidates against strtod/strtof.
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

// --- Padding --------------------------------------------------------------------

std::string repeatFill(std::string_view fill, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += fill;
  return out;
}

// Width with fill and alignment, never truncating: Formatter::padding.
std::string padToWidth(std::string_view body, const FormatSpec& spec, Align defaultAlign) {
  size_t length = utf8CharCount(body);
  if (!spec.width || *spec.width <= length) return std::string(body);
  size_t padding = *spec.width - length;
  Align align = spec.align == Align::Unspecified ? defaultAlign : spec.align;
  size_t before = align == Align::Left ? 0 : align == Align::Right ? padding : padding / 2;
  return repeatFill(spec.fill, before) + std::string(body) + repeatFill(spec.fill, padding - before);
}

// A number as sign, prefix and body: pad_integral / pad_formatted_parts. The
// `0` flag puts zeros between the sign (and prefix) and the digits.
std::string padNumber(std::string_view sign, std::string_view prefix, std::string_view body, const FormatSpec& spec) {
  std::string whole = std::string(sign) + std::string(prefix) + std::string(body);
  if (!spec.zeroPad || !spec.width || *spec.width <= utf8CharCount(whole)) return padToWidth(whole, spec, Align::Right);
  size_t zeros = *spec.width - utf8CharCount(whole);
  return std::string(sign) + std::string(prefix) + std::string(zeros, '0') + std::string(body);
}

std::string_view signOf(bool negative, const FormatSpec& spec) { return negative ? "-" : spec.plus ? "+" : ""; }

// --- Integers -------------------------------------------------------------------

std::string digitsInBase(unsigned __int128 value, unsigned base, bool upper) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  do {
    out.insert(out.begin(), digits[static_cast<unsigned>(value % base)]);
    value /= base;
  } while (value != 0);
  return out;
}

unsigned __int128 twosComplement(bool negative, unsigned __int128 magnitude, unsigned bits) {
  unsigned __int128 value = negative ? ~magnitude + 1 : magnitude;
  if (bits < 128) value &= (static_cast<unsigned __int128>(1) << bits) - 1;
  return value;
}

// Adds one to a string of decimal digits; returns true when it grew a digit.
bool incrementDecimal(std::string& digits) {
  for (size_t i = digits.size(); i-- > 0;) {
    if (digits[i] != '9') {
      ++digits[i];
      return false;
    }
    digits[i] = '0';
  }
  digits.insert(digits.begin(), '1');
  return true;
}

// Rounds `digits` (d.ddd × 10^exponent) to `keep` digits, half to even, on
// the exact digits given.
void roundDigits(std::string& digits, int& exponent, size_t keep) {
  if (digits.size() <= keep) return;
  char first = digits[keep];
  bool restNonZero = digits.find_first_not_of('0', keep + 1) != std::string::npos;
  bool lastOdd = keep > 0 && (digits[keep - 1] - '0') % 2 == 1;
  bool up = first > '5' || (first == '5' && (restNonZero || lastOdd));
  digits.resize(keep);
  if (up && incrementDecimal(digits)) {
    digits.pop_back();
    ++exponent;
  }
}

// `1.234e3`: significant digits, a point after the first, then the exponent.
std::string exponentBody(std::string digits, int exponent, std::optional<size_t> precision, bool upper) {
  if (precision) {
    roundDigits(digits, exponent, *precision + 1);
    digits.resize(*precision + 1, '0');
  }
  std::string body = digits.substr(0, 1);
  if (digits.size() > 1) body += "." + digits.substr(1);
  return body + (upper ? "E" : "e") + std::to_string(exponent);
}

std::string integerExponent(bool negative, unsigned __int128 magnitude, const FormatSpec& spec, bool upper) {
  std::string digits = digitsInBase(magnitude, 10, false);
  int exponent = static_cast<int>(digits.size()) - 1;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  return padNumber(signOf(negative, spec), "", exponentBody(digits, exponent, spec.precision, upper), spec);
}

std::string integerInRadix(bool negative, unsigned __int128 magnitude, unsigned bits, const FormatSpec& spec,
                           unsigned base, bool upper) {
  const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
  std::string digits = digitsInBase(twosComplement(negative, magnitude, bits), base, upper);
  return padNumber(spec.plus ? "+" : "", spec.alternate ? prefix : "", digits, spec);
}

// --- Floats ---------------------------------------------------------------------

// Digits d1d2...dn and exponent e of the value d1.d2...dn × 10^e.
struct DecimalDigits {
  std::string digits;
  int exponent = 0;
};

// snprintf's `%.*e` of |value|: exact, rounded half to even.
DecimalDigits scientificDigits(double magnitude, int precision) {
  std::string text(static_cast<size_t>(std::snprintf(nullptr, 0, "%.*e", precision, magnitude)) + 1, '\0');
  std::snprintf(text.data(), text.size(), "%.*e", precision, magnitude);
  size_t e = text.find('e');
  DecimalDigits out;
  for (char c : std::string_view(text).substr(0, e))
    if (c != '.') out.digits += c;
  out.exponent = std::atoi(text.c_str() + e + 1);
  return out;
}

bool roundTrips(const DecimalDigits& candidate, double magnitude, bool isF32) {
  std::string text = candidate.digits + "e" + std::to_string(candidate.exponent - static_cast<int>(candidate.digits.size()) + 1);
  if (isF32) return static_cast<double>(std::strtof(text.c_str(), nullptr)) == magnitude;
  return std::strtod(text.c_str(), nullptr) == magnitude;
}

// The neighbour of a candidate one unit away in its last digit.
DecimalDigits stepLastDigit(DecimalDigits candidate, bool up) {
  if (up) {
    if (incrementDecimal(candidate.digits)) {
      candidate.digits.pop_back();
      ++candidate.exponent;
    }
    return candidate;
  }
  size_t i = candidate.digits.size();
  while (i-- > 0 && candidate.digits[i] == '0') candidate.digits[i] = '9';
  --candidate.digits[i];
  if (candidate.digits[0] == '0' && candidate.digits.size() > 1) {
    candidate.digits.erase(0, 1);
    candidate.digits += '9';
    --candidate.exponent;
  }
  return candidate;
}

// Whether |value| lies exactly halfway between two candidates of
// `precision` + 1 digits. Cheap to rule out (the next digit must be a 5), and
// only then confirmed against the full expansion, which is exact at 780
// digits for any double.
bool exactlyHalfway(double magnitude, int precision) {
  DecimalDigits longer = scientificDigits(magnitude, precision + 1);
  if (longer.digits.back() != '5') return false;
  DecimalDigits exact = scientificDigits(magnitude, 780);
  return exact.digits.find_first_not_of('0', static_cast<size_t>(precision) + 2) == std::string::npos &&
         exact.exponent == longer.exponent;
}

// The shortest digits that read back as the same value, the closest such as
// Rust's Grisu/Dragon picks them, and the upper one on an exact tie (where
// snprintf would round to even). The correctly rounded candidate of each
// length is tried first; near a power of two the rounding interval is
// lopsided and a neighbour one unit away can fit when the nearest does not.
DecimalDigits shortestDigits(double magnitude, bool isF32) {
  if (magnitude == 0) return {"0", 0};
  int maxPrecision = isF32 ? 8 : 16;
  for (int precision = 0; precision <= maxPrecision; ++precision) {
    DecimalDigits nearest = scientificDigits(magnitude, precision);
    if (roundTrips(nearest, magnitude, isF32)) {
      if (!exactlyHalfway(magnitude, precision)) return nearest;
      DecimalDigits upper = stepLastDigit(nearest, true);
      bool roundedDown = scientificDigits(magnitude, precision + 1).digits.compare(0, nearest.digits.size(), nearest.digits) == 0;
      return roundedDown && roundTrips(upper, magnitude, isF32) ? upper : nearest;
    }
    for (bool up : {false, true}) {
      if (!up && nearest.digits == "1") continue;
      DecimalDigits neighbour = stepLastDigit(nearest, up);
      if (neighbour.digits.size() == nearest.digits.size() && roundTrips(neighbour, magnitude, isF32)) return neighbour;
    }
  }
  return scientificDigits(magnitude, maxPrecision);
}

// Plain decimal notation of d1.d2... × 10^exponent, with at least
// `minFractionDigits` digits after the point.
std::string decimalNotation(DecimalDigits d, size_t minFractionDigits) {
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits == "0") d.exponent = 0;
  std::string integerPart;
  std::string fraction;
  if (d.exponent < 0) {
    integerPart = "0";
    fraction = std::string(static_cast<size_t>(-d.exponent - 1), '0') + d.digits;
  } else if (static_cast<size_t>(d.exponent) + 1 >= d.digits.size()) {
    integerPart = d.digits + std::string(static_cast<size_t>(d.exponent) + 1 - d.digits.size(), '0');
  } else {
    integerPart = d.digits.substr(0, static_cast<size_t>(d.exponent) + 1);
    fraction = d.digits.substr(static_cast<size_t>(d.exponent) + 1);
  }
  if (fraction == "0") fraction.clear();
  if (fraction.size() < minFractionDigits) fraction.resize(minFractionDigits, '0');
  return fraction.empty() ? integerPart : integerPart + "." + fraction;
}

std::string fixedPrecision(double magnitude, size_t precision) {
  int length = std::snprintf(nullptr, 0, "%.*f", static_cast<int>(precision), magnitude);
  std::string out(static_cast<size_t>(length) + 1, '\0');
  std::snprintf(out.data(), out.size(), "%.*f", static_cast<int>(precision), magnitude);
  out.pop_back();
  return out;
}

std::string exponentOfFloat(double magnitude, bool isF32, std::optional<size_t> precision, bool upper) {
  if (magnitude == 0) return exponentBody("0", 0, precision, upper);
  if (!precision) {
    DecimalDigits d = shortestDigits(magnitude, isF32);
    while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
    return exponentBody(d.digits, d.exponent, std::nullopt, upper);
  }
  DecimalDigits d = scientificDigits(magnitude, static_cast<int>(*precision));
  return exponentBody(d.digits, d.exponent, std::nullopt, upper);
}

// Debug without precision switches to exponent notation outside [1e-4, 1e16),
// comparing in the value's own type.
bool debugPrefersExponent(double magnitude, bool isF32) {
  double upper = isF32 ? static_cast<double>(1e16f) : 1e16;
  double lower = isF32 ? static_cast<double>(1e-4f) : 1e-4;
  return magnitude != 0 && (magnitude >= upper || magnitude < lower);
}

std::string floatBody(double magnitude, bool isF32, const FormatSpec& spec) {
  switch (spec.trait) {
    case FormatTrait::LowerExp:
    case FormatTrait::UpperExp:
      return exponentOfFloat(magnitude, isF32, spec.precision, spec.trait == FormatTrait::UpperExp);
    case FormatTrait::Debug:
      if (spec.precision) return fixedPrecision(magnitude, *spec.precision);
      if (debugPrefersExponent(magnitude, isF32)) return exponentOfFloat(magnitude, isF32, std::nullopt, false);
      return decimalNotation(shortestDigits(magnitude, isF32), 1);
    default:
      if (spec.precision) return fixedPrecision(magnitude, *spec.precision);
      return decimalNotation(shortestDigits(magnitude, isF32), 0);
  }
}

// --- Chars and strings ------------------------------------------------------------

// Code points Rust's char::escape_debug writes as `\u{..}`: those its
// `is_printable` rejects and the grapheme extenders. Rust consults full
// Unicode tables; this list is an approximation covering controls, format
// characters, unusual spaces, common combining marks, private use and the
// unassigned planes.
struct CodePointRange {
  char32_t first;
  char32_t last;
};

constexpr CodePointRange kEscapedRanges[] = {
    {0x00, 0x1F},       {0x7F, 0xA0},       {0xAD, 0xAD},       {0x300, 0x36F},     {0x378, 0x379},
    {0x483, 0x489},     {0x591, 0x5BD},     {0x600, 0x605},     {0x610, 0x61A},     {0x61C, 0x61C},
    {0x64B, 0x65F},     {0x670, 0x670},     {0x6DD, 0x6DD},     {0x70F, 0x70F},     {0x900, 0x902},
    {0x93A, 0x93A},     {0x93C, 0x93C},     {0x941, 0x948},     {0x94D, 0x94D},     {0xE31, 0xE31},
    {0xE34, 0xE3A},     {0xE47, 0xE4E},     {0x1680, 0x1680},   {0x180E, 0x180E},   {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF},   {0x2000, 0x200F},   {0x2028, 0x202F},   {0x205F, 0x206F},   {0x20D0, 0x20FF},
    {0x3000, 0x3000},   {0x302A, 0x302F},   {0x3099, 0x309A},   {0xD800, 0xF8FF},   {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F},   {0xFEFF, 0xFEFF},   {0xFFF0, 0xFFFB},   {0xFFFE, 0xFFFF},   {0x1D165, 0x1D169},
    {0x1D16D, 0x1D182}, {0x1D185, 0x1D18B}, {0x1D1AA, 0x1D1AD}, {0x323B0, 0xDFFFF}, {0xE0000, 0xE0FFF},
    {0xF0000, 0x10FFFF},
};

bool escapedAsUnicode(char32_t c) {
  for (const CodePointRange& range : kEscapedRanges)
    if (c >= range.first && c <= range.last) return true;
  return false;
}

// char::escape_debug, quoting with `quote` (the other quote stays bare).
void appendEscaped(std::string& out, char32_t c, char quote) {
  switch (c) {
    case '\0': out += "\\0"; return;
    case '\t': out += "\\t"; return;
    case '\r': out += "\\r"; return;
    case '\n': out += "\\n"; return;
    case '\\': out += "\\\\"; return;
    default: break;
  }
  if (c == static_cast<char32_t>(quote)) {
    out += '\\';
    out += quote;
  } else if (escapedAsUnicode(c)) {
    out += "\\u{" + digitsInBase(c, 16, false) + "}";
  } else {
    appendUtf8(out, c);
  }
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

std::string pad(std::string_view body, const FormatSpec& spec, Align defaultAlign) {
  if (spec.precision) {
    size_t at = 0;
    for (size_t kept = 0; at < body.size() && kept < *spec.precision; ++kept) at += utf8LeadLength(body[at]);
    body = body.substr(0, at);
  }
  return padToWidth(body, spec, defaultAlign);
}

std::string formatInteger(bool negative, unsigned __int128 magnitude, unsigned bits, bool isSigned,
                          const FormatSpec& spec) {
  bool twosNegative = isSigned && negative;
  FormatTrait trait = spec.trait;
  if (trait == FormatTrait::Debug && spec.debugHex != DebugHex::None)
    trait = spec.debugHex == DebugHex::Lower ? FormatTrait::LowerHex : FormatTrait::UpperHex;
  switch (trait) {
    case FormatTrait::LowerHex: return integerInRadix(twosNegative, magnitude, bits, spec, 16, false);
    case FormatTrait::UpperHex: return integerInRadix(twosNegative, magnitude, bits, spec, 16, true);
    case FormatTrait::Octal: return integerInRadix(twosNegative, magnitude, bits, spec, 8, false);
    case FormatTrait::Binary: return integerInRadix(twosNegative, magnitude, bits, spec, 2, false);
    case FormatTrait::LowerExp: return integerExponent(twosNegative, magnitude, spec, false);
    case FormatTrait::UpperExp: return integerExponent(twosNegative, magnitude, spec, true);
    default: return padNumber(signOf(twosNegative, spec), "", digitsInBase(magnitude, 10, false), spec);
  }
}

std::string formatFloat(double value, bool isF32, const FormatSpec& spec) {
  if (std::isnan(value)) return padNumber("", "", "NaN", spec);
  std::string_view sign = signOf(std::signbit(value), spec);
  double magnitude = std::fabs(value);
  if (std::isinf(value)) return padNumber(sign, "", "inf", spec);
  return padNumber(sign, "", floatBody(magnitude, isF32, spec), spec);
}

std::string formatChar(char32_t c, const FormatSpec& spec) {
  std::string out;
  if (spec.trait == FormatTrait::Debug) {
    out += '\'';
    appendEscaped(out, c, '\'');
    out += '\'';
    return out;
  }
  appendUtf8(out, c);
  return pad(out, spec, Align::Left);
}

std::string formatStr(std::string_view text, const FormatSpec& spec) {
  if (spec.trait != FormatTrait::Debug) return pad(text, spec, Align::Left);
  std::string out = "\"";
  for (size_t at = 0; at < text.size();) appendEscaped(out, decodeUtf8At(text, at), '"');
  return out + "\"";
}

std::string formatBool(bool value, const FormatSpec& spec) { return pad(value ? "true" : "false", spec, Align::Left); }

std::string formatPointer(uint64_t address, const FormatSpec& spec) {
  FormatSpec hex = spec;
  hex.trait = FormatTrait::LowerHex;
  if (spec.alternate) {
    hex.zeroPad = true;
    if (!hex.width) hex.width = 64 / 4 + 2;
  }
  hex.alternate = true;
  return formatInteger(false, address, 64, false, hex);
}

// --- DebugWriter ----------------------------------------------------------------------

void DebugWriter::begin(Kind kind, std::string_view name, std::string_view opener) {
  beforeValue();
  out_ += name;
  out_ += opener;
  Frame frame;
  frame.kind = kind;
  frame.unnamed = name.empty();
  frames_.push_back(std::move(frame));
}

void DebugWriter::beginStruct(std::string_view name) { begin(Kind::Struct, name, ""); }
void DebugWriter::beginTuple(std::string_view name) { begin(Kind::Tuple, name, ""); }
void DebugWriter::beginList() { begin(Kind::List, "", "["); }
void DebugWriter::beginSet() { begin(Kind::Set, "", "{"); }
void DebugWriter::beginMap() { begin(Kind::Map, "", "{"); }

void DebugWriter::field(std::string_view name) {
  SH_CHECK(!frames_.empty() && frames_.back().kind == Kind::Struct, "DebugWriter::field outside a struct");
  frames_.back().pendingField = std::string(name);
}

void DebugWriter::leaf(std::string_view text) {
  beforeValue();
  writeIndented(text);
  afterValue();
}

void DebugWriter::end() {
  SH_CHECK(!frames_.empty(), "DebugWriter::end without a composite");
  Frame frame = std::move(frames_.back());
  frames_.pop_back();
  bool open = frame.entries > 0;
  if (pretty_ && open) writeIndent(frames_.size());
  switch (frame.kind) {
    case Kind::Struct:
      if (open) out_ += pretty_ ? "}" : " }";
      break;
    case Kind::Tuple:
      if (open) out_ += !pretty_ && frame.unnamed && frame.entries == 1 ? ",)" : ")";
      break;
    case Kind::List: out_ += "]"; break;
    case Kind::Set:
    case Kind::Map: out_ += "}"; break;
  }
  afterValue();
}

std::string DebugWriter::take() {
  SH_CHECK(frames_.empty(), "DebugWriter::take with a composite still open");
  return std::move(out_);
}

void DebugWriter::beforeValue() {
  if (frames_.empty()) return;
  Frame& frame = frames_.back();
  if (frame.kind == Kind::Map && frame.expectingValue) {
    out_ += ": ";
    return;
  }
  bool first = frame.entries == 0;
  if (first) {
    if (frame.kind == Kind::Struct) out_ += pretty_ ? " {" : " { ";
    if (frame.kind == Kind::Tuple) out_ += "(";
    if (pretty_) out_ += "\n";
  } else if (!pretty_) {
    out_ += ", ";
  }
  if (pretty_) writeIndent(frames_.size());
  if (frame.kind == Kind::Struct) {
    out_ += frame.pendingField;
    out_ += ": ";
  }
}

void DebugWriter::afterValue() {
  if (frames_.empty()) return;
  Frame& frame = frames_.back();
  if (frame.kind == Kind::Map && !frame.expectingValue) {
    frame.expectingValue = true;
    return;
  }
  frame.expectingValue = false;
  ++frame.entries;
  if (pretty_) out_ += ",\n";
}

void DebugWriter::writeIndent(size_t depth) { out_.append(depth * 4, ' '); }

// A leaf that spans lines keeps the indentation of where it sits, as Rust's
// PadAdapter indents everything written inside a pretty composite.
void DebugWriter::writeIndented(std::string_view text) {
  for (char c : text) {
    out_ += c;
    if (c == '\n' && pretty_) writeIndent(frames_.size());
  }
}

}  // namespace sh
