// What a name means where it is written: the items of every module and
// block, the imports that bring names in, and the privacy rules that say
// which of them a path may reach.
//
// Paths are resolved the way rustc 2021 does it. The first segment is
// looked up from the innermost scope outward up to the nearest module (a
// block sees the items of the blocks around it and of its module, a module
// sees only its own), or is `crate`, `self`, `super`, or `std`. Every later
// segment is looked up inside the module the path has reached, and must be
// visible from where the path is written (E0603). Once a path reaches a
// struct, an enum or a type alias, what follows is the type's own business
// (a variant, an associated function), which the resolver handles.
//
// The resolver rewrites each resolved path into a canonical form: the
// segments that named the item are replaced by one segment holding the
// item's key (`crate::shapes::Circle`), unique in the program, so the rest of
// the checker looks items up by key and never by the name as written.
#pragma once

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"
#include "syntax/ast.h"

namespace sh {

enum class ItemKind : uint8_t { Module, Struct, Enum, Variant, Fn, Const, Static, TypeAlias, Trait, Std };

// Rust keeps types and values apart: `struct P(i32);` is both, `fn f` only
// a value. Call is the value namespace where the path is called, which
// changes only rustc's words ("cannot find function").
enum class Namespace : uint8_t { Type, Value, Call };

struct ItemRef {
  ItemKind kind = ItemKind::Module;
  int32_t index = -1;    // into the Program's list of its kind (Module: the scope; Variant: the enum; Std: unused)
  int32_t variant = -1;  // Variant: its index in the enum
  bool found() const { return index >= 0 || kind == ItemKind::Std; }
};

// How much of a path named an item, and which.
struct PathResolution {
  ItemRef item;
  size_t used = 0;      // segments that named it; 0 when the first is no item in scope
  std::string stdPath;  // ItemKind::Std: the path in std (`std::mem::swap`), or the prelude name of a std type (`String`)
};

// Whether `name` is a primitive type's (`u8`, `f64`, `bool`, `char`, `str`):
// a path may go through one (`i32::MAX`, `std::primitive::u8`).
bool namesPrimitiveType(const std::string& name);

// rustc's E0433 for a path whose first segment names nothing in scope: a
// type when it is capitalized (`Foo::new()`), else a module or a crate
// (`rand::random()`), which a learner may expect to add and cannot here.
Diagnostic unresolvedFirstSegment(const PathSegment& first);
Diagnostic unresolvedImport(const UseDecl& u);

class Scopes {
 public:
  // Declares every item in its scope and resolves every import
  // (E0428 for a name declared twice, E0432, E0433 and E0603 for imports).
  Scopes(const Program& program, const SourceFile& file);

  // The item the leading segments of `path` name, written in `scope`; the
  // last of those segments is looked up in `ns`. Throws rustc's error for a
  // module that has no such item or keeps it private.
  PathResolution resolve(const Path& path, int32_t scope, Namespace ns, bool quiet = false);

  // The program-wide key of an item (`crate::shapes::Circle`).
  std::string keyOf(ItemRef item) const;
  // The name rustc prints for a struct, an enum or a function: its own name,
  // or its path when another item of the program has the same name.
  std::string displayName(ItemRef item) const;
  // `geo::area` for a function in a module, `area` at the crate root.
  std::string qualifiedName(int32_t scope, const std::string& name) const;

  // Whether something visible as `vis` and declared in `declaredIn` may be
  // named from `from`.
  bool visible(Visibility vis, int32_t declaredIn, int32_t from) const;
  int32_t moduleOf(int32_t scope) const;
  // Whether an import in `scope` or a block around it, up to its module,
  // brings in std's item at `stdPath` (a trait's methods are callable only
  // where it is: `use std::fmt::Write;` for write! into a String).
  bool importsStdItem(int32_t scope, const std::string& stdPath);
  // Whether the learner's trait `trait` (an index into the Program's traits)
  // is in scope in `scope`: declared or imported (by name, `as _` or a glob)
  // there or in a block around it, up to its module. Only there are its
  // methods callable by method syntax and its items by a type's path.
  bool traitInScope(int32_t scope, int32_t trait);
  const ItemScope& scope(int32_t index) const { return program_.scopes[index]; }

 private:
  struct Entry {
    ItemRef item;
    Visibility vis = Visibility::Private;
    int32_t declaredIn = -1;
    Span span;                    // the item's name, or the import
    const UseDecl* use = nullptr;  // an import: resolved when first looked up
  };
  using Names = std::unordered_map<std::string, std::vector<Entry>>;

  void declare(int32_t scope, const std::string& name, Entry entry);
  void declareItems();
  void resolveImports();
  bool lookupIn(int32_t scope, const std::string& name, Namespace ns, int32_t from, Entry* out, Entry* hidden);
  bool lookupLexically(int32_t scope, const std::string& name, Namespace ns, Entry* out);
  ItemRef follow(const Entry& e, Namespace ns, std::string* stdPath);
  ItemRef resolveImport(const UseDecl& u, Namespace ns, std::string* stdPath);
  ItemRef resolveGlobSource(const UseDecl& u);
  const UseDecl* stdVariantImport(const UseDecl& glob, const std::string& name);
  bool holdsTrait(int32_t scope, int32_t trait, int32_t from);
  bool inNamespace(ItemRef item, Namespace ns) const;
  int32_t superOf(const Path& path, size_t segment, int32_t module) const;
  std::string kindWord(ItemRef item) const;
  std::string itemName(ItemRef item) const;
  Span itemSpan(ItemRef item) const;
  int32_t scopeOf(ItemRef item) const;
  std::string scopePath(int32_t scope) const;
  [[noreturn]] void missingStdModule(const Path& path, size_t segment);
  void missingStdName(const Path& path, size_t segment, Namespace ns, bool last, bool call);
  [[noreturn]] void privateItem(const Path& path, size_t segment, const Entry& e, Namespace ns);
  [[noreturn]] void notFound(const Path& path, size_t segment, ItemRef module, Namespace ns, bool last, bool call);

  const Program& program_;
  const SourceFile& file_;
  std::vector<Names> names_;                          // per scope
  std::vector<std::vector<const UseDecl*>> globs_;    // per scope: `use a::*;`
  std::vector<const UseDecl*> resolving_;             // imports being resolved (a cycle is E0432)
  std::deque<UseDecl> variantImports_;                // what a glob of std's enum stands for (stdVariantImport)
  std::unordered_map<std::string, int> typeNameCount_;  // structs and enums by name, for displayName
};

}  // namespace sh
