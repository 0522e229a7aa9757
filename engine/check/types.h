// Types and their layouts on a 64-bit target.
//
// Every type the checker meets is interned once in a TypeTable and named by a
// TypeId, so comparing types is comparing integers and the syntax tree can
// carry a type in four bytes. Inference variables live in the same table:
// `?T` for an unknown type, `{integer}` and `{float}` for literals whose exact
// type is not known yet; the checker binds them (union-find) and resolves
// every expression to a concrete type before the program runs.
//
// The table grows while the checker works and is frozen when checking ends
// (freeze()): every type the interpreter and the presentation need has been
// interned by then and every layout computed, so the checked program is
// immutable and shared read-only by the run and every view of it. Interning
// after the freeze is a bug of ours and fails loudly.
//
// Layout follows rustc for the subset, so `size_of` agrees with it and the
// bytes view shows real sizes: String and Vec are {cap, ptr, len} (24 bytes),
// Box and &T are one pointer, &str and slices are {ptr, len}. Structs,
// tuples and enums (user enums, Option, Result) are laid out by rustc's
// algorithm (check/layout.cpp): fields reordered, a tag as small as the
// discriminants allow, or no tag at all where a niche (a null pointer,
// bool's 2, char's 0x110000, a capacity above isize::MAX) can hold it.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"

namespace sh {

// std implements Debug, PartialEq, Eq, PartialOrd, Ord, Hash and Default
// for tuples of up to twelve elements (its tuple_impls! macro); a longer
// tuple has none of them (Clone and Copy the compiler gives every arity).
constexpr size_t kStdTupleTraitArity = 12;

#define SH_INT_KINDS(X) \
  X(I8, "i8", 1, true) X(I16, "i16", 2, true) X(I32, "i32", 4, true) X(I64, "i64", 8, true) \
  X(I128, "i128", 16, true) X(Isize, "isize", 8, true) X(U8, "u8", 1, false) X(U16, "u16", 2, false) \
  X(U32, "u32", 4, false) X(U64, "u64", 8, false) X(U128, "u128", 16, false) X(Usize, "usize", 8, false)

enum class IntKind : uint8_t {
#define SH_INT_ENUM(name, text, bytes, isSigned) name,
  SH_INT_KINDS(SH_INT_ENUM)
#undef SH_INT_ENUM
};

const char* intKindName(IntKind k);

unsigned intKindBytes(IntKind k);
bool intKindSigned(IntKind k);
__int128 wrapTo(__int128 v, IntKind k);  // an integer wrapped to k's width, as `as` does
bool parseIntKind(std::string_view name, IntKind* out);

enum class TypeKind : uint8_t {
  Int, Float, Bool, Char, Str, Unit, Never,
  Ref,     // &T / &mut T: args[0]
  String,  // String
  Vec,     // Vec<T>: args[0]
  Box,     // Box<T>: args[0]
  Option,  // Option<T>: args[0]
  Struct,  // a user struct: structIndex
  Enum,    // a user enum: enumIndex
  Tuple,   // (A, B, ...): args
  Array,   // [T; n]: args[0], length
  Slice,   // [T]: args[0] (unsized; behind a reference)
  Range,   // a..b / a..=b over args[0] (inclusive flag)
  Iter,    // an iterator yielding args[0]: `v.iter()`, `s.chars().rev()`; length: which KeptIter it is
  Result,  // Result<args[0], args[1]>
  IoError, // std::io::Error: one word, never zero
  Stdin,   // std::io::Stdin, the handle `std::io::stdin()` returns (zero-sized here)
  Rc,      // std::rc::Rc<args[0]>: a pointer to its RcBox cell
  Weak,    // std::rc::Weak<args[0]>: a pointer to an Rc's RcBox cell, or usize::MAX from Weak::new
  RcBox,   // the heap cell of Rc<args[0]> (std's RcInner): strong count, weak count, the value; never a variable's
  RefCell,     // std::cell::RefCell<args[0]>: a borrow flag (isize) then the value
  Cell,        // std::cell::Cell<args[0]>: the value alone
  CellRef,     // std::cell::Ref<args[0]>: a guard: a pointer to the value and one to the RefCell's flag
  CellRefMut,  // std::cell::RefMut<args[0]>: the same, for a mutable borrow
  HashMap,     // std::collections::HashMap<args[0], args[1]>: hashbrown's RawTable header and the hasher's keys
  HashSet,     // std::collections::HashSet<args[0]>: a HashMap<T, ()> inside
  HashTable,   // the allocation of a HashMap (args K, V) or HashSet (args T): buckets ((K, V) or T), then
               // control bytes; never a variable's
  MapEntry,    // std::collections::hash_map::Entry<args[0], args[1]>: Occupied or Vacant, what entry() returns
  VecDeque,    // std::collections::VecDeque<args[0]>: a ring buffer {cap, ptr, head, len}
  BinaryHeap,  // std::collections::BinaryHeap<args[0]>: a Vec<args[0]> kept in heap order, laid out as the Vec
  BTreeMap,    // std::collections::BTreeMap<args[0], args[1]>: {root node (null: none yet), height, length}
  BTreeSet,    // std::collections::BTreeSet<args[0]>: a BTreeMap<T, ()> inside
  BTreeNode,   // a node of a BTreeMap<args[0], args[1]> (a set's: args[1] is ()): std's LeafNode, or
               // InternalNode when length is 1; never a variable's
  BTreeEntry,  // std::collections::btree_map::Entry<args[0], args[1]>: Occupied or Vacant
  Param,   // a generic parameter `T` inside a generic item: paramIndex; never run
  Projection,  // `<T as Iterator>::Item` not known yet: args[0] is T, then the trait's arguments;
               // traitIndex, assocIndex (check/traits.h normalizes it once T is known)
  Dyn,     // a trait object `dyn Trait` (unsized; behind a fat pointer): traitIndex; args are the
           // trait's arguments (`length` of them), then the types of its associated types in order
           // (`dyn Fn(i32) -> i32`: the tuple `(i32,)`, then Output `i32`)
  FnPtr,   // a function pointer `fn(A, B) -> R`: args are the parameters, then the result; one word, never null
  Vtable,  // the vtable of args[0] as trait object args[1] in the static region: drop, size, align,
           // then `length` method slots; never a variable's
  Var,     // an inference variable: varKind says which
  Error,   // after an error was reported: unifies with anything, silently
};

// The adapters kept around one of those (std's struct, the iterator inside).
#define SH_KEPT_ADAPTERS(X)                                                                                  \
  X(Enumerate)    /* iter::Enumerate<I>: {iter: I, count}, a struct as rustc lays it out; I is args[1] */   \
  X(Skip)         /* iter::Skip<I>: {iter: I, n} */                                                          \
  X(Take)         /* iter::Take<I>: {iter: I, n} */                                                          \
  X(Peekable)     /* iter::Peekable<I>: {iter: I, peeked: Option<Option<Item>>}; that Option is args[2] */  \
  X(Map)          /* iter::Map<I, F>: {iter: I, f: F}; the closure's type is args[2] */                      \
  X(Filter)       /* iter::Filter<I, P>: {iter: I, predicate: P} */                                          \
  X(FilterMap)    /* iter::FilterMap<I, F>: {iter: I, f: F} */                                               \
  X(Inspect)      /* iter::Inspect<I, F>: {iter: I, f: F} */                                                 \
  X(Rev)          /* iter::Rev<I>: {iter: I} */                                                                \
  X(Copied)       /* iter::Copied<I>: {it: I} */                                                               \
  X(Cloned)       /* iter::Cloned<I>: {it: I} */                                                               \
  X(StepBy)       /* iter::StepBy<I>: {iter: I, step_minus_one: usize, first_take: bool} */                    \
  X(TakeWhile)    /* iter::TakeWhile<I, P>: {iter: I, flag: bool, predicate: P} */                             \
  X(SkipWhile)    /* iter::SkipWhile<I, P>: {iter: I, flag: bool, predicate: P} */                             \
  X(Zip)          /* iter::Zip<A, B>: {a: A, b: B, index, len}; B is args[2] */                                  \
  X(Chain)        /* iter::Chain<A, B>: {a: Option<A>, b: Option<B>}; B is args[2] */

// The std iterators a learner can keep in a variable (Iter's `length`),
// laid out as std lays them out so the picture shows what they hold:
// pointers into the buffer or the text they walk. An Iter of kind None is a
// chain of adapters, run where it is written (run/std/streams.cpp).
#define SH_KEPT_ITERS(X)                                                                  \
  X(None)         /* a chain run where it is written: never stored */                     \
  X(SliceIter)    /* slice::Iter<T>: {ptr, end} (a zero-sized T: {ptr, len}) */            \
  X(SliceIterMut) /* slice::IterMut<T>: the same */                                        \
  X(Chars)        /* str::Chars: {ptr, end} over the UTF-8 bytes */                        \
  X(Bytes)        /* str::Bytes: the same */                                               \
  X(CharIndices)  /* str::CharIndices: {ptr, end, front_offset} */                         \
  X(VecIntoIter)  /* vec::IntoIter<T>: {buf, ptr, cap, end}; owns the buffer and what is left */           \
  X(Split)        /* str::Split<'_, P>: SplitInternal around P's searcher; P is args[1] (TextSplitter below) */ \
  X(SplitWhitespace) /* str::SplitWhitespace: a Split around a CharPredicateSearcher, empties filtered */  \
  X(Lines)        /* str::Lines: a SplitInclusive on '\n', each line's "\n" or "\r\n" taken off */      \
  X(RSplit)       /* str::RSplit<'_, P>: Split's fields, walked from the back */                            \
  X(SplitTerminator) /* str::SplitTerminator<'_, P>: Split's fields, no empty piece after a last match */   \
  X(Windows)      /* slice::Windows<T>: {v: &[T], size}; items &[T] (args[0]) */                           \
  X(Chunks)       /* slice::Chunks<T>: {v: &[T], chunk_size} */                                            \
  X(ChunksExact)  /* slice::ChunksExact<T>: {v: &[T], rem: &[T], chunk_size} */                            \
  SH_KEPT_ADAPTERS(X)

enum class KeptIter : uint8_t {
#define SH_KEPT_ITER_ENUM(name) name,
  SH_KEPT_ITERS(SH_KEPT_ITER_ENUM)
#undef SH_KEPT_ITER_ENUM
};
// `case KeptIter::Enumerate: ... case KeptIter::SkipWhile:`, for a switch over every kind.
#define SH_KEPT_ADAPTER_CASE(name) case KeptIter::name:
#define SH_CASE_KEPT_ADAPTERS SH_KEPT_ADAPTERS(SH_KEPT_ADAPTER_CASE)

// Where a kept iterator's front and end words sit (check/layout.cpp), and
// how many items lie between them: the bytes left for a str's iterators,
// the count itself in end for a zero-sized element (std's way).
uint64_t keptFrontOffset(KeptIter k);
uint64_t keptEndOffset(KeptIter k);
uint64_t keptItemsBetween(KeptIter k, uint64_t front, uint64_t end, uint64_t elemSize);
// The text splitters (Split, SplitWhitespace, Lines) hold no pointer to
// their position: std keeps offsets into the haystack, a `&str` they hold.
// Split, RSplit and SplitTerminator hold the searcher of their pattern,
// which is their type's second argument (a char or a &str, &String, &&str).
// Where each field sits (measured with rustc 1.95 on the bytes of a
// transmuted iterator: rustc reorders them):
//   by a char, and Lines (72 bytes): start, end, haystack {ptr, len}, finger,
//     finger_back, utf8_encoded [u8; 4] at 48, needle (char) at 52,
//     utf8_size (u8) at 56, allow_trailing_empty at 64, finished at 65;
//   by a &str (128 bytes): the StrSearcherImpl first, its tag (0 Empty,
//     1 TwoWay) at 0 and its variant's fields from 8 (TwoWay: crit_pos,
//     crit_pos_back, period, byteset, position, end, memory, memory_back;
//     Empty: position, end, then is_match_fw, is_match_bw, is_finished at
//     24..26), haystack at 72, needle at 88, start at 104, end at 112,
//     allow_trailing_empty at 120, finished at 121;
//   SplitWhitespace (64 bytes): start, end, haystack, the CharIndices
//     {Chars {ptr, end}, front_offset} at 32, allow_trailing_empty at 56,
//     finished at 57.
bool keptSplitsText(KeptIter k);
// windows, chunks and chunks_exact kept: std's structs of the slice left
// (and ChunksExact's remainder) and the size, in declaration order
// (measured with rustc 1.95: 24, 24 and 40 bytes).
bool keptSlicePieces(KeptIter k);
// std's adapters kept around a kept iterator (or a range): the adapter's
// struct with the iterator first and its other fields after it, in std's
// declaration order and named as std names them (check/layout.cpp lays
// them out as rustc reorders them).
bool keptAdapter(KeptIter k);
const char* keptAdapterName(KeptIter k);      // "Enumerate", ..., as std's Debug writes it
const char* keptAdapterIterField(KeptIter k); // "iter", or Copied's and Cloned's "it"
// What an adapter's field after its iterator holds.
// Index: Zip's index or len, which std's Debug leaves out; Other: Zip's or
// Chain's second iterator.
enum class AdapterField : uint8_t { Count, Flag, Peeked, Closure, Index, Other };
struct KeptAdapterField {
  const char* name;
  AdapterField holds;
};
std::vector<KeptAdapterField> keptAdapterTail(KeptIter k);  // the fields after its iterator
bool keptWithClosure(KeptIter k);  // Map, Filter, FilterMap, Inspect, TakeWhile, SkipWhile: a closure among its fields
bool keptWithTwoIters(KeptIter k);  // Zip, Chain: a second iterator among its fields
// std's Debug of an adapter: its closure and Zip's index and len left out;
// a Zip of two TrustedRandomAccessNoCoerce iterators is just `Zip`.
bool adapterFieldPrinted(AdapterField f);
class TypeTable;
bool printsBare(const TypeTable& T, TypeId adapter);
enum class SplitSearcher : uint8_t { Char, Str, Whitespace };  // CharSearcher, StrSearcher, SplitWhitespace's predicate
struct TextSplitter {
  uint64_t start, end, haystack, allowTrailingEmpty, finished;
  static TextSplitter of(SplitSearcher s) {
    switch (s) {
      case SplitSearcher::Char: return {0, 8, 16, 64, 65};
      case SplitSearcher::Str: return {104, 112, 72, 120, 121};
      case SplitSearcher::Whitespace: return {0, 8, 16, 56, 57};
    }
    return {0, 8, 16, 64, 65};
  }
  static constexpr uint64_t finger = 32, fingerBack = 40, utf8Encoded = 48, needle = 52, utf8Size = 56;  // CharSearcher
  static constexpr uint64_t charsPtr = 32, charsEnd = 40, frontOffset = 48;                            // CharIndices
  static constexpr uint64_t searcherTag = 0, strNeedle = 88;                                            // StrSearcher
  static constexpr uint64_t critPos = 8, critPosBack = 16, period = 24, byteset = 32, twoWayPosition = 40, twoWayEnd = 48,
                            memory = 56, memoryBack = 64;                                               // TwoWaySearcher
  static constexpr uint64_t emptyPosition = 8, emptyEnd = 16, isMatchFw = 24, isMatchBw = 25, isFinished = 26;  // EmptyNeedle
};
// Whether the engine clones it: the ones that borrow are a copy of their
// pointers; IterMut is not Clone, and vec::IntoIter's clone is not run here.
bool keptIterClones(KeptIter k);

enum class VarKind : uint8_t { Any, Integer, Float };

constexpr uint8_t kSendBit = 1, kSyncBit = 2;  // Type::autoTraits

struct Type {
  TypeKind kind = TypeKind::Error;
  IntKind intKind = IntKind::I32;  // Int
  bool isF32 = false;              // Float
  bool isMut = false;              // Ref
  bool inclusive = false;          // Range
  VarKind varKind = VarKind::Any;  // Var
  uint32_t varIndex = 0;           // Var
  int32_t structIndex = -1;        // Struct (args: a generic struct's type arguments)
  int32_t enumIndex = -1;          // Enum (args: a generic enum's type arguments)
  int32_t paramIndex = -1;         // Param
  int32_t traitIndex = -1;         // Projection
  int32_t assocIndex = -1;         // Projection
  uint64_t length = 0;             // Array; Dyn: how many trait arguments; Vtable: how many method slots
  uint8_t autoTraits = 0;          // Dyn: the auto traits added to its trait (`+ Send`: kSendBit, `+ Sync`: kSyncBit)
  std::vector<TypeId> args;

  bool operator==(const Type& o) const;
};

struct FieldLayout {
  std::string name;
  TypeId type = kNoType;
  uint64_t offset = 0;
};

// The words of a Vec<T>'s or String's header, where rustc 1.95 puts them.
// std declares RawVecInner {ptr, cap: Cap} and then Vec's len; `Cap` is a
// usize whose values above isize::MAX are invalid, the largest niche of the
// three, so rustc's field reordering moves the capacity to the front. Every
// reader and writer of a header names its word through these offsets.
struct VecHeader {
  static constexpr uint64_t cap = 0, ptr = 8, len = 16, size = 24;
};

// VecDeque {head, len, buf: RawVec}: the RawVec, which holds the niche,
// comes first (cap then ptr, as in a Vec), then head and len in their order.
struct DequeHeader {
  static constexpr uint64_t cap = 0, ptr = 8, head = 16, len = 24, size = 32;
};

// A scalar inside a type whose valid values leave some out (rustc's niche):
// at `offset`, `bytes` wide, the valid values run from `start` to `end`,
// wrapping around. An enum around the type can keep its tag in the values
// left out, at no cost in size.
struct Niche {
  bool exists = false;
  uint64_t offset = 0;
  unsigned bytes = 0;
  uint64_t start = 0, end = 0;
  uint64_t available() const;  // how many values are left out
};

// How an enum's value says which variant it holds.
enum class TagEncoding : uint8_t {
  None,    // one variant only: nothing to say
  Direct,  // a tag of `tagBytes` at `tagOffset` holds the variant's discriminant
  Niche,   // variant `untagged` has no tag; the others store nicheStart + (index - nicheFirst)
           // in the niche of the untagged variant's fields
};

struct VariantLayout {
  std::vector<uint64_t> offsets;  // each field's offset in the enum, declaration order
  uint64_t size = 0;
  uint64_t align = 1;
};

struct Layout {
  uint64_t size = 0;
  uint64_t align = 1;
  std::vector<FieldLayout> fields;  // Struct and Tuple: in declaration order, with offsets
  Niche niche;                      // the largest niche, offered to an enum around this type
  uint64_t payloadOffset = 0;       // Option: offset of Some's payload; Result: of Ok's value
  // Enums, Option and Result:
  TagEncoding tag = TagEncoding::None;
  uint64_t tagOffset = 0;
  unsigned tagBytes = 0;
  uint32_t untagged = 0, nicheFirst = 0, nicheLast = 0;
  uint64_t nicheStart = 0;
  std::vector<int64_t> discriminants;  // Direct: each variant's discriminant
  std::vector<VariantLayout> variants;
};

// The variant an enum value holds, from the tag bytes read at tagOffset
// (zero-extended); and the tag a variant writes (false: it writes none).
uint32_t variantOfTag(const Layout& l, uint64_t tag);
bool tagOfVariant(const Layout& l, uint32_t variant, uint64_t* tag);

// The traits `#[derive(...)]` gives a struct or an enum, read by one
// function for both (check/resolve_items.cpp readDerives). Each derive is
// checked against the type's fields where it is declared
// (check/resolve_compare.cpp checkDerives), so a use only reads the flag.
struct DerivedTraits {
  bool isCopy = false;
  bool isClone = false;
  bool isDebug = false;
  bool isPartialEq = false;
  bool isEq = false;
  bool isPartialOrd = false;
  bool isOrd = false;
  bool isDefault = false;
  bool isHash = false;
};

// A generic parameter: its name, and what its bounds promise the type
// table (the rest of what they promise is the trait table's, check/traits.h).
struct ParamInfo {
  std::string name;
  bool isCopy = false;        // bounded by Copy
  bool maybeUnsized = false;  // `T: ?Sized`, or a trait's Self: not Sized unless a bound says so
};

// A struct, an enum or their generic instance. A generic struct is declared
// once with its parameters in `typeParams`; `Wrapper<i32>` is the type
// (Struct, structIndex, args = {i32}) whose info (TypeTable::structOf) has
// the fields with each parameter replaced by its argument.
struct StructInfo : DerivedTraits {
  bool hasDrop = false;  // the learner's `impl Drop` (on the declaration; instances read it there)
  std::string name;  // as rustc prints it (check/scopes.h displayName)
  std::string key;   // unique in the program: `crate::shapes::Circle` (check/scopes.h keyOf)
  std::vector<TypeId> typeParams;  // Param types, in declaration order
  std::vector<std::pair<std::string, TypeId>> fields;  // declaration order
  bool isTuple = false;
  bool reprC = false;    // #[repr(C)]: fields stay in declaration order
  std::string stdPath;   // a std item's path (std::cmp::Ordering); empty for the learner's
  const StructDecl* decl = nullptr;  // null for a closure's environment
  int32_t closure = -1;  // a closure's environment: its ClosureInfo (check/checker.h)
};

struct VariantInfo {
  std::string name;
  VariantShape shape = VariantShape::Unit;
  std::vector<std::pair<std::string, TypeId>> fields;  // declaration order; tuple variants "0", "1", ...
  int64_t discriminant = 0;
  Span span;
};

struct EnumInfo : DerivedTraits {
  bool hasDrop = false;
  std::string name;  // as rustc prints it
  std::string key;   // unique in the program
  std::vector<TypeId> typeParams;
  std::vector<VariantInfo> variants;
  bool fieldless = true;  // every variant is a unit variant: `as` casts to integers work
  // `#[repr(u8)]` and the other integers: the tag's bytes (0 without); `#[repr(C)]`: reprC
  // (a tag of C's int). Either lays the enum out tagged, fields in declaration order.
  unsigned reprBytes = 0;
  bool reprSigned = false;
  bool reprC = false;
  std::string stdPath;
  const EnumDecl* decl = nullptr;
  int32_t findVariant(const std::string& name) const;
};

class TypeTable {
 public:
  TypeTable();

  TypeId intern(const Type& t);
  TypeId find(const Type& t) const;  // an interned type, or kNoType
  const Type& get(TypeId id) const { return types_[id]; }
  size_t count() const { return types_.size(); }

  // Common types, interned once.
  TypeId unit() const { return unit_; }
  TypeId boolType() const { return bool_; }
  TypeId charType() const { return char_; }
  TypeId f64Type() const { return f64_; }
  TypeId f32Type() const { return f32_; }
  TypeId strType() const { return str_; }
  TypeId stringType() const { return string_; }
  TypeId never() const { return never_; }
  TypeId error() const { return error_; }
  TypeId intType(IntKind k) const;
  TypeId usize() const { return intType(IntKind::Usize); }
  TypeId strRef() const { return strRef_; }
  TypeId refTo(TypeId t, bool isMut);
  TypeId vecOf(TypeId t);
  TypeId boxOf(TypeId t);
  TypeId optionOf(TypeId t);
  TypeId sliceOf(TypeId t);
  TypeId arrayOf(TypeId t, uint64_t n);
  TypeId tupleOf(std::vector<TypeId> elems);
  TypeId rangeOf(TypeId t, bool inclusive);
  TypeId iterOf(TypeId item, KeptIter kept = KeptIter::None);
  TypeId splitterOf(KeptIter kept, TypeId pattern);  // Split, RSplit or SplitTerminator by `pattern`
  SplitSearcher splitSearcher(TypeId splitter) const;
  // An adapter around `inner`; `closure` is Map's or Filter's (Peekable's Option<Option<item>> is made here).
  TypeId keptAdapterOf(KeptIter kept, TypeId item, TypeId inner, TypeId closure = kNoType);
  TypeId keptAdapterSecond(TypeId iter) const;  // the type of Peekable's peeked field or of an adapter's closure
  // A kept adapter's fields, its iterator first, in std's declaration order.
  std::vector<std::pair<std::string, TypeId>> keptAdapterFields(TypeId iter) const;
  bool keptClones(TypeId iter) const;  // a kept iterator's Clone: an adapter's is its iterator's
  // std's TrustedRandomAccess (coerce) or TrustedRandomAccessNoCoerce: a
  // Zip of two of the first walks them by index, and prints as `Zip` when
  // both are the second.
  bool keptRandomAccess(TypeId iter, bool coerce) const;
  KeptIter keptIter(TypeId t) const;  // None for every type that is not a kept iterator
  std::string iterName(const Type& iter) const;
  TypeId keptElem(TypeId iter) const;  // what a kept iterator walks: the slice's or Vec's T, a str's u8
  TypeId structType(int32_t index, std::vector<TypeId> args = {});
  TypeId enumType(int32_t index, std::vector<TypeId> args = {});
  TypeId paramType(int32_t index) const;
  TypeId projection(TypeId self, int32_t trait, int32_t assoc, std::vector<TypeId> traitArgs);
  // Traits by index, for naming projections (the checker's trait table owns the rest).
  void nameTrait(int32_t index, std::string name, std::vector<std::string> assocTypes);
  int32_t newParam(ParamInfo info);
  ParamInfo& param(int32_t index) { return params_[index]; }
  const ParamInfo& param(int32_t index) const { return params_[index]; }
  TypeId resultOf(TypeId ok, TypeId error);
  TypeId ioErrorType();
  // Rc<T> and Weak<T> intern their cell's type, RcBox<T>, with them, so the
  // run finds it after the freeze (rcBoxOf).
  TypeId rcOf(TypeId t);
  TypeId weakOf(TypeId t);
  TypeId rcBoxOf(TypeId t) const;
  TypeId refCellOf(TypeId t);
  TypeId cellOf(TypeId t);
  TypeId cellRefOf(TypeId t, bool isMut);
  // HashMap<K, V> and HashSet<T> intern their table's type (HashTable with
  // the same arguments) and their bucket type ((K, V), or T) with them;
  // tableOf and bucketOf find them after the freeze.
  TypeId hashMapOf(TypeId key, TypeId value);
  TypeId hashSetOf(TypeId t);
  TypeId tableOf(TypeId mapOrSet) const;
  TypeId bucketOf(TypeId tableOrMap) const;
  TypeId mapEntryOf(TypeId key, TypeId value);
  TypeId vecDequeOf(TypeId t);
  TypeId binaryHeapOf(TypeId t);
  // BTreeMap<K, V> and BTreeSet<T> intern their two node types (leaf and
  // internal, args K and V, or T and ()) with them; btreeNodeOf finds them.
  TypeId btreeMapOf(TypeId key, TypeId value);
  TypeId btreeSetOf(TypeId t);
  TypeId btreeNodeOf(TypeId mapOrSet, bool internal) const;
  TypeId btreeEntryOf(TypeId key, TypeId value);
  TypeId stdinType();
  // `dyn Trait<args..., Assoc = bindings...>`, and the vtable of `concrete` as one.
  TypeId dynOf(int32_t trait, std::vector<TypeId> traitArgs, const std::vector<TypeId>& assocTypes, uint8_t autoTraits = 0);
  TypeId vtableOf(TypeId concrete, TypeId dyn, uint64_t methodSlots);
  // A pointer to t is fat (two words: the data and its length or vtable): t is str, a slice or a trait object.
  bool isUnsized(TypeId t) const;
  TypeId newVar(VarKind kind);

  std::vector<StructInfo>& structs() { return structs_; }
  const std::vector<StructInfo>& structs() const { return structs_; }
  int32_t findStruct(const std::string& key) const;  // by key
  std::vector<EnumInfo>& enums() { return enums_; }
  const std::vector<EnumInfo>& enums() const { return enums_; }
  int32_t findEnum(const std::string& key) const;
  // The info of a struct or enum type: its declaration's, or for a generic
  // instance the declaration's with every parameter replaced. Instances made
  // before their declaration's fields were known are completed by
  // completeInstances(), which the checker calls once every field is lowered.
  const StructInfo& structOf(TypeId t) const;
  const EnumInfo& enumOf(TypeId t) const;
  void completeInstances();
  // t with each Param type params[i] replaced by args[i].
  TypeId subst(TypeId t, const std::vector<TypeId>& params, const std::vector<TypeId>& args);
  bool containsParam(TypeId t) const;
  bool mentions(TypeId t, TypeId part) const;  // t is part, or has it among its arguments
  bool containsVar(TypeId t) const;            // an inference variable left unbound somewhere in t

  // Inference: binding a variable, and following bindings.
  TypeId resolve(TypeId t) const;        // the representative of t (shallow)
  TypeId resolveDeep(TypeId t);          // t with every bound variable replaced
  void bindVar(TypeId var, TypeId to);
  // Replaces unbound {integer} with i32, {float} with f64, other unbound with `()` (after an error).
  TypeId defaultDeep(TypeId t);

  // Names as rustc prints them: `Vec<String>`, `&mut i32`, `{integer}`.
  std::string name(TypeId t) const;
  std::string traitObjectName(const Type& dyn) const;

  // Ends checking: computes every type's layout and refuses new types from
  // now on. layout() answers only after the freeze.
  void freeze();
  bool frozen() const { return frozen_; }
  const Layout& layout(TypeId t) const;
  bool isCopy(TypeId t) const;       // Copy types are copied, everything else moves
  int32_t closureOf(TypeId t) const;  // the closure whose environment t is (Checked::closures), or -1
  bool needsDrop(TypeId t) const;    // owns heap memory somewhere inside
  bool isInteger(TypeId t) const;
  bool isNumeric(TypeId t) const;
  // What `*p` and auto-deref reach from a pointer-like type: the referent
  // of &T, Box<T>, Rc<T> and RefCell's guards; kNoType for anything else.
  TypeId derefTarget(TypeId t) const;

 private:
  const Layout& computedLayout(TypeId t);
  Layout computeLayout(TypeId t);
  Layout structLikeLayout(const std::vector<std::pair<std::string, TypeId>>& fields, bool keepOrder = false);
  Layout enumLikeLayout(const std::vector<std::vector<Layout>>& variants, const std::vector<int64_t>& discriminants);
  Layout optionLayout(TypeId inner);
  Layout resultLayout(const Type& result);

  std::vector<Type> types_;
  std::unordered_map<std::string, TypeId> index_;
  std::vector<TypeId> varBinding_;  // per variable index: kNoType if unbound
  std::vector<TypeId> varType_;     // per variable index: its TypeId
  std::vector<Layout> layouts_;
  std::vector<bool> hasLayout_;
  std::vector<StructInfo> structs_;
  std::vector<EnumInfo> enums_;
  bool frozen_ = false;
  std::vector<ParamInfo> params_;
  std::vector<std::pair<std::string, std::vector<std::string>>> traitNames_;
  std::vector<TypeId> paramTypes_;
  // Generic instances, by TypeId (-1: not an instance); their infos live in
  // deques so references stay valid as more are made.
  std::vector<int32_t> instanceOf_;
  std::deque<StructInfo> structInstances_;
  std::deque<EnumInfo> enumInstances_;
  bool fieldsComplete_ = false;
  void makeInstance(TypeId id);
  void internCompanions(const Type& t);
  void fillInstance(TypeId id);
  TypeId unit_, bool_, char_, f64_, f32_, str_, string_, never_, error_, strRef_;
  TypeId ints_[12];
};

}  // namespace sh
