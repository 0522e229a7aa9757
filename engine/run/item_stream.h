// An iterator while it runs: a chain of streams, pulled one item at a time.
//
// Rust's iterators are lazy: `v.iter().map(f).filter(g).sum()` calls f on
// the first element, g on its result, adds it, then goes on to the second
// element, so a closure's output and a loop body's interleave as they do in
// the compiled program. The interpreter builds one stream per call of the
// chain (run/std/iter.cpp: a source, then one node per adapter around it)
// and the consumer or the `for` loop pulls from the outermost.
//
// A source's items are computed up front where that cannot be told apart
// from Rust's lazy walk: the collection it borrows cannot change while the
// iterator lives, so the references or chars it yields are the same. A
// range counts as it goes (`(0..1_000_000).map(..)` holds no vector), and a
// learner's iterator runs its own `next` at each pull. An iterator kept in a
// variable is read the same way from its pointers (run/std/kept_iters.cpp).
//
// Each stream also answers std's size_hint, which decides how much `collect`
// allocates, and whether std trusts that hint (TrustedLen): the allocator
// log of a `collect` depends on both.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "run/memory.h"
#include "syntax/ast.h"

namespace sh {

class Value;  // run/interpreter.h, which includes this file

#define SH_STREAM_KINDS(X)                                                                             \
  X(Items)     /* a source's items, computed up front (iter, chars, split, keys, ...) */                \
  X(Moved)     /* a collection's elements moved out one by one (into_iter); owns the buffer */           \
  X(Count)     /* an integer range, counting up (or down, reversed) */                                   \
  X(Learners)  /* the learner's own Iterator: its `next` called at each pull */                          \
  X(Repeat)    /* std::iter::repeat: a clone of the element (held at owner) at each pull */              \
  X(FromFn)    /* std::iter::from_fn: its closure called at each pull */                                  \
  X(Successors)  /* std::iter::successors: the next item (an Option held at owner), the closure given it */ \
  X(Map) X(Filter) X(FilterMap) X(Enumerate) X(Take) X(Skip) X(TakeWhile) X(SkipWhile) X(StepBy)        \
  X(Inspect) X(Copied) X(Cloned) X(Zip) X(Chain) X(Rev)                                                \
  X(Scan)      /* scan: the closure given the state (held at owner) and each item */                     \
  X(FlatMap) X(Flatten)  /* each item (flat_map's closure's result) iterated in turn, in other */        \
  X(Shunt)     /* collect into an Option or a Result: the payloads until the first None or Err, kept in items */ \
  X(Peekable)  /* peekable: flag says something was peeked, the item then in items[front] (none: the end was) */ \
  X(ByRef)     /* `&mut it`, `it.by_ref()`: the iterator at owner pulled in place, left where the chain stopped */ \
  X(Cycle)     /* cycle: the iterator in inner, a copy of it as it was made in other (std's orig), copied anew when spent */

enum class StreamKind : uint8_t {
#define SH_STREAM_ENUM(name) name,
  SH_STREAM_KINDS(SH_STREAM_ENUM)
#undef SH_STREAM_ENUM
};

// A closure (or a reference to one) an adapter or a consumer was given,
// held in a scratch slot while it is called; owned unless it is a reference.
struct HeldCallable {
  Address at = 0;          // the closure value, or the reference to it
  TypeId type = kNoType;   // its type as given
  bool owned = false;      // given by value: dropped when the stream is closed, unless an FnOnce call took it
};

// std's (lower, upper) size hint.
struct SizeHint {
  uint64_t lower = 0;
  std::optional<uint64_t> upper;
};

struct ItemStream {
  StreamKind kind = StreamKind::Items;
  const Expr* call = nullptr;              // the call that made it (its type, its spans)
  TypeId item = kNoType;                   // the type of its items
  std::vector<Value> items;                // Items, Moved: the items not yet taken are [front, back)
  size_t front = 0, back = 0;
  std::vector<uint64_t> bytesBefore;       // Items from a str's chars: the text's bytes left at item i, and 0
  std::vector<SizeHint> hintBefore;        // Items of a B-tree set operation: std's size_hint with item i next, and at the end
  bool exact = true;                       // Items: the hint is exact (else (0, None), as for split); Count: it has
                                           // an end (else RangeFrom's (usize::MAX, None))
  bool trusted = false;                    // Items, Moved, Count: std trusts the hint (TrustedLen)
  bool randomAccess = false;               // Items, Moved, Count: std walks it by index (TrustedRandomAccess)
  bool closed = false;                     // closeStream ran
  bool ranDry = false;                     // Items: a pull found nothing left (a kept splitter's `next` said None)
  bool nthPastEnd = false;                 // Items: nth or nth_back found no such item (a slice's windows and chunks
                                           // then empty their slice, as std's overrides of them do)
  bool borrowed = false;                   // Learners, Peekable: the caller's iterator, advanced in place (a `&mut self`
                                           // consumer): not dropped, its peeked item written back
  __int128 next = 0, end = 0;              // Count: [next, end)
  Address owner = 0;                       // Moved: the Vec's header (a scratch slot) whose buffer it frees; Learners, ByRef:
                                           // the iterator
  Address drainOf = 0;                     // Items of a drain: the Vec's or String's header, whose tail moves back at the close;
                                           // Moved of a drain: the HashMap or HashSet its emptied table moves back to
  uint64_t drainFrom = 0, drainTo = 0;     // ... the range drained out of it, in elements (a String's in bytes),
  uint64_t drainLen = 0;                   // ... and its length before
  std::vector<std::vector<Address>> nodeFrees;  // Moved out of a BTreeMap or BTreeSet: the nodes freed before each item, and after
  TypeId ownerType = kNoType;              // Moved, a drain: the collection's type; Learners, ByRef: the iterator's type;
                                           // Scan: its state's (held at owner)
  int8_t pairHalf = -1;                    // Moved from a map by into_keys (0) or into_values (1): the half of each
                                           // (K, V) yielded, the other half dropped as the pair is taken
  int32_t nextFn = -1;                     // Learners: its `next`
  std::unique_ptr<ItemStream> inner, other;  // adapters: what they pull from; Zip's and Chain's second;
                                             // FlatMap's and Flatten's front iterator (none between two)
  HeldCallable fn;                         // Map, Filter, ...: the closure
  uint64_t n = 0;                          // Take, Skip, StepBy: the count or the step; Enumerate: the next index;
                                           // Zip: the pairs it gave;
                                           // FlatMap, Flatten: the length of the arrays it iterates
  bool flag = false;                       // TakeWhile: done; SkipWhile, StepBy: past the first; Chain: first spent;
                                           // Moved: its buffer taken by an in-place collect; Shunt: stopped;
                                           // FlatMap, Flatten: it iterates arrays (std's ConstSizeIntoIterator);
                                           // Peekable: something was peeked; Count: its last item was taken from the back
  uint8_t tryFolding = 0;                  // FlatMap, Flatten pulled by a try_fold (any, find, ...; markTryFolding): 1 keeps
                                           // a spent front iterator until the next is made; 2 first drops the one made
                                           // before the fold as soon as it is spent (std folds it, then clears it), then is 1;
                                           // Skip: 1 marks what it pulls so once it has skipped
};

}  // namespace sh
