// The trace's pools: where names, printed text and written bytes are kept.
//
// Events are fixed-size records (trace/trace.h) so that a 100,000-step trace
// is one flat array; anything of variable size lives in a pool and an event
// holds its index. Names repeat constantly (every call of `area` names
// "area", every loop iteration's slot names "i"), so intern() keeps each
// distinct string once. It indexes strings by hash rather than by a second
// copy of the text: the rare hash collision just stores the string again,
// which costs a few bytes and never a wrong answer.
#include "trace/trace.h"

#include <array>
#include <cstring>
#include <cctype>
#include <functional>

namespace sh {

// The kind's name in lower case ("call", "realloc"), as the JSON writes it.
const char* eventKindName(EventKind kind) {
  static const auto names = [] {
    std::array<std::string, kEventKindCount> lower{
#define SH_EVENT_NAME(name) #name,
        SH_EVENT_KINDS(SH_EVENT_NAME)
#undef SH_EVENT_NAME
    };
    for (std::string& n : lower)
      for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
  }();
  return names[static_cast<size_t>(kind)].c_str();
}

uint32_t Trace::intern(std::string s) {
  size_t hash = std::hash<std::string>{}(s);
  auto it = stringIndex.find(hash);
  if (it != stringIndex.end() && strings[it->second] == s) return it->second;
  uint32_t index = static_cast<uint32_t>(strings.size());
  strings.push_back(std::move(s));
  if (it == stringIndex.end()) stringIndex.emplace(hash, index);
  return index;
}

namespace {
uint8_t log2Of(uint32_t align) {
  uint8_t k = 0;
  while ((1u << k) < align) ++k;
  return k;
}
}  // namespace

// Packs an event: the common ones (a small write, a move, a drop) fit the
// 24-byte record; a slot, an allocation or a reallocation keeps the rest of
// its fields in `details`.
void Trace::add(const EventInfo& e) {
  Event out;
  out.kind = e.kind;
  out.id = e.id;
  out.addr = e.addr;
  auto detail = [&](EventDetail d) {
    out.value = details.size();
    details.push_back(d);
  };
  switch (e.kind) {
    case EventKind::Write:
      if (e.fillsCell >= 0) {
        out.flags = Event::kFillsCell;
        out.id = e.fillsCell;
      }
      if (e.size <= 8) {
        out.small = static_cast<uint8_t>(e.size);
        std::memcpy(&out.value, e.bytes, e.size);
      } else {
        EventDetail d;
        d.writeSize = e.size;
        d.from = bytes.size();
        bytes.insert(bytes.end(), e.bytes, e.bytes + e.size);
        detail(d);
      }
      break;
    case EventKind::Slot:  // no detail record: a slot is declared once per loop iteration
    case EventKind::Static:
      out.small = static_cast<uint8_t>(e.size & 0xFF);
      out.flags = static_cast<uint16_t>((e.size >> 8) & 0xFFFF);
      out.value = (static_cast<uint64_t>(static_cast<uint32_t>(e.type)) << 32) | e.text;
      break;
    case EventKind::Alloc:
      out.small = log2Of(e.align);
      detail({e.aux, -1, 0, e.align, 0, e.size, 0, e.cap, 0});
      break;
    case EventKind::Realloc:
      out.small = log2Of(e.align);
      detail({-1, -1, 0, e.align, e.from, e.size, e.oldSize, e.cap, 0});
      break;
    case EventKind::Free:
      out.small = log2Of(e.align);
      out.value = e.size;
      break;
    case EventKind::Fill: out.value = e.size; break;
    case EventKind::Move: out.value = static_cast<uint64_t>(static_cast<int64_t>(e.aux)); break;
    case EventKind::Print:
      out.value = e.text;
      if (e.toStderr) out.flags = Event::kStderr;
      break;
    case EventKind::Call: out.value = e.text; break;
    case EventKind::Leak: out.value = e.aux > 0 ? 1 : 0; break;
    case EventKind::Return: case EventKind::Copy: case EventKind::Drop: break;
  }
  events.push_back(out);
}

EventInfo Trace::info(size_t index) const {
  const Event& e = events[index];
  EventInfo out;
  out.kind = e.kind;
  out.id = e.id;
  out.addr = e.addr;
  switch (e.kind) {
    case EventKind::Write:
      if (e.flags & Event::kFillsCell) {
        out.fillsCell = e.id;
        out.id = -1;
      }
      if (e.small > 0) {
        out.size = e.small;
        out.inlineBytes = e.value;
      } else {
        const EventDetail& d = details[e.value];
        out.size = d.writeSize;
        out.bytes = bytes.data() + d.from;
      }
      break;
    case EventKind::Slot: case EventKind::Static:
      out.type = static_cast<int32_t>(e.value >> 32);
      out.text = static_cast<uint32_t>(e.value & 0xFFFFFFFF);
      out.size = e.small | (static_cast<uint64_t>(e.flags) << 8);
      break;
    case EventKind::Alloc: case EventKind::Realloc: {
      const EventDetail& d = details[e.value];
      out.aux = d.aux;
      out.align = d.align;
      out.from = d.from;
      out.size = d.size;
      out.oldSize = d.oldSize;
      out.cap = d.cap;
      break;
    }
    case EventKind::Free:
      out.size = e.value;
      out.align = 1u << e.small;
      break;
    case EventKind::Fill: out.size = e.value; break;
    case EventKind::Move: out.aux = static_cast<int32_t>(static_cast<int64_t>(e.value)); break;
    case EventKind::Print:
      out.text = static_cast<uint32_t>(e.value);
      out.toStderr = (e.flags & Event::kStderr) != 0;
      break;
    case EventKind::Call: out.text = static_cast<uint32_t>(e.value); break;
    case EventKind::Leak: out.aux = static_cast<int32_t>(e.value); break;
    case EventKind::Return: case EventKind::Copy: case EventKind::Drop: break;
  }
  return out;
}

namespace {

// Heap bytes of a string beyond the object itself (none when it fits the
// small-string buffer).
size_t heapBytesOf(const std::string& s) { return s.capacity() > sizeof(std::string) ? s.capacity() + 1 : 0; }

}  // namespace

size_t Trace::memoryFootprint() const {
  size_t total = sizeof(Trace);
  total += steps.capacity() * sizeof(Step) + events.capacity() * sizeof(Event);
  total += details.capacity() * sizeof(EventDetail);
  total += bytes.capacity();
  total += strings.capacity() * sizeof(std::string);
  for (const std::string& s : strings) total += heapBytesOf(s);
  // An unordered_map node holds the pair and a next pointer (and often the hash); plus one bucket pointer each.
  total += stringIndex.size() * (sizeof(std::pair<const size_t, uint32_t>) + 2 * sizeof(void*)) +
           stringIndex.bucket_count() * sizeof(void*);
  return total;
}

}  // namespace sh
