// Box, std::mem, drop and Clone: what moves a value in or out of a heap
// cell, and what copies one deeply; and std::ptr::eq, which compares addresses.
//
// Box::new allocates its cell and moves the value in (a zero-sized value
// gets a dangling pointer and no cell); Box::leak and mem::forget leave
// every cell the value owns allocated with no owner, which the diagram shows
// as leaked; clone allocates in Rust's order (a Box's cell before its
// contents, a Vec's buffer of exactly its length before its elements). One
// function per row of check/std_methods.def and check/std_fns.def, named
// run<Row>.
#include "run/interpreter.h"

namespace sh {

// ---------------------------------------------------------------- clone, forget

// A deep copy with Rust's Clone: a String or Vec gets a buffer of exactly its
// length, a Box gets its cell before its contents are cloned into it, an Rc
// or Weak gets one more count. `at` is where a clone that panics (a RefCell
// mutably borrowed) reports it: the call that cloned.
Value Interpreter::cloneValue(Address addr, TypeId type, Span at) {
  const Type t = T_.get(type);
  const Layout& l = T_.layout(type);
  Value out(type, l.size);
  if (T_.isCopy(type)) {
    mem_.read(addr, out.data(), l.size);
    return out;
  }
  switch (t.kind) {
    case TypeKind::String: return newString(readString(addr), mem_.readU64(addr + VecHeader::len));
    case TypeKind::Vec: case TypeKind::BinaryHeap: {  // a BinaryHeap clones its Vec
      uint64_t len = mem_.readU64(addr + VecHeader::len), src = mem_.readU64(addr + VecHeader::ptr);
      out = newVec(type, len);
      uint64_t size = T_.layout(t.args[0]).size;
      Address holder = holdInScratch(out);
      for (uint64_t i = 0; i < len; ++i) {
        Value item = cloneValue(src + i * size, t.args[0], at);
        mem_.write(mem_.readU64(holder + VecHeader::ptr) + i * size, item.data(), size);
      }
      if (len > 0) setLength(holder, len);
      else mem_.writeU64(holder + VecHeader::len, 0);
      return readPlace(Place{holder, type}, false);
    }
    case TypeKind::Box: {
      if (T_.isUnsized(t.args[0])) {  // a Box<[T]> or Box<str>: `to_vec().into_boxed_slice()`
        BoxedParts b = boxedParts(addr, type);
        return boxedCopy(b.ptr, b.count, b.elem, type, at, false);
      }
      const Layout& il = T_.layout(t.args[0]);
      HeapCell& c = mem_.allocate(il.size, static_cast<uint32_t>(il.align), t.args[0], 1);
      Address cell = c.addr;
      out.setU64(0, cell);
      Value inner = cloneValue(mem_.readU64(addr), t.args[0], at);
      mem_.write(cell, inner.data(), inner.size());
      mem_.setLength(mem_.liveCellAt(cell).id, 1);
      return out;
    }
    case TypeKind::Option: {
      if (!optionIsSome(addr, type)) return makeOption(type, nullptr);
      Value inner = cloneValue(optionPayload(addr, type), t.args[0], at);
      return makeOption(type, &inner);
    }
    case TypeKind::Rc: case TypeKind::Weak: return cloneRcPointer(addr, type);
    case TypeKind::HashMap: case TypeKind::HashSet: return cloneTable(addr, type, at);
    case TypeKind::VecDeque: return cloneDeque(addr, type, at);
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: return cloneBTree(addr, type, at);
    case TypeKind::RefCell: {  // a clone borrows the original for the time of the copy
      if (refCellFlag(addr) < 0) panic("RefCell already mutably borrowed", at);
      uint64_t offset = refCellValueOffset(type);
      Value inner = cloneValue(addr + offset, t.args[0], at);
      std::memcpy(out.data() + offset, inner.data(), inner.size());
      return out;
    }
    case TypeKind::Struct: case TypeKind::Tuple: {
      for (const FieldLayout& f : l.fields) {
        Value v = cloneValue(addr + f.offset, f.type, at);
        std::memcpy(out.data() + f.offset, v.data(), v.size());
      }
      return out;
    }
    case TypeKind::Enum: {  // the active variant's fields, each cloned, under the same tag
      uint32_t variant = variantAt(addr, type);
      const auto& fields = T_.enumOf(type).variants[variant].fields;
      for (size_t i = 0; i < fields.size(); ++i) {
        uint64_t offset = l.variants[variant].offsets[i];
        Value v = cloneValue(addr + offset, fields[i].second, at);
        std::memcpy(out.data() + offset, v.data(), v.size());
      }
      setVariant(out.data(), type, variant);
      return out;
    }
    case TypeKind::Result: {  // the active variant's payload, cloned, under the same tag
      uint32_t variant = variantAt(addr, type);
      uint64_t offset = l.variants[variant].offsets[0];
      Value v = cloneValue(addr + offset, t.args[variant], at);
      std::memcpy(out.data() + offset, v.data(), v.size());
      setVariant(out.data(), type, variant);
      return out;
    }
    case TypeKind::Array: {
      uint64_t size = T_.layout(t.args[0]).size;
      for (uint64_t i = 0; i < t.length; ++i) {
        Value v = cloneValue(addr + i * size, t.args[0], at);
        std::memcpy(out.data() + i * size, v.data(), size);
      }
      return out;
    }
    default:
      mem_.read(addr, out.data(), l.size);
      return out;
  }
}

// mem::forget: every cell the value owns stays allocated with no owner.
void Interpreter::leakOwned(Address addr, TypeId type) {
  const Type t = T_.get(type);
  auto leakAt = [&](Address ptr) {
    if (HeapCell* c = mem_.cellAt(ptr)) mem_.leak(c->id);
  };
  switch (t.kind) {
    case TypeKind::String:
      if (mem_.readU64(addr + VecHeader::cap) > 0) leakAt(mem_.readU64(addr + VecHeader::ptr));
      return;
    case TypeKind::Vec: case TypeKind::BinaryHeap: {
      uint64_t ptr = mem_.readU64(addr + VecHeader::ptr), len = mem_.readU64(addr + VecHeader::len), size = T_.layout(t.args[0]).size;
      for (uint64_t i = 0; i < len; ++i) leakOwned(ptr + i * size, t.args[0]);
      if (mem_.readU64(addr + VecHeader::cap) > 0 && size > 0) leakAt(ptr);
      return;
    }
    case TypeKind::Box: {
      BoxedParts b = boxedParts(addr, type);
      uint64_t size = T_.layout(b.elem).size;
      for (uint64_t i = 0; i < b.count; ++i) leakOwned(b.ptr + i * size, b.elem);
      if (size * b.count > 0) leakAt(b.ptr);
      return;
    }
    case TypeKind::Option:
      if (optionIsSome(addr, type)) leakOwned(optionPayload(addr, type), t.args[0]);
      return;
    // A forgotten Rc never gives its count back: its cell outlives every other
    // owner, and is marked leaked when main ends if nothing frees it.
    case TypeKind::Rc: case TypeKind::Weak: case TypeKind::CellRef: case TypeKind::CellRefMut: return;
    case TypeKind::RefCell: leakOwned(addr + refCellValueOffset(type), t.args[0]); return;
    case TypeKind::HashMap: case TypeKind::HashSet:
      for (uint64_t i : fullBuckets(addr)) leakOwned(bucketAt(addr, type, i), bucketType(type));
      if (mem_.readU64(addr + 8) != 0) leakAt(mem_.readU64(addr));
      return;
    case TypeKind::VecDeque:
      for (uint64_t i = 0; i < mem_.readU64(addr + DequeHeader::len); ++i) leakOwned(dequeSlot(addr, type, i), t.args[0]);
      if (mem_.readU64(addr + DequeHeader::cap) > 0 && T_.layout(t.args[0]).size > 0) leakAt(mem_.readU64(addr + DequeHeader::ptr));
      return;
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: leakBTree(addr, type); return;
    case TypeKind::Cell: leakOwned(addr, t.args[0]); return;
    case TypeKind::Struct: case TypeKind::Tuple:
      for (const FieldLayout& f : T_.layout(type).fields) leakOwned(addr + f.offset, f.type);
      return;
    case TypeKind::Enum: {
      uint32_t variant = variantAt(addr, type);
      const auto& fields = T_.enumOf(type).variants[variant].fields;
      for (size_t i = 0; i < fields.size(); ++i)
        leakOwned(addr + T_.layout(type).variants[variant].offsets[i], fields[i].second);
      return;
    }
    case TypeKind::Array:
      for (uint64_t i = 0; i < t.length; ++i) leakOwned(addr + i * T_.layout(t.args[0]).size, t.args[0]);
      return;
    default: return;
  }
}

Value Interpreter::runClone(StdCall& c) { return cloneValue(c.recv.addr, c.recv.type, c.call.nameSpan); }

// ---------------------------------------------------------------- Box

// `b.as_ref()`, `b.as_mut()`: the Box's pointer (and a trait object's
// vtable, a slice's length) as a reference to what it holds.
Value Interpreter::runBoxAsRef(StdCall& c) {
  Value r(c.call.type, T_.layout(c.call.type).size);
  mem_.read(c.recv.addr, r.data(), r.size());
  return r;
}
Value Interpreter::runBoxAsMut(StdCall& c) { return runBoxAsRef(c); }

Value Interpreter::runBoxNew(StdCall& c) {
  TypeId inner = T_.get(c.call.type).args[0];
  const Layout& il = T_.layout(inner);
  Value b(c.call.type, 8);
  if (il.size == 0) {
    b.setU64(0, il.align);
    return b;
  }
  HeapCell& cell = mem_.allocate(il.size, static_cast<uint32_t>(il.align), inner, 1);
  Address at = cell.addr;
  mem_.write(at, c.args[0].data(), c.args[0].size());
  mem_.setLength(mem_.liveCellAt(at).id, 1);
  b.setU64(0, at);
  return b;
}

Value Interpreter::runBoxLeak(StdCall& c) {
  if (HeapCell* cell = mem_.cellAt(c.args[0].u64())) mem_.leak(cell->id, true);
  Value r(c.call.type, c.args[0].size());  // a Box<[T]>'s length stays with the reference
  std::memcpy(r.data(), c.args[0].data(), c.args[0].size());
  return r;
}

Interpreter::BoxedParts Interpreter::boxedParts(Address box, TypeId boxType) const {
  TypeId inner = T_.get(boxType).args[0];
  const Type& it = T_.get(inner);
  Address ptr = mem_.readU64(box);
  if (it.kind == TypeKind::Slice) return {ptr, it.args[0], mem_.readU64(box + 8)};
  if (it.kind == TypeKind::Str) return {ptr, T_.intType(IntKind::U8), mem_.readU64(box + 8)};
  if (it.kind == TypeKind::Dyn) return {ptr, p_.vtables[vtableAt(mem_.readU64(box + 8))].concrete, 1};
  return {ptr, inner, 1};
}

// A Box<[T]> or Box<str> of its own: one allocation of exactly `count`
// elements (none when that is no bytes), each cloned in order, or moved in
// (an array's), as std's `to_vec().into_boxed_slice()` and `Box::new(array)`.
Value Interpreter::boxedCopy(Address data, uint64_t count, TypeId elem, TypeId boxType, Span at, bool moved) {
  const Layout el = T_.layout(elem);
  Value b(boxType, 16);
  b.setU64(0, el.align);  // NonNull::dangling() when nothing is allocated
  b.setU64(8, count);
  if (count * el.size == 0) return b;
  HeapCell& c = mem_.allocate(count * el.size, static_cast<uint32_t>(el.align), elem, count);
  Address cell = c.addr;
  int32_t id = c.id;
  b.setU64(0, cell);
  for (uint64_t i = 0; i < count; ++i) {
    Value v = moved ? readPlace(Place{data + i * el.size, elem}, false) : cloneValue(data + i * el.size, elem, at);
    mem_.write(cell + i * el.size, v.data(), el.size);
  }
  mem_.setLength(id, count);
  return b;
}

// Vec::into_boxed_slice and String::into_boxed_str: the buffer shrunk to the
// length first (std's shrink_to_fit: a realloc, or a free when empty), then
// its pointer and the length are the Box.
Value Interpreter::boxFromBuffer(const Value& header, TypeId elem, TypeId boxType) {
  Address at = holdInScratch(header);
  shrinkBufferToFit(at, elem);
  Value b(boxType, 16);
  b.setU64(0, mem_.readU64(at + VecHeader::ptr));
  b.setU64(8, mem_.readU64(at + VecHeader::len));
  return b;
}

// Box::from into a Box<str> or Box<[T]> (check/std_checks.cpp boxFrom): a
// reference's elements cloned into a new cell, a String's or Vec's buffer
// taken over, an array's elements moved into a new cell.
Value Interpreter::runBoxFrom(StdCall& c) {
  const Value& arg = c.args[0];
  const Type& a = T_.get(arg.type);
  TypeId inner = T_.get(c.call.type).args[0];
  TypeId elem = T_.get(inner).kind == TypeKind::Str ? T_.intType(IntKind::U8) : T_.get(inner).args[0];
  switch (a.kind) {
    case TypeKind::Ref: return boxedCopy(arg.u64(0), arg.u64(8), elem, c.call.type, c.call.span, false);
    case TypeKind::String: case TypeKind::Vec: return boxFromBuffer(arg, elem, c.call.type);
    default: return boxedCopy(holdInScratch(arg), a.length, elem, c.call.type, c.call.span, true);  // [T; N]
  }
}

Value Interpreter::runVecIntoBoxedSlice(StdCall& c) { return boxFromBuffer(c.self, receiverElem(c), c.call.type); }
Value Interpreter::runStringIntoBoxedStr(StdCall& c) { return boxFromBuffer(c.self, T_.intType(IntKind::U8), c.call.type); }

// Box<[T]>::into_vec and Box<str>::into_string: the cell becomes the
// buffer, its capacity the length (no allocation).
Value Interpreter::runBoxedSliceIntoVec(StdCall& c) { return vecOfBoxedSlice(c.self, c.call.type); }

Value Interpreter::vecOfBoxedSlice(const Value& box, TypeId vecType) {
  Value v(vecType, VecHeader::size);
  bool zeroSized = T_.layout(T_.get(vecType).args[0]).size == 0;
  v.setU64(VecHeader::ptr, box.u64(0));
  v.setU64(VecHeader::cap, zeroSized ? ~uint64_t(0) : box.u64(8));
  v.setU64(VecHeader::len, box.u64(8));
  return v;
}

// Vec::from (check/std_collections.cpp vecFrom): an array's elements moved
// into a cell of exactly N, after the array was built (std's
// `<[T]>::into_vec(Box::new(array))`, where `vec![..]` allocates first and
// builds its elements in place); a slice's or a `&str`'s cloned into a cell
// of its length (`to_vec`); a String's buffer taken over (`into_bytes`).
Value Interpreter::runVecFrom(StdCall& c) {
  const Value& arg = c.args[0];
  const Type& a = T_.get(arg.type);
  TypeId elem = T_.get(c.call.type).args[0];
  if (a.kind == TypeKind::String) {
    Value bytes = arg;
    bytes.type = c.call.type;
    return bytes;
  }
  if (a.kind == TypeKind::Array) return vecOfBoxedSlice(boxedCopy(holdInScratch(arg), a.length, elem, c.call.type, c.call.span, true), c.call.type);
  const Type& referent = T_.get(a.args[0]);
  uint64_t count = referent.kind == TypeKind::Array ? referent.length : arg.u64(8);
  return vecOfBoxedSlice(boxedCopy(arg.u64(0), count, elem, c.call.type, c.call.span, false), c.call.type);
}

Value Interpreter::runBoxedStrIntoString(StdCall& c) {
  Value v(c.call.type, VecHeader::size);
  v.setU64(VecHeader::ptr, c.self.u64(0));
  v.setU64(VecHeader::cap, c.self.u64(8));
  v.setU64(VecHeader::len, c.self.u64(8));
  return v;
}

// ---------------------------------------------------------------- drop, std::mem

Value Interpreter::runDrop(StdCall& c) {
  dropValueNow(std::move(c.args[0]));
  return makeUnit();
}

Value Interpreter::runMemDrop(StdCall& c) { return runDrop(c); }

Value Interpreter::runMemForget(StdCall& c) {
  Address at = holdInScratch(c.args[0]);
  leakOwned(at, c.args[0].type);
  return makeUnit();
}

// std::process::exit: the process ends here, its status the argument's low
// byte; no destructor runs and nothing is freed (std only flushes stdout).
// The trace's last step is the exit, every heap cell still live left
// allocated in it.
Value Interpreter::runProcessExit(StdCall& c) {
  int status = static_cast<int>(readInt(c.args[0]) & 0xff);
  beginStep(StepKind::Return, c.call.span);
  note(NoteKind::ProcessExits);
  for (const HeapCell& cell : mem_.cells())
    if (cell.state == CellState::Live) mem_.leak(cell.id);
  throw ProcessExit{status};
}

Value Interpreter::runMemSwap(StdCall& c) {
  TypeId t = T_.get(c.args[0].type).args[0];
  Value a = readPlace(Place{c.args[0].u64(), t}, false), b = readPlace(Place{c.args[1].u64(), t}, false);
  mem_.write(c.args[0].u64(), b.data(), b.size());
  mem_.write(c.args[1].u64(), a.data(), a.size());
  return makeUnit();
}

Value Interpreter::runMemReplace(StdCall& c) {
  TypeId t = T_.get(c.args[0].type).args[0];
  Value old = readPlace(Place{c.args[0].u64(), t}, false);
  mem_.write(c.args[0].u64(), c.args[1].data(), c.args[1].size());
  return old;
}

// mem::take leaves Default::default() behind: an empty String or Vec
// (allocating nothing), None, or zeroes for the scalars.
Value Interpreter::runMemTake(StdCall& c) {
  TypeId t = T_.get(c.args[0].type).args[0];
  Value old = readPlace(Place{c.args[0].u64(), t}, false);
  Value fresh = defaultValue(t);
  mem_.write(c.args[0].u64(), fresh.data(), fresh.size());
  return old;
}

Value Interpreter::runDefaultDefault(StdCall& c) { return defaultValue(c.call.operand->type); }

// std's `Default::default()` for a type that has it natively or by derive:
// zero, false, '\0', an empty String or Vec (no allocation), None, and each
// field's or element's default in turn; a Box allocates its default value.
Value Interpreter::defaultValue(TypeId t) {
  auto user = p_.defaults.find(t);
  if (user != p_.defaults.end()) return callFunction(user->second, {}, currentStepSpan());
  const Type& tt = T_.get(t);
  const Layout& l = T_.layout(t);
  Value out(t, l.size);
  switch (tt.kind) {
    case TypeKind::String: return newString("", 0);
    case TypeKind::Vec: case TypeKind::BinaryHeap: return newVec(t, 0);
    case TypeKind::Option: return makeOption(t, nullptr);
    case TypeKind::Ref: return makeStrRef(mem_.internLiteral(""), 0);  // &str, the one reference with a default
    case TypeKind::Box: {
      Value inner = defaultValue(tt.args[0]);
      const Layout& il = T_.layout(tt.args[0]);
      Address cell = il.size == 0 ? il.align : mem_.allocate(il.size, static_cast<uint32_t>(il.align), tt.args[0], 1).addr;
      if (il.size) {
        mem_.write(cell, inner.data(), inner.size());
        mem_.setLength(mem_.liveCellAt(cell).id, 1);
      }
      out.setU64(0, cell);
      return out;
    }
    case TypeKind::Struct: case TypeKind::Tuple:
      for (const FieldLayout& f : l.fields) {
        Value v = defaultValue(f.type);
        std::memcpy(out.data() + f.offset, v.data(), v.size());
      }
      return out;
    case TypeKind::Rc: return newRc(t, defaultValue(tt.args[0]));
    case TypeKind::Weak: out.setU64(0, ~uint64_t(0)); return out;  // Weak::new()
    case TypeKind::HashMap: case TypeKind::HashSet: return newTableHeader(t);
    case TypeKind::VecDeque: return newDeque(t, 0);
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: return newBTree(t);
    case TypeKind::RefCell: {  // the flag 0, the value's default
      Value v = defaultValue(tt.args[0]);
      std::memcpy(out.data() + refCellValueOffset(t), v.data(), v.size());
      return out;
    }
    case TypeKind::Cell: {
      Value v = defaultValue(tt.args[0]);
      std::memcpy(out.data(), v.data(), v.size());
      return out;
    }
    case TypeKind::Array: {
      uint64_t size = T_.layout(tt.args[0]).size;
      for (uint64_t i = 0; i < tt.length; ++i) {
        Value v = defaultValue(tt.args[0]);
        std::memcpy(out.data() + i * size, v.data(), v.size());
      }
      return out;
    }
    default: return out;  // numbers, bool, char and (): all zero bytes
  }
}

Value Interpreter::runSizeOf(StdCall& c) {
  return makeInt(T_.usize(), static_cast<__int128>(T_.layout(c.call.operand->type).size));
}

Value Interpreter::runAlignOf(StdCall& c) {
  return makeInt(T_.usize(), static_cast<__int128>(T_.layout(c.call.operand->type).align));
}

// std::ptr::eq: the addresses, and a slice's or a str's lengths, equal.
// Not supported yet: zero-sized values, whose addresses rustc does not
// keep apart, and two constants rustc promoted to the static region (`&5`,
// `&[1, 2]` at two sites), which rustc's binary may hold once (it merges
// equal constants) and the engine never does. String literals are interned
// here as rustc interns them.
Value Interpreter::runPtrEq(StdCall& c) {
  TypeId pointee = T_.get(c.args[0].type).args[0];
  bool fat = T_.isUnsized(pointee);
  Address a = c.args[0].u64(), b = c.args[1].u64();
  bool constants = a >= kStaticBase && a < kHeapBase && b >= kStaticBase && b < kHeapBase;
  bool zeroSized = !fat && T_.layout(pointee).size == 0;
  if (zeroSized || (a != b && constants && T_.get(pointee).kind != TypeKind::Str)) {
    Diagnostic d;
    d.message = zeroSized ? "`std::ptr::eq` of zero-sized values is not supported yet (rustc does not keep their addresses apart)"
                          : "`std::ptr::eq` of two constants in the static region is not supported yet (rustc's binary may hold equal constants once)";
    d.labels.push_back({c.call.operand->span, "", true});
    throw CompileError(std::move(d));
  }
  return makeBool(a == b && (!fat || c.args[0].u64(8) == c.args[1].u64(8)));
}

Value Interpreter::runSizeOfVal(StdCall& c) {
  TypeId target = T_.get(c.args[0].type).args[0];
  const Type& t = T_.get(target);
  uint64_t size = t.kind == TypeKind::Str     ? c.args[0].u64(8)
                  : t.kind == TypeKind::Slice ? c.args[0].u64(8) * T_.layout(t.args[0]).size
                  : t.kind == TypeKind::Dyn   ? mem_.readU64(c.args[0].u64(8) + 8)  // the vtable's size word
                                              : T_.layout(target).size;
  return makeInt(T_.usize(), static_cast<__int128>(size));
}

Value Interpreter::runAlignOfVal(StdCall& c) {
  TypeId target = T_.get(c.args[0].type).args[0];
  const Type& t = T_.get(target);
  uint64_t align = t.kind == TypeKind::Str     ? 1
                   : t.kind == TypeKind::Slice ? T_.layout(t.args[0]).align
                   : t.kind == TypeKind::Dyn   ? mem_.readU64(c.args[0].u64(8) + 16)  // the vtable's align word
                                               : T_.layout(target).align;
  return makeInt(T_.usize(), static_cast<__int128>(align));
}

}  // namespace sh
