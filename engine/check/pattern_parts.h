// What a pattern does to the place it matches, part by part, as rustc's
// borrow checker sees it. `let (x, _) = p;` moves `p.0` and leaves `p.1`
// owned by `p`; `let (ref a, _) = p;` borrows `p.0` alone; `match opt {
// None => .., _ => .. }` reads `opt`'s discriminant and nothing else. The
// move checker (check/moves.cpp) and the borrow checker (check/borrows.cpp)
// both ask this one walk, so the two agree on what a pattern touches.
//
// A place below a variable is a path of parts joined by '.': a field
// ("name", "0"), an array's elements ("[2]", or "[1..3]" for `rest @ ..`),
// or the variant an enum holds ("as Some", the way in to its fields).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "check/checker.h"

namespace sh {

enum class PartAccess : uint8_t {
  Move,       // a binding by value of a type that is not Copy
  Copy,       // a binding by value of a Copy type
  Borrow,     // `ref x`; a string literal compared with the part
  BorrowMut,  // `ref mut x`
  Read,       // a test: which variant, or a value compared with a literal, a range or a constant
};

// Where rustc points at a part's access: the binding or pattern itself, the
// matched expression (a variant's test), or the start of the match (a
// value's test: the whole `match`, or the pattern of a `let`, `if let` or
// `while let`).
enum class PartSpan : uint8_t { Own, Scrutinee, MatchStart };

// The or-patterns a part sits in (by where each starts) and which
// alternative of each: parts of different alternatives of one or-pattern
// never both happen.
using Alternatives = std::vector<std::pair<uint32_t, size_t>>;

struct PatternPart {
  std::string path;  // below the matched place; through a reference, the reference's own path
  Span at;           // the binding or the pattern
  PartAccess access;
  PartSpan where = PartSpan::Own;
  int32_t local = -1;  // the binding's local
  bool throughRef = false;  // reached through a reference: the place read is the reference, the part is its target's
  Alternatives alternatives;
};

// What pattern `p` does to the place at `path`, appended to `out`. A binding
// names its part; a test reads its part; `_` and `..` touch nothing. Through
// a reference (a `&` pattern, or the default binding mode) the parts belong
// to the reference's target: each is recorded at the reference's own path,
// which is what the matched place gives up to reach them.
void patternParts(const TypeTable& T, const FnInfo& fn, const Pattern& p, const std::string& path,
                  std::vector<PatternPart>& out);

// Whether two parts come from different alternatives of one or-pattern.
bool exclusiveAlternatives(const Alternatives& a, const Alternatives& b);

// Whether two paths overlap: one is the other or inside it. Distinct fields,
// distinct elements and distinct variants are apart.
bool placesOverlap(const std::string& a, const std::string& b);
// How many parts a path has ("" none).
size_t placeDepth(const std::string& path);
// A place as rustc names it: `p.0`, `arr[..]`, variants left out.
std::string placeName(const std::string& local, const std::string& path);

// rustc's name, for E0507, of what the first by-value binding of a non-Copy
// value in pattern `p` moves out of `matched` (the matched place as written,
// its leading `*`s included): the fields on the way (`r.s`, `w.o.0`), a
// dereference (a `*` or a `&` pattern) left implicit once a part follows it,
// and an enum variant's own field left out, its name put in `*variant`
// instead (`r` as enum variant `Some`). Empty when a part has no plain name
// (an element after `..`, a slice's element) or nothing moves.
std::string movedPartName(const TypeTable& T, const FnInfo& fn, std::string matched, const Pattern& p, std::string* variant);

}  // namespace sh
