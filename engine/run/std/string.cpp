// String and str: a String is a Vec<u8> holding UTF-8 (it grows by Vec's
// rule, vec.cpp); a str place is its bytes with the length as meta.
//
// Allocation follows Rust 1.95: String::from and to_string of a str
// allocate exactly the length, clone the length, with_capacity what it is
// asked; replace builds its result with push_str from an empty String;
// to_uppercase and to_lowercase allocate the length, then grow as push
// does. One function per row of
// check/std_methods.def and check/std_fns.def, named run<Row>.
#include <cctype>

#include "base/unicode.h"
#include "base/utf8.h"
#include "run/interpreter.h"

namespace sh {

Value Interpreter::newString(std::string_view text, uint64_t cap) {
  Value v = newVec(T_.stringType(), cap);
  if (!text.empty()) {
    mem_.write(v.u64(0), text.data(), text.size());
    mem_.setLength(mem_.cellAt(v.u64(0))->id, text.size());
  }
  v.setU64(16, text.size());
  return v;
}

void Interpreter::stringAppend(Address header, std::string_view text) {
  if (text.empty()) return;
  uint64_t len = mem_.readU64(header + 16);
  growAmortized(header, T_.intType(IntKind::U8), text.size(), {});
  mem_.write(mem_.readU64(header) + len, text.data(), text.size());
  setLength(header, len + text.size());
}

std::string Interpreter::readString(Address header) const {
  uint64_t len = mem_.readU64(header + 16);
  std::string s(len, '\0');
  mem_.read(mem_.readU64(header), s.data(), len);
  return s;
}

std::string Interpreter::readStr(const Value& strRef) const {
  std::string s(strRef.u64(8), '\0');
  mem_.read(strRef.u64(0), s.data(), s.size());
  return s;
}

// ---------------------------------------------------------------- String::new, from, with_capacity

Value Interpreter::runStringNew(StdCall&) { return newString("", 0); }

Value Interpreter::runStringFrom(StdCall& c) {
  std::string text = readStr(c.args[0]);
  return newString(text, text.size());
}

Value Interpreter::runStringWithCapacity(StdCall& c) {
  return newVec(T_.stringType(), c.args[0].u64());
}

// ---------------------------------------------------------------- String

Value Interpreter::runStringPush(StdCall& c) {
  stringAppend(c.recv.addr, utf8Of(static_cast<char32_t>(c.args[0].u64() & 0xFFFFFFFF)));
  return makeUnit();
}

Value Interpreter::runStringPushStr(StdCall& c) {
  stringAppend(c.recv.addr, readStr(c.args[0]));
  return makeUnit();
}

Value Interpreter::runStringCapacity(StdCall& c) { return runVecCapacity(c); }
Value Interpreter::runStringAsStr(StdCall& c) { return makeStrRef(receiverData(c), receiverLen(c)); }

Value Interpreter::runStringClear(StdCall& c) {
  setLength(c.recv.addr, 0);
  return makeUnit();
}

Value Interpreter::runStringReserve(StdCall& c) {
  growAmortized(c.recv.addr, T_.intType(IntKind::U8), c.args[0].u64(), c.call.span);
  return makeUnit();
}

Value Interpreter::runStringShrinkToFit(StdCall& c) {
  shrinkBufferToFit(c.recv.addr, T_.intType(IntKind::U8));
  return makeUnit();
}

Value Interpreter::runStringInsert(StdCall& c) {
  uint64_t i = c.args[0].u64(), n = receiverLen(c);
  if (i > n) panic("assertion failed: self.is_char_boundary(idx)", c.call.nameSpan);
  std::string bytes = utf8Of(static_cast<char32_t>(c.args[1].u64() & 0xFFFFFFFF));
  growAmortized(c.recv.addr, T_.intType(IntKind::U8), bytes.size(), c.call.span);
  Address data = receiverData(c);
  if (i < n) mem_.copy(data + i + bytes.size(), data + i, n - i);
  mem_.write(data + i, bytes.data(), bytes.size());
  setLength(c.recv.addr, n + bytes.size());
  return makeUnit();
}

// pop and remove: the char at `at` leaves, the bytes after it move down.
Value Interpreter::removeCharAt(StdCall& c, uint64_t at) {
  std::string text = receiverText(c);
  size_t next = at;
  char32_t ch = decodeUtf8At(text, next);
  size_t width = next - at;
  Address data = receiverData(c);
  if (at + width < text.size()) mem_.copy(data + at, data + at + width, text.size() - at - width);
  setLength(c.recv.addr, text.size() - width);
  Value v(T_.charType(), 4);
  std::memcpy(v.data(), &ch, 4);
  return v;
}

Value Interpreter::runStringPop(StdCall& c) {
  std::string text = receiverText(c);
  if (text.empty()) return makeOption(c.call.type, nullptr);
  uint64_t at = text.size();
  do --at; while (at > 0 && isUtf8Continuation(text[at]));
  Value ch = removeCharAt(c, at);
  return makeOption(c.call.type, &ch);
}

Value Interpreter::runStringRemove(StdCall& c) {
  uint64_t at = c.args[0].u64();
  if (at >= receiverLen(c)) panic("cannot remove a char from the end of a string", c.call.nameSpan);
  return removeCharAt(c, at);
}

Value Interpreter::runStringToString(StdCall& c) { return cloneValue(c.recv.addr, c.recv.type); }

// ---------------------------------------------------------------- str

Value Interpreter::runStrLen(StdCall& c) { return makeInt(T_.usize(), static_cast<__int128>(receiverLen(c))); }
Value Interpreter::runStrIsEmpty(StdCall& c) { return makeBool(receiverLen(c) == 0); }

Value Interpreter::runStrToString(StdCall& c) {
  std::string s = receiverText(c);
  return newString(s, s.size());
}

Value Interpreter::runStrToOwned(StdCall& c) { return runStrToString(c); }

Value Interpreter::runStrTrim(StdCall& c) {
  std::string text = receiverText(c);
  size_t a = 0, b = text.size();
  while (a < b) {
    size_t next = a;
    if (!charHas(CharProperty::Whitespace, decodeUtf8At(text, next))) break;
    a = next;
  }
  while (b > a) {
    size_t start = b - 1;
    while (start > a && isUtf8Continuation(text[start])) --start;
    size_t at = start;
    if (!charHas(CharProperty::Whitespace, decodeUtf8At(text, at))) break;
    b = start;
  }
  return makeStrRef(receiverData(c) + a, b - a);
}

Value Interpreter::runStrAsBytes(StdCall& c) {
  Value r(c.call.type, 16);
  r.setU64(0, receiverData(c));
  r.setU64(8, receiverLen(c));
  return r;
}

Value Interpreter::runStrParse(StdCall& c) { return parseNumber(c.call.type, receiverText(c)); }

// to_uppercase and to_lowercase with std's Unicode mappings: a String of
// the text's length up front, then each char's mapping (one to three
// chars) pushed, growing it as push does when a mapping is longer
// (`ß` is `SS`). Lowercase Σ is ς at the end of a word.
Value Interpreter::changeCase(StdCall& c, bool upper) {
  std::string text = receiverText(c);
  Value out = newString("", text.size());
  Address header = holdInScratch(out);
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    char32_t ch = decodeUtf8At(text, i);
    if (!upper && ch == U'Σ') {
      stringAppend(header, utf8Of(lowercaseSigma(text, at)));
      continue;
    }
    CaseMapping m = upper ? upperOf(ch) : lowerOf(ch);
    for (int k = 0; k < m.count; ++k) stringAppend(header, utf8Of(m.chars[k]));
  }
  return readPlace(Place{header, T_.stringType()}, false);
}

Value Interpreter::runStrToUppercase(StdCall& c) { return changeCase(c, true); }
Value Interpreter::runStrToLowercase(StdCall& c) { return changeCase(c, false); }

Value Interpreter::runStrReplace(StdCall& c) {
  std::string text = receiverText(c), from = readStr(c.args[0]), to = readStr(c.args[1]);
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

// The text a Pattern argument matches: a char, a &str or a &String.
std::string Interpreter::patternText(const Value& pattern) {
  const Type& pt = T_.get(pattern.type);
  if (pt.kind == TypeKind::Char) return utf8Of(static_cast<char32_t>(pattern.u64() & 0xFFFFFFFF));
  if (T_.get(pt.args[0]).kind == TypeKind::String) return readString(pattern.u64());
  return readStr(pattern);
}

Value Interpreter::runStrContains(StdCall& c) {
  return makeBool(receiverText(c).find(patternText(c.args[0])) != std::string::npos);
}

Value Interpreter::runStrStartsWith(StdCall& c) { return makeBool(receiverText(c).rfind(patternText(c.args[0]), 0) == 0); }

Value Interpreter::runStrEndsWith(StdCall& c) {
  std::string text = receiverText(c), needle = patternText(c.args[0]);
  return makeBool(text.size() >= needle.size() && text.compare(text.size() - needle.size(), needle.size(), needle) == 0);
}

}  // namespace sh
