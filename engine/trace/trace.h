// The trace: the contract between the engine and everything that shows it.
//
// A trace is an event log. Each Step is one executed statement, one drop at a
// scope's end, or one call/return, and carries the Events that happened in it.
// The events are complete enough to rebuild memory: the memory at step N is
// the fold of the events of steps 0..N over empty memory (see trace/replay.h).
// Storing only what changed keeps a 100,000-step trace small — a loop step
// that bumps a counter costs one 4-byte write, not a copy of the stack.
//
// Byte writes carry raw little-endian bytes, exactly what a 64-bit Rust
// program would hold at that address; types, names and text are decoded from
// them by show/view.cpp, so the page, the CLI diagram and the bytes view all
// read the same truth.
//
// The JSON form of all this is documented in trace/SCHEMA.md.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/source.h"
#include "trace/address_space.h"

namespace sh {

// The closed set of event kinds, in one place.
#define SH_EVENT_KINDS(X)                                                      \
  X(Call)    /* a frame is pushed: id, name (fn), addr (frame base)        */ \
  X(Return)  /* the frame `id` is popped                                    */ \
  X(Slot)    /* a slot comes alive in the innermost frame: id, name, type, addr, size */ \
  X(Static)  /* a static item (name) or a constant's borrowed data (no name) at addr in the static region: type, size */ \
  X(Write)   /* bytes written at addr (stack, heap or static)               */ \
  X(Move)    /* slot `id` is moved out of (greyed); to = destination slot   */ \
  X(Copy)    /* slot `id`'s Copy value was copied into a new variable        */ \
  X(Drop)    /* slot `id` ends: its value is dropped, its storage freed     */ \
  X(Alloc)   /* heap cell `id` allocated at addr: size, align, type, cap    */ \
  X(Realloc) /* cell `id` resized: from (old addr), addr, old size, size    */ \
  X(Free)    /* cell `id` at addr freed: size, align                         */ \
  X(Leak)    /* cell `id` leaked: no owner will ever free it                */ \
  X(Fill)    /* cell `id` now holds `size` initialised elements (its len)   */ \
  X(Print)   /* text appended to stdout, or with toStderr to stderr (text) */

enum class EventKind : uint8_t {
#define SH_EVENT_ENUM(name) name,
  SH_EVENT_KINDS(SH_EVENT_ENUM)
#undef SH_EVENT_ENUM
};

#define SH_COUNT_ONE(name) +1
constexpr size_t kEventKindCount = 0 SH_EVENT_KINDS(SH_COUNT_ONE);
#undef SH_COUNT_ONE

const char* eventKindName(EventKind kind);

// Small facts about a step that memory alone does not show: which way a
// branch went, whether a pattern matched. Narration turns them into words.
enum class NoteKind : uint8_t { None, ConditionTrue, ConditionFalseElse, ConditionFalseSkip, PatternMatched,
                                PatternFailed, LoopRuns, LoopEnds, LetPatternRuns, LetPatternEnds,
                                LetElseRuns, Unwinding, ProcessExits };

// An event with all its fields: what producers record and readers read.
// The trace stores it packed (Event below); Trace::info() unpacks one.
struct EventInfo {
  EventKind kind = EventKind::Write;
  int32_t id = -1;       // slot, frame or cell id
  int32_t aux = -1;      // Slot: frame id; Move: destination slot; Alloc: element type; Leak: 1 when given up by Box::leak
  int32_t type = -1;     // Slot/Static: type id
  Address addr = 0;      // Write/Alloc/Realloc/Free/Slot/Call
  Address from = 0;      // Realloc: old address
  uint64_t size = 0;     // Slot/Static/Alloc/Realloc/Free size in bytes; Fill: element count; Write: byte count
  uint64_t oldSize = 0;  // Realloc
  uint32_t align = 0;    // Alloc/Realloc/Free
  uint64_t cap = 0;      // Alloc/Realloc: capacity in elements
  const uint8_t* bytes = nullptr;  // Write: the bytes (when recording: the source; when read: the pool, or null if inline)
  uint64_t inlineBytes = 0;        // Write of at most 8 bytes, when read: the bytes themselves
  const uint8_t* writtenBytes() const { return bytes ? bytes : reinterpret_cast<const uint8_t*>(&inlineBytes); }
  uint32_t text = 0;     // Slot/Static: name; Call: fn name; Print: text — index in Trace::strings
  int32_t fillsCell = -1;  // Write of a Vec's or String's len: the cell whose len it sets (a Fill folded in)
  bool toStderr = false;   // Print: the text went to stderr (dbg!, eprintln!)
};

// One event as stored: 24 bytes, so a loop step that bumps a counter costs
// one of these. Rare events (a slot, an allocation) keep their extra fields
// in Trace::details; writes of up to 8 bytes keep their bytes inline.
struct Event {
  EventKind kind = EventKind::Write;
  uint8_t small = 0;    // Write: inline byte count (0 = in the pool); Alloc/Realloc/Free: log2 of the alignment
  uint16_t flags = 0;   // Write: kFillsCell; Slot: with `small`, the slot's size (24 bits); Print: kStderr
  int32_t id = -1;      // slot, frame or cell id; Write: the cell a len write fills
  uint64_t addr = 0;
  uint64_t value = 0;   // Write: inline bytes or detail; Free/Fill: size or len; Print/Call: string; Slot: type << 32 | name; Alloc/Realloc: detail
  static constexpr uint16_t kFillsCell = 1;
  static constexpr uint16_t kStderr = 2;
};
static_assert(sizeof(Event) == 24, "events stay 24 bytes");

struct EventDetail {
  int32_t aux = -1, type = -1;
  uint32_t text = 0;
  uint32_t align = 0;
  Address from = 0;
  uint64_t size = 0, oldSize = 0, cap = 0;
  uint64_t writeSize = 0;  // Write stored in the pool: its length
};

// The closed set of step kinds, with the name the JSON gives each. Their
// order is their number in the timeline's per-step array (trace/timeline.h).
#define SH_STEP_KINDS(X)      \
  X(Statement, "statement") \
  X(Drop, "drop")           \
  X(Call, "call")           \
  X(Return, "return")       \
  X(Panic, "panic")

enum class StepKind : uint8_t {
#define SH_STEP_ENUM(name, text) name,
  SH_STEP_KINDS(SH_STEP_ENUM)
#undef SH_STEP_ENUM
};

// 16 bytes: where the step is and where its events start. Its events run to
// the next step's first event; its line and column, frame depth, stdout so
// far and narration are worked out when asked for (show/narrate.h,
// show/json.cpp), not stored for each of 100,000 steps.
struct Step {
  uint32_t start = 0, end = 0;  // the source span
  uint32_t firstEvent = 0;
  StepKind kind = StepKind::Statement;
  NoteKind note = NoteKind::None;  // which way a branch went, for the narration
  Span span() const { return {start, end}; }
};

// A growing array stored in fixed blocks: appending never copies what is
// already there, so a million-step trace never needs twice its size during
// a resize, and no capacity is left idle but the last block's.
template <typename T, size_t kBlock = 1024>
class BlockVector {
 public:
  void push_back(const T& v) {
    if (size_ % kBlock == 0) blocks_.push_back(std::make_unique<T[]>(kBlock));
    blocks_[size_ / kBlock][size_ % kBlock] = v;
    ++size_;
  }
  T& operator[](size_t i) { return blocks_[i / kBlock][i % kBlock]; }
  const T& operator[](size_t i) const { return blocks_[i / kBlock][i % kBlock]; }
  T& back() { return (*this)[size_ - 1]; }
  const T& back() const { return (*this)[size_ - 1]; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return blocks_.size() * kBlock; }

 private:
  std::vector<std::unique_ptr<T[]>> blocks_;
  size_t size_ = 0;
};

struct Trace {
  BlockVector<Step> steps;
  BlockVector<Event> events;
  std::vector<EventDetail> details;
  std::vector<uint8_t> bytes;        // pool for Write events longer than 8 bytes
  std::vector<std::string> strings;  // pool for names and printed text
  std::unordered_map<size_t, uint32_t> stringIndex;  // hash of a string -> its index in strings (see intern)

  uint32_t intern(std::string s);
  void add(const EventInfo& e);
  EventInfo info(size_t event) const;
  uint32_t firstEventOf(size_t step) const { return steps[step].firstEvent; }
  uint32_t endEventOf(size_t step) const {
    return step + 1 < steps.size() ? steps[step + 1].firstEvent : static_cast<uint32_t>(events.size());
  }
  size_t memoryFootprint() const;  // bytes held, for the benchmarks
};

}  // namespace sh
