// Replaying the event log: the fold that turns a trace back into memory.
//
// The rules are those of trace/trace.h, applied one event at a time. A slot
// is uninitialised until a write touches it, and a moved slot becomes live
// again only when a write covers all of it (a re-assignment); a freed cell is
// shown for the step that frees it and removed when the next step begins.
// Nothing here knows about types: decoding bytes into values is
// show/decode.cpp's job, so the replay stays a small, fast loop.
#include "trace/replay.h"

#include <algorithm>
#include <cstring>

#include "base/limits.h"
#include "diag/diagnostic.h"
#include "trace/address_space.h"

namespace sh {

namespace {

// True when [addr, addr+n) lies inside [base, base+size), without overflow.
bool within(Address base, uint64_t size, Address addr, uint64_t n) {
  return addr >= base && addr - base <= size && n <= size - (addr - base);
}

bool isStackAddress(Address addr) { return addr < kStackTop && addr >= kStackTop - limits::kStackBytes; }
bool isHeapAddress(Address addr) { return addr >= kHeapBase && addr < kHeapBase + limits::kHeapBytes; }

void sortUnique(std::vector<int32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// Makes room in the stack bytes down to addr. The stack grows downward, so
// new bytes go in front; doubling keeps a deep recursion linear.
void growStackDownTo(std::vector<uint8_t>& stack, Address addr) {
  uint64_t need = kStackTop - addr;
  if (need <= stack.size()) return;
  uint64_t grown = std::min<uint64_t>(std::max<uint64_t>(need, stack.size() * 2), limits::kStackBytes);
  std::vector<uint8_t> bigger(grown, 0);
  std::copy(stack.begin(), stack.end(), bigger.end() - static_cast<std::ptrdiff_t>(stack.size()));
  stack.swap(bigger);
}

// A cell's bytes, ready to be changed: copied first if a keyframe shares them.
std::vector<uint8_t>& ownBytes(CellImage& cell) {
  if (cell.bytes.use_count() > 1) cell.bytes = std::make_shared<std::vector<uint8_t>>(*cell.bytes);
  return *cell.bytes;
}

}  // namespace

// ---------------------------------------------------------------- reading

const uint8_t* MemoryImage::bytesAt(Address addr, uint64_t n) const {
  if (within(kStackTop - stack.size(), stack.size(), addr, n) && !stack.empty())
    return stack.data() + (addr - (kStackTop - stack.size()));
  if (within(kStaticBase, statics.size(), addr, n) && !statics.empty()) return statics.data() + (addr - kStaticBase);
  const CellImage* cell = cellAt(addr);
  if (cell && within(cell->addr, cell->size, addr, n)) return cell->bytes->data() + (addr - cell->addr);
  return nullptr;
}

bool MemoryImage::read(Address addr, void* out, uint64_t n) const {
  if (n == 0) return true;
  const uint8_t* at = bytesAt(addr, n);
  if (!at) return false;
  std::memcpy(out, at, n);
  return true;
}

const CellImage* MemoryImage::cellAt(Address addr) const {
  auto it = cellByAddr_.upper_bound(addr);
  if (it != cellByAddr_.begin()) {
    const CellImage& c = cells.at(std::prev(it)->second);
    if (addr - c.addr < std::max<uint64_t>(c.size, 1)) return &c;
  }
  for (int32_t id : changedCells) {  // a cell freed in this step is still shown
    auto freed = cells.find(id);
    if (freed != cells.end() && freed->second.state == CellImage::State::Freed &&
        addr >= freed->second.addr && addr - freed->second.addr < std::max<uint64_t>(freed->second.size, 1))
      return &freed->second;
  }
  return nullptr;
}

const SlotImage* MemoryImage::slot(int32_t id) const { return const_cast<MemoryImage*>(this)->findSlot(id); }

bool MemoryImage::slotChanged(int32_t id) const {
  return std::binary_search(changedSlots.begin(), changedSlots.end(), id);
}

bool MemoryImage::cellChanged(int32_t id) const {
  return std::binary_search(changedCells.begin(), changedCells.end(), id);
}

SlotImage* MemoryImage::findSlot(int32_t id) {
  for (auto f = frames.rbegin(); f != frames.rend(); ++f)
    for (SlotImage& s : f->slots)
      if (s.id == id) return &s;
  return nullptr;
}

CellImage* MemoryImage::liveCellAt(Address addr) {
  auto it = cellByAddr_.upper_bound(addr);
  if (it == cellByAddr_.begin()) return nullptr;
  CellImage& c = cells.at(std::prev(it)->second);
  return addr - c.addr < c.size ? &c : nullptr;
}

// ---------------------------------------------------------------- replaying

void MemoryImage::advance(const Trace& trace) {
  SH_CHECK(step + 1 < static_cast<int64_t>(trace.steps.size()), "replaying past the last step");
  ++step;
  for (int32_t id : changedCells) {  // cells freed in the previous step are gone now
    auto it = cells.find(id);
    if (it != cells.end() && it->second.state == CellImage::State::Freed) cells.erase(it);
  }
  changedSlots.clear();
  changedCells.clear();
  droppedSlots.clear();
  for (uint32_t i = trace.firstEventOf(static_cast<size_t>(step)); i < trace.endEventOf(static_cast<size_t>(step)); ++i)
    apply(trace, trace.info(i));
  sortUnique(changedSlots);
  sortUnique(changedCells);
}

void MemoryImage::apply(const Trace& trace, const EventInfo& e) {
  switch (e.kind) {
    case EventKind::Call:
      frames.push_back(FrameImage{e.id, e.text, e.addr, {}});
      return;
    case EventKind::Return: {
      auto f = std::find_if(frames.rbegin(), frames.rend(), [&](const FrameImage& x) { return x.id == e.id; });
      SH_CHECK(f != frames.rend(), "return from a frame that is not on the stack");
      droppedSlots.insert(droppedSlots.end(), f->slots.begin(), f->slots.end());
      frames.erase(std::next(f).base());
      return;
    }
    case EventKind::Slot: {
      SH_CHECK(!frames.empty(), "a slot with no frame on the stack");
      auto f = frames.rbegin();  // slots are always declared in the innermost frame
      // A zero-sized value is never written: it is initialised as it appears.
      SlotImage::State state = e.size == 0 ? SlotImage::State::Live : SlotImage::State::Uninit;
      f->slots.push_back(SlotImage{e.id, e.text, e.type, e.addr, e.size, state});
      changedSlots.push_back(e.id);
      return;
    }
    case EventKind::Static:
      staticItems.push_back(StaticImage{e.id, e.text, e.type, e.addr, e.size});
      return;
    case EventKind::Write:
      writeBytes(trace, e);
      return;
    case EventKind::Move:
      if (SlotImage* s = findSlot(e.id)) {
        s->state = SlotImage::State::Moved;
        changedSlots.push_back(e.id);
      }
      return;
    case EventKind::Copy:
    case EventKind::Print:
      return;
    case EventKind::Drop:
      for (FrameImage& f : frames) {
        auto s = std::find_if(f.slots.begin(), f.slots.end(), [&](const SlotImage& x) { return x.id == e.id; });
        if (s == f.slots.end()) continue;
        droppedSlots.push_back(*s);
        f.slots.erase(s);
        return;
      }
      return;
    case EventKind::Alloc: {
      CellImage c{e.id, e.addr, e.size, e.align, e.cap, 0, e.aux, CellImage::State::Live,
                  std::make_shared<std::vector<uint8_t>>(e.size, 0)};
      cells[e.id] = std::move(c);
      cellByAddr_[e.addr] = e.id;
      ++counters.allocations;
      counters.liveBytes += e.size;
      counters.peakBytes = std::max(counters.peakBytes, counters.liveBytes);
      changedCells.push_back(e.id);
      return;
    }
    case EventKind::Realloc: {
      CellImage& c = cells.at(e.id);
      cellByAddr_.erase(c.addr);
      ownBytes(c).resize(e.size, 0);
      c.addr = e.addr;
      c.size = e.size;
      c.align = e.align;
      c.cap = e.cap;
      cellByAddr_[e.addr] = e.id;
      counters.liveBytes += e.size - e.oldSize;
      counters.peakBytes = std::max(counters.peakBytes, counters.liveBytes);
      changedCells.push_back(e.id);
      return;
    }
    case EventKind::Free: {
      CellImage& c = cells.at(e.id);
      c.state = CellImage::State::Freed;
      cellByAddr_.erase(c.addr);
      ++counters.frees;
      counters.liveBytes -= c.size;
      changedCells.push_back(e.id);
      return;
    }
    case EventKind::Leak:
      cells.at(e.id).state = CellImage::State::Leaked;
      changedCells.push_back(e.id);
      return;
    case EventKind::Fill:
      cells.at(e.id).len = e.size;
      changedCells.push_back(e.id);
      return;
  }
}

void MemoryImage::writeBytes(const Trace&, const EventInfo& e) {
  const uint8_t* data = e.writtenBytes();
  if (e.size == 0) return;
  if (e.fillsCell >= 0) {  // a Vec's or String's len: also its cell's element count
    auto cell = cells.find(e.fillsCell);
    if (cell != cells.end()) {
      cell->second.len = e.inlineBytes;
      changedCells.push_back(e.fillsCell);
    }
  }
  if (isStackAddress(e.addr)) {
    growStackDownTo(stack, e.addr);
    std::memcpy(stack.data() + (e.addr - (kStackTop - stack.size())), data, e.size);
    noteWritten(e.addr, e.size);
  } else if (isHeapAddress(e.addr)) {
    CellImage* c = liveCellAt(e.addr);
    SH_CHECK(c && within(c->addr, c->size, e.addr, e.size), "a write to the heap outside every live cell");
    std::memcpy(ownBytes(*c).data() + (e.addr - c->addr), data, e.size);
    changedCells.push_back(c->id);
  } else {
    SH_CHECK(e.addr >= kStaticBase, "a write below the static region");
    uint64_t end = e.addr - kStaticBase + e.size;
    if (statics.size() < end) statics.resize(end, 0);
    std::memcpy(statics.data() + (e.addr - kStaticBase), data, e.size);
    bool inItem = std::any_of(staticItems.begin(), staticItems.end(),
                              [&](const StaticImage& s) { return within(s.addr, s.size, e.addr, e.size); });
    if (!inItem) literals.emplace_back(e.addr, e.size);
  }
}

// Marks the slots a stack write touched as changed, and brings them to life:
// any write initialises an uninitialised slot; only a write over the whole
// slot revives a moved one (a partial write leaves it moved).
void MemoryImage::noteWritten(Address addr, uint64_t n) {
  for (size_t i = frames.size(); i-- > 0;) {
    FrameImage& f = frames[i];
    Address below = i + 1 < frames.size() ? frames[i + 1].addr : 0;
    if (addr >= f.addr || addr + n <= below) continue;
    for (SlotImage& s : f.slots) {
      if (addr >= s.addr + s.size || addr + n <= s.addr) continue;
      changedSlots.push_back(s.id);
      bool whole = addr <= s.addr && addr + n >= s.addr + s.size;
      if (s.state == SlotImage::State::Uninit || (s.state == SlotImage::State::Moved && whole))
        s.state = SlotImage::State::Live;
    }
  }
}

MemoryImage replay(const Trace& trace, size_t step) {
  MemoryImage image;
  while (image.step < static_cast<int64_t>(step)) image.advance(trace);
  return image;
}

// ---------------------------------------------------------------- keyframes

namespace {

// The bytes a keyframe adds to the one before it: its own stack and statics,
// and every cell buffer it does not share with its predecessor.
size_t bytesNotShared(const MemoryImage& image, const MemoryImage& previous) {
  size_t total = image.stack.size() + image.statics.size() + sizeof(MemoryImage);
  for (const FrameImage& f : image.frames) total += sizeof(FrameImage) + f.slots.size() * sizeof(SlotImage);
  for (const auto& [id, cell] : image.cells) {
    auto before = previous.cells.find(id);
    bool shared = before != previous.cells.end() && before->second.bytes == cell.bytes;
    total += sizeof(CellImage) + (shared ? 0 : cell.bytes->size());
  }
  return total;
}

}  // namespace

Replayer::Replayer(const Trace& trace, size_t interval, size_t budget)
    : trace_(trace), interval_(std::max<size_t>(interval, 1)), budget_(budget), keyframes_(1) {}

const MemoryImage& Replayer::at(size_t step) {
  SH_CHECK(step < trace_.steps.size(), "no such step");
  size_t k = std::min(step / interval_, keyframes_.size() - 1);
  int64_t keyframeStep = static_cast<int64_t>(k * interval_) - 1;
  bool currentIsCloser = current_.step <= static_cast<int64_t>(step) && current_.step >= keyframeStep;
  if (!currentIsCloser) current_ = keyframes_[k];
  while (current_.step < static_cast<int64_t>(step)) advanceKeepingKeyframes();
  return current_;
}

void Replayer::advanceKeepingKeyframes() {
  size_t next = static_cast<size_t>(current_.step + 1);
  if (next % interval_ == 0 && next / interval_ == keyframes_.size()) {
    keyframeBytes_ += bytesNotShared(current_, keyframes_.back());
    keyframes_.push_back(current_);
    if (keyframeBytes_ > budget_ && keyframes_.size() > 2) thinKeyframes();
  }
  current_.advance(trace_);
  ++stepsApplied_;
}

// Keeps every other keyframe and doubles the interval: the keyframes' memory
// roughly halves and a random step costs at most twice as many steps.
void Replayer::thinKeyframes() {
  std::vector<MemoryImage> kept;
  for (size_t i = 0; i < keyframes_.size(); i += 2) kept.push_back(std::move(keyframes_[i]));
  keyframes_ = std::move(kept);
  interval_ *= 2;
  keyframeBytes_ = 0;
  for (size_t i = 1; i < keyframes_.size(); ++i) keyframeBytes_ += bytesNotShared(keyframes_[i], keyframes_[i - 1]);
}

}  // namespace sh
