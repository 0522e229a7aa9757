// The replay, the keyframes and the JSON they feed, on traces built by hand.
//
// A hand-built trace pins the event semantics (trace/trace.h) without the
// interpreter: each test case reads as "after this step, memory looks like
// this". The scenario is a small main with an i32, a Vec<i32> that grows and
// moves, and Strings that are moved and dropped:
//
//   step 0  call main            step 5  let s = <"a\"\x01\xff">; let e = String::new();
//   step 1  let x = 5;           step 6  let t = s;   (s moved)
//   step 2  let v;  (uninit)     step 7  drop t        (cell 1 freed)
//   step 3  v = vec![1]          step 8  drop v, e, s, x
//   step 4  v.push(2) (realloc, the cell moves)   step 9  return
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <random>

#include "api/session.h"
#include "check/checker.h"
#include "show/json_writer.h"
#include "trace/replay.h"

using namespace sh;

namespace {

constexpr Address kX = 0x7fffeffc, kV = 0x7fffefe0, kS = 0x7fffefc8, kE = 0x7fffefb0, kT = 0x7fffef98;

struct Builder {
  Trace trace;
  std::vector<EventInfo> pending;                 // the current step's events, packed when it ends
  std::deque<std::vector<uint8_t>> writtenBytes;  // what pending writes point at

  void flush() {
    for (const EventInfo& e : pending) trace.add(e);
    pending.clear();
  }
  void step(StepKind kind = StepKind::Statement) {
    flush();
    Step s;
    s.kind = kind;
    s.firstEvent = uint32_t(trace.events.size());
    trace.steps.push_back(s);
  }
  void finish() { flush(); }
  EventInfo& add(EventKind kind) {
    EventInfo e;
    e.kind = kind;
    pending.push_back(e);
    return pending.back();
  }
  void call(int32_t frame, const char* fn, Address base) {
    EventInfo& e = add(EventKind::Call);
    e.id = frame;
    e.addr = base;
    e.text = trace.intern(fn);
  }
  void slot(int32_t id, int32_t frame, const char* name, TypeId type, Address addr, uint64_t size) {
    EventInfo& e = add(EventKind::Slot);
    e.id = id;
    e.aux = frame;
    e.type = type;
    e.addr = addr;
    e.size = size;
    e.text = trace.intern(name);
  }
  void write(Address addr, const void* data, uint64_t n) {
    EventInfo& e = add(EventKind::Write);
    e.addr = addr;
    e.size = n;
    writtenBytes.emplace_back(static_cast<const uint8_t*>(data), static_cast<const uint8_t*>(data) + n);
    e.bytes = writtenBytes.back().data();
  }
  void writeHeader(Address addr, uint64_t ptr, uint64_t cap, uint64_t len) {  // as rustc orders a Vec's words
    uint64_t h[3];
    h[VecHeader::cap / 8] = cap;
    h[VecHeader::ptr / 8] = ptr;
    h[VecHeader::len / 8] = len;
    write(addr, h, 24);
  }
  void writeI32(Address addr, int32_t v) { write(addr, &v, 4); }
  void alloc(int32_t cell, Address addr, uint64_t size, uint32_t align, uint64_t cap, TypeId elem) {
    EventInfo& e = add(EventKind::Alloc);
    e.id = cell;
    e.addr = addr;
    e.size = size;
    e.align = align;
    e.cap = cap;
    e.aux = elem;
  }
  void realloc(int32_t cell, Address from, Address to, uint64_t oldSize, uint64_t size, uint64_t cap) {
    EventInfo& e = add(EventKind::Realloc);
    e.id = cell;
    e.from = from;
    e.addr = to;
    e.oldSize = oldSize;
    e.size = size;
    e.align = 4;
    e.cap = cap;
  }
  void fill(int32_t cell, uint64_t len) {
    EventInfo& e = add(EventKind::Fill);
    e.id = cell;
    e.size = len;
  }
  void free(int32_t cell, Address addr, uint64_t size, uint32_t align) {
    EventInfo& e = add(EventKind::Free);
    e.id = cell;
    e.addr = addr;
    e.size = size;
    e.align = align;
  }
  void byId(EventKind kind, int32_t id) { add(kind).id = id; }
};

RunResult scenario() {
  auto program = std::make_shared<Checked>();
  TypeTable& T = program->types;
  TypeId i32 = T.intType(IntKind::I32), u8 = T.intType(IntKind::U8), vec = T.vecOf(i32), string = T.stringType();
  T.freeze();  // as check() leaves it: every type interned, every layout computed
  Builder b;
  b.step(StepKind::Call);
  b.call(0, "main", 0x7ffff000);
  b.step();
  b.slot(0, 0, "x", i32, kX, 4);
  b.writeI32(kX, 5);
  b.step();
  b.slot(1, 0, "v", vec, kV, 24);
  b.step();
  b.alloc(0, 0x600000, 8, 4, 2, i32);
  b.writeI32(0x600000, 1);
  b.fill(0, 1);
  b.writeHeader(kV, 0x600000, 2, 1);
  b.step();
  b.realloc(0, 0x600000, 0x600010, 8, 16, 4);
  b.writeI32(0x600014, 2);
  b.fill(0, 2);
  b.writeHeader(kV, 0x600010, 4, 2);
  b.step();
  b.slot(2, 0, "s", string, kS, 24);
  b.alloc(1, 0x600030, 4, 1, 4, u8);
  b.write(0x600030, "a\"\x01\xff", 4);
  b.fill(1, 4);
  b.writeHeader(kS, 0x600030, 4, 4);
  b.slot(3, 0, "e", string, kE, 24);
  b.writeHeader(kE, 1, 0, 0);
  b.step();
  b.byId(EventKind::Move, 2);
  b.slot(4, 0, "t", string, kT, 24);
  b.writeHeader(kT, 0x600030, 4, 4);
  b.step(StepKind::Drop);
  b.free(1, 0x600030, 4, 1);
  b.byId(EventKind::Drop, 4);
  b.step(StepKind::Drop);
  b.free(0, 0x600010, 16, 4);
  for (int32_t slot : {3, 2, 1, 0}) b.byId(EventKind::Drop, slot);
  b.step(StepKind::Return);
  b.byId(EventKind::Return, 0);
  b.finish();

  RunResult r;
  r.source = std::make_shared<SourceFile>("main.rs", "fn main() {\n    let x = 5;\n}\n");
  r.program = program;
  r.trace = std::move(b.trace);
  return r;
}

int32_t readI32(const MemoryImage& m, Address addr) {
  int32_t v = 0;
  REQUIRE(m.read(addr, &v, 4));
  return v;
}

// Two images hold the same memory: frames, slots, cells, bytes and counters.
void requireSame(const MemoryImage& a, const MemoryImage& b) {
  REQUIRE(a.step == b.step);
  REQUIRE(a.frames.size() == b.frames.size());
  for (size_t i = 0; i < a.frames.size(); ++i) {
    REQUIRE(a.frames[i].slots.size() == b.frames[i].slots.size());
    for (size_t j = 0; j < a.frames[i].slots.size(); ++j) {
      const SlotImage &x = a.frames[i].slots[j], &y = b.frames[i].slots[j];
      REQUIRE(x.id == y.id);
      REQUIRE(x.state == y.state);
      std::vector<uint8_t> bx(x.size), by(y.size);
      REQUIRE(a.read(x.addr, bx.data(), x.size) == b.read(y.addr, by.data(), y.size));
      REQUIRE(bx == by);
    }
  }
  REQUIRE(a.cells.size() == b.cells.size());
  for (const auto& [id, c] : a.cells) {
    const CellImage& d = b.cells.at(id);
    REQUIRE(c.addr == d.addr);
    REQUIRE(c.state == d.state);
    REQUIRE(c.len == d.len);
    REQUIRE(*c.bytes == *d.bytes);
  }
  REQUIRE(a.counters.liveBytes == b.counters.liveBytes);
  REQUIRE(a.counters.peakBytes == b.counters.peakBytes);
  REQUIRE(a.counters.allocations == b.counters.allocations);
  REQUIRE(a.changedSlots == b.changedSlots);
  REQUIRE(a.changedCells == b.changedCells);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("replay: a call pushes a frame and a slot is uninitialised until written") {
  RunResult r = scenario();
  MemoryImage m = replay(r.trace, 0);
  REQUIRE(m.frames.size() == 1);
  CHECK(r.trace.strings[m.frames[0].fn] == "main");
  CHECK(m.frames[0].slots.empty());
  m = replay(r.trace, 1);
  CHECK(m.slot(0)->state == SlotImage::State::Live);
  CHECK(readI32(m, kX) == 5);
  CHECK(m.slotChanged(0));
  m = replay(r.trace, 2);
  CHECK(m.slot(1)->state == SlotImage::State::Uninit);
  CHECK_FALSE(m.slotChanged(0));
}

TEST_CASE("replay: alloc, fill and realloc move a cell and keep its bytes") {
  RunResult r = scenario();
  MemoryImage m = replay(r.trace, 3);
  CHECK(m.slot(1)->state == SlotImage::State::Live);
  REQUIRE(m.cells.count(0));
  CHECK(m.cells.at(0).len == 1);
  CHECK(readI32(m, 0x600000) == 1);
  CHECK(m.counters.allocations == 1);
  CHECK(m.counters.liveBytes == 8);
  m = replay(r.trace, 4);
  const CellImage& c = m.cells.at(0);
  CHECK(c.addr == 0x600010);
  CHECK(c.size == 16);
  CHECK(c.cap == 4);
  CHECK(readI32(m, 0x600010) == 1);  // preserved by the move
  CHECK(readI32(m, 0x600014) == 2);
  CHECK(m.cellAt(0x600000) == nullptr);
  CHECK(m.cellAt(0x60001c) == &c);
  CHECK(m.counters.liveBytes == 16);
  CHECK(m.counters.peakBytes == 16);
  CHECK(m.cellChanged(0));
  CHECK(m.slotChanged(1));
}

TEST_CASE("replay: a move greys a slot; a free shows the cell for one step") {
  RunResult r = scenario();
  MemoryImage m = replay(r.trace, 6);
  CHECK(m.slot(2)->state == SlotImage::State::Moved);
  CHECK(m.slot(4)->state == SlotImage::State::Live);
  CHECK(m.counters.liveBytes == 20);
  CHECK(m.counters.peakBytes == 20);
  m = replay(r.trace, 7);
  REQUIRE(m.cells.count(1));
  CHECK(m.cells.at(1).state == CellImage::State::Freed);
  CHECK(m.cellAt(0x600030) == &m.cells.at(1));
  CHECK(m.slot(4) == nullptr);
  CHECK(m.counters.frees == 1);
  CHECK(m.counters.liveBytes == 16);
  CHECK(m.counters.peakBytes == 20);
  m = replay(r.trace, 8);
  CHECK(m.cells.count(1) == 0);
  CHECK(m.cells.at(0).state == CellImage::State::Freed);
  CHECK(m.frames[0].slots.empty());
  m = replay(r.trace, 9);
  CHECK(m.frames.empty());
  CHECK(m.cells.empty());
  CHECK(m.counters.liveBytes == 0);
}

TEST_CASE("replay: a write covering a moved slot makes it live again") {
  Builder b;
  TypeTable T;
  b.step();
  b.call(0, "main", 0x7ffff000);
  b.slot(0, 0, "a", T.stringType(), kS, 24);
  b.writeHeader(kS, 1, 0, 0);
  b.step();
  b.byId(EventKind::Move, 0);
  b.step();
  b.write(kS + 16, "\0\0\0\0\0\0\0\0", 8);  // a partial write leaves it moved
  b.step();
  b.writeHeader(kS, 1, 0, 0);
  b.finish();
  CHECK(replay(b.trace, 1).slot(0)->state == SlotImage::State::Moved);
  CHECK(replay(b.trace, 2).slot(0)->state == SlotImage::State::Moved);
  CHECK(replay(b.trace, 3).slot(0)->state == SlotImage::State::Live);
}

TEST_CASE("replayer: random access through keyframes equals replaying from the start") {
  RunResult r = scenario();
  Replayer replayer(r.trace, 2);
  for (size_t step : {9, 0, 5, 4, 4, 5, 8, 1, 7, 3, 6, 2})
    requireSame(replayer.at(step), replay(r.trace, step));
}

TEST_CASE("replayer: a long trace, keyframes thinned to fit their budget") {
  // A loop: i counts to 2000 while a Vec grows, reallocating (and moving) now and then.
  TypeTable T;
  TypeId i32 = T.intType(IntKind::I32);
  Builder b;
  b.step(StepKind::Call);
  b.call(0, "main", 0x7ffff000);
  b.slot(0, 0, "i", i32, kX, 4);
  b.slot(1, 0, "v", T.vecOf(i32), kV, 24);
  b.alloc(0, 0x600000, 4, 4, 1, i32);
  uint64_t cap = 1;
  Address at = 0x600000;
  for (int32_t i = 0; i < 2000; ++i) {
    b.step();
    b.writeI32(kX, i);
    if (uint64_t(i) == cap) {
      Address to = at == 0x600000 ? 0x700000 : 0x600000;
      b.realloc(0, at, to, cap * 4, cap * 8, cap * 2);
      at = to;
      cap *= 2;
    }
    b.writeI32(at + uint64_t(i) * 4, i * 7);
    b.fill(0, uint64_t(i) + 1);
    b.writeHeader(kV, at, cap, uint64_t(i) + 1);
  }
  b.finish();
  Replayer replayer(b.trace, 16, 64 * 1024);
  std::mt19937 random(42);
  for (int k = 0; k < 200; ++k) {
    size_t step = random() % b.trace.steps.size();
    requireSame(replayer.at(step), replay(b.trace, step));
  }
  const MemoryImage& last = replayer.at(b.trace.steps.size() - 1);
  CHECK(readI32(last, at + 1999 * 4) == 1999 * 7);
  CHECK(replayer.interval() > 16);  // the budget forced thinning
  CHECK(replayer.keyframeCount() <= b.trace.steps.size() / replayer.interval() + 1);
}

TEST_CASE("json: strings are escaped and invalid UTF-8 becomes U+FFFD") {
  std::string out;
  appendJsonString(out, std::string("a\n\t\"\\\x01\x7f\xff\xc3\xa9\xed\xa0\x80z", 14));
  CHECK(out == "\"a\\n\\t\\\"\\\\\\u0001\x7f\xEF\xBF\xBD\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz\"");
  CHECK(validUtf8("ok \xe2\x82") == "ok \xEF\xBF\xBD\xEF\xBF\xBD");
  std::string hex;
  const uint8_t bytes[] = {0x05, 0x00, 0xab};
  appendHex(hex, bytes, 3);
  CHECK(hex == "0500ab");
  JsonWriter w;
  w.beginObject().field("a", uint64_t{1}).key("b").beginArray().value(true).null().endArray().field("c", "x").endObject();
  CHECK(w.take() == "{\"a\":1,\"b\":[true,null],\"c\":\"x\"}");
}

TEST_CASE("trace: names are interned once; event kinds have lower-case names") {
  Trace t;
  uint32_t a = t.intern("x"), b = t.intern("main"), c = t.intern("x");
  CHECK(a == c);
  CHECK(a != b);
  CHECK(t.strings.size() == 2);
  CHECK(std::string(eventKindName(EventKind::Realloc)) == "realloc");
  CHECK(std::string(eventKindName(EventKind::Call)) == "call");
  CHECK(t.memoryFootprint() > 0);
}

TEST_CASE("view: values, states, pointers and owners at one step") {
  Session r(scenario());
  std::string v = r.view(2);
  CHECK(contains(v, "\"name\":\"v\",\"type\":\"Vec<i32>\",\"addr\":2147479520,\"size\":24,\"state\":\"uninit\""));
  v = r.view(4);
  CHECK(contains(v, "\"name\":\"x\",\"type\":\"i32\",\"addr\":2147479548,\"size\":4,\"state\":\"live\",\"changed\":false,"
                    "\"value\":\"5\",\"bytes\":\"05000000\""));
  CHECK(contains(v, "\"value\":\"[1, 2]\""));
  // the header's words in memory order: cap, ptr, len
  CHECK(contains(v, "{\"name\":\"cap\",\"offset\":0,\"size\":8,\"type\":\"usize\",\"value\":\"4\"},"
                    "{\"name\":\"ptr\",\"offset\":8,\"size\":8,\"type\":\"*mut i32\",\"value\":\"0x600010\",\"pointsTo\":6291472},"
                    "{\"name\":\"len\",\"offset\":16,\"size\":8,\"type\":\"usize\",\"value\":\"2\"}"));
  CHECK(contains(v, "\"pointsTo\":6291472}"));
  CHECK(contains(v, "\"heap\":[{\"id\":0,\"addr\":6291472,\"size\":16,\"align\":4,\"cap\":4,\"len\":2,\"elemType\":\"i32\","
                    "\"elemSize\":4,\"state\":\"live\",\"changed\":true,\"items\":[\"1\",\"2\"],"
                    "\"bytes\":\"01000000020000000000000000000000\",\"owner\":\"v\"}"));
  CHECK(contains(v, "\"pointers\":[{\"from\":2147479528,\"to\":6291472,\"region\":\"heap\",\"weak\":false}]"));
  CHECK(contains(v, "\"counters\":{\"allocations\":1,\"frees\":0,\"liveBytes\":16,\"peakBytes\":16}"));

  v = r.view(5);
  CHECK(contains(v, "\"value\":\"\\\"a\\\\\\\"\\\\u{1}\xEF\xBF\xBD\\\"\""));  // "a\"\u{1}�" as Rust's Debug writes it
  CHECK(contains(v, "\"text\":\"a\\\"\\u0001\xEF\xBF\xBD\""));
  CHECK(contains(v, "\"value\":\"String::new() (no heap cell)\""));
  CHECK(contains(v, "\"owner\":\"s\""));
  CHECK(v.find('\xff') == std::string::npos);

  v = r.view(6);
  CHECK(contains(v, "\"name\":\"s\",\"type\":\"String\",\"addr\":2147479496,\"size\":24,\"state\":\"moved\""));
  CHECK(contains(v, "\"value\":\"(moved)\""));
  CHECK(contains(v, "\"owner\":\"t\""));

  v = r.view(7);
  CHECK(contains(v, "\"state\":\"freed\""));
}

TEST_CASE("run json: steps with their events") {
  std::string j = Session(scenario()).resultJson();
  CHECK(contains(j, "\"schema\":1"));
  CHECK(contains(j, "{\"kind\":\"call\",\"frame\":0,\"fn\":\"main\",\"addr\":2147479552}"));
  CHECK(contains(j, "{\"kind\":\"alloc\",\"cell\":0,\"addr\":6291456,\"size\":8,\"align\":4,\"cap\":2,\"type\":"));
  CHECK(contains(j, "{\"kind\":\"realloc\",\"cell\":0,\"from\":6291456,\"addr\":6291472,\"oldSize\":8,\"size\":16,\"align\":4,\"cap\":4}"));
  CHECK(contains(j, "{\"kind\":\"free\",\"cell\":1,\"addr\":6291504,\"size\":4,\"align\":1}"));
  CHECK(contains(j, "{\"kind\":\"write\",\"addr\":2147479548,\"bytes\":\"05000000\"}"));
  CHECK(contains(j, "{\"kind\":\"fill\",\"cell\":0,\"len\":2}"));
  CHECK(contains(j, "{\"name\":\"Vec<i32>\",\"size\":24,\"align\":8}"));
  CHECK(contains(j, "{\"name\":\"str\",\"size\":0,\"align\":1}"));
  CHECK(j.find('\xff') == std::string::npos);
}

TEST_CASE("diagram: stack above heap above statics, moved and freed marked") {
  Session r(scenario());
  std::string d = r.diagram(6);
  CHECK(contains(d, "=== Step 7 of 10, line 1: fn main() {\n"));
  CHECK(contains(d, "--- THE STACK (fast, fixed size) ---\nmain (frame at 0x7ffff000)\n"));
  CHECK(contains(d, "(moved)"));
  CHECK(contains(d, "  -> 0x600010\n"));
  CHECK(contains(d, "owner t"));
  CHECK(d.find("--- THE STACK") < d.find("--- THE HEAP (dynamic size) ---"));
  CHECK(d.find("--- THE HEAP") < d.find("--- STATIC (statics and string literals) ---"));
  CHECK(contains(r.diagram(7), "(freed)"));
}
