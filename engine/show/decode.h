// The memory at one step read as Rust values: what the page and the CLI draw.
//
// The replay (trace/replay.h) gives bytes at addresses; this layer reads them
// with the type table, once, into a DecodedMemory that both renderings share:
// show/view.cpp writes it as JSON for the page, show/diagram.cpp as text
// for the terminal. Keeping one decoder means the page, the diagram and the
// bytes view can never disagree about what a value is.
//
// Ownership is decoded too: walking from the live slots through owning
// pointers (String, Vec, Box) names each heap cell's owner (`v`, `v[2]`,
// `p.name`, `*b`) and finds every arrow to draw, including pointers stored
// inside heap cells (a Vec<String>'s elements point to cells of their own).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "run/result.h"
#include "syntax/ast.h"
#include "trace/replay.h"

namespace sh {

struct DecodedField {
  std::string name;  // "ptr", "cap", "len"; a struct's field name; "0", "1" in a tuple
  uint64_t offset = 0, size = 0;
  std::string type;
  std::string value;
  std::optional<Address> pointsTo;  // a pointer field whose target is in memory
};

struct DecodedSlot {
  const SlotImage* slot = nullptr;
  std::string name, type;
  std::string value;  // short Rust-like text
  std::vector<DecodedField> fields;
  std::optional<Address> pointsTo;  // a pointer-like value whose target is in memory
  bool changed = false;
  bool vtable = false;  // a static item that is a vtable: its fields are drop, size, align and the method slots
};

struct DecodedFrame {
  const FrameImage* frame = nullptr;
  std::string fn;
  std::vector<DecodedSlot> slots;
};

struct DecodedCell {
  const CellImage* cell = nullptr;
  std::string elemType;
  uint64_t elemSize = 0;
  bool isText = false;  // the buffer of a String: shown as `text`, not `items`
  std::string text;     // isText: the initialised bytes as UTF-8 (invalid bytes as U+FFFD)
  std::vector<std::string> items;  // !isText: the initialised elements, at most kMaxItems
  uint64_t moreItems = 0;          // initialised elements beyond kMaxItems
  std::string owner;               // who owns it (`v`, `v[2]`, `p.name`), or ""; an Rc's cell: every Rc that points at it
  // A cell with labelled parts instead of elements: an Rc's cell (strong,
  // weak, value); `items` is then empty.
  std::vector<DecodedField> fields;
  // A HashMap's or HashSet's table: one per bucket, in bucket order; `entry`
  // is empty for an EMPTY or DELETED bucket (`ctrl` 0xFF or 0x80), else the
  // entry's text (`"Blue": 10`). `items` is then empty.
  struct Bucket {
    uint64_t offset = 0;  // where the bucket's bytes start in the cell
    uint8_t ctrl = 0xFF;
    std::optional<std::string> entry;
  };
  std::vector<Bucket> buckets;
  // A VecDeque's buffer: one per slot of capacity in memory order, `entry`
  // the element's text or empty for a slot outside the ring; `front` is the
  // slot of the first element. `items` is then empty.
  std::vector<Bucket> slots;
  uint64_t front = 0;
  bool changed = false;
};

struct DecodedStatic {
  Address addr = 0;
  uint64_t size = 0;
  std::string text;
};

// A constant: no place in memory, so it is described by what it was
// written as (the compiler copies that value into every use).
struct DecodedConst {
  std::string name, type, init;
};

struct DecodedPointer {
  Address from = 0, to = 0;
  const char* region = "";  // "heap", "static" or "stack"
  bool weak = false;        // a Weak: it keeps the cell allocated, not the value alive (drawn dashed)
};

struct DecodedMemory {
  const MemoryImage* image = nullptr;  // the memory decoded: valid while it is
  std::vector<DecodedFrame> frames;    // outermost first
  std::vector<DecodedCell> heap;       // by address
  std::vector<DecodedStatic> statics;  // string literals, by address
  std::vector<DecodedSlot> staticItems;  // static items (and constants' borrowed data, unnamed), by address
  std::vector<DecodedConst> consts;      // the program's constants, in declaration order
  std::vector<DecodedPointer> pointers;
  std::vector<SlotImage> staticSlots;    // what staticItems' `slot` points at
};

inline constexpr size_t kMaxItems = 1024;       // heap elements listed per cell
inline constexpr size_t kMaxListed = 16;        // elements shown in one value's text
inline constexpr size_t kMaxTextChars = 64;     // characters of a string shown in one value's text

// `after`, the memory right after step `after.step` of result's trace,
// decoded. Replaying to that step is the caller's: api/session.h keeps a
// run's keyframes, so scrubbing through a long trace stays cheap.
DecodedMemory decodeMemory(const RunResult& result, const MemoryImage& after);

// One value in memory as short Rust-like text (`53`, `"Kinetic Gateway"`,
// `[1, 2, 3]`), as the view shows it.
std::string describeValue(const RunResult& result, const MemoryImage& image, Address addr, TypeId type);

// "0x7fffefe8"
std::string hexAddress(Address addr);

}  // namespace sh
