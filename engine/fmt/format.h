// Rust's std formatting, as pure functions over plain C++ values.
//
// The interpreter prints what a learner's program prints, and learners compare
// it with real Rust byte for byte, so every rule here was checked against
// rustc 1.95 (tests/unit/format_test.cpp holds the evidence). The module knows
// nothing about the interpreter's values: the caller decides which primitive
// to call (an i8 is `formatInteger(..., 8, true, spec)`), and composite Debug
// output is assembled with DebugWriter from leaves the caller formats itself.
// That keeps formatting testable on its own and keeps the value model free to
// change.
//
// Floats are rendered through snprintf/strtod only, never std::to_chars:
// Emscripten 3.1.6's libc++ has no floating-point to_chars, and one code path
// on both targets means the browser and the CLI print the same digits.
//
// Format strings are parsed from the value the program sees (escapes already
// decoded) together with the literal's source text, so that every error points
// at the exact column rustc points at, even after a `\n` or `\u{..}` escape.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "diag/diagnostic.h"

namespace sh {

enum class Align { Unspecified, Left, Center, Right };

enum class FormatTrait { Display, Debug, LowerHex, UpperHex, Octal, Binary, LowerExp, UpperExp, Pointer };

// `{:x?}` / `{:X?}`: Debug output whose integers print in hex.
enum class DebugHex { None, Lower, Upper };

// A resolved format spec: everything a rendering primitive needs.
struct FormatSpec {
  std::string fill = " ";  // exactly one character, UTF-8 encoded
  Align align = Align::Unspecified;
  bool plus = false;       // `+`
  bool alternate = false;  // `#`: `0x` prefixes, and pretty `{:#?}`
  bool zeroPad = false;    // `0`: sign-aware zero padding of numbers
  std::optional<size_t> width;
  std::optional<size_t> precision;
  FormatTrait trait = FormatTrait::Display;
  DebugHex debugHex = DebugHex::None;

  bool pretty() const { return trait == FormatTrait::Debug && alternate; }
};

// A reference from a format string to an argument.
struct FormatArgRef {
  enum class Kind { Index, Name };
  Kind kind = Kind::Index;
  size_t index = 0;       // Kind::Index: 0-based position among the macro's arguments
  std::string name;       // Kind::Name: `{x}`, `{:w$}` (an inline capture unless a `name = expr` argument matches)
  bool implicit = false;  // numbered by position (`{}`, `.*`) rather than written
  Span span;              // the digits / name (`1$`, `.1$` for counts); the whole `{..}` when implicit; `.*` for a star
};

struct FormatPlaceholder {
  FormatArgRef argument;
  // Width and precision given as numbers are already in spec; given as
  // arguments (`{:w$}`, `{:1$}`, `{:.*}`) the caller reads the usize argument
  // and stores it in spec before rendering.
  FormatSpec spec;
  std::optional<FormatArgRef> widthArg;
  std::optional<FormatArgRef> precisionArg;
  Span span;  // from `{` to `}` in the source
  // Any fill, alignment, flag, width or precision was written (not just a trait).
  bool hasOptions = false;
};

// One piece of a format string: literal text, or a placeholder.
struct FormatPiece {
  std::string text;
  std::optional<FormatPlaceholder> placeholder;
};

// Splits a format string into pieces, decoding `{{` and `}}`. `value` is the
// literal's decoded value; `literalSource` is its source text including the
// quotes (`"..."`, `r"..."`, `r#"..."#`) and `literalSpan` where that text sits.
// Implicit positions (`{}`, `.*`) are numbered here, as rustc does.
// Throws CompileError with rustc's diagnostic for a malformed string.
std::vector<FormatPiece> parseFormatString(std::string_view value, std::string_view literalSource, Span literalSpan);

// One argument of a formatting macro after the format string.
struct FormatArg {
  Span span;          // the expression
  std::string name;   // `name = expr`: the name; "" for a positional argument
  Span wholeSpan;     // `name = expr` as written (the expression alone if positional)
};

// Matches placeholders with arguments the way rustc does: a `{name}` that
// names a `name = expr` argument becomes a reference by index (the others stay
// names: inline captures the caller resolves in scope), then references past
// the end and unused arguments are reported. Returns rustc's errors, in
// rustc's order; empty when the arguments fit.
std::vector<Diagnostic> checkFormatArguments(std::vector<FormatPiece>& pieces, Span literalSpan,
                                             const std::vector<FormatArg>& args);

// --- Rendering primitives (fmt/values.cpp) ----------------------------------

// What Rust's Formatter writes for a value, one entry per write_str or
// write_char call, in order (an empty write is no write). println! needs
// only the text; format! grows its String once per write, as String's
// fmt::Write pushes each, so where one write ends matters there. Writes
// made with `forward` also hand each write on as it is made: format!'s
// String grows while a learner's Display impl is still running, as in Rust.
class Writes {
 public:
  Writes() = default;
  explicit Writes(std::function<void(std::string_view)> forward) : forward_(std::move(forward)) {}
  void str(std::string_view s);                       // one write_str (or write_char)
  void fill(std::string_view fillChar, size_t times);  // write_char(fill), `times` times
  void append(const Writes& other);
  const std::string& text() const { return text_; }
  std::string take() { return std::move(text_); }
  size_t count() const { return ends_.size(); }
  std::string_view piece(size_t i) const;

 private:
  std::string text_;
  std::vector<size_t> ends_;
  std::function<void(std::string_view)> forward_;
};

// Applies precision (truncation to N characters), then width with fill and
// alignment, as Formatter::pad does for str, char and bool.
void writePadded(Writes& out, std::string_view body, const FormatSpec& spec, Align defaultAlign);
std::string pad(std::string_view body, const FormatSpec& spec, Align defaultAlign);

// An integer of `bits` bits (8..128), given as sign and magnitude. Display,
// Debug (honouring `{:x?}`), hex, octal, binary (two's complement of the
// type's width for negative values) and LowerExp/UpperExp.
void writeInteger(Writes& out, bool negative, unsigned __int128 magnitude, unsigned bits, bool isSigned, const FormatSpec& spec);
std::string formatInteger(bool negative, unsigned __int128 magnitude, unsigned bits, bool isSigned,
                          const FormatSpec& spec);

// An f64, or an f32 widened to double when `isF32`: Display, Debug, LowerExp,
// UpperExp, with or without precision.
void writeFloat(Writes& out, double value, bool isF32, const FormatSpec& spec);
std::string formatFloat(double value, bool isF32, const FormatSpec& spec);

// A char for Display (padded) or Debug (quoted and escaped, never padded).
void writeChar(Writes& out, char32_t c, const FormatSpec& spec);
std::string formatChar(char32_t c, const FormatSpec& spec);

// A str for Display (padded, truncated by precision) or Debug (quoted and
// escaped, never padded).
void writeStr(Writes& out, std::string_view text, const FormatSpec& spec);
std::string formatStr(std::string_view text, const FormatSpec& spec);

// A bool, for Display and Debug alike.
void writeBool(Writes& out, bool value, const FormatSpec& spec);
std::string formatBool(bool value, const FormatSpec& spec);

// `{:p}`: an address as `0x..` hex (`{:#p}` zero-pads to a 64-bit width).
void writePointer(Writes& out, uint64_t address, const FormatSpec& spec);
std::string formatPointer(uint64_t address, const FormatSpec& spec);

// Builds Debug output of composite values for `{:?}` and `{:#?}` alike,
// write by write as std's builders (DebugStruct, DebugTuple, DebugList ...)
// and their PadAdapters make them.
//
// The caller walks its value: begin a composite, then for each part call
// `leaf` with the part's writes (made by the primitives above, with the
// placeholder's spec: Rust applies width and fill to each leaf, not the
// whole) or open a nested composite, and `end` it. Struct fields are
// announced with `field(name)` before their value; map entries alternate key,
// value. The unit value `()` is a leaf: `writePadded("()", spec, Align::Left)`.
//
//   DebugWriter w(spec.pretty());
//   w.beginStruct("Point"); w.field("x"); w.leaf("1"); w.field("y"); w.leaf("2"); w.end();
//   w.take().text()  // "Point { x: 1, y: 2 }"  or  "Point {\n    x: 1,\n    y: 2,\n}"
//
// A writer made on a `target` writes into it as it goes (take() is then
// empty). A leaf whose writes are made over time (a learner's Debug impl
// writing through its Formatter) is opened with beginLeaf, given each write
// with leafWrite and closed with endLeaf. After fail() (an impl returned an
// error) nothing more is written, as std's builders stop at an error.
class DebugWriter {
 public:
  explicit DebugWriter(bool pretty) : pretty_(pretty), out_(&own_) {}
  DebugWriter(bool pretty, Writes& target) : pretty_(pretty), out_(&target) {}

  void beginStruct(std::string_view name);  // `Name { a: 1 }`; no fields: `Name`
  void beginTuple(std::string_view name);   // `Name(1, 2)`; "" gives `(1, 2)` and `(1,)`; no fields: `Name`
  void beginList();                         // `[1, 2]`
  void beginListBetween(std::string_view before, std::string_view after);  // `Chars(['a'])`: a list between two writes
  void beginSet();                          // `{1, 2}`
  void beginMap();                          // `{k: v}`
  void field(std::string_view name);
  void leaf(std::string_view text);         // one write_str
  void leaf(const Writes& writes);
  void beginLeaf();
  void leafWrite(std::string_view text);
  void endLeaf();
  void end();
  void fail() { failed_ = true; }

  // The finished writes; every composite must have been ended.
  Writes take();

 private:
  enum class Kind { Struct, Tuple, List, Set, Map };
  struct Frame {
    Kind kind = Kind::List;
    bool unnamed = false;    // a plain tuple `(..)`
    size_t entries = 0;
    std::string pendingField;
    bool expectingValue = false;  // a map between its key and its value
    std::string after;            // written once the composite is closed
  };

  void begin(Kind kind, std::string_view name, std::string_view opener);
  void beforeValue();
  void afterValue();
  void write(std::string_view text, size_t level);

  bool pretty_;
  bool failed_ = false;
  Writes own_;
  Writes* out_;
  std::vector<Frame> frames_;
  std::vector<bool> onNewline_;  // per open composite: its PadAdapter is at the start of a line
};

}  // namespace sh
