// A panic unwinds the stack as in a debug build of rustc: every value still
// owned is dropped, innermost frame first, and a learner's `Drop` impl runs
// for each as it would (its output appears after the panic's report).
//
// A panic is a C++ exception (Panic) thrown where it happens. On its way out,
// each part of the interpreter that owns something catches it, drops what it
// owns and throws it on: an operand already evaluated (the arguments before
// the one that panicked), what a statement declared and its temporaries, a
// consumed collection's elements not yet yielded, a frame's variables, after
// which the frame is popped. C++ runs those handlers innermost first, which
// is the order rustc's landing pads run in. The first handler records the
// panic's step and writes its report to stderr, as Rust prints it before any
// destructor runs.
//
// A destructor that panics while a panic unwinds cannot unwind through the
// cleanup that called it: its own frame and the rest of its value's drop
// glue unwind (dropParts), and then the process aborts with "panic in a
// destructor during cleanup"; PanicInCleanup carries that to run/.
#include "run/interpreter.h"

namespace sh {

// The panic's step and its report on stderr, once per panic. The first
// panic's report ends with std's note on backtraces; a second one (a
// destructor run by the unwinding panicked) makes std print a backtrace
// instead, which the engine has none of.
// A panic in the body of a #[track_caller] function is reported where it
// was called, and so on out through such functions.
Span Interpreter::callerOfTrackingFrames(Span at) const {
  for (auto f = frames_.rbegin(); f != frames_.rend(); ++f) {
    const FnInfo& fn = p_.fns[f->fn];
    bool inBody = fn.decl && fn.decl->body && at.start >= fn.decl->body->span.start && at.end <= fn.decl->body->span.end;
    if (!fn.tracksCaller || !inBody) break;
    at = f->call;
  }
  return at;
}

void Interpreter::startUnwinding(Panic& p) {
  if (p.reported) return;
  p.reported = true;
  ++panics_;
  flow_ = Flow::Normal;
  p.location = callerOfTrackingFrames(p.span);
  LineCol at = p.inStd.file ? p.inStd.at : file_.panicLineCol(p.location.start);
  std::string report = "\nthread 'main' panicked at " + std::string(p.inStd.file ? p.inStd.file : file_.name()) + ":" +
                       std::to_string(at.line) + ":" + std::to_string(at.col) + ":\n" + p.message + "\n";
  if (panics_ == 1) report += "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
  beginStepIgnoringBudget(StepKind::Panic, p.span);
  print(report, true);
}

// A step of the unwinding: a drop or a frame popped, said to be the panic's.
static void noteUnwinding(Trace& trace) { trace.steps.back().note = NoteKind::Unwinding; }

void Interpreter::dropInCleanup(Address addr, TypeId type, Span at) {
  if (!T_.needsDrop(type) || mem_.isMovedOut(addr, T_.layout(type).size)) return;
  beginStep(StepKind::Drop, at);
  noteUnwinding(trace_);
  cleanup([&] { dropValue(addr, type); });
}

// The variables declared since `mark`, last first, and their slots; a
// hidden slot is a temporary (its statement's to drop) or a value its
// holder drops, and only leaves the frame, unless it is an argument a
// parameter's pattern took apart.
void Interpreter::unwindSlotsDownTo(size_t mark, Span at) {
  while (frame().slots.size() > mark) {
    int32_t id = frame().slots.back();
    const RtSlot s = slots_[id];
    if (s.local >= 0) frame().localSlot[s.local] = -1;
    frame().slots.pop_back();
    if (s.hidden) {  // an argument a parameter's pattern took apart still owns what the pattern left
      if (s.heldArgument) dropInCleanup(s.addr, s.type, at);
      freeSlots_.push_back(id);
      continue;
    }
    if (T_.needsDrop(s.type) && !s.moved && s.initialised && !mem_.isMovedOut(s.addr, s.size)) {
      dropInCleanup(s.addr, s.type, at);
      endSlot(id);
      continue;
    }
    pendingDrops_.push_back(id);
    freeSlots_.push_back(id);
  }
}

void Interpreter::unwindTemporariesDownTo(size_t mark) {
  while (temporaries_.size() > mark) {
    auto [type, addr] = temporaries_.back();
    temporaries_.pop_back();
    dropInCleanup(addr, type, currentStepSpan());
  }
}

// The frame a panic leaves: its variables, then the temporaries of its
// body's last expression (edition 2021 drops those after the variables),
// then its parameters (the scope around the body's), then the frame is
// popped without returning.
void Interpreter::unwindFrame(Panic& p, size_t temporariesMark, size_t parameterSlots, Span closing) {
  startUnwinding(p);
  unwindSlotsDownTo(parameterSlots, closing);  // the body's variables, its tail's temporaries, then the parameters
  unwindTemporariesDownTo(temporariesMark);
  unwindSlotsDownTo(0, closing);
  beginStepIgnoringBudget(StepKind::Return, closing);
  noteUnwinding(trace_);
  EventInfo ret;
  ret.kind = EventKind::Return;
  ret.id = frame().id;
  trace_.add(ret);
  mem_.releaseStack(frame().base);
  frames_.pop_back();
}

// Values no slot holds, dropped as a panic unwinds past them: last first.
void Interpreter::dropHeldInCleanup(std::vector<Value>& held, Span at) {
  while (!held.empty()) {
    Value v = std::move(held.back());
    held.pop_back();
    if (!T_.needsDrop(v.type)) continue;
    Address sp = mem_.stackPointer();
    Address addr = mem_.reserveStack(v.size(), T_.layout(v.type).align);
    mem_.write(addr, v.data(), v.size());
    dropInCleanup(addr, v.type, at);
    mem_.releaseStack(sp);
  }
}

// Evaluates one operand of an expression whose earlier operands (`held`)
// are evaluated and owned by it: if this one panics, what it declared is
// dropped, then the held operands, last evaluated first, as rustc does.
Value Interpreter::evalHolding(const Expr& operand, std::vector<Value>& held) {
  size_t slotMark = frame().slots.size();
  try {
    return eval(operand);
  } catch (Panic& p) {
    startUnwinding(p);
    unwindSlotsDownTo(slotMark, currentStepSpan());
    dropHeldInCleanup(held, currentStepSpan());
    throw;
  }
}

// The place an assignment writes, found after its value is (`v[i] = x`
// runs `x` first): if finding it panics, the value is dropped.
Place Interpreter::evalPlaceHolding(const Expr& place, const Value& value) {
  try {
    return evalPlace(place);
  } catch (Panic& p) {
    startUnwinding(p);
    std::vector<Value> held{value};
    dropHeldInCleanup(held, currentStepSpan());
    throw;
  }
}

// A panic of std's code that owns a value it was given (unwrap's Err, an
// element insert was to place): reported, then the value dropped as the
// panic unwinds out of std.
void Interpreter::panicDropping(Panic p, Address owned, TypeId type) {
  startUnwinding(p);
  dropInCleanup(owned, type, p.span);
  throw p;
}

}  // namespace sh
