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
// them by trace/view.cpp, so the page, the CLI diagram and the bytes view all
// read the same truth.
//
// The JSON form of all this is documented in trace/SCHEMA.md.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/source.h"

namespace sh {

using Address = uint64_t;

// The closed set of event kinds, in one place.
#define SH_EVENT_KINDS(X)                                                      \
  X(Call)    /* a frame is pushed: id, name (fn), addr (frame base)        */ \
  X(Return)  /* the frame `id` is popped                                    */ \
  X(Slot)    /* a slot comes alive: id, frame (aux), name, type, addr, size */ \
  X(Write)   /* bytes written at addr (stack, heap or static)               */ \
  X(Move)    /* slot `id` is moved out of (greyed); to = destination slot   */ \
  X(Copy)    /* slot `id` was copied (a Copy type): informational           */ \
  X(Drop)    /* slot `id` ends: its value is dropped, its storage freed     */ \
  X(Alloc)   /* heap cell `id` allocated at addr: size, align, type, cap    */ \
  X(Realloc) /* cell `id` resized: from (old addr), addr, old size, size    */ \
  X(Free)    /* cell `id` at addr freed: size, align                         */ \
  X(Leak)    /* cell `id` leaked: no owner will ever free it                */ \
  X(Fill)    /* cell `id` now holds `size` initialised elements (its len)   */ \
  X(Print)   /* text appended to stdout (text)                              */

enum class EventKind : uint8_t {
#define SH_EVENT_ENUM(name) name,
  SH_EVENT_KINDS(SH_EVENT_ENUM)
#undef SH_EVENT_ENUM
};

const char* eventKindName(EventKind kind);

struct Event {
  EventKind kind = EventKind::Write;
  int32_t id = -1;       // slot, frame or cell id
  int32_t aux = -1;      // Slot: frame id; Move: destination slot; Alloc: element type
  int32_t type = -1;     // Slot: type id
  Address addr = 0;      // Write/Alloc/Realloc/Free/Slot/Call
  Address from = 0;      // Realloc: old address
  uint64_t size = 0;     // Slot/Alloc/Realloc/Free size in bytes; Fill: element count
  uint64_t oldSize = 0;  // Realloc
  uint32_t align = 0;    // Alloc/Realloc/Free
  uint64_t cap = 0;      // Alloc/Realloc: capacity in elements
  uint32_t bytesAt = 0;  // Write: offset of the bytes in Trace::bytes
  uint32_t text = 0;     // Slot: name; Call: fn name; Print: text — index in Trace::strings
};

enum class StepKind : uint8_t { Statement, Drop, Call, Return, Panic };

struct Step {
  StepKind kind = StepKind::Statement;
  Span span;
  LineCol begin, end;  // the learner's own line and column of span
  uint32_t firstEvent = 0, eventCount = 0;
  uint32_t frameDepth = 0;
  uint32_t stdoutLength = 0;  // bytes of stdout printed up to and including this step
  std::string narration;
};

// Type names and layouts the trace refers to by index.
struct TraceType {
  std::string name;      // "Vec<String>"
  uint64_t size = 0, align = 1;
};

struct Trace {
  std::vector<Step> steps;
  std::vector<Event> events;
  std::vector<uint8_t> bytes;        // pool for Write events
  std::vector<std::string> strings;  // pool for names and printed text
  std::vector<TraceType> types;

  // Each distinct string once: the hash of a string -> its index in strings.
  std::unordered_map<size_t, uint32_t> stringIndex;

  uint32_t intern(std::string s);
  uint32_t storeBytes(const uint8_t* data, size_t n);
  size_t memoryFootprint() const;  // bytes held, for the benchmarks
};

}  // namespace sh
