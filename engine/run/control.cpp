// Control flow and patterns: if, loops, match, and binding values to names.
//
// Each loop iteration that checks a condition or takes the next item is a
// step of its own ("i < 3 is true"), because that is where a learner's eye
// goes next. break/continue/return travel as Interpreter::flow_, checked by
// every loop and block on the way out.
#include "run/interpreter.h"

namespace sh {

Span stepSpanOf(const Expr& e);

// The body of a loop, in its own scope. Returns false when the loop must stop
// (a break for it, or a return or a break for an outer loop).
bool Interpreter::runLoopBody(const Expr& loop) {
  // The body's tail temporaries (a `match` scrutinee's, when the match ends
  // the body) are dropped at the end of each iteration, after its locals.
  size_t temporariesMark = temporaries_.size();
  evalBlock(*loop.block);
  dropTemporariesDownTo(temporariesMark);
  if (flow_ == Flow::Normal) return true;
  bool ours = flowLabel_.empty() || flowLabel_ == loop.text;
  if (flow_ == Flow::Continue && ours) {
    flow_ = Flow::Normal;
    return true;
  }
  if (flow_ == Flow::Break && ours) {
    flow_ = Flow::Normal;
    flowLabel_.clear();
  }
  return false;
}

// A labeled block: its tail's value, or the value a `break` for it carries
// out (its locals dropped on the way, by the block's own scope).
Value Interpreter::evalLabeledBlock(const Expr& e) {
  Value v = evalBlock(*e.block);
  if (flow_ != Flow::Break || flowLabel_ != e.text) return v;
  flow_ = Flow::Normal;
  flowLabel_.clear();
  Value carried = flowValue_.type == kNoType ? makeUnit() : std::move(flowValue_);
  flowValue_ = Value();
  return carried;
}

Value Interpreter::evalIf(const Expr& e) {
  beginStep(StepKind::Statement, stepSpanOf(e));
  // The scrutinee of `if let` is evaluated outside the scope of its bindings.
  Place scrutinee = e.kind == ExprKind::IfLet ? evalPlace(*e.operand) : Place{};
  if (flow_ != Flow::Normal) return makeUnit();
  enterScope();
  bool taken;
  if (e.kind == ExprKind::If) {
    Value c = evalAndReleaseTemporaries(*e.operand);  // the condition's temporaries are dropped before a branch runs
    if (flow_ != Flow::Normal) {
      exitScope({e.span.end, e.span.end});
      return c;
    }
    taken = c.data()[0];
    note(taken ? NoteKind::ConditionTrue : e.elseBranch ? NoteKind::ConditionFalseElse : NoteKind::ConditionFalseSkip);
  } else {
    taken = matches(*e.pattern, scrutinee);
    if (taken) bindPattern(*e.pattern, scrutinee);
    note(taken ? NoteKind::PatternMatched : NoteKind::PatternFailed);
  }
  // Each branch is a temporary scope of its own: its tail's temporaries
  // are dropped as it ends (after its variables), not with the statement.
  Value result;
  size_t temporariesMark = temporaries_.size();
  if (taken) {
    result = evalBlock(*e.block);
  } else if (e.elseBranch) {
    result = eval(*e.elseBranch);
  } else {
    result = makeUnit();
  }
  dropTemporariesDownTo(temporariesMark);
  exitScope({e.block->span.end - 1, e.block->span.end});
  return result;
}

Value Interpreter::evalLoop(const Expr& e) {
  bool first = true;
  size_t stepsBefore = 0;
  while (true) {
    // A `loop` shows its head once; but an iteration that took no step at
    // all (`loop {}`) takes one here, so the step budget always stops it.
    if (e.kind != ExprKind::Loop || first || trace_.steps.size() == stepsBefore)
      beginStep(StepKind::Statement, stepSpanOf(e));
    stepsBefore = trace_.steps.size();
    first = false;
    if (e.kind == ExprKind::While) {
      Value c = evalAndReleaseTemporaries(*e.operand);
      if (flow_ != Flow::Normal) return c;
      note(c.data()[0] ? NoteKind::LoopRuns : NoteKind::LoopEnds);
      if (!c.data()[0]) break;
    }
    if (e.kind == ExprKind::WhileLet) {
      size_t temporariesMark = temporaries_.size();
      Address sp = memory().stackPointer();
      Place scrutinee = evalPlace(*e.operand);
      if (flow_ != Flow::Normal) return makeUnit();
      enterScope();
      bool ok = matches(*e.pattern, scrutinee);
      note(ok ? NoteKind::LetPatternRuns : NoteKind::LetPatternEnds);
      if (ok) bindPattern(*e.pattern, scrutinee);
      bool go = ok && runLoopBody(e);
      exitScope({e.block->span.end - 1, e.block->span.end});
      dropTemporariesDownTo(temporariesMark);
      memory().releaseStack(sp);
      if (!go) break;
      continue;
    }
    if (!runLoopBody(e)) break;
  }
  if (e.kind == ExprKind::Loop && flow_ == Flow::Normal) {
    Value v = flowValue_.type == kNoType ? makeUnit() : std::move(flowValue_);
    flowValue_ = Value();
    return v;
  }
  return makeUnit();
}

// `for` over a range, a Vec or array (consumed, or through `&`/`&mut`, or
// `.iter()`), or a string's `.chars()`.
Value Interpreter::evalFor(const Expr& e) {
  beginStep(StepKind::Statement, stepSpanOf(e));
  const Expr& iterExpr = *e.operand;
  TypeId itemType = e.pattern->type;
  const Pattern& pat = *e.pattern;
  bool plainBinding = pat.kind == PatternKind::Binding && !pat.bindsByRef;
  // A loop variable with nothing to drop keeps one slot for the whole loop,
  // as compiled code does: each iteration writes the next item into it.
  bool reusedSlot = plainBinding && !T_.needsDrop(itemType);
  if (reusedSlot) enterScope();
  // Leaves the loop's own scope (the reused slot's), on every way out.
  Span loopEnd{e.block->span.end - 1, e.block->span.end};
  auto done = [&]() {
    if (reusedSlot) exitScope(loopEnd);
    return makeUnit();
  };
  auto iterate = [&](const Value& item) {
    enterScope();
    if (reusedSlot && frame().localSlot[pat.local] >= 0) {
      int32_t id = frame().localSlot[pat.local];
      writePlace(Place{slots_[id].addr, item.type, id, 0, 0}, item);
    } else if (reusedSlot) {
      frame().scopeMarks.back() = frame().slots.size() + 1;  // the slot belongs to the loop's scope, not the iteration's
      declareSlotHolding(pat.local, pat.name, item);
      frame().scopeSp.back() = mem_.stackPointer();
    } else if (plainBinding) {  // `for s in strings`: a fresh slot each time, dropped at the iteration's end
      declareSlotHolding(pat.local, pat.name, item);
    } else {
      int32_t tmp = declareSlotHolding(-1, "", item, true);
      bindPattern(pat, Place{slots_[tmp].addr, item.type, tmp, 0, 0});
    }
    bool go = runLoopBody(e);
    exitScope({e.block->span.end - 1, e.block->span.end});
    return go;
  };
  auto nextStep = [&]() { beginStep(StepKind::Statement, stepSpanOf(e)); };
  // A panic in the body of a loop that consumes a collection drops the
  // body's values and the loop variable, then the items not yet yielded and
  // the collection's buffer (std's IntoIter, dropped as the panic unwinds).
  size_t loopSlots = frame().slots.size();
  auto unwindLoop = [&](Panic& p, auto dropRest) {
    startUnwinding(p);
    unwindSlotsDownTo(loopSlots, loopEnd);
    cleanup(dropRest);
  };

  TypeKind iterKind = T_.get(iterExpr.type).kind;
  // pulled one item per iteration, as Rust's loop does; `for x in &mut it` advances it where it lies
  if (iterKind == TypeKind::Iter || iterKind == TypeKind::Struct || iterKind == TypeKind::Enum ||
      (iterKind == TypeKind::Ref && advancedInPlace(T_.get(iterExpr.type)))) {
    std::unique_ptr<ItemStream> stream = openStream(iterExpr);
    if (flow_ != Flow::Normal) return done();
    try {
      std::optional<Value> item = pull(*stream);
      while (item) {
        if (!iterate(*item)) break;
        nextStep();
        item = pull(*stream);
      }
    } catch (Panic& p) {
      unwindLoop(p, [&] { closeStream(*stream); });
      throw;
    }
    closeStream(*stream);
    return done();
  }
  const Type it = T_.get(iterExpr.type);
  if (it.kind == TypeKind::Range) {
    Value range = eval(iterExpr);
    if (flow_ != Flow::Normal) return done();
    const Layout& l = T_.layout(range.type);
    Value start(it.args[0], T_.layout(it.args[0]).size), end(it.args[0], start.size());
    std::memcpy(start.data(), range.data() + l.fields[0].offset, start.size());
    std::memcpy(end.data(), range.data() + l.fields[1].offset, end.size());
    __int128 lo = readInt(start), hi = endsOpen(iterExpr) ? largestOf(it.args[0]) : readInt(end);
    if (it.inclusive || endsOpen(iterExpr)) ++hi;
    for (__int128 i = lo; i < hi; ++i) {
      if (!iterate(makeInt(it.args[0], i))) break;
      if (i + 1 < hi) nextStep();
    }
    return done();
  }
  // A HashMap or HashSet walked in its buckets' order, a VecDeque front to
  // back: by reference, or consumed (each entry moved out, the buffer freed
  // when the loop ends).
  auto table = [&](TypeId t) {
    TypeKind k = T_.get(t).kind;
    return k == TypeKind::HashMap || k == TypeKind::HashSet || k == TypeKind::VecDeque;
  };
  if (table(iterExpr.type) || (it.kind == TypeKind::Ref && table(it.args[0]))) {
    Value v = eval(iterExpr);
    if (flow_ != Flow::Normal) return done();
    bool owned = it.kind != TypeKind::Ref;
    Address header = owned ? holdInScratch(v) : v.u64();
    TypeId tableType = owned ? iterExpr.type : it.args[0];
    bool deque = T_.get(tableType).kind == TypeKind::VecDeque;
    std::vector<Value> items = deque ? (owned ? takeDequeItems(header, tableType) : dequeItems(header, tableType, itemType))
                               : owned ? takeTableItems(header, tableType)
                                       : tableItems(header, tableType, itemType);
    size_t i = 0;
    auto dropRest = [&] {
      if (!owned) return;
      for (; i < items.size(); ++i) dropValueNow(std::move(items[i]));
      if (!deque) freeTable(header);
      else if (mem_.readU64(header + DequeHeader::cap) > 0 && T_.layout(T_.get(tableType).args[0]).size > 0)
        mem_.free(mem_.liveCellAt(mem_.readU64(header + DequeHeader::ptr)).id);
    };
    try {
      for (; i < items.size(); ++i) {
        if (!iterate(items[i])) {
          ++i;
          break;
        }
        if (i + 1 < items.size()) nextStep();
      }
    } catch (Panic& p) {
      ++i;
      unwindLoop(p, dropRest);
      throw;
    }
    dropRest();
    return done();
  }
  // A BTreeMap or BTreeSet walked in key order: by reference, or consumed
  // as std's IntoIter, each node freed as the walk leaves it.
  auto tree = [&](TypeId t) { return T_.get(t).kind == TypeKind::BTreeMap || T_.get(t).kind == TypeKind::BTreeSet; };
  if (tree(iterExpr.type) || (it.kind == TypeKind::Ref && tree(it.args[0]))) {
    Value v = eval(iterExpr);
    if (flow_ != Flow::Normal) return done();
    if (it.kind == TypeKind::Ref) {
      std::vector<Value> items = btreeItems(v.u64(), it.args[0], itemType);
      for (size_t i = 0; i < items.size(); ++i) {
        if (!iterate(items[i])) break;
        if (i + 1 < items.size()) nextStep();
      }
      return done();
    }
    BTreeTeardown taken = takeBTree(holdInScratch(v), iterExpr.type);
    size_t i = 0;
    auto dropRest = [&] {
      for (; i < taken.items.size(); ++i) {
        freeBTreeNodes(taken.freesBefore[i]);
        dropValueNow(std::move(taken.items[i]));
      }
      if (!taken.freesBefore.empty()) freeBTreeNodes(taken.freesBefore.back());
    };
    try {
      for (; i < taken.items.size(); ++i) {
        freeBTreeNodes(taken.freesBefore[i]);
        if (!iterate(taken.items[i])) {
          ++i;
          break;
        }
        if (i + 1 < taken.items.size()) nextStep();
      }
    } catch (Panic& p) {
      ++i;
      unwindLoop(p, dropRest);
      throw;
    }
    dropRest();
    return done();
  }
  if (it.kind == TypeKind::Ref) {  // for x in &v / &mut v
    Value r = eval(iterExpr);
    if (flow_ != Flow::Normal) return done();
    Place target = deref(Place{materialize(r), r.type});
    if (T_.get(target.type).kind == TypeKind::Box) target = deref(target);  // `&b` of a Box<[T]>: the slice it owns
    auto [data, len] = sequenceAt(target);
    uint64_t size = T_.layout(T_.get(target.type).args[0]).size;
    for (uint64_t i = 0; i < len; ++i) {
      Value item(itemType, 8);
      item.setU64(0, data + i * size);
      if (!iterate(item)) break;
      if (i + 1 < len) nextStep();
    }
    return done();
  }
  // Consuming a Vec, a BinaryHeap (its Vec's IntoIter), an array or a
  // Box<[T]> (std's into_vec, then the Vec's IntoIter): each element moves
  // into the loop variable; when the loop ends, what is left is dropped and
  // the buffer freed.
  Value collection = eval(iterExpr);
  if (flow_ != Flow::Normal) return done();
  Address holder = holdInScratch(collection);  // dropped below, element by element
  bool boxed = it.kind == TypeKind::Box, vec = it.kind == TypeKind::Vec || it.kind == TypeKind::BinaryHeap;
  TypeId elem = boxed ? T_.get(it.args[0]).args[0] : it.args[0];
  Address data = vec ? mem_.readU64(holder + VecHeader::ptr) : boxed ? mem_.readU64(holder) : holder;
  uint64_t len = vec ? mem_.readU64(holder + VecHeader::len) : boxed ? mem_.readU64(holder + 8) : it.length;
  uint64_t size = T_.layout(elem).size;
  bool owns = vec ? mem_.readU64(holder + VecHeader::cap) > 0 && size > 0 : boxed && len * size > 0;
  uint64_t i = 0;
  auto dropRest = [&] {
    for (; i < len; ++i) dropValue(data + i * size, elem);
    if (owns) mem_.free(mem_.liveCellAt(data).id);
  };
  try {
    for (; i < len; ++i) {
      Value item = readPlace(Place{data + i * size, elem}, false);
      bool go = iterate(item);
      if (!go) {
        ++i;
        break;
      }
      if (i + 1 < len) nextStep();
    }
  } catch (Panic& p) {
    ++i;
    unwindLoop(p, dropRest);
    throw;
  }
  dropRest();
  return done();
}

Value Interpreter::evalMatch(const Expr& e) {
  beginStep(StepKind::Statement, stepSpanOf(e));
  Place scrutinee = evalPlace(*e.operand);
  if (flow_ != Flow::Normal) return makeUnit();
  for (const MatchArm& arm : e.arms) {
    if (!matches(*arm.pattern, scrutinee)) continue;
    enterScope();
    size_t bindingsMark = frame().slots.size();
    bindPattern(*arm.pattern, scrutinee, arm.guard ? Bind::ForGuard : Bind::Move);
    // A guard and an arm's body are temporary scopes: their temporaries
    // are dropped as they end, not with the statement around the match.
    size_t temporariesMark = temporaries_.size();
    if (arm.guard) {
      Value g = eval(*arm.guard);
      dropTemporariesDownTo(temporariesMark);
      if (!g.data()[0]) {  // the bindings' copies own nothing: the scrutinee still does
        for (size_t i = bindingsMark; i < frame().slots.size(); ++i) slots_[frame().slots[i]].moved = true;
        exitScope({arm.span.end, arm.span.end});
        continue;
      }
      bindPattern(*arm.pattern, scrutinee, Bind::AfterGuard);
    }
    Value v = eval(*arm.body);
    dropTemporariesDownTo(temporariesMark);
    exitScope({arm.span.end, arm.span.end});
    return v;
  }
  SH_CHECK(false, "no match arm matched");
  return makeUnit();
}

// ---------------------------------------------------------------- patterns

namespace {
bool isNonReferencePattern(const Pattern& p) {
  return p.kind != PatternKind::Binding && p.kind != PatternKind::Wildcard && p.kind != PatternKind::Ref &&
         p.kind != PatternKind::Rest && p.kind != PatternKind::Or;
}
}  // namespace

// The place of field i of a struct-like value: a tuple's or struct's field,
// or a field of the enum variant the pattern names.
Place Interpreter::patternField(const Pattern& p, const Place& value, size_t i) {
  const Type& t = T_.get(value.type);
  const Layout& l = T_.layout(value.type);
  uint64_t offset;
  TypeId type;
  if (t.kind == TypeKind::Enum) {
    const auto& fields = T_.enumOf(value.type).variants[p.variant].fields;
    offset = l.variants[p.variant].offsets[i];
    type = fields[i].second;
  } else {
    offset = l.fields[i].offset;
    type = l.fields[i].type;
  }
  return Place{value.addr + offset, type, value.slot, value.offset + offset, 0};
}

// Field i named by a struct pattern's field `name`.
size_t Interpreter::fieldIndexByName(const Pattern& p, const Place& value, const std::string& name) {
  const Type& t = T_.get(value.type);
  const auto& fields = t.kind == TypeKind::Enum ? T_.enumOf(value.type).variants[p.variant].fields
                                                : T_.structOf(value.type).fields;
  size_t i = 0;
  while (fields[i].first != name) ++i;
  return i;
}

// Element i of a slice pattern's value (an array or a slice): its place,
// with the elements after a `..` counted from the end.
Place Interpreter::sliceElement(const Pattern& p, const Place& value, size_t i) {
  auto [data, len] = sequenceAt(value);
  TypeId elem = T_.get(value.type).args[0];
  uint64_t size = T_.layout(elem).size;
  size_t rest = p.elems.size();
  for (size_t k = 0; k < p.elems.size(); ++k)
    if (p.elems[k]->kind == PatternKind::Rest) rest = k;
  uint64_t index = i < rest ? i : len - (p.elems.size() - i);
  return Place{data + index * size, elem, value.slot, value.offset + (data + index * size - value.addr), 0};
}

bool Interpreter::matches(const Pattern& p, const Place& valueIn) {
  Place value = valueIn;
  while (T_.get(value.type).kind == TypeKind::Ref && isNonReferencePattern(p) && p.kind != PatternKind::Literal &&
         p.kind != PatternKind::Range)
    value = deref(value);
  switch (p.kind) {
    case PatternKind::Binding: return !p.subpattern || matches(*p.subpattern, value);
    case PatternKind::Wildcard: case PatternKind::Rest: return true;
    case PatternKind::Literal: {
      Value lit = eval(*p.literal);
      Place litPlace{materialize(lit), lit.type};
      while (T_.get(value.type).kind == TypeKind::Ref && T_.get(lit.type).kind != TypeKind::Ref) value = deref(value);
      return compareValues(value, litPlace) == 0;
    }
    case PatternKind::Range: {
      while (T_.get(value.type).kind == TypeKind::Ref) value = deref(value);
      if (p.rangeLo) {
        Value lo = eval(*p.rangeLo);
        if (compareValues(value, Place{materialize(lo), lo.type}) < 0) return false;
      }
      if (p.rangeHi) {
        Value hi = eval(*p.rangeHi);
        int c = compareValues(value, Place{materialize(hi), hi.type});
        if (p.inclusive ? c > 0 : c >= 0) return false;
      }
      return true;
    }
    case PatternKind::Tuple: case PatternKind::Struct: case PatternKind::TupleStruct: {
      if (p.kind == PatternKind::TupleStruct && T_.get(value.type).kind == TypeKind::Option) {
        if (!optionIsSome(value.addr, value.type)) return false;
        return matches(*p.elems[0], Place{optionPayload(value.addr, value.type), T_.get(value.type).args[0]});
      }
      if (p.variant >= 0 && variantAt(value.addr, value.type) != static_cast<uint32_t>(p.variant)) return false;
      if (T_.get(value.type).kind == TypeKind::Result) {  // `Ok(x)`, `Err(e)`: the payload of the variant
        const Layout& l = T_.layout(value.type);
        return matches(*p.elems[0], Place{value.addr + l.variants[p.variant].offsets[0], T_.get(value.type).args[p.variant]});
      }
      if (p.kind == PatternKind::Struct) {
        for (const FieldPattern& fp : p.fields)
          if (!matches(*fp.pattern, patternField(p, value, fieldIndexByName(p, value, fp.name)))) return false;
        return true;
      }
      size_t count = T_.get(value.type).kind == TypeKind::Enum ? T_.enumOf(value.type).variants[p.variant].fields.size()
                                                                : T_.layout(value.type).fields.size();
      for (size_t i = 0; i < p.elems.size(); ++i)
        if (!matches(*p.elems[i], patternField(p, value, patternFieldIndex(p, i, count)))) return false;
      return true;
    }
    case PatternKind::PathPat:
      if (p.variant >= 0) return variantAt(value.addr, value.type) == static_cast<uint32_t>(p.variant);
      return !optionIsSome(value.addr, value.type);
    case PatternKind::Slice: {
      auto [data, len] = sequenceAt(value);
      (void)data;
      size_t fixed = 0;
      bool rest = false;
      for (const auto& e : p.elems) {
        if (e->kind == PatternKind::Rest) rest = true;
        else ++fixed;
      }
      if (rest ? len < fixed : len != fixed) return false;
      for (size_t i = 0; i < p.elems.size(); ++i)
        if (p.elems[i]->kind != PatternKind::Rest && !matches(*p.elems[i], sliceElement(p, value, i))) return false;
      return true;
    }
    case PatternKind::Ref: return matches(*p.elems[0], deref(value));
    case PatternKind::Or:
      for (const auto& alt : p.elems)
        if (matches(*alt, value)) return true;
      return false;
  }
  return false;
}

// Binds the names of a pattern that matched. A binding the checker marked
// as by reference (Rust's default binding mode, or `ref x`) holds the matched
// place's address; otherwise the value is copied or moved into a new slot.
void Interpreter::bindPattern(const Pattern& p, const Place& valueIn, Bind how) {
  Place value = valueIn;
  if (p.kind != PatternKind::Binding)
    while (T_.get(value.type).kind == TypeKind::Ref && isNonReferencePattern(p)) value = deref(value);
  switch (p.kind) {
    case PatternKind::Binding: {
      // As rustc does, what follows `@` is bound before the whole, which
      // may then move the value (`whole @ (_, n)` copies n out first).
      if (p.subpattern) bindPattern(*p.subpattern, value, how);
      const LocalInfo& local = p_.fns[frame().fn].locals[p.local];
      if (how == Bind::AfterGuard) {
        if (!p.bindsByRef && !T_.isCopy(value.type)) markMoved(value);
      } else if (p.bindsByRef) {
        Value r(local.type, 8);
        r.setU64(0, value.addr);
        declareSlotHolding(p.local, p.name, r, isCheckerName(p.name));
      } else {
        declareSlotHolding(p.local, p.name, readPlace(value, how == Bind::Move), isCheckerName(p.name));
      }
      return;
    }
    case PatternKind::Wildcard: case PatternKind::Literal: case PatternKind::Range: case PatternKind::PathPat: return;
    case PatternKind::Tuple: case PatternKind::Struct: case PatternKind::TupleStruct: {
      if (p.kind == PatternKind::TupleStruct && T_.get(value.type).kind == TypeKind::Option) {
        Address payload = optionPayload(value.addr, value.type);
        bindPattern(*p.elems[0], Place{payload, T_.get(value.type).args[0], value.slot, value.offset + (payload - value.addr), 0}, how);
        return;
      }
      if (T_.get(value.type).kind == TypeKind::Result) {
        uint64_t payload = T_.layout(value.type).variants[p.variant].offsets[0];
        bindPattern(*p.elems[0], Place{value.addr + payload, T_.get(value.type).args[p.variant], value.slot, value.offset + payload, 0}, how);
        return;
      }
      if (p.kind == PatternKind::Struct) {
        for (const FieldPattern& fp : p.fields) bindPattern(*fp.pattern, patternField(p, value, fieldIndexByName(p, value, fp.name)), how);
        return;
      }
      size_t count = T_.get(value.type).kind == TypeKind::Enum ? T_.enumOf(value.type).variants[p.variant].fields.size()
                                                                : T_.layout(value.type).fields.size();
      for (size_t i = 0; i < p.elems.size(); ++i) bindPattern(*p.elems[i], patternField(p, value, patternFieldIndex(p, i, count)), how);
      return;
    }
    case PatternKind::Slice: {
      for (size_t i = 0; i < p.elems.size(); ++i) {
        const Pattern& e = *p.elems[i];
        if (e.kind != PatternKind::Rest) {
          bindPattern(e, sliceElement(p, value, i), how);
          continue;
        }
        if (e.local < 0) continue;
        // `rest @ ..`: the elements the `..` stands for, as a slice reference or an array
        auto [data, len] = sequenceAt(value);
        uint64_t size = T_.layout(T_.get(value.type).args[0]).size;
        uint64_t first = i, count = len - (p.elems.size() - 1);
        const LocalInfo& local = p_.fns[frame().fn].locals[e.local];
        Place part{data + first * size, local.type, value.slot, value.offset + (data + first * size - value.addr), 0};
        if (how == Bind::AfterGuard) {
          if (T_.get(local.type).kind != TypeKind::Ref && !T_.isCopy(local.type)) markMoved(part);
        } else if (T_.get(local.type).kind == TypeKind::Ref) {  // &[T] carries its length; &[T; N] is a thin pointer
          bool slice = T_.get(T_.get(local.type).args[0]).kind == TypeKind::Slice;
          Value r(local.type, slice ? 16 : 8);
          r.setU64(0, data + first * size);
          if (slice) r.setU64(8, count);
          declareSlotHolding(e.local, e.name, r);
        } else {
          declareSlotHolding(e.local, e.name, readPlace(part, how == Bind::Move));
        }
      }
      return;
    }
    case PatternKind::Rest: return;
    case PatternKind::Ref: bindPattern(*p.elems[0], deref(value), how); return;
    case PatternKind::Or:
      for (const auto& alt : p.elems)
        if (matches(*alt, value)) {
          bindPattern(*alt, value, how);
          return;
        }
      return;
  }
}

}  // namespace sh
