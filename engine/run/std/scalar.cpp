// Methods of the scalars (integers, chars, floats, bools) and the number
// parsing behind str::parse.
//
// Integer arithmetic goes through the interpreter's own operators
// (eval.cpp's arithmetic), so `abs` and `pow` overflow with exactly the
// panics `-` and `*` have. char's classifications are ASCII's, and every
// non-ASCII char counts as alphabetic (and as nothing else): an
// approximation of Unicode's tables that holds for the letters a teaching
// program meets. One function per row of check/std_methods.def,
// named run<Row>.
#include <cctype>
#include <cstdlib>

#include "base/utf8.h"
#include "run/interpreter.h"

namespace sh {

// str::parse for integers and floats, with Rust's error kinds: an integer
// takes an optional sign and decimal digits only; a float what Rust's float
// grammar allows (strtod agrees on it, given the whole text must be used).
Value Interpreter::parseNumber(TypeId resultType, const std::string& text) {
  TypeId target = T_.get(resultType).args[0];
  const Type& t = T_.get(target);
  if (t.kind == TypeKind::Float) {
    if (text.empty()) return makeResult(resultType, nullptr, 0);
    bool plain = text.find_first_of(" \t\n") == std::string::npos && text.find("0x") == std::string::npos &&
                 text.find("0X") == std::string::npos;
    char* end = nullptr;
    double d = plain ? std::strtod(text.c_str(), &end) : 0;
    if (!plain || end != text.c_str() + text.size()) return makeResult(resultType, nullptr, 1);
    Value v(target, t.isF32 ? 4 : 8);
    if (t.isF32) {
      float f = static_cast<float>(d);
      std::memcpy(v.data(), &f, 4);
    } else {
      std::memcpy(v.data(), &d, 8);
    }
    return makeResult(resultType, &v, 0);
  }
  unsigned bits = intKindBytes(t.intKind) * 8;
  bool isSigned = intKindSigned(t.intKind);
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || (text[i] == '-' && isSigned))) negative = text[i++] == '-';
  if (text.empty() || i == text.size()) return makeResult(resultType, nullptr, text.empty() ? 0 : 1);
  unsigned __int128 magnitude = 0, limit = negative ? (static_cast<unsigned __int128>(1) << (bits - 1))
                                                    : (bits == 128 && !isSigned ? ~static_cast<unsigned __int128>(0)
                                                                                : (static_cast<unsigned __int128>(1) << (bits - (isSigned ? 1 : 0))) - 1);
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return makeResult(resultType, nullptr, 1);
    unsigned d = static_cast<unsigned>(text[i] - '0');
    if (magnitude > (limit - d) / 10) return makeResult(resultType, nullptr, negative ? 3 : 2);
    magnitude = magnitude * 10 + d;
  }
  Value v = makeInt(target, negative ? -static_cast<__int128>(magnitude) : static_cast<__int128>(magnitude));
  return makeResult(resultType, &v, 0);
}

// ---------------------------------------------------------------- integers

Value Interpreter::runIntAbs(StdCall& c) {
  if (readInt(c.self) < 0) return arithmetic(BinaryOp::Sub, makeInt(c.self.type, 0), c.self, c.call.span);
  return c.self;
}

Value Interpreter::runIntPow(StdCall& c) {
  Value result = makeInt(c.self.type, 1);
  for (uint64_t i = 0; i < (c.args[0].u64() & 0xFFFFFFFF); ++i) result = arithmetic(BinaryOp::Mul, result, c.self, c.call.span);
  return result;
}

Value Interpreter::runIntMin(StdCall& c) { return readInt(c.self) < readInt(c.args[0]) ? c.self : c.args[0]; }
Value Interpreter::runIntMax(StdCall& c) { return readInt(c.self) < readInt(c.args[0]) ? c.args[0] : c.self; }

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

Value Interpreter::runCharIsAlphabetic(StdCall& c) {
  char32_t ch = charOf(c.self);
  return makeBool(isAscii(ch) ? std::isalpha(static_cast<int>(ch)) != 0 : true);
}

Value Interpreter::runCharIsNumeric(StdCall& c) {
  char32_t ch = charOf(c.self);
  return makeBool(isAscii(ch) && std::isdigit(static_cast<int>(ch)));
}

Value Interpreter::runCharIsWhitespace(StdCall& c) {
  char32_t ch = charOf(c.self);
  return makeBool(isAscii(ch) && std::isspace(static_cast<int>(ch)));
}

Value Interpreter::runCharIsUppercase(StdCall& c) {
  char32_t ch = charOf(c.self);
  return makeBool(isAscii(ch) && std::isupper(static_cast<int>(ch)));
}

Value Interpreter::runCharIsLowercase(StdCall& c) {
  char32_t ch = charOf(c.self);
  return makeBool(isAscii(ch) && std::islower(static_cast<int>(ch)));
}

Value Interpreter::runCharToAsciiUppercase(StdCall& c) {
  char32_t ch = charOf(c.self);
  return makeChar(isAscii(ch) ? static_cast<char32_t>(std::toupper(static_cast<int>(ch))) : ch);
}

Value Interpreter::runCharToAsciiLowercase(StdCall& c) {
  char32_t ch = charOf(c.self);
  return makeChar(isAscii(ch) ? static_cast<char32_t>(std::tolower(static_cast<int>(ch))) : ch);
}

// ---------------------------------------------------------------- to_string

// Rust 1.95's to_string: unsigned integers, chars and bools allocate
// exactly; signed integers reserve the type's widest value (plus one for a
// minus sign); floats are written into a growing String::new().
Value Interpreter::runToStringOf(StdCall& c) {
  const Type& rt = T_.get(c.recv.type);
  std::string s = renderValue(c.recv, FormatSpec{});
  if (rt.kind == TypeKind::Float) {
    Value out = newString("", 0);
    Address header = holdInScratch(out);
    stringAppend(header, s);
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
