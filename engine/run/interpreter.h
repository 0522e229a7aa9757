// The interpreter: runs a checked program over simulated memory and records
// every step into the trace.
//
// It walks the checked syntax tree directly. Every value lives in simulated
// memory as the bytes compiled Rust would hold (run/memory.h), so evaluation
// works on places (an address and a type) and on Values (bytes and a type)
// read from them. Control flow (break, continue, return) is a flag checked
// after each sub-evaluation rather than a C++ exception, because loops run
// hot; panics, which unwind the stack, and limits, which end the run, are
// exceptions.
//
// Split by topic: interpreter.cpp (statements, scopes, calls, drops, steps),
// eval.cpp (expressions), control.cpp (loops, match, patterns), calls.cpp
// (calls), unwind.cpp (a panic's unwinding), printing.cpp (formatting
// values), and std/ (the standard library, one file per area); the sentence
// per step is show/narrate.cpp.
#pragma once

#include <cstring>
#include <functional>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "base/siphash.h"
#include "check/checker.h"
#include "run/item_stream.h"
#include "run/memory.h"
#include "run/options.h"

namespace sh {

// A value: the bytes of one Rust value and its type. Small values (every
// scalar, String, Vec, references) stay inline.
//
// Values are made, copied and moved at every step, so only the inline words
// a value uses are cleared and copied, one word at a time: as a 32-byte
// array they were a call to memcpy or memset in the size-optimised wasm
// build on every move, a third of a loop's run time there. The bytes of the
// last word past the size are zero, as a Value(type, size) starts.
class Value {
 public:
  Value() { clearInline(); }
  Value(TypeId type, uint64_t size) : type(type), size_(size) {
    clearInline();
    if (size > kInline) big_.assign(size, 0);
  }
  Value(const Value& o) : type(o.type), size_(o.size_), big_(o.big_) { copyInline(o); }
  Value(Value&& o) noexcept : type(o.type), size_(o.size_), big_(std::move(o.big_)) { copyInline(o); }
  Value& operator=(const Value& o) {
    type = o.type;
    size_ = o.size_;
    big_ = o.big_;
    copyInline(o);
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    type = o.type;
    size_ = o.size_;
    big_ = std::move(o.big_);
    copyInline(o);
    return *this;
  }
  TypeId type = kNoType;
  uint64_t size() const { return size_; }
  uint8_t* data() { return size_ > kInline ? big_.data() : reinterpret_cast<uint8_t*>(words_); }
  const uint8_t* data() const { return size_ > kInline ? big_.data() : reinterpret_cast<const uint8_t*>(words_); }
  uint64_t u64(uint64_t offset = 0) const {
    uint64_t v = 0;
    std::memcpy(&v, data() + offset, 8);
    return v;
  }
  void setU64(uint64_t offset, uint64_t v) { std::memcpy(data() + offset, &v, 8); }

 private:
  static constexpr uint64_t kInline = 32;
  // The inline words in use: one at least, so a zero-sized value reads as zeros.
  uint64_t usedWords() const { return size_ > kInline ? 0 : size_ <= 8 ? 1 : (size_ + 7) / 8; }
  void clearInline() {
    switch (usedWords()) {
      case 4: words_[3] = 0; [[fallthrough]];
      case 3: words_[2] = 0; [[fallthrough]];
      case 2: words_[1] = 0; [[fallthrough]];
      case 1: words_[0] = 0; break;
      default: break;
    }
  }
  void copyInline(const Value& o) {
    switch (usedWords()) {
      case 4: words_[3] = o.words_[3]; [[fallthrough]];
      case 3: words_[2] = o.words_[2]; [[fallthrough]];
      case 2: words_[1] = o.words_[1]; [[fallthrough]];
      case 1: words_[0] = o.words_[0]; break;
      default: break;
    }
  }
  uint64_t size_ = 0;
  alignas(16) uint64_t words_[kInline / 8];
  std::vector<uint8_t> big_;
};

struct Place {
  Address addr = 0;
  TypeId type = kNoType;
  int32_t slot = -1;     // the stack slot the place lies in, when it is a local or part of one
  uint64_t offset = 0;   // offset of the place inside that slot
  uint64_t meta = 0;     // str and slice places: their length
};

// Where std reports a panic that happens inside its own code (a file of
// std's source and a line:col in it, run/std/std_locations.def); `file` is
// null for a panic reported in the learner's file.
struct StdLocation {
  const char* file = nullptr;
  LineCol at;
};

// A panic of the learner's program, with Rust's message and location: the
// span of what panicked (the step the page shows), and where Rust reports
// it when that is inside std rather than at the span.
struct Panic {
  std::string message;
  Span span;
  StdLocation inStd;
  Span location = {};  // where Rust reports it: the span, or a #[track_caller] function's call (startUnwinding)
  bool reported = false;  // its step and report are recorded (Interpreter::startUnwinding)
};

// A destructor panicked while a panic was unwinding: once that second
// panic has unwound the destructor's own frame and the rest of its value,
// Rust aborts the process (run/unwind.cpp).
struct PanicInCleanup {};

struct BudgetExhausted {};

// Where core's binary search over a slice ended: found, or the index the
// wanted element would be inserted at.
struct SliceSearch {
  bool found;
  uint64_t index;
};

// RawVec's smallest capacity once it allocates: 8 for bytes, 4 up to 1 KiB elements, else 1.
uint64_t minNonZeroCap(uint64_t elemSize);

// std::process::exit was called: the run ends with that status, unwinding nothing.
struct ProcessExit {
  int status = 0;
};

struct RtSlot {
  int32_t id = -1;
  int32_t local = -1;
  std::string name;
  TypeId type = kNoType;
  Address addr = 0;
  uint64_t size = 0;
  bool moved = false;                                  // moved out as a whole
  bool hidden = false;                                 // a temporary: in memory, not shown as a variable
  bool alias = false;                                  // a closure's capture: another slot's place, by name
  bool initialised = false;                            // has held a value (`let x;` starts without one)
  bool heldArgument = false;                           // hidden: an argument a parameter's pattern takes apart
};

struct RtFrame {
  int32_t id = -1;
  int32_t fn = -1;
  Span call;  // where the call that made it is reported (Interpreter::callFunction's location)
  Address base = 0;
  std::vector<int32_t> localSlot;  // per local of the function: its slot id, or -1
  std::vector<int32_t> slots;      // slot ids in declaration order (live ones)
  std::vector<size_t> scopeMarks;  // slots.size() at each open scope
  std::vector<Address> scopeSp;    // stack pointer at each open scope
  // While a `let` initializer runs: the slots reserved for its extended
  // temporaries (Stmt::extendedTemporaries), which evalPlace fills.
  std::vector<std::pair<const Expr*, int32_t>> extendedSlots;
};

enum class Flow : uint8_t { Normal, Break, Continue, Return };

// The name an extended temporary's slot is shown with: no variable can have it.
inline constexpr const char* kTemporarySlotName = "(temporary)";

// What a function of the standard library is given (engine/run/std/): the
// call, its evaluated arguments and, for a method, its receiver.
// How a debug builder writes an entry (run/std/formatter.cpp): under
// `{:#?}` the opener before the first; otherwise `first` before the first
// and `next` before each other.
struct DebugEntryWords {
  std::string_view prettyOpener, first, next;
  const char* counter;  // the builder's field that counts or flags its entries
};

struct StdCall {
  explicit StdCall(const Expr& call) : call(call) {}
  const Expr& call;
  std::vector<Value> args;
  Place recv;                // a method's receiver, after auto-deref
  Value self;                // the receiver as its row takes it: moved out, or a `&`/`&mut` to recv
  std::vector<Value> items;  // an iterator's source: the items it yields (run/std/iter.cpp)
  std::unique_ptr<ItemStream> stream;  // an adapter's or a consumer's: the iterator it is called on; an adapter's out
  std::unique_ptr<ItemStream> otherStream;  // zip's and chain's argument
  HeldCallable* fn = nullptr;               // a consumer's closure, while it runs
};

// A BTreeMap or BTreeSet taken apart (run/std/btree.cpp): its entries moved
// out in key order (a map's as (K, V) tuples), and the nodes to free before
// each entry and after the last, as std's IntoIter frees them.
struct BTreeTeardown {
  std::vector<Value> items;
  std::vector<std::vector<Address>> freesBefore;
};

class Interpreter {
 public:
  Interpreter(const Checked& program, const SourceFile& file, Trace& trace, const RunOptions& options);
  // Runs main to its end. Throws Panic, BudgetExhausted, StackExhausted or OutOfMemory.
  void runMain();
  bool mainReturnedError() const { return mainReturnedError_; }  // main returned Err: exit code 1
  const std::string& stdoutText() const { return stdout_; }
  const std::string& stderrText() const { return stderr_; }
  Memory& memory() { return mem_; }

  // ---- used across the interpreter's files
  const TypeTable& types() const { return T_; }
  const Checked& program() const { return p_; }
  const SourceFile& file() const { return file_; }

  // steps (interpreter.cpp)
  void beginStep(StepKind kind, Span span);
  void beginStepIgnoringBudget(StepKind kind, Span span);
  void note(NoteKind kind);
  void noteCopy(const Expr& init);
  void flushPendingDrops();
  void print(const std::string& text, bool toStderr = false);

  // constants and statics (statics.cpp)
  void placeStatics();
  const Value& constValue(int32_t index);
  Address staticAddress(int32_t index);
  Address promotedConstant(int32_t index);
  void notePromotedTemporary(const Expr& borrowed);
  std::optional<Place> promotedTemporary(const Expr& e);
  Address placeInStaticRegion(const Value& v);
  void placeVtables();
  Address vtableAddress(TypeId concrete, TypeId dyn) const;
  Address fnPointerAddress(int32_t fn) const;
  Value callFnPointer(Address at, std::vector<Value> args, Span span);
  int32_t vtableAt(Address vtable) const;
  Place concretePlace(const Place& p) const;

  // statements and calls (interpreter.cpp)
  // `location`: where a #[track_caller] callee's panics are reported (a
  // method call's name), when that is not the call's span.
  Value callFunction(int32_t fn, std::vector<Value> args, Span callSpan, Span location = {});
  void reportMainResult(const Value& returned, Span body);
  Value callValue(const Expr& e);                                   // run/closures.cpp
  void bindClosureEnvironment(const FnInfo& fn, const Value& env);
  void declareAlias(int32_t local, const std::string& name, TypeId type, Address addr);
  int32_t newSlotId();
  void execBlockBody(const Block& b, Value* result);
  Value evalBlock(const Block& b);
  Value evalAndReleaseTemporaries(const Expr& e);
  void dropValue(Address addr, TypeId type);
  void dropTemporariesDownTo(size_t mark);
  template <typename Evaluate> Value evalDroppingItsTemporaries(Evaluate evaluate);
  void dropValueNow(Value v);
  void runDestructor(Address addr, TypeId type);
  int32_t declareSlot(int32_t local, const std::string& name, TypeId type, bool hidden = false);
  int32_t declareSlotHolding(int32_t local, const std::string& name, const Value& v, bool hidden = false);
  Address materialize(Value v);
  Address holdInScratch(const Value& v);
  void markMoved(const Place& place);
  RtSlot& slot(int32_t id) { return slots_[id]; }

  // expressions (eval.cpp)
  Value eval(const Expr& e);
  Value evalInner(const Expr& e);
  Value applyCoercion(const Expr& e, Value v);
  Place deref(const Place& pointer);
  Place followDerefs(Place p, int count);
  Value evalUnary(const Expr& e);
  Value evalBinary(const Expr& e);
  Value evalLogical(const Expr& e);
  Value evalComparison(const Expr& e);
  Value arithmetic(BinaryOp op, const Value& a, const Value& b, Span at);
  Value shift(BinaryOp op, TypeId type, __int128 x, __int128 amount, unsigned bits, bool isSigned, Span at);
  [[noreturn]] void panicOverflow(BinaryOp op, Span at);
  Value evalAssign(const Expr& e);
  Value callOperator(const Expr& e, std::vector<const Expr*> operands);
  Value callCompoundOperator(const Expr& e);
  int compareByImpl(const Expr& e);
  Value evalIf(const Expr& e);
  Value evalLoop(const Expr& e);
  Value evalLabeledBlock(const Expr& e);
  Value evalFor(const Expr& e);
  Value evalMatch(const Expr& e);
  Value evalCast(const Expr& e);
  Value castValue(const Value& v, TypeId target);
  bool intFits(const Value& v, TypeId target) const;
  Value convertChecked(const Value& v, TypeId result);
  Value evalCall(const Expr& e);
  Value callThroughFirstArgument(const Expr& e);
  Value evalMethodCall(const Expr& e);
  Value evalAggregate(const Expr& e);
  Place indexPlace(const Expr& e, Place base);
  void checkSliceRange(const std::string& text, bool isStr, uint64_t len, uint64_t start, uint64_t end, uint64_t written,
                       Span at);
  void requireCharBoundaries(Address data, uint64_t len, uint64_t start, uint64_t end, Span at);
  static constexpr int kUnordered = 2;  // compareValues: NaN compared with anything
  int compareValues(Place a, Place b);  // -1, 0, 1 or kUnordered
  int cmpAsStd(Place a, Place b);                          // Ord::cmp in std's generic code (run/std/ordering.cpp)
  bool partialOrderAsStd(Place a, Place b, BinaryOp op);  // PartialOrd's lt, le, gt, ge there
  bool isScalar(TypeId t) const;
  double readFloat(const Value& v) const;  // an f32 widened, or an f64
  // The elements of a Vec, an array or a slice place: where they start, how many.
  struct Sequence {
    Address data;
    uint64_t len;
  };
  Sequence sequenceAt(const Place& p) const;
  int compareScalars(const Value& a, const Value& b);
  bool runLoopBody(const Expr& loop);
  Place evalPlace(const Expr& e);
  Value readPlace(const Place& p, bool move);
  void writePlace(const Place& p, const Value& v);
  Value makeInt(TypeId t, __int128 v);
  Value makeFloat(TypeId t, double d);  // at the float type's own width
  __int128 readInt(const Value& v) const;
  __int128 readIntAt(Address a, TypeId t) const;
  Value makeBool(bool b);
  Value makeUnit() { return Value(T_.unit(), 0); }
  Value makeStrRef(Address ptr, uint64_t len);
  Value makeOption(TypeId optionType, const Value* some);
  // The variant an enum, Option or Result value holds; writing one's tag.
  uint32_t variantAt(Address addr, TypeId type) const;
  uint32_t variantOfValue(const Value& v) const;
  void setVariant(uint8_t* bytes, TypeId type, uint32_t variant);
  bool optionIsSome(Address addr, TypeId optionType) const;
  Address optionPayload(Address addr, TypeId optionType);
  [[noreturn]] void panic(const std::string& message, Span at);
  // How a pattern's bindings by value take their parts: moved out (the
  // usual), copied bit for bit while a match guard runs (the part is still
  // the scrutinee's), or, once the guard held, marked moved out (Rust binds
  // by reference in a guard and moves only when the arm is taken).
  enum class Bind : uint8_t { Move, ForGuard, AfterGuard };
  void bindPattern(const Pattern& p, const Place& value, Bind how = Bind::Move);

  // unwinding (unwind.cpp)
  void startUnwinding(Panic& p);
  Value evalHolding(const Expr& operand, std::vector<Value>& held);
  bool evalOperands(const std::vector<ExprPtr>& operands, std::vector<Value>& out);
  Place evalPlaceHolding(const Expr& place, const Value& value);
  void unwindSlotsDownTo(size_t mark, Span at);
  void unwindTemporariesDownTo(size_t mark);
  void unwindFrame(Panic& p, size_t temporariesMark, size_t parameterSlots, Span closing);
  void dropInCleanup(Address addr, TypeId type, Span at);
  void dropHeldInCleanup(std::vector<Value>& held, Span at);
  [[noreturn]] void panicDropping(Panic p, Address owned, TypeId type);
  Span callerOfTrackingFrames(Span at) const;
  // Runs `work` while the value at `owned` (in a scratch slot) belongs to
  // std's code running it: if `work` panics, the value is dropped as the
  // panic unwinds (format!'s String while a learner's fmt writes into it).
  template <typename Work>
  void ownDuring(Address owned, TypeId type, Work work) {
    try {
      work();
    } catch (Panic& p) {
      startUnwinding(p);
      dropInCleanup(owned, type, p.span);
      throw;
    }
  }
  // Runs drops made as a panic unwinds: a panic escaping them is a panic
  // in a destructor during cleanup, which aborts.
  template <typename Drops>
  void cleanup(Drops drops) {
    try {
      drops();
    } catch (Panic& p) {
      startUnwinding(p);
      throw PanicInCleanup{};
    }
  }
  // Drops the parts of a value in order, then runs `last` (frees its
  // memory), as drop glue does: when a part's drop panics, the parts after
  // it are still dropped and `last` still runs, as that panic unwinds.
  template <typename Part, typename Last>
  void dropParts(size_t count, Part part, Last last) {
    size_t i = 0;
    try {
      for (; i < count; ++i) part(i);
    } catch (Panic& p) {
      startUnwinding(p);
      cleanup([&] {
        for (++i; i < count; ++i) part(i);
        last();
      });
      throw;
    }
    last();
  }
  bool unwinding() const { return panics_ > 0; }
  bool matches(const Pattern& p, const Place& value);
  Place patternField(const Pattern& p, const Place& value, size_t i);
  size_t fieldIndexByName(const Pattern& p, const Place& value, const std::string& name);
  Place sliceElement(const Pattern& p, const Place& value, size_t i);

  // the standard library (run/std/): calls, and one function per row of
  // check/std_fns.def and check/std_methods.def (dispatch.cpp)
  Value callBuiltin(const Expr& call, BuiltinFn f);
  Value callMethod(const Expr& call, BuiltinMethod m, const Place& receiver, Value self);
  Value callIteratorConsumer(const Expr& call, BuiltinMethod m);
  Value runFn(BuiltinFn f, StdCall& c);
  Value joinedStrings(StdCall& c, const std::string& sep);
  Value joinedParts(StdCall& c, const Value* sep);
  Value runMethod(BuiltinMethod m, StdCall& c);
#define SH_STD_FN(id, path, signature, check) Value run##id(StdCall& c);
#include "check/std_fns.def"
#define SH_STD_METHOD(id, receiver, name, mode, signature, check) Value run##id(StdCall& c);
#include "check/std_methods.def"
  TypeId receiverElem(const StdCall& c) const;
  uint64_t receiverLen(const StdCall& c) const;
  Address receiverData(const StdCall& c) const;
  std::string receiverText(const StdCall& c) const;
  Value optionRefTo(const StdCall& c, bool some, Address target);
  // sort.cpp
  struct SortOrder {
    TypeId elem;
    HeldCallable* fn;  // sort_by's comparison or sort_by_key's key; none for Ord's order
    bool byKey;
    Span at;
    std::string name;
  };
  bool sortIsLess(SortOrder& o, Address a, Address b);
  bool dedupSame(HeldCallable& f, bool byKey, Address current, Address kept, Span at);
  void dedupVecBy(StdCall& c, bool byKey);
  void insertionSort(SortOrder& o, Address data, uint64_t n);
  void sortLongSlice(SortOrder& o, Address data, uint64_t n, bool stable);
  void sortWithWatchedClosure(SortOrder& o, const std::vector<Address>& held, std::vector<size_t>& order, bool stable);
  int32_t driftsortScratch(TypeId elem, uint64_t n);
  void sortSlice(StdCall& c, bool stable, bool byKey);
  SliceSearch searchSlice(StdCall& c, const std::function<int(Address)>& cmp);
  TypeId keyIndexPair(TypeId key, uint64_t n, Span at) const;
  void permuteByCachedKeys(Address data, TypeId elem, Address pairs, TypeId pair, uint64_t n);
  Value binarySearch(StdCall& c, const std::function<int(Address)>& cmp);
  // vec.cpp
  Value newVec(TypeId vecType, uint64_t cap);
  Value splitOffTail(StdCall& c, TypeId elem);
  [[noreturn]] void panicCapacityOverflow(Span at);  // a Vec's or a String's header, its buffer allocated
  // A Vec's, String's or VecDeque's RawVec {cap, ptr} at `header`, holding `len` elements.
  void growBuffer(Address header, TypeId elem, uint64_t len, uint64_t additional, Span at);
  void growAmortized(Address header, TypeId elem, uint64_t additional, Span at);
  void setBuffer(Address header, Address ptr, uint64_t cap);
  void setLengthAt(Address header, uint64_t lenAt, uint64_t len);
  void setLength(Address header, uint64_t len) { setLengthAt(header, VecHeader::len, len); }
  void vecReserve(Address header, TypeId elem, uint64_t additional, bool exact = false);
  void vecPush(Address header, TypeId elem, const Value& v);
  void shrinkBufferToFit(Address header, TypeId elem);
  void truncateVec(StdCall& c, uint64_t keep);
  void growVecTo(StdCall& c, uint64_t want, const std::function<Value(bool last)>& make);
  // string.cpp
  Value newString(std::string_view text, uint64_t cap);
  void stringAppend(Address header, std::string_view text);
  std::string readString(Address header) const;  // a String's text
  std::string readStr(const Value& strRef) const;  // a &str's text
  Value removeCharAt(StdCall& c, uint64_t at);
  Value changeCase(StdCall& c, bool upper);
  Value trimWhitespace(StdCall& c, bool start, bool end);
  bool isCharBoundary(const StdCall& c, uint64_t i);
  Value pairOf(TypeId pairType, const Value& first, const Value& second);
  Value splitOffEnd(StdCall& c, bool first);     // split_first, split_last
  Value rotateElements(StdCall& c, uint64_t left);
  Value sliceHasAtEnd(StdCall& c, bool start);   // starts_with, ends_with
  // text_search.cpp
  struct TextPattern;
  TextPattern patternOf(const StdCall& c, const Value& pattern, bool upFront = false);
  bool callsAsPredicate(TypeId t) const;
  bool acceptsWatched(const TextPattern& p, char32_t c);
  Value strSlice(const StdCall& c, size_t start, size_t end);
  Value splitAround(StdCall& c, bool last);
  Value splitItems(StdCall& c, bool backward, size_t limit, bool trailingEmpty, const Value& pattern);
  Value mapAsciiInPlace(StdCall& c, char from, char to);  // string.cpp
  // utf8_conversions.cpp
  Value utf8ErrorValue(size_t validUpTo, uint8_t errorLen, TypeId type);
  Value strFromUtf8(StdCall& c);
  void writeUtf8Error(Writes& out, const Place& p);
  // option_result.cpp
  Value makeResult(TypeId resultType, const Value* ok, uint8_t errorKind);
  Value makeResultVariant(TypeId resultType, uint32_t variant, const Value& payload);
  Value unwrapOptionOr(StdCall& c, bool panics);
  Value unwrapResult(StdCall& c, uint32_t wanted, const char* method);
  Place resultPayload(Address at, TypeId result);
  std::optional<Value> takeResultPayload(StdCall& c, uint32_t wanted, Address* held);
  std::string resultPayloadText(const StdCall& c, Address held);
  Value resultToOption(StdCall& c, uint32_t wanted);
  bool resultIsOk(const StdCall& c);
  Value optionOfReferent(StdCall& c, bool clone);
  // scalar.cpp
  Value parseNumber(TypeId resultType, const std::string& text);
  Value parseBool(TypeId resultType, const std::string& text);
  Value parseChar(TypeId resultType, const std::string& text);
  Value parseInteger(TypeId resultType, const std::string& text, unsigned radix);
  Value makeChar(char32_t c);
  // streams.cpp: iterators while they run (run/item_stream.h)
  std::unique_ptr<ItemStream> openStream(const Expr& e, TypeId item = kNoType);
  // dispatch.cpp: extend's argument, an iterable
  static bool takesIterable(BuiltinMethod m);
  Value callExtend(BuiltinMethod m, StdCall& c, Value self);
  Value dequeOfVec(const Value& vec, TypeId deque);  // vecdeque.cpp
  Value heapOfVec(const Value& vec, TypeId heap);    // binary_heap.cpp
  void extendWith(StdCall& c, TypeId want, const std::function<void(SizeHint, bool)>& reserve,
                  const std::function<void(Value)>& take);
  Value ownedItem(Value x, TypeId want);
  std::unique_ptr<ItemStream> countingStream(const Value& range, const Expr& e);
  std::unique_ptr<ItemStream> learnersStream(Address at, TypeId type, const Expr& e, bool borrowed);
  bool endsOpen(const Expr& e) const;
  __int128 largestOf(TypeId intType) const;
  std::unique_ptr<ItemStream> collectionStream(const Expr& e, TypeId item);
  bool isTable(TypeId t) const;
  std::unique_ptr<ItemStream> borrowedTableStream(const Value& r, const Expr& e);
  TypeId itemThroughReference(TypeId ref) const;
  std::unique_ptr<ItemStream> movedStream(const Value& collection, const Expr& e);
  std::unique_ptr<ItemStream> streamOfValue(const Value& v, const Expr& e, TypeId item);
  TypeId returnOf(const HeldCallable& f) const;
  bool constSizeIterable(TypeId t, uint64_t* n) const;
  std::unique_ptr<ItemStream> drainStream(StdCall& c);
  std::unique_ptr<ItemStream> drainedRange(StdCall& c, uint64_t start, uint64_t end);
  std::pair<uint64_t, uint64_t> rangeArgument(StdCall& c, uint64_t len);
  std::unique_ptr<ItemStream> consumedTableStream(const Value& collection, const Expr& e);
  Value halfOfPair(const ItemStream& s, Value taken);
  // iter_sources.cpp
  std::unique_ptr<ItemStream> sourceOfFunction(const Expr& e);
  std::unique_ptr<ItemStream> sourceStream(const StdCall& c, StreamKind kind);
  std::optional<Value> nextSuccessor(ItemStream& s);
  Value keysOrValuesOf(StdCall& c, int8_t half);
  void finishDrain(ItemStream& s);
  std::unique_ptr<ItemStream> streamInPlace(const Place& at, const Expr& e);
  bool readInPlace(const Expr& call) const;
  bool namesPlace(const Expr& e) const;
  std::unique_ptr<ItemStream> adapterStream(StdCall& c, StreamKind kind);
  std::optional<Value> pull(ItemStream& s);
  std::optional<Value> pullBack(ItemStream& s);
  std::optional<Value> nthBack(ItemStream& s, uint64_t n);
  std::unique_ptr<ItemStream> copyOfStream(const ItemStream& s);
  std::optional<Value> pairFromTheBack(ItemStream& s);
  SizeHint sizeHint(const ItemStream& s) const;
  bool trustedLen(const ItemStream& s) const;
  bool indexedWalk(const ItemStream& s) const;
  void closeStream(ItemStream& s);
  HeldCallable holdCallable(const Value& f);
  Value callHeld(HeldCallable& f, std::vector<Value> args, Span at);
  void releaseCallable(HeldCallable& f);
  TypeId paramOf(const HeldCallable& f, size_t i) const;
  Value referenceTo(const Value& v, TypeId refType);
  bool callPredicate(HeldCallable& f, const Value& item, Span at);
  // kept_iters.cpp: iterators kept in variables
  Value makeKeptIterator(KeptIter kept, StdCall& c);
  bool readsKeptIterator(const Expr& call) const;
  void renderKeptIterDebug(DebugWriter& w, const Place& p, const FormatSpec& spec);  // printing.cpp
  uint64_t keptItemsLeft(const Place& at) const;
  std::unique_ptr<ItemStream> keptStream(const Place& at, const Expr& e, bool owned);
  void keptStreamDone(const Place& at, const ItemStream& s);
  bool advancedInPlace(const Type& ref) const;  // streams.cpp
  std::unique_ptr<ItemStream> byRefStream(const Expr& e);
  Value makeKeptAdapter(const Expr& call);
  std::unique_ptr<ItemStream> keptAdapterStream(const Place& at, const Expr& e, bool owned);
  void keptAdapterDone(const Place& at, const ItemStream& s);
  std::unique_ptr<ItemStream> keptRangeStream(const Place& at, const Expr& e);
  void stepsCountedDone(const Place& at, const ItemStream& s);
  Value sliceIterOver(const Value& ref, TypeId iterType);
  std::unique_ptr<ItemStream> keptPartStream(const Place& at, size_t field, const Expr& e, bool owned);
  void skipTaken(ItemStream& s, uint64_t n);
  uint64_t keptSize(const Value& iter, const Expr& e);
  std::unique_ptr<ItemStream> emptyStream(TypeId item, const Expr& e);
  void partDone(const Place& part, const ItemStream& s);
  void chainDone(const Place& at, const ItemStream& s);
  void indexedZipDone(const Place& at, const ItemStream& s);
  void keptRangeDone(const Place& at, const ItemStream& s);
  void dropKeptIter(Address addr, TypeId type);
  void holdPeeked(ItemStream& s, std::optional<Value> x);  // peekable.cpp
  Value peekedReference(const Place& at, TypeId resultType);
  Value keepOrPutBack(StdCall& c, std::optional<Value> x, bool taken);
  Value makeTextSplitter(KeptIter kept, StdCall& c);  // kept_text_iters.cpp
  Value makeSlicePieces(KeptIter kept, StdCall& c);   // kept_slice_pieces.cpp
  std::unique_ptr<ItemStream> slicePiecesStream(const Place& at, const Expr& e);
  void slicePiecesDone(const Place& at, const ItemStream& s);
  void renderSlicePiecesDebug(DebugWriter& w, const Place& p, const FormatSpec& spec);
  std::unique_ptr<ItemStream> textSplitterStream(const Place& at, const Expr& e);
  void textSplitterDone(const Place& at, const ItemStream& s);
  void renderTextSplitterDebug(DebugWriter& w, const Place& p, const FormatSpec& spec);
  // iter.cpp
  std::unique_ptr<ItemStream> adapterWithClosure(StdCall& c, StreamKind kind);
  std::unique_ptr<ItemStream> adapterWithCount(StdCall& c, StreamKind kind);
  Value someValue(const Value& option);
  template <typename Take>
  void drain(StdCall& c, Take take);
  template <typename Take>
  void drainByTryFold(StdCall& c, Take take);
  void markTryFolding(ItemStream& s);
  template <typename Take>
  void drainBack(StdCall& c, Take take);
  template <typename Run>
  Value withClosure(StdCall& c, Run run);
  Value firstMatching(StdCall& c, bool fromBack);
  Value nthItem(StdCall& c, bool fromBack);
  Value sliceChunks(StdCall& c, bool exact);
  Value accumulate(StdCall& c, BinaryOp op, __int128 start);
  Value accumulateUntilFailure(StdCall& c, BinaryOp op, __int128 start);
  Value accumulatorStart(TypeId t, BinaryOp op, __int128 start);
  Value collectInto(std::unique_ptr<ItemStream>& s, TypeId target, Span at);
  // option_closures.cpp
  Value payloadOf(const Value& v, uint32_t* variant);
  Value referenceToPayload(const StdCall& c);  // `&mut` an Option receiver's payload in place (option_closures.cpp)
  std::string_view parseErrorText(const Place& p);  // printing.cpp
  Place stringOfStringError(const Place& p) const;  // printing.cpp
  Value callArgument(StdCall& c, size_t i, std::vector<Value> args);
  void dropArgument(StdCall& c, size_t i);
  Value mapResultVariant(StdCall& c, uint32_t wanted, bool wrap);
  Value mapOptionPayload(StdCall& c, bool wrap);
  Value resultVariantAnd(StdCall& c, uint32_t wanted);
  Value collectVec(ItemStream& s, TypeId vecType);
  void pullInto(ItemStream& s, Address h, TypeId t, const std::function<void(Value)>& take);
  Value pairOfVecs(TypeId pair, Address left, Address right);
  Value collectTable(ItemStream& s, TypeId target);
  ItemStream* inPlaceSource(ItemStream& s, TypeId elem);
  Value collectInPlace(ItemStream& s, ItemStream& source, TypeId vecType);
  Value collectString(ItemStream& s, TypeId stringType);
  Value collectUntilResidual(std::unique_ptr<ItemStream>& s, TypeId target, Span at);
  TypeId itemOf(const StdCall& c) const;
  Value extremeItem(StdCall& c, bool max, bool byKey);
  Value extremeByComparing(StdCall& c, bool max);
  // rc.cpp
  uint64_t rcValueOffset(TypeId rcOrWeak) const;
  uint64_t rcCount(Address cell, bool strong) const;
  void setRcCount(Address cell, bool strong, uint64_t count);
  Value newRc(TypeId rcType, const Value& value);
  void releaseStrong(Address cell, TypeId rcType);
  void releaseWeak(Address cell);
  Value cloneRcPointer(Address pointerAt, TypeId type);
  // cell.cpp
  uint64_t refCellValueOffset(TypeId refCellType) const;
  int64_t refCellFlag(Address refCell) const;
  void setRefCellFlag(Address refCell, int64_t flag);
  Value refCellGuard(const StdCall& c, bool isMut);
  Value tryRefCellGuard(const StdCall& c, bool isMut);
  void releaseGuard(Address guard, bool isMut);
  Value replaceInRefCell(const StdCall& c, const Value& next);
  // hash_table.cpp: hashbrown's table
  void hashValue(SipHasher13& h, const Place& p);
  uint64_t hashKey(Address header, const Place& key);
  TypeId bucketType(TypeId mapOrSet) const;
  Address bucketAt(Address header, TypeId mapOrSet, uint64_t index) const;
  uint8_t ctrlAt(Address header, uint64_t index) const;
  void setCtrl(Address header, uint64_t index, uint8_t ctrl);
  Value newTableHeader(TypeId mapOrSet);
  uint64_t bucketsForCapacity(TypeId mapOrSet, uint64_t capacity) const;
  void allocateTable(Address header, TypeId mapOrSet, uint64_t buckets);
  void freeTable(Address header);
  std::vector<uint64_t> fullBuckets(Address header) const;
  int64_t findKey(Address header, TypeId mapOrSet, uint64_t hash, const Place& key);
  uint64_t findInsertIndex(Address header, uint64_t hash);
  void placeEntry(Address header, TypeId mapOrSet, uint64_t index, uint64_t hash, const Value& entry);
  void reserveTable(Address header, TypeId mapOrSet, uint64_t additional);
  void rehashTable(Address header, TypeId mapOrSet, uint64_t buckets);
  void eraseBucket(Address header, uint64_t index);
  void dropEntries(Address header, TypeId mapOrSet);
  void clearTable(Address header, TypeId mapOrSet);
  void clearControlBytes(Address header);
  void moveTableOut(Address header, Address into);
  void moveTableBack(Address from, Address header);
  void dropTable(Address header, TypeId mapOrSet);
  Value cloneTable(Address header, TypeId mapOrSet, Span at);
  // hashmap.cpp: HashMap, HashSet, Entry
  Place lookupKey(const Value& ref);
  TypeId mapOfEntry(TypeId entry) const;
  Place valueOfBucket(Address bucket, TypeId mapType) const;
  Value entryValue(TypeId mapOrSet, const Value& key, const Value* value);
  std::optional<Value> insertEntry(Address header, TypeId mapOrSet, const Value& key, const Value* value);
  std::optional<Value> removeEntry(Address header, TypeId mapOrSet, const Value& keyRef);
  template <typename Make>
  void eachBucket(Address header, Make make, std::vector<Value>& items);
  std::vector<Value> tableItems(Address header, TypeId mapOrSet, TypeId itemType);
  std::vector<Value> takeTableItems(Address header, TypeId mapOrSet);
  std::vector<Value> setItemsFiltered(Address from, Address other, TypeId set, TypeId itemType, bool held);
  std::unique_ptr<ItemStream> setItemStream(const StdCall& c, std::vector<Value> items, bool exact);
  uint64_t setElementsHeld(Address from, Address other, TypeId set);
  Value tableWithCapacity(TypeId mapOrSet, uint64_t capacity);
  Value tableFromArray(StdCall& c);
  Value entryValueRef(StdCall& c, const Value* inserted);
  Place mapIndexPlace(const Expr& e, const Place& map);
  bool tablesEqual(const Place& a, const Place& b);
  // vecdeque.cpp: VecDeque's ring buffer
  Address dequeSlot(Address header, TypeId deque, uint64_t index) const;
  Value newDeque(TypeId deque, uint64_t cap);
  void reserveDeque(Address header, TypeId deque, uint64_t additional, Span at);
  void growDequeIfFull(Address header, TypeId deque, Span at);
  void setDequeLength(Address header, uint64_t len);
  void pushDeque(Address header, TypeId deque, const Value& v, bool front, Span at);
  std::vector<Value> dequeItems(Address header, TypeId deque, TypeId itemType);
  std::vector<Value> takeDequeItems(Address header, TypeId deque);
  void dropDeque(Address header, TypeId deque);
  Value cloneDeque(Address header, TypeId deque, Span at);
  Place dequeIndexPlace(const Expr& e, const Place& deque);
  uint64_t dequePhysical(Address header, uint64_t i) const;
  void dequeWrapCopy(Address header, TypeId deque, uint64_t src, uint64_t dst, uint64_t len);
  void setDequeHead(Address header, uint64_t head);
  void rotateDequeLeft(Address header, TypeId deque, uint64_t mid);
  void rotateDequeRight(Address header, TypeId deque, uint64_t k);
  void finishDequeDrain(const ItemStream& s);
  // binary_heap.cpp: BinaryHeap's sifts over its Vec
  bool heapSlotsOrdered(Address data, TypeId elem, uint64_t a, BinaryOp op, uint64_t b);
  void swapHeapSlots(Address data, TypeId elem, uint64_t a, uint64_t b);
  uint64_t siftUp(Address header, TypeId elem, uint64_t start, uint64_t pos);
  uint64_t siftDownRange(Address header, TypeId elem, uint64_t pos, uint64_t end);
  void siftDownToBottom(Address header, TypeId elem, uint64_t pos);
  void rebuildHeap(Address header, TypeId elem);
  void rebuildHeapTail(Address header, TypeId elem, uint64_t start);
  // btree.cpp: BTreeMap's and BTreeSet's nodes
  Value newBTree(TypeId mapOrSet);
  uint64_t btreeLength(Address header) const;
  std::vector<std::pair<Address, Address>> btreeEntries(Address header, TypeId mapOrSet);
  BTreeTeardown takeBTree(Address header, TypeId mapOrSet);
  void freeBTreeNodes(const std::vector<Address>& nodes);
  void dropBTree(Address header, TypeId mapOrSet);
  void leakBTree(Address header, TypeId mapOrSet);
  Value cloneBTree(Address header, TypeId mapOrSet, Span at);
  std::vector<Value> btreeItems(Address header, TypeId mapOrSet, TypeId itemType);
  // BTreeSet's set operations (std/btree_methods.cpp)
  std::vector<Address> btreeKeys(Address header, TypeId set);
  Value setWalkStream(StdCall& c, const std::vector<Address>& items, std::vector<SizeHint> hints);
  bool sortedHolds(const std::vector<Address>& xs, Address x, TypeId elem);
  Value mergedSets(StdCall& c, bool symmetric);
  bool btreeSetHoldsAll(Address set, Address other, TypeId type);
  std::optional<Address> btreeFind(Address header, TypeId mapOrSet, const Place& key);
  Place btreeIndexPlace(const Expr& e, const Place& map);
  std::optional<Value> insertIntoBTree(Address header, TypeId mapOrSet, const Value& key, const Value& value);
  std::optional<std::pair<Value, Value>> removeFromBTree(Address header, TypeId mapOrSet, const Place& key);
  std::optional<std::pair<Value, Value>> popBTree(Address header, TypeId mapOrSet, bool last);
  Value btreeEndPair(StdCall& c, bool last);
  Value btreePopPair(StdCall& c, bool last);
  Value btreeEntryValueRef(StdCall& c, const Value* inserted);
  Value btreeFromArray(StdCall& c);
  Value btreeRange(StdCall& c);
  void btreeBulkBuild(Address header, TypeId mapOrSet, std::vector<std::pair<Value, Value>>& entries,
                      const std::function<void()>& entriesGone);
  Value collectBTree(ItemStream& s, TypeId target, Span at);
  std::vector<std::pair<Value, Value>> btreeEntriesOf(Address at, uint64_t n, TypeId item, bool isMap);
  void sortBTreeEntries(std::vector<std::pair<Value, Value>>& entries, TypeId item, bool isMap, Span at);
  void insertionSortEntries(std::vector<std::pair<Value, Value>>& entries, bool isMap);
  int compareKeys(const Value& a, const Value& b);
  // ordering.cpp
  int callOwnComparison(int32_t fn, Place a, Place b);
  int orderOfAnswer(const Value& answer);
  bool reversedOperands(Place& a, Place& b);
  bool orderedByOwnImpls(TypeId t) const;
  Place referentOfArgument(const StdCall& c, size_t i);
  Value orderingValue(TypeId ordering, int c);
  Value keepOneOf(const Value& kept, const Value& dropped);
  StdCall& asMethodOfFirst(StdCall& c);  // a function's first argument as a method's self (ordering.cpp)
  // mem.cpp
  // What a Box holds as its drop glue sees it: `count` values of `elem` at
  // `ptr` (a Box<[T]>'s or Box<str>'s length; a Box<dyn Trait>'s concrete type).
  struct BoxedParts {
    Address ptr;
    TypeId elem;
    uint64_t count;
  };
  BoxedParts boxedParts(Address box, TypeId boxType) const;
  Value boxedCopy(Address data, uint64_t count, TypeId elem, TypeId boxType, Span at, bool moved);
  Value vecOfBoxedSlice(const Value& box, TypeId vecType);
  Value boxFromBuffer(const Value& header, TypeId elem, TypeId boxType);
  void leakOwned(Address addr, TypeId type);
  Value defaultValue(TypeId t);
  Span currentStepSpan() const;
  Value cloneValue(Address addr, TypeId type, Span at);
  // macros.cpp
  Value evalMacro(const Expr& e);
  Value evalVecMacro(const Expr& e);
  Value evalDbg(const Expr& e);
  Value evalAssertEquality(const Expr& e, bool wantEqual);
  std::string macroMessage(const Expr& e, std::optional<bool> printTo = std::nullopt);

  // printing (printing.cpp)
  std::vector<Place> formatArgPlaces(const CheckedFormat& f);
  // Renders a format; `writes` receives it write by write as Rust's
  // formatter makes them (it matters for how format! grows its String).
  std::string formatArgs(const CheckedFormat& f, const std::vector<Place>& args, Writes* writes = nullptr);
  FormatSpec placeholderSpec(const FormatPlaceholder& ph, const std::vector<Place>& args) const;
  std::vector<std::string> literalPieces(const CheckedFormat& f, const std::vector<Place>& args);
  bool inlinedIntoFormat(const FormatPlaceholder& ph, const CheckedFormatArg& arg) const;
  void writeValue(Writes& out, const Place& p, const FormatSpec& spec);
  std::string renderValue(const Place& p, const FormatSpec& spec);
  void renderDebug(DebugWriter& w, const Place& p, const FormatSpec& spec);
  Value formatToString(const CheckedFormat& f, const std::vector<Place>& args);
  // the learner's Display and Debug impls, and their Formatter (std/formatter.cpp)
  bool runLearnersFmt(int32_t fn, const Place& p, const FormatSpec& spec, Writes* writes, DebugWriter* debug);
  Value formatterValue(TypeId formatter, const FormatSpec& spec, size_t out);
  size_t formatterOutput(Address formatter, TypeId type) const;
  FormatSpec formatterSpec(const Place& formatter) const;
  void writeToOutput(size_t out, std::string_view text);
  Value fmtResult(TypeId resultType, bool ok);
  Value formatThrough(const Place& value, const Value& formatterRef, FormatTrait trait, TypeId resultType);
  // Formatter's debug builders (std/formatter.cpp)
  Place builderField(const Place& builder, std::string_view name) const;
  Place builderFormatter(const Place& builder);
  bool builderOk(const Place& builder) const;
  Value startDebugBuilder(StdCall& c, std::string_view opener);
  Value addDebugEntry(StdCall& c, const DebugEntryWords& words, const std::string* name, const Place& value, const Place* key = nullptr);
  Value finishDebugBuilder(StdCall& c, std::initializer_list<std::string_view> closing);
  Value finishNonExhaustive(StdCall& c, const char* counter, std::string_view prettyClose, std::string_view plainClose,
                            std::string_view empty);
  Value addDebugEntries(StdCall& c, bool pairs);
  Value evalWrite(const Expr& e);
  std::string formatToText(const CheckedFormat& f, const std::vector<Place>& args, std::optional<bool> printTo);

 private:
  void enterScope();
  void exitScope(Span closing);
  void keepTemporariesPast(Address low, Address sp);
  void dropSlotsDownTo(size_t mark, Span closing);
  void endSlot(int32_t id);
  RtFrame& frame() { return frames_.back(); }
  void execStmt(const Stmt& s);
  void bindArguments(const FnInfo& fn, std::vector<Value>& args);
  void execStmtBody(const Stmt& s);
  size_t reserveExtendedTemporaries(const Stmt& let);
  Value evalLetInitializer(const Stmt& let);
  void destructureLet(const Stmt& let);

  const Checked& p_;
  const TypeTable& T_;
  const SourceFile& file_;
  Trace& trace_;
  Memory mem_;
  RunOptions options_;
  std::vector<RtFrame> frames_;
  std::vector<RtSlot> slots_;
  std::vector<int32_t> freeSlots_;  // ids of ended slots, for reuse
  std::vector<int32_t> pendingDrops_;  // plain slots ended, recorded with the next step
  // Per item of Checked::consts: a constant's value, or a static's address
  // (its value is in memory), worked out once before main runs.
  enum class ItemState : uint8_t { Pending, Evaluating, Ready };
  std::vector<ItemState> constState_;
  std::vector<Value> constValues_;
  std::vector<Address> staticAddrs_;  // and, for a borrowed constant, where its value was promoted to (0: not yet)
  std::unordered_map<const Expr*, Address> promoted_;  // a promoted temporary's site -> its place in the static region (0: not yet)
  std::vector<Address> vtableAddrs_;  // per Checked::vtables: where it is in the static region
  bool evaluatingConstant_ = false;  // a temporary made now goes to the static region, for good
  uintptr_t hostStackBase_ = 0;     // the host stack pointer when runMain began
  size_t stdinPos_ = 0;             // how much of options_.stdinText read_line has consumed
  Address emptyGroup_ = 0;          // std's static group of EMPTY control bytes, once a map needs it
  uint64_t randomStates_ = 0;       // RandomStates made so far: the next one's k0 (run/std/hash_table.cpp)
  // The outputs a Formatter writes to (std/formatter.cpp), innermost last:
  // a format's Writes, or the DebugWriter whose leaf a Debug impl writes.
  struct FormatOutput {
    Writes* writes = nullptr;
    DebugWriter* debug = nullptr;
  };
  std::vector<FormatOutput> formatOutputs_;
  bool formatFailed_ = false;
  // The print!s whose format is being written, innermost last: what each
  // has written that is not out yet (a print inside a fmt impl puts it out).
  struct PrintInProgress {
    bool toStderr = false;
    std::string pending;
  };
  std::vector<PrintInProgress> printing_;  // the learner's fmt returned Err: the format in progress stops
  uint64_t hostStackUsed() const;
  bool mainReturnedError_ = false;
  int panics_ = 0;  // panics reported so far: a second one, in a destructor run by the first, aborts
  std::string stdout_;
 public:
  std::string stderr_;  // eprintln! output
 private:
  int32_t nextFrameId_ = 0;

 public:
  // control flow: set by break/continue/return, checked after each sub-evaluation
  Flow flow_ = Flow::Normal;
  std::string flowLabel_;
  Value flowValue_;
  std::vector<std::pair<TypeId, Address>> temporaries_;  // materialised temporaries to drop at the statement's end
};

}  // namespace sh
