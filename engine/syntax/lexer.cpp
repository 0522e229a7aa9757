// The lexer: one pass over the bytes, one small function per token family.
//
// Like clox's scanner it looks at the current character, picks the family
// (identifier, number, quote, punctuation) and lets that family's function
// consume as much as it owns. Unlike clox it reports, never skips: the first
// malformed token stops the run with rustc's message for it, since a learner
// is better served by one exact error than by a cascade.
//
// Two places need one character of context that a pure scanner lacks:
// `'a'` versus the label `'a` (decided by whether a quote closes the
// character), and `x.0.1` (after a `.`, a number is a tuple index and never
// takes a fractional part, so `0.1` there is `0` `.` `1`).
#include "syntax/lexer.h"

#include "base/utf8.h"

#include <array>
#include <cstdio>
#include <span>

#include "diag/diagnostic.h"

namespace sh {

namespace {

struct Spelled {
  TokenKind kind;
  std::string_view text;
};

constexpr std::array kPuncts = {
#define SH_SPELLED(name, spelling) Spelled{TokenKind::name, spelling},
    SH_PUNCT_TOKENS(SH_SPELLED)};
constexpr std::array kKeywords = {SH_KEYWORD_TOKENS(SH_SPELLED)};
constexpr std::array kValues = {SH_VALUE_TOKENS(SH_SPELLED)
#undef SH_SPELLED
};

constexpr std::array<std::string_view, 12> kIntSuffixes = {"u8", "u16", "u32", "u64", "u128", "usize",
                                                           "i8", "i16", "i32", "i64", "i128", "isize"};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHexDigit(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isIdentChar(char c) { return isIdentStart(c) || isDigit(c); }
bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// How rustc prints a character in "unknown start of token: ..." and
// "unknown character escape: ..." (its `escaped_char`): printable ASCII as
// itself (a `\`, `'` or `"` too), the rest as `char::escape_default` does.
std::string escapedChar(char32_t c) {
  if (c >= 0x20 && c < 0x7F) return std::string(1, static_cast<char>(c));
  switch (c) {
    case '\t': return "\\t";
    case '\r': return "\\r";
    case '\n': return "\\n";
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\u{%x}", static_cast<unsigned>(c));
  return buf;
}

[[noreturn]] void fail(Span span, std::string message, std::string label = "", DiagCode code = DiagCode::None) {
  Diagnostic d;
  d.code = code;
  d.message = std::move(message);
  d.labels.push_back({span, std::move(label), true});
  throw CompileError(std::move(d));
}

class Lexer {
 public:
  explicit Lexer(const SourceFile& file) : file_(file), src_(file.text()) {}

  std::vector<Token> run() {
    checkUtf8();
    tokens_.reserve(src_.size() / 4 + 1);  // about a token for every four bytes of Rust
    for (skipTrivia(); pos_ < src_.size(); skipTrivia()) lexToken();
    // rustc points "found `<eof>`" at the final newline, on the last line.
    uint32_t eof = !src_.empty() && src_.back() == '\n' ? end() - 1 : end();
    tokens_.push_back({TokenKind::Eof, {eof, eof}, {}, {}, {}});
    return std::move(tokens_);
  }

 private:
  const SourceFile& file_;
  std::string_view src_;
  uint32_t pos_ = 0;
  std::vector<Token> tokens_;

  uint32_t end() const { return static_cast<uint32_t>(src_.size()); }
  char peek(uint32_t ahead = 0) const { return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0'; }
  bool atEnd() const { return pos_ >= src_.size(); }

  Token& push(TokenKind kind, uint32_t start) {
    tokens_.push_back({kind, {start, pos_}, src_.substr(start, pos_ - start), {}, {}});
    return tokens_.back();
  }

  void checkUtf8() {
    for (uint32_t i = 0; i < src_.size();) {
      uint32_t length = static_cast<uint32_t>(validUtf8Length(src_, i));
      if (length == 0)
        fail({i, i + 1}, "couldn't read `" + file_.name() + "`: stream did not contain valid UTF-8",
             "byte `" + std::to_string(static_cast<unsigned char>(src_[i])) + "` is not valid utf-8");
      i += length;
    }
  }

  void skipTrivia() {
    while (!atEnd()) {
      if (isWhitespace(peek())) {
        ++pos_;
      } else if (peek() == '/' && peek(1) == '/') {
        while (!atEnd() && peek() != '\n') ++pos_;
      } else if (peek() == '/' && peek(1) == '*') {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  // Block comments nest in Rust: `/* a /* b */ c */` is one comment.
  void skipBlockComment() {
    uint32_t start = pos_;
    pos_ += 2;
    for (int depth = 1; depth > 0;) {
      if (atEnd()) fail({start, end()}, "unterminated block comment", "", DiagCode::E0758);
      if (peek() == '/' && peek(1) == '*') {
        ++depth;
        pos_ += 2;
      } else if (peek() == '*' && peek(1) == '/') {
        --depth;
        pos_ += 2;
      } else {
        ++pos_;
      }
    }
  }

  void lexToken() {
    char c = peek();
    if (c == 'b' && peek(1) == '\'') return lexByte();
    if (c == 'b' && (peek(1) == '"' || (peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')))) return lexByteString();
    if (c == 'r' && (peek(1) == '"' || (peek(1) == '#' && (peek(2) == '"' || peek(2) == '#')))) return lexRawString();
    if (c == 'r' && peek(1) == '#' && isIdentStart(peek(2)))
      fail({pos_, pos_ + 2}, "raw identifiers are not supported yet");
    if (isIdentStart(c)) return lexIdentifier();
    if (isDigit(c)) return lexNumber();
    if (c == '"') return lexString();
    if (c == '\'') return lexQuote();
    lexPunctuation();
  }

  void lexIdentifier() {
    uint32_t start = pos_;
    while (isIdentChar(peek())) ++pos_;
    std::string_view word = src_.substr(start, pos_ - start);
    TokenKind kind = word == "_" ? TokenKind::Underscore : TokenKind::Ident;
    for (const Spelled& k : kKeywords)
      if (k.text[0] == word[0] && k.text == word) {
        kind = k.kind;
        break;
      }
    push(kind, start);
  }

  // number ::= dec_digits ('.' dec_digits?)? exponent? suffix?
  //          | ('0x' | '0o' | '0b') digits suffix?
  void lexNumber() {
    uint32_t start = pos_;
    int base = 10;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
      base = peek(1) == 'x' ? 16 : peek(1) == 'o' ? 8 : 2;
      pos_ += 2;
    }
    std::string value(src_.substr(start, pos_ - start));
    bool anyDigit = readDigits(base, value);
    if (!anyDigit) fail({start, pos_}, "no valid digits found for number");
    bool isFloat = false;
    bool tupleIndex = !tokens_.empty() && tokens_.back().kind == TokenKind::Dot;
    if (base == 10 && !tupleIndex) {
      if (peek() == '.' && peek(1) != '.' && !isIdentStart(peek(1))) {
        isFloat = true;
        value += '.';
        ++pos_;
        if (isDigit(peek())) readDigits(10, value);
      }
      bool signedExponent = (peek(1) == '+' || peek(1) == '-') && isDigit(peek(2));
      if ((peek() == 'e' || peek() == 'E') && (isDigit(peek(1)) || signedExponent)) {
        isFloat = true;
        value += peek();
        ++pos_;
        if (signedExponent) value += src_[pos_++];
        readDigits(10, value);
      }
    }
    std::string suffix = readNumberSuffix(isFloat, base);
    bool floatSuffix = suffix == "f32" || suffix == "f64";
    Token& token = push(isFloat || floatSuffix ? TokenKind::Float : TokenKind::Int, start);
    token.value = std::move(value);
    token.suffix = std::move(suffix);
  }

  // Digits of `base` and `_`; a decimal digit too large for the base is an
  // error, as rustc reports it.
  bool readDigits(int base, std::string& value) {
    bool any = false;
    for (;; ++pos_) {
      char c = peek();
      if (c == '_') continue;
      bool fits = base == 16 ? isHexDigit(c) : isDigit(c) && c - '0' < base;
      if (!fits && isDigit(c)) fail({pos_, pos_ + 1}, "invalid digit for a base " + std::to_string(base) + " literal");
      if (!fits) return any;
      value += c;
      any = true;
    }
  }

  std::string readNumberSuffix(bool isFloat, int base) {
    uint32_t start = pos_;
    while (isIdentChar(peek())) ++pos_;
    std::string suffix(src_.substr(start, pos_ - start));
    if (suffix.empty()) return suffix;
    bool valid = (suffix == "f32" || suffix == "f64") && base == 10;
    if (!isFloat)
      for (std::string_view s : kIntSuffixes) valid = valid || s == suffix;
    if (!valid) {
      std::string what = isFloat ? "float" : "number";
      fail({tokenStart(start), pos_}, "invalid suffix `" + suffix + "` for " + what + " literal",
           "invalid suffix `" + suffix + "`");
    }
    return suffix;
  }

  // The start of the number whose suffix begins at `suffixStart`.
  uint32_t tokenStart(uint32_t suffixStart) const {
    uint32_t i = suffixStart;
    while (i > 0 && (isIdentChar(src_[i - 1]) || src_[i - 1] == '.')) --i;
    return i;
  }

  // string ::= '"' (char | escape | '\' newline whitespace*)* '"'
  void lexString() {
    uint32_t start = pos_++;
    std::string value;
    while (peek() != '"') {
      if (atEnd()) fail({start, end()}, "unterminated double quote string", "", DiagCode::E0765);
      if (peek() == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
        ++pos_;
        while (isWhitespace(peek())) ++pos_;
      } else if (peek() == '\\') {
        appendUtf8(value, readEscape());
      } else if (peek() == '\r' && peek(1) == '\n') {
        ++pos_;
      } else {
        value += src_[pos_++];
      }
    }
    ++pos_;
    push(TokenKind::Str, start).value = std::move(value);
  }

  // raw_string ::= 'r' '#'* '"' any* '"' '#'*   (as many `#` on both sides)
  void lexRawString() {
    uint32_t start = pos_++;
    uint32_t hashes = 0;
    while (peek() == '#') ++hashes, ++pos_;
    if (peek() != '"') fail({start, pos_}, "found invalid character; only `#` is allowed in raw string delimitation");
    ++pos_;
    std::string closing = "\"" + std::string(hashes, '#');
    size_t close = src_.find(closing, pos_);
    if (close == std::string_view::npos) {
      Diagnostic d{DiagCode::E0748, "unterminated raw string", {{{start, start + 1}, "unterminated raw string", true}}, {}, {}, {}};
      d.notes.push_back("this raw string should be terminated with `" + closing + "`");
      throw CompileError(std::move(d));
    }
    std::string value(src_.substr(pos_, close - pos_));
    pos_ = static_cast<uint32_t>(close + closing.size());
    push(TokenKind::Str, start).value = std::move(value);
  }

  // escape ::= '\' ('n' | 'r' | 't' | '\' | '0' | '\'' | '"' | 'x' hex hex | 'u{' hex+ '}')
  char32_t readEscape(bool inBytes = false) {
    uint32_t start = pos_++;
    char c = peek();
    ++pos_;
    switch (c) {
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case '\\': return '\\';
      case '0': return '\0';
      case '\'': return '\'';
      case '"': return '"';
      case 'x': return readHexEscape(start, inBytes);
      case 'u':
        if (inBytes) fail({start, pos_}, "unicode escape in byte string", "unicode escape in byte string");
        return readUnicodeEscape(start);
    }
    uint32_t length = atEnd() ? 0 : static_cast<uint32_t>(validUtf8Length(src_, pos_ - 1));
    fail({pos_ - 1, pos_ - 1 + length}, "unknown character escape: `" + escapedChar(c) + "`",
         "unknown character escape");
  }

  char32_t readHexEscape(uint32_t start, bool inBytes) {
    if (!isHexDigit(peek()) || !isHexDigit(peek(1)))
      fail({start, pos_}, "numeric character escape is too short");
    char32_t value = static_cast<char32_t>(std::stoi(std::string(src_.substr(pos_, 2)), nullptr, 16));
    pos_ += 2;
    if (value > 0x7F && !inBytes) fail({start, pos_}, "out of range hex escape", "must be a character in the range [\\x00-\\x7f]");
    return value;
  }

  char32_t readUnicodeEscape(uint32_t start) {
    if (peek() != '{') fail({start, pos_}, "incorrect unicode escape sequence");
    ++pos_;
    char32_t value = 0;
    int digits = 0;
    for (; peek() != '}'; ++pos_) {
      if (peek() == '_') continue;
      if (!isHexDigit(peek()) || digits == 6) fail({start, pos_ + 1}, "invalid character in unicode escape");
      value = value * 16 + static_cast<char32_t>(std::stoi(std::string(1, peek()), nullptr, 16));
      ++digits;
    }
    ++pos_;
    if (digits == 0) fail({start, pos_}, "empty unicode escape", "this escape must have at least 1 hex digit");
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
      fail({start, pos_}, "invalid unicode character escape", "invalid escape");
    return value;
  }

  // char ::= '\'' (char | escape) '\''      lifetime ::= '\'' ident
  void lexQuote() {
    uint32_t start = pos_++;
    if (peek() == '\'') fail({start, pos_ + 1}, "empty character literal", "empty character literal");
    if (atEnd() || peek() == '\n') unterminatedChar(start);
    if (peek() != '\\' && isIdentStart(peek()) && peek(1) != '\'') return lexLifetime(start);
    std::string value;
    if (peek() == '\\') {
      appendUtf8(value, readEscape());
    } else {
      uint32_t length = static_cast<uint32_t>(validUtf8Length(src_, pos_));
      value = std::string(src_.substr(pos_, length));
      pos_ += length;
    }
    if (peek() != '\'') tooManyCodepointsOrUnterminated(start);
    ++pos_;
    push(TokenKind::Char, start).value = std::move(value);
  }

  // byte ::= 'b' char — a u8 literal, so it becomes an integer token with suffix u8.
  void lexByte() {
    uint32_t start = pos_;
    pos_ += 2;
    if (atEnd() || peek() == '\n') unterminatedChar(start);
    uint32_t value = 0;
    if (peek() == '\\') {
      value = readEscape(true);
    } else {
      value = static_cast<unsigned char>(peek());
      ++pos_;
      if (value > 0x7F) fail({start, pos_}, "non-ASCII character in byte literal", "must be ASCII");
    }
    if (peek() != '\'') tooManyCodepointsOrUnterminated(start);
    ++pos_;
    Token& token = push(TokenKind::Int, start);
    token.value = std::to_string(value);
    token.suffix = "u8";
  }

  // byte_string ::= 'b' string | 'b' raw_string — a `&'static [u8; N]`, so
  // it becomes the tokens of `(&[b0_u8, b1_u8, ..])` (`(&[0_u8; 0])` when
  // empty), each spanning the literal: a borrowed array of literals, which
  // is promoted to the static region as rustc places the bytes.
  void lexByteString() {
    uint32_t start = pos_++;
    std::string bytes;
    if (peek() == 'r') {
      size_t first = tokens_.size();
      lexRawString();
      bytes = tokens_.back().value;
      tokens_.resize(first);
    } else {
      ++pos_;
      while (peek() != '"') {  // unterminated: rustc points from the quote on
        if (atEnd()) fail({start + 1, end()}, "unterminated double quote byte string", "", DiagCode::E0766);
        if (peek() == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
          ++pos_;
          while (isWhitespace(peek())) ++pos_;
        } else if (peek() == '\\') {
          bytes += static_cast<char>(readEscape(true));
        } else if (peek() == '\r' && peek(1) == '\n') {
          ++pos_;
        } else if (static_cast<unsigned char>(peek()) > 0x7F) {
          fail({pos_, pos_ + static_cast<uint32_t>(validUtf8Length(src_, pos_))}, "non-ASCII character in byte string literal", "must be ASCII");
        } else {
          bytes += src_[pos_++];
        }
      }
      ++pos_;
    }
    for (size_t i = 0; i < bytes.size(); ++i)
      if (static_cast<unsigned char>(bytes[i]) > 0x7F && src_[start + 1] == 'r')
        fail({start, pos_}, "non-ASCII character in byte string literal", "must be ASCII");
    Span whole{start, pos_};
    auto token = [&](TokenKind kind, Span at, std::string value = {}, std::string suffix = {}) {
      tokens_.push_back({kind, at, src_.substr(at.start, at.end - at.start), std::move(value), std::move(suffix)});
    };
    Span first{start, start + 1}, last{pos_ - 1, pos_};
    token(TokenKind::LParen, first);
    token(TokenKind::And, first);
    token(TokenKind::LBracket, first);
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (i > 0) token(TokenKind::Comma, whole);
      token(TokenKind::Int, whole, std::to_string(static_cast<unsigned char>(bytes[i])), "u8");
    }
    if (bytes.empty()) {
      token(TokenKind::Int, whole, "0", "u8");
      token(TokenKind::Semi, whole);
      token(TokenKind::Int, whole, "0");
    }
    token(TokenKind::RBracket, last);
    token(TokenKind::RParen, last);
  }

  void lexLifetime(uint32_t start) {
    while (isIdentChar(peek())) ++pos_;
    if (peek() == '\'') fail({start, pos_ + 1}, "character literal may only contain one codepoint");
    push(TokenKind::Lifetime, start).value = std::string(src_.substr(start + 1, pos_ - start - 1));
  }

  [[noreturn]] void tooManyCodepointsOrUnterminated(uint32_t start) {
    size_t lineEnd = src_.find('\n', pos_);
    size_t close = src_.find('\'', pos_);
    if (close != std::string_view::npos && (lineEnd == std::string_view::npos || close < lineEnd))
      fail({start, static_cast<uint32_t>(close + 1)}, "character literal may only contain one codepoint");
    unterminatedChar(start);
  }

  [[noreturn]] void unterminatedChar(uint32_t start) {
    size_t lineEnd = src_.find('\n', start);
    uint32_t stop = lineEnd == std::string_view::npos ? end() : static_cast<uint32_t>(lineEnd);
    fail({start, stop}, "unterminated character literal", "", DiagCode::E0762);
  }

  // Longest match first: `..=` before `..` before `.`. The first character
  // rules out most spellings before any is compared whole (every run lexes
  // std's prelude text too: check/prelude.cpp).
  void lexPunctuation() {
    uint32_t start = pos_;
    const Spelled* best = nullptr;
    std::string_view rest = src_.substr(pos_);
    for (const Spelled& p : kPuncts)
      if (p.text[0] == rest[0] && p.kind != TokenKind::Underscore && rest.starts_with(p.text) &&
          (!best || p.text.size() > best->text.size()))
        best = &p;
    if (!best) {
      size_t at = pos_;
      char32_t c = decodeUtf8At(src_, at);
      fail({start, static_cast<uint32_t>(at)}, "unknown start of token: " + escapedChar(c));
    }
    pos_ += static_cast<uint32_t>(best->text.size());
    push(best->kind, start);
  }
};

}  // namespace

std::vector<Token> lex(const SourceFile& file) { return Lexer(file).run(); }

std::string_view tokenSpelling(TokenKind kind) {
  for (std::span<const Spelled> table : {std::span<const Spelled>(kPuncts), std::span<const Spelled>(kKeywords),
                                         std::span<const Spelled>(kValues)})
    for (const Spelled& s : table)
      if (s.kind == kind) return s.text;
  return {};
}

bool isKeyword(TokenKind kind) { return kind >= TokenKind::KwAs && kind <= TokenKind::KwTry; }

bool isReservedKeyword(TokenKind kind) { return kind >= TokenKind::KwAbstract && kind <= TokenKind::KwTry; }

std::string describeToken(const Token& token) {
  if (token.kind == TokenKind::Eof) return "`<eof>`";
  std::string quoted = "`" + std::string(token.text) + "`";
  if (isReservedKeyword(token.kind)) return "reserved keyword " + quoted;
  if (isKeyword(token.kind)) return "keyword " + quoted;
  return quoted;
}

}  // namespace sh
