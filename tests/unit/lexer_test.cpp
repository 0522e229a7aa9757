// The lexer: token families, literal edge cases, and each lexical error in
// rustc's words.
#include <doctest/doctest.h>

#include <deque>

#include "diag/diagnostic.h"
#include "syntax/lexer.h"

using namespace sh;

namespace {

// Tokens view their file's text, so the files outlive the test.
std::vector<Token> lexText(const std::string& text) {
  static std::deque<SourceFile> files;
  return lex(files.emplace_back("main.rs", text));
}

std::vector<TokenKind> kindsOf(const std::string& text) {
  std::vector<TokenKind> kinds;
  for (const Token& t : lexText(text)) kinds.push_back(t.kind);
  return kinds;
}

Diagnostic lexError(const std::string& text) {
  try {
    lexText(text);
  } catch (const CompileError& e) {
    return e.diagnostic;
  }
  FAIL("expected a lexical error for: " << text);
  return {};
}

}  // namespace

TEST_CASE("identifiers, keywords and the lone underscore are told apart") {
  using enum TokenKind;
  CHECK(kindsOf("fn main let mut x _ _y self Self crate super union") ==
        std::vector<TokenKind>{KwFn, Ident, KwLet, KwMut, Ident, Underscore, Ident, KwSelfValue, KwSelfType, KwCrate,
                               KwSuper, Ident, Eof});
}

TEST_CASE("punctuation is matched longest first") {
  using enum TokenKind;
  CHECK(kindsOf(":: -> => .. ..= ... += <<= >>= >> << && || != == <= >= # ! ? @ $ ~") ==
        std::vector<TokenKind>{PathSep, Arrow, FatArrow, DotDot, DotDotEq, DotDotDot, PlusEq, ShlEq, ShrEq, Shr, Shl,
                               AndAnd, OrOr, Ne, EqEq, Le, Ge, Pound, Not, Question, At, Dollar, Tilde, Eof});
}

TEST_CASE("comments of every kind are skipped, block comments nest") {
  using enum TokenKind;
  CHECK(kindsOf("a // line\n/// doc\n//! inner\n/* outer /* inner */ still */ b") ==
        std::vector<TokenKind>{Ident, Ident, Eof});
}

TEST_CASE("integer literals keep their base prefix and drop underscores and suffixes") {
  auto tokens = lexText("1_000 0xff 0o17 0b1010 53u16 7usize 0xFF_i64");
  CHECK(tokens[0].value == "1000");
  CHECK(tokens[1].value == "0xff");
  CHECK(tokens[2].value == "0o17");
  CHECK(tokens[3].value == "0b1010");
  CHECK(tokens[4].value == "53");
  CHECK(tokens[4].suffix == "u16");
  CHECK(tokens[5].suffix == "usize");
  CHECK(tokens[6].value == "0xFF");
  CHECK(tokens[6].suffix == "i64");
  for (int i = 0; i < 7; ++i) CHECK(tokens[i].kind == TokenKind::Int);
}

TEST_CASE("float literals: fractions, exponents, a trailing dot and float suffixes") {
  auto tokens = lexText("1.5 1e3 2.5e-3 1. 2f64 3.0_f32");
  for (int i = 0; i < 6; ++i) CHECK(tokens[i].kind == TokenKind::Float);
  CHECK(tokens[0].value == "1.5");
  CHECK(tokens[1].value == "1e3");
  CHECK(tokens[2].value == "2.5e-3");
  CHECK(tokens[3].value == "1.");
  CHECK(tokens[4].suffix == "f64");
  CHECK(tokens[5].value == "3.0");
  CHECK(tokens[5].suffix == "f32");
}

TEST_CASE("a dot after a number is not a fraction before `.`, an identifier, or in a tuple index") {
  using enum TokenKind;
  CHECK(kindsOf("1..5") == std::vector<TokenKind>{Int, DotDot, Int, Eof});
  CHECK(kindsOf("1.max(2)") == std::vector<TokenKind>{Int, Dot, Ident, LParen, Int, RParen, Eof});
  CHECK(kindsOf("x.0.1") == std::vector<TokenKind>{Ident, Dot, Int, Dot, Int, Eof});
}

TEST_CASE("char literals with escapes are distinguished from lifetimes") {
  auto tokens = lexText(R"('a' '\n' '\'' '\u{1F600}' 'outer: '\\' 'é')");
  CHECK(tokens[0].kind == TokenKind::Char);
  CHECK(tokens[0].value == "a");
  CHECK(tokens[1].value == "\n");
  CHECK(tokens[2].value == "'");
  CHECK(tokens[3].value == "\xF0\x9F\x98\x80");
  CHECK(tokens[4].kind == TokenKind::Lifetime);
  CHECK(tokens[4].value == "outer");
  CHECK(tokens[5].kind == TokenKind::Colon);
  CHECK(tokens[6].value == "\\");
  CHECK(tokens[7].value == "\xC3\xA9");
}

TEST_CASE("string literals unescape, continue lines and keep raw strings raw") {
  auto tokens = lexText("\"a\\tb\\\\ \\\"q\\\" \\0 \\u{e9}\" \"one \\\n      two\" r\"c:\\dir\" r#\"say \"hi\"\"#");
  CHECK(tokens[0].value == std::string("a\tb\\ \"q\" ") + '\0' + " \xC3\xA9");
  CHECK(tokens[1].value == "one two");
  CHECK(tokens[2].value == "c:\\dir");
  CHECK(tokens[3].value == "say \"hi\"");
  CHECK(tokens[3].text == "r#\"say \"hi\"\"#");
}

TEST_CASE("token spans are byte offsets and the end of file sits before a final newline") {
  auto tokens = lexText("let x\n");
  CHECK(tokens[1].span.start == 4);
  CHECK(tokens[1].span.end == 5);
  CHECK(tokens[2].kind == TokenKind::Eof);
  CHECK(tokens[2].span.start == 5);
}

TEST_CASE("an unterminated string is E0765 spanning to the end of the file") {
  Diagnostic d = lexError("let s = \"abc;");
  CHECK(d.code == DiagCode::E0765);
  CHECK(d.message == "unterminated double quote string");
  CHECK(d.primarySpan().start == 8);
  CHECK(d.primarySpan().end == 13);
}

TEST_CASE("an unterminated block comment is E0758") {
  Diagnostic d = lexError("fn main() { /* /* */ }");
  CHECK(d.code == DiagCode::E0758);
  CHECK(d.message == "unterminated block comment");
}

TEST_CASE("char literal errors: unterminated, empty, and too long") {
  CHECK(lexError("let c = '(;").code == DiagCode::E0762);
  CHECK(lexError("let c = '(;").message == "unterminated character literal");
  CHECK(lexError("let c = '';").message == "empty character literal");
  CHECK(lexError("let c = 'ab';").message == "character literal may only contain one codepoint");
}

TEST_CASE("unknown characters and NUL are an unknown start of token") {
  CHECK(lexError("1 \xE2\x82\xAC 2").message == "unknown start of token: \\u{20ac}");
  CHECK(lexError(std::string("a \0 b", 5)).message == "unknown start of token: \\u{0}");
  CHECK(lexError("a \\ b").message == "unknown start of token: \\");  // printable ASCII is shown as itself, as rustc's escaped_char
  CHECK(lexError("\"a\\qb\"").message == "unknown character escape: `q`");
  CHECK(lexError("a ` b").message == "unknown start of token: `");
}

TEST_CASE("invalid UTF-8 is reported at its first bad byte") {
  Diagnostic d = lexError("let c = \xC3\x28;");
  CHECK(d.message == "couldn't read `main.rs`: stream did not contain valid UTF-8");
  CHECK(d.labels[0].text == "byte `195` is not valid utf-8");
  CHECK(d.primarySpan().start == 8);
}

TEST_CASE("bad escapes, bad digits and bad suffixes are reported") {
  CHECK(lexError(R"("\q")").message == "unknown character escape: `q`");
  CHECK(lexError(R"("\u{D800}")").message == "invalid unicode character escape");
  CHECK(lexError("0o9").message == "invalid digit for a base 8 literal");
  CHECK(lexError("1abc").message == "invalid suffix `abc` for number literal");
  CHECK(lexError("1.5u8").message == "invalid suffix `u8` for float literal");
  CHECK(lexError("r#\"open").code == DiagCode::E0748);
}

TEST_CASE("a byte literal is a u8 integer") {
  auto tokens = lexText("b'a' b'\\n'");
  CHECK(tokens[0].kind == TokenKind::Int);
  CHECK(tokens[0].value == "97");
  CHECK(tokens[0].suffix == "u8");
  CHECK(tokens[1].value == "10");
  CHECK(lexError("b'\u00e9'").message == "non-ASCII character in byte literal");
}

TEST_CASE("a byte string is the tokens of a borrowed array of u8 literals, in parentheses") {
  auto tokens = lexText("b\"a\\n\\xff\"");
  REQUIRE(tokens.size() >= 10);
  CHECK(tokens[0].kind == TokenKind::LParen);
  CHECK(tokens[1].kind == TokenKind::And);
  CHECK(tokens[2].kind == TokenKind::LBracket);
  CHECK(tokens[3].value == "97");
  CHECK(tokens[3].suffix == "u8");
  CHECK(tokens[5].value == "10");
  CHECK(tokens[7].value == "255");
  CHECK(tokens[8].kind == TokenKind::RBracket);
  CHECK(tokens[9].kind == TokenKind::RParen);
  CHECK(tokens[3].span.start == 0);
  CHECK(tokens[3].span.end == 10);
  auto empty = lexText("br\"\"");
  CHECK(empty[3].value == "0");
  CHECK(empty[4].kind == TokenKind::Semi);
  CHECK(lexError("b\"\u00e9\"").message == "non-ASCII character in byte string literal");
  CHECK(lexError("b\"ab").code == DiagCode::E0766);
}

TEST_CASE("raw identifiers are reported as unsupported") {
  CHECK(lexError("r#type").message == "raw identifiers are not supported yet");
}

TEST_CASE("tokens name themselves the way rustc does in messages") {
  auto tokens = lexText("let x ) box");
  CHECK(describeToken(tokens[0]) == "keyword `let`");
  CHECK(describeToken(tokens[1]) == "`x`");
  CHECK(describeToken(tokens[2]) == "`)`");
  CHECK(describeToken(tokens[3]) == "reserved keyword `box`");
  CHECK(describeToken(tokens[4]) == "`<eof>`");
  CHECK(tokenSpelling(TokenKind::ShlEq) == "<<=");
}
