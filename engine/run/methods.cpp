// Builtin methods of Vec, String, str, Option and the integers, with Rust's
// panics ("removal index (is 5) should be < len (is 3)") and Rust's
// allocation behaviour (see builtins.cpp for the growth rule).
#include "run/interpreter.h"

namespace sh {

namespace {
std::string encodeChar(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}
}  // namespace

Value Interpreter::callMethod(const Expr& call, BuiltinMethod m, const Place& recv, Value receiverValue) {
  std::vector<Value> args;
  for (const auto& a : call.args) {
    args.push_back(eval(*a));
    if (flow_ != Flow::Normal) return makeUnit();
  }
  const Type rt = T_.get(recv.type);
  TypeId elem = rt.args.empty() ? kNoType : rt.args[0];
  Address h = recv.addr;  // the Vec or String header
  auto len = [&] { return mem_.readU64(h + 16); };
  auto cap = [&] { return mem_.readU64(h + 8); };
  auto data = [&] { return mem_.readU64(h); };
  auto elemSize = [&] { return T_.layout(elem).size; };
  auto optionRef = [&](bool some, Address target) {
    if (!some) return makeOption(call.type, nullptr);
    Value r(T_.get(call.type).args[0], 8);
    r.setU64(0, target);
    return makeOption(call.type, &r);
  };
  auto shrink = [&](TypeId e) {
    uint64_t n = len(), c = cap(), size = T_.layout(e).size;
    if (c <= n || size == 0) return;
    int32_t cell = mem_.cellAt(data())->id;
    if (n == 0) {
      mem_.free(cell);
      ++frees_;
      setBuffer(h, T_.layout(e).align, 0);
    } else {
      setBuffer(h, mem_.reallocate(cell, n * size, n).addr, n);
    }
  };
  auto strOf = [&]() -> std::string {
    if (rt.kind == TypeKind::String) return readString(h);
    std::string s(recv.meta, '\0');
    mem_.read(recv.addr, s.data(), recv.meta);
    return s;
  };
  const Span at = call.span;
  switch (m) {
    case BuiltinMethod::VecPush: vecPush(h, elem, args[0]); return makeUnit();
    case BuiltinMethod::VecPop: {
      uint64_t n = len();
      if (n == 0) return makeOption(call.type, nullptr);
      Value v = readPlace(Place{data() + (n - 1) * elemSize(), elem}, false);
      setLength(h, n - 1);
      return makeOption(call.type, &v);
    }
    case BuiltinMethod::VecLen: case BuiltinMethod::StringLen: return makeInt(T_.usize(), len());
    case BuiltinMethod::VecCapacity: case BuiltinMethod::StringCapacity:
      return makeInt(T_.usize(), static_cast<__int128>(cap()));
    case BuiltinMethod::VecIsEmpty: case BuiltinMethod::StringIsEmpty: return makeBool(len() == 0);
    case BuiltinMethod::VecClear: case BuiltinMethod::VecTruncate: {
      uint64_t keep = m == BuiltinMethod::VecClear ? 0 : args[0].u64();
      uint64_t n = len();
      if (keep >= n) return makeUnit();
      setLength(h, keep);
      for (uint64_t i = keep; i < n; ++i) dropValue(data() + i * elemSize(), elem);
      return makeUnit();
    }
    case BuiltinMethod::VecInsert: {
      uint64_t i = args[0].u64(), n = len();
      if (i > n) panic("insertion index (is " + std::to_string(i) + ") should be <= len (is " + std::to_string(n) + ")", at);
      growAmortized(h, elem, 1, at);
      uint64_t size = elemSize();
      if (i < n) mem_.copy(data() + (i + 1) * size, data() + i * size, (n - i) * size);
      mem_.write(data() + i * size, args[1].data(), size);
      setLength(h, n + 1);
      return makeUnit();
    }
    case BuiltinMethod::VecRemove: {
      uint64_t i = args[0].u64(), n = len();
      if (i >= n) panic("removal index (is " + std::to_string(i) + ") should be < len (is " + std::to_string(n) + ")", at);
      uint64_t size = elemSize();
      Value v = readPlace(Place{data() + i * size, elem}, false);
      if (i + 1 < n) mem_.copy(data() + i * size, data() + (i + 1) * size, (n - i - 1) * size);
      setLength(h, n - 1);
      return v;
    }
    case BuiltinMethod::VecReserve: growAmortized(h, elem, args[0].u64(), at); return makeUnit();
    case BuiltinMethod::StringReserve: growAmortized(h, T_.intType(IntKind::U8), args[0].u64(), at); return makeUnit();
    case BuiltinMethod::VecShrinkToFit: shrink(elem); return makeUnit();
    case BuiltinMethod::StringShrinkToFit: shrink(T_.intType(IntKind::U8)); return makeUnit();
    case BuiltinMethod::VecGet: {
      uint64_t i = args[0].u64();
      return optionRef(i < len(), data() + i * elemSize());
    }
    case BuiltinMethod::VecFirst: return optionRef(len() > 0, data());
    case BuiltinMethod::VecLast: return optionRef(len() > 0, data() + (len() - 1) * elemSize());
    case BuiltinMethod::VecContains: {
      Place needle = deref(Place{materialize(args[0]), args[0].type});
      for (uint64_t i = 0; i < len(); ++i)
        if (compareValues(Place{data() + i * elemSize(), elem}, needle) == 0) return makeBool(true);
      return makeBool(false);
    }
    case BuiltinMethod::VecIter: case BuiltinMethod::StrChars:
      SH_CHECK(false, "an iterator used outside a for loop");
      return makeUnit();
    case BuiltinMethod::VecExtendFromSlice: {
      uint64_t n = args[0].u64(8);
      Address src = args[0].u64(0);
      growAmortized(h, elem, n, at);
      uint64_t size = elemSize();
      for (uint64_t i = 0; i < n; ++i) {
        Value v = cloneValue(src + i * size, elem);
        uint64_t l = len();
        mem_.write(data() + l * size, v.data(), size);
        setLength(h, l + 1);
      }
      return makeUnit();
    }
    case BuiltinMethod::StringPush: {
      char32_t c = static_cast<char32_t>(args[0].u64() & 0xFFFFFFFF);
      stringAppend(h, encodeChar(c));
      return makeUnit();
    }
    case BuiltinMethod::StringPushStr: stringAppend(h, readStr(args[0])); return makeUnit();
    case BuiltinMethod::StringAsStr: return makeStrRef(data(), len());
    case BuiltinMethod::StringClear: setLength(h, 0); return makeUnit();
    case BuiltinMethod::StrLen: return makeInt(T_.usize(), static_cast<__int128>(recv.meta));
    case BuiltinMethod::StrIsEmpty: return makeBool(recv.meta == 0);
    case BuiltinMethod::StrToString: {
      std::string s = strOf();
      return newString(s, s.size());
    }
    case BuiltinMethod::Clone: {
      if (rt.kind == TypeKind::Str) {
        std::string s = strOf();
        return newString(s, s.size());
      }
      return cloneValue(recv.addr, recv.type);
    }
    case BuiltinMethod::OptionUnwrap: {
      Address tmp = materialize(receiverValue);
      temporaries_.pop_back();
      if (!optionIsSome(tmp, receiverValue.type)) panic("called `Option::unwrap()` on a `None` value", call.nameSpan);
      return readPlace(Place{optionPayload(tmp, receiverValue.type), elem}, false);
    }
    case BuiltinMethod::OptionIsSome: return makeBool(optionIsSome(recv.addr, recv.type));
    case BuiltinMethod::OptionIsNone: return makeBool(!optionIsSome(recv.addr, recv.type));
    case BuiltinMethod::IntAbs: {
      __int128 x = readInt(receiverValue);
      if (x < 0) return arithmetic("-", makeInt(receiverValue.type, 0), receiverValue, at);
      return receiverValue;
    }
    case BuiltinMethod::IntPow: {
      Value result = makeInt(receiverValue.type, 1);
      for (uint64_t i = 0; i < (args[0].u64() & 0xFFFFFFFF); ++i) result = arithmetic("*", result, receiverValue, at);
      return result;
    }
    case BuiltinMethod::IntMin: case BuiltinMethod::IntMax: {
      bool less = readInt(receiverValue) < readInt(args[0]);
      return (m == BuiltinMethod::IntMin) == less ? receiverValue : args[0];
    }
    case BuiltinMethod::ToStringOf: {
      FormatSpec spec;
      std::string s = renderValue(recv, spec);
      return newString(s, s.size());
    }
  }
  return makeUnit();
}

}  // namespace sh
