// str's methods that search for a Pattern: contains, find, replace, split
// and their kin.
//
// std takes a Pattern wherever it searches a str: a char, a &str (or a
// &String, a &&str), an array or slice of chars, any one of which
// matches, or a closure or function on chars (`|c: char| !c.is_alphanumeric()`,
// `char::is_whitespace`), called on each char the search meets. Searching
// for a char is searching for its UTF-8, which cannot match inside another
// char, so a Pattern here is text to find or a set of chars. Matches are found the way std's searchers find
// them: left to right without overlapping for the forward methods, right to
// left for rfind, rsplit and the like ("aaa".rfind("aa") is 1), and an
// empty text matching at every char boundary. An iterator's items (split,
// matches ...) are the slices a Rust iterator would yield, computed up front
// as iter.cpp's are. replace sizes its String as std's source does.
//
// A closure is called where std's CharPredicateSearcher calls it: find,
// contains, the trims and the prefix tests meet the chars in std's order
// and stop where it stops. The iterators (split, matches ...) and replace
// search the whole text up front instead of between the items, so there
// each call is watched: one that prints, calls the allocator, changes what
// it captures or panics would show that order and stops the run as "not
// supported yet" at the call. One
// function per row of check/std_methods.def, named run<Row>.
#include <algorithm>

#include "base/utf8.h"
#include "run/interpreter.h"

namespace sh {

struct Interpreter::TextPattern {
  bool isSet = false;            // a set of chars, any one of which matches
  bool textKnown = false;        // std's as_utf8_pattern sees the text: a char, a &str, a &String (not a &&str)
  std::string needle;            // otherwise: this text
  std::vector<char32_t> chars;   // the set
  Interpreter* in = nullptr;     // a closure's set: the chars it returns true for
  mutable HeldCallable fn;
  const StdCall* call = nullptr;
  bool watched = false;          // searched up front: each call watched for an effect

  bool accepts(char32_t c) const {
    if (!in) return std::find(chars.begin(), chars.end(), c) != chars.end();
    return watched ? in->acceptsWatched(*this, c) : in->callHeld(fn, {in->makeChar(c)}, call->call.nameSpan).data()[0] != 0;
  }
};

// The closure's answer for c, the call watched (see the top of this file).
bool Interpreter::acceptsWatched(const TextPattern& p, char32_t c) {
  auto refuse = [&](const std::string& what) {
    Diagnostic d;
    d.message = "`" + p.call->call.text + "` with a closure that " + what +
                " is not supported yet (std calls it between the items, the engine searches the whole text first)";
    d.labels.push_back({p.call->call.nameSpan, "", true});
    throw CompileError(std::move(d));
  };
  const size_t out = stdout_.size(), err = stderr_.size();
  const uint64_t heap = mem_.heapCalls(), writes = mem_.writesOutsideWatch();
  Address outerWatch = mem_.watchWritesAbove(mem_.stackPointer());
  bool yes = false;
  try {
    yes = callHeld(p.fn, {makeChar(c)}, p.call->call.nameSpan).data()[0] != 0;
  } catch (Panic&) {
    refuse("panics");
  }
  mem_.watchWritesAbove(outerWatch);
  if (stdout_.size() != out || stderr_.size() != err) refuse("prints");
  if (mem_.heapCalls() != heap) refuse("calls the allocator");
  if (mem_.writesOutsideWatch() != writes) refuse("changes what it captures");
  return yes;
}

namespace {

using TextPattern = Interpreter::TextPattern;
constexpr size_t kNone = std::string::npos;

struct Match {
  size_t start = kNone, end = kNone;
  bool found() const { return start != kNone; }
};

size_t nextBoundary(const std::string& text, size_t i) { return i + utf8LeadLength(text[i]); }

size_t previousBoundary(const std::string& text, size_t i) {
  do --i; while (i > 0 && isUtf8Continuation(text[i]));
  return i;
}

// The first match that starts at or after `from`.
Match firstMatchFrom(const std::string& text, const TextPattern& p, size_t from) {
  if (from > text.size()) return {};
  if (!p.isSet) {
    size_t at = text.find(p.needle, from);
    return at == kNone ? Match{} : Match{at, at + p.needle.size()};
  }
  for (size_t i = from; i < text.size();) {
    size_t start = i;
    if (p.accepts(decodeUtf8At(text, i))) return {start, i};
  }
  return {};
}

// The last match that ends at or before `end`.
Match lastMatchBefore(const std::string& text, const TextPattern& p, size_t end) {
  if (!p.isSet) {
    if (p.needle.size() > end) return {};
    size_t at = text.rfind(p.needle, end - p.needle.size());
    return at == kNone ? Match{} : Match{at, at + p.needle.size()};
  }
  for (size_t i = end; i > 0;) {
    size_t last = i;
    i = previousBoundary(text, i);
    size_t k = i;
    if (p.accepts(decodeUtf8At(text, k))) return {i, last};
  }
  return {};
}

// Every match, left to right, none overlapping; an empty needle matches at
// each char boundary, the end included.
std::vector<Match> matchesForward(const std::string& text, const TextPattern& p) {
  std::vector<Match> out;
  for (size_t from = 0;;) {
    Match m = firstMatchFrom(text, p, from);
    if (!m.found()) break;
    out.push_back(m);
    if (m.end > m.start) from = m.end;
    else if (m.end >= text.size()) break;
    else from = nextBoundary(text, m.end);
  }
  return out;
}

// Every match, right to left, as a reverse searcher finds them.
std::vector<Match> matchesBackward(const std::string& text, const TextPattern& p) {
  std::vector<Match> out;
  for (size_t end = text.size();;) {
    Match m = lastMatchBefore(text, p, end);
    if (!m.found()) break;
    out.push_back(m);
    if (m.end > m.start) end = m.start;
    else if (m.start == 0) break;
    else end = previousBoundary(text, m.start);
  }
  return out;
}

// The length of a match at the start (or the end) of text[from, to), or kNone.
size_t matchAtStart(const std::string& text, const TextPattern& p, size_t from, size_t to) {
  if (!p.isSet) return to - from >= p.needle.size() && text.compare(from, p.needle.size(), p.needle) == 0 ? p.needle.size() : kNone;
  if (from >= to) return kNone;
  size_t i = from;
  return p.accepts(decodeUtf8At(text, i)) ? i - from : kNone;
}

size_t matchAtEnd(const std::string& text, const TextPattern& p, size_t from, size_t to) {
  if (!p.isSet)
    return to - from >= p.needle.size() && text.compare(to - p.needle.size(), p.needle.size(), p.needle) == 0 ? p.needle.size() : kNone;
  if (from >= to) return kNone;
  size_t start = previousBoundary(text, to), i = start;
  return p.accepts(decodeUtf8At(text, i)) ? to - start : kNone;
}

// The pieces between matches (split, rsplit, splitn ...): at most `limit`
// of them, the last one the rest of the text; a final empty piece dropped
// when `trailingEmpty` is false (split_terminator).
std::vector<Match> piecesBetween(const std::string& text, const std::vector<Match>& matches, bool backward, size_t limit,
                                 bool trailingEmpty) {
  std::vector<Match> pieces;
  if (limit == 0) return pieces;
  size_t edge = backward ? text.size() : 0;
  for (const Match& m : matches) {
    if (pieces.size() + 1 == limit) break;
    pieces.push_back(backward ? Match{m.end, edge} : Match{edge, m.start});
    edge = backward ? m.start : m.end;
  }
  Match rest = backward ? Match{0, edge} : Match{edge, text.size()};
  if (trailingEmpty || rest.end > rest.start) pieces.push_back(rest);
  return pieces;
}

}  // namespace

// A Pattern argument's value: a char; a &str, &String or &&str; an array
// of chars, or a reference to one, or a &[char].
Interpreter::TextPattern Interpreter::patternOf(const StdCall& c, const Value& v, bool upFront) {
  TextPattern p;
  const Type& t = T_.get(v.type);
  if (callsAsPredicate(v.type)) {
    if (T_.needsDrop(v.type)) {  // std drops it with the searcher; the engine's search does not own it
      Diagnostic d;
      d.message = "a closure that owns what it captures given as a Pattern (`" + c.call.text + "`) is not supported yet";
      d.labels.push_back({c.call.nameSpan, "", true});
      throw CompileError(std::move(d));
    }
    p.isSet = true;
    p.in = this;
    p.fn = holdCallable(v);
    p.call = &c;
    p.watched = upFront;
    return p;
  }
  auto charsAt = [&](Address data, uint64_t n) {
    p.isSet = true;
    for (uint64_t i = 0; i < n; ++i) p.chars.push_back(static_cast<char32_t>(readIntAt(data + 4 * i, T_.charType())));
  };
  if (t.kind == TypeKind::Char) {
    p.textKnown = true;
    p.needle = utf8Of(static_cast<char32_t>(v.u64() & 0xFFFFFFFF));
    return p;
  }
  if (t.kind == TypeKind::Array) {
    charsAt(materialize(v), t.length);
    return p;
  }
  const Type& target = T_.get(t.args[0]);
  p.textKnown = target.kind == TypeKind::Str || target.kind == TypeKind::String;
  if (target.kind == TypeKind::Str) p.needle = readStr(v);
  else if (target.kind == TypeKind::String) p.needle = readString(v.u64());
  else if (target.kind == TypeKind::Ref) p.needle = readStr(makeStrRef(mem_.readU64(v.u64()), mem_.readU64(v.u64() + 8)));  // &&str
  else if (target.kind == TypeKind::Array) charsAt(v.u64(), target.length);
  else charsAt(v.u64(0), v.u64(8));  // &[char]
  return p;
}

// A closure, a function, or a reference to one: what a Pattern calls.
bool Interpreter::callsAsPredicate(TypeId t) const {
  while (T_.get(t).kind == TypeKind::Ref) t = T_.get(t).args[0];
  return T_.get(t).kind == TypeKind::FnPtr || T_.closureOf(t) >= 0;
}

// A &str of the receiver's bytes start..end.
Value Interpreter::strSlice(const StdCall& c, size_t start, size_t end) { return makeStrRef(receiverData(c) + start, end - start); }

// ---------------------------------------------------------------- asking

Value Interpreter::runStrContains(StdCall& c) {
  return makeBool(firstMatchFrom(receiverText(c), patternOf(c, c.args[0]), 0).found());
}

Value Interpreter::runStrStartsWith(StdCall& c) {
  std::string text = receiverText(c);
  return makeBool(matchAtStart(text, patternOf(c, c.args[0]), 0, text.size()) != kNone);
}

Value Interpreter::runStrEndsWith(StdCall& c) {
  std::string text = receiverText(c);
  return makeBool(matchAtEnd(text, patternOf(c, c.args[0]), 0, text.size()) != kNone);
}

Value Interpreter::runStrFind(StdCall& c) {
  Match m = firstMatchFrom(receiverText(c), patternOf(c, c.args[0]), 0);
  if (!m.found()) return makeOption(c.call.type, nullptr);
  Value at = makeInt(T_.usize(), static_cast<__int128>(m.start));
  return makeOption(c.call.type, &at);
}

Value Interpreter::runStrRfind(StdCall& c) {
  std::string text = receiverText(c);
  Match m = lastMatchBefore(text, patternOf(c, c.args[0]), text.size());
  if (!m.found()) return makeOption(c.call.type, nullptr);
  Value at = makeInt(T_.usize(), static_cast<__int128>(m.start));
  return makeOption(c.call.type, &at);
}

// ---------------------------------------------------------------- replacing

// std's replace: one ASCII byte for another is a byte-by-byte copy into a
// Vec of exactly the length; otherwise a String of the text's length when
// the replacement is at least as long as the pattern's text (when std can
// see that text: a char, a &str or a &String), else empty, grown by
// push_str with each piece and each replacement.
Value Interpreter::runStrReplace(StdCall& c) {
  std::string text = receiverText(c), to = readStr(c.args[1]);
  TextPattern p = patternOf(c, c.args[0], true);
  bool oneAsciiByte = p.textKnown && p.needle.size() == 1 && static_cast<unsigned char>(p.needle[0]) < 0x80;
  if (oneAsciiByte && to.size() == 1) {
    std::replace(text.begin(), text.end(), p.needle[0], to[0]);
    return newString(text, text.size());
  }
  Value out = newString("", p.textKnown && p.needle.size() <= to.size() ? text.size() : 0);
  Address header = holdInScratch(out);
  size_t last = 0;
  for (const Match& m : matchesForward(text, p)) {
    stringAppend(header, std::string_view(text).substr(last, m.start - last));
    stringAppend(header, to);
    last = m.end;
  }
  stringAppend(header, std::string_view(text).substr(last));
  return readPlace(Place{header, T_.stringType()}, false);
}

// replacen starts from a String of capacity 32, whatever it will hold.
Value Interpreter::runStrReplacen(StdCall& c) {
  std::string text = receiverText(c), to = readStr(c.args[1]);
  uint64_t count = c.args[2].u64();
  Value out = newString("", 32);
  Address header = holdInScratch(out);
  size_t last = 0;
  for (const Match& m : matchesForward(text, patternOf(c, c.args[0], true))) {
    if (count-- == 0) break;
    stringAppend(header, std::string_view(text).substr(last, m.start - last));
    stringAppend(header, to);
    last = m.end;
  }
  stringAppend(header, std::string_view(text).substr(last));
  return readPlace(Place{header, T_.stringType()}, false);
}

// ---------------------------------------------------------------- trimming and stripping

Value Interpreter::runStrTrimMatches(StdCall& c) {
  std::string text = receiverText(c);
  TextPattern p = patternOf(c, c.args[0]);
  size_t a = 0, b = text.size(), n;
  while (a < b && (n = matchAtStart(text, p, a, b)) != kNone && n > 0) a += n;
  size_t rejected = a < b ? nextBoundary(text, a) : a;  // std's searcher took that char going forwards
  while (b > rejected && (n = matchAtEnd(text, p, a, b)) != kNone && n > 0) b -= n;
  return strSlice(c, a, b);
}

Value Interpreter::runStrTrimStartMatches(StdCall& c) {
  std::string text = receiverText(c);
  TextPattern p = patternOf(c, c.args[0]);
  size_t a = 0, n;
  while (a < text.size() && (n = matchAtStart(text, p, a, text.size())) != kNone && n > 0) a += n;
  return strSlice(c, a, text.size());
}

Value Interpreter::runStrTrimEndMatches(StdCall& c) {
  std::string text = receiverText(c);
  TextPattern p = patternOf(c, c.args[0]);
  size_t b = text.size(), n;
  while (b > 0 && (n = matchAtEnd(text, p, 0, b)) != kNone && n > 0) b -= n;
  return strSlice(c, 0, b);
}

Value Interpreter::runStrStripPrefix(StdCall& c) {
  std::string text = receiverText(c);
  size_t n = matchAtStart(text, patternOf(c, c.args[0]), 0, text.size());
  if (n == kNone) return makeOption(c.call.type, nullptr);
  Value rest = strSlice(c, n, text.size());
  return makeOption(c.call.type, &rest);
}

Value Interpreter::runStrStripSuffix(StdCall& c) {
  std::string text = receiverText(c);
  size_t n = matchAtEnd(text, patternOf(c, c.args[0]), 0, text.size());
  if (n == kNone) return makeOption(c.call.type, nullptr);
  Value rest = strSlice(c, 0, text.size() - n);
  return makeOption(c.call.type, &rest);
}

// ---------------------------------------------------------------- splitting in two

// Some((before, after)) around a match, or None.
Value Interpreter::splitAround(StdCall& c, bool last) {
  std::string text = receiverText(c);
  TextPattern p = patternOf(c, c.args[0]);
  Match m = last ? lastMatchBefore(text, p, text.size()) : firstMatchFrom(text, p, 0);
  if (!m.found()) return makeOption(c.call.type, nullptr);
  TypeId pairType = T_.get(c.call.type).args[0];
  Value pair = pairOf(pairType, strSlice(c, 0, m.start), strSlice(c, m.end, text.size()));
  return makeOption(c.call.type, &pair);
}

Value Interpreter::runStrSplitOnce(StdCall& c) { return splitAround(c, false); }
Value Interpreter::runStrRsplitOnce(StdCall& c) { return splitAround(c, true); }

// ---------------------------------------------------------------- iterators

// The items of split and its kin: the pieces between matches, as &strs.
Value Interpreter::splitItems(StdCall& c, bool backward, size_t limit, bool trailingEmpty, const Value& pattern) {
  std::string text = receiverText(c);
  TextPattern p = patternOf(c, pattern, true);
  std::vector<Match> matches = backward ? matchesBackward(text, p) : matchesForward(text, p);
  for (const Match& piece : piecesBetween(text, matches, backward, limit, trailingEmpty))
    c.items.push_back(strSlice(c, piece.start, piece.end));
  return makeUnit();
}

Value Interpreter::runStrSplit(StdCall& c) { return splitItems(c, false, kNone, true, c.args[0]); }
Value Interpreter::runStrRsplit(StdCall& c) { return splitItems(c, true, kNone, true, c.args[0]); }
Value Interpreter::runStrSplitn(StdCall& c) { return splitItems(c, false, c.args[0].u64(), true, c.args[1]); }
Value Interpreter::runStrRsplitn(StdCall& c) { return splitItems(c, true, c.args[0].u64(), true, c.args[1]); }
Value Interpreter::runStrSplitTerminator(StdCall& c) { return splitItems(c, false, kNone, false, c.args[0]); }

Value Interpreter::runStrMatches(StdCall& c) {
  for (const Match& m : matchesForward(receiverText(c), patternOf(c, c.args[0], true))) c.items.push_back(strSlice(c, m.start, m.end));
  return makeUnit();
}

Value Interpreter::runStrMatchIndices(StdCall& c) {
  for (const Match& m : matchesForward(receiverText(c), patternOf(c, c.args[0], true)))
    c.items.push_back(pairOf(itemOf(c), makeInt(T_.usize(), static_cast<__int128>(m.start)), strSlice(c, m.start, m.end)));
  return makeUnit();
}

// lines: split after each '\n', then each line's "\n" or "\r\n" taken off;
// no empty line after a final '\n'.
Value Interpreter::runStrLines(StdCall& c) {
  std::string text = receiverText(c);
  for (size_t start = 0; start < text.size();) {
    size_t newline = text.find('\n', start);
    size_t next = newline == kNone ? text.size() : newline + 1, end = next;
    if (newline != kNone) {
      end = newline;
      if (end > start && text[end - 1] == '\r') --end;
    }
    c.items.push_back(strSlice(c, start, end));
    start = next;
  }
  return makeUnit();
}

}  // namespace sh
