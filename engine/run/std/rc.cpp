// Rc<T> and Weak<T>: shared ownership counted in the heap cell itself.
//
// Rc::new allocates one cell laid out as std's RcInner<T>: the strong count,
// the weak count, then the value (check/layout.cpp), with exactly the size
// and alignment rustc asks the allocator for. Every Rc and Weak is a pointer
// to that cell; cloning one allocates nothing and only writes a count, so
// the trace shows the counts change in place. As in std, the strong Rcs
// together hold one weak reference of their own: the weak count starts at 1
// and Rc::weak_count reports it minus one.
//
// Dropping the last Rc drops the value (freeing what it owns) and then gives
// back that shared weak reference; the cell is freed when the weak count
// reaches zero, so a Weak keeps an empty cell allocated (std's drop_slow).
// A cell whose strong count never reaches zero (a cycle) is still live when
// main returns, and the run marks it leaked. One function per row of
// check/std_fns.def and check/std_methods.def, named run<Row>.
#include "run/interpreter.h"

namespace sh {

namespace {

// Weak::new's pointer: usize::MAX, no cell (std's `dangling` sentinel).
constexpr uint64_t kDanglingWeak = ~uint64_t(0);
constexpr uint64_t kStrongAt = 0, kWeakAt = 8;

}  // namespace

// ---------------------------------------------------------------- the cell

uint64_t Interpreter::rcValueOffset(TypeId rcOrWeak) const {
  return T_.layout(T_.rcBoxOf(T_.get(rcOrWeak).args[0])).fields[2].offset;
}

uint64_t Interpreter::rcCount(Address cell, bool strong) const { return mem_.readU64(cell + (strong ? kStrongAt : kWeakAt)); }

void Interpreter::setRcCount(Address cell, bool strong, uint64_t count) { mem_.writeU64(cell + (strong ? kStrongAt : kWeakAt), count); }

// An Rc<T> whose cell holds `value` with both counts at 1.
Value Interpreter::newRc(TypeId rcType, const Value& value) {
  TypeId box = T_.rcBoxOf(T_.get(rcType).args[0]);
  const Layout& l = T_.layout(box);
  HeapCell& cell = mem_.allocate(l.size, static_cast<uint32_t>(l.align), box, 1);
  Address at = cell.addr;
  uint64_t counts[2] = {1, 1};
  mem_.write(at, counts, 16);
  mem_.write(at + rcValueOffset(rcType), value.data(), value.size());
  mem_.setLength(mem_.liveCellAt(at).id, 1);
  Value rc(rcType, 8);
  rc.setU64(0, at);
  return rc;
}

// One strong reference given back (an Rc dropped): at zero the value is
// dropped, then the strong references' shared weak one.
void Interpreter::releaseStrong(Address cell, TypeId rcType) {
  uint64_t strong = rcCount(cell, true) - 1;
  setRcCount(cell, true, strong);
  if (strong > 0) return;
  dropValue(cell + rcValueOffset(rcType), T_.get(rcType).args[0]);
  releaseWeak(cell);
}

// One weak reference given back: at zero the cell is freed.
void Interpreter::releaseWeak(Address cell) {
  if (cell == kDanglingWeak) return;
  uint64_t weak = rcCount(cell, false) - 1;
  setRcCount(cell, false, weak);
  if (weak == 0) mem_.free(mem_.liveCellAt(cell).id);
}

// A copy of an Rc or a Weak: the same pointer, one more count.
Value Interpreter::cloneRcPointer(Address pointerAt, TypeId type) {
  Address cell = mem_.readU64(pointerAt);
  bool strong = T_.get(type).kind == TypeKind::Rc;
  if (strong || cell != kDanglingWeak) setRcCount(cell, strong, rcCount(cell, strong) + 1);
  Value out(type, 8);
  out.setU64(0, cell);
  return out;
}

// ---------------------------------------------------------------- Rc<T>

Value Interpreter::runRcNew(StdCall& c) { return newRc(c.call.type, c.args[0]); }

Value Interpreter::runRcClone(StdCall& c) { return cloneRcPointer(c.args[0].u64(), c.call.type); }

Value Interpreter::runRcStrongCount(StdCall& c) {
  return makeInt(T_.usize(), static_cast<__int128>(rcCount(mem_.readU64(c.args[0].u64()), true)));
}

Value Interpreter::runRcWeakCount(StdCall& c) {
  return makeInt(T_.usize(), static_cast<__int128>(rcCount(mem_.readU64(c.args[0].u64()), false) - 1));
}

Value Interpreter::runRcDowngrade(StdCall& c) {
  Address cell = mem_.readU64(c.args[0].u64());
  setRcCount(cell, false, rcCount(cell, false) + 1);
  Value weak(c.call.type, 8);
  weak.setU64(0, cell);
  return weak;
}

Value Interpreter::runRcPtrEq(StdCall& c) {
  return makeBool(mem_.readU64(c.args[0].u64()) == mem_.readU64(c.args[1].u64()));
}

// Some(&mut value) only while this is the one Rc and no Weak exists.
Value Interpreter::runRcGetMut(StdCall& c) {
  Address cell = mem_.readU64(c.args[0].u64());
  TypeId rcType = T_.get(c.args[0].type).args[0];
  bool unique = rcCount(cell, true) == 1 && rcCount(cell, false) == 1;
  if (!unique) return makeOption(c.call.type, nullptr);
  Value r(T_.get(c.call.type).args[0], 8);
  r.setU64(0, cell + rcValueOffset(rcType));
  return makeOption(c.call.type, &r);
}

// Copy on write, as std's make_mut: a shared value is cloned into a cell of
// its own (allocated before the clone runs) and this Rc moves to it; a value
// only Weaks share is moved to a new cell and the old one is left to them;
// a unique value is changed where it is.
Value Interpreter::runRcMakeMut(StdCall& c) {
  Address slot = c.args[0].u64();
  TypeId rcType = T_.get(c.args[0].type).args[0];
  TypeId elem = T_.get(rcType).args[0];
  Address cell = mem_.readU64(slot);
  uint64_t offset = rcValueOffset(rcType);
  if (rcCount(cell, true) != 1 || rcCount(cell, false) != 1) {
    TypeId box = T_.rcBoxOf(elem);
    const Layout& l = T_.layout(box);
    Address fresh = mem_.allocate(l.size, static_cast<uint32_t>(l.align), box, 1).addr;
    bool shared = rcCount(cell, true) != 1;
    Value value = shared ? cloneValue(cell + offset, elem, c.call.span) : readPlace(Place{cell + offset, elem}, false);
    uint64_t counts[2] = {1, 1};
    mem_.write(fresh, counts, 16);
    mem_.write(fresh + offset, value.data(), value.size());
    mem_.setLength(mem_.liveCellAt(fresh).id, 1);
    mem_.writeU64(slot, fresh);
    if (shared) {
      releaseStrong(cell, rcType);
    } else {  // the value moved out: the Weaks keep an empty cell
      setRcCount(cell, true, 0);
      releaseWeak(cell);
    }
    cell = fresh;
  }
  Value r(c.call.type, 8);
  r.setU64(0, cell + offset);
  return r;
}

// Ok(the value) when this is the last Rc (the cell freed unless a Weak
// still counts it), else Err(this Rc), its count untouched.
Value Interpreter::runRcTryUnwrap(StdCall& c) {
  Address cell = c.args[0].u64();
  TypeId rcType = c.args[0].type;
  if (rcCount(cell, true) != 1) return makeResultVariant(c.call.type, 1, c.args[0]);
  Value value = readPlace(Place{cell + rcValueOffset(rcType), T_.get(rcType).args[0]}, false);
  setRcCount(cell, true, 0);
  releaseWeak(cell);
  return makeResultVariant(c.call.type, 0, value);
}

// The value, moved out of a cell this was the last Rc of; otherwise None,
// and this Rc is dropped.
Value Interpreter::runRcIntoInner(StdCall& c) {
  Address cell = c.args[0].u64();
  TypeId rcType = c.args[0].type;
  if (rcCount(cell, true) != 1) {
    releaseStrong(cell, rcType);
    return makeOption(c.call.type, nullptr);
  }
  Value value = readPlace(Place{cell + rcValueOffset(rcType), T_.get(rcType).args[0]}, false);
  setRcCount(cell, true, 0);
  releaseWeak(cell);
  return makeOption(c.call.type, &value);
}

// The value itself when this is the last Rc, else a clone of it (and this Rc dropped).
Value Interpreter::runRcUnwrapOrClone(StdCall& c) {
  Address cell = c.args[0].u64();
  TypeId rcType = c.args[0].type;
  TypeId elem = T_.get(rcType).args[0];
  Address value = cell + rcValueOffset(rcType);
  if (rcCount(cell, true) == 1) {
    Value out = readPlace(Place{value, elem}, false);
    setRcCount(cell, true, 0);
    releaseWeak(cell);
    return out;
  }
  Value copy = cloneValue(value, elem, c.call.span);
  releaseStrong(cell, rcType);
  return copy;
}

// ---------------------------------------------------------------- Weak<T>

Value Interpreter::runWeakNew(StdCall& c) {
  Value weak(c.call.type, 8);
  weak.setU64(0, kDanglingWeak);
  return weak;
}

Value Interpreter::runWeakClone(StdCall& c) { return cloneRcPointer(c.args[0].u64(), c.call.type); }

Value Interpreter::runWeakPtrEq(StdCall& c) {
  return makeBool(mem_.readU64(c.args[0].u64()) == mem_.readU64(c.args[1].u64()));
}

// Some(Rc) with one more strong count while the value lives, else None.
Value Interpreter::runWeakUpgrade(StdCall& c) {
  Address cell = mem_.readU64(c.recv.addr);
  if (cell == kDanglingWeak || rcCount(cell, true) == 0) return makeOption(c.call.type, nullptr);
  setRcCount(cell, true, rcCount(cell, true) + 1);
  Value rc(T_.get(c.call.type).args[0], 8);
  rc.setU64(0, cell);
  return makeOption(c.call.type, &rc);
}

Value Interpreter::runWeakStrongCount(StdCall& c) {
  Address cell = mem_.readU64(c.recv.addr);
  return makeInt(T_.usize(), cell == kDanglingWeak ? 0 : static_cast<__int128>(rcCount(cell, true)));
}

// std counts no Weak once the value is gone, and not the strong Rcs' shared one.
Value Interpreter::runWeakWeakCount(StdCall& c) {
  Address cell = mem_.readU64(c.recv.addr);
  if (cell == kDanglingWeak || rcCount(cell, true) == 0) return makeInt(T_.usize(), 0);
  return makeInt(T_.usize(), static_cast<__int128>(rcCount(cell, false) - 1));
}

Value Interpreter::runWeakPtrEqOf(StdCall& c) {
  return makeBool(mem_.readU64(c.recv.addr) == mem_.readU64(c.args[0].u64()));
}

}  // namespace sh
