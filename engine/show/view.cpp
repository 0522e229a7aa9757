// viewToJson: the memory at one step, as the page draws it.
//
// The decoding is show/decode.cpp's (shared with the CLI diagram); this file
// only writes the decoded picture in the shape trace/SCHEMA.md documents
// ("The view"). Addresses and sizes are JSON numbers — every address of the
// simulated machine is below 2^53 — and bytes are hex strings in memory order,
// so the page can show the little-endian truth next to the decoded value.
#include <algorithm>
#include <vector>

#include "show/show.h"
#include "show/decode.h"
#include "show/narrate.h"
#include "show/json_writer.h"

namespace sh {

namespace {

// Bytes shown per slot or heap cell: a cell of a megabyte would make every
// step's view a megabyte; the items and the size still say what is there.
constexpr uint64_t kMaxShownBytes = 4096;

// The first bytes of `size` bytes, and "bytesTruncated" when there are more.
// Null `bytes` are stack bytes no write has reached yet: zero, as in the
// interpreter.
void writeBytes(JsonWriter& w, const uint8_t* bytes, uint64_t size) {
  uint64_t shown = std::min(size, kMaxShownBytes);
  std::vector<uint8_t> zeros;
  if (!bytes) {
    zeros.assign(shown, 0);
    bytes = zeros.data();
  }
  w.key("bytes").hex(bytes, shown);
  if (shown < size) w.field("bytesTruncated", true);
}

const char* slotStateName(SlotImage::State s) {
  switch (s) {
    case SlotImage::State::Live: return "live";
    case SlotImage::State::Moved: return "moved";
    case SlotImage::State::Uninit: return "uninit";
  }
  return "?";
}

const char* cellStateName(CellImage::State s) {
  switch (s) {
    case CellImage::State::Live: return "live";
    case CellImage::State::Freed: return "freed";
    case CellImage::State::Leaked: return "leaked";
  }
  return "?";
}

void writeAddressOrNull(JsonWriter& w, std::string_view name, const std::optional<Address>& addr) {
  w.key(name);
  if (addr) w.value(*addr);
  else w.null();
}

void writeField(JsonWriter& w, const DecodedField& f) {
  w.beginObject().field("name", f.name).field("offset", f.offset).field("size", f.size).field("type", f.type)
      .field("value", f.value);
  if (f.pointsTo) w.field("pointsTo", *f.pointsTo);
  w.endObject();
}

void writeSlot(JsonWriter& w, const MemoryImage& image, const DecodedSlot& d) {
  const SlotImage& s = *d.slot;
  w.beginObject().field("id", s.id).field("name", d.name).field("type", d.type).field("addr", s.addr)
      .field("size", s.size).field("state", slotStateName(s.state)).field("changed", d.changed)
      .field("value", d.value);
  writeBytes(w, image.bytesAt(s.addr, s.size), s.size);
  w.key("fields").beginArray();
  for (const DecodedField& f : d.fields) writeField(w, f);
  w.endArray();
  writeAddressOrNull(w, "pointsTo", d.pointsTo);
  if (d.vtable) w.field("vtable", true);
  w.endObject();
}

void writeFrame(JsonWriter& w, const MemoryImage& image, const DecodedFrame& d) {
  w.beginObject().field("id", d.frame->id).field("fn", d.fn).field("addr", d.frame->addr);
  w.key("slots").beginArray();
  for (const DecodedSlot& s : d.slots) writeSlot(w, image, s);
  w.endArray().endObject();
}

void writeCell(JsonWriter& w, const DecodedCell& d) {
  const CellImage& c = *d.cell;
  w.beginObject().field("id", c.id).field("addr", c.addr).field("size", c.size).field("align", c.align)
      .field("cap", c.cap).field("len", c.len).field("elemType", d.elemType).field("elemSize", d.elemSize)
      .field("state", cellStateName(c.state)).field("changed", d.changed);
  if (d.isText) {
    w.field("text", d.text);
  } else if (!d.fields.empty()) {
    w.key("fields").beginArray();
    for (const DecodedField& f : d.fields) writeField(w, f);
    w.endArray();
  } else if (!d.slots.empty()) {
    w.field("front", d.front);
    w.key("slots").beginArray();
    for (const DecodedCell::Bucket& b : d.slots) {
      w.beginObject().field("offset", b.offset);
      if (b.entry) w.field("entry", *b.entry);
      else w.nullField("entry");
      w.endObject();
    }
    w.endArray();
  } else if (!d.buckets.empty()) {
    w.key("buckets").beginArray();
    for (const DecodedCell::Bucket& b : d.buckets) {
      w.beginObject().field("offset", b.offset).field("ctrl", static_cast<uint64_t>(b.ctrl));
      if (b.entry) w.field("entry", *b.entry);
      else w.nullField("entry");
      w.endObject();
    }
    w.endArray();
  } else {
    w.key("items").beginArray();
    for (const std::string& item : d.items) w.value(item);
    w.endArray();
    if (d.moreItems) w.field("moreItems", d.moreItems);
  }
  writeBytes(w, c.bytes->data(), c.size);
  if (d.owner.empty()) w.nullField("owner");
  else w.field("owner", d.owner);
  w.endObject();
}

}  // namespace

void writeView(JsonWriter& w, const RunResult& result, const MemoryImage& after) {
  const DecodedMemory memory = decodeMemory(result, after);
  const size_t step = static_cast<size_t>(after.step);
  w.field("step", static_cast<uint64_t>(step)).field("narration", narrateStep(result, after, step));
  w.key("frames").beginArray();
  for (const DecodedFrame& f : memory.frames) writeFrame(w, after, f);
  w.endArray();
  w.key("heap").beginArray();
  for (const DecodedCell& c : memory.heap) writeCell(w, c);
  w.endArray();
  w.key("statics").beginArray();
  for (const DecodedStatic& s : memory.statics)
    w.beginObject().field("addr", s.addr).field("size", s.size).field("text", s.text).endObject();
  w.endArray();
  w.key("staticItems").beginArray();
  for (const DecodedSlot& s : memory.staticItems) writeSlot(w, after, s);
  w.endArray();
  w.key("consts").beginArray();
  for (const DecodedConst& c : memory.consts)
    w.beginObject().field("name", c.name).field("type", c.type).field("init", c.init).endObject();
  w.endArray();
  w.key("pointers").beginArray();
  for (const DecodedPointer& p : memory.pointers)
    w.beginObject().field("from", p.from).field("to", p.to).field("region", p.region).field("weak", p.weak).endObject();
  w.endArray();
  const MemoryCounters& c = after.counters;
  w.key("counters").beginObject().field("allocations", c.allocations).field("frees", c.frees)
      .field("liveBytes", c.liveBytes).field("peakBytes", c.peakBytes).endObject();
}

std::string viewToJson(const RunResult& result, const MemoryImage& after) {
  JsonWriter w(16384);
  w.beginObject();
  writeView(w, result, after);
  w.endObject();
  return w.take();
}

}  // namespace sh
