// String and str: a String is a Vec<u8> holding UTF-8 (it grows by Vec's
// rule, vec.cpp); a str place is its bytes with the length as meta.
//
// Allocation follows Rust 1.95: String::from and to_string of a str
// allocate exactly the length, clone the length, with_capacity what it is
// asked; replace builds its result with push_str from an empty String;
// to_uppercase and to_lowercase allocate the length, then grow as push
// does. One function per row of
// check/std_methods.def and check/std_fns.def, named run<Row>.
#include <algorithm>
#include <cctype>

#include "base/unicode.h"
#include "base/utf8.h"
#include "base/limits.h"
#include "run/interpreter.h"
#include "run/std/std_locations.h"

namespace sh {

Value Interpreter::newString(std::string_view text, uint64_t cap) {
  Value v = newVec(T_.stringType(), cap);
  if (!text.empty()) {
    mem_.write(v.u64(VecHeader::ptr), text.data(), text.size());
    mem_.setLength(mem_.cellAt(v.u64(VecHeader::ptr))->id, text.size());
  }
  v.setU64(VecHeader::len, text.size());
  return v;
}

void Interpreter::stringAppend(Address header, std::string_view text) {
  if (text.empty()) return;
  uint64_t len = mem_.readU64(header + VecHeader::len);
  growAmortized(header, T_.intType(IntKind::U8), text.size(), {});
  mem_.write(mem_.readU64(header + VecHeader::ptr) + len, text.data(), text.size());
  setLength(header, len + text.size());
}

std::string Interpreter::readString(Address header) const {
  uint64_t len = mem_.readU64(header + VecHeader::len);
  std::string s(len, '\0');
  mem_.read(mem_.readU64(header + VecHeader::ptr), s.data(), len);
  return s;
}

std::string Interpreter::readStr(const Value& strRef) const {
  std::string s(strRef.u64(8), '\0');
  mem_.read(strRef.u64(0), s.data(), s.size());
  return s;
}

// ---------------------------------------------------------------- String::new, from, with_capacity

Value Interpreter::runStringNew(StdCall&) { return newString("", 0); }

// A String given is handed back as it is (std's `From<String>` is the
// identity); a char and a `&str` make an exact allocation of their text.
Value Interpreter::runStringFrom(StdCall& c) {
  const Type& arg = T_.get(c.args[0].type);
  if (arg.kind == TypeKind::String) return std::move(c.args[0]);
  std::string text = arg.kind == TypeKind::Char ? utf8Of(static_cast<char32_t>(c.args[0].u64() & 0xFFFFFFFF)) : readStr(c.args[0]);
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

Value Interpreter::runStringToString(StdCall& c) { return cloneValue(c.recv.addr, c.recv.type, c.call.nameSpan); }

// ---------------------------------------------------------------- str

Value Interpreter::runStrLen(StdCall& c) { return makeInt(T_.usize(), static_cast<__int128>(receiverLen(c))); }
Value Interpreter::runStrIsEmpty(StdCall& c) { return makeBool(receiverLen(c) == 0); }

Value Interpreter::runStrToString(StdCall& c) {
  std::string s = receiverText(c);
  return newString(s, s.size());
}

Value Interpreter::runStrToOwned(StdCall& c) { return runStrToString(c); }

// trim, trim_start, trim_end: Unicode's whitespace off either end.
Value Interpreter::trimWhitespace(StdCall& c, bool start, bool end) {
  std::string text = receiverText(c);
  size_t a = 0, b = text.size();
  while (start && a < b) {
    size_t next = a;
    if (!charHas(CharProperty::Whitespace, decodeUtf8At(text, next))) break;
    a = next;
  }
  while (end && b > a) {
    size_t last = b - 1;
    while (last > a && isUtf8Continuation(text[last])) --last;
    size_t at = last;
    if (!charHas(CharProperty::Whitespace, decodeUtf8At(text, at))) break;
    b = last;
  }
  return makeStrRef(receiverData(c) + a, b - a);
}

Value Interpreter::runStrTrim(StdCall& c) { return trimWhitespace(c, true, true); }
Value Interpreter::runStrTrimStart(StdCall& c) { return trimWhitespace(c, true, false); }
Value Interpreter::runStrTrimEnd(StdCall& c) { return trimWhitespace(c, false, true); }

Value Interpreter::runStrAsBytes(StdCall& c) {
  Value r(c.call.type, 16);
  r.setU64(0, receiverData(c));
  r.setU64(8, receiverLen(c));
  return r;
}

// parse into a number is std's own; into a type of the program's, its
// `impl FromStr`'s from_str, called with the text as std's parse calls it.
Value Interpreter::runStrParse(StdCall& c) {
  auto own = p_.fromStrs.find(T_.get(c.call.type).args[0]);
  if (own != p_.fromStrs.end())
    return callFunction(own->second, {makeStrRef(receiverData(c), receiverLen(c))}, currentStepSpan());
  return parseNumber(c.call.type, receiverText(c));
}

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

// ---------------------------------------------------------------- more of str

Value Interpreter::pairOf(TypeId pairType, const Value& first, const Value& second) {
  const Layout& l = T_.layout(pairType);
  Value pair(pairType, l.size);
  std::memcpy(pair.data() + l.fields[0].offset, first.data(), first.size());
  std::memcpy(pair.data() + l.fields[1].offset, second.data(), second.size());
  return pair;
}

Value Interpreter::runStrCharIndices(StdCall& c) {
  std::string text = receiverText(c);
  for (size_t i = 0; i < text.size();) {
    Value at = makeInt(T_.usize(), static_cast<__int128>(i));
    c.items.push_back(pairOf(itemOf(c), at, makeChar(decodeUtf8At(text, i))));
  }
  return makeUnit();
}

// repeat: a buffer of exactly len * n bytes, as [T]::repeat makes.
Value Interpreter::runStrRepeat(StdCall& c) {
  std::string text = receiverText(c);
  uint64_t n = c.args[0].u64(), total = 0;
  if (__builtin_mul_overflow(static_cast<uint64_t>(text.size()), n, &total) || total > static_cast<uint64_t>(INT64_MAX))
    panicCapacityOverflow(c.call.span);
  if (total > limits::kHeapBytes) throw OutOfMemory{total};
  std::string out;
  out.reserve(total);
  for (uint64_t i = 0; i < n && !text.empty(); ++i) out += text;
  return newString(out, total);
}

// to_ascii_uppercase and to_ascii_lowercase: a copy of exactly the length.
Value Interpreter::runStrToAsciiUppercase(StdCall& c) {
  std::string text = receiverText(c);
  for (char& ch : text)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return newString(text, text.size());
}

// make_ascii_uppercase and make_ascii_lowercase: the text's bytes changed
// where they lie (a String's buffer, or what a `&mut str` points to), each
// ASCII letter mapped and every other byte kept, as core's loop over them.
Value Interpreter::runStrMakeAsciiUppercase(StdCall& c) { return mapAsciiInPlace(c, 'a', 'A'); }
Value Interpreter::runStrMakeAsciiLowercase(StdCall& c) { return mapAsciiInPlace(c, 'A', 'a'); }

Value Interpreter::mapAsciiInPlace(StdCall& c, char from, char to) {
  std::string text = receiverText(c);
  for (char& ch : text)
    if (ch >= from && ch <= from + 25) ch = static_cast<char>(ch - from + to);
  if (!text.empty()) mem_.write(receiverData(c), text.data(), text.size());
  return makeUnit();
}

Value Interpreter::runStrToAsciiLowercase(StdCall& c) {
  std::string text = receiverText(c);
  for (char& ch : text)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return newString(text, text.size());
}

Value Interpreter::runStrEqIgnoreAsciiCase(StdCall& c) {
  std::string a = receiverText(c), b = readStr(c.args[0]);
  auto lower = [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; };
  return makeBool(a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); }));
}

bool Interpreter::isCharBoundary(const StdCall& c, uint64_t i) {
  std::string text = receiverText(c);
  return i == 0 || i == text.size() || (i < text.size() && !isUtf8Continuation(text[i]));
}

Value Interpreter::runStrIsCharBoundary(StdCall& c) { return makeBool(isCharBoundary(c, c.args[0].u64())); }

// split_at checks as `&s[..mid]` would, but the panic is inside core.
Value Interpreter::runStrSplitAt(StdCall& c) {
  std::string text = receiverText(c);
  uint64_t mid = c.args[0].u64();
  try {
    checkSliceRange(text, true, text.size(), 0, mid, mid, c.call.span);
    requireCharBoundaries(receiverData(c), text.size(), 0, mid, c.call.span);
  } catch (Panic& p) {
    p.inStd = stdLocation(StdSite::StrSplitAt);
    throw;
  }
  return pairOf(c.call.type, makeStrRef(receiverData(c), mid), makeStrRef(receiverData(c) + mid, text.size() - mid));
}

// ---------------------------------------------------------------- more of String

// retain as std's: each char handed to the closure once, in order; a kept
// one is written back over the bytes of those rejected before it, and the
// length is set once the walk is done (std's SetLenOnDrop guard).
Value Interpreter::runStringRetain(StdCall& c) {
  std::string text = receiverText(c);
  HeldCallable f = holdCallable(c.args[0]);
  uint64_t deleted = 0;
  for (size_t at = 0; at < text.size();) {
    size_t next = at;
    char32_t ch = decodeUtf8At(text, next);
    if (callHeld(f, {makeChar(ch)}, c.call.nameSpan).data()[0] == 0) deleted += next - at;
    else if (deleted > 0) mem_.write(receiverData(c) + at - deleted, text.data() + at, next - at);
    at = next;
  }
  setLength(c.recv.addr, text.size() - deleted);
  releaseCallable(f);
  return makeUnit();
}

Value Interpreter::runStringTruncate(StdCall& c) {
  uint64_t keep = c.args[0].u64();
  if (keep > receiverLen(c)) return makeUnit();
  if (!isCharBoundary(c, keep)) panic("assertion failed: self.is_char_boundary(new_len)", c.call.nameSpan);
  setLength(c.recv.addr, keep);
  return makeUnit();
}

Value Interpreter::runStringInsertStr(StdCall& c) {
  uint64_t i = c.args[0].u64(), n = receiverLen(c);
  if (!isCharBoundary(c, i)) panic("assertion failed: self.is_char_boundary(idx)", c.call.nameSpan);
  std::string bytes = readStr(c.args[1]);
  growAmortized(c.recv.addr, T_.intType(IntKind::U8), bytes.size(), c.call.span);
  Address data = receiverData(c);
  if (!bytes.empty() && i < n) mem_.copy(data + i + bytes.size(), data + i, n - i);
  if (!bytes.empty()) mem_.write(data + i, bytes.data(), bytes.size());
  setLength(c.recv.addr, n + bytes.size());
  return makeUnit();
}

// replace_range(range, with) as std's: the range checked as core's
// slice::range checks it (its panics inside core), both ends asserted on
// char boundaries at the call, then Vec::splice of the new bytes: the gap
// filled, and when the new text is longer the room reserved once as
// `reserve` grows a Vec, the tail moved up; moved down when it is shorter.
Value Interpreter::runStringReplaceRange(StdCall& c) {
  uint64_t n = receiverLen(c);
  auto [start, end] = rangeArgument(c, n);
  if (!isCharBoundary(c, start)) panic("start of range should be a character boundary", c.call.nameSpan);
  if (!isCharBoundary(c, end)) panic("end of range should be a character boundary", c.call.nameSpan);
  std::string with = readStr(c.args[1]);
  uint64_t removed = end - start;
  if (with.size() > removed) growAmortized(c.recv.addr, T_.intType(IntKind::U8), with.size() - removed, c.call.span);
  Address data = receiverData(c);
  if (end < n && with.size() != removed) mem_.copy(data + start + with.size(), data + end, n - end);
  if (!with.empty()) mem_.write(data + start, with.data(), with.size());
  setLength(c.recv.addr, n - removed + with.size());
  return makeUnit();
}

// drain: the range taken out as a stream (streams.cpp's drainStream).
Value Interpreter::runStringDrain(StdCall& c) {
  c.stream = drainStream(c);
  return makeUnit();
}

// split_off: the tail moves to a new String of exactly its length.
Value Interpreter::runStringSplitOff(StdCall& c) {
  uint64_t at = c.args[0].u64();
  if (!isCharBoundary(c, at)) panic("assertion failed: self.is_char_boundary(at)", c.call.nameSpan);
  return splitOffTail(c, T_.intType(IntKind::U8));
}

// String's Extend impls: chars (and &chars) reserve the lower size hint
// first and push each; &strs and Strings are pushed one by one (each
// String dropped once pushed).
Value Interpreter::runStringExtend(StdCall& c) {
  Address h = c.recv.addr;
  TypeId item = c.otherStream ? c.otherStream->item : T_.charType();
  const Type& it = T_.get(item);
  bool chars = item == T_.charType() || (it.kind == TypeKind::Ref && it.args[0] == T_.charType());
  extendWith(
      c, chars ? T_.charType() : item,
      [&](SizeHint hint, bool) {
        if (chars) growAmortized(h, T_.intType(IntKind::U8), hint.lower, c.call.nameSpan);
      },
      [&](Value x) {
        if (chars) {
          stringAppend(h, utf8Of(static_cast<char32_t>(x.u64(0) & 0xFFFFFFFF)));
        } else if (x.type == T_.stringType()) {
          stringAppend(h, readString(holdInScratch(x)));
          dropValueNow(std::move(x));
        } else {
          stringAppend(h, readStr(x));
        }
      });
  return makeUnit();
}

}  // namespace sh
