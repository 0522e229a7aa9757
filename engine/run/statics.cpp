// Constants and statics at run time.
//
// rustc works every constant and static out while compiling; here that
// happens as main is called, before its first statement, so the first step
// of a program with statics shows them arriving in the static region. A
// static is a place: its bytes are written there once and it is never
// dropped. A constant is a value with no address of its own: it is worked
// out once and each use gets a fresh copy of its bytes (which can own no
// heap memory: allocating is not allowed in a constant, so copying the bytes
// is exactly what rustc's inlining of the value does).
//
// A `&` in an initializer borrows data that must live as long as the
// program (`static NAMES: &[&str] = &["a", "b"];`), so while an initializer
// runs, the temporaries it makes are put in the static region too.
#include <algorithm>

#include "check/promotion.h"
#include "run/interpreter.h"

namespace sh {

void Interpreter::placeStatics() {
  const auto& items = p_.consts;
  constState_.assign(items.size(), ItemState::Pending);
  constValues_.assign(items.size(), Value());
  staticAddrs_.assign(items.size(), 0);
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].isStatic) continue;
    const Layout& l = T_.layout(items[i].type);
    staticAddrs_[i] = mem_.reserveStatic(l.size, l.align);
    EventInfo e;
    e.kind = EventKind::Static;
    e.id = static_cast<int32_t>(i);
    e.type = items[i].type;
    e.addr = staticAddrs_[i];
    e.size = l.size;
    e.text = trace_.intern(items[i].name);
    trace_.add(e);
  }
  for (size_t i = 0; i < items.size(); ++i)
    if (items[i].trait < 0) constValue(static_cast<int32_t>(i));  // a trait's declaration is only named by generic code
  placeVtables();
}

// Every vtable the program's coercions make, as rustc emits them into
// read-only data: the drop glue's address (null when the type needs none),
// the size and the alignment, then each method's function. A function's
// address is kCodeBase plus 16 per function, numbered as the vtables first
// name them; the code itself is not in the simulated memory.
void Interpreter::placeVtables() {
  std::vector<std::string> code;  // functions by address order
  auto addressOf = [&](const std::string& fn) {
    auto it = std::find(code.begin(), code.end(), fn);
    if (it == code.end()) it = code.insert(code.end(), fn);
    return kCodeBase + 16 * static_cast<Address>(it - code.begin());
  };
  vtableAddrs_.clear();
  for (const VtableInfo& vt : p_.vtables) {
    const Layout& l = T_.layout(vt.type);
    const Layout& concrete = T_.layout(vt.concrete);
    Address at = mem_.reserveStatic(l.size, l.align);
    vtableAddrs_.push_back(at);
    EventInfo e;
    e.kind = EventKind::Static;
    e.type = vt.type;
    e.addr = at;
    e.size = l.size;
    e.text = trace_.intern(vt.name);
    trace_.add(e);
    std::vector<uint64_t> words{T_.needsDrop(vt.concrete) ? addressOf("drop_in_place::<" + T_.name(vt.concrete) + ">") : 0,
                                concrete.size, concrete.align};
    for (const std::string& fn : vt.fnNames) words.push_back(addressOf(fn));
    mem_.write(at, words.data(), 8 * words.size());
  }
}

// A trait object's place as the value it is: the concrete type its vtable is for.
Place Interpreter::concretePlace(const Place& p) const {
  if (T_.get(p.type).kind != TypeKind::Dyn) return p;
  return Place{p.addr, p_.vtables[static_cast<size_t>(vtableAt(p.meta))].concrete, p.slot, p.offset, 0};
}

Address Interpreter::vtableAddress(TypeId concrete, TypeId dyn) const {
  auto it = p_.vtableIndex.find({concrete, dyn});
  SH_CHECK(it != p_.vtableIndex.end(), "a coercion to a trait object whose vtable the checker did not make");
  return vtableAddrs_[static_cast<size_t>(it->second)];
}

// A function made a `fn` pointer sits at its place in Checked::fnPointers.
Address Interpreter::fnPointerAddress(int32_t fn) const {
  auto it = std::find(p_.fnPointers.begin(), p_.fnPointers.end(), fn);
  SH_CHECK(it != p_.fnPointers.end(), "a function made a `fn` pointer that the checker did not record");
  return kFnPointerBase + 16 * static_cast<Address>(it - p_.fnPointers.begin());
}

// Calls the function a `fn` pointer holds. A closure capturing nothing
// still takes its (zero-sized) environment by reference: a dangling one,
// as Rust's pointer to a zero-sized value is.
Value Interpreter::callFnPointer(Address at, std::vector<Value> args, Span span) {
  SH_CHECK(at >= kFnPointerBase && (at - kFnPointerBase) % 16 == 0 && (at - kFnPointerBase) / 16 < p_.fnPointers.size(),
           "a `fn` pointer that points at no function");
  int32_t fn = p_.fnPointers[(at - kFnPointerBase) / 16];
  const FnInfo& f = p_.fns[fn];
  if (f.closure >= 0) {
    Value env(f.paramTypes[0], 8);
    env.setU64(0, 1);
    args.insert(args.begin(), std::move(env));
  }
  return callFunction(fn, std::move(args), span);
}

int32_t Interpreter::vtableAt(Address vtable) const {
  auto it = std::find(vtableAddrs_.begin(), vtableAddrs_.end(), vtable);
  SH_CHECK(it != vtableAddrs_.end(), "a trait object whose vtable pointer points at no vtable");
  return static_cast<int32_t>(it - vtableAddrs_.begin());
}

// A constant's value; for a static, the value its place was given.
const Value& Interpreter::constValue(int32_t index) {
  if (constState_[index] == ItemState::Ready) return constValues_[index];
  SH_CHECK(constState_[index] == ItemState::Pending, "a constant whose value needs itself (the checker rejects it: E0391)");
  constState_[index] = ItemState::Evaluating;
  const ConstInfo& item = p_.consts[index];
  bool outer = evaluatingConstant_;
  evaluatingConstant_ = true;
  Value v = eval(*item.decl->init);
  evaluatingConstant_ = outer;
  if (item.isStatic) mem_.write(staticAddrs_[index], v.data(), v.size());
  constValues_[index] = std::move(v);
  constState_[index] = ItemState::Ready;
  return constValues_[index];
}

// A static's place, its value written first if an initializer asks for it
// before its turn (`static B: i32 = A + 1;` above `static A`).
Address Interpreter::staticAddress(int32_t index) {
  constValue(index);
  return staticAddrs_[index];
}

// `&MAX`: rustc promotes a borrowed constant that owns nothing to the static
// region, so the reference may live as long as the program. Its copy is put
// there the first time it is borrowed.
Address Interpreter::promotedConstant(int32_t index) {
  if (staticAddrs_[index] == 0) staticAddrs_[index] = placeInStaticRegion(constValue(index));
  return staticAddrs_[index];
}

// `&5`, `v.push(&7)`, `[1, 2, 3].iter()`: a shared borrow of a temporary
// rustc promotes (check/promotion.h) borrows a static made once per site,
// so the reference outlives the statement and the function, as in rustc.
void Interpreter::notePromotedTemporary(const Expr& borrowed) {
  const Expr* temporary = temporaryUnder(T_, borrowed);
  if (temporary && promotesWhenBorrowed(T_, *temporary, false)) promoted_.try_emplace(temporary, 0);
}

// The place of a promoted temporary, its value placed in the static region
// the first time the site runs; nullopt for any other temporary.
std::optional<Place> Interpreter::promotedTemporary(const Expr& e) {
  auto site = promoted_.find(&e);
  if (site == promoted_.end()) return std::nullopt;
  if (site->second == 0) {
    Value v = eval(e);
    site->second = placeInStaticRegion(v);
  }
  return Place{site->second, e.type, -1, 0, 0};
}

// A temporary of an initializer: data in the static region that lives as
// long as the program (shown without a name).
Address Interpreter::placeInStaticRegion(const Value& v) {
  const Layout& l = T_.layout(v.type);
  Address at = mem_.reserveStatic(l.size, l.align);
  EventInfo e;
  e.kind = EventKind::Static;
  e.type = v.type;
  e.addr = at;
  e.size = l.size;
  e.text = trace_.intern("");
  trace_.add(e);
  mem_.write(at, v.data(), v.size());
  return at;
}

}  // namespace sh
