// renderDiagram: the memory at one step as text, for the terminal.
//
// It reads like the chapter of a book about memory: a header with the step
// (numbered from 1, as the CLI's --step), the source line and the sentence
// narrating it; then the stack, the heap and the static region, each under a
// heading that says what kind of memory it is. The stack lists frames
// outermost first (main on top), so addresses decrease down the page just as
// the stack grows down in memory, and the frame running now is at the bottom.
//
//   === Step 4 of 9, line 3: v.push(2);
//       `v` gets a new heap cell ...
//   --- THE STACK (fast, fixed size) ---
//   main (frame at 0x7ffff000)
//   * 0x7fffefe8  v: Vec<i32>  24 bytes  [1, 2]  -> 0x600000
//   --- THE HEAP (dynamic size) ---
//   * 0x600000  16 bytes  2/4 x i32  [1, 2]  owner v
//   --- STATIC (statics and string literals) ---
//     (none)
//
// A `*` in the margin marks what this step changed. Values come from the same
// decoder as the page's view (show/decode.h), so the two always agree. The
// layout is plain text with no terminal codes and no widths that depend on
// anything but the content, so golden tests can compare it byte for byte.
#include <algorithm>

#include "base/utf8.h"
#include "show/show.h"
#include "fmt/format.h"
#include "show/decode.h"
#include "show/narrate.h"
#include "show/json_writer.h"

namespace sh {

namespace {

std::string bytesPhrase(uint64_t n) { return std::to_string(n) + (n == 1 ? " byte" : " bytes"); }

std::string padded(const std::string& text, size_t width) {
  size_t chars = utf8CharCount(text);
  return chars >= width ? text : text + std::string(width - chars, ' ');
}

std::string trimmed(std::string_view line) {
  size_t begin = line.find_first_not_of(" \t");
  size_t end = line.find_last_not_of(" \t\r");
  return begin == std::string_view::npos ? "" : std::string(line.substr(begin, end - begin + 1));
}

std::string header(const RunResult& result, const DecodedMemory& memory, size_t step) {
  const Step& s = result.trace.steps[step];
  uint32_t line = result.source ? result.source->lineCol(s.start).line : 0;
  std::string out = "=== Step " + std::to_string(step + 1) + " of " + std::to_string(result.trace.steps.size()) +
                    ", line " + std::to_string(line);
  if (result.source && line <= result.source->lineCount())
    out += ": " + validUtf8(trimmed(result.source->lineText(line)));
  out += "\n";
  std::string narration = narrateStep(result, *memory.image, step);
  if (!narration.empty()) out += "    " + validUtf8(narration) + "\n";
  return out;
}

// The arrows leaving a slot: its own pointer, or those of its fields.
std::string arrowsOf(const DecodedSlot& d) {
  if (d.pointsTo) return "  -> " + hexAddress(*d.pointsTo);
  std::string out;
  for (const DecodedField& f : d.fields)
    if (f.pointsTo) out += "  -> " + hexAddress(*f.pointsTo) + " (" + f.name + ")";
  return out;
}

std::string slotLine(const DecodedSlot& d, size_t nameWidth) {
  const SlotImage& s = *d.slot;
  std::string line = d.changed ? "* " : "  ";
  line += hexAddress(s.addr) + "  " + padded(d.name + ": " + d.type, nameWidth) + "  " +
          padded(bytesPhrase(s.size), 9) + "  " + d.value;
  if (s.state == SlotImage::State::Live) line += arrowsOf(d);
  return line + "\n";
}

std::string stackSection(const DecodedMemory& memory) {
  size_t nameWidth = 0;
  for (const DecodedFrame& f : memory.frames)
    for (const DecodedSlot& s : f.slots) nameWidth = std::max(nameWidth, utf8CharCount(s.name + ": " + s.type));
  std::string out = "--- THE STACK (fast, fixed size) ---\n";
  if (memory.frames.empty()) out += "  (no frames)\n";
  for (const DecodedFrame& f : memory.frames) {
    out += f.fn + " (frame at " + hexAddress(f.frame->addr) + ")\n";
    if (f.slots.empty()) out += "  (no variables yet)\n";
    for (const DecodedSlot& s : f.slots) out += slotLine(s, nameWidth);
  }
  return out;
}

std::string contentsOf(const DecodedCell& d) {
  if (d.isText) {
    FormatSpec debug;
    debug.trait = FormatTrait::Debug;
    return formatStr(d.text, debug);
  }
  std::string out = "[";
  for (size_t i = 0; i < d.items.size() && i < kMaxListed; ++i) out += (i ? ", " : "") + d.items[i];
  if (d.items.size() > kMaxListed || d.moreItems) out += ", …";
  return out + "]";
}

std::string cellLine(const DecodedCell& d) {
  const CellImage& c = *d.cell;
  std::string line = d.changed ? "* " : "  ";
  line += hexAddress(c.addr) + "  " + padded(bytesPhrase(c.size), 9) + "  " + std::to_string(c.len) + "/" +
          std::to_string(c.cap) + " x " + d.elemType + "  " + contentsOf(d);
  if (!d.owner.empty()) line += "  owner " + d.owner;
  if (c.state == CellImage::State::Freed) line += "  (freed)";
  if (c.state == CellImage::State::Leaked) line += "  (leaked: never freed)";
  return line + "\n";
}

std::string heapSection(const DecodedMemory& memory) {
  std::string out = "--- THE HEAP (dynamic size) ---\n";
  if (memory.heap.empty()) out += "  (empty)\n";
  for (const DecodedCell& c : memory.heap) out += cellLine(c);
  const MemoryCounters& n = memory.image->counters;
  out += "  " + std::to_string(n.allocations) + (n.allocations == 1 ? " allocation, " : " allocations, ") +
         std::to_string(n.frees) + (n.frees == 1 ? " free" : " frees") + " so far; " + bytesPhrase(n.liveBytes) +
         " live, peak " + bytesPhrase(n.peakBytes) + "\n";
  return out;
}

std::string staticSection(const DecodedMemory& memory) {
  std::string out = "--- STATIC (statics and string literals) ---\n";
  if (memory.statics.empty() && memory.staticItems.empty()) out += "  (none)\n";
  for (const DecodedSlot& s : memory.staticItems)
    out += "  " + hexAddress(s.slot->addr) + "  " + padded(bytesPhrase(s.slot->size), 9) + "  " +
           (s.name.empty() ? "(a constant's borrowed data)" : s.vtable ? s.name : "static " + s.name) + ": " + s.type + " = " + s.value + "\n";
  FormatSpec debug;
  debug.trait = FormatTrait::Debug;
  for (const DecodedStatic& s : memory.statics)
    out += "  " + hexAddress(s.addr) + "  " + padded(bytesPhrase(s.size), 9) + "  " + formatStr(s.text, debug) + "\n";
  if (!memory.consts.empty()) {
    out += "--- CONSTANTS (no address: each use is a fresh copy) ---\n";
    for (const DecodedConst& c : memory.consts) out += "  const " + c.name + ": " + c.type + " = " + c.init + "\n";
  }
  return out;
}

}  // namespace

std::string renderDiagram(const RunResult& result, const MemoryImage& after) {
  const DecodedMemory memory = decodeMemory(result, after);
  return header(result, memory, static_cast<size_t>(after.step)) + stackSection(memory) + heapSection(memory) +
         staticSection(memory);
}

}  // namespace sh
