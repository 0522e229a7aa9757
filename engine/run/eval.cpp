// Expressions: places and values over simulated memory.
//
// An expression that names memory (a variable, a field, an element, `*r`) is
// evaluated to a Place; reading a Place copies its bytes into a Value, and
// reading a non-Copy value out of a variable marks the variable moved, which
// the page greys out. Arithmetic is checked as in a debug build: overflow
// and division by zero panic with Rust's messages.
#include <algorithm>
#include <cmath>

#include "base/int128.h"
#include "base/utf8.h"
#include "run/interpreter.h"

namespace sh {

Span stepSpanOf(const Expr& e);

void Interpreter::panic(const std::string& message, Span at) { throw Panic{message, at, {}}; }

// ---------------------------------------------------------------- scalars

Value Interpreter::makeInt(TypeId t, __int128 v) {
  Value out(t, T_.layout(t).size);
  std::memcpy(out.data(), &v, out.size());
  return out;
}

Value Interpreter::makeFloat(TypeId t, double d) {
  Value out(t, T_.layout(t).size);
  if (T_.get(t).isF32) {
    float f = static_cast<float>(d);
    std::memcpy(out.data(), &f, 4);
  } else {
    std::memcpy(out.data(), &d, 8);
  }
  return out;
}

__int128 Interpreter::readInt(const Value& v) const {
  const Type& t = T_.get(v.type);
  unsigned bytes = t.kind == TypeKind::Int ? intKindBytes(t.intKind) : static_cast<unsigned>(v.size());
  unsigned __int128 raw = 0;
  std::memcpy(&raw, v.data(), bytes);
  if (t.kind == TypeKind::Int && intKindSigned(t.intKind) && bytes < 16) {
    unsigned shift = 128 - bytes * 8;
    return static_cast<__int128>(raw << shift) >> shift;
  }
  return static_cast<__int128>(raw);
}

__int128 Interpreter::readIntAt(Address a, TypeId t) const {
  Value v(t, T_.get(t).kind == TypeKind::Int ? intKindBytes(T_.get(t).intKind) : 4);
  mem_.read(a, v.data(), v.size());
  return readInt(v);
}

Value Interpreter::makeBool(bool b) {
  Value v(T_.boolType(), 1);
  v.data()[0] = b;
  return v;
}

Value Interpreter::makeStrRef(Address ptr, uint64_t len) {
  Value v(T_.strRef(), 16);
  v.setU64(0, ptr);
  v.setU64(8, len);
  return v;
}

uint32_t Interpreter::variantAt(Address addr, TypeId type) const {
  const Layout& l = T_.layout(type);
  if (l.tag == TagEncoding::None) return 0;
  uint64_t tag = 0;
  mem_.read(addr + l.tagOffset, &tag, l.tagBytes);
  return variantOfTag(l, tag);
}

uint32_t Interpreter::variantOfValue(const Value& v) const {
  const Layout& l = T_.layout(v.type);
  if (l.tag == TagEncoding::None) return 0;
  uint64_t tag = 0;
  std::memcpy(&tag, v.data() + l.tagOffset, l.tagBytes);
  return variantOfTag(l, tag);
}

void Interpreter::setVariant(uint8_t* bytes, TypeId type, uint32_t variant) {
  const Layout& l = T_.layout(type);
  uint64_t tag = 0;
  if (tagOfVariant(l, variant, &tag)) std::memcpy(bytes + l.tagOffset, &tag, l.tagBytes);
}

bool Interpreter::optionIsSome(Address addr, TypeId optionType) const { return variantAt(addr, optionType) == 1; }

Address Interpreter::optionPayload(Address addr, TypeId optionType) {
  return addr + T_.layout(optionType).payloadOffset;
}

Value Interpreter::makeOption(TypeId optionType, const Value* some) {
  const Layout& l = T_.layout(optionType);
  Value v(optionType, l.size);
  if (some) std::memcpy(v.data() + l.payloadOffset, some->data(), some->size());
  setVariant(v.data(), optionType, some ? 1 : 0);
  return v;
}

// ---------------------------------------------------------------- places

// `*p` of a reference, a Box, a RefCell's guard (its first word points at
// the value) or an Rc (its pointer is to the cell, whose value follows the
// two counts).
Place Interpreter::deref(const Place& pointer) {
  const Type& t = T_.get(pointer.type);
  SH_CHECK(T_.derefTarget(pointer.type) != kNoType, "dereferencing a value that is not a pointer");
  Place p;
  p.addr = mem_.readU64(pointer.addr);
  if (t.kind == TypeKind::Rc) p.addr += rcValueOffset(pointer.type);
  p.type = t.args[0];
  if (T_.isUnsized(p.type)) p.meta = mem_.readU64(pointer.addr + 8);  // a length, or a trait object's vtable
  return p;
}

Place Interpreter::followDerefs(Place p, int count) {
  for (int i = 0; i < count; ++i) p = deref(p);
  return p;
}

Place Interpreter::evalPlace(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Path:
      if (e.resolvedKind == static_cast<uint8_t>(Resolved::Local)) {
        int32_t id = frame().localSlot[e.resolved];
        SH_CHECK(id >= 0, "a variable used outside its slot's life");
        const RtSlot& s = slots_[id];
        return Place{s.addr, s.type, s.alias ? -1 : id, 0, 0};
      }
      if (e.resolvedKind == static_cast<uint8_t>(Resolved::Static)) return Place{staticAddress(e.resolved), e.type, -1, 0, 0};
      if (e.resolvedKind == static_cast<uint8_t>(Resolved::Const) && !T_.needsDrop(e.type))
        return Place{promotedConstant(e.resolved), e.type, -1, 0, 0};
      break;
    case ExprKind::Paren: return evalPlace(*e.operand);
    case ExprKind::Field: case ExprKind::TupleField: {
      Place base = evalPlace(*e.operand);
      if (flow_ != Flow::Normal) return base;  // `f()?.x` where `?` returned: nothing to project
      base = followDerefs(base, e.derefs);
      const Layout& l = T_.layout(base.type);
      size_t index = e.kind == ExprKind::TupleField ? e.index : static_cast<size_t>(e.resolved);
      const FieldLayout& f = l.fields[index];
      return Place{base.addr + f.offset, f.type, base.slot, base.offset + f.offset, 0};
    }
    case ExprKind::Index: {
      Place base = evalPlace(*e.lhs);
      if (flow_ != Flow::Normal) return base;
      return indexPlace(e, followDerefs(base, e.derefs));
    }
    case ExprKind::Deref: {
      Place ptr = evalPlace(*e.operand);
      if (flow_ != Flow::Normal) return ptr;  // `*it.next()?` where `?` returned
      return deref(ptr);
    }
    default: break;
  }
  // A temporary its `let` extends lives to the end of the block, in the slot
  // the `let` reserved (found once: evaluating `e` may grow the frames).
  const auto& extended = frame().extendedSlots;
  auto slot = std::find_if(extended.begin(), extended.end(), [&](const auto& s) { return s.first == &e; });
  int32_t id = slot == extended.end() ? -1 : slot->second;
  if (id < 0)
    if (std::optional<Place> promoted = promotedTemporary(e)) return *promoted;
  Value v = eval(e);
  if (id >= 0) {
    Place p{slots_[id].addr, v.type, id, 0, 0};
    writePlace(p, v);
    return p;
  }
  Address at = materialize(v);
  return Place{at, v.type, -1, 0, 0};
}

// `v[i]`, `a[i]`, `s[i]` on a slice, and `v[a..b]` (a slice place whose
// length is its meta), with Rust's bounds checks.
Place Interpreter::indexPlace(const Expr& e, Place base) {
  const Type bt = T_.get(base.type);
  if (bt.kind == TypeKind::HashMap) return mapIndexPlace(e, base);
  if (bt.kind == TypeKind::VecDeque) return dequeIndexPlace(e, base);
  if (bt.kind == TypeKind::BTreeMap) return btreeIndexPlace(e, base);
  Address data = base.addr;
  uint64_t len = 0;
  TypeId elem = bt.args.empty() ? T_.intType(IntKind::U8) : bt.args[0];
  switch (bt.kind) {
    case TypeKind::Vec: case TypeKind::String:
      data = mem_.readU64(base.addr + VecHeader::ptr);
      len = mem_.readU64(base.addr + VecHeader::len);
      break;
    case TypeKind::Array: len = bt.length; break;
    case TypeKind::Slice: case TypeKind::Str: len = base.meta; break;
    default: SH_CHECK(false, "indexing a value that has no elements");
  }
  Value index = eval(*e.rhs);
  if (T_.get(index.type).kind == TypeKind::Range) {
    const Type& rt = T_.get(index.type);
    const Layout& rl = T_.layout(index.type);
    bool hasStart = e.rhs->lhs != nullptr, hasEnd = e.rhs->rhs != nullptr;
    uint64_t start = hasStart ? index.u64(rl.fields[0].offset) : 0;
    uint64_t written = hasEnd ? index.u64(rl.fields[1].offset) : len;  // `b` of a..b or a..=b, as messages show it
    uint64_t end = hasEnd && rt.inclusive ? written + 1 : written;
    bool isStr = bt.kind == TypeKind::String || bt.kind == TypeKind::Str;
    Span at{e.lhs->span.end, e.span.end};  // rustc reports slicing panics at the `[`
    checkSliceRange(isStr ? readStr(makeStrRef(data, len)) : std::string(), isStr, len, start, end, written, at);
    if (isStr) requireCharBoundaries(data, len, start, end, at);
    uint64_t elemSize = isStr ? 1 : T_.layout(elem).size;
    return Place{data + start * elemSize, e.type, -1, 0, end - start};
  }
  uint64_t i = index.u64();
  if (i >= len)  // rustc 1.95 reports a Vec's index panic at the `[` (its Index impl), a built-in array's or slice's at the whole expression
    panic("index out of bounds: the len is " + std::to_string(len) + " but the index is " + std::to_string(i),
          bt.kind == TypeKind::Array || bt.kind == TypeKind::Slice ? e.span : Span{e.lhs->span.end, e.span.end});
  uint64_t elemSize = T_.layout(elem).size;
  if (bt.kind == TypeKind::Array) return Place{data + i * elemSize, elem, base.slot, base.offset + i * elemSize, 0};
  return Place{data + i * elemSize, elem, -1, 0, 0};
}

namespace {

// A str named in a slicing panic, as std's slice_error_fail_rt writes it: at
// most its first 256 bytes (cut back to a char boundary), then `[...]` after
// the closing backtick when something was left out.
std::string quotedForSlicePanic(const std::string& text) {
  constexpr size_t kMaxDisplayLength = 256;
  if (text.size() <= kMaxDisplayLength) return "`" + text + "`";
  size_t cut = kMaxDisplayLength;
  while (cut > 0 && isUtf8Continuation(text[cut])) --cut;
  return "`" + text.substr(0, cut) + "`[...]";
}

}  // namespace

// std 1.95 checks a slice range's start against the length first, then its
// end, then their order; a str says so in its own words.
void Interpreter::checkSliceRange(const std::string& whole, bool isStr, uint64_t len, uint64_t start, uint64_t end,
                                  uint64_t written, Span at) {
  auto n = [](uint64_t x) { return std::to_string(x); };
  if (isStr) {
    std::string text = quotedForSlicePanic(whole);
    if (start > len) panic("start byte index " + n(start) + " is out of bounds of " + text, at);
    if (end > len) panic("end byte index " + n(written) + " is out of bounds of " + text, at);
    if (start > end) panic("begin > end (" + n(start) + " > " + n(end) + ") when slicing " + text, at);
    return;
  }
  if (start > len) panic("range start index " + n(start) + " out of range for slice of length " + n(len), at);
  if (end > len) panic("range end index " + n(written) + " out of range for slice of length " + n(len), at);
  if (start > end) panic("slice index starts at " + n(start) + " but ends at " + n(end), at);
}

// Slicing a str must cut between characters, never inside one.
void Interpreter::requireCharBoundaries(Address data, uint64_t len, uint64_t start, uint64_t end, Span at) {
  std::string text = readStr(makeStrRef(data, len));
  auto isBoundary = [&](uint64_t i) { return i == 0 || i >= text.size() || !isUtf8Continuation(text[i]); };
  for (uint64_t i : {start, end}) {
    if (isBoundary(i)) continue;
    uint64_t first = i;
    while (first > 0 && !isBoundary(first)) --first;
    uint64_t last = first + 1;
    while (last < text.size() && !isBoundary(last)) ++last;
    size_t pos = first;
    FormatSpec debug;
    debug.trait = FormatTrait::Debug;
    std::string ch = formatChar(decodeUtf8At(text, pos), debug);  // std writes the char with {:?}
    std::string which = i == start ? "start" : "end";
    panic(which + " byte index " + std::to_string(i) + " is not a char boundary; it is inside " + ch + " (bytes " +
              std::to_string(first) + ".." + std::to_string(last) + ") of " + quotedForSlicePanic(text),
          at);
  }
}

Value Interpreter::readPlace(const Place& p, bool move) {
  const Layout& l = T_.layout(p.type);
  Value v(p.type, l.size);
  mem_.read(p.addr, v.data(), l.size);
  if (move && !T_.isCopy(p.type)) markMoved(p);
  return v;
}

void Interpreter::writePlace(const Place& p, const Value& v) {
  mem_.write(p.addr, v.data(), v.size());
  if (p.slot >= 0) {
    RtSlot& s = slots_[p.slot];
    s.initialised = true;
    if (p.offset == 0 && v.size() == s.size) s.moved = false;
  }
}

// ---------------------------------------------------------------- expressions

// `evaluate` as the block rustc lowers it into (a `for`, a formatting
// macro): the temporaries it makes are dropped when it ends, and as a panic
// unwinds out of it, after the slots it declared (a `for`'s pattern).
template <typename Evaluate>
Value Interpreter::evalDroppingItsTemporaries(Evaluate evaluate) {
  size_t temporariesMark = temporaries_.size(), slotMark = frame().slots.size();
  try {
    Value v = evaluate();
    dropTemporariesDownTo(temporariesMark);
    return v;
  } catch (Panic& p) {
    startUnwinding(p);
    unwindSlotsDownTo(slotMark, currentStepSpan());
    unwindTemporariesDownTo(temporariesMark);
    throw;
  }
}

Value Interpreter::eval(const Expr& e) {
  Value v = evalInner(e);
  if (e.coercion != 0 && flow_ == Flow::Normal) return applyCoercion(e, std::move(v));
  return v;
}

Value Interpreter::applyCoercion(const Expr& e, Value v) {
  switch (static_cast<Coercion>(e.coercion)) {
    case Coercion::None: case Coercion::MutToShared: return v;
    case Coercion::DropAutoTraits: {  // rustc keeps the vtable: auto traits add no methods
      Value same(e.coercedType, v.size());
      std::memcpy(same.data(), v.data(), v.size());
      return same;
    }
    case Coercion::StringToStr: {
      Address header = v.u64();
      return makeStrRef(mem_.readU64(header + VecHeader::ptr), mem_.readU64(header + VecHeader::len));
    }
    case Coercion::VecToSlice: case Coercion::ArrayToSlice: {
      Address at = v.u64();
      const Type target = T_.get(T_.get(v.type).args[0]);
      Value s(e.coercedType, 16);
      bool isVec = static_cast<Coercion>(e.coercion) == Coercion::VecToSlice;
      s.setU64(0, isVec ? mem_.readU64(at + VecHeader::ptr) : at);
      s.setU64(8, isVec ? mem_.readU64(at + VecHeader::len) : target.length);
      return s;
    }
    case Coercion::DerefRef: {
      const Type& ref = T_.get(v.type);
      Place inner = deref(Place{materialize(v), v.type});
      Value r(e.coercedType, T_.layout(ref.args[0]).size);
      mem_.read(inner.addr, r.data(), r.size());
      return r;
    }
    case Coercion::PointeeRef: {  // &Box<[T]> -> &[T] keeps the length
      Place target = deref(Place{v.u64(), T_.get(v.type).args[0]});
      bool fat = T_.isUnsized(target.type);
      Value r(e.coercedType, fat ? 16 : 8);
      r.setU64(0, target.addr);
      if (fat) r.setU64(8, target.meta);
      return r;
    }
    case Coercion::Unsize: {  // the same data pointer, now with the concrete type's vtable
      Value r(e.coercedType, 16);
      r.setU64(0, v.u64());
      r.setU64(8, vtableAddress(T_.get(v.type).args[0], T_.get(e.coercedType).args[0]));
      return r;
    }
    case Coercion::ReifyFnPointer: {  // the function's address (check/checker.h fnPointers)
      Value r(e.coercedType, 8);
      r.setU64(0, fnPointerAddress(p_.closures[T_.closureOf(v.type)].fn));
      return r;
    }
  }
  return v;
}

}  // namespace sh

namespace sh {

Value Interpreter::evalInner(const Expr& e) {
  switch (e.kind) {
    case ExprKind::IntLit: {
      if (T_.get(e.type).kind == TypeKind::Float) {
        Value v(e.type, T_.layout(e.type).size);
        if (T_.get(e.type).isF32) {
          float f = static_cast<float>(e.intValue);
          std::memcpy(v.data(), &f, 4);
        } else {
          double d = static_cast<double>(e.intValue);
          std::memcpy(v.data(), &d, 8);
        }
        return v;
      }
      return makeInt(e.type, static_cast<__int128>(e.intValue));
    }
    case ExprKind::FloatLit: {
      Value v(e.type, T_.layout(e.type).size);
      if (T_.get(e.type).isF32) {
        float f = static_cast<float>(e.floatValue);
        std::memcpy(v.data(), &f, 4);
      } else {
        std::memcpy(v.data(), &e.floatValue, 8);
      }
      return v;
    }
    case ExprKind::BoolLit: return makeBool(e.text == "true");
    case ExprKind::CharLit: {
      Value v(T_.charType(), 4);
      size_t at = 0;
      char32_t c = decodeUtf8At(e.text, at);
      std::memcpy(v.data(), &c, 4);
      return v;
    }
    case ExprKind::StrLit: return makeStrRef(mem_.internLiteral(e.text), e.text.size());
    case ExprKind::Path:
      switch (static_cast<Resolved>(e.resolvedKind)) {
        case Resolved::Local: return readPlace(evalPlace(e), true);
        case Resolved::Const: return constValue(e.resolved);
        case Resolved::Static: return readPlace(evalPlace(e), false);
        case Resolved::NoneValue: return makeOption(e.type, nullptr);
        case Resolved::UnitStruct: return Value(e.type, 0);
        case Resolved::IntegerConstant: return makeInt(e.type, static_cast<__int128>(e.intValue));
        case Resolved::FloatConstant: {
          Value v(e.type, T_.layout(e.type).size);
          float f = static_cast<float>(e.floatValue);
          if (T_.get(e.type).isF32) std::memcpy(v.data(), &f, 4);
          else std::memcpy(v.data(), &e.floatValue, 8);
          return v;
        }
        case Resolved::EnumVariant: {
          Value v(e.type, T_.layout(e.type).size);
          setVariant(v.data(), e.type, static_cast<uint32_t>(e.resolved));
          return v;
        }
        default: SH_CHECK(false, "a path that names no value");
      }
      return makeUnit();
    case ExprKind::Unary: return evalUnary(e);
    case ExprKind::Binary: return evalBinary(e);
    case ExprKind::Assign: case ExprKind::CompoundAssign: return evalAssign(e);
    case ExprKind::Call: return evalCall(e);
    case ExprKind::MethodCall: return evalMethodCall(e);
    case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::Deref: {
      Place p = evalPlace(e);
      if (flow_ != Flow::Normal) return makeUnit();
      return readPlace(p, true);
    }
    case ExprKind::Ref: {
      if (!e.isMut) notePromotedTemporary(*e.operand);
      Place p = evalPlace(*e.operand);
      bool fat = T_.isUnsized(p.type);
      Value v(e.type, fat ? 16 : 8);
      v.setU64(0, p.addr);
      if (fat) v.setU64(8, p.meta);
      return v;
    }
    case ExprKind::Cast: return evalCast(e);
    case ExprKind::Block: return e.text.empty() ? evalBlock(*e.block) : evalLabeledBlock(e);
    case ExprKind::If: case ExprKind::IfLet: return evalIf(e);
    case ExprKind::While: case ExprKind::WhileLet: case ExprKind::Loop: return evalLoop(e);
    case ExprKind::For: {
      // Lowered as `{ let result = match into_iter(head) {..}; result }`: the
      // head's temporaries (`log.borrow()` in `for x in log.borrow().iter()`)
      // drop as the loop ends, even when it is a block's tail (edition 2021
      // keeps other tails' temporaries past the block's variables).
      return evalDroppingItsTemporaries([&] { return evalFor(e); });
    }
    case ExprKind::Match: return evalMatch(e);
    case ExprKind::Break: case ExprKind::Continue: case ExprKind::Return: {
      Value v = e.operand ? eval(*e.operand) : makeUnit();
      if (flow_ != Flow::Normal) return v;
      flow_ = e.kind == ExprKind::Break ? Flow::Break : e.kind == ExprKind::Continue ? Flow::Continue : Flow::Return;
      flowLabel_ = e.text;
      flowValue_ = std::move(v);
      return makeUnit();
    }
    case ExprKind::Range: case ExprKind::Tuple: case ExprKind::Array: case ExprKind::ArrayRepeat:
    case ExprKind::StructLit:
      return evalAggregate(e);
    case ExprKind::Paren: return eval(*e.operand);
    case ExprKind::Macro: {
      // The formatting macros expand to a block whose statement ends with
      // the macro (`{ let res = fmt::format(args); res }`), so their
      // arguments' temporaries are dropped when the macro is done, not at the
      // end of the enclosing statement; vec! is a call, whose are not. A
      // panic among the arguments drops them there too, before what the
      // enclosing expression holds (the elements of a `vec![..]` built so far).
      if (static_cast<MacroId>(e.macroId) == MacroId::Vec) return evalMacro(e);
      return evalDroppingItsTemporaries([&] { return evalMacro(e); });
    }
    case ExprKind::Closure: return evalAggregate(e);  // its environment, a struct of its captures
  }
  return makeUnit();
}

// Tuples, arrays, ranges and struct literals: each part evaluated in source
// order and placed at its offset in the layout.
Value Interpreter::evalAggregate(const Expr& e) {
  const Layout& l = T_.layout(e.type);
  Value out(e.type, l.size);
  auto put = [&](uint64_t offset, const Value& v) { std::memcpy(out.data() + offset, v.data(), v.size()); };
  switch (e.kind) {
    case ExprKind::Range: {
      if (e.lhs) put(l.fields[0].offset, eval(*e.lhs));
      if (flow_ != Flow::Normal) return out;
      if (e.rhs) put(l.fields[1].offset, eval(*e.rhs));
      return out;
    }
    case ExprKind::Tuple: {
      std::vector<Value> parts;
      if (!evalOperands(e.args, parts)) return out;
      for (size_t i = 0; i < parts.size(); ++i) put(l.fields[i].offset, parts[i]);
      return out;
    }
    case ExprKind::Array: {
      uint64_t elemSize = e.args.empty() ? 0 : T_.layout(T_.get(e.type).args[0]).size;
      std::vector<Value> parts;
      if (!evalOperands(e.args, parts)) return out;
      for (size_t i = 0; i < parts.size(); ++i) put(i * elemSize, parts[i]);
      return out;
    }
    case ExprKind::ArrayRepeat: {
      Value v = eval(*e.args[0]);
      uint64_t n = T_.get(e.type).length;
      for (uint64_t i = 0; i < n; ++i) put(i * v.size(), v);
      return out;
    }
    case ExprKind::StructLit: case ExprKind::Closure: {
      if (static_cast<Resolved>(e.resolvedKind) == Resolved::EnumVariant) {  // `Message::Move { x, y }`
        auto variant = static_cast<uint32_t>(e.resolved);
        const auto& fields = T_.enumOf(e.type).variants[variant].fields;
        std::vector<Value> held;
        for (const FieldInit& f : e.fields) {
          size_t i = 0;
          while (fields[i].first != f.name) ++i;
          Value v = evalHolding(*f.value, held);
          if (flow_ != Flow::Normal) return out;
          put(l.variants[variant].offsets[i], v);
          held.push_back(std::move(v));
        }
        setVariant(out.data(), e.type, variant);
        return out;
      }
      const Layout sl = T_.layout(e.type);
      const auto& fields = T_.structOf(e.type).fields;
      std::vector<bool> given(fields.size(), false);
      std::vector<Value> held;  // the fields given so far, dropped if a later one panics
      for (const FieldInit& f : e.fields) {
        size_t i = 0;
        while (fields[i].first != f.name) ++i;
        Value v = evalHolding(*f.value, held);
        if (flow_ != Flow::Normal) return out;
        put(sl.fields[i].offset, v);
        given[i] = true;
        held.push_back(std::move(v));
      }
      if (e.structBase) {
        Place base = evalPlace(*e.structBase);
        for (size_t i = 0; i < fields.size(); ++i) {
          if (given[i]) continue;
          const FieldLayout& fl = sl.fields[i];
          put(fl.offset, readPlace(Place{base.addr + fl.offset, fl.type, base.slot, base.offset + fl.offset, 0}, true));
        }
      }
      return out;
    }
    default: return out;
  }
}

Value Interpreter::evalUnary(const Expr& e) {
  if (static_cast<Resolved>(e.resolvedKind) == Resolved::UserFn) return callOperator(e, {e.operand.get()});
  if (e.unaryOp == UnaryOp::Neg && e.operand->kind == ExprKind::IntLit && T_.get(e.type).kind == TypeKind::Int)
    return makeInt(e.type, static_cast<__int128>(-e.operand->intValue));  // negated as unsigned: i128::MIN wraps to itself
  Value v = eval(*e.operand);
  if (flow_ != Flow::Normal) return v;
  while (T_.get(v.type).kind == TypeKind::Ref) v = readPlace(deref(Place{materialize(v), v.type}), false);
  const Type& t = T_.get(v.type);
  if (t.kind == TypeKind::Bool) return makeBool(!v.data()[0]);
  if (t.kind == TypeKind::Float) {
    Value out = v;
    out.data()[v.size() - 1] ^= 0x80;  // flip the sign bit
    return out;
  }
  __int128 x = readInt(v);
  unsigned bits = intKindBytes(t.intKind) * 8;
  if (e.unaryOp == UnaryOp::Not) return makeInt(v.type, ~x);
  __int128 min = bits == 128 ? static_cast<__int128>(static_cast<unsigned __int128>(1) << 127) : -(static_cast<__int128>(1) << (bits - 1));
  if (x == min) panic("attempt to negate with overflow", e.span);
  return makeInt(v.type, -x);
}

Value Interpreter::evalBinary(const Expr& e) {
  switch (opGroup(e.binaryOp)) {
    case OpGroup::Logical: return evalLogical(e);
    case OpGroup::Comparison: return evalComparison(e);
    case OpGroup::Arithmetic: case OpGroup::Bitwise: case OpGroup::Shift: break;
  }
  if (static_cast<Resolved>(e.resolvedKind) == Resolved::UserFn) return callOperator(e, {e.lhs.get(), e.rhs.get()});
  Value l = eval(*e.lhs);
  if (flow_ != Flow::Normal) return l;
  if (T_.get(l.type).kind == TypeKind::String) {  // String + &str: appends to the left String's buffer
    std::vector<Value> held{l};
    Value r = evalHolding(*e.rhs, held);
    if (flow_ != Flow::Normal) return l;
    Address at = holdInScratch(l);  // the String moves on as the result, it is not a temporary
    stringAppend(at, readStr(r));
    return readPlace(Place{at, l.type}, false);
  }
  Value r = eval(*e.rhs);
  if (flow_ != Flow::Normal) return l;
  return arithmetic(e.binaryOp, l, r, e.span);
}

// `&&` and `||`: the right side runs only when the left does not decide.
// Each side is a temporary scope of its own, as rustc makes both operands
// terminating scopes (region.rs): what a side made is dropped when it ends.
Value Interpreter::evalLogical(const Expr& e) {
  Value l = evalAndReleaseTemporaries(*e.lhs);
  if (flow_ != Flow::Normal) return l;
  bool lv = l.data()[0];
  if (lv == (e.binaryOp == BinaryOp::Or)) return makeBool(lv);
  return evalAndReleaseTemporaries(*e.rhs);
}

Value Interpreter::evalComparison(const Expr& e) {
  int c;
  if (static_cast<Resolved>(e.resolvedKind) == Resolved::UserFn) {
    c = compareByImpl(e);
    if (flow_ != Flow::Normal) return makeBool(false);
  } else if (isScalar(e.lhs->type) && isScalar(e.rhs->type)) {
    // Numbers, bools and chars compare by value: no temporary in memory.
    Value l = eval(*e.lhs);
    if (flow_ != Flow::Normal) return makeBool(false);
    Value r = eval(*e.rhs);
    if (flow_ != Flow::Normal) return makeBool(false);
    c = compareScalars(l, r);
  } else {
    Place lp = evalPlace(*e.lhs);
    if (flow_ != Flow::Normal) return makeBool(false);
    Place rp = evalPlace(*e.rhs);
    if (flow_ != Flow::Normal) return makeBool(false);
    c = compareValues(lp, rp);
  }
  if (c == kUnordered) return makeBool(e.binaryOp == BinaryOp::Ne);  // NaN: only `!=` holds
  switch (e.binaryOp) {
    case BinaryOp::Eq: return makeBool(c == 0);
    case BinaryOp::Ne: return makeBool(c != 0);
    case BinaryOp::Lt: return makeBool(c < 0);
    case BinaryOp::Le: return makeBool(c <= 0);
    case BinaryOp::Gt: return makeBool(c > 0);
    case BinaryOp::Ge: return makeBool(c >= 0);
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: case BinaryOp::Div: case BinaryOp::Rem:
    case BinaryOp::BitAnd: case BinaryOp::BitOr: case BinaryOp::BitXor: case BinaryOp::Shl: case BinaryOp::Shr:
    case BinaryOp::And: case BinaryOp::Or:
      break;
  }
  SH_CHECK(false, "a comparison with a non-comparison operator");
  return makeBool(false);
}

}  // namespace sh

namespace sh {

namespace {

// Float arithmetic: IEEE, never panics (`%` is fmod, as in Rust).
double floatArithmetic(BinaryOp op, double x, double y) {
  switch (op) {
    case BinaryOp::Add: return x + y;
    case BinaryOp::Sub: return x - y;
    case BinaryOp::Mul: return x * y;
    case BinaryOp::Div: return x / y;
    case BinaryOp::Rem: return std::fmod(x, y);
    case BinaryOp::BitAnd: case BinaryOp::BitOr: case BinaryOp::BitXor: case BinaryOp::Shl: case BinaryOp::Shr:
    case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
    case BinaryOp::And: case BinaryOp::Or:
      break;
  }
  SH_CHECK(false, "the checker let a float operator through that floats lack");
  return 0;
}

bool boolArithmetic(BinaryOp op, bool x, bool y) {
  switch (op) {
    case BinaryOp::BitAnd: return x && y;
    case BinaryOp::BitOr: return x || y;
    case BinaryOp::BitXor: return x != y;
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: case BinaryOp::Div: case BinaryOp::Rem:
    case BinaryOp::Shl: case BinaryOp::Shr:
    case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
    case BinaryOp::And: case BinaryOp::Or:
      break;
  }
  SH_CHECK(false, "the checker let a bool operator through that bools lack");
  return false;
}

}  // namespace

// "attempt to add with overflow", Rust's debug-build panic.
void Interpreter::panicOverflow(BinaryOp op, Span at) {
  panic("attempt to " + std::string(overflowVerb(op)) + " with overflow", at);
}

// Checked integer and float arithmetic, as a debug build of Rust does it.
Value Interpreter::arithmetic(BinaryOp op, const Value& aIn, const Value& bIn, Span at) {
  Value a = aIn, b = bIn;
  while (T_.get(a.type).kind == TypeKind::Ref) a = readPlace(deref(Place{materialize(a), a.type}), false);
  while (T_.get(b.type).kind == TypeKind::Ref) b = readPlace(deref(Place{materialize(b), b.type}), false);
  const Type& t = T_.get(a.type);
  if (t.kind == TypeKind::Float) {
    double r = floatArithmetic(op, readFloat(a), readFloat(b));
    Value out(a.type, a.size());
    if (t.isF32) {
      float f = static_cast<float>(r);
      std::memcpy(out.data(), &f, 4);
    } else {
      std::memcpy(out.data(), &r, 8);
    }
    return out;
  }
  if (t.kind == TypeKind::Bool) return makeBool(boolArithmetic(op, a.data()[0], b.data()[0]));
  unsigned bits = intKindBytes(t.intKind) * 8;
  bool isSigned = intKindSigned(t.intKind);
  __int128 x = readInt(a), y = readInt(b);
  switch (op) {
    case BinaryOp::Shl: case BinaryOp::Shr: return shift(op, a.type, x, y, bits, isSigned, at);
    case BinaryOp::BitAnd: return makeInt(a.type, x & y);
    case BinaryOp::BitOr: return makeInt(a.type, x | y);
    case BinaryOp::BitXor: return makeInt(a.type, x ^ y);
    case BinaryOp::Div: if (y == 0) panic("attempt to divide by zero", at); break;
    case BinaryOp::Rem: if (y == 0) panic("attempt to calculate the remainder with a divisor of zero", at); break;
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: break;
    case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt: case BinaryOp::Ge:
    case BinaryOp::And: case BinaryOp::Or:
      SH_CHECK(false, "arithmetic on a comparison or logical operator");
  }
  // Exact result in 128 bits (or wider, via the builtins), then the range check.
  bool overflow = false;
  __int128 r = 0;
  if (bits == 128 && !isSigned) {
    unsigned __int128 ux = static_cast<unsigned __int128>(x), uy = static_cast<unsigned __int128>(y), ur = 0;
    if (op == BinaryOp::Add) overflow = __builtin_add_overflow(ux, uy, &ur);
    else if (op == BinaryOp::Sub) overflow = __builtin_sub_overflow(ux, uy, &ur);
    else if (op == BinaryOp::Mul) overflow = __builtin_mul_overflow(ux, uy, &ur);
    else if (op == BinaryOp::Div) ur = ux / uy;
    else ur = ux % uy;
    if (overflow) panicOverflow(op, at);
    return makeInt(a.type, static_cast<__int128>(ur));
  }
  if (op == BinaryOp::Add) overflow = __builtin_add_overflow(x, y, &r);
  else if (op == BinaryOp::Sub) overflow = __builtin_sub_overflow(x, y, &r);
  else if (op == BinaryOp::Mul) overflow = __builtin_mul_overflow(x, y, &r);
  else {
    __int128 min = bits == 128 ? static_cast<__int128>(static_cast<unsigned __int128>(1) << 127) : -(static_cast<__int128>(1) << (bits - 1));
    if (isSigned && x == min && y == -1) overflow = true;
    else r = op == BinaryOp::Div ? x / y : x % y;
  }
  if (!overflow && bits < 128) {
    __int128 lo = isSigned ? -(static_cast<__int128>(1) << (bits - 1)) : 0;
    __int128 hi = isSigned ? (static_cast<__int128>(1) << (bits - 1)) - 1 : (static_cast<__int128>(1) << bits) - 1;
    overflow = r < lo || r > hi;
  }
  if (overflow) panicOverflow(op, at);
  return makeInt(a.type, r);
}

// `x << amount` and `x >> amount`: an amount past the width panics; `>>` is
// arithmetic on signed types and logical on unsigned ones.
Value Interpreter::shift(BinaryOp op, TypeId type, __int128 x, __int128 amount, unsigned bits, bool isSigned, Span at) {
  if (amount < 0 || amount >= bits) panicOverflow(op, at);
  if (op == BinaryOp::Shl) return makeInt(type, static_cast<__int128>(static_cast<unsigned __int128>(x) << static_cast<int>(amount)));
  if (isSigned) return makeInt(type, x >> static_cast<int>(amount));
  unsigned __int128 ux = static_cast<unsigned __int128>(x);
  if (bits < 128) ux &= (static_cast<unsigned __int128>(1) << bits) - 1;
  return makeInt(type, static_cast<__int128>(ux >> static_cast<int>(amount)));
}

double Interpreter::readFloat(const Value& v) const {
  if (T_.get(v.type).isF32) {
    float f;
    std::memcpy(&f, v.data(), 4);
    return f;
  }
  double d;
  std::memcpy(&d, v.data(), 8);
  return d;
}

Interpreter::Sequence Interpreter::sequenceAt(const Place& p) const {
  const Type& t = T_.get(p.type);
  if (t.kind == TypeKind::Vec || t.kind == TypeKind::BinaryHeap) return {mem_.readU64(p.addr + VecHeader::ptr), mem_.readU64(p.addr + VecHeader::len)};
  return {p.addr, t.kind == TypeKind::Array ? t.length : p.meta};
}

bool Interpreter::isScalar(TypeId t) const {
  TypeKind k = T_.get(t).kind;
  return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Char;
}

int Interpreter::compareScalars(const Value& a, const Value& b) {
  auto sign = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; };
  const Type& t = T_.get(a.type);
  if (t.kind == TypeKind::Float) {
    double x = readFloat(a), y = readFloat(b);
    if (std::isnan(x) || std::isnan(y)) return kUnordered;
    return sign(x, y);
  }
  if (t.kind == TypeKind::Int && !intKindSigned(t.intKind))
    return sign(static_cast<unsigned __int128>(readInt(a)), static_cast<unsigned __int128>(readInt(b)));
  if (t.kind == TypeKind::Int) return sign(readInt(a), readInt(b));
  return sign(a.u64() & (t.kind == TypeKind::Bool ? 0xFF : 0xFFFFFFFF), b.u64() & (t.kind == TypeKind::Bool ? 0xFF : 0xFFFFFFFF));
}

// Rust's PartialEq and PartialOrd for the subset: numbers, bools, chars,
// strings (String and &str alike), sequences lexicographically, tuples and
// structs field by field in declaration order (as derived impls do), Option
// with None first, Result with Ok first and errors by their kind, ranges by
// their bounds; references and boxes compare what they point at. The checker
// allowed only comparisons Rust has, so every other kind is our bug.
int Interpreter::compareValues(Place a, Place b) {
  auto unwrap = [&](Place p) {
    for (;;) {
      const Type& t = T_.get(p.type);
      if (T_.derefTarget(p.type) != kNoType) p = deref(p);
      else if (t.kind == TypeKind::Cell) p = Place{p.addr, t.args[0]};  // compares as its value
      else if (t.kind == TypeKind::RefCell) p = Place{p.addr + refCellValueOffset(p.type), t.args[0]};
      else return p;
    }
  };
  a = unwrap(a);
  b = unwrap(b);
  const Type ta = T_.get(a.type), tb = T_.get(b.type);
  auto sign = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; };
  auto textOf = [&](const Place& p, const Type& t) {
    if (t.kind == TypeKind::String) return readString(p.addr);
    std::string s(p.meta, '\0');
    mem_.read(p.addr, s.data(), p.meta);
    return s;
  };
  switch (ta.kind) {
    case TypeKind::Int:
      if (!intKindSigned(ta.intKind))
        return sign(static_cast<unsigned __int128>(readIntAt(a.addr, a.type)), static_cast<unsigned __int128>(readIntAt(b.addr, b.type)));
      return sign(readIntAt(a.addr, a.type), readIntAt(b.addr, b.type));
    case TypeKind::Float: {
      double x, y;
      if (ta.isF32) {
        float fx, fy;
        mem_.read(a.addr, &fx, 4);
        mem_.read(b.addr, &fy, 4);
        x = fx;
        y = fy;
      } else {
        mem_.read(a.addr, &x, 8);
        mem_.read(b.addr, &y, 8);
      }
      if (std::isnan(x) || std::isnan(y)) return kUnordered;
      return sign(x, y);
    }
    case TypeKind::Bool: case TypeKind::Char: {
      uint32_t x = 0, y = 0;
      mem_.read(a.addr, &x, ta.kind == TypeKind::Bool ? 1 : 4);
      mem_.read(b.addr, &y, ta.kind == TypeKind::Bool ? 1 : 4);
      return sign(x, y);
    }
    case TypeKind::String: case TypeKind::Str: {
      std::string x = textOf(a, ta), y = textOf(b, tb);
      return sign(x.compare(y), 0);
    }
    case TypeKind::Vec: case TypeKind::Array: case TypeKind::Slice: {
      auto [da, la] = sequenceAt(a);
      auto [db, lb] = sequenceAt(b);
      uint64_t size = T_.layout(ta.args[0]).size;
      for (uint64_t i = 0; i < la && i < lb; ++i) {
        int c = compareValues(Place{da + i * size, ta.args[0]}, Place{db + i * size, tb.args[0]});
        if (c != 0) return c;
      }
      return sign(la, lb);
    }
    case TypeKind::VecDeque: {  // front to back, as a Vec
      uint64_t la = mem_.readU64(a.addr + DequeHeader::len), lb = mem_.readU64(b.addr + DequeHeader::len);
      for (uint64_t i = 0; i < la && i < lb; ++i) {
        int c = compareValues(Place{dequeSlot(a.addr, a.type, i), ta.args[0]}, Place{dequeSlot(b.addr, b.type, i), tb.args[0]});
        if (c != 0) return c;
      }
      return sign(la, lb);
    }
    case TypeKind::HashMap: case TypeKind::HashSet: return tablesEqual(a, b) ? 0 : 1;  // only == and != reach here
    case TypeKind::BTreeMap: case TypeKind::BTreeSet: {  // entry by entry in key order, as their iterators compare
      std::vector<std::pair<Address, Address>> ea = btreeEntries(a.addr, a.type), eb = btreeEntries(b.addr, b.type);
      bool isMap = ta.kind == TypeKind::BTreeMap;
      for (size_t i = 0; i < ea.size() && i < eb.size(); ++i) {
        int c = compareValues(Place{ea[i].first, ta.args[0]}, Place{eb[i].first, tb.args[0]});
        if (c == 0 && isMap) c = compareValues(Place{ea[i].second, ta.args[1]}, Place{eb[i].second, tb.args[1]});
        if (c != 0) return c;
      }
      return sign(ea.size(), eb.size());
    }
    case TypeKind::Option: {
      bool sa = optionIsSome(a.addr, a.type), sb = optionIsSome(b.addr, b.type);
      if (!sa || !sb) return sign(sa, sb);
      return compareValues(Place{optionPayload(a.addr, a.type), ta.args[0]}, Place{optionPayload(b.addr, b.type), tb.args[0]});
    }
    case TypeKind::Result: {
      const Layout& l = T_.layout(a.type);
      uint32_t tagA = variantAt(a.addr, a.type), tagB = variantAt(b.addr, b.type);
      if (tagA != tagB) return sign(tagA, tagB);  // Ok is 0, Err 1
      uint64_t at = l.variants[tagA].offsets[0];
      return compareValues(Place{a.addr + at, ta.args[tagA]}, Place{b.addr + at, tb.args[tagA]});
    }
    case TypeKind::Tuple: case TypeKind::Struct: case TypeKind::Range: {
      const Layout l = T_.layout(a.type);
      if (ta.kind == TypeKind::Struct && T_.structOf(a.type).stdPath == "std::cmp::Reverse")  // `other.0.partial_cmp(&self.0)`
        return compareValues(Place{b.addr + l.fields[0].offset, l.fields[0].type}, Place{a.addr + l.fields[0].offset, l.fields[0].type});
      for (const FieldLayout& f : l.fields) {
        int c = compareValues(Place{a.addr + f.offset, f.type}, Place{b.addr + f.offset, f.type});
        if (c != 0) return c;
      }
      if (ta.kind == TypeKind::Range && ta.inclusive) {  // RangeInclusive also compares its exhausted flag
        uint64_t flag = l.fields[2].offset;
        uint8_t x = 0, y = 0;
        mem_.read(a.addr + flag, &x, 1);
        mem_.read(b.addr + flag, &y, 1);
        return sign(x, y);
      }
      return 0;
    }
    case TypeKind::Enum: {  // derived: by discriminant (`A = 5` after `B = 1`), then field by field
      uint32_t va = variantAt(a.addr, a.type), vb = variantAt(b.addr, b.type);
      const std::vector<VariantInfo>& variants = T_.enumOf(a.type).variants;
      if (va != vb) return sign(variants[va].discriminant, variants[vb].discriminant);
      const std::vector<uint64_t> offsets = T_.layout(a.type).variants[va].offsets;
      const auto& fields = T_.enumOf(a.type).variants[va].fields;
      for (size_t i = 0; i < fields.size(); ++i) {
        int c = compareValues(Place{a.addr + offsets[i], fields[i].second}, Place{b.addr + offsets[i], fields[i].second});
        if (c != 0) return c;
      }
      return 0;
    }
    case TypeKind::Unit: return 0;
    case TypeKind::Ref: case TypeKind::Box: case TypeKind::Iter: case TypeKind::Stdin: case TypeKind::Never:
    case TypeKind::Var: case TypeKind::Error: case TypeKind::IoError: case TypeKind::Param: case TypeKind::Projection:
    case TypeKind::Rc: case TypeKind::Weak: case TypeKind::RcBox:
    case TypeKind::RefCell: case TypeKind::Cell: case TypeKind::CellRef: case TypeKind::CellRefMut:
    case TypeKind::HashTable: case TypeKind::MapEntry: case TypeKind::BTreeNode: case TypeKind::BTreeEntry: case TypeKind::Dyn:
    case TypeKind::Vtable: case TypeKind::FnPtr: case TypeKind::BinaryHeap:
      SH_CHECK(false, "comparing values whose type has neither PartialEq nor PartialOrd (pointers and cells are unwrapped first)");
      return 0;
  }
  return 0;
}

Value Interpreter::evalAssign(const Expr& e) {
  if (e.kind == ExprKind::CompoundAssign && static_cast<Resolved>(e.resolvedKind) == Resolved::UserFn)
    return callCompoundOperator(e);
  Value r = eval(*e.rhs);
  if (flow_ != Flow::Normal) return makeUnit();
  if (e.kind == ExprKind::Assign && e.lhs->kind == ExprKind::Tuple) {  // `(a, b) = (b, a)`: part by part
    const Layout l = T_.layout(r.type);
    for (size_t i = 0; i < e.lhs->args.size(); ++i) {
      Place p = evalPlace(*e.lhs->args[i]);
      Value part(l.fields[i].type, T_.layout(l.fields[i].type).size);
      std::memcpy(part.data(), r.data() + l.fields[i].offset, part.size());
      if ((p.slot < 0 || slots_[p.slot].initialised) && !mem_.isMovedOut(p.addr, part.size())) dropValue(p.addr, p.type);
      writePlace(p, part);
    }
    return makeUnit();
  }
  Place p = evalPlaceHolding(*e.lhs, r);
  if (e.kind == ExprKind::Assign) {
    // The old value is dropped first (after the new one is computed), then
    // overwritten; a variable declared with `let x;` has no old value.
    bool initialised = (p.slot < 0 || slots_[p.slot].initialised) && !mem_.isMovedOut(p.addr, r.size());
    if (initialised) dropValue(p.addr, p.type);
    writePlace(p, r);
    return makeUnit();
  }
  if (T_.get(p.type).kind == TypeKind::String) {
    stringAppend(p.addr, readStr(r));
    return makeUnit();
  }
  writePlace(p, arithmetic(e.binaryOp, readPlace(p, false), r, e.span));
  return makeUnit();
}

// An operator the learner's impl defines: `a + b` is `Add::add(a, b)`, `-a`
// is `Neg::neg(a)`, operands evaluated left to right and moved in.
Value Interpreter::callOperator(const Expr& e, std::vector<const Expr*> operands) {
  std::vector<Value> args;
  for (const Expr* o : operands) {
    Value v = evalHolding(*o, args);
    if (flow_ != Flow::Normal) return makeUnit();
    args.push_back(std::move(v));
  }
  return callFunction(e.resolved, std::move(args), e.span);
}

// `a += b` by the learner's impl: `AddAssign::add_assign(&mut a, b)`.
Value Interpreter::callCompoundOperator(const Expr& e) {
  Place p = evalPlace(*e.lhs);
  if (flow_ != Flow::Normal) return makeUnit();
  Value self(p_.fns[e.resolved].paramTypes[0], 8);
  self.setU64(0, p.addr);
  Value r = eval(*e.rhs);
  if (flow_ != Flow::Normal) return makeUnit();
  callFunction(e.resolved, {self, r}, e.span);
  return makeUnit();
}

// `a == b` or `a < b` by the learner's impl of PartialEq or PartialOrd:
// `eq(&a, &b)` (its answer is equal or not), or `partial_cmp(&a, &b)`
// whose Option<Ordering> is the answer (None: unordered).
int Interpreter::compareByImpl(const Expr& e) {
  const FnInfo& f = p_.fns[e.resolved];
  Place lp = evalPlace(*e.lhs);
  if (flow_ != Flow::Normal) return 0;
  Place rp = evalPlace(*e.rhs);
  if (flow_ != Flow::Normal) return 0;
  Value a(f.paramTypes[0], 8), b(f.paramTypes[1], 8);
  a.setU64(0, lp.addr);
  b.setU64(0, rp.addr);
  Value answer = callFunction(e.resolved, {a, b}, e.span);
  if (T_.get(answer.type).kind == TypeKind::Bool) return answer.data()[0] ? 0 : 1;
  return orderOfAnswer(answer);
}

Value Interpreter::evalCast(const Expr& e) {
  Value v = eval(*e.operand);
  if (flow_ != Flow::Normal) return v;
  return castValue(v, e.type);
}

// `v as T` between numbers, bool, char and field-less enums, as Rust casts:
// integers wrap, floats saturate into integers, NaN is 0.
Value Interpreter::castValue(const Value& v, TypeId target) {
  const Type& from = T_.get(v.type);
  const Type& to = T_.get(target);
  auto toDouble = [&]() -> double {
    if (from.kind == TypeKind::Float) {
      if (from.isF32) {
        float f;
        std::memcpy(&f, v.data(), 4);
        return f;
      }
      double d;
      std::memcpy(&d, v.data(), 8);
      return d;
    }
    if (from.kind == TypeKind::Int && !intKindSigned(from.intKind)) return static_cast<double>(static_cast<unsigned __int128>(readInt(v)));
    if (from.kind == TypeKind::Bool) return v.data()[0];
    return static_cast<double>(readInt(v));
  };
  if (to.kind == TypeKind::Float) {
    Value out(target, to.isF32 ? 4 : 8);
    double d = toDouble();
    if (to.isF32) {
      float f = static_cast<float>(d);
      std::memcpy(out.data(), &f, 4);
    } else {
      std::memcpy(out.data(), &d, 8);
    }
    return out;
  }
  if (to.kind == TypeKind::Char) {
    Value out(target, 4);
    out.data()[0] = v.data()[0];
    return out;
  }
  if (to.kind != TypeKind::Int) return Value(v);
  if (from.kind == TypeKind::Float) {  // float to int saturates; NaN becomes 0
    double d = toDouble();
    unsigned bits = intKindBytes(to.intKind) * 8;
    bool isSigned = intKindSigned(to.intKind);
    long double lo = isSigned ? -std::ldexp(1.0L, static_cast<int>(bits) - 1) : 0;
    long double hi = isSigned ? std::ldexp(1.0L, static_cast<int>(bits) - 1) - 1 : std::ldexp(1.0L, static_cast<int>(bits)) - 1;
    if (std::isnan(d)) return makeInt(target, 0);
    long double t = std::trunc(static_cast<long double>(d));
    if (t < lo) t = lo;
    if (t > hi) t = hi;
    if (!isSigned && bits == 128 && t >= std::ldexp(1.0L, 127))
      return makeInt(target, static_cast<__int128>(static_cast<unsigned __int128>(t)));
    return makeInt(target, static_cast<__int128>(t));
  }
  if (from.kind == TypeKind::Enum)  // a field-less enum casts to its discriminant
    return makeInt(target, T_.enumOf(v.type).variants[variantOfValue(v)].discriminant);
  __int128 x = from.kind == TypeKind::Bool ? v.data()[0] : from.kind == TypeKind::Char ? static_cast<__int128>(v.u64() & 0xFFFFFFFF) : readInt(v);
  return makeInt(target, x);
}

}  // namespace sh
