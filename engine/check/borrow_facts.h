// What the borrow checker records about a function (check/borrows.cpp),
// shared with the rules on lifetimes that cross a function's boundary
// (check/borrow_lifetimes.cpp): the borrows made, who holds them, where
// variables are used, and the small questions both ask of a place.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "check/checker.h"
#include "check/pattern_parts.h"

namespace sh::borrowck {

// ReadWrite: `x += 1`. Reserve: a method's `&mut self` taken before its
// arguments are evaluated (a two-phase borrow): in conflict only with a
// `&mut` still in use, as rustc reserves it.
enum class Access { Read, Write, ReadWrite, Move, Shared, Mutable, Reserve };

// Which lifetimes of a value's type (check/borrow_slots.cpp) hold a borrow:
// bit i for the type's i-th lifetime position.
using SlotMask = uint64_t;
inline constexpr SlotMask kEverySlot = ~SlotMask{0};

struct Holder {
  int32_t local;
  uint32_t since;  // the point where the variable took the borrow (a later `x = ...` may end it: BorrowChecker::holdsOnTheWay)
  SlotMask slots = kEverySlot;  // under which lifetimes of the variable's type
  bool approximate = false;     // those came from a value not taken apart (check/borrow_slots.cpp)
};

// Under which lifetimes of a value's type a borrow is, and whether that is
// only what a value not taken apart may hold.
struct HeldUnder {
  SlotMask slots = 0;
  bool approximate = false;
};

struct Borrow {
  int32_t local = -1;     // the variable borrowed
  std::string path;       // the field borrowed ("" for all of it)
  bool isMut = false;
  Span span;              // where the borrow is made
  Span capturedAt;        // a closure's capture: the use in its body (E0597's span), else empty
  uint32_t point = 0;
  std::vector<Holder> holders;  // variables that hold the reference
  bool vecElement = false;      // borrows into a Vec's heap buffer (`&v[0]`, `v.first()`)
  // A borrow no variable holds but that lives on for a while: a `for` loop's
  // `&v` (to the loop's end), an argument's `&x` (to the call), the `&mut v`
  // of `v.swap(..)` (through its arguments).
  uint32_t liveThrough = 0;
  Span liveSpan;          // what keeps it alive, for the "later used here" label
  // A borrow of a temporary (local is -1): the temporary is freed at the end
  // of its statement (`freedAt`, the `;` at `freedSpan`) unless its `let`
  // extended it, and a holder used after that is E0716.
  bool temporary = false;
  bool extended = false;  // a temporary its `let` extends to the block's end: no statement frees it
  uint32_t freedAt = 0;
  Span freedSpan;
  bool sealed = false;  // made in an argument the call's result does not borrow from
  int32_t param = -1;   // the caller's borrow a parameter holds (with its lifetimes), not one made here
  int32_t closureParam = -1;  // the caller's-only borrow a closure's parameter holds (check/closure_edges.cpp)
  std::string paramLifetime;  // ... under this one of them (held in its slot), or "" for all of them
  Alternatives alternatives;  // made by a `ref` binding in an or-pattern's alternative
  bool twoPhase = false;      // a `&mut self` method's receiver reserved while its arguments run: reads may share it
  // Handed on to the function's result on some path: NLL's region outlives
  // the body, so it is live wherever the run may go from where it was made.
  bool returned = false;
  bool onlyThroughArguments = false;  // liveThrough reaches only its call's arguments: what the call makes may hold it on
  std::string shown;  // rustc's name of a place its path cannot say (builtinIndexName), else ""
};

struct AccessRecord {
  Access kind;
  int32_t local;
  std::string path;
  Span span;
  uint32_t point;
  int32_t ownBorrow = -1;  // the borrow this access itself creates
  std::string what;        // for messages: "v.push(4)", or the variable's name
  Alternatives alternatives;  // made by a pattern's part in an or-pattern's alternative
  std::string shown;  // rustc's name of a place its path cannot say (builtinIndexName), else ""
};

struct Use {
  int32_t local;
  uint32_t point;
  Span span;
  bool sealed = false;  // read by an argument the call's result does not borrow from: it hands nothing on
  // The drop at its scope's end of a variable moved out before it: on every
  // path (Certain), or on some (Maybe: it happens or not as the run goes,
  // which the checker does not follow). rustc still counts either against
  // a variable dying before it (E0597, measured), not against an access.
  enum class Moved : uint8_t { Never, Maybe, Certain } moved = Moved::Never;
};

struct LoopRange {
  uint32_t start, end;
};

// A loop's body or one branch of an `if` or `match`, as walked: a way may
// pass one by, and with it an `x = ...` inside (check/borrow_ways.cpp).
struct Region {
  enum class Kind : uint8_t {
    MaybeNever,  // a `for` or `while` body: it may run no time
    UntilBreak,  // a `loop` body: it runs on to a `break`, its only way out
    Labeled,     // a labeled block: it runs to its end or a `break`
    Branch,      // one branch of an `if` or `match`, of which one runs
  };
  Kind kind;
  uint32_t start = 0, end = 0;
  int32_t parent = -1;  // the region around it, or -1
  int32_t set = -1;     // a Branch: its `if` or `match` (its siblings share it)
  std::string label;    // a loop's or labeled block's label, without the quote
  bool leaves = false;  // a Branch whose every way ends in a `return`, `break`, `continue` or panic
  bool contains(uint32_t p) const { return start <= p && p <= end; }
};

// A `break` or `continue`: where, and the loop or labeled block it leaves
// or goes round (-1 when none is open: rustc's error, not this walk's).
struct Jump {
  uint32_t point;
  int32_t target;
  bool isContinue;
};

// `x = ...` of a variable holding borrows: where, and in which region.
struct Reassignment {
  int32_t local;
  uint32_t point;
  int32_t region;
};

struct ScopeEnd {
  int32_t local;
  uint32_t point;
  Span span;  // the closing brace
};

inline bool heldBy(const Borrow& b, int32_t local) {
  for (const Holder& h : b.holders)
    if (h.local == local) return true;
  return false;
}

bool isRefLocal(const TypeTable& T, const FnInfo& fn, int32_t local);

// The variable a place expression is rooted in, with the field path, or -1.
// Indexing goes into the whole variable (`v[0]` borrows `v`).
int32_t placeRoot(const TypeTable& T, const FnInfo& fn, const Expr& e, std::string* path, bool* throughIndex = nullptr);
// A closure body's variable standing for a place its closure borrows (not
// one moved in): what it points at outlives the body, as a reference's does.
bool capturedByReference(const Checked& p, const FnInfo& fn, int32_t local);

// The locals a pattern binds.
void bindings(const Pattern& p, std::vector<int32_t>& out);

// Whether a value of a type may hold a reference (a `&T`, a struct with a
// `&'a str` field, a Vec of them), remembered per type. A trait object
// holds one only in a function that boxes a value holding references into
// one (FnInfo::objectsHoldBorrows): elsewhere every object is `'static`.
class ReferenceTypes {
 public:
  explicit ReferenceTypes(const TypeTable& T) : T_(T) {}
  bool holds(TypeId t) const;
  // Returns whether that changed what `holds` answers.
  bool letObjectsHoldBorrows(bool objects) {
    if (objects == objects_) return false;
    objects_ = objects;
    known_.clear();
    return true;
  }

 private:
  bool holdsThroughArguments(const Type& ty) const;
  const TypeTable& T_;
  bool objects_ = false;
  mutable std::unordered_map<TypeId, bool> known_;
};

// The lifetime positions of types (check/borrow_slots.cpp): how many a
// type has, and which of a whole's a part's are.
class LifetimeSlots {
 public:
  LifetimeSlots(const TypeTable& T, const ReferenceTypes& refs) : T_(T), refs_(refs) {}
  size_t count(TypeId t) const;
  SlotMask all(TypeId t) const;
  std::vector<SlotMask> identity(TypeId t) const;
  // For the part of a `t` at `path` (check/pattern_parts.h), each of the
  // part's slots as the mask of t's slots it may be.
  std::vector<SlotMask> partOf(TypeId t, const std::string& path) const;
  // The type of that part, or kNoType where it is not taken apart.
  TypeId partType(TypeId t, const std::string& path) const;
  // A struct's or variant's field `field` (null: not known) of type
  // `fieldType`, inside a value whose slots are `parent` in some whole.
  std::vector<SlotMask> fieldOfItem(const Generics& g, const std::vector<TypeId>& args, const StructField* field, TypeId fieldType,
                                    const std::vector<SlotMask>& parent) const;
  // The part's slots that hold what the whole holds under `held`.
  static SlotMask narrow(const std::vector<SlotMask>& part, SlotMask held);
  static size_t lifetimeParamCount(const Generics& g);
  // The slots of `t`, written as `written`, where it names a lifetime that
  // `named` accepts (`&[&'static str]`: the element's, not the slice's);
  // every slot where the written type's lifetimes do not line up with t's.
  SlotMask namedSlots(const TypeExpr& written, TypeId t, const std::function<bool(const std::string&)>& named) const;
  void forget() { counts_.clear(); }  // once what ReferenceTypes answers changed

 private:
  bool stepInto(TypeId& t, const std::string& variant, const std::string& step, std::vector<SlotMask>& map) const;
  bool walkPath(TypeId& t, const std::string& path, std::vector<SlotMask>& map) const;
  const TypeTable& T_;
  const ReferenceTypes& refs_;
  mutable std::unordered_map<TypeId, size_t> counts_;
};

// A place read through references (`p.x` with `p: &Pair`): its variable,
// and the path with a `*` for each reference gone through, or -1.
int32_t placeThroughReferences(const Expr& e, std::string* path);

// What a value just made holds, and under which of its holder's slots:
// taken apart through tuples, arrays, struct and variant literals, `&` of a
// place and parts of variables; anything else holds everything it made or
// read, under every slot (check/borrow_slots.cpp).
struct HoldingsQuery {
  const Checked& p;
  const TypeTable& T;
  const FnInfo& fn;
  const LifetimeSlots& slots;
  const std::vector<Borrow>& borrows;
  const std::vector<Use>& uses;
  size_t firstBorrow, firstUse;  // what the value's evaluation made and read
  int32_t holder;
};

class ValueHoldings {
 public:
  explicit ValueHoldings(const HoldingsQuery& q) : q_(q) {}
  void collect(const Expr& e, const std::vector<SlotMask>& into);
  void collectValue(const Expr& e, const std::vector<SlotMask>& into);
  std::unordered_map<size_t, SlotMask> out;  // borrow index -> the holder's slots
  std::unordered_set<size_t> approximate;    // borrows some part not taken apart holds, under all its slots
  std::unordered_set<int32_t> read;          // the variables whose borrows were looked at

 private:
  std::vector<SlotMask> fieldInto(const Type& ty, const Expr& e, const std::string& name, TypeId fieldType,
                                  const std::vector<SlotMask>& into) const;
  void fromPlace(int32_t root, const std::string& path, const std::vector<SlotMask>& into);
  void fromCall(const Expr& e, const FnInfo& callee, const std::vector<SlotMask>& into);
  void fromReceiver(const Expr& call, const std::vector<SlotMask>& into);
  bool fromProjectingClosure(const Expr& call, const std::vector<SlotMask>& into);
  bool fromStdReferenceIntoReceiver(const Expr& call, const std::vector<SlotMask>& into);
  void fallback(const Expr& e, SlotMask mask);
  HoldingsQuery q_;
};

// The user function a call or a method call runs (through a trait object:
// the trait's declaration of it), or null (a std one).
const FnInfo* calleeOf(const Checked& p, const Expr& call);
// Whether a call's result may borrow from its argument for parameter
// `param` (`self` first): they share a lifetime.
bool argumentFlows(const FnInfo& callee, size_t param);
// Whether the argument for parameter `param` must live for the whole run:
// one of the parameter's lifetimes is `'static` or outlives it by a bound
// (`x: &'static str`, `t: T` with `T: 'static`).
bool requiresStatic(const FnInfo& callee, size_t param);
// Whether it borrows only what that argument's reference points at holds
// (its inner lifetimes), not the place the reference points at.
bool onlyInnerFlows(const FnInfo& callee, size_t param);
// Whether a std function's result may hold the borrow its argument for
// `param` makes itself (`&x`, `&mut x`): only when the result is a reference
// (`Rc::get_mut`); `mem::replace(&mut x, v)` hands on what x held, never a
// borrow of x. A std call's other arguments (`Some(r)`) flow whole.
bool stdArgumentBorrowFlows(const Expr& call, size_t param);
// Std methods whose result borrows what the receiver borrows, never the
// receiver itself: an iterator's `&mut self` methods (next, find, ...)
// return items, `clone` returns a new value of the receiver's type, and
// a result whose type names no reference, iterator, entry or guard
// (`pop`'s `Option<T>`, `remove`'s `T`) moves an element out.
bool borrowsOnlyWhatSelfHolds(const Expr& call);
// Whether a method call's result borrows the receiver's place (a user
// method's by its signature).
bool resultBorrowsReceiver(const Checked& p, const Expr& call);
bool consumedItemsBorrowNothing(const Checked& p, const Expr& call);
// Where rustc points an error about a returned value (E0515, E0621): the
// value, or the part of it that `offends` and rustc names instead.
const Expr& returnSite(const TypeTable& T, const Expr& e, const std::function<bool(const Expr&)>& offends);

// What a value hands on (LifetimeRules::flowInto).
struct Flows {
  bool wantOwned = false;  // tell the borrows of this function's own variables apart (`owned`, `borrowedValues`)
  std::vector<std::pair<int32_t, Span>> readers;  // variables whose borrows it hands on
  std::vector<int32_t> readThrough;               // readers read through a reference they hold (`r.part`): what it points at holds
  std::vector<std::pair<int32_t, Span>> owned;    // variables it borrows itself, with the borrow's span
  std::vector<int32_t> capturesBorrowed;          // in a closure: the captures taken by reference whose place it borrows
  std::vector<std::pair<const Expr*, bool>> borrowedValues;  // values it borrows that are no variable's place (temporaries?), and whether `&mut`
};

// The rules on lifetimes at a function's edges: each parameter with
// lifetimes holds a borrow of the caller's; the function may return it, or
// store it through another parameter, only under a lifetime it has (E0621,
// or "lifetime may not live long enough"), and may not store a borrow of its
// own variables where the caller will read it (E0597).
class LifetimeRules {
 public:
  LifetimeRules(const Checked& p, const SourceFile& file, const ReferenceTypes& refs) : p_(p), T_(p.types), file_(file), refs_(refs) {}
  void setFunction(const FnInfo& fn) { fn_ = &fn; }
  void holdParameterBorrows(const FnInfo& fn, std::vector<Borrow>& borrows, const LifetimeSlots& slots) const;
  void requireReturnLifetimes(const Expr& value, const std::vector<Borrow>& borrows, const std::vector<Use>& uses,
                              const LifetimeSlots& slots) const;
  void requireStoreLifetimes(const Expr& place, const Expr& value, Span at, const std::vector<Borrow>& borrows,
                             const LifetimeSlots& slots) const;
  void flowInto(const Expr& e, Flows& out, bool throughRef = false) const;
  // At a closure's edges (check/closure_edges.cpp).
  void holdClosureParameterBorrows(const FnInfo& fn, std::vector<Borrow>& borrows) const;
  void requireStaysInClosure(const Expr& place, const Expr& value, Span at, bool assigns, const std::vector<Borrow>& borrows) const;
  void requireClosureReturnOwnsNothing(const Expr& value, const std::vector<Borrow>& borrows) const;

 private:
  void flowIntoBorrow(const Expr& place, bool mut, Span at, Flows& out) const;
  bool borrowsReceiverInPlace(const Expr& call) const;
  std::vector<std::pair<const Borrow*, Span>> parameterBorrowsIn(const Expr& value, const std::vector<Borrow>& borrows) const;
  bool hasLifetimeIn(int32_t param, const std::vector<std::string>& wanted) const;
  bool hasLifetimeIn(const Borrow& b, const std::vector<std::string>& wanted) const;
  std::vector<std::string> storedUnder(const Expr& place, const Borrow& target, const LifetimeSlots& slots) const;
  const Borrow* outsideResult(const Expr& part, const std::vector<Borrow>& borrows, const std::vector<Use>& uses,
                              const LifetimeSlots& slots) const;
  std::string parameterName(int32_t param) const;
  [[noreturn]] void reportLifetime(int32_t param, const std::vector<std::string>& wanted, Span at) const;
  [[noreturn]] void reportEscapeFromClosure(int32_t captured, const Borrow& b, Span at) const;
  bool isRefLocal(int32_t local) const { return borrowck::isRefLocal(T_, *fn_, local); }

  const Checked& p_;
  const TypeTable& T_;
  const SourceFile& file_;
  const ReferenceTypes& refs_;
  const FnInfo* fn_ = nullptr;
};

}  // namespace sh::borrowck
