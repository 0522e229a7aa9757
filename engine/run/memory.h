// Simulated memory of a 64-bit Rust program: a stack, a heap and a static
// region, each a real byte array at deterministic addresses.
//
// The interpreter reads and writes bytes exactly as compiled Rust would: an
// i32 is four little-endian bytes in its slot, a String is {cap, ptr, len},
// a reference is the address of its target. So a pointer is just a value
// holding an address, and every arrow the page draws is derived from bytes.
//
// Addresses are small and readable, and the same program always gets the
// same ones, so a lesson's text and a shared link can name them:
//   static region  from 0x401000 upward   (string literals, deduplicated)
//   heap           from 0x600000 upward   (cells 16-byte aligned)
//   stack          from 0x7ffff000 downward (frames, then slots in order)
//
// The heap allocator is first fit: a new cell goes into the lowest gap
// between live cells that is large enough. Growing a cell reallocates in
// place when the gap after it is free and large enough (as a real allocator
// does at the top of its heap), and otherwise moves it: the learner sees the
// pointer change exactly when the cell must move.
//
// Every change goes through this class and is recorded as a trace event, so
// the trace is a complete log of memory.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "check/types.h"
#include "trace/address_space.h"
#include "trace/trace.h"

namespace sh {

enum class CellState : uint8_t { Live, Freed, Leaked };

struct HeapCell {
  int32_t id = -1;
  Address addr = 0;
  uint64_t size = 0;  // bytes requested
  uint32_t align = 1;
  TypeId elemType = kNoType;  // what it holds: u8 for String text, T for Vec<T> and Box<T>
  uint64_t cap = 0;           // capacity in elements
  uint64_t len = 0;           // initialised elements
  CellState state = CellState::Live;
  std::vector<uint8_t> bytes;
};

// Thrown when an allocation does not fit the simulated heap: Rust aborts with
// "memory allocation of N bytes failed".
struct OutOfMemory {
  uint64_t bytes;
};

// Thrown when the frames need more than the simulated stack.
struct StackExhausted {};

class Memory {
 public:
  explicit Memory(Trace& trace) : trace_(trace) {}

  // static region
  Address internLiteral(std::string_view text);
  // Room for a static item (or a constant's borrowed data), zeroed until written.
  Address reserveStatic(uint64_t size, uint64_t align);

  // stack: frames and slots are reserved downward from the stack pointer
  Address stackPointer() const { return sp_; }
  Address reserveStack(uint64_t size, uint64_t align);
  void releaseStack(Address sp) { sp_ = sp; }

  // heap
  HeapCell& allocate(uint64_t size, uint32_t align, TypeId elemType, uint64_t cap);
  HeapCell& reallocate(int32_t cell, uint64_t newSize, uint64_t newCap);
  void free(int32_t cell);
  // How many allocations, reallocations and frees the run has made: a
  // stretch of the run that leaves it unchanged made no heap call.
  uint64_t heapCalls() const { return heapCalls_; }
  // Counting the writes a call makes outside its own frames (those below
  // `sp`): to the frames above, the heap or the static region. Returns the
  // watch it replaces, to be given back when the call's watch ends (0: none).
  Address watchWritesAbove(Address sp) { return std::exchange(watchedSp_, sp); }
  uint64_t writesOutsideWatch() const { return writesOutsideWatch_; }
  void leak(int32_t cell, bool givenUp = false);  // givenUp: Box::leak's, on purpose
  // The cell's count of initialised elements. A Vec's or String's len write
  // records it (write(..., fillsCell)) and passes record = false; a Box's
  // cell, or a String built whole, records a Fill event of its own.
  void setLength(int32_t cell, uint64_t len, bool record = true);
  HeapCell& cell(int32_t id) { return cells_[id]; }
  HeapCell* cellAt(Address addr);  // the live cell containing addr, or null
  HeapCell& liveCellAt(Address addr);  // the same, which must exist (else the run stops as the engine's own bug)
  const std::vector<HeapCell>& cells() const { return cells_; }

  // bytes, anywhere
  void read(Address addr, void* out, uint64_t n) const;
  // `fillsCell`: this write is a Vec's or String's len, which is also the
  // element count of that heap cell (one event says both).
  void write(Address addr, const void* data, uint64_t n, int32_t fillsCell = -1);
  void copy(Address to, Address from, uint64_t n);
  uint64_t readU64(Address addr) const;
  void writeU64(Address addr, uint64_t v) { write(addr, &v, 8); }

  // Bytes whose value has been moved out: logically uninitialised, so drop
  // glue must skip them. Writing to them or freeing their cell makes them
  // ordinary again (popped stack memory is always written before reuse).
  void markMovedOut(Address addr, uint64_t size);
  bool isMovedOut(Address addr, uint64_t size) const;
  // The moved-out ranges inside [addr, addr + size), as offsets from addr.
  std::vector<std::pair<uint64_t, uint64_t>> movedOutParts(Address addr, uint64_t size) const;

 private:
  uint8_t* locate(Address addr, uint64_t n);
  const uint8_t* locate(Address addr, uint64_t n) const { return const_cast<Memory*>(this)->locate(addr, n); }
  Address findGap(uint64_t size, Address ignoring) const;
  void record(const EventInfo& e);

  Trace& trace_;
  std::vector<uint8_t> statics_;
  std::unordered_map<std::string, Address> literals_;
  std::vector<uint8_t> stack_;  // stack_[0] is at kStackTop - stack_.size()
  Address sp_ = kStackTop;
  std::vector<HeapCell> cells_;
  uint64_t heapCalls_ = 0;
  Address watchedSp_ = 0;
  uint64_t writesOutsideWatch_ = 0;
  std::map<Address, int32_t> live_;  // live cells by address
  std::map<Address, uint64_t> movedOut_;  // start -> size of moved-out ranges
  void forgetMovedOutIn(Address start, Address end);
};

}  // namespace sh
