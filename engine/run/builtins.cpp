// The standard library of the subset, allocating exactly as Rust 1.95 does.
//
// The heap events of a program must match the log of a counting global
// allocator in a real rustc build (tests/golden.mjs checks this), so each
// operation requests what std requests:
//   - Vec and String grow through one rule (RawVec::grow_amortized): the new
//     capacity is max(2 × capacity, needed), and at least 8 elements of one
//     byte, 4 of up to 1024 bytes, else 1. An empty Vec or String holds a
//     dangling, never-dereferenced pointer and owns no heap cell.
//   - `vec![a, b]` allocates its buffer before evaluating the elements;
//     `vec![x; n]` evaluates x, allocates, clones x n-1 times, moves x last.
//   - `clone` allocates exactly the length; `shrink_to_fit` reallocates to
//     the length, or frees when it is zero.
//   - `format!` starts from Rust's estimate of the capacity and grows as its
//     pieces are written.
#include <algorithm>

#include "run/interpreter.h"

namespace sh {

namespace {

uint64_t minNonZeroCap(uint64_t elemSize) { return elemSize == 1 ? 8 : elemSize <= 1024 ? 4 : 1; }

}  // namespace

// ---------------------------------------------------------------- buffers

void Interpreter::setBuffer(Address header, Address ptr, uint64_t cap) {
  uint64_t words[2] = {ptr, cap};
  mem_.write(header, words, 16);
}

// A Vec's or String's len, written once for both the header and its cell.
void Interpreter::setLength(Address header, uint64_t len) {
  HeapCell* c = mem_.readU64(header + 8) > 0 ? mem_.cellAt(mem_.readU64(header)) : nullptr;
  if (c) mem_.setLength(c->id, len, false);
  mem_.write(header + 16, &len, 8, c ? c->id : -1);
}

Value Interpreter::newVec(TypeId vecType, uint64_t cap) {
  TypeId elem = T_.get(vecType).args[0];
  const Layout& el = T_.layout(elem);
  Value v(vecType, 24);
  v.setU64(0, el.align);  // NonNull::dangling(): the alignment, never dereferenced
  if (cap > 0 && el.size > 0) {
    if (cap > (uint64_t(1) << 62) / el.size) throw Panic{"capacity overflow", {}};
    HeapCell& c = mem_.allocate(cap * el.size, static_cast<uint32_t>(el.align), elem, cap);
    v.setU64(0, c.addr);
  }
  v.setU64(8, el.size == 0 ? ~uint64_t(0) : cap);
  return v;
}

Value Interpreter::newString(std::string_view text, uint64_t cap) {
  Value v = newVec(T_.vecOf(T_.intType(IntKind::U8)), cap);
  v.type = T_.stringType();
  if (!text.empty()) {
    mem_.write(v.u64(0), text.data(), text.size());
    mem_.setLength(mem_.cellAt(v.u64(0))->id, text.size());
  }
  v.setU64(16, text.size());
  return v;
}

// RawVec::grow_amortized: makes room for `additional` more elements.
void Interpreter::growAmortized(Address header, TypeId elem, uint64_t additional, Span at) {
  const Layout& el = T_.layout(elem);
  uint64_t ptr = mem_.readU64(header), cap = mem_.readU64(header + 8), len = mem_.readU64(header + 16);
  if (el.size == 0 || cap - len >= additional) return;
  uint64_t needed = len + additional;
  if (needed < len) panic("capacity overflow", at);
  uint64_t newCap = std::max<uint64_t>({cap * 2, needed, minNonZeroCap(el.size)});
  if (newCap > (uint64_t(1) << 62) / el.size) panic("capacity overflow", at);
  if (cap == 0) {
    HeapCell& c = mem_.allocate(newCap * el.size, static_cast<uint32_t>(el.align), elem, newCap);
    setBuffer(header, c.addr, newCap);
  } else {
    HeapCell& c = mem_.reallocate(mem_.cellAt(ptr)->id, newCap * el.size, newCap);
    setBuffer(header, c.addr, newCap);
  }
}

void Interpreter::vecReserve(Address header, TypeId elem, uint64_t additional, bool exact) {
  uint64_t cap = mem_.readU64(header + 8), len = mem_.readU64(header + 16);
  if (cap - len >= additional) return;
  if (!exact) {
    growAmortized(header, elem, additional, {});
    return;
  }
  const Layout& el = T_.layout(elem);
  uint64_t newCap = len + additional;
  if (cap == 0) {
    HeapCell& c = mem_.allocate(newCap * el.size, static_cast<uint32_t>(el.align), elem, newCap);
    setBuffer(header, c.addr, newCap);
  } else {
    HeapCell& c = mem_.reallocate(mem_.cellAt(mem_.readU64(header))->id, newCap * el.size, newCap);
    setBuffer(header, c.addr, newCap);
  }
}

void Interpreter::vecPush(Address header, TypeId elem, const Value& v) {
  uint64_t len = mem_.readU64(header + 16);
  growAmortized(header, elem, 1, {});
  uint64_t size = T_.layout(elem).size;
  mem_.write(mem_.readU64(header) + len * size, v.data(), size);
  setLength(header, len + 1);
}

void Interpreter::stringAppend(Address header, std::string_view text) {
  if (text.empty()) return;
  uint64_t len = mem_.readU64(header + 16);
  growAmortized(header, T_.intType(IntKind::U8), text.size(), {});
  mem_.write(mem_.readU64(header) + len, text.data(), text.size());
  setLength(header, len + text.size());
}

std::string Interpreter::readString(Address header) const {
  uint64_t len = mem_.readU64(header + 16);
  std::string s(len, '\0');
  mem_.read(mem_.readU64(header), s.data(), len);
  return s;
}

std::string Interpreter::readStr(const Value& strRef) const {
  std::string s(strRef.u64(8), '\0');
  mem_.read(strRef.u64(0), s.data(), s.size());
  return s;
}

// ---------------------------------------------------------------- clone, forget

// A deep copy with Rust's Clone: a String or Vec gets a buffer of exactly its
// length, a Box gets its cell before its contents are cloned into it.
Value Interpreter::cloneValue(Address addr, TypeId type) {
  const Type t = T_.get(type);
  const Layout& l = T_.layout(type);
  Value out(type, l.size);
  if (T_.isCopy(type)) {
    mem_.read(addr, out.data(), l.size);
    return out;
  }
  switch (t.kind) {
    case TypeKind::String: return newString(readString(addr), mem_.readU64(addr + 16));
    case TypeKind::Vec: {
      uint64_t len = mem_.readU64(addr + 16), src = mem_.readU64(addr);
      out = newVec(type, len);
      uint64_t size = T_.layout(t.args[0]).size;
      Address holder = holdInScratch(out);
      for (uint64_t i = 0; i < len; ++i) {
        Value item = cloneValue(src + i * size, t.args[0]);
        mem_.write(mem_.readU64(holder) + i * size, item.data(), size);
      }
      if (len > 0) setLength(holder, len);
      else mem_.writeU64(holder + 16, 0);
      return readPlace(Place{holder, type}, false);
    }
    case TypeKind::Box: {
      const Layout& il = T_.layout(t.args[0]);
      HeapCell& c = mem_.allocate(il.size, static_cast<uint32_t>(il.align), t.args[0], 1);
      Address cell = c.addr;
      out.setU64(0, cell);
      Value inner = cloneValue(mem_.readU64(addr), t.args[0]);
      mem_.write(cell, inner.data(), inner.size());
      mem_.setLength(mem_.cellAt(cell)->id, 1);
      return out;
    }
    case TypeKind::Option: {
      if (!optionIsSome(addr, type)) return makeOption(type, nullptr);
      Value inner = cloneValue(optionPayload(addr, type), t.args[0]);
      return makeOption(type, &inner);
    }
    case TypeKind::Struct: case TypeKind::Tuple: {
      for (const FieldLayout& f : l.fields) {
        Value v = cloneValue(addr + f.offset, f.type);
        std::memcpy(out.data() + f.offset, v.data(), v.size());
      }
      return out;
    }
    case TypeKind::Array: {
      uint64_t size = T_.layout(t.args[0]).size;
      for (uint64_t i = 0; i < t.length; ++i) {
        Value v = cloneValue(addr + i * size, t.args[0]);
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
      if (mem_.readU64(addr + 8) > 0) leakAt(mem_.readU64(addr));
      return;
    case TypeKind::Vec: {
      uint64_t ptr = mem_.readU64(addr), len = mem_.readU64(addr + 16), size = T_.layout(t.args[0]).size;
      for (uint64_t i = 0; i < len; ++i) leakOwned(ptr + i * size, t.args[0]);
      if (mem_.readU64(addr + 8) > 0 && size > 0) leakAt(ptr);
      return;
    }
    case TypeKind::Box:
      leakOwned(mem_.readU64(addr), t.args[0]);
      if (T_.layout(t.args[0]).size > 0) leakAt(mem_.readU64(addr));
      return;
    case TypeKind::Option:
      if (optionIsSome(addr, type)) leakOwned(optionPayload(addr, type), t.args[0]);
      return;
    case TypeKind::Struct: case TypeKind::Tuple:
      for (const FieldLayout& f : T_.layout(type).fields) leakOwned(addr + f.offset, f.type);
      return;
    case TypeKind::Array:
      for (uint64_t i = 0; i < t.length; ++i) leakOwned(addr + i * T_.layout(t.args[0]).size, t.args[0]);
      return;
    default: return;
  }
}

// ---------------------------------------------------------------- functions

Value Interpreter::callBuiltin(const Expr& call, BuiltinFn f) {
  std::vector<Value> args;
  for (const auto& a : call.args) {
    args.push_back(eval(*a));
    if (flow_ != Flow::Normal) return makeUnit();
  }
  switch (f) {
    case BuiltinFn::StringNew: return newString("", 0);
    case BuiltinFn::StringFrom: {
      std::string text = readStr(args[0]);
      return newString(text, text.size());
    }
    case BuiltinFn::StringWithCapacity: {
      Value s = newVec(T_.vecOf(T_.intType(IntKind::U8)), args[0].u64());
      s.type = T_.stringType();
      return s;
    }
    case BuiltinFn::VecNew: return newVec(call.type, 0);
    case BuiltinFn::VecWithCapacity: return newVec(call.type, args[0].u64());
    case BuiltinFn::BoxNew: {
      TypeId inner = T_.get(call.type).args[0];
      const Layout& il = T_.layout(inner);
      Value b(call.type, 8);
      if (il.size == 0) {
        b.setU64(0, il.align);
        return b;
      }
      HeapCell& c = mem_.allocate(il.size, static_cast<uint32_t>(il.align), inner, 1);
      Address cell = c.addr;
      mem_.write(cell, args[0].data(), args[0].size());
      mem_.setLength(mem_.cellAt(cell)->id, 1);
      b.setU64(0, cell);
      return b;
    }
    case BuiltinFn::BoxLeak: {
      if (HeapCell* c = mem_.cellAt(args[0].u64())) mem_.leak(c->id);
      Value r(call.type, 8);
      r.setU64(0, args[0].u64());
      return r;
    }
    case BuiltinFn::Drop: case BuiltinFn::MemDrop: dropValueNow(std::move(args[0])); return makeUnit();
    case BuiltinFn::MemForget: {
      Address at = holdInScratch(args[0]);
      leakOwned(at, args[0].type);
      return makeUnit();
    }
    case BuiltinFn::MemSwap: {
      TypeId t = T_.get(args[0].type).args[0];
      Value a = readPlace(Place{args[0].u64(), t}, false), b = readPlace(Place{args[1].u64(), t}, false);
      mem_.write(args[0].u64(), b.data(), b.size());
      mem_.write(args[1].u64(), a.data(), a.size());
      return makeUnit();
    }
    case BuiltinFn::MemReplace: {
      TypeId t = T_.get(args[0].type).args[0];
      Value old = readPlace(Place{args[0].u64(), t}, false);
      mem_.write(args[0].u64(), args[1].data(), args[1].size());
      return old;
    }
    case BuiltinFn::MemTake: {
      TypeId t = T_.get(args[0].type).args[0];
      Value old = readPlace(Place{args[0].u64(), t}, false);
      const Type& tt = T_.get(t);
      Value fresh = tt.kind == TypeKind::String ? newString("", 0)
                    : tt.kind == TypeKind::Vec  ? newVec(t, 0)
                    : tt.kind == TypeKind::Option ? makeOption(t, nullptr)
                                                  : Value(t, T_.layout(t).size);
      mem_.write(args[0].u64(), fresh.data(), fresh.size());
      return old;
    }
    case BuiltinFn::SizeOf: return makeInt(T_.usize(), static_cast<__int128>(T_.layout(call.operand->type).size));
    case BuiltinFn::AlignOf: return makeInt(T_.usize(), static_cast<__int128>(T_.layout(call.operand->type).align));
    case BuiltinFn::SizeOfVal: {
      TypeId target = T_.get(args[0].type).args[0];
      const Type& t = T_.get(target);
      uint64_t size = t.kind == TypeKind::Str ? args[0].u64(8)
                      : t.kind == TypeKind::Slice ? args[0].u64(8) * T_.layout(t.args[0]).size
                                                  : T_.layout(target).size;
      return makeInt(T_.usize(), static_cast<__int128>(size));
    }
    case BuiltinFn::IoStdin: return Value(call.type, 0);
    case BuiltinFn::Some: return makeOption(call.type, &args[0]);
  }
  return makeUnit();
}

}  // namespace sh
