// RefCell<T> and Cell<T>: change through a shared reference, checked while
// the program runs instead of by the borrow checker.
//
// A RefCell is its borrow flag (an isize) then its value, as in std: 0 when
// nobody borrows it, the number of live `Ref`s when positive, -1 while a
// `RefMut` lives. borrow() and borrow_mut() write the flag and hand out a
// guard holding a pointer to the value and one to the flag; dropping the
// guard writes the flag back. So the flag is part of the value's bytes and
// the trace shows every change. A borrow the flag forbids panics with std's
// message at the call (std's methods are #[track_caller]); try_borrow and
// try_borrow_mut return the error instead.
//
// A Cell is its value alone: get copies it out, set and replace write it,
// and no reference into it is ever handed out. One function per row of
// check/std_fns.def and check/std_methods.def, named run<Row>.
#include "run/interpreter.h"

namespace sh {

namespace {

constexpr const char* kAlreadyBorrowed = "RefCell already borrowed";
constexpr const char* kAlreadyMutablyBorrowed = "RefCell already mutably borrowed";

}  // namespace

// ---------------------------------------------------------------- the flag

uint64_t Interpreter::refCellValueOffset(TypeId refCellType) const { return T_.layout(refCellType).fields[1].offset; }

int64_t Interpreter::refCellFlag(Address refCell) const { return static_cast<int64_t>(mem_.readU64(refCell)); }

void Interpreter::setRefCellFlag(Address refCell, int64_t flag) { mem_.writeU64(refCell, static_cast<uint64_t>(flag)); }

// A guard for the RefCell at recv: {pointer to the value, pointer to the flag}.
Value Interpreter::refCellGuard(const StdCall& c, bool isMut) {
  const Expr& call = c.call;
  int64_t flag = refCellFlag(c.recv.addr);
  if (isMut ? flag != 0 : flag < 0) panic(isMut ? kAlreadyBorrowed : kAlreadyMutablyBorrowed, call.nameSpan);
  setRefCellFlag(c.recv.addr, isMut ? -1 : flag + 1);
  Value guard(call.type, 16);
  guard.setU64(0, c.recv.addr + refCellValueOffset(c.recv.type));
  guard.setU64(8, c.recv.addr);
  return guard;
}

// try_borrow, try_borrow_mut: Ok(the guard), or Err(BorrowError or
// BorrowMutError) where borrow or borrow_mut would panic.
Value Interpreter::tryRefCellGuard(const StdCall& c, bool isMut) {
  int64_t flag = refCellFlag(c.recv.addr);
  if (isMut ? flag != 0 : flag < 0) {
    TypeId error = T_.get(c.call.type).args[1];
    return makeResultVariant(c.call.type, 1, Value(error, 0));
  }
  setRefCellFlag(c.recv.addr, isMut ? -1 : flag + 1);
  Value guard(T_.get(c.call.type).args[0], 16);
  guard.setU64(0, c.recv.addr + refCellValueOffset(c.recv.type));
  guard.setU64(8, c.recv.addr);
  return makeResultVariant(c.call.type, 0, guard);
}

// A guard dropped: its borrow is given back.
void Interpreter::releaseGuard(Address guard, bool isMut) {
  Address flagAt = mem_.readU64(guard + 8);
  setRefCellFlag(flagAt, isMut ? refCellFlag(flagAt) + 1 : refCellFlag(flagAt) - 1);
}

// What std's replace does: a mutable borrow (panicking like borrow_mut) for
// the time of the swap.
Value Interpreter::replaceInRefCell(const StdCall& c, const Value& next) {
  if (refCellFlag(c.recv.addr) != 0) panic(kAlreadyBorrowed, c.call.nameSpan);
  TypeId elem = receiverElem(c);
  Place value{c.recv.addr + refCellValueOffset(c.recv.type), elem};
  Value old = readPlace(value, false);
  mem_.write(value.addr, next.data(), next.size());
  return old;
}

// ---------------------------------------------------------------- RefCell<T>

Value Interpreter::runRefCellNew(StdCall& c) {
  const Layout& l = T_.layout(c.call.type);
  Value cell(c.call.type, l.size);
  std::memcpy(cell.data() + l.fields[1].offset, c.args[0].data(), c.args[0].size());
  return cell;
}

Value Interpreter::runRefCellBorrow(StdCall& c) { return refCellGuard(c, false); }
Value Interpreter::runRefCellBorrowMut(StdCall& c) { return refCellGuard(c, true); }
Value Interpreter::runRefCellTryBorrow(StdCall& c) { return tryRefCellGuard(c, false); }
Value Interpreter::runRefCellTryBorrowMut(StdCall& c) { return tryRefCellGuard(c, true); }
Value Interpreter::runRefCellReplace(StdCall& c) { return replaceInRefCell(c, c.args[0]); }
Value Interpreter::runRefCellTake(StdCall& c) { return replaceInRefCell(c, defaultValue(receiverElem(c))); }

// Two RefCells exchange values; each must be free of borrows.
Value Interpreter::runRefCellSwap(StdCall& c) {
  Address other = c.args[0].u64();
  if (refCellFlag(c.recv.addr) != 0 || refCellFlag(other) != 0) panic(kAlreadyBorrowed, c.call.nameSpan);
  uint64_t offset = refCellValueOffset(c.recv.type);
  TypeId elem = receiverElem(c);
  Value mine = readPlace(Place{c.recv.addr + offset, elem}, false), theirs = readPlace(Place{other + offset, elem}, false);
  mem_.write(c.recv.addr + offset, theirs.data(), theirs.size());
  mem_.write(other + offset, mine.data(), mine.size());
  return makeUnit();
}

Value Interpreter::runRefCellIntoInner(StdCall& c) {
  const Layout& l = T_.layout(c.self.type);
  TypeId elem = T_.get(c.self.type).args[0];
  Value v(elem, T_.layout(elem).size);
  std::memcpy(v.data(), c.self.data() + l.fields[1].offset, v.size());
  return v;
}

// &mut self proves nobody borrows it: no flag is needed.
Value Interpreter::runRefCellGetMut(StdCall& c) {
  Value r(c.call.type, 8);
  r.setU64(0, c.recv.addr + refCellValueOffset(c.recv.type));
  return r;
}

// ---------------------------------------------------------------- Cell<T>

Value Interpreter::runCellNew(StdCall& c) {
  Value cell(c.call.type, c.args[0].size());
  std::memcpy(cell.data(), c.args[0].data(), c.args[0].size());
  return cell;
}

Value Interpreter::runCellGet(StdCall& c) { return readPlace(Place{c.recv.addr, receiverElem(c)}, false); }

// The old value is dropped (a Cell<String> frees its old text).
Value Interpreter::runCellSet(StdCall& c) {
  Value old = readPlace(Place{c.recv.addr, receiverElem(c)}, false);
  mem_.write(c.recv.addr, c.args[0].data(), c.args[0].size());
  dropValueNow(std::move(old));
  return makeUnit();
}

Value Interpreter::runCellReplace(StdCall& c) {
  Value old = readPlace(Place{c.recv.addr, receiverElem(c)}, false);
  mem_.write(c.recv.addr, c.args[0].data(), c.args[0].size());
  return old;
}

Value Interpreter::runCellTake(StdCall& c) {
  Value old = readPlace(Place{c.recv.addr, receiverElem(c)}, false);
  Value fresh = defaultValue(receiverElem(c));
  mem_.write(c.recv.addr, fresh.data(), fresh.size());
  return old;
}

Value Interpreter::runCellIntoInner(StdCall& c) {
  TypeId elem = T_.get(c.self.type).args[0];
  Value v(elem, c.self.size());
  std::memcpy(v.data(), c.self.data(), v.size());
  return v;
}

Value Interpreter::runCellGetMut(StdCall& c) {
  Value r(c.call.type, 8);
  r.setU64(0, c.recv.addr);
  return r;
}

}  // namespace sh
