#include "show/narrate.h"

#include <cctype>

#include "check/checker.h"
#include "show/decode.h"

namespace sh {

namespace {

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

const char* noteText(NoteKind note) {
  switch (note) {
    case NoteKind::None: return "";
    case NoteKind::ConditionTrue: return "the condition is true, so the first block runs";
    case NoteKind::ConditionFalseElse: return "the condition is false, so the `else` branch runs";
    case NoteKind::ConditionFalseSkip: return "the condition is false, so the block is skipped";
    case NoteKind::PatternMatched: return "the pattern matches";
    case NoteKind::PatternFailed: return "the pattern does not match";
    case NoteKind::LoopRuns: return "the condition is true, so the loop body runs";
    case NoteKind::LoopEnds: return "the condition is false, so the loop ends";
    case NoteKind::LetPatternRuns: return "the pattern matches, so the loop body runs";
    case NoteKind::LetPatternEnds: return "the pattern does not match, so the loop ends";
    case NoteKind::LetElseRuns: return "the pattern does not match, so the `else` block runs";
    case NoteKind::Unwinding: return "";
    case NoteKind::ProcessExits:
      return "the process ends here, in `std::process::exit`: no destructor runs and no stack frame is popped, so what is "
             "still on the heap is never freed (the operating system takes the whole memory back)";
  }
  return "";
}

class StepNarrator {
 public:
  StepNarrator(const RunResult& r, const MemoryImage& m, size_t step)
      : r_(r), m_(m), trace_(r.trace), T_(r.program->types), step_(step) {}

  // A cell still allocated when std::process::exit ends the process.
  std::string leftAtExit(const CellImage* c) {
    if (!c) return "a heap cell is still allocated as the process ends";
    return "the heap cell at " + hexAddress(c->addr) + " (" + bytes(c->size) + ") is still allocated as the process ends";
  }

  // A cell left allocated when the run ends. An Rc's cell whose strong count
  // is not zero says why: no variable is left, so every Rc still counting it
  // sits in heap memory that is never freed either (a reference cycle) or was
  // forgotten.
  std::string leaked(const CellImage* c) {
    if (!c) return "a heap cell is never freed: a leak, like an index card thrown away";
    std::string at = "the heap cell at " + hexAddress(c->addr);
    if (c->elemType >= 0 && T_.get(c->elemType).kind == TypeKind::RcBox && c->bytes && c->bytes->size() >= 8) {
      uint64_t strong = 0;
      for (int i = 7; i >= 0; --i) strong = strong << 8 | (*c->bytes)[static_cast<size_t>(i)];
      if (strong > 0)
        return "the Rc cell at " + hexAddress(c->addr) + " is never freed: its strong count is still " + std::to_string(strong) +
               ", and no variable is left to drop: each Rc still counting it is inside a heap cell that is never freed "
               "either (a reference cycle) or was forgotten";
    }
    return at + " is never freed: a leak, like an index card thrown away";
  }

  std::string narrate() {
    const Step& step = trace_.steps[step_];
    bool dropNamed = false, printed = false;
    for (uint32_t i = trace_.firstEventOf(step_); i < trace_.endEventOf(step_); ++i) {
      EventInfo e = trace_.info(i);
      switch (e.kind) {
        case EventKind::Call:
          head_.push_back("call `" + trace_.strings[e.text] + "`: a new stack frame starts at " + hexAddress(e.addr));
          break;
        case EventKind::Return:
          head_.push_back(step.note == NoteKind::Unwinding
                              ? "the panic unwinds out of the function: its stack frame is popped without returning"
                              : "the function returns and its stack frame is popped");
          break;
        case EventKind::Slot: slot(e); break;
        case EventKind::Static:
          if (!trace_.strings[e.text].empty())
            slots_.push_back("the static `" + trace_.strings[e.text] + "` is in the static region at " + hexAddress(e.addr) +
                             ", holding " + describeValue(r_, m_, e.addr, e.type) + " for the whole run");
          break;
        case EventKind::Alloc: alloc(e); break;
        case EventKind::Realloc: {
          std::string owner = ownerOf(e.addr);
          std::string buffer = owner.empty() ? "a buffer" : owner + "'s buffer";
          heap_.push_back((e.size < e.oldSize ? buffer + " shrinks to its length, from " : buffer + " is full, so it grows from ") +
                          bytes(e.oldSize) + " to " + bytes(e.size) + " (room for " + std::to_string(e.cap) + ")" +
                          (e.addr == e.from ? ", in place at " + hexAddress(e.addr)
                                            : " and moves from " + hexAddress(e.from) + " to " + hexAddress(e.addr)));
          break;
        }
        case EventKind::Free:
          heap_.push_back("the heap cell at " + hexAddress(e.addr) + " (" + bytes(e.size) + ") is freed");
          break;
        case EventKind::Leak:
          if (e.aux == 1) {
            heap_.push_back("Box::leak gives up the heap cell at " + hexAddress(e.addr) +
                            ": no Box owns it any more and nothing will ever free it, so the reference it returns stays valid "
                            "until the program ends");
            break;
          }
          heap_.push_back(step.note == NoteKind::ProcessExits ? leftAtExit(cellById(e.id)) : leaked(cellById(e.id)));
          break;
        case EventKind::Move: {
          const SlotImage* s = slotById(e.id);
          if (!s) break;
          std::string p = name(*s) + " is moved out and can no longer be used";
          if (T_.needsDrop(s->type)) p += "; what it owned now belongs to its new owner";
          tail_.push_back(p);
          break;
        }
        case EventKind::Print:
          if (step.kind == StepKind::Panic) break;  // the panic's report: said by panicked()
          if (e.toStderr) {
            tail_.push_back("writes " + printed_(trace_.strings[e.text]) + " to stderr");
            break;
          }
          if (!printed) tail_.push_back("prints " + printed_(trace_.strings[e.text]));
          printed = true;
          break;
        case EventKind::Drop: {
          // A drop step is about the value that owned heap memory; plain
          // values that ended with it are not named.
          const SlotImage* s = slotById(e.id);
          if (step.kind == StepKind::Drop && !dropNamed && s && T_.needsDrop(s->type)) {
            head_.insert(head_.begin(), step.note == NoteKind::Unwinding
                                            ? "the panic unwinds `" + frameName() + "`: " + name(*s) + " is dropped"
                                            : name(*s) + " goes out of scope");
            dropNamed = true;
          }
          break;
        }
        case EventKind::Copy:
          if (const SlotImage* s = slotById(e.id))
            tail_.push_back(name(*s) + " is copied, not moved: both variables keep a value of their own");
          break;
        case EventKind::Write: case EventKind::Fill: break;
      }
    }
    if (step.note == NoteKind::Unwinding && step.kind == StepKind::Drop && !dropNamed)
      head_.insert(head_.begin(), "the panic unwinds `" + frameName() + "`: a value it owns is dropped");
    else if (step.note != NoteKind::None && step.note != NoteKind::Unwinding) tail_.push_back(noteText(step.note));
    std::vector<std::string> parts = head_;
    parts.insert(parts.end(), slots_.begin(), slots_.end());
    parts.insert(parts.end(), heap_.begin(), heap_.end());
    parts.insert(parts.end(), tail_.begin(), tail_.end());
    if (parts.empty() && step.kind == StepKind::Statement) parts.push_back(describeChange());
    if (step.kind == StepKind::Panic) parts.push_back(panicked());
    return joined(parts);
  }

 private:
  std::string name(const SlotImage& s) const { return "`" + trace_.strings[s.name] + "`"; }

  // A panic step writes the panic's report to stderr: say why the program
  // panics, in Rust's own words ("index out of bounds: the len is 3 but the
  // index is 7"), and what happens next. A second panic, in a destructor the
  // unwinding ran, ends the process.
  std::string panicked() const {
    std::string message;
    bool first = true;
    for (size_t i = 0; i < step_; ++i)
      if (trace_.steps[i].kind == StepKind::Panic) first = false;
    for (uint32_t i = trace_.firstEventOf(step_); i < trace_.endEventOf(step_); ++i) {
      EventInfo e = trace_.info(i);
      if (e.kind != EventKind::Print) continue;
      const std::string& report = trace_.strings[e.text];
      size_t start = report.find(":\n");
      if (start == std::string::npos) continue;
      start += 2;
      size_t end = report.find("\nnote: run with", start);
      message = report.substr(start, end == std::string::npos ? report.size() - 1 - start : end - start);
    }
    if (!first)
      return "a destructor panics while the stack unwinds" + (message.empty() ? std::string() : ": " + message) +
             "; a panic cannot unwind through the cleanup of another, so the process aborts once this one has unwound the "
             "destructor's own frame";
    std::string why = message.empty() ? "the program panics" : "the program panics: " + message;
    return why + "; the stack now unwinds: every value still owned is dropped, innermost frame first, and each frame is "
                 "popped";
  }

  // The function whose frame is on top: the one unwinding.
  std::string frameName() const { return m_.frames.empty() ? std::string("main") : trace_.strings[m_.frames.back().fn]; }

  const SlotImage* slotById(int32_t id) const {
    if (const SlotImage* s = m_.slot(id)) return s;
    for (const SlotImage& s : m_.droppedSlots)
      if (s.id == id) return &s;
    return nullptr;
  }

  const CellImage* cellById(int32_t id) const {
    auto it = m_.cells.find(id);
    return it == m_.cells.end() ? nullptr : &it->second;
  }

  std::string valueOf(const SlotImage& s) const { return describeValue(r_, m_, s.addr, s.type); }

  // "`v`" when a live variable's String, Vec or Box points at addr.
  std::string ownerOf(Address addr) const {
    for (const FrameImage& f : m_.frames)
      for (const SlotImage& s : f.slots) {
        TypeKind k = T_.get(s.type).kind;
        if (s.state != SlotImage::State::Live || (k != TypeKind::String && k != TypeKind::Vec && k != TypeKind::Box)) continue;
        uint64_t ptr = 0;
        if (m_.read(s.addr, &ptr, 8) && ptr == addr) return name(s);
      }
    return "";
  }

  void slot(const EventInfo& e) {
    const SlotImage* s = slotById(e.id);
    if (!s) return;
    TypeKind k = T_.get(s->type).kind;
    std::string p = name(*s) + " takes " + bytes(s->size) + " on the stack at " + hexAddress(s->addr);
    if (k == TypeKind::String || k == TypeKind::Vec || k == TypeKind::BinaryHeap) p += " (pointer, capacity, length)";
    if (s->state == SlotImage::State::Live) p += ", holding " + valueOf(*s);
    slots_.push_back(p);
  }

  void alloc(const EventInfo& e) {
    bool isText = e.aux >= 0 && T_.get(e.aux).kind == TypeKind::Int && T_.get(e.aux).intKind == IntKind::U8;
    std::string owner = ownerOf(e.addr);
    std::string who = owner.empty() ? "a new value" : owner;
    std::string where = "a new heap cell at " + hexAddress(e.addr);
    if (isText) {
      heap_.push_back(who + " gets " + where + " with room for " + bytes(e.size) + " of text");
      return;
    }
    uint64_t elemSize = e.aux >= 0 ? T_.layout(e.aux).size : 1;
    if (e.cap == 1 && elemSize == e.size) {
      heap_.push_back(who + " gets " + where + " holding its " + bytes(e.size));
      return;
    }
    heap_.push_back(who + " gets " + where + " with room for " + std::to_string(e.cap) + " element" + (e.cap == 1 ? "" : "s") +
                    " of " + bytes(elemSize) + " (" + bytes(e.size) + ")");
  }

  static std::string printed_(const std::string& text) {
    std::string shown = text;
    while (!shown.empty() && shown.back() == '\n') shown.pop_back();
    for (char& c : shown)
      if (c == '\n') c = ' ';
    if (shown.size() > 48) shown = shown.substr(0, 45) + "...";
    return shown.empty() ? "an empty line" : "`" + shown + "`";
  }

  // A statement that declared nothing and allocated nothing: the variable it
  // changed, or else the code it ran.
  std::string describeChange() const {
    for (uint32_t i = trace_.endEventOf(step_); i-- > trace_.firstEventOf(step_);) {
      EventInfo e = trace_.info(i);
      if (e.kind != EventKind::Write || m_.frames.empty()) continue;
      for (const SlotImage& s : m_.frames.back().slots)
        if (e.addr >= s.addr && e.addr < s.addr + s.size && s.state == SlotImage::State::Live)
          return name(s) + " is now " + valueOf(s);
    }
    std::string code(r_.source->slice(trace_.steps[step_].span()));
    for (char& c : code)
      if (c == '\n' || c == '\t') c = ' ';
    if (code.size() > 60) code = code.substr(0, 57) + "...";
    return "runs `" + code + "`";
  }

  const RunResult& r_;
  const MemoryImage& m_;
  const Trace& trace_;
  const TypeTable& T_;
  size_t step_;
  std::vector<std::string> head_, slots_, heap_, tail_;
};

}  // namespace

std::string narrateStep(const RunResult& result, const MemoryImage& after, size_t step) {
  if (!result.program || !result.source) return "";
  return StepNarrator(result, after, step).narrate();
}

}  // namespace sh
