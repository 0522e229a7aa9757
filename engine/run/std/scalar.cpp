// Methods of the scalars (integers, chars, floats, bools) and the number
// parsing behind str::parse and from_str_radix.
//
// An integer method computes at the receiver's own width: each operation
// runs on the C++ type of that width (int8_t ... unsigned __int128) through
// the compiler's overflow builtins, which give the wrapped result and
// whether the exact one did not fit; the wrapping_, checked_, saturating_
// and overflowing_ families and the plain methods are that one result read
// four ways. Panics carry std 1.95's words and its location: a
// #[track_caller] method panics at the call's name, one that is not panics
// inside core, at its type's line of library/core/src/num/mod.rs
// (std_locations.def, written by scripts/std-tables/std-locations.mjs from
// rustc's own panics; which methods are which is checked by that script).
// char's classifications are std's own Unicode properties (base/unicode.h).
// One function per row of check/std_methods.def, named run<Row>.
#include <cctype>
#include <cstdlib>

#include "base/int128.h"
#include "base/unicode.h"
#include "base/utf8.h"
#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

// ---------------------------------------------------------------- std's own places

StdLocation stdLocation(StdSite site) {
  switch (site) {
#define SH_INT_LOCATION(kind, methodLine, methodCol, radixLine, radixCol)
#define SH_STD_LOCATION(name, file, line, col) \
  case StdSite::name: return StdLocation{file, {line, col}};
#include "run/std/std_locations.def"
  }
  return {};
}

StdLocation intMethodLocation(IntKind k) {
  switch (k) {
#define SH_INT_LOCATION(kind, methodLine, methodCol, radixLine, radixCol) \
  case IntKind::kind: return StdLocation{SH_CORE_NUM_FILE, {methodLine, methodCol}};
#define SH_STD_LOCATION(name, file, line, col)
#include "run/std/std_locations.def"
  }
  return {};
}

StdLocation fromStrRadixLocation(IntKind k) {
  switch (k) {
#define SH_INT_LOCATION(kind, methodLine, methodCol, radixLine, radixCol) \
  case IntKind::kind: return StdLocation{SH_CORE_NUM_FILE, {radixLine, radixCol}};
#define SH_STD_LOCATION(name, file, line, col)
#include "run/std/std_locations.def"
  }
  return {};
}

// ---------------------------------------------------------------- integers at their width

namespace {

enum class IntOp { Add, Sub, Mul, Div, Rem, Neg };

// An operation's result wrapped to the type, and whether the exact result
// did not fit (Div and Rem: MIN / -1; their divisor is never 0 here).
struct Wrapped {
  __int128 value;
  bool overflow;
};

// I is the C++ type of the width (the standard library's traits do not
// know __int128 in strict C++20, so the sign is a parameter of its own).
template <typename I, bool isSigned>
Wrapped opAs(IntOp op, __int128 x, __int128 y) {
  I a = static_cast<I>(x), b = static_cast<I>(y), r = 0;
  bool overflow = false;
  const I min = static_cast<I>(~static_cast<unsigned __int128>(0) << (sizeof(I) * 8 - 1));
  bool minByMinusOne = isSigned && b == static_cast<I>(-1) && a == min;
  switch (op) {
    case IntOp::Add: overflow = __builtin_add_overflow(a, b, &r); break;
    case IntOp::Sub: overflow = __builtin_sub_overflow(a, b, &r); break;
    case IntOp::Mul: overflow = __builtin_mul_overflow(a, b, &r); break;
    case IntOp::Neg: overflow = __builtin_sub_overflow(static_cast<I>(0), a, &r); break;
    case IntOp::Div: overflow = minByMinusOne; r = overflow ? a : static_cast<I>(a / b); break;
    case IntOp::Rem: overflow = minByMinusOne; r = overflow ? 0 : static_cast<I>(a % b); break;
  }
  return {static_cast<__int128>(r), overflow};
}

Wrapped wrapped(IntKind k, IntOp op, __int128 x, __int128 y = 0) {
  switch (k) {
    case IntKind::I8: return opAs<int8_t, true>(op, x, y);
    case IntKind::I16: return opAs<int16_t, true>(op, x, y);
    case IntKind::I32: return opAs<int32_t, true>(op, x, y);
    case IntKind::I64: case IntKind::Isize: return opAs<int64_t, true>(op, x, y);
    case IntKind::I128: return opAs<__int128, true>(op, x, y);
    case IntKind::U8: return opAs<uint8_t, false>(op, x, y);
    case IntKind::U16: return opAs<uint16_t, false>(op, x, y);
    case IntKind::U32: return opAs<uint32_t, false>(op, x, y);
    case IntKind::U64: case IntKind::Usize: return opAs<uint64_t, false>(op, x, y);
    case IntKind::U128: return opAs<unsigned __int128, false>(op, x, y);
  }
  return {0, false};
}

// std's exponentiation by squaring; overflow if any of its products overflows.
Wrapped wrappedPow(IntKind k, __int128 base, uint32_t exp) {
  if (exp == 0) return {1, false};
  __int128 acc = 1;
  bool overflow = false;
  for (;;) {
    if (exp & 1) {
      Wrapped r = wrapped(k, IntOp::Mul, acc, base);
      acc = r.value;
      overflow |= r.overflow;
      if (exp == 1) return {acc, overflow};
    }
    exp /= 2;
    Wrapped square = wrapped(k, IntOp::Mul, base, base);
    base = square.value;
    overflow |= square.overflow;
  }
}

unsigned bitsOf(IntKind k) { return intKindBytes(k) * 8; }
__int128 maxOf(IntKind k) {
  unsigned bits = bitsOf(k) - (intKindSigned(k) ? 1 : 0);
  return static_cast<__int128>(bits == 128 ? ~static_cast<unsigned __int128>(0) : (static_cast<unsigned __int128>(1) << bits) - 1);
}
__int128 minOf(IntKind k) { return intKindSigned(k) ? -maxOf(k) - 1 : 0; }

// The value's bits as an unsigned number of the type's width.
unsigned __int128 bitPattern(IntKind k, __int128 x) {
  unsigned bits = bitsOf(k);
  unsigned __int128 u = static_cast<unsigned __int128>(x);
  return bits == 128 ? u : u & ((static_cast<unsigned __int128>(1) << bits) - 1);
}

// -1, 0 or 1 as x is below, equal to or above y, in the type's own order.
int compareAs(IntKind k, __int128 x, __int128 y) {
  if (intKindSigned(k)) return x < y ? -1 : x > y;
  unsigned __int128 a = bitPattern(k, x), b = bitPattern(k, y);
  return a < b ? -1 : a > b;
}

unsigned countOnes(unsigned __int128 u) {
  return static_cast<unsigned>(__builtin_popcountll(static_cast<uint64_t>(u)) + __builtin_popcountll(static_cast<uint64_t>(u >> 64)));
}

unsigned leadingZeros(unsigned __int128 u, unsigned bits) {
  unsigned n = 0;
  for (int i = static_cast<int>(bits) - 1; i >= 0 && !((u >> i) & 1); --i) ++n;
  return n;
}

unsigned trailingZeros(unsigned __int128 u, unsigned bits) {
  unsigned n = 0;
  while (n < bits && !((u >> n) & 1)) ++n;
  return n;
}

// floor(sqrt(u)), digit by digit.
unsigned __int128 integerSqrt(unsigned __int128 u) {
  unsigned __int128 root = 0, bit = static_cast<unsigned __int128>(1) << 126;
  while (bit > u) bit >>= 2;
  while (bit != 0) {
    if (u >= root + bit) {
      u -= root + bit;
      root = (root >> 1) + bit;
    } else {
      root >>= 1;
    }
    bit >>= 2;
  }
  return root;
}

}  // namespace

namespace {

[[noreturn]] void panicInCore(const std::string& message, Span at, IntKind k, bool radix = false) {
  throw Panic{message, at, radix ? fromStrRadixLocation(k) : intMethodLocation(k)};
}

// What an integer method is given: its receiver's kind and value, and its
// first argument's value.
struct IntCall {
  IntCall(Interpreter& in, StdCall& c)
      : in(in), c(c), k(in.types().get(c.self.type).intKind), x(in.readInt(c.self)),
        y(c.args.empty() ? 0 : in.readInt(c.args[0])) {}
  Interpreter& in;
  StdCall& c;
  IntKind k;
  __int128 x, y;

  bool isSigned() const { return intKindSigned(k); }
  std::string text(__int128 v) const { return isSigned() ? i128ToString(v) : u128ToString(bitPattern(k, v)); }
  unsigned bits() const { return bitsOf(k); }
  uint32_t exponent() const { return static_cast<uint32_t>(c.args[0].u64() & 0xFFFFFFFF); }
  Value integer(__int128 v) const { return in.makeInt(c.self.type, v); }
  Value checked(Wrapped r) const {
    if (r.overflow) return in.makeOption(c.call.type, nullptr);
    Value v = integer(r.value);
    return in.makeOption(c.call.type, &v);
  }
  Value overflowing(Wrapped r) const {
    const Layout& l = in.types().layout(c.call.type);
    Value out(c.call.type, l.size);
    Value v = integer(r.value);
    std::memcpy(out.data() + l.fields[0].offset, v.data(), v.size());
    out.data()[l.fields[1].offset] = r.overflow;
    return out;
  }
  [[noreturn]] void panicAtCaller(const std::string& message) const { in.panic(message, c.call.nameSpan); }
  [[noreturn]] void panicInside(const std::string& message) const { panicInCore(message, c.call.span, k); }
  // Division by zero in wrapping_div and the like: a signed type's method
  // panics inside core, an unsigned type's is #[track_caller].
  void requireDivisor(bool remainder) const {
    if (y != 0) return;
    std::string message = remainder ? "attempt to calculate the remainder with a divisor of zero" : "attempt to divide by zero";
    if (isSigned()) panicInside(message);
    panicAtCaller(message);
  }
  Wrapped op(IntOp o) const { return wrapped(k, o, x, y); }
  Wrapped divided(IntOp o) const {
    requireDivisor(o == IntOp::Rem);
    return op(o);
  }
  Wrapped pow() const { return wrappedPow(k, x, exponent()); }
  Wrapped abs() const { return x < 0 ? wrapped(k, IntOp::Neg, x) : Wrapped{x, false}; }
  // Shifts by the amount modulo the width; overflow when the amount is not below it.
  Wrapped shifted(bool left) const {
    uint32_t n = exponent();
    unsigned s = n & (bits() - 1);
    unsigned __int128 u = bitPattern(k, x);
    __int128 v = left ? static_cast<__int128>(u << s)
                      : isSigned() ? x >> s : static_cast<__int128>(u >> s);
    return {wrapped(k, IntOp::Add, v, 0).value, n >= bits()};
  }
  // The value a saturating operation gives when the exact result does not fit.
  __int128 saturated(bool high) const { return high ? maxOf(k) : minOf(k); }
};

}  // namespace

// ---------------------------------------------------------------- parsing

// The digits of an integer in a radix, with Rust's error kinds: an optional
// `+` (or `-` for a signed type), then digits only; the first digit that
// does not fit overflows (PosOverflow, NegOverflow) before a later bad one
// is seen, as std reads them in order.
Value Interpreter::parseInteger(TypeId resultType, const std::string& text, unsigned radix) {
  TypeId target = T_.get(resultType).args[0];
  IntKind k = T_.get(target).intKind;
  if (text.empty()) return makeResult(resultType, nullptr, 0);
  size_t i = 0;
  bool negative = false;
  if (text[0] == '+' || (text[0] == '-' && intKindSigned(k))) negative = text[i++] == '-';
  if (i == text.size()) return makeResult(resultType, nullptr, 1);
  __int128 value = 0;
  for (; i < text.size(); ++i) {
    char ch = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    unsigned digit = ch >= '0' && ch <= '9' ? static_cast<unsigned>(ch - '0') : ch >= 'a' && ch <= 'z' ? static_cast<unsigned>(ch - 'a' + 10) : 99;
    if (digit >= radix) return makeResult(resultType, nullptr, 1);
    Wrapped scaled = wrapped(k, IntOp::Mul, value, radix);
    Wrapped next = wrapped(k, negative ? IntOp::Sub : IntOp::Add, scaled.value, digit);
    if (scaled.overflow || next.overflow) return makeResult(resultType, nullptr, negative ? 3 : 2);
    value = next.value;
  }
  Value v = makeInt(target, value);
  return makeResult(resultType, &v, 0);
}

// str::parse for integers and floats: an integer in decimal; a float what
// Rust's float grammar allows (strtod agrees on it, given the whole text
// must be used).
Value Interpreter::parseNumber(TypeId resultType, const std::string& text) {
  TypeId target = T_.get(resultType).args[0];
  const Type& t = T_.get(target);
  if (t.kind == TypeKind::Bool) return parseBool(resultType, text);
  if (t.kind == TypeKind::Char) return parseChar(resultType, text);
  if (t.kind != TypeKind::Float) return parseInteger(resultType, text, 10);
  if (text.empty()) return makeResult(resultType, nullptr, 0);
  bool plain = text.find_first_of(" \t\n") == std::string::npos && text.find("0x") == std::string::npos &&
               text.find("0X") == std::string::npos;
  char* end = nullptr;
  double d = plain ? std::strtod(text.c_str(), &end) : 0;
  if (!plain || end != text.c_str() + text.size()) return makeResult(resultType, nullptr, 1);
  Value v = makeFloat(target, d);
  return makeResult(resultType, &v, 0);
}

// bool's FromStr: exactly "true" or "false", else Err(ParseBoolError).
Value Interpreter::parseBool(TypeId resultType, const std::string& text) {
  if (text != "true" && text != "false") return makeResultVariant(resultType, 1, Value(T_.get(resultType).args[1], 0));
  Value b = makeBool(text == "true");
  return makeResult(resultType, &b, 0);
}

// char's FromStr: exactly one char, else Err(ParseCharError) of kind
// EmptyString or TooManyChars.
Value Interpreter::parseChar(TypeId resultType, const std::string& text) {
  if (text.empty()) return makeResult(resultType, nullptr, 0);
  size_t at = 0;
  char32_t ch = decodeUtf8At(text, at);
  if (at != text.size()) return makeResult(resultType, nullptr, 1);
  Value v = makeChar(ch);
  return makeResult(resultType, &v, 0);
}

Value Interpreter::runIntFromStrRadix(StdCall& c) {
  uint64_t radix = c.args[1].u64() & 0xFFFFFFFF;
  IntKind k = T_.get(T_.get(c.call.type).args[0]).intKind;
  if (radix < 2 || radix > 36)
    panicInCore("from_ascii_radix: radix must lie in the range `[2, 36]` - found " + std::to_string(radix), c.call.span, k, true);
  return parseInteger(c.call.type, readStr(c.args[0]), static_cast<unsigned>(radix));
}

// std's lossless From impls between numbers (checked so by the checker):
// each is the `as` cast it equals.
Value Interpreter::runIntFrom(StdCall& c) { return castValue(c.args[0], c.call.type); }
Value Interpreter::runF64From(StdCall& c) { return castValue(c.args[0], c.call.type); }
Value Interpreter::runF32From(StdCall& c) { return castValue(c.args[0], c.call.type); }
Value Interpreter::runCharFrom(StdCall& c) { return castValue(c.args[0], c.call.type); }
Value Interpreter::runScalarInto(StdCall& c) { return castValue(c.self, c.call.type); }

// `u8::try_from(x)` and `x.try_into()`: Ok(x) when the target holds it, else Err(TryFromIntError).
Value Interpreter::runIntTryFrom(StdCall& c) { return convertChecked(c.args[0], c.call.type); }
Value Interpreter::runIntTryInto(StdCall& c) { return convertChecked(c.self, c.call.type); }

Value Interpreter::convertChecked(const Value& v, TypeId result) {
  TypeId target = T_.get(result).args[0];
  if (intFits(v, target)) return makeResultVariant(result, 0, castValue(v, target));
  return makeResultVariant(result, 1, Value(T_.get(result).args[1], 0));
}

// Whether an integer value is in the range of the integer type `target`.
bool Interpreter::intFits(const Value& v, TypeId target) const {
  IntKind from = T_.get(v.type).intKind, to = T_.get(target).intKind;
  __int128 x = readInt(v);
  bool pastI128 = !intKindSigned(from) && intKindBytes(from) == 16 && x < 0;  // a u128 read back as negative
  if (pastI128 || (x < 0 && !intKindSigned(to))) return pastI128 && to == IntKind::U128;
  return wrapTo(x, to) == x;  // what the `as` cast keeps is the value itself
}

// ---------------------------------------------------------------- integers

Value Interpreter::runIntPow(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.pow();
  if (r.overflow) i.panicInside("attempt to multiply with overflow");
  return i.integer(r.value);
}

Value Interpreter::runIntAbs(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.abs();
  if (r.overflow) i.panicInside("attempt to negate with overflow");
  return i.integer(r.value);
}

Value Interpreter::runIntSignum(StdCall& c) {
  IntCall i(*this, c);
  return i.integer(i.x < 0 ? -1 : i.x > 0);
}

Value Interpreter::runIntIsPositive(StdCall& c) { return makeBool(readInt(c.self) > 0); }
Value Interpreter::runIntIsNegative(StdCall& c) { return makeBool(readInt(c.self) < 0); }

Value Interpreter::runIntUnsignedAbs(StdCall& c) {
  IntCall i(*this, c);
  return makeInt(c.call.type, i.abs().value);
}

Value Interpreter::runIntAbsDiff(StdCall& c) {
  IntCall i(*this, c);
  bool below = compareAs(i.k, i.x, i.y) < 0;
  return makeInt(c.call.type, static_cast<__int128>(below ? static_cast<unsigned __int128>(i.y) - static_cast<unsigned __int128>(i.x)
                                                          : static_cast<unsigned __int128>(i.x) - static_cast<unsigned __int128>(i.y)));
}

Value Interpreter::runIntMin(StdCall& c) {
  IntCall i(*this, c);
  return compareAs(i.k, i.y, i.x) < 0 ? c.args[0] : c.self;
}

Value Interpreter::runIntMax(StdCall& c) {
  IntCall i(*this, c);
  return compareAs(i.k, i.y, i.x) < 0 ? c.self : c.args[0];
}

Value Interpreter::runIntClamp(StdCall& c) {
  IntCall i(*this, c);
  __int128 lo = i.y, hi = readInt(c.args[1]);
  if (compareAs(i.k, lo, hi) > 0)
    i.panicAtCaller("min > max. min = " + i.text(lo) + ", max = " + i.text(hi));
  if (compareAs(i.k, i.x, lo) < 0) return c.args[0];
  if (compareAs(i.k, i.x, hi) > 0) return c.args[1];
  return c.self;
}

// div_euclid and rem_euclid are #[track_caller]: every panic is the caller's.
Value Interpreter::runIntDivEuclid(StdCall& c) {
  IntCall i(*this, c);
  if (i.y == 0) i.panicAtCaller("attempt to divide by zero");
  Wrapped q = i.op(IntOp::Div);
  if (q.overflow) i.panicAtCaller("attempt to divide with overflow");
  if (i.isSigned() && i.op(IntOp::Rem).value < 0) return i.integer(i.y > 0 ? q.value - 1 : q.value + 1);
  return i.integer(q.value);
}

Value Interpreter::runIntRemEuclid(StdCall& c) {
  IntCall i(*this, c);
  if (i.y == 0) i.panicAtCaller("attempt to calculate the remainder with a divisor of zero");
  Wrapped r = i.op(IntOp::Rem);
  if (r.overflow) i.panicAtCaller("attempt to calculate the remainder with overflow");
  if (i.isSigned() && r.value < 0) return i.integer(wrapped(i.k, IntOp::Add, r.value, i.y < 0 ? wrapped(i.k, IntOp::Neg, i.y).value : i.y).value);
  return i.integer(r.value);
}

Value Interpreter::runIntDivCeil(StdCall& c) {
  IntCall i(*this, c);
  if (i.y == 0) i.panicAtCaller("attempt to divide by zero");
  __int128 q = i.op(IntOp::Div).value;
  return i.integer(i.op(IntOp::Rem).value != 0 ? q + 1 : q);
}

Value Interpreter::runIntIsPowerOfTwo(StdCall& c) {
  IntCall i(*this, c);
  return makeBool(countOnes(bitPattern(i.k, i.x)) == 1);
}

Value Interpreter::runIntNextPowerOfTwo(StdCall& c) {
  IntCall i(*this, c);
  unsigned __int128 u = bitPattern(i.k, i.x);
  if (u <= 1) return i.integer(1);
  unsigned shift = i.bits() - leadingZeros(u - 1, i.bits());
  if (shift == i.bits()) i.panicInside("attempt to add with overflow");
  return i.integer(static_cast<__int128>(static_cast<unsigned __int128>(1) << shift));
}

Value Interpreter::runIntIlog2(StdCall& c) {
  IntCall i(*this, c);
  if (compareAs(i.k, i.x, 0) <= 0) i.panicAtCaller("argument of integer logarithm must be positive");
  return makeInt(c.call.type, i.bits() - 1 - leadingZeros(bitPattern(i.k, i.x), i.bits()));
}

Value Interpreter::runIntIlog10(StdCall& c) {
  IntCall i(*this, c);
  if (compareAs(i.k, i.x, 0) <= 0) i.panicAtCaller("argument of integer logarithm must be positive");
  unsigned digits = 0;
  for (unsigned __int128 u = bitPattern(i.k, i.x); u >= 10; u /= 10) ++digits;
  return makeInt(c.call.type, digits);
}

Value Interpreter::runIntIsqrt(StdCall& c) {
  IntCall i(*this, c);
  if (i.isSigned() && i.x < 0) i.panicAtCaller("argument of integer square root cannot be negative");
  return i.integer(static_cast<__int128>(integerSqrt(bitPattern(i.k, i.x))));
}

// ---- bits

Value Interpreter::runIntCountOnes(StdCall& c) {
  IntCall i(*this, c);
  return makeInt(c.call.type, countOnes(bitPattern(i.k, i.x)));
}

Value Interpreter::runIntCountZeros(StdCall& c) {
  IntCall i(*this, c);
  return makeInt(c.call.type, i.bits() - countOnes(bitPattern(i.k, i.x)));
}

Value Interpreter::runIntLeadingZeros(StdCall& c) {
  IntCall i(*this, c);
  return makeInt(c.call.type, leadingZeros(bitPattern(i.k, i.x), i.bits()));
}

Value Interpreter::runIntTrailingZeros(StdCall& c) {
  IntCall i(*this, c);
  return makeInt(c.call.type, trailingZeros(bitPattern(i.k, i.x), i.bits()));
}

Value Interpreter::runIntLeadingOnes(StdCall& c) {
  IntCall i(*this, c);
  return makeInt(c.call.type, leadingZeros(bitPattern(i.k, ~i.x), i.bits()));
}

Value Interpreter::runIntTrailingOnes(StdCall& c) {
  IntCall i(*this, c);
  return makeInt(c.call.type, trailingZeros(bitPattern(i.k, ~i.x), i.bits()));
}

Value Interpreter::runIntRotateLeft(StdCall& c) {
  IntCall i(*this, c);
  unsigned n = i.exponent() % i.bits();
  unsigned __int128 u = bitPattern(i.k, i.x);
  return i.integer(wrapped(i.k, IntOp::Add, static_cast<__int128>(n == 0 ? u : (u << n) | (u >> (i.bits() - n))), 0).value);
}

Value Interpreter::runIntRotateRight(StdCall& c) {
  IntCall i(*this, c);
  unsigned n = i.exponent() % i.bits();
  unsigned __int128 u = bitPattern(i.k, i.x);
  return i.integer(wrapped(i.k, IntOp::Add, static_cast<__int128>(n == 0 ? u : (u >> n) | (u << (i.bits() - n))), 0).value);
}

Value Interpreter::runIntSwapBytes(StdCall& c) {
  IntCall i(*this, c);
  unsigned __int128 u = bitPattern(i.k, i.x), out = 0;
  for (unsigned b = 0; b < i.bits() / 8; ++b) out = (out << 8) | ((u >> (8 * b)) & 0xFF);
  return i.integer(wrapped(i.k, IntOp::Add, static_cast<__int128>(out), 0).value);
}

Value Interpreter::runIntReverseBits(StdCall& c) {
  IntCall i(*this, c);
  unsigned __int128 u = bitPattern(i.k, i.x), out = 0;
  for (unsigned b = 0; b < i.bits(); ++b) out = (out << 1) | ((u >> b) & 1);
  return i.integer(wrapped(i.k, IntOp::Add, static_cast<__int128>(out), 0).value);
}

// ---- wrapping_: the result wrapped to the type

Value Interpreter::runIntWrappingAdd(StdCall& c) { IntCall i(*this, c); return i.integer(i.op(IntOp::Add).value); }
Value Interpreter::runIntWrappingSub(StdCall& c) { IntCall i(*this, c); return i.integer(i.op(IntOp::Sub).value); }
Value Interpreter::runIntWrappingMul(StdCall& c) { IntCall i(*this, c); return i.integer(i.op(IntOp::Mul).value); }
Value Interpreter::runIntWrappingDiv(StdCall& c) { IntCall i(*this, c); return i.integer(i.divided(IntOp::Div).value); }
Value Interpreter::runIntWrappingRem(StdCall& c) { IntCall i(*this, c); return i.integer(i.divided(IntOp::Rem).value); }
Value Interpreter::runIntWrappingPow(StdCall& c) { IntCall i(*this, c); return i.integer(i.pow().value); }
Value Interpreter::runIntWrappingShl(StdCall& c) { IntCall i(*this, c); return i.integer(i.shifted(true).value); }
Value Interpreter::runIntWrappingShr(StdCall& c) { IntCall i(*this, c); return i.integer(i.shifted(false).value); }
Value Interpreter::runIntWrappingNeg(StdCall& c) { IntCall i(*this, c); return i.integer(i.op(IntOp::Neg).value); }
Value Interpreter::runIntWrappingAbs(StdCall& c) { IntCall i(*this, c); return i.integer(i.abs().value); }

// ---- checked_: None where the result does not fit or the divisor is 0

Value Interpreter::runIntCheckedAdd(StdCall& c) { IntCall i(*this, c); return i.checked(i.op(IntOp::Add)); }
Value Interpreter::runIntCheckedSub(StdCall& c) { IntCall i(*this, c); return i.checked(i.op(IntOp::Sub)); }
Value Interpreter::runIntCheckedMul(StdCall& c) { IntCall i(*this, c); return i.checked(i.op(IntOp::Mul)); }
Value Interpreter::runIntCheckedDiv(StdCall& c) { IntCall i(*this, c); return i.checked(i.y == 0 ? Wrapped{0, true} : i.op(IntOp::Div)); }
Value Interpreter::runIntCheckedRem(StdCall& c) { IntCall i(*this, c); return i.checked(i.y == 0 ? Wrapped{0, true} : i.op(IntOp::Rem)); }
Value Interpreter::runIntCheckedPow(StdCall& c) { IntCall i(*this, c); return i.checked(i.pow()); }
Value Interpreter::runIntCheckedShl(StdCall& c) { IntCall i(*this, c); return i.checked(i.shifted(true)); }
Value Interpreter::runIntCheckedShr(StdCall& c) { IntCall i(*this, c); return i.checked(i.shifted(false)); }
Value Interpreter::runIntCheckedNeg(StdCall& c) { IntCall i(*this, c); return i.checked(i.op(IntOp::Neg)); }
Value Interpreter::runIntCheckedAbs(StdCall& c) { IntCall i(*this, c); return i.checked(i.abs()); }

// ---- saturating_: MAX or MIN where the result does not fit, by its sign

Value Interpreter::runIntSaturatingAdd(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.op(IntOp::Add);
  return i.integer(r.overflow ? i.saturated(!i.isSigned() || i.y > 0) : r.value);
}

Value Interpreter::runIntSaturatingSub(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.op(IntOp::Sub);
  return i.integer(r.overflow ? i.saturated(i.isSigned() && i.y < 0) : r.value);
}

Value Interpreter::runIntSaturatingMul(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.op(IntOp::Mul);
  return i.integer(r.overflow ? i.saturated(!i.isSigned() || (i.x < 0) == (i.y < 0)) : r.value);
}

Value Interpreter::runIntSaturatingDiv(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.divided(IntOp::Div);
  return i.integer(r.overflow ? i.saturated(true) : r.value);
}

Value Interpreter::runIntSaturatingPow(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.pow();
  return i.integer(r.overflow ? i.saturated(!(i.isSigned() && i.x < 0 && (i.exponent() & 1))) : r.value);
}

Value Interpreter::runIntSaturatingNeg(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.op(IntOp::Neg);
  return i.integer(r.overflow ? i.saturated(true) : r.value);
}

Value Interpreter::runIntSaturatingAbs(StdCall& c) {
  IntCall i(*this, c);
  Wrapped r = i.abs();
  return i.integer(r.overflow ? i.saturated(true) : r.value);
}

// ---- overflowing_: the wrapped result and whether it wrapped

Value Interpreter::runIntOverflowingAdd(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.op(IntOp::Add)); }
Value Interpreter::runIntOverflowingSub(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.op(IntOp::Sub)); }
Value Interpreter::runIntOverflowingMul(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.op(IntOp::Mul)); }
Value Interpreter::runIntOverflowingDiv(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.divided(IntOp::Div)); }
Value Interpreter::runIntOverflowingRem(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.divided(IntOp::Rem)); }
Value Interpreter::runIntOverflowingPow(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.pow()); }
Value Interpreter::runIntOverflowingShl(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.shifted(true)); }
Value Interpreter::runIntOverflowingShr(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.shifted(false)); }
Value Interpreter::runIntOverflowingNeg(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.op(IntOp::Neg)); }
Value Interpreter::runIntOverflowingAbs(StdCall& c) { IntCall i(*this, c); return i.overflowing(i.abs()); }

// ---------------------------------------------------------------- char

namespace {

char32_t charOf(const Value& v) { return static_cast<char32_t>(v.u64() & 0xFFFFFFFF); }
bool isAscii(char32_t c) { return c < 0x80; }

}  // namespace

Value Interpreter::makeChar(char32_t c) {
  Value v(T_.charType(), 4);
  std::memcpy(v.data(), &c, 4);
  return v;
}

Value Interpreter::runCharLenUtf8(StdCall& c) {
  return makeInt(T_.usize(), static_cast<__int128>(utf8Of(charOf(c.self)).size()));
}

// A char's to_uppercase and to_lowercase: std's ToUppercase/ToLowercase,
// an iterator over the one to three chars of its mapping (no final-sigma
// rule: that is str::to_lowercase's), left in the call's items.
Value Interpreter::runCharToUppercase(StdCall& c) {
  CaseMapping m = upperOf(charOf(c.self));
  for (int i = 0; i < m.count; ++i) c.items.push_back(makeChar(m.chars[i]));
  return makeUnit();
}

Value Interpreter::runCharToLowercase(StdCall& c) {
  CaseMapping m = lowerOf(charOf(c.self));
  for (int i = 0; i < m.count; ++i) c.items.push_back(makeChar(m.chars[i]));
  return makeUnit();
}

Value Interpreter::runCharIsAlphabetic(StdCall& c) { return makeBool(charHas(CharProperty::Alphabetic, charOf(c.self))); }
Value Interpreter::runCharIsNumeric(StdCall& c) { return makeBool(charHas(CharProperty::Numeric, charOf(c.self))); }
Value Interpreter::runCharIsWhitespace(StdCall& c) { return makeBool(charHas(CharProperty::Whitespace, charOf(c.self))); }
Value Interpreter::runCharIsUppercase(StdCall& c) { return makeBool(charHas(CharProperty::Uppercase, charOf(c.self))); }
Value Interpreter::runCharIsLowercase(StdCall& c) { return makeBool(charHas(CharProperty::Lowercase, charOf(c.self))); }
Value Interpreter::runCharIsControl(StdCall& c) { return makeBool(charHas(CharProperty::Control, charOf(c.self))); }

Value Interpreter::runCharIsAlphanumeric(StdCall& c) {
  char32_t ch = charOf(c.self);
  return makeBool(charHas(CharProperty::Alphabetic, ch) || charHas(CharProperty::Numeric, ch));
}

Value Interpreter::runCharIsAscii(StdCall& c) { return makeBool(isAscii(charOf(c.self))); }

// The ASCII classes of char and u8, as core::ascii defines them (a u8's
// value is its code point): whitespace is space, tab, line feed, form feed
// and carriage return, not the vertical tab that C's isspace counts.
namespace {

bool asciiDigit(char32_t ch) { return ch >= '0' && ch <= '9'; }
bool asciiUpper(char32_t ch) { return ch >= 'A' && ch <= 'Z'; }
bool asciiLower(char32_t ch) { return ch >= 'a' && ch <= 'z'; }
bool asciiAlphabetic(char32_t ch) { return asciiUpper(ch) || asciiLower(ch); }
bool asciiAlphanumeric(char32_t ch) { return asciiAlphabetic(ch) || asciiDigit(ch); }
bool asciiWhitespace(char32_t ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\x0C' || ch == '\r'; }
bool asciiGraphic(char32_t ch) { return ch >= '!' && ch <= '~'; }
bool asciiPunctuation(char32_t ch) { return asciiGraphic(ch) && !asciiAlphanumeric(ch); }
bool asciiHexdigit(char32_t ch) { return asciiDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'); }
bool asciiControl(char32_t ch) { return ch < 0x20 || ch == 0x7F; }
char32_t asciiUppercased(char32_t ch) { return asciiLower(ch) ? ch - 32 : ch; }
char32_t asciiLowercased(char32_t ch) { return asciiUpper(ch) ? ch + 32 : ch; }

}  // namespace

Value Interpreter::runCharIsAsciiDigit(StdCall& c) { return makeBool(asciiDigit(charOf(c.self))); }
Value Interpreter::runCharIsAsciiAlphabetic(StdCall& c) { return makeBool(asciiAlphabetic(charOf(c.self))); }
Value Interpreter::runCharIsAsciiUppercase(StdCall& c) { return makeBool(asciiUpper(charOf(c.self))); }
Value Interpreter::runCharIsAsciiLowercase(StdCall& c) { return makeBool(asciiLower(charOf(c.self))); }
Value Interpreter::runCharIsAsciiPunctuation(StdCall& c) { return makeBool(asciiPunctuation(charOf(c.self))); }
Value Interpreter::runCharIsAsciiAlphanumeric(StdCall& c) { return makeBool(asciiAlphanumeric(charOf(c.self))); }
Value Interpreter::runCharIsAsciiWhitespace(StdCall& c) { return makeBool(asciiWhitespace(charOf(c.self))); }
Value Interpreter::runCharIsAsciiHexdigit(StdCall& c) { return makeBool(asciiHexdigit(charOf(c.self))); }
Value Interpreter::runCharIsAsciiGraphic(StdCall& c) { return makeBool(asciiGraphic(charOf(c.self))); }
Value Interpreter::runCharIsAsciiControl(StdCall& c) { return makeBool(asciiControl(charOf(c.self))); }

Value Interpreter::runCharEqIgnoreAsciiCase(StdCall& c) {
  char32_t other = charOf(readPlace(referentOfArgument(c, 0), false));
  return makeBool(asciiLowercased(charOf(c.self)) == asciiLowercased(other));
}

Value Interpreter::runByteIsAscii(StdCall& c) { return makeBool(isAscii(charOf(c.self))); }
Value Interpreter::runByteIsAsciiDigit(StdCall& c) { return runCharIsAsciiDigit(c); }
Value Interpreter::runByteIsAsciiAlphabetic(StdCall& c) { return runCharIsAsciiAlphabetic(c); }
Value Interpreter::runByteIsAsciiAlphanumeric(StdCall& c) { return runCharIsAsciiAlphanumeric(c); }
Value Interpreter::runByteIsAsciiUppercase(StdCall& c) { return runCharIsAsciiUppercase(c); }
Value Interpreter::runByteIsAsciiLowercase(StdCall& c) { return runCharIsAsciiLowercase(c); }
Value Interpreter::runByteIsAsciiWhitespace(StdCall& c) { return runCharIsAsciiWhitespace(c); }
Value Interpreter::runByteIsAsciiPunctuation(StdCall& c) { return runCharIsAsciiPunctuation(c); }
Value Interpreter::runByteIsAsciiHexdigit(StdCall& c) { return runCharIsAsciiHexdigit(c); }
Value Interpreter::runByteIsAsciiGraphic(StdCall& c) { return runCharIsAsciiGraphic(c); }
Value Interpreter::runByteIsAsciiControl(StdCall& c) { return runCharIsAsciiControl(c); }
Value Interpreter::runByteToAsciiUppercase(StdCall& c) { return makeInt(T_.intType(IntKind::U8), asciiUppercased(charOf(c.self))); }
Value Interpreter::runByteToAsciiLowercase(StdCall& c) { return makeInt(T_.intType(IntKind::U8), asciiLowercased(charOf(c.self))); }
Value Interpreter::runByteEqIgnoreAsciiCase(StdCall& c) { return runCharEqIgnoreAsciiCase(c); }

namespace {

// to_digit(radix): the digit's value, letters counting from 10, or -1; a
// radix outside 2..=36 panics inside core, as std's assert does.
int digitOf(const StdCall& c) {
  uint64_t radix = c.args[0].u64() & 0xFFFFFFFF;
  if (radix < 2 || radix > 36)
    throw Panic{"to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive", c.call.span, stdLocation(StdSite::CharToDigit)};
  char32_t ch = charOf(c.self), lower = ch | 0x20;
  uint64_t digit = ch >= '0' && ch <= '9' ? ch - '0' : lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : 99;
  return digit < radix ? static_cast<int>(digit) : -1;
}

}  // namespace

Value Interpreter::runCharToDigit(StdCall& c) {
  int digit = digitOf(c);
  if (digit < 0) return makeOption(c.call.type, nullptr);
  Value v = makeInt(T_.intType(IntKind::U32), digit);
  return makeOption(c.call.type, &v);
}

Value Interpreter::runCharIsDigit(StdCall& c) { return makeBool(digitOf(c) >= 0); }

// char::from_u32: a scalar value (not a surrogate, below 0x110000), or None.
Value Interpreter::runCharFromU32(StdCall& c) {
  uint64_t code = c.args[0].u64() & 0xFFFFFFFF;
  if (code >= 0x110000 || (code >= 0xD800 && code <= 0xDFFF)) return makeOption(c.call.type, nullptr);
  Value ch = makeChar(static_cast<char32_t>(code));
  return makeOption(c.call.type, &ch);
}

// char::from_digit(num, radix): '0'..'9' then 'a'..'z', None past the
// radix; a radix above 36 panics inside core.
Value Interpreter::runCharFromDigit(StdCall& c) {
  uint64_t num = c.args[0].u64() & 0xFFFFFFFF, radix = c.args[1].u64() & 0xFFFFFFFF;
  if (radix > 36) throw Panic{"from_digit: radix is too high (maximum 36)", c.call.span, stdLocation(StdSite::CharFromDigit)};
  if (num >= radix) return makeOption(c.call.type, nullptr);
  Value ch = makeChar(static_cast<char32_t>(num < 10 ? '0' + num : 'a' + num - 10));
  return makeOption(c.call.type, &ch);
}

// The same functions by their module's path (`std::char::from_u32`).
Value Interpreter::runCharModFromU32(StdCall& c) { return runCharFromU32(c); }
Value Interpreter::runCharModFromDigit(StdCall& c) { return runCharFromDigit(c); }


Value Interpreter::runCharToAsciiUppercase(StdCall& c) { return makeChar(asciiUppercased(charOf(c.self))); }
Value Interpreter::runCharToAsciiLowercase(StdCall& c) { return makeChar(asciiLowercased(charOf(c.self))); }

// ---------------------------------------------------------------- to_string

// Rust 1.95's to_string: unsigned integers, chars and bools allocate
// exactly; signed integers reserve the type's widest value (plus one for a
// minus sign); floats are written into a growing String::new(), part by part.
Value Interpreter::runToStringOf(StdCall& c) {
  const Type& rt = T_.get(c.recv.type);
  Writes writes;
  writeValue(writes, c.recv, FormatSpec{});
  std::string s = writes.text();
  if (rt.kind == TypeKind::Float) {
    Value out = newString("", 0);
    Address header = holdInScratch(out);
    for (size_t i = 0; i < writes.count(); ++i) stringAppend(header, writes.piece(i));
    return readPlace(Place{header, T_.stringType()}, false);
  }
  uint64_t capacity = s.size();
  if (rt.kind == TypeKind::Int && intKindSigned(rt.intKind)) {
    static const uint64_t widest[] = {3, 5, 10, 19, 39, 19};  // i8 i16 i32 i64 i128 isize
    capacity = widest[static_cast<int>(rt.intKind)] + (s[0] == '-' ? 1 : 0);
  }
  return newString(s, capacity);
}

}  // namespace sh
