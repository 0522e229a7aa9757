// Builtin methods of Vec, String, str, Option and the integers, with Rust's
// panics ("removal index (is 5) should be < len (is 3)") and Rust's
// allocation behaviour (see builtins.cpp for the growth rule).
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "base/utf8.h"
#include "run/interpreter.h"

namespace sh {

Value Interpreter::makeResult(TypeId resultType, const Value* ok, uint8_t errorKind) {
  const Layout& l = T_.layout(resultType);
  Value r(resultType, l.size);
  if (ok) {
    std::memcpy(r.data() + l.payloadOffset, ok->data(), ok->size());
  } else {
    r.data()[0] = 1;
    r.data()[l.payloadOffset] = errorKind;
  }
  return r;
}

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

Value Interpreter::callMethod(const Expr& call, BuiltinMethod m, const Place& recv, Value receiverValue) {
  std::vector<Value> args;
  for (const auto& a : call.args) {
    args.push_back(eval(*a));
    if (flow_ != Flow::Normal) return makeUnit();
  }
  const Type rt = T_.get(recv.type);
  TypeId elem = rt.args.empty() ? kNoType : rt.args[0];
  Address h = recv.addr;  // the Vec or String header
  // A Vec or String keeps {ptr, cap, len} in its header; an array holds its
  // elements in place; a slice or str place carries its length as meta.
  bool inPlace = rt.kind == TypeKind::Array || rt.kind == TypeKind::Slice || rt.kind == TypeKind::Str;
  auto len = [&] { return rt.kind == TypeKind::Array ? rt.length : inPlace ? recv.meta : mem_.readU64(h + 16); };
  auto cap = [&] { return mem_.readU64(h + 8); };
  auto data = [&] { return inPlace ? recv.addr : mem_.readU64(h); };
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
      if (i > n) panic("insertion index (is " + std::to_string(i) + ") should be <= len (is " + std::to_string(n) + ")", call.nameSpan);
      growAmortized(h, elem, 1, at);
      uint64_t size = elemSize();
      if (i < n) mem_.copy(data() + (i + 1) * size, data() + i * size, (n - i) * size);
      mem_.write(data() + i * size, args[1].data(), size);
      setLength(h, n + 1);
      return makeUnit();
    }
    case BuiltinMethod::VecRemove: {
      uint64_t i = args[0].u64(), n = len();
      if (i >= n) panic("removal index (is " + std::to_string(i) + ") should be < len (is " + std::to_string(n) + ")", call.nameSpan);
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
    case BuiltinMethod::VecIter: case BuiltinMethod::VecIterMut: case BuiltinMethod::StrChars: case BuiltinMethod::StrBytes:
    case BuiltinMethod::StrSplitWhitespace: case BuiltinMethod::IterRev: case BuiltinMethod::IterEnumerate:
    case BuiltinMethod::IterCount: case BuiltinMethod::IterNth: case BuiltinMethod::IterSum: case BuiltinMethod::IterMax:
    case BuiltinMethod::IterMin:
      SH_CHECK(false, "an iterator method reached outside a for loop or an iterator consumer");
      return makeUnit();
    case BuiltinMethod::VecGetMut: {
      uint64_t i = args[0].u64();
      return optionRef(i < len(), data() + i * elemSize());
    }
    case BuiltinMethod::VecFirstMut: return optionRef(len() > 0, data());
    case BuiltinMethod::VecLastMut: return optionRef(len() > 0, data() + (len() - 1) * elemSize());
    case BuiltinMethod::VecReserveExact: vecReserve(h, elem, args[0].u64(), true); return makeUnit();
    case BuiltinMethod::VecSort: case BuiltinMethod::VecReverse: {
      uint64_t n = len(), size = elemSize();
      std::vector<Value> items;
      for (uint64_t i = 0; i < n; ++i) items.push_back(readPlace(Place{data() + i * size, elem}, false));
      if (m == BuiltinMethod::VecReverse) {
        std::reverse(items.begin(), items.end());
      } else {
        std::vector<Address> scratch;
        for (const Value& v : items) scratch.push_back(holdInScratch(v));
        std::vector<size_t> order(n);
        for (size_t i = 0; i < n; ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
          return compareValues(Place{scratch[a], elem}, Place{scratch[b], elem}) < 0;
        });
        std::vector<Value> sorted;
        for (size_t i : order) sorted.push_back(items[i]);
        items = std::move(sorted);
      }
      for (uint64_t i = 0; i < n; ++i) mem_.write(data() + i * size, items[i].data(), size);
      return makeUnit();
    }
    case BuiltinMethod::VecSwap: {
      uint64_t a = args[0].u64(), b = args[1].u64(), n = len(), size = elemSize();
      uint64_t bad = a >= n ? a : b;
      if (a >= n || b >= n)
        panic("index out of bounds: the len is " + std::to_string(n) + " but the index is " + std::to_string(bad), call.nameSpan);
      Value va = readPlace(Place{data() + a * size, elem}, false), vb = readPlace(Place{data() + b * size, elem}, false);
      mem_.write(data() + a * size, vb.data(), size);
      mem_.write(data() + b * size, va.data(), size);
      return makeUnit();
    }
    case BuiltinMethod::VecDedup: {
      uint64_t n = len(), size = elemSize(), kept = 0;
      for (uint64_t i = 0; i < n; ++i) {
        Address at = data() + i * size;
        if (kept > 0 && compareValues(Place{data() + (kept - 1) * size, elem}, Place{at, elem}) == 0) {
          dropValue(at, elem);
          continue;
        }
        if (kept != i) mem_.copy(data() + kept * size, at, size);
        ++kept;
      }
      setLength(h, kept);
      return makeUnit();
    }
    case BuiltinMethod::VecJoin: {
      std::string sep = readStr(args[0]), out;
      uint64_t n = len(), size = elemSize();
      bool owned = T_.get(elem).kind == TypeKind::String;
      for (uint64_t i = 0; i < n; ++i) {
        Address at = data() + i * size;
        out += (i ? sep : "") + (owned ? readString(at) : readStr(readPlace(Place{at, elem}, false)));
      }
      return newString(out, out.size());
    }
    case BuiltinMethod::StrContains: case BuiltinMethod::StrStartsWith: case BuiltinMethod::StrEndsWith: {
      std::string text = strOf();
      const Type& pt = T_.get(args[0].type);
      std::string needle;
      if (pt.kind == TypeKind::Char) needle = utf8Of(static_cast<char32_t>(args[0].u64() & 0xFFFFFFFF));
      else if (T_.get(pt.args[0]).kind == TypeKind::String) needle = readString(args[0].u64());
      else needle = readStr(args[0]);
      bool r = m == BuiltinMethod::StrContains ? text.find(needle) != std::string::npos
               : m == BuiltinMethod::StrStartsWith ? text.rfind(needle, 0) == 0
                                                   : text.size() >= needle.size() && text.compare(text.size() - needle.size(), needle.size(), needle) == 0;
      return makeBool(r);
    }
    case BuiltinMethod::StrAsBytes: {
      Value r(call.type, 16);
      r.setU64(0, data());
      r.setU64(8, len());
      return r;
    }
    case BuiltinMethod::StrTrim: {
      std::string text = strOf();
      size_t a = 0, b = text.size();
      while (a < b && std::isspace(static_cast<unsigned char>(text[a]))) ++a;
      while (b > a && std::isspace(static_cast<unsigned char>(text[b - 1]))) --b;
      return makeStrRef(data() + a, b - a);
    }
    case BuiltinMethod::StrToUppercase: case BuiltinMethod::StrToLowercase: {
      std::string text = strOf();
      for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x80) c = static_cast<char>(m == BuiltinMethod::StrToUppercase ? std::toupper(c) : std::tolower(c));
      return newString(text, text.size());
    }
    case BuiltinMethod::StrReplace: {
      // str::replace builds its result with push_str from an empty String.
      std::string text = strOf(), from = readStr(args[0]), to = readStr(args[1]);
      Value out = newString("", 0);
      Address header = holdInScratch(out);
      size_t last = 0;
      if (!from.empty())
        for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, last)) {
          stringAppend(header, text.substr(last, at - last));
          stringAppend(header, to);
          last = at + from.size();
        }
      stringAppend(header, text.substr(last));
      return readPlace(Place{header, T_.stringType()}, false);
    }
    case BuiltinMethod::StringInsert: {
      uint64_t i = args[0].u64(), n = len();
      if (i > n) panic("assertion failed: self.is_char_boundary(idx)", call.nameSpan);
      std::string bytes = utf8Of(static_cast<char32_t>(args[1].u64() & 0xFFFFFFFF));
      growAmortized(h, T_.intType(IntKind::U8), bytes.size(), at);
      if (i < n) mem_.copy(data() + i + bytes.size(), data() + i, n - i);
      mem_.write(data() + i, bytes.data(), bytes.size());
      setLength(h, n + bytes.size());
      return makeUnit();
    }
    case BuiltinMethod::StringPop: case BuiltinMethod::StringRemove: {
      std::string text = strOf();
      uint64_t at0 = m == BuiltinMethod::StringPop ? text.size() : args[0].u64();
      if (m == BuiltinMethod::StringPop) {
        if (text.empty()) return makeOption(call.type, nullptr);
        do --at0; while (at0 > 0 && (static_cast<unsigned char>(text[at0]) & 0xC0) == 0x80);
      } else if (at0 >= text.size()) {
        panic("cannot remove a char from the end of a string", call.nameSpan);
      }
      size_t next = at0;
      char32_t c = decodeUtf8At(text, next);
      size_t width = next - at0;
      if (at0 + width < text.size()) mem_.copy(data() + at0, data() + at0 + width, text.size() - at0 - width);
      setLength(h, text.size() - width);
      Value ch(T_.charType(), 4);
      std::memcpy(ch.data(), &c, 4);
      return m == BuiltinMethod::StringPop ? makeOption(call.type, &ch) : ch;
    }
    case BuiltinMethod::StdinReadLine: {
      // One line of the run's standard input, newline included, appended.
      const std::string& input = options_.stdinText;
      size_t end = input.find('\n', stdinPos_);
      end = end == std::string::npos ? input.size() : end + 1;
      std::string line = input.substr(stdinPos_, end - stdinPos_);
      stdinPos_ = end;
      stringAppend(args[0].u64(), line);
      Value count = makeInt(T_.usize(), static_cast<__int128>(line.size()));
      return makeResult(call.type, &count, 0);
    }
    case BuiltinMethod::StrParse: return parseNumber(call.type, strOf());
    case BuiltinMethod::ResultUnwrap: case BuiltinMethod::ResultExpect: case BuiltinMethod::ResultUnwrapOr: {
      const Layout& l = T_.layout(receiverValue.type);
      if (receiverValue.data()[0] == 0) {
        Value ok(elem, T_.layout(elem).size);
        std::memcpy(ok.data(), receiverValue.data() + l.payloadOffset, ok.size());
        return ok;
      }
      if (m == BuiltinMethod::ResultUnwrapOr) return args[0];
      std::string error = resultErrorText(rt, T_.get(elem).kind == TypeKind::Float, receiverValue.data()[l.payloadOffset]);
      if (m == BuiltinMethod::ResultExpect) panic(readStr(args[0]) + ": " + error, call.nameSpan);
      panic("called `Result::unwrap()` on an `Err` value: " + error, call.nameSpan);
    }
    case BuiltinMethod::ResultIsOk: case BuiltinMethod::ResultIsErr: {
      uint8_t tag = 0;
      mem_.read(recv.addr, &tag, 1);
      return makeBool((tag == 0) == (m == BuiltinMethod::ResultIsOk));
    }
    case BuiltinMethod::OptionExpect: case BuiltinMethod::OptionUnwrapOr: {
      Address tmp = holdInScratch(receiverValue);
      if (optionIsSome(tmp, receiverValue.type)) {
        if (m == BuiltinMethod::OptionUnwrapOr) dropValueNow(args[0]);
        return readPlace(Place{optionPayload(tmp, receiverValue.type), elem}, false);
      }
      if (m == BuiltinMethod::OptionExpect) panic(readStr(args[0]), call.nameSpan);
      return args[0];
    }
    case BuiltinMethod::OptionTake: {
      Value old = readPlace(recv, false);
      Value none = makeOption(recv.type, nullptr);
      mem_.write(recv.addr, none.data(), none.size());
      return old;
    }
    case BuiltinMethod::CharLenUtf8: case BuiltinMethod::CharIsAlphabetic: case BuiltinMethod::CharIsNumeric:
    case BuiltinMethod::CharIsWhitespace: case BuiltinMethod::CharIsUppercase: case BuiltinMethod::CharIsLowercase:
    case BuiltinMethod::CharToAsciiUppercase: case BuiltinMethod::CharToAsciiLowercase: {
      char32_t c = static_cast<char32_t>(receiverValue.u64() & 0xFFFFFFFF);
      bool ascii = c < 0x80;
      switch (m) {
        case BuiltinMethod::CharLenUtf8: return makeInt(T_.usize(), static_cast<__int128>(utf8Of(c).size()));
        case BuiltinMethod::CharIsAlphabetic: return makeBool(ascii ? std::isalpha(static_cast<int>(c)) != 0 : true);
        case BuiltinMethod::CharIsNumeric: return makeBool(ascii && std::isdigit(static_cast<int>(c)));
        case BuiltinMethod::CharIsWhitespace: return makeBool(ascii && std::isspace(static_cast<int>(c)));
        case BuiltinMethod::CharIsUppercase: return makeBool(ascii && std::isupper(static_cast<int>(c)));
        case BuiltinMethod::CharIsLowercase: return makeBool(ascii && std::islower(static_cast<int>(c)));
        default: {
          char32_t r = ascii ? static_cast<char32_t>(m == BuiltinMethod::CharToAsciiUppercase ? std::toupper(static_cast<int>(c)) : std::tolower(static_cast<int>(c))) : c;
          Value v(T_.charType(), 4);
          std::memcpy(v.data(), &r, 4);
          return v;
        }
      }
    }
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
      stringAppend(h, utf8Of(c));
      return makeUnit();
    }
    case BuiltinMethod::StringPushStr: stringAppend(h, readStr(args[0])); return makeUnit();
    case BuiltinMethod::StringAsStr: return makeStrRef(data(), len());
    case BuiltinMethod::StringClear: setLength(h, 0); return makeUnit();
    case BuiltinMethod::StrLen: return makeInt(T_.usize(), static_cast<__int128>(len()));
    case BuiltinMethod::StrIsEmpty: return makeBool(len() == 0);
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
      Address tmp = holdInScratch(receiverValue);
      if (!optionIsSome(tmp, receiverValue.type)) panic("called `Option::unwrap()` on a `None` value", call.nameSpan);
      return readPlace(Place{optionPayload(tmp, receiverValue.type), elem}, false);
    }
    case BuiltinMethod::OptionIsSome: return makeBool(optionIsSome(recv.addr, recv.type));
    case BuiltinMethod::OptionIsNone: return makeBool(!optionIsSome(recv.addr, recv.type));
    case BuiltinMethod::IntAbs: {
      __int128 x = readInt(receiverValue);
      if (x < 0) return arithmetic(BinaryOp::Sub, makeInt(receiverValue.type, 0), receiverValue, at);
      return receiverValue;
    }
    case BuiltinMethod::IntPow: {
      Value result = makeInt(receiverValue.type, 1);
      for (uint64_t i = 0; i < (args[0].u64() & 0xFFFFFFFF); ++i) result = arithmetic(BinaryOp::Mul, result, receiverValue, at);
      return result;
    }
    case BuiltinMethod::IntMin: case BuiltinMethod::IntMax: {
      bool less = readInt(receiverValue) < readInt(args[0]);
      return (m == BuiltinMethod::IntMin) == less ? receiverValue : args[0];
    }
    case BuiltinMethod::ToStringOf: {
      // Rust 1.95's to_string: unsigned integers, chars and bools allocate
      // exactly; signed integers reserve the type's widest value (plus one for
      // a minus sign); floats are written into a growing String::new().
      std::string s = renderValue(recv, FormatSpec{});
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
  }
  return makeUnit();
}

}  // namespace sh
