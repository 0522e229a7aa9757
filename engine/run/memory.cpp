#include "run/memory.h"

#include <algorithm>
#include <cstring>

#include "base/limits.h"
#include "diag/diagnostic.h"

namespace sh {

namespace {
uint64_t alignUp(uint64_t n, uint64_t a) { return (n + a - 1) / a * a; }
uint64_t cellSpan(uint64_t size) { return alignUp(size == 0 ? 1 : size, kCellAlign); }
}  // namespace

void Memory::record(const EventInfo& e) { trace_.add(e); }

Address Memory::internLiteral(std::string_view text) {
  auto it = literals_.find(std::string(text));
  if (it != literals_.end()) return it->second;
  Address addr = kStaticBase + statics_.size();
  statics_.insert(statics_.end(), text.begin(), text.end());
  literals_.emplace(std::string(text), addr);
  if (!text.empty()) {
    EventInfo e;
    e.kind = EventKind::Write;
    e.addr = addr;
    e.size = text.size();
    e.bytes = reinterpret_cast<const uint8_t*>(text.data());
    record(e);
  }
  return addr;
}

Address Memory::reserveStatic(uint64_t size, uint64_t align) {
  uint64_t at = alignUp(statics_.size(), align);
  statics_.resize(at + size, 0);
  return kStaticBase + at;
}

void Memory::markMovedOut(Address addr, uint64_t size) {
  if (size > 0) movedOut_[addr] = std::max(movedOut_[addr], size);
}

bool Memory::isMovedOut(Address addr, uint64_t size) const {
  auto it = movedOut_.upper_bound(addr);
  if (it == movedOut_.begin()) return false;
  --it;
  return it->first <= addr && addr + size <= it->first + it->second;
}

std::vector<std::pair<uint64_t, uint64_t>> Memory::movedOutParts(Address addr, uint64_t size) const {
  std::vector<std::pair<uint64_t, uint64_t>> parts;
  for (auto it = movedOut_.lower_bound(addr); it != movedOut_.end() && it->first < addr + size; ++it)
    parts.emplace_back(it->first - addr, std::min(it->second, addr + size - it->first));
  return parts;
}

// Bytes written (or freed) own what they hold again, including where an
// older mark started below them: a frame's moved-out local must not make the
// next frame's variable at the same address look moved. Marks are trimmed to
// what lies outside [start, end).
void Memory::forgetMovedOutIn(Address start, Address end) {
  auto it = movedOut_.upper_bound(start);
  if (it != movedOut_.begin()) {
    auto below = std::prev(it);
    Address from = below->first, to = below->first + below->second;
    if (to > start) {
      if (to > end) movedOut_[end] = to - end;
      if (from < start) below->second = start - from;
      else movedOut_.erase(below);
    }
  }
  it = movedOut_.lower_bound(start);
  while (it != movedOut_.end() && it->first < end) {
    Address to = it->first + it->second;
    it = movedOut_.erase(it);
    if (to > end) { movedOut_[end] = to - end; break; }
  }
}

Address Memory::reserveStack(uint64_t size, uint64_t align) {
  Address addr = (sp_ - size) / align * align;
  if (kStackTop - addr > limits::kStackBytes) throw StackExhausted{};
  uint64_t need = kStackTop - addr;
  if (need > stack_.size()) {
    uint64_t grown = std::max<uint64_t>(need, stack_.size() * 2);
    std::vector<uint8_t> bigger(grown, 0);
    std::copy(stack_.begin(), stack_.end(), bigger.begin() + static_cast<std::ptrdiff_t>(grown - stack_.size()));
    stack_.swap(bigger);
  }
  sp_ = addr;
  return addr;
}

Address Memory::findGap(uint64_t size, Address ignoring) const {
  Address candidate = kHeapBase;
  for (const auto& [addr, id] : live_) {
    if (addr == ignoring) continue;
    if (addr >= candidate + cellSpan(size)) break;
    candidate = std::max(candidate, addr + cellSpan(cells_[id].size));
  }
  return candidate;
}

HeapCell& Memory::allocate(uint64_t size, uint32_t align, TypeId elemType, uint64_t cap) {
  ++heapCalls_;
  Address addr = findGap(size, 0);
  if (addr + cellSpan(size) > kHeapBase + limits::kHeapBytes) throw OutOfMemory{size};
  HeapCell c;
  c.id = static_cast<int32_t>(cells_.size());
  c.addr = addr;
  c.size = size;
  c.align = align;
  c.elemType = elemType;
  c.cap = cap;
  c.bytes.assign(size, 0);
  cells_.push_back(std::move(c));
  live_[addr] = cells_.back().id;
  EventInfo e;
  e.kind = EventKind::Alloc;
  e.id = cells_.back().id;
  e.aux = elemType;
  e.addr = addr;
  e.size = size;
  e.align = align;
  e.cap = cap;
  record(e);
  return cells_.back();
}

HeapCell& Memory::reallocate(int32_t id, uint64_t newSize, uint64_t newCap) {
  ++heapCalls_;
  HeapCell& c = cells_[id];
  Address old = c.addr;
  uint64_t oldSize = c.size;
  Address next = kHeapBase + limits::kHeapBytes;
  auto after = live_.upper_bound(old);
  if (after != live_.end()) next = after->first;
  Address target = old;
  if (old + cellSpan(newSize) > next) {
    target = findGap(newSize, old);
    if (target + cellSpan(newSize) > kHeapBase + limits::kHeapBytes) throw OutOfMemory{newSize};
  }
  live_.erase(old);
  c.addr = target;
  c.size = newSize;
  c.cap = newCap;
  c.bytes.resize(newSize, 0);
  live_[target] = id;
  EventInfo e;
  e.kind = EventKind::Realloc;
  e.id = id;
  e.from = old;
  e.addr = target;
  e.oldSize = oldSize;
  e.size = newSize;
  e.align = c.align;
  e.cap = newCap;
  record(e);
  return c;
}

void Memory::free(int32_t id) {
  ++heapCalls_;
  HeapCell& c = cells_[id];
  SH_CHECK(c.state == CellState::Live, "freeing a cell that is not live");
  live_.erase(c.addr);
  c.state = CellState::Freed;
  forgetMovedOutIn(c.addr, c.addr + c.size);
  EventInfo e;
  e.kind = EventKind::Free;
  e.id = id;
  e.addr = c.addr;
  e.size = c.size;
  e.align = c.align;
  record(e);
}

void Memory::leak(int32_t id, bool givenUp) {
  cells_[id].state = CellState::Leaked;
  EventInfo e;
  e.kind = EventKind::Leak;
  e.id = id;
  e.aux = givenUp ? 1 : 0;
  e.addr = cells_[id].addr;
  record(e);
}

void Memory::setLength(int32_t id, uint64_t len, bool record) {
  if (cells_[id].len == len) return;
  cells_[id].len = len;
  if (!record) return;
  EventInfo e;
  e.kind = EventKind::Fill;
  e.id = id;
  e.size = len;
  trace_.add(e);
}

HeapCell* Memory::cellAt(Address addr) {
  auto it = live_.upper_bound(addr);
  if (it == live_.begin()) return nullptr;
  --it;
  HeapCell& c = cells_[it->second];
  return addr < c.addr + std::max<uint64_t>(c.size, 1) ? &c : nullptr;
}

HeapCell& Memory::liveCellAt(Address addr) {
  HeapCell* c = cellAt(addr);
  SH_CHECK(c != nullptr, "a heap pointer into no live cell");
  return *c;
}

uint8_t* Memory::locate(Address addr, uint64_t n) {
  if (addr >= kStackTop - stack_.size() && addr + n <= kStackTop) return stack_.data() + (addr - (kStackTop - stack_.size()));
  if (addr >= kStaticBase && addr + n <= kStaticBase + statics_.size()) return statics_.data() + (addr - kStaticBase);
  HeapCell* c = cellAt(addr);
  if (c && addr + n <= c->addr + c->size) return c->bytes.data() + (addr - c->addr);
  throw InternalError("access to unmapped memory at " + std::to_string(addr));
}

void Memory::read(Address addr, void* out, uint64_t n) const {
  if (n == 0) return;
  std::memcpy(out, locate(addr, n), n);
}

void Memory::write(Address addr, const void* data, uint64_t n, int32_t fillsCell) {
  if (n == 0) return;
  uint8_t* at = locate(addr, n);
  if (watchedSp_ != 0 && (addr >= watchedSp_ || addr < kStackTop - limits::kStackBytes)) ++writesOutsideWatch_;
  if (!movedOut_.empty()) forgetMovedOutIn(addr, addr + n);
  std::memcpy(at, data, n);
  EventInfo e;
  e.kind = EventKind::Write;
  e.addr = addr;
  e.size = n;
  e.bytes = static_cast<const uint8_t*>(data);
  e.fillsCell = fillsCell;
  record(e);
}

void Memory::copy(Address to, Address from, uint64_t n) {
  if (n == 0) return;
  std::vector<uint8_t> tmp(n);
  read(from, tmp.data(), n);
  write(to, tmp.data(), n);
}

uint64_t Memory::readU64(Address addr) const {
  uint64_t v = 0;
  read(addr, &v, 8);
  return v;
}

}  // namespace sh
