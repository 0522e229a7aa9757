// The operator enums and what each operator is called, from operators.def.
//
// The parser turns a token into a BinaryOp or UnaryOp once; every later
// stage switches over the enum (no `default:`, so a new operator is a
// compile error wherever it is not yet handled) instead of comparing
// spellings, which kept the interpreter's arithmetic comparing strings on
// every `+`. The words rustc uses for each operator sit in the same row as
// its token and precedence, so a message cannot name the wrong operator.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sh {

enum class BinaryOp : uint8_t {
#define SH_BINARY_OP(name, token, spelling, prec, group, verb, message) name,
#include "syntax/operators.def"
};

enum class UnaryOp : uint8_t {
#define SH_UNARY_OP(name, token, spelling) name,
#include "syntax/operators.def"
};

// What kind of operation a binary operator is: it decides how the operands
// are typed and evaluated.
enum class OpGroup : uint8_t {
  Arithmetic,  // + - * / %: numbers of one type; overflow and division by zero panic
  Bitwise,     // & | ^: integers of one type, or bools
  Shift,       // << >>: any integer by any integer
  Comparison,  // == != < <= > >=: PartialEq / PartialOrd, compares places
  Logical,     // && ||: bools, the right side evaluated only when needed
};

constexpr std::string_view binaryOpText(BinaryOp op) {
  switch (op) {
#define SH_BINARY_OP(name, token, spelling, prec, group, verb, message) \
  case BinaryOp::name: return spelling;
#include "syntax/operators.def"
  }
  return "";
}

constexpr OpGroup opGroup(BinaryOp op) {
  switch (op) {
#define SH_BINARY_OP(name, token, spelling, prec, group, verb, message) \
  case BinaryOp::name: return OpGroup::group;
#include "syntax/operators.def"
  }
  return OpGroup::Arithmetic;
}

// "add" for Add: the end of "attempt to add with overflow"; empty for an
// operator that cannot overflow.
constexpr std::string_view overflowVerb(BinaryOp op) {
  switch (op) {
#define SH_BINARY_OP(name, token, spelling, prec, group, verb, message) \
  case BinaryOp::name: return verb;
#include "syntax/operators.def"
  }
  return "";
}

constexpr std::string_view unaryOpText(UnaryOp op) {
  switch (op) {
#define SH_UNARY_OP(name, token, spelling) \
  case UnaryOp::name: return spelling;
#include "syntax/operators.def"
  }
  return "";
}

// rustc's message for `lhs op rhs` when the types do not support it, e.g.
// "cannot add `f64` to `i32`" (see operators.def for which error uses it).
std::string operatorMessage(BinaryOp op, const std::string& lhs, const std::string& rhs);

// The same for `lhs op= rhs`, e.g. "cannot add-assign `f64` to `i32`".
std::string compoundOperatorMessage(BinaryOp op, const std::string& lhs, const std::string& rhs);

// "+=" for Add.
std::string compoundOpText(BinaryOp op);

}  // namespace sh
