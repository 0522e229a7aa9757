// The messages of operators.def with the operand types filled in. Kept out
// of the header: only the checker's error paths need them.
#include "syntax/operators.h"

namespace sh {

namespace {

// `{L}` and `{R}` in a template replaced by the left and right types.
std::string fillIn(std::string_view text, const std::string& lhs, const std::string& rhs) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "{L}") == 0 || text.compare(i, 3, "{R}") == 0) {
      out += text[i + 1] == 'L' ? lhs : rhs;
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::string operatorMessage(BinaryOp op, const std::string& lhs, const std::string& rhs) {
  switch (op) {
#define SH_BINARY_OP(name, token, spelling, prec, group, verb, message) \
  case BinaryOp::name: return fillIn(message, lhs, rhs);
#include "syntax/operators.def"
  }
  return "";
}

std::string compoundOperatorMessage(BinaryOp op, const std::string& lhs, const std::string& rhs) {
  switch (op) {
#define SH_COMPOUND_OP(name, token, message) \
  case BinaryOp::name: return fillIn(message, lhs, rhs);
#include "syntax/operators.def"
    case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
    case BinaryOp::And: case BinaryOp::Or:
      break;  // no assigning form
  }
  return operatorMessage(op, lhs, rhs);
}

std::string compoundOpText(BinaryOp op) { return std::string(binaryOpText(op)) + "="; }

}  // namespace sh
