// Rust's formatting rules, one behaviour per test case. Every expected string
// was printed by rustc 1.95 (`format!` with the same spec), never guessed:
// the interpreter's output is compared byte for byte with real Rust. Specs
// are written as Rust writes them and parsed with parseFormatString, so each
// case reads like the Rust line it reproduces.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "fmt/format.h"

using namespace sh;

namespace {

// The literal `"text"` placed at the start of a source file.
std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::vector<FormatPiece> parse(std::string_view text) {
  std::string source = quoted(text);
  return parseFormatString(text, source, Span{0, static_cast<uint32_t>(source.size())});
}

FormatSpec specOf(std::string_view placeholder) {
  std::vector<FormatPiece> pieces = parse(placeholder);
  REQUIRE(pieces.size() == 1);
  REQUIRE(pieces[0].placeholder);
  return pieces[0].placeholder->spec;
}

std::string signedInt(std::string_view f, long long v, unsigned bits = 32) {
  bool negative = v < 0;
  unsigned __int128 magnitude = negative ? static_cast<unsigned __int128>(-(v + 1)) + 1 : static_cast<unsigned __int128>(v);
  return formatInteger(negative, magnitude, bits, true, specOf(f));
}

std::string unsignedInt(std::string_view f, unsigned __int128 v, unsigned bits = 32) {
  return formatInteger(false, v, bits, false, specOf(f));
}

std::string f64(std::string_view f, double v) { return formatFloat(v, false, specOf(f)); }
std::string f32(std::string_view f, float v) { return formatFloat(static_cast<double>(v), true, specOf(f)); }

unsigned __int128 u128Max() { return ~static_cast<unsigned __int128>(0); }

// Parses `text` as the literal and expects rustc's error.
Diagnostic parseError(std::string_view text, std::string_view source) {
  try {
    parseFormatString(text, source, Span{100, 100 + static_cast<uint32_t>(source.size())});
  } catch (const CompileError& e) {
    return e.diagnostic;
  }
  FAIL("expected a format string error");
  return {};
}

Span at(uint32_t offsetInLiteral, uint32_t length = 1) { return {100 + offsetInLiteral, 100 + offsetInLiteral + length}; }

bool sameSpan(Span a, Span b) { return a.start == b.start && a.end == b.end; }

FormatArg positional(uint32_t start, uint32_t end) { return {{start, end}, "", {start, end}}; }

}  // namespace

// --- Parsing -----------------------------------------------------------------

TEST_CASE("literal text and placeholders alternate, with doubled braces unescaped") {
  std::vector<FormatPiece> pieces = parse("a {{b}} {} c {x:?}");
  REQUIRE(pieces.size() == 4);
  CHECK(pieces[0].text == "a {b} ");
  CHECK(pieces[1].placeholder->argument.index == 0);
  CHECK(pieces[1].placeholder->argument.implicit);
  CHECK(pieces[2].text == " c ");
  CHECK(pieces[3].placeholder->argument.kind == FormatArgRef::Kind::Name);
  CHECK(pieces[3].placeholder->argument.name == "x");
  CHECK(pieces[3].placeholder->spec.trait == FormatTrait::Debug);
}

TEST_CASE("implicit positions are numbered in order, skipping explicit ones") {
  std::vector<FormatPiece> pieces = parse("{1} {} {0} {}");
  CHECK(pieces[0].placeholder->argument.index == 1);
  CHECK_FALSE(pieces[0].placeholder->argument.implicit);
  CHECK(pieces[2].placeholder->argument.index == 0);
  CHECK(pieces[2].placeholder->argument.implicit);
  CHECK(pieces[6].placeholder->argument.index == 1);
}

TEST_CASE("a full spec parses fill, alignment, sign, alternate, zero, width, precision and trait") {
  FormatSpec spec = specOf("{:_^+#010.3x?}");
  CHECK(spec.fill == "_");
  CHECK(spec.align == Align::Center);
  CHECK(spec.plus);
  CHECK(spec.alternate);
  CHECK(spec.zeroPad);
  CHECK(spec.width == 10u);
  CHECK(spec.precision == 3u);
  CHECK(spec.trait == FormatTrait::Debug);
  CHECK(spec.debugHex == DebugHex::Lower);
  // Rust prints `[+0x0000001]` for format!("[{:_^+#010.3x?}]", 1).
  CHECK(formatInteger(false, 1, 32, true, spec) == "+0x0000001");
}

TEST_CASE("a fill character may be any character, including the alignment characters") {
  CHECK(specOf("{:<<5}").fill == "<");
  CHECK(specOf("{:é^7}").fill == "é");
  CHECK(specOf("{:0<5}").fill == "0");
  CHECK_FALSE(specOf("{:0<5}").zeroPad);
  CHECK(signedInt("{:<<5}", 1) == "1<<<<");
  CHECK(signedInt("{:0<5}", 1) == "10000");
  CHECK(signedInt("{:é^7}", 1) == "ééé1ééé");
  CHECK(signedInt("{:\xF0\x9F\x98\x80>3}", 1) == "\xF0\x9F\x98\x80\xF0\x9F\x98\x80" "1");
}

TEST_CASE("every trait letter selects its trait") {
  CHECK(specOf("{}").trait == FormatTrait::Display);
  CHECK(specOf("{:?}").trait == FormatTrait::Debug);
  CHECK(specOf("{:x}").trait == FormatTrait::LowerHex);
  CHECK(specOf("{:X}").trait == FormatTrait::UpperHex);
  CHECK(specOf("{:o}").trait == FormatTrait::Octal);
  CHECK(specOf("{:b}").trait == FormatTrait::Binary);
  CHECK(specOf("{:e}").trait == FormatTrait::LowerExp);
  CHECK(specOf("{:E}").trait == FormatTrait::UpperExp);
  CHECK(specOf("{:p}").trait == FormatTrait::Pointer);
  CHECK(specOf("{:X?}").debugHex == DebugHex::Upper);
}

TEST_CASE("whitespace is allowed before the colon and the closing brace") {
  CHECK(parse("{ }")[0].placeholder->argument.implicit);
  CHECK(parse("{0 }")[0].placeholder->argument.index == 0);
  CHECK(parse("{x :>3}")[0].placeholder->spec.width == 3u);
  CHECK(parse("{:? }")[0].placeholder->spec.trait == FormatTrait::Debug);
}

TEST_CASE("a dot without a count and a zero flag without width leave them unset") {
  CHECK_FALSE(specOf("{:.}").precision);
  CHECK_FALSE(specOf("{:.x}").precision);
  CHECK(specOf("{:.x}").trait == FormatTrait::LowerHex);
  FormatSpec zeroZero = specOf("{:00}");
  CHECK(zeroZero.zeroPad);
  CHECK(zeroZero.width == 0u);
}

TEST_CASE("widths and precisions may name or number an argument") {
  FormatPlaceholder p = *parse("{:1$.2$}")[0].placeholder;
  REQUIRE(p.widthArg);
  CHECK(p.widthArg->index == 1);
  REQUIRE(p.precisionArg);
  CHECK(p.precisionArg->index == 2);
  CHECK(p.argument.index == 0);

  FormatPlaceholder named = *parse("{:w$.p$}")[0].placeholder;
  CHECK(named.widthArg->kind == FormatArgRef::Kind::Name);
  CHECK(named.widthArg->name == "w");
  CHECK(named.precisionArg->name == "p");

  FormatPlaceholder zero = *parse("{:0$}")[0].placeholder;
  CHECK(zero.widthArg->index == 0);
  CHECK_FALSE(zero.spec.zeroPad);
}

TEST_CASE("a star precision takes the next positional argument before the value") {
  std::vector<FormatPiece> pieces = parse("{:.*} {}");
  FormatPlaceholder first = *pieces[0].placeholder;
  CHECK(first.precisionArg->index == 0);
  CHECK(first.precisionArg->implicit);
  CHECK(first.argument.index == 1);
  CHECK(pieces[2].placeholder->argument.index == 2);
}

TEST_CASE("placeholder spans cover the braces and reference spans the digits or name") {
  std::vector<FormatPiece> pieces = parse("ab{0:>1$}");
  const FormatPlaceholder& p = *pieces[1].placeholder;
  CHECK(sameSpan(p.span, {3, 10}));
  CHECK(sameSpan(p.argument.span, {4, 5}));
  CHECK(sameSpan(p.widthArg->span, {7, 9}));
  CHECK(p.hasOptions);
  CHECK_FALSE(parse("{:?}")[0].placeholder->hasOptions);
}

// --- Parse errors -------------------------------------------------------------

TEST_CASE("an unexpected character in a placeholder is reported where it stands") {
  // rustc: error: invalid format string: expected `}`, found `b`, at the `b`,
  // with the opening brace labelled.
  Diagnostic d = parseError("{:a b}", "\"{:a b}\"");
  CHECK(d.message == "invalid format string: expected `}`, found `b`");
  REQUIRE(d.labels.size() == 2);
  CHECK(sameSpan(d.labels[0].span, at(5)));
  CHECK(d.labels[0].text == "expected `}` in format string");
  CHECK(d.labels[0].primary);
  CHECK(sameSpan(d.labels[1].span, at(1)));
  CHECK(d.labels[1].text == "because of this opening brace");
  CHECK_FALSE(d.labels[1].primary);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0] == "if you intended to print `{`, you can escape it using `{{`");
}

TEST_CASE("a placeholder cut off by the end of the string points at the closing quote") {
  Diagnostic d = parseError("x {0", "\"x {0\"");
  CHECK(d.message == "invalid format string: expected `}` but string was terminated");
  CHECK(sameSpan(d.labels[0].span, at(5)));
  CHECK(sameSpan(d.labels[1].span, at(3)));
  CHECK(parseError("{:?", "\"{:?\"").message == "invalid format string: expected `}` but string was terminated");
}

TEST_CASE("a lone closing brace is an unmatched brace") {
  Diagnostic d = parseError("a } b", "\"a } b\"");
  CHECK(d.message == "invalid format string: unmatched `}` found");
  REQUIRE(d.labels.size() == 1);
  CHECK(sameSpan(d.labels[0].span, at(3)));
  CHECK(d.labels[0].text == "unmatched `}` in format string");
  CHECK(d.notes[0] == "if you intended to print `}`, you can escape it using `}}`");
  CHECK(parseError("{}}", "\"{}}\"").message == "invalid format string: unmatched `}` found");
}

TEST_CASE("an unknown trait letter lists the traits rustc knows") {
  Diagnostic d = parseError("{:z}", "\"{:z}\"");
  CHECK(d.message == "unknown format trait `z`");
  CHECK(sameSpan(d.labels[0].span, at(3)));
  CHECK(d.labels[0].text.empty());
  CHECK(d.notes[0].rfind("the only appropriate formatting traits are:\n- ``, which uses the `Display` trait\n", 0) == 0);
  CHECK(parseError("{:é}", "\"{:é}\"").message == "unknown format trait `é`");
}

TEST_CASE("a second trait letter is an unexpected character") {
  CHECK(parseError("{:xx}", "\"{:xx}\"").message == "invalid format string: expected `}`, found `x`");
  CHECK(parseError("{:##x}", "\"{:##x}\"").message == "invalid format string: expected `}`, found `#`");
  CHECK(parseError("{:++}", "\"{:++}\"").message == "invalid format string: expected `}`, found `+`");
  CHECK(parseError("{ 0}", "\"{ 0}\"").message == "invalid format string: expected `}`, found `0`");
  CHECK(parseError("{-1}", "\"{-1}\"").message == "invalid format string: expected `}`, found `-`");
}

TEST_CASE("a hex letter after a question mark suggests the other order") {
  Diagnostic d = parseError("{:?x}", "\"{:?x}\"");
  CHECK(d.message == "invalid format string: expected `}`, found `x`");
  REQUIRE(d.labels.size() == 1);
  CHECK(d.labels[0].text == "expected `'}'` in format string");
  CHECK(d.helps[0] == "did you mean `x?`?");
}

TEST_CASE("a count that does not fit a u16 is out of range") {
  Diagnostic d = parseError("{:9999999999999999999999}", "\"{:9999999999999999999999}\"");
  CHECK(d.message ==
        "invalid format string: integer `9999999999999999999999` does not fit into the type `u16` whose range is `0..=65535`");
  CHECK(d.labels[0].text == "integer out of range for `u16` in format string");
  CHECK(sameSpan(d.labels[0].span, {103, 126}));  // rustc's span runs one past the digits
}

TEST_CASE("error spans count escapes in the source, not in the value") {
  // println!("\n{:a}", 1) points at the `a` in column 19: after `\n` (two source bytes).
  Diagnostic d = parseError("\n{:a}", "\"\\n{:a}\"");
  CHECK(sameSpan(d.labels[0].span, at(5)));
  Diagnostic unicode = parseError("\xC3\xA9{:a}", "\"\\u{e9}{:a}\"");
  CHECK(sameSpan(unicode.labels[0].span, at(9)));
  Diagnostic raw = parseError("{", "r#\"{\"#");
  CHECK(sameSpan(raw.labels[0].span, at(4)));
  CHECK(sameSpan(raw.labels[1].span, at(3)));
}

// --- Arguments -------------------------------------------------------------------

TEST_CASE("placeholders without any argument are counted") {
  // println!("{} {}") -> 2 positional arguments in format string, but no arguments were given
  std::vector<FormatPiece> pieces = parse("{} {}");
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 7}, {});
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "2 positional arguments in format string, but no arguments were given");
  REQUIRE(ds[0].labels.size() == 2);
  CHECK(sameSpan(ds[0].labels[0].span, {1, 3}));
  CHECK(sameSpan(ds[0].labels[1].span, {4, 6}));
  CHECK(ds[0].notes.empty());

  std::vector<FormatPiece> one = parse("{:?}");
  CHECK(checkFormatArguments(one, {0, 6}, {})[0].message ==
        "1 positional argument in format string, but no arguments were given");
}

TEST_CASE("too few arguments label each placeholder and each argument") {
  std::vector<FormatPiece> pieces = parse("{} {}");
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 7}, {positional(9, 10)});
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "2 positional arguments in format string, but there is 1 argument");
  REQUIRE(ds[0].labels.size() == 3);
  CHECK_FALSE(ds[0].labels[2].primary);
  CHECK(sameSpan(ds[0].labels[2].span, {9, 10}));
}

TEST_CASE("a star precision explains the extra argument it needs") {
  std::vector<FormatPiece> pieces = parse("{:.*}");
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 7}, {positional(9, 10)});
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "2 positional arguments in format string, but there is 1 argument");
  CHECK(ds[0].labels.back().text ==
        "this precision flag adds an extra required argument at position 0, which is why there are 2 arguments expected");
  REQUIRE(ds[0].notes.size() == 2);
  CHECK(ds[0].notes[0] == "positional arguments are zero-based");
  CHECK(ds[0].notes[1] == "for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html");
}

TEST_CASE("an explicit index past the arguments is an invalid reference") {
  // println!("{0} {2}", 1, 2)
  std::vector<FormatPiece> pieces = parse("{0} {2}");
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 9}, {positional(11, 12), positional(14, 15)});
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].message == "invalid reference to positional argument 2 (there are 2 arguments)");
  CHECK(sameSpan(ds[0].labels[0].span, {6, 7}));
  CHECK(ds[0].notes == std::vector<std::string>{"positional arguments are zero-based"});
  CHECK(ds[1].message == "argument never used");
  CHECK(ds[1].notes.empty());

  std::vector<FormatPiece> none = parse("{0} {0}");
  CHECK(checkFormatArguments(none, {0, 9}, {})[0].message ==
        "invalid reference to positional argument 0 (no arguments were given)");
  std::vector<FormatPiece> two = parse("{1} {2}");
  CHECK(checkFormatArguments(two, {0, 9}, {positional(11, 12)})[0].message ==
        "invalid reference to positional arguments 1 and 2 (there is 1 argument)");
}

TEST_CASE("an invalid width reference mentions the formatting flags documentation") {
  std::vector<FormatPiece> pieces = parse("{:1$}");
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 7}, {positional(9, 10)});
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "invalid reference to positional argument 1 (there is 1 argument)");
  CHECK(sameSpan(ds[0].labels[0].span, {3, 5}));
  CHECK(ds[0].notes.size() == 2);
}

TEST_CASE("one extra argument is never used") {
  // println!("{}", 1, 2)
  std::vector<FormatPiece> pieces = parse("{}");
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 4}, {positional(6, 7), positional(9, 10)});
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "argument never used");
  REQUIRE(ds[0].labels.size() == 2);
  CHECK(sameSpan(ds[0].labels[0].span, {9, 10}));
  CHECK(ds[0].labels[0].text == "argument never used");
  CHECK(sameSpan(ds[0].labels[1].span, {0, 4}));
  CHECK(ds[0].labels[1].text == "formatting specifier missing");
}

TEST_CASE("several extra arguments are multiple unused formatting arguments") {
  // println!("{}", 1, 2, x = 3)
  std::vector<FormatPiece> pieces = parse("{}");
  std::vector<FormatArg> args = {positional(6, 7), positional(9, 10), {{17, 18}, "x", {13, 18}}};
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 4}, args);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "multiple unused formatting arguments");
  CHECK(ds[0].labels[0].text == "argument never used");
  CHECK(ds[0].labels[1].text == "named argument never used");
  CHECK(ds[0].labels[2].text == "multiple missing formatting specifiers");
  CHECK(ds[0].notes == std::vector<std::string>{"consider adding 2 format specifiers"});
}

TEST_CASE("arguments with no placeholder at all suggest adding braces") {
  std::vector<FormatPiece> pieces = parse("hello");
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 7}, {positional(9, 10)});
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].helps == std::vector<std::string>{"format specifiers use curly braces, consider adding a format specifier"});
}

TEST_CASE("a name matching a named argument becomes its index and other names stay captures") {
  // println!("{x} {} {y:w$}", 1, x = 2, w = 3)
  std::vector<FormatPiece> pieces = parse("{x} {} {y:w$}");
  std::vector<FormatArg> args = {positional(20, 21), {{27, 28}, "x", {23, 28}}, {{34, 35}, "w", {30, 35}}};
  CHECK(checkFormatArguments(pieces, {0, 15}, args).empty());
  CHECK(pieces[0].placeholder->argument.kind == FormatArgRef::Kind::Index);
  CHECK(pieces[0].placeholder->argument.index == 1);
  CHECK(pieces[2].placeholder->argument.index == 0);
  CHECK(pieces[4].placeholder->argument.kind == FormatArgRef::Kind::Name);
  CHECK(pieces[4].placeholder->argument.name == "y");
  CHECK(pieces[4].placeholder->widthArg->index == 2);
}

TEST_CASE("a named argument can be used by position") {
  std::vector<FormatPiece> pieces = parse("{}");
  CHECK(checkFormatArguments(pieces, {0, 4}, {{{10, 11}, "x", {6, 11}}}).empty());
}

TEST_CASE("positional arguments cannot follow named arguments") {
  std::vector<FormatPiece> pieces = parse("{:w$}");
  std::vector<FormatArg> args = {positional(9, 10), {{14, 15}, "w", {12, 15}}, positional(17, 18)};
  std::vector<Diagnostic> ds = checkFormatArguments(pieces, {0, 7}, args);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "positional arguments cannot follow named arguments");
  CHECK(ds[0].labels[0].text == "positional arguments must be before named arguments");
  CHECK(sameSpan(ds[0].labels[1].span, {12, 15}));
  CHECK(ds[0].labels[1].text == "named argument");
}

// --- Integers ------------------------------------------------------------------------

TEST_CASE("integers display in decimal with a minus sign") {
  CHECK(signedInt("{}", 42) == "42");
  CHECK(signedInt("{}", -42) == "-42");
  CHECK(signedInt("{}", -9223372036854775807LL - 1, 64) == "-9223372036854775808");
  CHECK(unsignedInt("{}", u128Max(), 128) == "340282366920938463463374607431768211455");
  CHECK(formatInteger(true, static_cast<unsigned __int128>(1) << 127, 128, true, specOf("{}")) ==
        "-170141183460469231731687303715884105728");
}

TEST_CASE("a plus flag signs non-negative integers") {
  CHECK(signedInt("{:+}", 42) == "+42");
  CHECK(signedInt("{:+}", 0) == "+0");
  CHECK(signedInt("{:+}", -5) == "-5");
  CHECK(signedInt("{:-}", 1) == "1");
  CHECK(signedInt("{:-5}", -1) == "   -1");
}

TEST_CASE("integers align right by default and honour explicit alignment") {
  CHECK(signedInt("{:5}", 42) == "   42");
  CHECK(signedInt("{:<5}", 42) == "42   ");
  CHECK(signedInt("{:^5}", 42) == " 42  ");
  CHECK(signedInt("{:^6}", 42) == "  42  ");
  CHECK(signedInt("{:*^7}", -42) == "**-42**");
  CHECK(signedInt("{:^+7}", 1) == "  +1   ");
  CHECK(signedInt("{:0>5}", -1) == "000-1");
}

TEST_CASE("zero padding goes between the sign and the digits and overrides alignment") {
  CHECK(signedInt("{:05}", 42) == "00042");
  CHECK(signedInt("{:05}", -42) == "-0042");
  CHECK(signedInt("{:+05}", 42) == "+0042");
  CHECK(signedInt("{:<05}", 42) == "00042");
  CHECK(signedInt("{:x<05}", 42) == "00042");
  CHECK(unsignedInt("{:05}", 1, 8) == "00001");
}

TEST_CASE("precision is ignored for integers") {
  CHECK(signedInt("{:.3}", 42) == "42");
  CHECK(signedInt("{:08.3}", 42) == "00000042");
}

TEST_CASE("integers print in hex, octal and binary with optional prefixes") {
  CHECK(signedInt("{:x}", 255) == "ff");
  CHECK(signedInt("{:X}", 255) == "FF");
  CHECK(signedInt("{:#x}", 255) == "0xff");
  CHECK(signedInt("{:#X}", 255) == "0xFF");
  CHECK(signedInt("{:o}", 8) == "10");
  CHECK(signedInt("{:#o}", 8) == "0o10");
  CHECK(signedInt("{:b}", 5) == "101");
  CHECK(signedInt("{:#b}", 5) == "0b101");
  CHECK(signedInt("{:x}", 0) == "0");
  CHECK(signedInt("{:#x}", 0) == "0x0");
  CHECK(signedInt("{:+x}", 255) == "+ff");
  CHECK(signedInt("{:+#x}", 255) == "+0xff");
}

TEST_CASE("zero padding of a prefixed number goes after the prefix") {
  CHECK(signedInt("{:#010b}", 5) == "0b00000101");
  CHECK(signedInt("{:010b}", 5) == "0000000101");
  CHECK(signedInt("{:#10b}", 5) == "     0b101");
  CHECK(signedInt("{:#06x}", -1, 8) == "0x00ff");
}

TEST_CASE("a negative i8 in hex prints its two's complement") {
  CHECK(signedInt("{:x}", -1, 8) == "ff");
  CHECK(signedInt("{:x}", -1, 16) == "ffff");
  CHECK(signedInt("{:x}", -1, 32) == "ffffffff");
  CHECK(signedInt("{:x}", -1, 64) == "ffffffffffffffff");
  CHECK(signedInt("{:x}", -1, 128) == "ffffffffffffffffffffffffffffffff");
  CHECK(signedInt("{:b}", -2, 8) == "11111110");
  CHECK(signedInt("{:o}", -1, 8) == "377");
  CHECK(signedInt("{:#x}", -128, 8) == "0x80");
}

TEST_CASE("integers in exponent notation drop trailing zeros") {
  CHECK(signedInt("{:e}", 1000) == "1e3");
  CHECK(signedInt("{:e}", 1234) == "1.234e3");
  CHECK(signedInt("{:E}", 1234) == "1.234E3");
  CHECK(signedInt("{:e}", 0) == "0e0");
  CHECK(signedInt("{:e}", -1234) == "-1.234e3");
  CHECK(signedInt("{:e}", 5) == "5e0");
  CHECK(signedInt("{:e}", 1200) == "1.2e3");
  CHECK(unsignedInt("{:e}", 120000, 64) == "1.2e5");
  CHECK(unsignedInt("{:e}", u128Max(), 128) == "3.40282366920938463463374607431768211455e38");
}

TEST_CASE("integer exponent precision rounds half to even and pads with zeros") {
  CHECK(signedInt("{:.2e}", 1234) == "1.23e3");
  CHECK(signedInt("{:.2e}", 1235) == "1.24e3");
  CHECK(signedInt("{:.2e}", 1245) == "1.24e3");
  CHECK(signedInt("{:.2e}", 1225) == "1.22e3");
  CHECK(signedInt("{:.1e}", 1250) == "1.2e3");
  CHECK(signedInt("{:.1e}", 1251) == "1.3e3");
  CHECK(signedInt("{:.0e}", 15) == "2e1");
  CHECK(signedInt("{:.0e}", 25) == "2e1");
  CHECK(signedInt("{:.0e}", 95) == "1e2");
  CHECK(signedInt("{:.5e}", 1) == "1.00000e0");
  CHECK(signedInt("{:.2e}", 999) == "9.99e2");
  CHECK(unsignedInt("{:.3e}", u128Max(), 128) == "3.403e38");
}

TEST_CASE("integer exponent notation pads like a number") {
  CHECK(signedInt("{:10e}", 1234) == "   1.234e3");
  CHECK(signedInt("{:010e}", 1234) == "0001.234e3");
  CHECK(signedInt("{:+e}", 1234) == "+1.234e3");
}

TEST_CASE("integer Debug is Display unless a hex Debug flag is given") {
  CHECK(signedInt("{:?}", 42) == "42");
  CHECK(signedInt("{:5?}", 42) == "   42");
  CHECK(signedInt("{:+?}", 42) == "+42");
  CHECK(signedInt("{:#?}", 42) == "42");
  CHECK(signedInt("{:08?}", -42) == "-0000042");
  CHECK(signedInt("{:x?}", 255) == "ff");
  CHECK(signedInt("{:X?}", 255) == "FF");
  CHECK(signedInt("{:#x?}", 255) == "0xff");
  CHECK(signedInt("{:x?}", -1, 8) == "ff");
}

TEST_CASE("a pointer prints as 0x-prefixed hex and the alternate form zero-pads it") {
  CHECK(formatPointer(0x55658ba6b930, specOf("{:p}")) == "0x55658ba6b930");
  CHECK(formatPointer(0x1000, specOf("{:#p}")) == "0x0000000000001000");
  CHECK(formatPointer(0x1000, specOf("{:10p}")) == "    0x1000");
}

// --- Floats --------------------------------------------------------------------------

TEST_CASE("float Display prints the shortest digits that round-trip, never an exponent") {
  CHECK(f64("{}", 0.1 + 0.2) == "0.30000000000000004");
  CHECK(f64("{}", 1e21) == "1000000000000000000000");
  CHECK(f64("{}", 1e-7) == "0.0000001");
  CHECK(f64("{}", 2.0) == "2");
  CHECK(f64("{}", 100.0) == "100");
  CHECK(f64("{}", 1e16) == "10000000000000000");
  CHECK(f64("{}", 1.0 / 3.0) == "0.3333333333333333");
  CHECK(f64("{}", 123456789.125) == "123456789.125");
  CHECK(f64("{}", 1e23) == "100000000000000000000000");
  CHECK(f64("{}", 9007199254740993.0) == "9007199254740992");
  CHECK(f64("{}", 0.000001) == "0.000001");
  CHECK(f64("{}", 1.5e300) == "15" + std::string(299, '0'));
  CHECK(f64("{}", 5e-324) == "0." + std::string(323, '0') + "5");
}

TEST_CASE("float Debug keeps a decimal point and switches to exponents outside 1e-4 to 1e16") {
  CHECK(f64("{:?}", 0.1 + 0.2) == "0.30000000000000004");
  CHECK(f64("{:?}", 2.0) == "2.0");
  CHECK(f64("{:?}", 100.0) == "100.0");
  CHECK(f64("{:?}", 1e21) == "1e21");
  CHECK(f64("{:?}", 1e-7) == "1e-7");
  CHECK(f64("{:?}", 1e16) == "1e16");
  CHECK(f64("{:?}", 1e15) == "1000000000000000.0");
  CHECK(f64("{:?}", 9999999999999998.0) == "9999999999999998.0");
  CHECK(f64("{:?}", 1e-5) == "1e-5");
  CHECK(f64("{:?}", 0.0001) == "0.0001");
  CHECK(f64("{:?}", 0.00012345) == "0.00012345");
  CHECK(f64("{:?}", 1.5e-5) == "1.5e-5");
  CHECK(f64("{:?}", 1.5e300) == "1.5e300");
  CHECK(f64("{:?}", 1e301) == "1e301");
  CHECK(f64("{:?}", 123e-20) == "1.23e-18");
  CHECK(f64("{:?}", -1.5e-10) == "-1.5e-10");
  CHECK(f64("{:?}", 4.35) == "4.35");
  CHECK(f64("{:#?}", 1.0) == "1.0");
  CHECK(f64("{:#}", 1.0) == "1");
}

TEST_CASE("extreme doubles print their shortest round-trip digits") {
  CHECK(f64("{:?}", 5e-324) == "5e-324");
  CHECK(f64("{:?}", 1.7976931348623157e308) == "1.7976931348623157e308");
  CHECK(f64("{:?}", 2.2250738585072014e-308) == "2.2250738585072014e-308");
  CHECK(f64("{:e}", 1.7976931348623157e308) == "1.7976931348623157e308");
}

TEST_CASE("NaN and infinities print as Rust spells them") {
  double nan = std::numeric_limits<double>::quiet_NaN();
  double inf = std::numeric_limits<double>::infinity();
  CHECK(f64("{}", nan) == "NaN");
  CHECK(f64("{:?}", nan) == "NaN");
  CHECK(f64("{}", -nan) == "NaN");
  CHECK(f64("{:+}", nan) == "NaN");
  CHECK(f64("{}", inf) == "inf");
  CHECK(f64("{}", -inf) == "-inf");
  CHECK(f64("{:?}", -inf) == "-inf");
  CHECK(f64("{:+}", inf) == "+inf");
  CHECK(f64("{:e}", nan) == "NaN");
  CHECK(f64("{:e}", inf) == "inf");
  CHECK(f64("{:.2}", nan) == "NaN");
  CHECK(f64("{:.3?}", inf) == "inf");
}

TEST_CASE("NaN and infinities are zero padded like numbers") {
  double nan = std::numeric_limits<double>::quiet_NaN();
  double inf = std::numeric_limits<double>::infinity();
  CHECK(f64("{:05}", nan) == "00NaN");
  CHECK(f64("{:05}", inf) == "00inf");
  CHECK(f64("{:05}", -inf) == "-0inf");
  CHECK(f64("{:>6}", nan) == "   NaN");
}

TEST_CASE("negative zero keeps its sign") {
  CHECK(f64("{}", -0.0) == "-0");
  CHECK(f64("{:?}", -0.0) == "-0.0");
  CHECK(f64("{}", 0.0) == "0");
  CHECK(f64("{:?}", 0.0) == "0.0");
  CHECK(f64("{:+}", 0.0) == "+0");
  CHECK(f64("{:.2}", -0.0) == "-0.00");
  CHECK(f64("{:.1}", -0.04) == "-0.0");
  CHECK(f64("{:e}", -0.0) == "-0e0");
}

TEST_CASE("float precision rounds the exact binary value half to even") {
  CHECK(f64("{:.2}", 0.125) == "0.12");
  CHECK(f64("{:.2}", 0.375) == "0.38");
  CHECK(f64("{:.0}", 2.5) == "2");
  CHECK(f64("{:.0}", 0.5) == "0");
  CHECK(f64("{:.0}", 1.5) == "2");
  CHECK(f64("{:.0}", 3.5) == "4");
  CHECK(f64("{:.1}", 0.25) == "0.2");
  CHECK(f64("{:.1}", 0.35) == "0.3");
  CHECK(f64("{:.2}", 1.005) == "1.00");
  CHECK(f64("{:.3}", 3.14159) == "3.142");
  CHECK(f64("{:.30}", 0.1) == "0.100000000000000005551115123126");
  CHECK(f64("{:.2}", 1e21) == "1000000000000000000000.00");
  CHECK(f64("{:.0}", 1e21) == "1000000000000000000000");
}

TEST_CASE("float Debug with precision prints fixed decimals") {
  CHECK(f64("{:.2?}", 1.0) == "1.00");
  CHECK(f64("{:.2?}", 1e20) == "100000000000000000000.00");
  CHECK(f64("{:.2?}", 1e-7) == "0.00");
  CHECK(f64("{:.0?}", 2.5) == "2");
}

TEST_CASE("floats pad with sign-aware zeros and align right by default") {
  CHECK(f64("{:08.2}", -3.14159) == "-0003.14");
  CHECK(f64("{:+08.2}", 3.14159) == "+0003.14");
  CHECK(f64("{:8.2}", -3.14159) == "   -3.14");
  CHECK(f64("{:<8.2}", 3.14159) == "3.14    ");
  CHECK(f64("{:^9.2}", 3.14159) == "  3.14   ");
  CHECK(f64("{:*>9}", 1.5) == "******1.5");
  CHECK(f64("{:08}", -1.5) == "-00001.5");
  CHECK(f64("{:08?}", -1.5) == "-00001.5");
  CHECK(f64("{:8?}", 2.0) == "     2.0");
  CHECK(f64("{:+}", 1.5) == "+1.5");
}

TEST_CASE("floats in exponent notation use shortest digits or exact precision") {
  CHECK(f64("{:e}", 1234.5) == "1.2345e3");
  CHECK(f64("{:E}", 1234.5) == "1.2345E3");
  CHECK(f64("{:e}", 0.0) == "0e0");
  CHECK(f64("{:e}", 1e-7) == "1e-7");
  CHECK(f64("{:e}", 1.0) == "1e0");
  CHECK(f64("{:e}", 0.1 + 0.2) == "3.0000000000000004e-1");
  CHECK(f64("{:.2e}", 1234.5) == "1.23e3");
  CHECK(f64("{:.2e}", 1235.0) == "1.24e3");
  CHECK(f64("{:.2e}", 1225.0) == "1.22e3");
  CHECK(f64("{:.0e}", 2.5) == "2e0");
  CHECK(f64("{:.3e}", 0.0) == "0.000e0");
  CHECK(f64("{:12.3e}", 1234.5) == "     1.234e3");
  CHECK(f64("{:012.3e}", -1234.5) == "-00001.234e3");
  CHECK(f64("{:+e}", 1234.5) == "+1.2345e3");
}

TEST_CASE("f32 values print the shortest digits of an f32") {
  CHECK(f32("{}", 0.1f) == "0.1");
  CHECK(f32("{:?}", 0.1f) == "0.1");
  CHECK(f32("{}", 0.1f + 0.2f) == "0.3");
  CHECK(f32("{}", 1.0f / 3.0f) == "0.33333334");
  CHECK(f32("{:?}", 1e16f) == "1e16");
  CHECK(f32("{:?}", 1e15f) == "1000000000000000.0");
  CHECK(f32("{}", 16777216.0f) == "16777216");
  CHECK(f32("{}", std::numeric_limits<float>::max()) == "340282350000000000000000000000000000000");
  CHECK(f32("{:?}", std::numeric_limits<float>::max()) == "3.4028235e38");
  CHECK(f32("{:?}", std::numeric_limits<float>::min()) == "1.1754944e-38");
  CHECK(f32("{:e}", 0.1f) == "1e-1");
  CHECK(f32("{:.10}", 0.1f) == "0.1000000015");
  CHECK(f32("{:.2}", 2.675f) == "2.67");
  CHECK(f32("{:e}", 123456.0f) == "1.23456e5");
  CHECK(f32("{}", 8.589973e9f) == "8589974000");
  CHECK(f32("{:?}", 1.2379400392853803e27f) == "1.2379401e27");
  CHECK(f32("{:?}", 1.0e-45f) == "1e-45");
}

// --- Chars, strings, bools -------------------------------------------------------------

TEST_CASE("a char displays as itself and pads to the left") {
  CHECK(formatChar('a', specOf("{}")) == "a");
  CHECK(formatChar('a', specOf("{:5}")) == "a    ");
  CHECK(formatChar('a', specOf("{:>5}")) == "    a");
  CHECK(formatChar('a', specOf("{:.0}")) == "");
  CHECK(formatChar('a', specOf("{:05}")) == "a    ");
}

TEST_CASE("char Debug quotes and escapes, and ignores width") {
  CHECK(formatChar('a', specOf("{:?}")) == "'a'");
  CHECK(formatChar('\n', specOf("{:?}")) == "'\\n'");
  CHECK(formatChar('\'', specOf("{:?}")) == "'\\''");
  CHECK(formatChar('"', specOf("{:?}")) == "'\"'");
  CHECK(formatChar('\\', specOf("{:?}")) == "'\\\\'");
  CHECK(formatChar('\0', specOf("{:?}")) == "'\\0'");
  CHECK(formatChar('\t', specOf("{:?}")) == "'\\t'");
  CHECK(formatChar('\r', specOf("{:?}")) == "'\\r'");
  CHECK(formatChar('a', specOf("{:5?}")) == "'a'");
}

TEST_CASE("char Debug escapes controls, unusual spaces and combining marks as unicode") {
  FormatSpec debug = specOf("{:?}");
  CHECK(formatChar(0x1b, debug) == "'\\u{1b}'");
  CHECK(formatChar(0x7f, debug) == "'\\u{7f}'");
  CHECK(formatChar(0x80, debug) == "'\\u{80}'");
  CHECK(formatChar(0x9f, debug) == "'\\u{9f}'");
  CHECK(formatChar(0xa0, debug) == "'\\u{a0}'");
  CHECK(formatChar(0xad, debug) == "'\\u{ad}'");
  CHECK(formatChar(0x301, debug) == "'\\u{301}'");
  CHECK(formatChar(0x200b, debug) == "'\\u{200b}'");
  CHECK(formatChar(0x200d, debug) == "'\\u{200d}'");
  CHECK(formatChar(0x2028, debug) == "'\\u{2028}'");
  CHECK(formatChar(0x3000, debug) == "'\\u{3000}'");
  CHECK(formatChar(0xfeff, debug) == "'\\u{feff}'");
  CHECK(formatChar(0xe000, debug) == "'\\u{e000}'");
  CHECK(formatChar(0xffff, debug) == "'\\u{ffff}'");
  CHECK(formatChar(0xfe0f, debug) == "'\\u{fe0f}'");
  CHECK(formatChar(0x10ffff, debug) == "'\\u{10ffff}'");
  CHECK(formatChar(0x378, debug) == "'\\u{378}'");
}

TEST_CASE("char Debug prints printable non-ASCII characters as they are") {
  FormatSpec debug = specOf("{:?}");
  CHECK(formatChar(0xe9, debug) == "'\xC3\xA9'");
  CHECK(formatChar(0x4e2d, debug) == "'\xE4\xB8\xAD'");
  CHECK(formatChar(0x1f600, debug) == "'\xF0\x9F\x98\x80'");
  CHECK(formatChar(0xfffd, debug) == "'\xEF\xBF\xBD'");
  CHECK(formatChar(0x2070, debug) == "'\xE2\x81\xB0'");
}

TEST_CASE("str Debug escapes double quotes but not single quotes") {
  FormatSpec debug = specOf("{:?}");
  CHECK(formatStr("a\"b\n", debug) == "\"a\\\"b\\n\"");
  CHECK(formatStr("it's", debug) == "\"it's\"");
  using namespace std::string_view_literals;
  CHECK(formatStr("tab\there\\ \r \0 \x1b \x7f \xC3\xA9 \xF0\x9F\x98\x80"sv, debug) ==
        "\"tab\\there\\\\ \\r \\0 \\u{1b} \\u{7f} \xC3\xA9 \xF0\x9F\x98\x80\"");
  CHECK(formatStr("multi\nline", debug) == "\"multi\\nline\"");
}

TEST_CASE("str Debug escapes every combining mark, not only a leading one") {
  CHECK(formatStr("e\xCC\x81\xCC\x81", specOf("{:?}")) == "\"e\\u{301}\\u{301}\"");
}

TEST_CASE("str Debug ignores width and precision") {
  CHECK(formatStr("ab", specOf("{:10?}")) == "\"ab\"");
  CHECK(formatStr("ab", specOf("{:<10?}")) == "\"ab\"");
  CHECK(formatStr("ab", specOf("{:.1?}")) == "\"ab\"");
}

TEST_CASE("strings pad to the left by default and count characters, not bytes") {
  CHECK(formatStr("hi", specOf("{}")) == "hi");
  CHECK(formatStr("ab", specOf("{:8}")) == "ab      ");
  CHECK(formatStr("ab", specOf("{:>8}")) == "      ab");
  CHECK(formatStr("ab", specOf("{:^8}")) == "   ab   ");
  CHECK(formatStr("ab", specOf("{:^7}")) == "  ab   ");
  CHECK(formatStr("ab", specOf("{:-^7}")) == "--ab---");
  CHECK(formatStr("h\xC3\xA9llo", specOf("{:6}")) == "h\xC3\xA9llo ");
  CHECK(formatStr("abcdef", specOf("{:2}")) == "abcdef");
}

TEST_CASE("string precision truncates to that many characters before padding") {
  CHECK(formatStr("abcdef", specOf("{:.3}")) == "abc");
  CHECK(formatStr("abcdef", specOf("{:5.3}")) == "abc  ");
  CHECK(formatStr("abcdef", specOf("{:>5.3}")) == "  abc");
  CHECK(formatStr("h\xC3\xA9llo", specOf("{:.2}")) == "h\xC3\xA9");
  CHECK(formatStr("ab", specOf("{:.0}")) == "");
}

TEST_CASE("numeric flags have no effect on strings") {
  CHECK(formatStr("ab", specOf("{:06}")) == "ab    ");
  CHECK(formatStr("ab", specOf("{:+}")) == "ab");
  CHECK(formatStr("ab", specOf("{:#}")) == "ab");
}

TEST_CASE("bools pad and truncate like strings in Display and Debug") {
  CHECK(formatBool(true, specOf("{:5}")) == "true ");
  CHECK(formatBool(false, specOf("{:>5}")) == "false");
  CHECK(formatBool(true, specOf("{:.2}")) == "tr");
  CHECK(formatBool(true, specOf("{:?}")) == "true");
  CHECK(formatBool(true, specOf("{:6?}")) == "true  ");
}

TEST_CASE("the unit value is a padded leaf") {
  CHECK(pad("()", specOf("{:?}"), Align::Left) == "()");
  CHECK(pad("()", specOf("{:5?}"), Align::Left) == "()   ");
}

// --- Debug of composite values ---------------------------------------------------------

namespace {

std::string list(bool pretty, std::initializer_list<std::string_view> leaves) {
  DebugWriter w(pretty);
  w.beginList();
  for (std::string_view leaf : leaves) w.leaf(leaf);
  w.end();
  return w.take().text();
}

void point(DebugWriter& w, std::string_view x, std::string_view y) {
  w.beginStruct("Point");
  w.field("x");
  w.leaf(x);
  w.field("y");
  w.leaf(y);
  w.end();
}

std::string tuple(bool pretty, std::string_view name, std::initializer_list<std::string_view> leaves) {
  DebugWriter w(pretty);
  w.beginTuple(name);
  for (std::string_view leaf : leaves) w.leaf(leaf);
  w.end();
  return w.take().text();
}

}  // namespace

TEST_CASE("a list is bracketed and comma separated, one entry per line when pretty") {
  CHECK(list(false, {"1", "2", "3"}) == "[1, 2, 3]");
  CHECK(list(true, {"1", "2", "3"}) == "[\n    1,\n    2,\n    3,\n]");
}

TEST_CASE("an empty list is the same in both modes") {
  CHECK(list(false, {}) == "[]");
  CHECK(list(true, {}) == "[]");
}

TEST_CASE("a struct names its fields") {
  DebugWriter flat(false);
  point(flat, "1", "2");
  CHECK(flat.take().text() == "Point { x: 1, y: 2 }");
  DebugWriter pretty(true);
  point(pretty, "1", "2");
  CHECK(pretty.take().text() == "Point {\n    x: 1,\n    y: 2,\n}");
}

TEST_CASE("a struct without fields prints its name alone") {
  DebugWriter unit(true);
  unit.beginStruct("Marker");
  unit.end();
  CHECK(unit.take().text() == "Marker");
  DebugWriter empty(false);
  empty.beginStruct("Empty");
  empty.end();
  CHECK(empty.take().text() == "Empty");
}

TEST_CASE("tuples and tuple structs use parentheses and a one-tuple keeps its comma") {
  CHECK(tuple(false, "", {"1", "\"a\""}) == "(1, \"a\")");
  CHECK(tuple(true, "", {"1", "\"a\""}) == "(\n    1,\n    \"a\",\n)");
  CHECK(tuple(false, "", {"5"}) == "(5,)");
  CHECK(tuple(true, "", {"5"}) == "(\n    5,\n)");
  CHECK(tuple(false, "P", {"1", "2"}) == "P(1, 2)");
  CHECK(tuple(true, "P", {"1", "2"}) == "P(\n    1,\n    2,\n)");
}

TEST_CASE("Some wraps its value and None is a bare name") {
  CHECK(tuple(false, "Some", {"5"}) == "Some(5)");
  CHECK(tuple(true, "Some", {"5"}) == "Some(\n    5,\n)");
  CHECK(tuple(false, "None", {}) == "None");
  CHECK(tuple(true, "None", {}) == "None");
  CHECK(tuple(false, "Err", {"\"bad\""}) == "Err(\"bad\")");
}

TEST_CASE("nested composites indent one level deeper per level") {
  auto wrap = [](bool pretty) {
    DebugWriter w(pretty);
    w.beginTuple("Wrap");
    w.beginList();
    point(w, "1", "2");
    point(w, "3", "4");
    w.end();
    w.end();
    return w.take().text();
  };
  CHECK(wrap(false) == "Wrap([Point { x: 1, y: 2 }, Point { x: 3, y: 4 }])");
  CHECK(wrap(true) ==
        "Wrap(\n    [\n        Point {\n            x: 1,\n            y: 2,\n        },\n        Point {\n"
        "            x: 3,\n            y: 4,\n        },\n    ],\n)");
}

TEST_CASE("a struct with a list and an option field nests in pretty mode") {
  auto named = [](bool pretty) {
    DebugWriter w(pretty);
    w.beginStruct("Named");
    w.field("name");
    w.leaf("\"n\\\"q\"");
    w.field("tags");
    w.beginList();
    w.leaf("\"a\"");
    w.leaf("\"b\"");
    w.end();
    w.field("inner");
    w.beginTuple("Some");
    point(w, "1", "2");
    w.end();
    w.end();
    return w.take().text();
  };
  CHECK(named(false) == "Named { name: \"n\\\"q\", tags: [\"a\", \"b\"], inner: Some(Point { x: 1, y: 2 }) }");
  CHECK(named(true) ==
        "Named {\n    name: \"n\\\"q\",\n    tags: [\n        \"a\",\n        \"b\",\n    ],\n    inner: Some(\n"
        "        Point {\n            x: 1,\n            y: 2,\n        },\n    ),\n}");
}

TEST_CASE("enum variants mix struct, tuple and unit shapes") {
  auto shapes = [](bool pretty) {
    DebugWriter w(pretty);
    w.beginList();
    w.beginStruct("Circle");
    w.field("r");
    w.leaf("1.0");
    w.end();
    w.beginTuple("Square");
    w.leaf("2.5");
    w.end();
    w.beginStruct("Dot");
    w.end();
    w.end();
    return w.take().text();
  };
  CHECK(shapes(false) == "[Circle { r: 1.0 }, Square(2.5), Dot]");
  CHECK(shapes(true) == "[\n    Circle {\n        r: 1.0,\n    },\n    Square(\n        2.5,\n    ),\n    Dot,\n]");
}

TEST_CASE("an empty nested list stays on one line in pretty mode") {
  DebugWriter w(true);
  w.beginList();
  w.beginList();
  w.leaf("1");
  w.end();
  w.beginList();
  w.end();
  w.end();
  CHECK(w.take().text() == "[\n    [\n        1,\n    ],\n    [],\n]");
  DebugWriter wrap(true);
  wrap.beginTuple("Wrap");
  wrap.beginList();
  wrap.end();
  wrap.end();
  CHECK(wrap.take().text() == "Wrap(\n    [],\n)");
}

TEST_CASE("maps pair keys with values and sets are braced") {
  auto map = [](bool pretty) {
    DebugWriter w(pretty);
    w.beginMap();
    w.leaf("1");
    w.leaf("\"a\"");
    w.leaf("2");
    w.leaf("\"b\"");
    w.end();
    return w.take().text();
  };
  CHECK(map(false) == "{1: \"a\", 2: \"b\"}");
  CHECK(map(true) == "{\n    1: \"a\",\n    2: \"b\",\n}");
  DebugWriter nested(true);
  nested.beginMap();
  nested.leaf("1");
  nested.beginList();
  nested.leaf("1");
  nested.leaf("2");
  nested.end();
  nested.end();
  CHECK(nested.take().text() == "{\n    1: [\n        1,\n        2,\n    ],\n}");
  DebugWriter empty(true);
  empty.beginMap();
  empty.end();
  CHECK(empty.take().text() == "{}");
  DebugWriter set(false);
  set.beginSet();
  set.leaf("1");
  set.leaf("2");
  set.end();
  CHECK(set.take().text() == "{1, 2}");
  DebugWriter prettySet(true);
  prettySet.beginSet();
  prettySet.leaf("1");
  prettySet.leaf("2");
  prettySet.end();
  CHECK(prettySet.take().text() == "{\n    1,\n    2,\n}");
}

TEST_CASE("width and fill apply to each leaf, not to the whole value") {
  FormatSpec five = specOf("{:5?}");
  CHECK(list(false, {signedInt("{:5?}", 1), signedInt("{:5?}", 2)}) == "[    1,     2]");
  CHECK(list(false, {signedInt("{:<5?}", 1), signedInt("{:<5?}", 2)}) == "[1    , 2    ]");
  CHECK(list(false, {signedInt("{:05?}", 1), signedInt("{:05?}", 2)}) == "[00001, 00002]");
  CHECK(list(five.pretty(), {signedInt("{:#5?}", 1), signedInt("{:#5?}", 2)}) == "[    1,     2]");
  CHECK(list(specOf("{:#5?}").pretty(), {signedInt("{:#5?}", 1), signedInt("{:#5?}", 2)}) ==
        "[\n        1,\n        2,\n]");
  CHECK(list(false, {formatStr("a", five), formatStr("b", five)}) == "[\"a\", \"b\"]");
  DebugWriter w(false);
  point(w, signedInt("{:5?}", 1), signedInt("{:5?}", 2));
  CHECK(w.take().text() == "Point { x:     1, y:     2 }");
}

TEST_CASE("leaves of composites use the spec's precision and hex flags") {
  CHECK(list(false, {f64("{:.1?}", 1.25), f64("{:.1?}", 2.0)}) == "[1.2, 2.0]");
  CHECK(list(false, {signedInt("{:x?}", 10), signedInt("{:x?}", 11)}) == "[a, b]");
  CHECK(list(specOf("{:#x?}").pretty(), {signedInt("{:#x?}", 10), signedInt("{:#x?}", 11)}) ==
        "[\n    0xa,\n    0xb,\n]");
  CHECK(list(false, {formatChar('a', specOf("{:?}")), formatChar('\'', specOf("{:?}"))}) == "['a', '\\'']");
}

TEST_CASE("pretty Debug is only the alternate form of Debug") {
  CHECK(specOf("{:#?}").pretty());
  CHECK_FALSE(specOf("{:?}").pretty());
  CHECK_FALSE(specOf("{:#}").pretty());
}

// The writes themselves: format! grows its String once per write, so these
// are the boundaries std's Formatter makes (checked against rustc's
// allocation log by the golden programs in tests/programs/format_growth/).
std::vector<std::string> piecesOf(const Writes& w) {
  std::vector<std::string> out;
  for (size_t i = 0; i < w.count(); ++i) out.emplace_back(w.piece(i));
  return out;
}

TEST_CASE("pad_integral writes the sign, the prefix, each fill character and the digits separately") {
  Writes minus;
  writeInteger(minus, true, 19, 32, true, specOf("{}"));
  CHECK(piecesOf(minus) == std::vector<std::string>{"-", "19"});
  Writes binary;
  writeInteger(binary, false, 5, 32, true, specOf("{:+#07b}"));
  CHECK(piecesOf(binary) == std::vector<std::string>{"+", "0b", "0", "101"});
  Writes right;
  writeInteger(right, false, 7, 32, true, specOf("{:>3}"));
  CHECK(piecesOf(right) == std::vector<std::string>{" ", " ", "7"});
}

TEST_CASE("a float is written part by part: digits, point, digits, zeros") {
  Writes shortest;
  writeFloat(shortest, 1234567.125, false, specOf("{}"));
  CHECK(piecesOf(shortest) == std::vector<std::string>{"1234567", ".", "125"});
  Writes hundred;
  writeFloat(hundred, 100.0, false, specOf("{:?}"));
  CHECK(piecesOf(hundred) == std::vector<std::string>{"1", "00", ".", "0"});
  Writes small;
  writeFloat(small, 0.0012, false, specOf("{}"));
  CHECK(piecesOf(small) == std::vector<std::string>{"0.", "00", "12"});
}

TEST_CASE("a str's Debug writes the quotes, each printable run and each escape apart") {
  Writes w;
  writeStr(w, "ab\ncd\"", specOf("{:?}"));
  CHECK(piecesOf(w) == std::vector<std::string>{"\"", "ab", "\\n", "cd", "\\\"", "\""});
}

TEST_CASE("pretty Debug writes each level's indentation through its own PadAdapter") {
  DebugWriter w(true);
  w.beginTuple("Some");
  w.beginList();
  w.leaf("1");
  w.end();
  w.end();
  CHECK(piecesOf(w.take()) ==
        std::vector<std::string>{"Some", "(\n", "    ", "[", "\n", "    ", "    ", "1", ",\n", "    ", "]", ",\n", ")"});
}
