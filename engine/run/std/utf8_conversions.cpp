// Bytes read as text: `String::from_utf8(bytes)` and `std::str::from_utf8(&bytes)`.
//
// std checks the bytes with core's run_utf8_validation and, when they are
// UTF-8, hands them back as they are: String::from_utf8 is `String { vec }`,
// the Vec's buffer taken over with its capacity (nothing allocated, nothing
// freed), str::from_utf8 the same bytes as a &str. Otherwise the error says
// where the valid prefix ends and how long the bad sequence is (std's
// Utf8Error, and FromUtf8Error holding the Vec too, so `into_bytes` gives
// it back: check/prelude.cpp), found as core finds it (base/utf8.h).
#include <cstring>
#include <optional>

#include "base/utf8.h"
#include "run/interpreter.h"

namespace sh {

// Utf8Error { valid_up_to, error_len } (an errorLen of 0: None), as the struct `type`.
Value Interpreter::utf8ErrorValue(size_t validUpTo, uint8_t errorLen, TypeId type) {
  Value error(type, T_.layout(type).size);
  Value len = makeInt(T_.intType(IntKind::U8), errorLen);
  for (const FieldLayout& f : T_.layout(type).fields) {
    Value field = f.name == "valid_up_to" ? makeInt(f.type, static_cast<__int128>(validUpTo))
                                          : makeOption(f.type, errorLen > 0 ? &len : nullptr);  // error_len
    std::memcpy(error.data() + f.offset, field.data(), T_.layout(f.type).size);
  }
  return error;
}

// String::from_utf8(vec): Ok(String { vec }), or Err(FromUtf8Error { bytes: vec, error }).
Value Interpreter::runStringFromUtf8(StdCall& c) {
  const Value& vec = c.args[0];
  std::string bytes(vec.u64(VecHeader::len), '\0');
  mem_.read(vec.u64(VecHeader::ptr), bytes.data(), bytes.size());
  Utf8Fault fault = firstUtf8Fault(bytes);
  TypeId result = c.call.type;
  if (!fault.found) {
    Value text(T_.stringType(), VecHeader::size);
    std::memcpy(text.data(), vec.data(), VecHeader::size);
    return makeResultVariant(result, 0, text);
  }
  TypeId errorType = T_.get(result).args[1];
  Value error(errorType, T_.layout(errorType).size);
  for (const FieldLayout& f : T_.layout(errorType).fields) {
    Value field = f.name == "bytes" ? vec : utf8ErrorValue(fault.validUpTo, fault.errorLen, f.type);
    std::memcpy(error.data() + f.offset, field.data(), T_.layout(f.type).size);
  }
  return makeResultVariant(result, 1, error);
}

// std::str::from_utf8(&bytes): Ok(the same bytes as a &str), or Err(Utf8Error).
Value Interpreter::runStrFromUtf8(StdCall& c) { return strFromUtf8(c); }
Value Interpreter::runStrFromUtf8Inherent(StdCall& c) { return strFromUtf8(c); }

Value Interpreter::strFromUtf8(StdCall& c) {
  Address data = c.args[0].u64(0);
  std::string bytes(c.args[0].u64(8), '\0');
  mem_.read(data, bytes.data(), bytes.size());
  Utf8Fault fault = firstUtf8Fault(bytes);
  if (!fault.found) return makeResultVariant(c.call.type, 0, makeStrRef(data, bytes.size()));
  return makeResultVariant(c.call.type, 1, utf8ErrorValue(fault.validUpTo, fault.errorLen, T_.get(c.call.type).args[1]));
}

// std's Display of a Utf8Error, which FromUtf8Error's passes on to: its
// `write!`, piece by piece, with no padding.
void Interpreter::writeUtf8Error(Writes& out, const Place& p) {
  Place error = p;
  if (T_.structOf(p.type).stdPath == "std::string::FromUtf8Error")
    for (const FieldLayout& f : T_.layout(p.type).fields)
      if (f.name == "error") error = Place{p.addr + f.offset, f.type};
  uint64_t validUpTo = 0;
  std::optional<uint64_t> errorLen;
  for (const FieldLayout& f : T_.layout(error.type).fields) {
    if (f.name == "valid_up_to") validUpTo = mem_.readU64(error.addr + f.offset);
    else if (optionIsSome(error.addr + f.offset, f.type))  // error_len
      errorLen = static_cast<uint64_t>(readIntAt(optionPayload(error.addr + f.offset, f.type), T_.intType(IntKind::U8)));
  }
  if (errorLen) {
    out.str("invalid utf-8 sequence of ");
    out.str(std::to_string(*errorLen));
    out.str(" bytes from index ");
  } else {
    out.str("incomplete utf-8 byte sequence from index ");
  }
  out.str(std::to_string(validUpTo));
}

}  // namespace sh
