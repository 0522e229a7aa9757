// The text splitters a learner keeps in a variable: `let mut parts =
// line.split(':');`, `let mut groups = input.split("\n\n");` (and
// `rsplit`, `split_terminator` by a char or a &str), `let mut words =
// text.split_whitespace();`, `let mut lines = input.lines();`
// (check/types.h KeptIter, TextSplitter).
//
// Each is made with std's own fields, and std's `next` runs on those bytes:
// SplitInternal's start and end, the CharSearcher's finger and finger_back
// (the CharIndices a whitespace split walks; a &str's StrSearcher,
// str_searcher.h), allow_trailing_empty and finished. So the picture shows what Rust's iterator holds (a `&str` to
// the haystack and offsets into it, moving as the loop runs), `{:?}` prints
// std's Debug of them, and a clone copies them.
//
// Why simulate std's state machine rather than keep the pieces: the state
// after k calls of `next` is visible (in the diagram and in `{:?}`), and a
// call that returns None may still change it (Lines sets `finished` on the
// empty end after a final '\n'). The pieces a chain or a loop pulls are
// computed up front from a copy of the state, as for every source whose
// haystack cannot change while it is borrowed (run/item_stream.h); a
// `&mut self` consumer that took k of them then runs `next` k times on the
// bytes themselves, once more if it was told None.
#include <cstring>
#include <tuple>

#include "base/unicode.h"
#include "base/utf8.h"
#include "run/interpreter.h"
#include "run/std/str_searcher.h"

namespace sh {

namespace {

// A splitter's fields, read from its bytes and written back (RSplit's and
// SplitTerminator's are Split's).
struct Splitter {
  KeptIter kind = KeptIter::Split;
  SplitSearcher searcher = SplitSearcher::Char;
  TextSplitter at = TextSplitter::of(SplitSearcher::Char);
  uint64_t start = 0, end = 0;
  Address haystack = 0;
  uint64_t haystackLen = 0;
  uint64_t finger = 0, fingerBack = 0;  // Split, Lines: the CharSearcher
  uint8_t encoded[4] = {};
  uint32_t needle = 0;
  uint8_t utf8Size = 0;
  Address charsPtr = 0, charsEnd = 0;  // SplitWhitespace: the CharIndices
  uint64_t frontOffset = 0;
  Address needlePtr = 0;  // by a &str: the needle, and its StrSearcher
  uint64_t needleLen = 0;
  StrSearcher str;
  std::string text, needleText;  // the haystack's bytes, a StrSearcher's needle's (readTexts)
  bool allowTrailingEmpty = true, finished = false;
};

template <typename T>
T readAt(const uint8_t* bytes, uint64_t offset) {
  T v;
  std::memcpy(&v, bytes + offset, sizeof v);
  return v;
}

template <typename T>
void writeAt(uint8_t* bytes, uint64_t offset, T v) {
  std::memcpy(bytes + offset, &v, sizeof v);
}

// A StrSearcher's fields: its variant's tag, then TwoWay's or Empty's.
StrSearcher strSearcherFrom(const uint8_t* b) {
  StrSearcher s;
  s.empty = readAt<uint8_t>(b, TextSplitter::searcherTag) == 0;
  if (s.empty) {
    s.position = readAt<uint64_t>(b, TextSplitter::emptyPosition);
    s.end = readAt<uint64_t>(b, TextSplitter::emptyEnd);
    s.isMatchFw = readAt<uint8_t>(b, TextSplitter::isMatchFw) != 0;
    s.isMatchBw = readAt<uint8_t>(b, TextSplitter::isMatchBw) != 0;
    s.isFinished = readAt<uint8_t>(b, TextSplitter::isFinished) != 0;
    return s;
  }
  s.critPos = readAt<uint64_t>(b, TextSplitter::critPos);
  s.critPosBack = readAt<uint64_t>(b, TextSplitter::critPosBack);
  s.period = readAt<uint64_t>(b, TextSplitter::period);
  s.byteset = readAt<uint64_t>(b, TextSplitter::byteset);
  s.position = readAt<uint64_t>(b, TextSplitter::twoWayPosition);
  s.end = readAt<uint64_t>(b, TextSplitter::twoWayEnd);
  s.memory = readAt<uint64_t>(b, TextSplitter::memory);
  s.memoryBack = readAt<uint64_t>(b, TextSplitter::memoryBack);
  return s;
}

void writeStrSearcher(const StrSearcher& s, uint8_t* b) {
  writeAt<uint8_t>(b, TextSplitter::searcherTag, s.empty ? 0 : 1);
  if (s.empty) {
    writeAt<uint64_t>(b, TextSplitter::emptyPosition, s.position);
    writeAt<uint64_t>(b, TextSplitter::emptyEnd, s.end);
    writeAt<uint8_t>(b, TextSplitter::isMatchFw, s.isMatchFw ? 1 : 0);
    writeAt<uint8_t>(b, TextSplitter::isMatchBw, s.isMatchBw ? 1 : 0);
    writeAt<uint8_t>(b, TextSplitter::isFinished, s.isFinished ? 1 : 0);
    return;
  }
  writeAt<uint64_t>(b, TextSplitter::critPos, s.critPos);
  writeAt<uint64_t>(b, TextSplitter::critPosBack, s.critPosBack);
  writeAt<uint64_t>(b, TextSplitter::period, s.period);
  writeAt<uint64_t>(b, TextSplitter::byteset, s.byteset);
  writeAt<uint64_t>(b, TextSplitter::twoWayPosition, s.position);
  writeAt<uint64_t>(b, TextSplitter::twoWayEnd, s.end);
  writeAt<uint64_t>(b, TextSplitter::memory, s.memory);
  writeAt<uint64_t>(b, TextSplitter::memoryBack, s.memoryBack);
}

Splitter splitterFrom(KeptIter kind, SplitSearcher searcher, const uint8_t* b) {
  Splitter s;
  s.kind = kind;
  s.searcher = searcher;
  s.at = TextSplitter::of(searcher);
  s.start = readAt<uint64_t>(b, s.at.start);
  s.end = readAt<uint64_t>(b, s.at.end);
  s.haystack = readAt<uint64_t>(b, s.at.haystack);
  s.haystackLen = readAt<uint64_t>(b, s.at.haystack + 8);
  switch (searcher) {
    case SplitSearcher::Whitespace:
      s.charsPtr = readAt<uint64_t>(b, TextSplitter::charsPtr);
      s.charsEnd = readAt<uint64_t>(b, TextSplitter::charsEnd);
      s.frontOffset = readAt<uint64_t>(b, TextSplitter::frontOffset);
      break;
    case SplitSearcher::Char:
      s.finger = readAt<uint64_t>(b, TextSplitter::finger);
      s.fingerBack = readAt<uint64_t>(b, TextSplitter::fingerBack);
      std::memcpy(s.encoded, b + TextSplitter::utf8Encoded, 4);
      s.needle = readAt<uint32_t>(b, TextSplitter::needle);
      s.utf8Size = readAt<uint8_t>(b, TextSplitter::utf8Size);
      break;
    case SplitSearcher::Str:
      s.needlePtr = readAt<uint64_t>(b, TextSplitter::strNeedle);
      s.needleLen = readAt<uint64_t>(b, TextSplitter::strNeedle + 8);
      s.str = strSearcherFrom(b);
      break;
  }
  s.allowTrailingEmpty = readAt<uint8_t>(b, s.at.allowTrailingEmpty) != 0;
  s.finished = readAt<uint8_t>(b, s.at.finished) != 0;
  return s;
}

void writeSplitter(const Splitter& s, uint8_t* b) {
  writeAt<uint64_t>(b, s.at.start, s.start);
  writeAt<uint64_t>(b, s.at.end, s.end);
  writeAt<uint64_t>(b, s.at.haystack, s.haystack);
  writeAt<uint64_t>(b, s.at.haystack + 8, s.haystackLen);
  switch (s.searcher) {
    case SplitSearcher::Whitespace:
      writeAt<uint64_t>(b, TextSplitter::charsPtr, s.charsPtr);
      writeAt<uint64_t>(b, TextSplitter::charsEnd, s.charsEnd);
      writeAt<uint64_t>(b, TextSplitter::frontOffset, s.frontOffset);
      break;
    case SplitSearcher::Char:
      writeAt<uint64_t>(b, TextSplitter::finger, s.finger);
      writeAt<uint64_t>(b, TextSplitter::fingerBack, s.fingerBack);
      std::memcpy(b + TextSplitter::utf8Encoded, s.encoded, 4);
      writeAt<uint32_t>(b, TextSplitter::needle, s.needle);
      writeAt<uint8_t>(b, TextSplitter::utf8Size, s.utf8Size);
      break;
    case SplitSearcher::Str:
      writeAt<uint64_t>(b, TextSplitter::strNeedle, s.needlePtr);
      writeAt<uint64_t>(b, TextSplitter::strNeedle + 8, s.needleLen);
      writeStrSearcher(s.str, b);
      break;
  }
  writeAt<uint8_t>(b, s.at.allowTrailingEmpty, s.allowTrailingEmpty ? 1 : 0);
  writeAt<uint8_t>(b, s.at.finished, s.finished ? 1 : 0);
}

// [a, b): a match's or a piece's offsets in the haystack.
struct Piece {
  uint64_t a = 0, b = 0;
};

// CharSearcher::next_match: memchr for the needle's last UTF-8 byte between
// finger and finger_back, then a check of the bytes before it.
std::optional<Piece> nextCharMatch(Splitter& s, std::string_view text) {
  for (;;) {
    if (s.finger > s.fingerBack || s.fingerBack > text.size()) return std::nullopt;
    std::string_view bytes = text.substr(s.finger, s.fingerBack - s.finger);
    size_t index = bytes.find(static_cast<char>(s.encoded[s.utf8Size - 1]));
    if (index == std::string_view::npos) {
      s.finger = s.fingerBack;
      return std::nullopt;
    }
    s.finger += index + 1;
    if (s.finger >= s.utf8Size) {
      uint64_t found = s.finger - s.utf8Size;
      if (std::memcmp(text.data() + found, s.encoded, s.utf8Size) == 0) return Piece{found, s.finger};
    }
  }
}

// MultiCharEqSearcher's next_match with char::is_whitespace: CharIndices
// walked one char at a time until a whitespace char.
std::optional<Piece> nextWhitespace(Splitter& s, std::string_view text) {
  while (s.charsPtr < s.charsEnd) {
    size_t at = s.charsPtr - s.haystack, after = at;
    char32_t c = decodeUtf8At(text, after);
    uint64_t index = s.frontOffset, len = after - at;
    s.charsPtr += len;
    s.frontOffset += len;
    if (charHas(CharProperty::Whitespace, c)) return Piece{index, index + len};
  }
  return std::nullopt;
}

// CharSearcher::next_match_back: memrchr for the needle's last byte
// between finger and finger_back, then a check of the bytes before it.
std::optional<Piece> lastCharMatch(Splitter& s, std::string_view text) {
  for (;;) {
    if (s.finger > s.fingerBack || s.fingerBack > text.size()) return std::nullopt;
    std::string_view bytes = text.substr(s.finger, s.fingerBack - s.finger);
    size_t found = bytes.rfind(static_cast<char>(s.encoded[s.utf8Size - 1]));
    if (found == std::string_view::npos) {
      s.fingerBack = s.finger;
      return std::nullopt;
    }
    uint64_t index = s.finger + found, shift = s.utf8Size - 1u;
    if (index >= shift && index - shift + s.utf8Size <= text.size() &&
        std::memcmp(text.data() + index - shift, s.encoded, s.utf8Size) == 0) {
      s.fingerBack = index - shift;
      return Piece{s.fingerBack, s.fingerBack + s.utf8Size};
    }
    s.fingerBack = index;
  }
}

// The searcher's next_match and next_match_back.
std::optional<Piece> nextMatch(Splitter& s, std::string_view text) {
  switch (s.searcher) {
    case SplitSearcher::Whitespace: return nextWhitespace(s, text);
    case SplitSearcher::Char: return nextCharMatch(s, text);
    case SplitSearcher::Str:
      if (std::optional<StrMatch> m = strNextMatch(s.str, text, s.needleText)) return Piece{m->start, m->end};
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Piece> lastMatch(Splitter& s, std::string_view text) {
  if (s.searcher != SplitSearcher::Str) return lastCharMatch(s, text);  // RSplit's: a char's or a &str's, never whitespace
  if (std::optional<StrMatch> m = strNextMatchBack(s.str, text, s.needleText)) return Piece{m->start, m->end};
  return std::nullopt;
}

// SplitInternal::get_end: what is left, once.
std::optional<Piece> lastPiece(Splitter& s) {
  if (s.finished) return std::nullopt;
  s.finished = true;
  if (s.allowTrailingEmpty || s.end > s.start) return Piece{s.start, s.end};
  return std::nullopt;
}

// SplitInternal::next, or next_inclusive (the match kept on the piece).
std::optional<Piece> nextPiece(Splitter& s, std::string_view text, bool inclusive) {
  if (s.finished) return std::nullopt;
  std::optional<Piece> m = nextMatch(s, text);
  if (!m) return lastPiece(s);
  Piece piece{s.start, inclusive ? m->b : m->a};
  s.start = m->b;
  return piece;
}

// SplitInternal::next_back: the piece after the last match, RSplit's `next`.
std::optional<Piece> nextBackPiece(Splitter& s, std::string_view text) {
  if (s.finished) return std::nullopt;
  if (!s.allowTrailingEmpty) {
    s.allowTrailingEmpty = true;
    std::optional<Piece> p = nextBackPiece(s, text);
    if (p && p->b > p->a) return p;
    if (s.finished) return std::nullopt;
  }
  std::optional<Piece> m = lastMatch(s, text);
  if (!m) {
    s.finished = true;
    return Piece{s.start, s.end};
  }
  Piece piece{m->b, s.end};
  s.end = m->a;
  return piece;
}

// The splitter's own `next`: Split's and SplitTerminator's; RSplit's from the back; SplitWhitespace's skips empty pieces
// (its Filter); Lines' takes a line's "\n", then a "\r" before it, off.
std::optional<Piece> splitterNext(Splitter& s, std::string_view text) {
  if (s.kind == KeptIter::RSplit) return nextBackPiece(s, text);
  if (s.kind == KeptIter::SplitWhitespace)
    for (;;) {
      std::optional<Piece> p = nextPiece(s, text, false);
      if (!p || p->b > p->a) return p;
    }
  std::optional<Piece> p = nextPiece(s, text, s.kind == KeptIter::Lines);
  if (s.kind == KeptIter::Lines && p && p->b > p->a && text[p->b - 1] == '\n') {
    --p->b;
    if (p->b > p->a && text[p->b - 1] == '\r') --p->b;
  }
  return p;
}

// The text a &str, &String or &&str pattern searches for (`target` is
// what the reference points to): its bytes' address and length.
std::pair<Address, uint64_t> searchedText(const Memory& mem, const Value& pattern, const Type& target) {
  if (target.kind == TypeKind::Str) return {pattern.u64(0), pattern.u64(8)};
  Address at = pattern.u64();
  if (target.kind == TypeKind::String) return {mem.readU64(at + VecHeader::ptr), mem.readU64(at + VecHeader::len)};
  return {mem.readU64(at), mem.readU64(at + 8)};  // a &&str
}

// The haystack's bytes, and a StrSearcher's needle's, for std's `next` to run on.
void readTexts(const Memory& mem, Splitter& s) {
  s.text.assign(s.haystackLen, '\0');
  mem.read(s.haystack, s.text.data(), s.text.size());
  s.needleText.assign(s.needleLen, '\0');
  mem.read(s.needlePtr, s.needleText.data(), s.needleText.size());
}

}  // namespace

// `text.split(c)`, `text.split(", ")`, `text.split_whitespace()`,
// `text.lines()` kept: the fields std's constructors set (CharSearcher::new
// encodes the needle, StrSearcher::new factorizes it).
Value Interpreter::makeTextSplitter(KeptIter kept, StdCall& c) {
  Value it(c.call.type, T_.layout(c.call.type).size);
  Splitter s;
  s.kind = kept;
  s.searcher = T_.splitSearcher(c.call.type);
  s.at = TextSplitter::of(s.searcher);
  s.haystack = receiverData(c);
  s.end = s.haystackLen = receiverLen(c);
  s.allowTrailingEmpty = kept != KeptIter::Lines && kept != KeptIter::SplitTerminator;  // SplitInclusive's, SplitTerminator's
  switch (s.searcher) {
    case SplitSearcher::Whitespace:
      s.charsPtr = s.haystack;
      s.charsEnd = s.haystack + s.haystackLen;
      s.allowTrailingEmpty = true;
      break;
    case SplitSearcher::Char: {
      char32_t needle = '\n';
      if (kept != KeptIter::Lines) std::memcpy(&needle, c.args[0].data(), 4);
      s.needle = static_cast<uint32_t>(needle);
      std::string encoded = utf8Of(needle);
      std::memcpy(s.encoded, encoded.data(), encoded.size());
      s.utf8Size = static_cast<uint8_t>(encoded.size());
      s.fingerBack = s.haystackLen;
      break;
    }
    case SplitSearcher::Str: {
      std::tie(s.needlePtr, s.needleLen) = searchedText(mem_, c.args[0], T_.get(T_.get(T_.get(c.call.type).args[1]).args[0]));
      readTexts(mem_, s);
      s.str = strSearcherFor(s.needleText, s.haystackLen);
      break;
    }
  }
  writeSplitter(s, it.data());
  return it;
}

// What is left in the splitter at `at`, as a stream of &strs: std's `next`
// run on a copy of its fields until it says None.
std::unique_ptr<ItemStream> Interpreter::textSplitterStream(const Place& at, const Expr& e) {
  std::vector<uint8_t> bytes(T_.layout(at.type).size);
  mem_.read(at.addr, bytes.data(), bytes.size());
  Splitter s = splitterFrom(T_.keptIter(at.type), T_.splitSearcher(at.type), bytes.data());
  readTexts(mem_, s);
  auto stream = std::make_unique<ItemStream>();
  stream->kind = StreamKind::Items;
  stream->call = &e;
  stream->item = T_.get(at.type).args[0];
  stream->exact = false;  // (0, None), as std's splitters hint
  while (std::optional<Piece> p = splitterNext(s, s.text)) stream->items.push_back(makeStrRef(s.haystack + p->a, p->b - p->a));
  stream->back = stream->items.size();
  return stream;
}

// After a `&mut self` consumer took s.front pieces (and was told None once
// if it ran dry): std's `next` run as many times on the bytes at `at`.
void Interpreter::textSplitterDone(const Place& at, const ItemStream& s) {
  std::vector<uint8_t> bytes(T_.layout(at.type).size);
  mem_.read(at.addr, bytes.data(), bytes.size());
  Splitter splitter = splitterFrom(T_.keptIter(at.type), T_.splitSearcher(at.type), bytes.data());
  readTexts(mem_, splitter);
  for (size_t i = 0; i < s.front + (s.ranDry ? 1 : 0); ++i) splitterNext(splitter, splitter.text);
  writeSplitter(splitter, bytes.data());
  mem_.write(at.addr, bytes.data(), bytes.size());
}

// std's Debug of a splitter: the derived Debug of its nested structs, as
// `Split(SplitInternal { start: 0, end: 7, matcher: CharSearcher { .. } .. })`.
void Interpreter::renderTextSplitterDebug(DebugWriter& w, const Place& p, const FormatSpec& spec) {
  KeptIter kept = T_.keptIter(p.type);
  const Layout& l = T_.layout(p.type);
  auto field = [&](std::string_view name, size_t index) {
    w.field(name);
    renderDebug(w, Place{p.addr + l.fields[index].offset, l.fields[index].type}, spec);
  };
  auto searcher = [&] {
    if (kept == KeptIter::SplitWhitespace) {  // CharPredicateSearcher { haystack, char_indices: CharIndices { front_offset, iter: Chars(..) } }
      w.beginStruct("CharPredicateSearcher");
      field("haystack", 2);
      w.field("char_indices");
      w.beginStruct("CharIndices");
      field("front_offset", 5);
      w.field("iter");
      Address from = mem_.readU64(p.addr + TextSplitter::charsPtr), to = mem_.readU64(p.addr + TextSplitter::charsEnd);
      std::string text(to - from, '\0');
      mem_.read(from, text.data(), text.size());
      w.beginListBetween("Chars(", ")");
      for (size_t at = 0; at < text.size();) w.leaf(formatChar(decodeUtf8At(text, at), spec));
      w.end();
      w.end();
      w.end();
      return;
    }
    if (T_.splitSearcher(p.type) == SplitSearcher::Str) {  // StrSearcher { haystack, needle, searcher: TwoWay(TwoWaySearcher { .. }) }
      auto at = [&](std::string_view name, uint64_t offset, TypeId type) {
        w.field(name);
        renderDebug(w, Place{p.addr + offset, type}, spec);
      };
      w.beginStruct("StrSearcher");
      field("haystack", 2);
      field("needle", 3);
      w.field("searcher");
      if ((mem_.readU64(p.addr + TextSplitter::searcherTag) & 0xFF) == 0) {
        w.beginTuple("Empty");
        w.beginStruct("EmptyNeedle");
        at("position", TextSplitter::emptyPosition, T_.usize());
        at("end", TextSplitter::emptyEnd, T_.usize());
        at("is_match_fw", TextSplitter::isMatchFw, T_.boolType());
        at("is_match_bw", TextSplitter::isMatchBw, T_.boolType());
        at("is_finished", TextSplitter::isFinished, T_.boolType());
      } else {
        w.beginTuple("TwoWay");
        w.beginStruct("TwoWaySearcher");
        for (size_t i = 5; i <= 12; ++i) field(l.fields[i].name, i);  // crit_pos .. memory_back
      }
      w.end();
      w.end();
      w.end();
      return;
    }
    w.beginStruct("CharSearcher");
    field("haystack", 2);
    field("finger", 3);
    field("finger_back", 4);
    field("needle", 6);
    field("utf8_size", 7);
    field("utf8_encoded", 5);
    w.end();
  };
  auto internal = [&] {
    w.beginStruct("SplitInternal");
    field("start", 0);
    field("end", 1);
    w.field("matcher");
    searcher();
    field("allow_trailing_empty", l.fields.size() - 2);
    field("finished", l.fields.size() - 1);
    w.end();
  };
  if (kept == KeptIter::SplitWhitespace) {  // SplitWhitespace { inner: Filter { iter: Split(..) } }
    w.beginStruct("SplitWhitespace");
    w.field("inner");
    w.beginStruct("Filter");
    w.field("iter");
    w.beginTuple("Split");
    internal();
    w.end();
    w.end();
    w.end();
    return;
  }
  if (kept == KeptIter::Lines) {  // Lines(Map { iter: SplitInclusive { 0: SplitInternal { .. } } })
    w.beginTuple("Lines");
    w.beginStruct("Map");
    w.field("iter");
    w.beginStruct("SplitInclusive");
    w.field("0");
    internal();
    w.end();
    w.end();
    w.end();
    return;
  }
  // Split(SplitInternal { .. }), and RSplit's and SplitTerminator's the same
  w.beginTuple(kept == KeptIter::RSplit ? "RSplit" : kept == KeptIter::SplitTerminator ? "SplitTerminator" : "Split");
  internal();
  w.end();
}

}  // namespace sh
