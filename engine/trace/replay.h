// Memory at one step, rebuilt from the event log.
//
// The trace stores only what changed (trace/trace.h), so the memory at step N
// is the fold of the events of steps 0..N over empty memory. MemoryImage is
// that fold's state: the frames and their slots, the heap cells, and the
// bytes of the stack, the static region and every cell, at the same addresses
// the interpreter used, so a pointer read from a slot can be followed here.
//
// The page asks for arbitrary steps of traces up to 100,000 steps long, so
// Replayer keeps keyframes: a copy of the image every K steps, made on the way
// while replaying forward. Reaching step N then costs at most K steps from the
// keyframe before it, and stepping forward one step costs one step. Cell
// bytes are shared between keyframes and copied only when written
// (copy-on-write), so a big Vec that no longer changes costs its bytes once,
// not once per keyframe; if the keyframes still grow past a memory budget,
// every other one is dropped and K doubles, trading time for memory.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include "trace/trace.h"

namespace sh {

struct SlotImage {
  enum class State : uint8_t { Uninit, Live, Moved };
  int32_t id = -1;
  uint32_t name = 0;  // index in Trace::strings
  int32_t type = -1;  // TypeId
  Address addr = 0;
  uint64_t size = 0;
  State state = State::Uninit;
};

// A static item, or data a constant's `&` placed in the static region
// (no name): it lives for the whole run.
struct StaticImage {
  int32_t id = -1;
  uint32_t name = 0;  // index in Trace::strings ("" for a constant's borrowed data)
  int32_t type = -1;  // TypeId
  Address addr = 0;
  uint64_t size = 0;
};

struct FrameImage {
  int32_t id = -1;
  uint32_t fn = 0;  // the function's name: index in Trace::strings
  Address addr = 0;  // the frame's base: its slots lie below it
  std::vector<SlotImage> slots;  // in declaration order
};

struct CellImage {
  // Freed: freed during the step shown (it is gone from the next step on).
  enum class State : uint8_t { Live, Freed, Leaked };
  int32_t id = -1;
  Address addr = 0;
  uint64_t size = 0;  // bytes
  uint32_t align = 1;
  uint64_t cap = 0;  // elements
  uint64_t len = 0;  // initialised elements
  int32_t elemType = -1;  // TypeId
  State state = State::Live;
  // Shared with keyframes; MemoryImage copies them before its first write.
  std::shared_ptr<std::vector<uint8_t>> bytes;
};

struct MemoryCounters {
  uint64_t allocations = 0, frees = 0, liveBytes = 0, peakBytes = 0;
};

struct MemoryImage {
  int64_t step = -1;  // the last step applied; -1 for empty memory
  std::vector<FrameImage> frames;  // outermost first
  std::map<int32_t, CellImage> cells;  // by id: live and leaked cells, and those freed in this step
  std::vector<uint8_t> stack;    // stack[0] is at kStackTop - stack.size()
  std::vector<uint8_t> statics;  // statics[0] is at kStaticBase
  std::vector<std::pair<Address, uint64_t>> literals;  // each string literal in the static region: addr, size
  std::vector<StaticImage> staticItems;  // the static region's other contents, by address
  MemoryCounters counters;
  std::vector<int32_t> changedSlots, changedCells;  // touched by this step's events, sorted
  // Slots that ended in this step. Not shown, but their bytes still name the
  // owner of a cell freed in the same step (`names` for a dropped Vec's buffer).
  std::vector<SlotImage> droppedSlots;

  // The bytes [addr, addr+n) if one region holds them all, else null.
  const uint8_t* bytesAt(Address addr, uint64_t n) const;
  // Copies [addr, addr+n) into out; false (out untouched) when unmapped.
  bool read(Address addr, void* out, uint64_t n) const;
  // The cell whose bytes contain addr (live, leaked or freed in this step), or null.
  const CellImage* cellAt(Address addr) const;
  const SlotImage* slot(int32_t id) const;
  bool slotChanged(int32_t id) const;
  bool cellChanged(int32_t id) const;

  // Applies the events of trace.steps[step + 1]; memory moves one step on.
  void advance(const Trace& trace);

 private:
  SlotImage* findSlot(int32_t id);
  CellImage* liveCellAt(Address addr);
  void apply(const Trace& trace, const EventInfo& e);
  void writeBytes(const Trace& trace, const EventInfo& e);
  void noteWritten(Address addr, uint64_t n);

  std::map<Address, int32_t> cellByAddr_;  // live and leaked cells by address
};

// The memory after step `step` (0-based), replayed from the start.
MemoryImage replay(const Trace& trace, size_t step);

class Replayer {
 public:
  static constexpr size_t kKeyframeInterval = 256;
  static constexpr size_t kKeyframeBudgetBytes = 64u << 20;

  explicit Replayer(const Trace& trace, size_t interval = kKeyframeInterval, size_t budget = kKeyframeBudgetBytes);

  // The memory after step `step`; valid until the next call.
  const MemoryImage& at(size_t step);
  size_t interval() const { return interval_; }
  size_t keyframeCount() const { return keyframes_.size(); }
  // Steps applied so far, over all calls: what the views asked of it cost.
  size_t stepsApplied() const { return stepsApplied_; }

 private:
  void advanceKeepingKeyframes();
  void thinKeyframes();

  const Trace& trace_;
  size_t interval_;
  size_t budget_;
  // keyframes_[i]: the memory before step i * interval_ (keyframes_[0] is empty memory).
  std::vector<MemoryImage> keyframes_;
  size_t keyframeBytes_ = 0;
  size_t stepsApplied_ = 0;
  MemoryImage current_;
};

}  // namespace sh
