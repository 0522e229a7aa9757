// Rust's std formatting of values, reproduced from rustc 1.95's behaviour,
// write by write.
//
// core::fmt writes a value as a series of write_str and write_char calls on
// its output: pad_integral writes the sign, the `0x` prefix and the digits
// separately and each fill character on its own; a float is its sign and
// parts (digits, point, runs of zeros); a str's Debug is a quote, runs of
// printable text and each escape, and a quote; the Debug builders write
// their punctuation between the fields, and in `{:#?}` a PadAdapter per
// level writes the indentation before each line. format! grows its String
// by exactly those writes, so they are kept (Writes), not just their text.
// Float digits come from snprintf (exact decimal expansion, round half to
// even, as Rust's flt2dec) and the shortest round-tripping digits are found
// by trying ever longer correctly rounded candidates against strtod/strtof.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "base/unicode.h"
#include "base/utf8.h"
#include "fmt/format.h"

namespace sh {

// --- Writes ---------------------------------------------------------------------

void Writes::str(std::string_view s) {
  if (s.empty()) return;
  text_ += s;
  ends_.push_back(text_.size());
  if (forward_) forward_(s);
}

void Writes::fill(std::string_view fillChar, size_t times) {
  for (size_t i = 0; i < times; ++i) str(fillChar);
}

void Writes::append(const Writes& other) {
  for (size_t i = 0; i < other.count(); ++i) str(other.piece(i));
}

std::string_view Writes::piece(size_t i) const {
  size_t start = i == 0 ? 0 : ends_[i - 1];
  return std::string_view(text_).substr(start, ends_[i] - start);
}

namespace {

// --- Padding --------------------------------------------------------------------

struct Padding {
  size_t before = 0, after = 0;
};

// Formatter::padding: `padding` fill characters split by the alignment.
Padding paddingOf(size_t padding, const FormatSpec& spec, Align defaultAlign) {
  Align align = spec.align == Align::Unspecified ? defaultAlign : spec.align;
  size_t before = align == Align::Left ? 0 : align == Align::Right ? padding : padding / 2;
  return {before, padding - before};
}

// pad_integral: sign (write_char), prefix, digits; to a width, fill
// characters one at a time before and after, or with `0` zeros between the
// sign and prefix and the digits.
void writeNumber(Writes& out, std::string_view sign, std::string_view prefix, std::string_view digits, const FormatSpec& spec) {
  size_t width = sign.size() + utf8CharCount(prefix) + digits.size();
  if (!spec.width || width >= *spec.width) {
    out.str(sign);
    out.str(prefix);
    out.str(digits);
  } else if (spec.zeroPad) {
    out.str(sign);
    out.str(prefix);
    out.fill("0", *spec.width - width);
    out.str(digits);
  } else {
    Padding p = paddingOf(*spec.width - width, spec, Align::Right);
    out.fill(spec.fill, p.before);
    out.str(sign);
    out.str(prefix);
    out.str(digits);
    out.fill(spec.fill, p.after);
  }
}

std::string_view signOf(bool negative, const FormatSpec& spec) { return negative ? "-" : spec.plus ? "+" : ""; }

// One of flt2dec's parts: text written as it is (Copy, Num), or a run of
// zeros (Zero), which std writes from a 64-zero constant, 64 at a time.
struct Part {
  std::string text;
  bool zeros = false;
};
using Parts = std::vector<Part>;

Part zeros(size_t n) { return {std::string(n, '0'), true}; }

// pad_formatted_parts: a float's (or an integer exponent's) sign and parts.
void writeParts(Writes& out, std::string_view sign, const Parts& parts, const FormatSpec& spec) {
  size_t length = sign.size();
  for (const Part& part : parts) length += part.text.size();
  auto partsOut = [&] {
    for (const Part& part : parts) {
      if (!part.zeros) {
        out.str(part.text);
        continue;
      }
      for (size_t at = 0; at < part.text.size(); at += 64) out.str(std::string_view(part.text).substr(at, 64));
    }
  };
  if (!spec.width || *spec.width <= length) {
    out.str(sign);
    partsOut();
  } else if (spec.zeroPad) {
    out.str(sign);
    out.fill("0", *spec.width - length);
    partsOut();
  } else {
    Padding p = paddingOf(*spec.width - length, spec, Align::Right);
    out.fill(spec.fill, p.before);
    out.str(sign);
    partsOut();
    out.fill(spec.fill, p.after);
  }
}

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

// flt2dec's digits_to_exp_str: `1`, `.`, the other digits, zeros up to
// `minDigits`, then `e` (or `e-`) and the exponent, each a part.
Parts exponentParts(const std::string& digits, int exponent, size_t minDigits, bool upper) {
  Parts parts{{digits.substr(0, 1)}};
  if (digits.size() > 1 || minDigits > 1) {
    parts.push_back({"."});
    parts.push_back({digits.substr(1)});
    if (minDigits > digits.size()) parts.push_back(zeros(minDigits - digits.size()));
  }
  parts.push_back({std::string(upper ? "E" : "e") + (exponent < 0 ? "-" : "")});
  parts.push_back({std::to_string(exponent < 0 ? -exponent : exponent)});
  return parts;
}

// LowerExp of an integer (core::fmt::num's exp_u128): the digits without
// trailing zeros, rounded to the precision, zeros added up to it; the
// mantissa and exponent are one write unless such zeros sit between them
// (measured against rustc 1.95's allocation log).
void writeIntegerExponent(Writes& out, bool negative, unsigned __int128 magnitude, const FormatSpec& spec, bool upper) {
  std::string digits = digitsInBase(magnitude, 10, false);
  int exponent = static_cast<int>(digits.size()) - 1;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  size_t minDigits = 0;
  if (spec.precision) {
    roundDigits(digits, exponent, *spec.precision + 1);
    minDigits = *spec.precision + 1;
  }
  std::string mantissa = digits.substr(0, 1);
  if (digits.size() > 1 || minDigits > 1) mantissa += "." + digits.substr(1);
  std::string exp = std::string(upper ? "E" : "e") + std::to_string(exponent);
  Parts parts{{mantissa + exp}};  // std 1.95 writes them as one, unless zeros go between
  if (minDigits > digits.size()) parts = {{mantissa}, zeros(minDigits - digits.size()), {exp}};
  writeParts(out, signOf(negative, spec), parts, spec);
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
// No trailing zeros: flt2dec's shortest digits never end in one.
DecimalDigits shortestDigits(double magnitude, bool isF32) {
  int maxPrecision = isF32 ? 8 : 16;
  DecimalDigits found = scientificDigits(magnitude, maxPrecision);
  for (int precision = 0; precision <= maxPrecision; ++precision) {
    DecimalDigits nearest = scientificDigits(magnitude, precision);
    if (roundTrips(nearest, magnitude, isF32)) {
      found = nearest;
      if (exactlyHalfway(magnitude, precision)) {
        DecimalDigits upper = stepLastDigit(nearest, true);
        bool roundedDown = scientificDigits(magnitude, precision + 1).digits.compare(0, nearest.digits.size(), nearest.digits) == 0;
        if (roundedDown && roundTrips(upper, magnitude, isF32)) found = upper;
      }
      break;
    }
    bool stepped = false;
    for (bool up : {false, true}) {
      if (!up && nearest.digits == "1") continue;
      DecimalDigits neighbour = stepLastDigit(nearest, up);
      if (neighbour.digits.size() == nearest.digits.size() && roundTrips(neighbour, magnitude, isF32)) {
        found = neighbour;
        stepped = true;
        break;
      }
    }
    if (stepped) break;
  }
  while (found.digits.size() > 1 && found.digits.back() == '0') found.digits.pop_back();
  return found;
}

// flt2dec's digits_to_dec_str: the digits `buf` of 0.buf × 10^exp, with at
// least `fractionDigits` digits after the point, as parts.
Parts decimalParts(const std::string& buf, int exp, size_t fractionDigits) {
  Parts parts;
  size_t len = buf.size();
  if (exp <= 0) {
    size_t minusExp = static_cast<size_t>(-exp);
    parts = {{"0."}, zeros(minusExp), {buf}};
    if (fractionDigits > len && fractionDigits - len > minusExp) parts.push_back(zeros(fractionDigits - len - minusExp));
  } else if (static_cast<size_t>(exp) < len) {
    parts = {{buf.substr(0, static_cast<size_t>(exp))}, {"."}, {buf.substr(static_cast<size_t>(exp))}};
    if (fractionDigits > len - static_cast<size_t>(exp)) parts.push_back(zeros(fractionDigits - (len - static_cast<size_t>(exp))));
  } else {
    parts = {{buf}, zeros(static_cast<size_t>(exp) - len)};
    if (fractionDigits > 0) {
      parts.push_back({"."});
      parts.push_back(zeros(fractionDigits));
    }
  }
  return parts;
}

// Zero: `0` or `0.` and zeros.
Parts zeroParts(size_t fractionDigits) {
  if (fractionDigits == 0) return {{"0"}};
  return {{"0."}, zeros(fractionDigits)};
}

// The shortest decimal of |value|, at least `fractionDigits` after the point.
Parts shortestDecimalParts(double magnitude, bool isF32, size_t fractionDigits) {
  if (magnitude == 0) return zeroParts(fractionDigits);
  DecimalDigits d = shortestDigits(magnitude, isF32);
  return decimalParts(d.digits, d.exponent + 1, fractionDigits);
}

// How many digits flt2dec's exact mode computes at most (its buffer:
// estimate_max_buf_len of the binary exponent decode gives the value);
// past them it writes zeros.
size_t exactDigitLimit(double magnitude, bool isF32) {
  int exponent = 0;
  uint64_t mantissa = 0;
  if (isF32) {
    float f = static_cast<float>(magnitude);
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    int field = static_cast<int>((bits >> 23) & 0xFF);
    mantissa = field == 0 ? (bits & 0x7FFFFF) << 1 : (bits & 0x7FFFFF) | 0x800000;
    exponent = field - 127 - 23;
    if (field != 0) exponent -= mantissa == 0x800000 ? 2 : 1;
  } else {
    uint64_t bits;
    std::memcpy(&bits, &magnitude, 8);
    int field = static_cast<int>((bits >> 52) & 0x7FF);
    mantissa = field == 0 ? (bits & 0xFFFFFFFFFFFFF) << 1 : (bits & 0xFFFFFFFFFFFFF) | 0x10000000000000;
    exponent = field - 1023 - 52;
    if (field != 0) exponent -= mantissa == 0x10000000000000 ? 2 : 1;
  }
  return 21 + (static_cast<size_t>((exponent < 0 ? -12 : 5) * exponent) >> 4);
}

// `{:.N}`: every digit from the first significant one down to 10^-N,
// rounded half to even (flt2dec's exact mode), at most exactDigitLimit of
// them and zeros after; zero when it rounds away.
Parts exactDecimalParts(double magnitude, bool isF32, size_t precision) {
  if (magnitude == 0) return zeroParts(precision);
  int length = std::snprintf(nullptr, 0, "%.*f", static_cast<int>(precision), magnitude);
  std::string text(static_cast<size_t>(length) + 1, '\0');
  std::snprintf(text.data(), text.size(), "%.*f", static_cast<int>(precision), magnitude);
  text.pop_back();
  size_t point = text.find('.');
  std::string integer = text.substr(0, point), all = integer + (point == std::string::npos ? "" : text.substr(point + 1));
  size_t first = all.find_first_not_of('0');
  if (first == std::string::npos) return zeroParts(precision);
  std::string buf = all.substr(first);
  int exp = static_cast<int>(integer.size()) - static_cast<int>(first);
  size_t limit = exactDigitLimit(magnitude, isF32);
  if (buf.size() > limit) {
    DecimalDigits d = scientificDigits(magnitude, static_cast<int>(limit) - 1);
    buf = d.digits;
    exp = d.exponent + 1;
  }
  return decimalParts(buf, exp, precision);
}

Parts exponentPartsOf(double magnitude, bool isF32, std::optional<size_t> precision, bool upper) {
  if (magnitude == 0) {
    if (precision && *precision > 0) return {{"0."}, zeros(*precision), {upper ? "E0" : "e0"}};
    return {{upper ? "0E0" : "0e0"}};
  }
  if (!precision) {
    DecimalDigits d = shortestDigits(magnitude, isF32);
    return exponentParts(d.digits, d.exponent, 0, upper);
  }
  size_t digits = std::min(*precision + 1, exactDigitLimit(magnitude, isF32));
  DecimalDigits d = scientificDigits(magnitude, static_cast<int>(digits) - 1);
  return exponentParts(d.digits, d.exponent, *precision + 1, upper);
}

// Debug without precision switches to exponent notation outside [1e-4, 1e16),
// comparing in the value's own type.
bool debugPrefersExponent(double magnitude, bool isF32) {
  double upper = isF32 ? static_cast<double>(1e16f) : 1e16;
  double lower = isF32 ? static_cast<double>(1e-4f) : 1e-4;
  return magnitude != 0 && (magnitude >= upper || magnitude < lower);
}

Parts floatParts(double magnitude, bool isF32, const FormatSpec& spec) {
  switch (spec.trait) {
    case FormatTrait::LowerExp: case FormatTrait::UpperExp:
      return exponentPartsOf(magnitude, isF32, spec.precision, spec.trait == FormatTrait::UpperExp);
    case FormatTrait::Debug:
      if (spec.precision) return exactDecimalParts(magnitude, isF32, *spec.precision);
      if (debugPrefersExponent(magnitude, isF32)) return exponentPartsOf(magnitude, isF32, std::nullopt, false);
      return shortestDecimalParts(magnitude, isF32, 1);
    default:
      if (spec.precision) return exactDecimalParts(magnitude, isF32, *spec.precision);
      return shortestDecimalParts(magnitude, isF32, 0);
  }
}

// --- Chars and strings ------------------------------------------------------------

// char::escape_debug's one-write escapes, quoting with `quote` (the other
// quote stays bare); "" for a char written as itself.
std::string escapeOf(char32_t c, char quote) {
  switch (c) {
    case '\0': return "\\0";
    case '\t': return "\\t";
    case '\r': return "\\r";
    case '\n': return "\\n";
    case '\\': return "\\\\";
    default: break;
  }
  if (c == static_cast<char32_t>(quote)) return std::string("\\") + quote;
  if (charHas(CharProperty::DebugEscaped, c)) return "\\u{" + digitsInBase(c, 16, false) + "}";
  return "";
}

}  // namespace

// --- Public entry points -------------------------------------------------------------

// Formatter::pad: precision truncates to N characters, then width pads
// with fill characters written one at a time.
void writePadded(Writes& out, std::string_view body, const FormatSpec& spec, Align defaultAlign) {
  if (spec.precision) {
    size_t at = 0;
    for (size_t kept = 0; at < body.size() && kept < *spec.precision; ++kept) at += utf8LeadLength(body[at]);
    body = body.substr(0, at);
  }
  size_t length = utf8CharCount(body);
  if (!spec.width || *spec.width <= length) {
    out.str(body);
    return;
  }
  Padding p = paddingOf(*spec.width - length, spec, defaultAlign);
  out.fill(spec.fill, p.before);
  out.str(body);
  out.fill(spec.fill, p.after);
}

void writeInteger(Writes& out, bool negative, unsigned __int128 magnitude, unsigned bits, bool isSigned, const FormatSpec& spec) {
  bool twosNegative = isSigned && negative;
  FormatTrait trait = spec.trait;
  if (trait == FormatTrait::Debug && spec.debugHex != DebugHex::None)
    trait = spec.debugHex == DebugHex::Lower ? FormatTrait::LowerHex : FormatTrait::UpperHex;
  unsigned base = trait == FormatTrait::LowerHex || trait == FormatTrait::UpperHex ? 16 : trait == FormatTrait::Octal ? 8 : 2;
  switch (trait) {
    case FormatTrait::LowerHex: case FormatTrait::UpperHex: case FormatTrait::Octal: case FormatTrait::Binary: {
      const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
      std::string digits = digitsInBase(twosComplement(twosNegative, magnitude, bits), base, trait == FormatTrait::UpperHex);
      writeNumber(out, spec.plus ? "+" : "", spec.alternate ? prefix : "", digits, spec);
      return;
    }
    case FormatTrait::LowerExp: case FormatTrait::UpperExp:
      writeIntegerExponent(out, twosNegative, magnitude, spec, trait == FormatTrait::UpperExp);
      return;
    case FormatTrait::Display: case FormatTrait::Debug: case FormatTrait::Pointer:
      writeNumber(out, signOf(twosNegative, spec), "", digitsInBase(magnitude, 10, false), spec);
      return;
  }
}

void writeFloat(Writes& out, double value, bool isF32, const FormatSpec& spec) {
  if (std::isnan(value)) return writeParts(out, "", {{"NaN"}}, spec);
  std::string_view sign = signOf(std::signbit(value), spec);
  double magnitude = std::fabs(value);
  if (std::isinf(value)) return writeParts(out, sign, {{"inf"}}, spec);
  writeParts(out, sign, floatParts(magnitude, isF32, spec), spec);
}

// Display: the char itself (one write), or padded; Debug: quote, the char
// or its escape, quote.
void writeChar(Writes& out, char32_t c, const FormatSpec& spec) {
  if (spec.trait == FormatTrait::Debug) {
    out.str("'");
    std::string escaped = escapeOf(c, '\'');
    out.str(escaped.empty() ? utf8Of(c) : escaped);
    out.str("'");
    return;
  }
  writePadded(out, utf8Of(c), spec, Align::Left);
}

// Display: padded; Debug: a quote, each run of chars written as themselves,
// each escape, a quote.
void writeStr(Writes& out, std::string_view text, const FormatSpec& spec) {
  if (spec.trait != FormatTrait::Debug) return writePadded(out, text, spec, Align::Left);
  out.str("\"");
  size_t run = 0;
  for (size_t at = 0; at < text.size();) {
    size_t start = at;
    std::string escaped = escapeOf(decodeUtf8At(text, at), '"');
    if (escaped.empty()) continue;
    out.str(text.substr(run, start - run));
    out.str(escaped);
    run = at;
  }
  out.str(text.substr(run));
  out.str("\"");
}

void writeBool(Writes& out, bool value, const FormatSpec& spec) { writePadded(out, value ? "true" : "false", spec, Align::Left); }

// `{:p}`: LowerHex with `0x` always, and with `#` zero-padded to 64 bits.
void writePointer(Writes& out, uint64_t address, const FormatSpec& spec) {
  FormatSpec hex = spec;
  hex.trait = FormatTrait::LowerHex;
  if (spec.alternate) {
    hex.zeroPad = true;
    if (!hex.width) hex.width = 64 / 4 + 2;
  }
  hex.alternate = true;
  writeInteger(out, false, address, 64, false, hex);
}

std::string pad(std::string_view body, const FormatSpec& spec, Align defaultAlign) {
  Writes w;
  writePadded(w, body, spec, defaultAlign);
  return w.take();
}

std::string formatInteger(bool negative, unsigned __int128 magnitude, unsigned bits, bool isSigned, const FormatSpec& spec) {
  Writes w;
  writeInteger(w, negative, magnitude, bits, isSigned, spec);
  return w.take();
}

std::string formatFloat(double value, bool isF32, const FormatSpec& spec) {
  Writes w;
  writeFloat(w, value, isF32, spec);
  return w.take();
}

std::string formatChar(char32_t c, const FormatSpec& spec) {
  Writes w;
  writeChar(w, c, spec);
  return w.take();
}

std::string formatStr(std::string_view text, const FormatSpec& spec) {
  Writes w;
  writeStr(w, text, spec);
  return w.take();
}

std::string formatBool(bool value, const FormatSpec& spec) {
  Writes w;
  writeBool(w, value, spec);
  return w.take();
}

std::string formatPointer(uint64_t address, const FormatSpec& spec) {
  Writes w;
  writePointer(w, address, spec);
  return w.take();
}

// --- DebugWriter ----------------------------------------------------------------------

// A write of the composite at `level` (0: the outermost), through the
// PadAdapters of the levels around it: in `{:#?}` each level's adapter
// writes four spaces (through the levels around it in turn) before each
// line it passes on.
void DebugWriter::write(std::string_view text, size_t level) {
  if (failed_) return;
  if (!pretty_ || level == 0) {
    out_->str(text);
    return;
  }
  size_t adapter = level - 1;
  for (size_t start = 0; start < text.size();) {
    size_t newline = text.find('\n', start);
    size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    if (onNewline_[adapter]) write("    ", adapter);
    onNewline_[adapter] = text[end - 1] == '\n';
    write(text.substr(start, end - start), adapter);
    start = end;
  }
}

void DebugWriter::begin(Kind kind, std::string_view name, std::string_view opener) {
  beforeValue();
  size_t level = frames_.size();
  write(name, level);
  write(opener, level);
  Frame frame;
  frame.kind = kind;
  frame.unnamed = name.empty();
  frames_.push_back(std::move(frame));
  onNewline_.push_back(true);
}

void DebugWriter::beginStruct(std::string_view name) { begin(Kind::Struct, name, ""); }
void DebugWriter::beginTuple(std::string_view name) { begin(Kind::Tuple, name, ""); }
void DebugWriter::beginList() { begin(Kind::List, "", "["); }
void DebugWriter::beginListBetween(std::string_view before, std::string_view after) {
  begin(Kind::List, before, "[");
  frames_.back().after = std::string(after);
}
void DebugWriter::beginSet() { begin(Kind::Set, "", "{"); }
void DebugWriter::beginMap() { begin(Kind::Map, "", "{"); }

void DebugWriter::field(std::string_view name) {
  SH_CHECK(!frames_.empty() && frames_.back().kind == Kind::Struct, "DebugWriter::field outside a struct");
  frames_.back().pendingField = std::string(name);
}

void DebugWriter::leaf(std::string_view text) {
  Writes w;
  w.str(text);
  leaf(w);
}

void DebugWriter::leaf(const Writes& writes) {
  beginLeaf();
  for (size_t i = 0; i < writes.count(); ++i) leafWrite(writes.piece(i));
  endLeaf();
}

void DebugWriter::beginLeaf() { beforeValue(); }
void DebugWriter::leafWrite(std::string_view text) { write(text, frames_.size()); }
void DebugWriter::endLeaf() { afterValue(); }

void DebugWriter::end() {
  SH_CHECK(!frames_.empty(), "DebugWriter::end without a composite");
  Frame frame = std::move(frames_.back());
  frames_.pop_back();
  onNewline_.pop_back();
  size_t level = frames_.size();
  bool open = frame.entries > 0;
  switch (frame.kind) {
    case Kind::Struct:
      if (open) write(pretty_ ? "}" : " }", level);
      break;
    case Kind::Tuple:
      if (open && !pretty_ && frame.unnamed && frame.entries == 1) write(",", level);
      if (open) write(")", level);
      break;
    case Kind::List: write("]", level); break;
    case Kind::Set: case Kind::Map: write("}", level); break;
  }
  write(frame.after, level);
  afterValue();
}

Writes DebugWriter::take() {
  SH_CHECK(frames_.empty(), "DebugWriter::take with a composite still open");
  return std::move(own_);
}

// What a builder writes before an entry (std's builders.rs): the opening
// punctuation before the first, `, ` between (`{:?}`), a fresh PadAdapter
// for each entry (`{:#?}`), and a struct field's name.
void DebugWriter::beforeValue() {
  if (frames_.empty()) return;
  Frame& frame = frames_.back();
  size_t level = frames_.size() - 1;
  if (frame.kind == Kind::Map && frame.expectingValue) {
    if (!pretty_) write(": ", level);
    return;
  }
  bool first = frame.entries == 0;
  if (pretty_) {
    if (first) write(frame.kind == Kind::Struct ? " {\n" : frame.kind == Kind::Tuple ? "(\n" : "\n", level);
    onNewline_.back() = true;
  } else if (first) {
    if (frame.kind == Kind::Struct) write(" { ", level);
    if (frame.kind == Kind::Tuple) write("(", level);
  } else {
    write(", ", level);
  }
  if (frame.kind == Kind::Struct) {
    write(frame.pendingField, level + 1);
    write(": ", level + 1);
  }
}

void DebugWriter::afterValue() {
  if (frames_.empty()) return;
  Frame& frame = frames_.back();
  size_t level = frames_.size();
  if (frame.kind == Kind::Map && !frame.expectingValue) {
    frame.expectingValue = true;
    if (pretty_) write(": ", level);
    return;
  }
  frame.expectingValue = false;
  ++frame.entries;
  if (pretty_) write(",\n", level);
}

}  // namespace sh
