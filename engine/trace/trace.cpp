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
#include <cctype>
#include <functional>

namespace sh {

#define SH_COUNT_ONE(name) +1
constexpr size_t kEventKindCount = 0 SH_EVENT_KINDS(SH_COUNT_ONE);
#undef SH_COUNT_ONE

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

uint32_t Trace::storeBytes(const uint8_t* data, size_t n) {
  uint32_t at = static_cast<uint32_t>(bytes.size());
  bytes.insert(bytes.end(), data, data + n);
  return at;
}

namespace {

// Heap bytes of a string beyond the object itself (none when it fits the
// small-string buffer).
size_t heapBytesOf(const std::string& s) { return s.capacity() > sizeof(std::string) ? s.capacity() + 1 : 0; }

}  // namespace

size_t Trace::memoryFootprint() const {
  size_t total = sizeof(Trace);
  total += steps.capacity() * sizeof(Step);
  for (const Step& s : steps) total += heapBytesOf(s.narration);
  total += events.capacity() * sizeof(Event);
  total += bytes.capacity();
  total += strings.capacity() * sizeof(std::string);
  for (const std::string& s : strings) total += heapBytesOf(s);
  total += types.capacity() * sizeof(TraceType);
  for (const TraceType& t : types) total += heapBytesOf(t.name);
  // An unordered_map node holds the pair and a next pointer (and often the hash); plus one bucket pointer each.
  total += stringIndex.size() * (sizeof(std::pair<const size_t, uint32_t>) + 2 * sizeof(void*)) +
           stringIndex.bucket_count() * sizeof(void*);
  return total;
}

}  // namespace sh
