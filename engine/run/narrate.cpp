#include "run/narrate.h"

#include <cstdio>

#include "run/interpreter.h"

namespace sh {

namespace {

std::string hex(Address a) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(a));
  return buf;
}

std::string bytes(uint64_t n) { return std::to_string(n) + (n == 1 ? " byte" : " bytes"); }

std::string sentence(std::string s) {
  if (s.empty()) return s;
  s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s + ".";
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " ") + sentence(p);
  return out;
}

}  // namespace

std::string Narrator::slotName(int32_t slot) const { return "`" + in_.slot(slot).name + "`"; }

std::string Narrator::describeSlot(int32_t slot) const {
  const RtSlot& s = in_.slot(slot);
  return in_.describeValue(s.addr, s.type);
}

std::string Narrator::heapCellPhrase(const Event& alloc, const std::string& owner) const {
  TypeTable& T = in_.types();
  uint64_t elemSize = alloc.aux >= 0 ? T.layout(alloc.aux).size : 1;
  std::string where = "a new heap cell at " + hex(alloc.addr);
  if (alloc.cap == 1 && elemSize == alloc.size) return owner + " gets " + where + " holding its " + bytes(alloc.size);
  return owner + " gets " + where + " with room for " + std::to_string(alloc.cap) + " element" + (alloc.cap == 1 ? "" : "s") +
         " of " + bytes(elemSize) + " (" + bytes(alloc.size) + ")";
}

// The variable whose String, Vec or Box points at `addr`, as "`name`", or "".
std::string Narrator::ownerOf(Address addr) const {
  TypeTable& T = in_.types();
  for (const RtFrame& f : in_.frames_)
    for (int32_t id : f.slots) {
      const RtSlot& s = in_.slot(id);
      TypeKind k = T.get(s.type).kind;
      if (s.hidden || s.moved || (k != TypeKind::String && k != TypeKind::Vec && k != TypeKind::Box)) continue;
      if (in_.memory().readU64(s.addr) == addr) return "`" + s.name + "`";
    }
  return "";
}

std::string Narrator::narrate(const Step& step) {
  const Trace& trace = in_.trace_;
  TypeTable& T = in_.types();
  std::vector<std::string> head, slots, heap, tail;
  bool printed = false, dropNamed = false;
  for (uint32_t i = step.firstEvent; i < step.firstEvent + step.eventCount; ++i) {
    const Event& e = trace.events[i];
    switch (e.kind) {
      case EventKind::Call:
        head.push_back("call `" + trace.strings[e.text] + "`: a new stack frame starts at " + hex(e.addr));
        break;
      case EventKind::Return:
        head.push_back("the function returns and its stack frame is popped");
        break;
      case EventKind::Slot: {
        const RtSlot& s = in_.slot(e.id);
        TypeKind k = T.get(s.type).kind;
        std::string p = slotName(e.id) + " takes " + bytes(s.size) + " on the stack at " + hex(s.addr);
        if (k == TypeKind::String || k == TypeKind::Vec) p += " (pointer, capacity, length)";
        if (s.initialised && !s.moved) p += ", holding " + describeSlot(e.id);
        slots.push_back(p);
        break;
      }
      case EventKind::Alloc: {
        bool isText = e.aux >= 0 && T.get(e.aux).kind == TypeKind::Int && T.get(e.aux).intKind == IntKind::U8;
        std::string owner = ownerOf(e.addr);
        std::string who = owner.empty() ? "a new value" : owner;
        if (isText)
          heap.push_back(who + " gets a new heap cell at " + hex(e.addr) + " with room for " + bytes(e.size) + " of text");
        else
          heap.push_back(heapCellPhrase(e, who));
        break;
      }
      case EventKind::Realloc: {
        std::string owner = ownerOf(e.addr);
        heap.push_back((owner.empty() ? "a buffer" : owner + "'s buffer") + " is full, so it grows from " + bytes(e.oldSize) +
                       " to " + bytes(e.size) + " (room for " + std::to_string(e.cap) + ")" +
                       (e.addr == e.from ? ", in place at " + hex(e.addr) : " and moves from " + hex(e.from) + " to " + hex(e.addr)));
        break;
      }
      case EventKind::Free:
        heap.push_back("the heap cell at " + hex(e.addr) + " (" + bytes(e.size) + ") is freed");
        break;
      case EventKind::Leak:
        heap.push_back("the heap cell at " + hex(e.addr) + " is never freed: a leak, like an index card thrown away");
        break;
      case EventKind::Move: {
        std::string p = slotName(e.id) + " is moved out and can no longer be used";
        if (T.needsDrop(in_.slot(e.id).type)) p += "; what it owned now belongs to its new owner";
        tail.push_back(p);
        break;
      }
      case EventKind::Print:
        if (!printed) tail.push_back("prints to the console");
        printed = true;
        break;
      case EventKind::Drop:
        if (step.kind == StepKind::Drop && !dropNamed) head.push_back(slotName(e.id) + " goes out of scope");
        dropNamed |= step.kind == StepKind::Drop;
        break;
      case EventKind::Write: case EventKind::Copy: case EventKind::Fill: break;
    }
  }
  std::vector<std::string> parts = head;
  parts.insert(parts.end(), slots.begin(), slots.end());
  parts.insert(parts.end(), heap.begin(), heap.end());
  parts.insert(parts.end(), tail.begin(), tail.end());
  if (!in_.pendingNote_.empty()) {
    parts.push_back(in_.pendingNote_);
    in_.pendingNote_.clear();
  }
  if (parts.empty() && step.kind == StepKind::Statement) parts.push_back(describeChange(step));
  return joined(parts);
}

// A statement that declared nothing and allocated nothing: name the variable
// it changed, or else the code it ran.
std::string Narrator::describeChange(const Step& step) const {
  const Trace& trace = in_.trace_;
  for (uint32_t i = step.firstEvent + step.eventCount; i-- > step.firstEvent;) {
    const Event& e = trace.events[i];
    if (e.kind != EventKind::Write || in_.frames_.empty()) continue;
    for (int32_t id : in_.frames_.back().slots) {
      const RtSlot& s = in_.slot(id);
      if (!s.hidden && e.addr >= s.addr && e.addr < s.addr + s.size) return slotName(id) + " is now " + describeSlot(id);
    }
  }
  std::string code(in_.file().slice(step.span));
  for (char& c : code)
    if (c == '\n' || c == '\t') c = ' ';
  if (code.size() > 60) code = code.substr(0, 57) + "...";
  return "runs `" + code + "`";
}

}  // namespace sh
