// Statements, scopes, calls, drops and steps.
//
// A step begins at every statement, every block's tail expression, every
// loop condition checked again, every call and return, and every value
// dropped at a scope's end. The events memory records between two step
// beginnings belong to the earlier step; when a step ends, narrate.cpp turns
// its events into a sentence.
#include "run/interpreter.h"

#include <algorithm>

#include "base/limits.h"

namespace sh {

namespace {

bool isBlockLike(const Expr& e) {
  switch (e.kind) {
    case ExprKind::If: case ExprKind::IfLet: case ExprKind::While: case ExprKind::WhileLet: case ExprKind::Loop:
    case ExprKind::For: case ExprKind::Block:
      return true;
    case ExprKind::Match: return !e.tryOperator;
    default:
      return false;
  }
}

}  // namespace

// The part of a statement a step highlights: all of a simple statement, only
// the head (`if cond`, `while cond`, `for x in v`, `match x`) of a block-like one.
Span stepSpanOf(const Expr& e) {
  switch (e.kind) {
    case ExprKind::If: case ExprKind::IfLet: case ExprKind::While: case ExprKind::WhileLet: case ExprKind::For:
    case ExprKind::Loop:
      return {e.span.start, e.block ? e.block->span.start : e.span.end};
    case ExprKind::Match:
      if (e.tryOperator) return e.span;
      return {e.span.start, e.operand ? e.operand->span.end : e.span.end};
    default: return e.span;
  }
}

Interpreter::Interpreter(const Checked& program, const SourceFile& file, Trace& trace, const RunOptions& options)
    : p_(program), T_(program.types), file_(file), trace_(trace), mem_(trace), options_(options) {}

void Interpreter::beginStep(StepKind kind, Span span) {
  if (trace_.steps.size() >= options_.stepBudget) throw BudgetExhausted{};
  beginStepIgnoringBudget(kind, span);
}

// The last step of a panic is recorded even at the budget's edge. A
// statement of std's prelude text (inside `Ordering::then`) is no place in
// the learner's program: what it does belongs to the step of the call.
void Interpreter::beginStepIgnoringBudget(StepKind kind, Span span) {
  if (isPreludeSpan(span)) return;
  Step s;
  s.kind = kind;
  s.start = span.start;
  s.end = span.end;
  s.firstEvent = static_cast<uint32_t>(trace_.events.size());
  trace_.steps.push_back(s);
  flushPendingDrops();
}

// `let b = a;` with a Copy value: both variables keep a value of their own,
// which the narration says (the contrast with a move is the lesson).
void Interpreter::noteCopy(const Expr& init) {
  if (init.kind != ExprKind::Path || init.resolvedKind != static_cast<uint8_t>(Resolved::Local) || !T_.isCopy(init.type))
    return;
  int32_t id = frame().localSlot[init.resolved];
  if (id < 0 || slots_[id].hidden) return;
  EventInfo e;
  e.kind = EventKind::Copy;
  e.id = id;
  trace_.add(e);
}

// Facts memory does not show, for the narration (which way a branch went).
void Interpreter::note(NoteKind kind) { trace_.steps.back().note = kind; }

// Plain values (nothing to free) end at their closing brace, but take no
// step of their own: their ends are recorded at the start of the next step
// (the next iteration, the drop of a value that owns memory, the return).
void Interpreter::flushPendingDrops() {
  for (int32_t id : pendingDrops_) {
    EventInfo e;
    e.kind = EventKind::Drop;
    e.id = id;
    trace_.add(e);
  }
  pendingDrops_.clear();
}

void Interpreter::print(const std::string& text, bool toStderr) {
  for (PrintInProgress& outer : printing_)  // a print inside a fmt impl: the outer print's pieces go out first
    if (outer.toStderr == toStderr && !outer.pending.empty()) {
      std::string pending = std::move(outer.pending);
      outer.pending.clear();
      print(pending, toStderr);
    }
  (toStderr ? stderr_ : stdout_) += text;
  EventInfo e;
  e.kind = EventKind::Print;
  e.text = trace_.intern(text);
  e.toStderr = toStderr;
  trace_.add(e);
}

// ---------------------------------------------------------------- running main

// How much of the host's stack the interpreter has used since runMain began.
uint64_t Interpreter::hostStackUsed() const {
  auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  return hostStackBase_ > here ? hostStackBase_ - here : here - hostStackBase_;
}

void Interpreter::runMain() {
  hostStackBase_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  const FnInfo& main = p_.fns[p_.mainFn];
  Value returned = callFunction(p_.mainFn, {}, main.decl->implicitMain ? main.decl->body->span : main.decl->nameSpan);
  if (T_.get(returned.type).kind == TypeKind::Result) reportMainResult(returned, main.decl->body->span);
  // Whatever is still on the heap when main has returned was never freed.
  std::vector<int32_t> leaked;
  for (const HeapCell& c : mem_.cells())
    if (c.state == CellState::Live) leaked.push_back(c.id);
  if (!leaked.empty()) {
    Span end{main.decl->body->span.end, main.decl->body->span.end};
    beginStep(StepKind::Return, end);
    for (int32_t id : leaked) mem_.leak(id);
  }
}

// What std does with the Result main returns (its Termination impl): an
// Err is written to stderr as `Error: {:?}` and then dropped; the process
// exits with 1.
void Interpreter::reportMainResult(const Value& returned, Span body) {
  if (variantOfValue(returned) == 0) return;
  beginStep(StepKind::Return, Span{body.end, body.end});
  const Layout& l = T_.layout(returned.type);
  Address sp = mem_.stackPointer();
  Address at = mem_.reserveStack(l.size, l.align);  // main's frame is gone: the value needs an address to be read
  mem_.write(at, returned.data(), returned.size());
  FormatSpec debug;
  debug.trait = FormatTrait::Debug;
  print("Error: " + renderValue(Place{at + l.variants[1].offsets[0], T_.get(returned.type).args[1]}, debug) + "\n", true);
  dropValue(at, returned.type);
  mem_.releaseStack(sp);
  mainReturnedError_ = true;
}

// ---------------------------------------------------------------- slots and scopes

int32_t Interpreter::declareSlot(int32_t local, const std::string& name, TypeId type, bool hidden) {
  const Layout& l = T_.layout(type);
  if (!hidden) flushPendingDrops();  // a recycled id must end before it begins again
  RtSlot s;
  s.id = newSlotId();
  s.local = local;
  s.name = name;
  s.type = type;
  s.size = l.size;
  s.hidden = hidden;
  s.addr = mem_.reserveStack(l.size, l.align);
  slots_[s.id] = s;
  RtFrame& f = frame();
  if (local >= 0) f.localSlot[local] = s.id;
  f.slots.push_back(s.id);
  if (!hidden) {
    EventInfo e;
    e.kind = EventKind::Slot;
    e.id = s.id;
    e.type = type;
    e.addr = s.addr;
    e.size = s.size;
    e.text = trace_.intern(name);
    trace_.add(e);
  }
  return s.id;
}

int32_t Interpreter::declareSlotHolding(int32_t local, const std::string& name, const Value& v, bool hidden) {
  int32_t id = declareSlot(local, name, v.type, hidden);
  writePlace(Place{slots_[id].addr, v.type, id, 0, 0}, v);
  return id;
}

void Interpreter::enterScope() {
  frame().scopeMarks.push_back(frame().slots.size());
  frame().scopeSp.push_back(mem_.stackPointer());
}

void Interpreter::exitScope(Span closing) {
  RtFrame& f = frame();
  size_t mark = f.scopeMarks.back();
  Address sp = f.scopeSp.back();
  f.scopeMarks.pop_back();
  f.scopeSp.pop_back();
  Address low = mem_.stackPointer();
  dropSlotsDownTo(mark, closing);
  keepTemporariesPast(low, sp);
}

// Releases the stack from `low` up to `sp`, where a block kept its slots.
// The temporaries of the block's tail expression live on to the end of the
// enclosing statement (edition 2021), so those still owning a value move to
// scratch slots of the enclosing scope; those moved out are forgotten.
void Interpreter::keepTemporariesPast(Address low, Address sp) {
  struct Kept {
    size_t index;
    Value value;
    std::vector<std::pair<uint64_t, uint64_t>> movedOut;  // parts a pattern moved out: still not its own
  };
  std::vector<Kept> kept;
  for (size_t i = 0; i < temporaries_.size(); ++i) {
    auto [type, addr] = temporaries_[i];
    if (addr < low || addr >= sp) continue;
    uint64_t size = T_.layout(type).size;
    if (mem_.isMovedOut(addr, size)) temporaries_[i].second = 0;
    else kept.push_back({i, readPlace(Place{addr, type}, false), mem_.movedOutParts(addr, size)});
  }
  mem_.releaseStack(sp);
  for (const Kept& k : kept) {
    Address at = holdInScratch(k.value);
    for (auto [offset, size] : k.movedOut) mem_.markMovedOut(at + offset, size);
    temporaries_[k.index].second = at;
  }
  temporaries_.erase(std::remove_if(temporaries_.begin(), temporaries_.end(), [](const auto& t) { return t.second == 0; }),
                     temporaries_.end());
}

// Drops the slots declared since `mark`, last declared first, as Rust does
// at a closing brace: a value that owns heap memory gets a step of its own;
// a plain value's end is recorded with the next step (flushPendingDrops).
// A learner's destructor runs as a call (runDestructor), which pushes frames
// and slots: no reference into frames_ or slots_ is held across a drop.
// A slot leaves its frame before its value is dropped, so that a drop that
// panics leaves the unwinding only the slots not yet dropped.
void Interpreter::dropSlotsDownTo(size_t mark, Span closing) {
  while (frame().slots.size() > mark) {
    int32_t id = frame().slots.back();
    const RtSlot s = slots_[id];
    if (s.local >= 0) frame().localSlot[s.local] = -1;
    frame().slots.pop_back();
    if (s.hidden && s.heldArgument && T_.needsDrop(s.type)) {
      beginStep(StepKind::Drop, closing);
      dropValue(s.addr, s.type);
    }
    if (!s.hidden) {
      if (T_.needsDrop(s.type) && !s.moved && s.initialised) {
        beginStep(StepKind::Drop, closing);
        try {
          dropValue(s.addr, s.type);
        } catch (Panic&) {
          endSlot(id);
          throw;
        }
        endSlot(id);
        continue;
      }
      pendingDrops_.push_back(id);
    }
    freeSlots_.push_back(id);
  }
}

// The slot `id` has been dropped: the trace says so, and its id is free.
void Interpreter::endSlot(int32_t id) {
  EventInfo e;
  e.kind = EventKind::Drop;
  e.id = id;
  trace_.add(e);
  freeSlots_.push_back(id);
}

// Evaluates a loop's condition and then lets go of the temporaries it made
// (a literal compared by reference, a String built to be compared), so
// that a loop's condition costs no memory that grows with its iterations.
Value Interpreter::evalAndReleaseTemporaries(const Expr& e) {
  size_t temporariesMark = temporaries_.size();
  size_t slotMark = frame().slots.size();
  Address sp = mem_.stackPointer();
  Value v = eval(e);
  dropTemporariesDownTo(temporariesMark);
  RtFrame& f = frame();
  while (f.slots.size() > slotMark && slots_[f.slots.back()].hidden) {
    freeSlots_.push_back(f.slots.back());
    f.slots.pop_back();
  }
  if (f.slots.size() == slotMark) mem_.releaseStack(sp);
  return v;
}

// Slot ids are recycled once their slot has ended: a loop that declares a
// variable a million times needs one slot record, not a million.
int32_t Interpreter::newSlotId() {
  if (freeSlots_.empty()) {
    slots_.emplace_back();
    return static_cast<int32_t>(slots_.size() - 1);
  }
  int32_t id = freeSlots_.back();
  freeSlots_.pop_back();
  return id;
}

// A name for a place that already exists (a closure's capture: the
// captured variable's place): not drawn, not dropped, no memory of its own.
void Interpreter::declareAlias(int32_t local, const std::string& name, TypeId type, Address addr) {
  RtSlot s;
  s.id = newSlotId();
  s.local = local;
  s.name = name;
  s.type = type;
  s.addr = addr;
  s.size = T_.layout(type).size;
  s.hidden = true;
  s.alias = true;
  s.initialised = true;
  slots_[s.id] = s;
  frame().localSlot[local] = s.id;
  frame().slots.push_back(s.id);
}

// A value no variable holds, put in a hidden stack slot so it has an
// address; the caller decides what becomes of it.
Address Interpreter::holdInScratch(const Value& v) { return slots_[declareSlotHolding(-1, "", v, true)].addr; }

// The same, for a temporary: dropped at the end of its statement.
Address Interpreter::materialize(Value v) {
  if (evaluatingConstant_) return placeInStaticRegion(v);
  Address at = holdInScratch(v);
  temporaries_.emplace_back(v.type, at);
  return at;
}

// A value moved out leaves its bytes behind, but they no longer own
// anything: drop glue skips them. A whole variable moved out is greyed.
void Interpreter::markMoved(const Place& place) {
  uint64_t size = T_.layout(place.type).size;
  mem_.markMovedOut(place.addr, size);
  if (place.slot < 0) return;
  RtSlot& s = slots_[place.slot];
  if (place.offset != 0 || size != s.size || s.moved) return;
  s.moved = true;
  EventInfo e;
  e.kind = EventKind::Move;
  e.id = s.id;
  trace_.add(e);
}

// ---------------------------------------------------------------- drops

// Where a call std's code makes on the program's behalf is drawn from: the
// statement running (a Drop impl's drop, a Default impl's default).
Span Interpreter::currentStepSpan() const {
  const Step& step = trace_.steps.back();
  return Span{step.start, step.end};
}

void Interpreter::dropValue(Address addr, TypeId type) {
  if (!T_.needsDrop(type) || mem_.isMovedOut(addr, T_.layout(type).size)) return;
  const Type t = T_.get(type);
  auto freeAt = [&](Address ptr) {
    HeapCell* c = mem_.cellAt(ptr);
    SH_CHECK(c != nullptr, "dropping a pointer to no heap cell");
    mem_.free(c->id);
  };
  switch (t.kind) {
    case TypeKind::String: {
      if (mem_.readU64(addr + VecHeader::cap) > 0) freeAt(mem_.readU64(addr + VecHeader::ptr));
      return;
    }
    case TypeKind::Vec: case TypeKind::BinaryHeap: {  // a BinaryHeap drops its Vec
      uint64_t ptr = mem_.readU64(addr + VecHeader::ptr), cap = mem_.readU64(addr + VecHeader::cap), len = mem_.readU64(addr + VecHeader::len);
      uint64_t elemSize = T_.layout(t.args[0]).size;
      dropParts(len, [&](size_t i) { dropValue(ptr + i * elemSize, t.args[0]); },
                [&] { if (cap > 0 && elemSize > 0) freeAt(ptr); });
      return;
    }
    case TypeKind::Box: {  // a Box<dyn Trait> drops and frees what its vtable says it holds, a Box<[T]> its length's elements
      BoxedParts b = boxedParts(addr, type);
      uint64_t size = T_.layout(b.elem).size;
      dropParts(b.count, [&](size_t i) { dropValue(b.ptr + i * size, b.elem); }, [&] { if (size * b.count > 0) freeAt(b.ptr); });
      return;
    }
    case TypeKind::Option:
      if (optionIsSome(addr, type)) dropValue(optionPayload(addr, type), t.args[0]);
      return;
    case TypeKind::Rc: releaseStrong(mem_.readU64(addr), type); return;
    case TypeKind::Weak: releaseWeak(mem_.readU64(addr)); return;
    case TypeKind::RefCell: dropValue(addr + refCellValueOffset(type), t.args[0]); return;
    case TypeKind::Cell: dropValue(addr, t.args[0]); return;
    case TypeKind::CellRef: case TypeKind::CellRefMut: releaseGuard(addr, t.kind == TypeKind::CellRefMut); return;
    case TypeKind::HashMap: case TypeKind::HashSet: dropTable(addr, type); return;
    case TypeKind::VecDeque: dropDeque(addr, type); return;
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: dropBTree(addr, type); return;
    case TypeKind::BTreeEntry:  // an entry never used: a vacant one still owns its key
      if (variantAt(addr, type) == 1) dropValue(addr + T_.layout(type).variants[1].offsets[0], t.args[0]);
      return;
    case TypeKind::MapEntry:  // an entry never used: a vacant one still owns its key
      if (variantAt(addr, type) == 1) dropValue(addr + T_.layout(type).variants[1].offsets[1], t.args[0]);
      return;
    case TypeKind::Struct: case TypeKind::Tuple: {  // the learner's drop first, then each field
      const Layout l = T_.layout(type);
      dropParts(l.fields.size() + 1, [&](size_t i) {
        if (i == 0) runDestructor(addr, type);
        else dropValue(addr + l.fields[i - 1].offset, l.fields[i - 1].type);
      }, [] {});
      return;
    }
    case TypeKind::Enum: {  // only the variant the value holds has fields to drop
      uint32_t variant = variantAt(addr, type);
      const std::vector<uint64_t> offsets = T_.layout(type).variants[variant].offsets;
      const auto fields = T_.enumOf(type).variants[variant].fields;
      dropParts(fields.size() + 1, [&](size_t i) {
        if (i == 0) runDestructor(addr, type);
        else dropValue(addr + offsets[i - 1], fields[i - 1].second);
      }, [] {});
      return;
    }
    case TypeKind::Array: {
      uint64_t elemSize = T_.layout(t.args[0]).size;
      dropParts(t.length, [&](size_t i) { dropValue(addr + i * elemSize, t.args[0]); }, [] {});
      return;
    }
    case TypeKind::Result: {  // Ok(T) or Err(E): the payload the value holds
      uint32_t variant = variantAt(addr, type);
      dropValue(addr + T_.layout(type).variants[variant].offsets[0], t.args[variant]);
      return;
    }
    case TypeKind::Range: {
      const Layout& l = T_.layout(type);
      dropParts(2, [&](size_t i) { dropValue(addr + l.fields[i].offset, t.args[0]); }, [] {});
      return;
    }
    case TypeKind::Int: case TypeKind::Float: case TypeKind::Bool: case TypeKind::Char: case TypeKind::Unit:
    case TypeKind::Iter: dropKeptIter(addr, type); return;  // a vec::IntoIter, or an adapter around one or with a closure
    case TypeKind::Never: case TypeKind::Ref: case TypeKind::Str: case TypeKind::Slice:
    case TypeKind::IoError: case TypeKind::Stdin: case TypeKind::Param: case TypeKind::Projection: case TypeKind::Var:
    case TypeKind::Error: case TypeKind::Vtable: case TypeKind::FnPtr:
      return;  // nothing owned
    case TypeKind::RcBox: case TypeKind::HashTable: case TypeKind::BTreeNode: case TypeKind::Dyn:
      SH_CHECK(false, "an Rc's cell, a hash table, a B-tree node or a trait object dropped on its own: its Rc, map or Box drops it");
      return;
  }
}

// Drops a value that no variable holds (a discarded result, a value bound to
// `_`): it passes through scratch stack memory only so that the drop glue can
// read it where it reads every value, from memory.
// The learner's `Drop::drop(&mut value)`, before the value's fields are
// dropped, as Rust runs it: a call with its own frame, at the step that drops.
// A drop on the way out of a `break`, `continue` or `return` runs its body
// in full: the jump in progress waits, and goes on after it.
void Interpreter::runDestructor(Address addr, TypeId type) {
  auto found = p_.destructors.find(type);
  if (found == p_.destructors.end()) return;
  Value self(p_.fns[found->second].paramTypes[0], 8);
  self.setU64(0, addr);
  Flow flow = flow_;
  std::string label = std::move(flowLabel_);
  Value value = std::move(flowValue_);
  flow_ = Flow::Normal;
  flowLabel_.clear();
  callFunction(found->second, {self}, currentStepSpan());
  flow_ = flow;
  flowLabel_ = std::move(label);
  flowValue_ = std::move(value);
}

void Interpreter::dropValueNow(Value v) {
  if (!T_.needsDrop(v.type)) return;
  Address before = mem_.stackPointer();
  Address at = mem_.reserveStack(v.size(), T_.layout(v.type).align);
  mem_.write(at, v.data(), v.size());
  dropValue(at, v.type);
  mem_.releaseStack(before);
}

// ---------------------------------------------------------------- calls

Value Interpreter::callFunction(int32_t fnIndex, std::vector<Value> args, Span callSpan, Span location) {
  if (frames_.size() >= limits::kMaxCallDepth || hostStackUsed() > limits::kHostStackBudget) throw StackExhausted{};
  const FnInfo& fn = p_.fns[fnIndex];
  beginStep(StepKind::Call, callSpan);
  RtFrame f;
  f.id = nextFrameId_++;
  f.fn = fnIndex;
  f.call = location.end > 0 ? location : callSpan;
  f.base = mem_.stackPointer();
  // Every frame starts with the return address and the caller's frame
  // pointer, as on x86-64: 16 bytes that keep frames visibly apart.
  mem_.reserveStack(kFrameHeaderBytes, 16);
  f.localSlot.assign(fn.locals.size(), -1);
  frames_.push_back(f);
  EventInfo call;
  call.kind = EventKind::Call;
  call.id = f.id;
  call.addr = f.base;
  call.text = trace_.intern(fn.name);
  trace_.add(call);
  if (frames_.size() == 1) placeStatics();  // main's call: before its first statement
  Span closing{fn.decl->body->span.end - 1, fn.decl->body->span.end};
  size_t temporariesMark = temporaries_.size(), parameterSlots = 0;
  Value result;
  try {
    enterScope();  // the parameters', around the body's
    bindArguments(fn, args);
    parameterSlots = frame().slots.size();
    enterScope();
    execBlockBody(*fn.decl->body, &result);
    if (flow_ == Flow::Return) {
      result = flowValue_;
      flow_ = Flow::Normal;
    }
    exitScope(closing);
    dropTemporariesDownTo(temporariesMark);  // the body's tail expression's, after its variables (edition 2021), before the parameters
    exitScope(closing);
  } catch (Panic& p) {
    unwindFrame(p, temporariesMark, parameterSlots, closing);
    throw;
  }
  beginStep(StepKind::Return, frames_.size() > 1 ? callSpan : closing);  // plain locals end here too
  EventInfo ret;
  ret.kind = EventKind::Return;
  ret.id = frame().id;
  trace_.add(ret);
  mem_.releaseStack(frame().base);
  frames_.pop_back();
  if (result.type == kNoType) result = makeUnit();
  return result;
}

// The arguments of a call become the frame's first slots: the closure's
// captures, `self`, then each parameter (a pattern destructures its own).
void Interpreter::bindArguments(const FnInfo& fn, std::vector<Value>& args) {
  size_t arg = 0;
  if (fn.closure >= 0) bindClosureEnvironment(fn, args[arg++]);
  if (fn.selfLocal >= 0) {
    declareSlotHolding(fn.selfLocal, "self", args[arg]);
    ++arg;
  }
  for (const Param& param : fn.decl->params) {
    if (param.pattern->kind == PatternKind::Binding) {
      declareSlotHolding(param.pattern->local, param.pattern->name, args[arg]);
    } else {
      int32_t tmp = declareSlotHolding(-1, "", args[arg], true);
      slots_[tmp].heldArgument = true;  // what the pattern does not move out (`_`) is dropped with the parameters
      bindPattern(*param.pattern, Place{slots_[tmp].addr, args[arg].type, tmp, 0, 0});
    }
    ++arg;
  }
}

// ---------------------------------------------------------------- statements

void Interpreter::execBlockBody(const Block& b, Value* result) {
  for (const Stmt& s : b.stmts) {
    execStmt(s);
    if (flow_ != Flow::Normal) return;
  }
  if (b.tail) {
    if (!isBlockLike(*b.tail)) beginStep(StepKind::Statement, b.tail->span);
    Value v = eval(*b.tail);
    if (flow_ != Flow::Normal) return;
    if (result)
      *result = std::move(v);
    else
      dropValueNow(std::move(v));
  }
}

Value Interpreter::evalBlock(const Block& b) {
  enterScope();
  Value result;
  execBlockBody(b, &result);
  exitScope({b.span.end - 1, b.span.end});
  if (result.type == kNoType) result = makeUnit();
  return result;
}

// A panic in a statement first drops what the statement declared (a
// block's or a match arm's variables), then its temporaries.
void Interpreter::execStmt(const Stmt& s) {
  size_t temporariesMark = temporaries_.size();
  size_t slotMark = frame().slots.size();
  try {
    execStmtBody(s);
    dropTemporariesDownTo(temporariesMark);
  } catch (Panic& p) {
    startUnwinding(p);
    unwindSlotsDownTo(slotMark, currentStepSpan());
    unwindTemporariesDownTo(temporariesMark);
    throw;
  }
}

void Interpreter::execStmtBody(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::Let: {
      beginStep(StepKind::Statement, s.span);
      if (!s.init) {
        if (s.pattern->kind == PatternKind::Binding)
          declareSlot(s.pattern->local, s.pattern->name, p_.fns[frame().fn].locals[s.pattern->local].type);
        return;
      }
      if (s.pattern->kind == PatternKind::Binding && !s.pattern->byRef && !s.pattern->subpattern && !s.elseBlock) {
        Value v = evalLetInitializer(s);
        if (flow_ != Flow::Normal) return;
        noteCopy(*s.init);
        declareSlotHolding(s.pattern->local, s.pattern->name, v);
        return;
      }
      destructureLet(s);
      return;
    }
    case StmtKind::Expr: {
      if (!isBlockLike(*s.init)) beginStep(StepKind::Statement, s.span);
      if (T_.get(s.init->type).kind == TypeKind::Iter && T_.keptIter(s.init->type) == KeptIter::None) {
        // `v.drain(..2);`: a chain nothing pulls from, opened and closed at once
        std::unique_ptr<ItemStream> unused = openStream(*s.init);
        closeStream(*unused);
        return;
      }
      Value v = eval(*s.init);
      if (flow_ != Flow::Normal) return;
      dropValueNow(std::move(v));
      return;
    }
    case StmtKind::Empty: case StmtKind::Item: return;
  }
}

// The temporaries a `let` extends to the end of its block get their slots
// before the initializer runs, in the `let`'s own scope (an extended
// temporary made inside a block or an `if` arm of the initializer outlives
// that inner scope). They are shown as slots of their own, since the
// variable's reference points at them, and are dropped at the block's end
// like variables declared just before the `let`'s bindings.
size_t Interpreter::reserveExtendedTemporaries(const Stmt& let) {
  size_t mark = frame().extendedSlots.size();
  for (const Expr* temporary : let.extendedTemporaries) {
    int32_t id = declareSlot(-1, kTemporarySlotName, temporary->type);
    frame().extendedSlots.emplace_back(temporary, id);
  }
  return mark;
}

Value Interpreter::evalLetInitializer(const Stmt& let) {
  size_t mark = reserveExtendedTemporaries(let);
  Value v = eval(*let.init);
  frame().extendedSlots.resize(mark);
  return v;
}

// A `let` with a pattern destructures its initializer where it is, as
// rustc does: a variable keeps whatever the pattern does not move out of it
// (`let (_, n) = pair;` leaves `pair.0` to be dropped with `pair`), and any
// other value is a temporary, dropped with what the pattern left in it at
// the end of the statement (or of the block, when a `ref` binding borrows
// it: check/extend_temporaries.cpp). With `else`, a value the pattern does
// not match is left as it is, the statement's temporaries are dropped, and
// the else block runs, which leaves the block (the checker saw to that).
void Interpreter::destructureLet(const Stmt& let) {
  size_t temporariesMark = temporaries_.size();
  size_t mark = reserveExtendedTemporaries(let);
  Place place;
  if (let.init->coercion == 0) {
    place = evalPlace(*let.init);
  } else {
    Value v = eval(*let.init);
    if (flow_ == Flow::Normal) place = Place{materialize(v), v.type, -1, 0, 0};
  }
  frame().extendedSlots.resize(mark);
  if (flow_ != Flow::Normal) return;
  if (let.elseBlock && !matches(*let.pattern, place)) {
    note(NoteKind::LetElseRuns);
    dropTemporariesDownTo(temporariesMark);
    evalBlock(*let.elseBlock);
    return;
  }
  if (let.elseBlock) note(NoteKind::PatternMatched);
  bindPattern(*let.pattern, place);
}

// Temporaries live to the end of their statement (or of a `while let`
// iteration), and are dropped in reverse order of creation.
void Interpreter::dropTemporariesDownTo(size_t mark) {
  while (temporaries_.size() > mark) {
    auto [type, addr] = temporaries_.back();
    temporaries_.pop_back();
    dropValue(addr, type);
  }
}

}  // namespace sh
