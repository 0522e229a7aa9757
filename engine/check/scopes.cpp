// Scopes: every item declared where it stands, imports followed on demand,
// and rustc's errors for paths that lead nowhere or into private items.
//
// Imports are resolved lazily, when a lookup meets one, because an import
// may name what another import brings in, in any order; a guard turns an
// import that (through others) names itself into "unresolved". After every
// item is declared, each import is resolved once so that one which leads
// nowhere is rejected where it is written (E0432), used or not, as rustc does.
//
// The standard library is reached through `std::` (or `core::`) paths and
// imports of them. The checker knows std by full paths (check/std_fns.def)
// and by the prelude names of its types (`String`, `Vec`, `Option`), so a
// path into std resolves to one of those, and anything else in std is
// reported as not supported rather than guessed at.
#include "check/scopes.h"

#include <algorithm>

#include "check/std_table.h"
#include "check/types.h"

namespace sh {

namespace {

// std's types the checker knows, by the path std declares them at.
struct StdType {
  const char* path;
  const char* prelude;
};
constexpr StdType kStdTypes[] = {
    {"std::string::String", "String"},      {"std::vec::Vec", "Vec"},
    {"std::boxed::Box", "Box"},             {"std::option::Option", "Option"},
    {"std::option::Option::Some", "Some"},  {"std::option::Option::None", "None"},
    {"std::result::Result", "Result"},      {"std::result::Result::Ok", "Ok"},
    {"std::result::Result::Err", "Err"},
    // Outside Rust's prelude: known by their full path alone, so that
    // `Rc::new` without `use std::rc::Rc;` is rustc's E0433.
    {"std::rc::Rc", "std::rc::Rc"},         {"std::rc::Weak", "std::rc::Weak"},
    {"std::cell::RefCell", "std::cell::RefCell"}, {"std::cell::Cell", "std::cell::Cell"},
    {"std::cell::Ref", "std::cell::Ref"},   {"std::cell::RefMut", "std::cell::RefMut"},
    {"std::collections::HashMap", "std::collections::HashMap"},
    {"std::collections::HashSet", "std::collections::HashSet"},
    {"std::collections::hash_map::HashMap", "std::collections::HashMap"},
    {"std::collections::hash_set::HashSet", "std::collections::HashSet"},
    {"std::collections::VecDeque", "std::collections::VecDeque"},
    {"std::collections::vec_deque::VecDeque", "std::collections::VecDeque"},
    {"std::collections::BinaryHeap", "std::collections::BinaryHeap"},
    {"std::collections::binary_heap::BinaryHeap", "std::collections::BinaryHeap"},
    {"std::collections::BTreeMap", "std::collections::BTreeMap"},
    {"std::collections::BTreeSet", "std::collections::BTreeSet"},
    {"std::collections::btree_map::BTreeMap", "std::collections::BTreeMap"},
    {"std::collections::btree_set::BTreeSet", "std::collections::BTreeSet"},
    // the iterators a learner can keep, named in a signature or a field (check/resolve_items.cpp keptIterNamed)
    {"std::str::Chars", "std::str::Chars"},               {"std::str::CharIndices", "std::str::CharIndices"},
    {"std::str::Bytes", "std::str::Bytes"},               {"std::str::SplitWhitespace", "std::str::SplitWhitespace"},
    {"std::str::Lines", "std::str::Lines"},               {"std::slice::Iter", "std::slice::Iter"},
    {"std::slice::IterMut", "std::slice::IterMut"},       {"std::vec::IntoIter", "std::vec::IntoIter"},
    {"std::iter::Peekable", "std::iter::Peekable"},       {"std::iter::Enumerate", "std::iter::Enumerate"},
    {"std::iter::Skip", "std::iter::Skip"},               {"std::iter::Take", "std::iter::Take"},
    {"std::iter::Rev", "std::iter::Rev"},                 {"std::iter::Copied", "std::iter::Copied"},
    {"std::iter::Cloned", "std::iter::Cloned"},           {"std::iter::StepBy", "std::iter::StepBy"},
    {"std::slice::Windows", "std::slice::Windows"},       {"std::slice::Chunks", "std::slice::Chunks"},
    {"std::slice::ChunksExact", "std::slice::ChunksExact"},
};

// std's modules a path may pass through on its way to one of the above or
// to a function of check/std_fns.def.
constexpr const char* kStdModules[] = {"std",         "std::mem",     "std::io",      "std::string", "std::vec",
                                       "std::boxed",  "std::option",  "std::result",  "std::fmt",    "std::cmp",
                                       "std::ops",    "std::clone",   "std::convert", "std::iter",   "std::default",
                                       "std::hash",   "std::marker",  "std::num",  "std::f64",     "std::f32",    "std::f64::consts",
                                       "std::f32::consts", "std::rc",  "std::cell",
                                       "std::collections", "std::collections::hash_map", "std::collections::hash_set",
                                       "std::collections::vec_deque", "std::collections::btree_map", "std::collections::btree_set",
                                       "std::str", "std::slice", "std::process", "std::error", "std::ptr"};

// std's items other than types and functions: its traits (check/std_traits.def)
// and the enum around them, reached only by their paths or an import.
constexpr const char* kStdItems[] = {
#define SH_STD_TRAIT(id, name, path, inPrelude) path,
#include "check/std_traits.def"
    "std::cmp::Ordering", "std::cmp::Ordering::Less", "std::cmp::Ordering::Equal", "std::cmp::Ordering::Greater", "std::cmp::Reverse",
    "std::ops::Bound", "std::ops::Bound::Included", "std::ops::Bound::Excluded", "std::ops::Bound::Unbounded",
    "std::num::ParseIntError", "std::num::IntErrorKind", "std::num::ParseFloatError", "std::num::TryFromIntError", "std::str::ParseBoolError", "std::char::ParseCharError", "std::fmt::Error",
    "std::fmt::Formatter", "std::fmt::Result", "std::io::Error", "std::cell::BorrowError", "std::cell::BorrowMutError",
    "std::str::Utf8Error", "std::string::FromUtf8Error"};

const char* preludeNameOf(const std::string& stdPath) {
  for (const StdType& t : kStdTypes)
    if (stdPath == t.path) return t.prelude;
  return nullptr;
}

bool isStdModule(const std::string& stdPath) {
  return std::any_of(std::begin(kStdModules), std::end(kStdModules), [&](const char* m) { return stdPath == m; });
}

// Whether std has a module at `stdPath` (`std::collections::hash_map`), of
// every module std has (check/std_modules.def), the engine's or not.
bool stdHasModule(const std::string& stdPath) {
  static const std::string kAll = std::string(" ") +
#define SH_STD_MODULES(paths) paths
#define SH_STD_NAMES_IN(module, names)
#include "check/std_modules.def"
#undef SH_STD_NAMES_IN
#undef SH_STD_MODULES
      + " ";
  return stdPath == "std" || (stdPath.rfind("std::", 0) == 0 && kAll.find(" " + stdPath.substr(5) + " ") != std::string::npos);
}

// Whether std's module at `stdPath` holds `name`; true when its names are
// not known (check/std_modules.def leaves the platform's out).
bool stdModuleHolds(const std::string& stdPath, const std::string& name) {
  struct Names {
    const char* module;
    const char* names;
  };
  static const Names kNames[] = {
#define SH_STD_MODULES(paths)
#define SH_STD_NAMES_IN(module, names) {module, names},
#include "check/std_modules.def"
#undef SH_STD_NAMES_IN
#undef SH_STD_MODULES
  };
  if (stdPath.rfind("std::", 0) != 0) return true;
  for (const Names& n : kNames)
    if (stdPath.compare(5, std::string::npos, n.module) == 0)
      return (std::string(" ") + n.names + " ").find(" " + name + " ") != std::string::npos;
  return true;
}

// A path segment, between std's module `module` and more segments, that
// must itself be a module: lowercase (a type would be capitalized), not a
// primitive type (`std::primitive::u8::MAX`), and none of std's.
bool isMissingStdModule(const std::string& module, const std::string& segment) {
  if (segment.empty() || !std::islower(static_cast<unsigned char>(segment[0])) || !stdHasModule(module)) return false;
  return !namesPrimitiveType(segment) && !stdHasModule(module + "::" + segment);
}

bool isStdItem(const std::string& stdPath) {
  return std::any_of(std::begin(kStdItems), std::end(kStdItems), [&](const char* m) { return stdPath == m; });
}

// The variants of std's enum at `stdPath` the engine knows (Ordering's,
// Bound's), as std items of their own; none for any other path.
std::vector<std::string> stdEnumVariants(const std::string& stdPath) {
  std::vector<std::string> variants;
  if (!isStdItem(stdPath)) return variants;
  for (const char* item : kStdItems) {
    std::string path = item;
    if (path.size() > stdPath.size() + 2 && path.compare(0, stdPath.size() + 2, stdPath + "::") == 0 &&
        path.find("::", stdPath.size() + 2) == std::string::npos)
      variants.push_back(path.substr(stdPath.size() + 2));
  }
  return variants;
}

// A std trait's path: what follows it in a path is the trait's item (`fmt::Display::fmt`).
bool isStdTrait(const std::string& stdPath) {
  static const char* const kTraits[] = {
#define SH_STD_TRAIT(id, name, path, inPrelude) path,
#include "check/std_traits.def"
  };
  return std::any_of(std::begin(kTraits), std::end(kTraits), [&](const char* t) { return stdPath == t; });
}

bool isStdFunction(const std::string& stdPath) {
  for (size_t i = 0; i < stdFnCount(); ++i)
    if (stdPath == stdFn(static_cast<BuiltinFn>(i)).path) return true;
  return false;
}

std::string joinSegments(const Path& p, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to; ++i) s += (s.empty() ? "" : "::") + p.segments[i].name;
  return s;
}

bool namesAType(const PathSegment& s) { return !s.name.empty() && std::isupper(static_cast<unsigned char>(s.name[0])); }

// The label rustc puts under a first segment that names nothing.
std::string unresolvedLabel(const PathSegment& first) {
  return namesAType(first) ? "use of undeclared type `" + first.name + "`"
                           : "use of unresolved module or unlinked crate `" + first.name + "`";
}

const char* const kStdOnly = "stack-heap runs a program with Rust's standard library only: no crate can be added";

void addCrateHelp(Diagnostic& d, const PathSegment& first) {
  if (namesAType(first)) return;
  d.helps.push_back("you might be missing a crate named `" + first.name + "`");
  d.notes.push_back(kStdOnly);
}

}  // namespace

// An import whose first segment names nothing: rustc names that segment
// alone (`unresolved import `rand``), E0433 once a module would be gone
// through (`use rand::distributions::Uniform;`).
Diagnostic unresolvedImport(const UseDecl& u) {
  const PathSegment& first = u.path.segments[0];
  if (u.path.segments.size() > 2) return unresolvedFirstSegment(first);
  Diagnostic d;
  d.code = DiagCode::E0432;
  d.message = "unresolved import `" + first.name + "`";
  if (u.path.segments.size() == 1) {
    d.labels.push_back({first.span, "no external crate `" + first.name + "`", true});
    d.notes.push_back(kStdOnly);
    return d;
  }
  d.labels.push_back({first.span, unresolvedLabel(first), true});
  addCrateHelp(d, first);
  return d;
}

bool namesPrimitiveType(const std::string& name) {
  IntKind k;
  return parseIntKind(name, &k) || name == "f32" || name == "f64" || name == "bool" || name == "char" || name == "str";
}

Diagnostic unresolvedFirstSegment(const PathSegment& first) {
  Diagnostic d;
  d.code = DiagCode::E0433;
  d.message = namesAType(first) ? "cannot find type `" + first.name + "` in this scope"
                                : "cannot find module or crate `" + first.name + "` in this scope";
  d.labels.push_back({first.span, unresolvedLabel(first), true});
  addCrateHelp(d, first);
  return d;
}

Scopes::Scopes(const Program& program, const SourceFile& file)
    : program_(program), file_(file), names_(program.scopes.size()), globs_(program.scopes.size()) {
  declareItems();
  resolveImports();
}

// ---------------------------------------------------------------- declaring

bool Scopes::inNamespace(ItemRef item, Namespace ns) const {
  switch (item.kind) {
    case ItemKind::Module: case ItemKind::Enum: case ItemKind::TypeAlias: case ItemKind::Trait: return ns == Namespace::Type;
    case ItemKind::Fn: case ItemKind::Const: case ItemKind::Static: return ns == Namespace::Value;
    case ItemKind::Struct: {
      const StructDecl& d = program_.structs[item.index];
      return ns == Namespace::Type || d.isTuple || d.isUnit;
    }
    case ItemKind::Variant: case ItemKind::Std: return true;
  }
  return false;
}

void Scopes::declare(int32_t scope, const std::string& name, Entry entry) {
  auto& entries = names_[scope][name];
  if (!entry.use)
    for (const Entry& earlier : entries) {
      if (earlier.use) continue;
      Namespace shared = inNamespace(entry.item, Namespace::Type) && inNamespace(earlier.item, Namespace::Type)
                             ? Namespace::Type
                             : Namespace::Value;
      if (!inNamespace(entry.item, shared) || !inNamespace(earlier.item, shared)) continue;
      Diagnostic d;
      d.code = DiagCode::E0428;
      d.message = "the name `" + name + "` is defined multiple times";
      d.labels.push_back({itemSpan(entry.item), "`" + name + "` redefined here", true});
      d.labels.push_back({itemSpan(earlier.item), "previous definition of the " + kindWord(earlier.item) + " `" + name + "` here", false});
      d.notes.push_back("`" + name + "` must be defined only once in the " +
                        (shared == Namespace::Type ? "type" : "value") + " namespace of this " +
                        (program_.scopes[scope].isModule ? "module" : "block"));
      throw CompileError(std::move(d));
    }
  entries.push_back(entry);
}

void Scopes::declareItems() {
  auto item = [](ItemKind kind, size_t index) { return ItemRef{kind, static_cast<int32_t>(index), -1}; };
  for (size_t i = 1; i < program_.scopes.size(); ++i) {
    const ItemScope& s = program_.scopes[i];
    if (s.isModule) declare(s.parent, s.name, {item(ItemKind::Module, i), s.vis, s.parent, s.nameSpan, nullptr});
  }
  for (size_t i = 0; i < program_.structs.size(); ++i) {
    const StructDecl& d = program_.structs[i];
    declare(d.scope, d.name, {item(ItemKind::Struct, i), d.vis, d.scope, d.nameSpan, nullptr});
    ++typeNameCount_[d.name];
  }
  for (size_t i = 0; i < program_.enums.size(); ++i) {
    const EnumDecl& d = program_.enums[i];
    declare(d.scope, d.name, {item(ItemKind::Enum, i), d.vis, d.scope, d.nameSpan, nullptr});
    ++typeNameCount_[d.name];
  }
  for (size_t i = 0; i < program_.fns.size(); ++i) {
    const FnDecl& d = program_.fns[i];
    declare(d.scope, d.name, {item(ItemKind::Fn, i), d.vis, d.scope, d.nameSpan, nullptr});
  }
  for (size_t i = 0; i < program_.consts.size(); ++i) {
    const ConstDecl& d = program_.consts[i];
    if (d.associated) continue;  // named through its type (Resolver::findAssociatedConst)
    declare(d.scope, d.name, {item(d.isStatic ? ItemKind::Static : ItemKind::Const, i), d.vis, d.scope, d.nameSpan, nullptr});
  }
  for (size_t i = 0; i < program_.typeAliases.size(); ++i) {
    const TypeAliasDecl& d = program_.typeAliases[i];
    declare(d.scope, d.name, {item(ItemKind::TypeAlias, i), d.vis, d.scope, d.nameSpan, nullptr});
  }
  for (size_t i = 0; i < program_.traits.size(); ++i) {
    const TraitDecl& d = program_.traits[i];
    declare(d.scope, d.name, {item(ItemKind::Trait, i), d.vis, d.scope, d.nameSpan, nullptr});
  }
  for (const UseDecl& u : program_.uses) {
    if (u.glob) globs_[u.scope].push_back(&u);
    else if (!u.name.empty()) declare(u.scope, u.name, {ItemRef{}, u.vis, u.scope, u.nameSpan, &u});
  }
}

// Every import must lead to something, in one namespace or the other.
void Scopes::resolveImports() {
  for (const UseDecl& u : program_.uses) {
    if (u.glob) {
      resolveGlobSource(u);
      continue;
    }
    std::string stdPath;
    if (resolveImport(u, Namespace::Type, &stdPath).found() || resolveImport(u, Namespace::Value, &stdPath).found()) continue;
    // Neither: resolve it loudly for rustc's words on where it went wrong.
    PathResolution r = resolve(u.path, u.scope, Namespace::Value, true);
    if (r.used == 0) throw CompileError(unresolvedImport(u));
    Diagnostic d;
    d.code = DiagCode::E0432;
    d.message = "unresolved import `" + joinSegments(u.path, 0, u.path.segments.size()) + "`";
    const PathSegment& missing = u.path.segments[std::min(r.used, u.path.segments.size() - 1)];
    d.labels.push_back({u.written, "no `" + missing.name + "` in `" + joinSegments(u.path, 0, r.used) + "`", true});
    throw CompileError(std::move(d));
  }
}

// ---------------------------------------------------------------- looking up

int32_t Scopes::moduleOf(int32_t scope) const {
  while (!program_.scopes[scope].isModule) scope = program_.scopes[scope].parent;
  return scope;
}

// Private items are visible in their module and the modules inside it;
// `pub(super)` ones in the module around that too.
bool Scopes::visible(Visibility vis, int32_t declaredIn, int32_t from) const {
  if (vis == Visibility::Public) return true;
  int32_t home = moduleOf(declaredIn);
  if (vis == Visibility::Super && home != 0) home = moduleOf(program_.scopes[home].parent);
  for (int32_t s = from; s >= 0; s = program_.scopes[s].parent)
    if (s == home) return true;
  return false;
}

ItemRef Scopes::follow(const Entry& e, Namespace ns, std::string* stdPath) {
  if (!e.use) return e.item;
  return resolveImport(*e.use, ns, stdPath);
}

// The names `scope` declares or imports that are in `ns`, as seen from
// `from`. A name that is there but private to `from` is put in *hidden.
bool Scopes::lookupIn(int32_t scope, const std::string& name, Namespace ns, int32_t from, Entry* out, Entry* hidden) {
  auto it = names_[scope].find(name);
  if (it != names_[scope].end())
    for (const Entry& e : it->second) {
      std::string stdPath;
      ItemRef item = follow(e, ns, &stdPath);
      if (!item.found() || !inNamespace(item, ns)) continue;
      if (visible(e.vis, e.declaredIn, from)) {
        *out = e;
        return true;
      }
      if (hidden) *hidden = e;
    }
  for (const UseDecl* glob : globs_[scope]) {
    if (std::find(resolving_.begin(), resolving_.end(), glob) != resolving_.end()) continue;
    resolving_.push_back(glob);
    ItemRef source = resolveGlobSource(*glob);
    Entry found{ItemRef{}, glob->vis, glob->scope, glob->nameSpan, nullptr};
    if (source.kind == ItemKind::Std) {
      found.use = stdVariantImport(*glob, name);
      std::string stdPath;
      if (found.use) found.item = resolveImport(*found.use, ns, &stdPath);
    } else if (source.kind == ItemKind::Enum) {
      const EnumDecl& en = program_.enums[source.index];
      for (size_t v = 0; v < en.variants.size(); ++v)
        if (en.variants[v].name == name) found.item = ItemRef{ItemKind::Variant, source.index, static_cast<int32_t>(v)};
    } else {
      Entry inner;
      std::string stdPath;
      if (lookupIn(source.index, name, ns, glob->scope, &inner, nullptr)) found.item = follow(inner, ns, &stdPath);
    }
    resolving_.pop_back();
    if (!found.item.found() || !inNamespace(found.item, ns)) continue;
    if (!visible(found.vis, found.declaredIn, from)) {
      if (hidden) *hidden = found;
      continue;
    }
    *out = found;
    return true;
  }
  return false;
}

bool Scopes::importsStdItem(int32_t scope, const std::string& stdPath) {
  for (int32_t s = scope; s >= 0; s = program_.scopes[s].parent) {
    for (const UseDecl& u : program_.uses) {  // `use std::fmt::Write as _;` too, which names nothing
      std::string path;
      if (u.scope == s && !u.glob && resolveImport(u, Namespace::Type, &path).kind == ItemKind::Std && path == stdPath)
        return true;
    }
    if (program_.scopes[s].isModule) break;
  }
  return false;
}

bool Scopes::traitInScope(int32_t scope, int32_t trait) {
  for (int32_t s = scope; s >= 0; s = program_.scopes[s].parent) {
    if (holdsTrait(s, trait, scope)) return true;
    if (program_.scopes[s].isModule) break;
  }
  return false;
}

// Whether `scope` declares or imports the trait where `from` may see it; a
// glob import reads its module's such names in turn.
bool Scopes::holdsTrait(int32_t scope, int32_t trait, int32_t from) {
  const TraitDecl& d = program_.traits[trait];
  if (d.scope == scope && visible(d.vis, d.scope, from)) return true;
  for (const UseDecl& u : program_.uses) {
    if (u.scope != scope || !visible(u.vis, u.scope, from) || std::find(resolving_.begin(), resolving_.end(), &u) != resolving_.end())
      continue;
    if (!u.glob) {
      std::string stdPath;
      ItemRef item = resolveImport(u, Namespace::Type, &stdPath);
      if (item.kind == ItemKind::Trait && item.index == trait) return true;
      continue;
    }
    ItemRef source = resolveGlobSource(u);
    if (source.kind != ItemKind::Module) continue;
    resolving_.push_back(&u);
    bool held = holdsTrait(source.index, trait, scope);
    resolving_.pop_back();
    if (held) return true;
  }
  return false;
}

// The first segment of a path: the innermost scope that has the name, up
// to and including the nearest module.
bool Scopes::lookupLexically(int32_t scope, const std::string& name, Namespace ns, Entry* out) {
  for (int32_t s = scope; s >= 0; s = program_.scopes[s].parent) {
    if (lookupIn(s, name, ns, scope, out, nullptr)) return true;
    if (program_.scopes[s].isModule) break;
  }
  return false;
}

ItemRef Scopes::resolveImport(const UseDecl& u, Namespace ns, std::string* stdPath) {
  if (std::find(resolving_.begin(), resolving_.end(), &u) != resolving_.end()) return {};
  resolving_.push_back(&u);
  PathResolution r;
  try {
    r = resolve(u.path, u.scope, ns, true);
  } catch (...) {
    resolving_.pop_back();
    throw;
  }
  resolving_.pop_back();
  if (r.used != u.path.segments.size()) return {};
  if (r.item.kind == ItemKind::Std) *stdPath = r.stdPath;
  return r.item;
}

// What `use a::*;` reads from: a module or an enum, the program's or one
// of std's whose variants the engine knows (`use std::cmp::Ordering::*;`).
ItemRef Scopes::resolveGlobSource(const UseDecl& u) {
  PathResolution r = resolve(u.path, u.scope, Namespace::Type);
  if (r.used == u.path.segments.size() && (r.item.kind == ItemKind::Module || r.item.kind == ItemKind::Enum)) return r.item;
  if (r.item.kind == ItemKind::Std && r.used == u.path.segments.size() && !stdEnumVariants(r.stdPath).empty()) return r.item;
  if (r.item.kind == ItemKind::Std && r.used == u.path.segments.size())
    throw CompileError({DiagCode::None, "glob imports from `" + r.stdPath + "` are not supported yet", {{u.span, "", true}}, {}, {}, {}});
  throw CompileError(unresolvedImport(u));
}

// `Less` through `use std::cmp::Ordering::*;`: the import `use
// std::cmp::Ordering::Less;` the glob stands for, made once per glob and
// name and kept (Entries point at it); null for a name the enum lacks.
const UseDecl* Scopes::stdVariantImport(const UseDecl& glob, const std::string& name) {
  PathResolution source = resolve(glob.path, glob.scope, Namespace::Type);
  std::vector<std::string> variants = stdEnumVariants(source.stdPath);
  if (source.item.kind != ItemKind::Std || std::find(variants.begin(), variants.end(), name) == variants.end()) return nullptr;
  for (const UseDecl& made : variantImports_)
    if (made.span.start == glob.span.start && made.scope == glob.scope && made.name == name) return &made;
  UseDecl u;  // a `use` path has no generic arguments: its segments are names
  u.span = glob.span;
  u.written = glob.written;
  u.nameSpan = glob.nameSpan;
  u.scope = glob.scope;
  u.vis = glob.vis;
  u.name = name;
  u.path.span = glob.path.span;
  for (const PathSegment& g : glob.path.segments) {
    u.path.segments.emplace_back();
    u.path.segments.back().name = g.name;
    u.path.segments.back().span = g.span;
  }
  u.path.segments.emplace_back();
  u.path.segments.back().name = name;
  u.path.segments.back().span = glob.nameSpan;
  variantImports_.push_back(std::move(u));
  return &variantImports_.back();
}

int32_t Scopes::superOf(const Path& path, size_t segment, int32_t module) const {
  if (module == 0)
    throw CompileError({DiagCode::E0433, "too many leading `super` keywords",
                        {{path.segments[segment].span, "there are too many leading `super` keywords", true}}, {}, {}, {}});
  return moduleOf(program_.scopes[module].parent);
}

PathResolution Scopes::resolve(const Path& path, int32_t scope, Namespace ns, bool quiet) {
  bool call = ns == Namespace::Call;
  if (call) ns = Namespace::Value;
  PathResolution r;
  const auto& segs = path.segments;
  const std::string& first = segs[0].name;
  bool many = segs.size() > 1;
  Namespace firstNs = many ? Namespace::Type : ns;
  ItemRef cur;
  Entry entry;
  size_t i = 1;
  if (first == "crate") {
    cur = ItemRef{ItemKind::Module, 0, -1};
  } else if (first == "self" && many) {
    cur = ItemRef{ItemKind::Module, moduleOf(scope), -1};
  } else if (first == "super") {
    int32_t m = superOf(path, 0, moduleOf(scope));
    for (; i < segs.size() && segs[i].name == "super"; ++i) m = superOf(path, i, m);
    cur = ItemRef{ItemKind::Module, m, -1};
  } else if (first == "Self" || first == "self") {
    return r;
  } else if (lookupLexically(scope, first, firstNs, &entry)) {
    cur = follow(entry, firstNs, &r.stdPath);
    if (!cur.found()) return r;
  } else if (first == "std" || first == "core" || first == "alloc") {
    cur = ItemRef{ItemKind::Std, -1, -1};
    r.stdPath = "std";
  } else {
    return r;
  }
  for (; i < segs.size(); ++i) {
    bool last = i + 1 == segs.size();
    Namespace segNs = last ? ns : Namespace::Type;
    if (cur.kind == ItemKind::Module) {
      Entry hidden;
      if (!lookupIn(cur.index, segs[i].name, segNs, scope, &entry, &hidden)) {
        if (hidden.declaredIn >= 0 && (hidden.item.found() || hidden.use)) privateItem(path, i, hidden, segNs);
        if (quiet) {
          r.item = cur;
          r.used = i;
          return r;
        }
        notFound(path, i, cur, segNs, last, call);
      }
      cur = follow(entry, segNs, &r.stdPath);
      if (!cur.found()) {
        r.used = i;
        return r;
      }
      continue;
    }
    if (cur.kind == ItemKind::Enum) {
      const EnumDecl& en = program_.enums[cur.index];
      auto v = std::find_if(en.variants.begin(), en.variants.end(), [&](const EnumVariant& ev) { return ev.name == segs[i].name; });
      if (v == en.variants.end()) break;  // an associated function
      cur = ItemRef{ItemKind::Variant, cur.index, static_cast<int32_t>(v - en.variants.begin())};
      continue;
    }
    if (cur.kind == ItemKind::Std && !preludeNameOf(r.stdPath) && !isStdTrait(r.stdPath)) {
      bool std = segs[0].name != "core" && segs[0].name != "alloc";
      if (std && !last && isMissingStdModule(r.stdPath, segs[i].name)) missingStdModule(path, i);
      if (std && stdHasModule(r.stdPath) && !stdHasModule(r.stdPath + "::" + segs[i].name) && !stdModuleHolds(r.stdPath, segs[i].name))
        missingStdName(path, i, segNs, last, call);
      r.stdPath += "::" + segs[i].name;
      continue;
    }
    break;  // a struct, an enum's associated item, a std type's: the type's own business
  }
  if (cur.kind == ItemKind::Std) {
    if (const char* prelude = preludeNameOf(r.stdPath)) {
      r.stdPath = prelude;
    } else if (!isStdModule(r.stdPath) && !isStdFunction(r.stdPath) && !isStdFloatConstant(r.stdPath) &&
               !isStdItem(r.stdPath)) {
      throw CompileError({DiagCode::None, "`" + r.stdPath + "` is not supported yet", {{Span::cover(segs[0].span, segs[i - 1].span), "", true}}, {}, {}, {}});
    }
  }
  r.item = cur;
  r.used = i;
  return r;
}

// ---------------------------------------------------------------- errors

// A path through a module std does not have (`std::colections::HashMap`):
// E0432 in an import, else E0433, at that segment.
void Scopes::missingStdModule(const Path& path, size_t segment) {
  const std::string& name = path.segments[segment].name;
  const std::string& in = path.segments[segment - 1].name;
  Diagnostic d;
  d.code = resolving_.empty() ? DiagCode::E0433 : DiagCode::E0432;
  d.message = resolving_.empty() ? "cannot find `" + name + "` in `" + in + "`"
                                 : "unresolved import `" + joinSegments(path, 0, segment + 1) + "`";
  d.labels.push_back({path.segments[segment].span, "could not find `" + name + "` in `" + in + "`", true});
  throw CompileError(std::move(d));
}

// A name std's module does not hold (`std::cmp::maxx`, `use std::fmt::Displayy`):
// rustc's E0432 in an import, E0433 on the way to more segments, E0425 for a
// value or a function. A type's or a trait's is left to "not supported yet"
// (rustc's code differs between the two, and a path does not say which).
void Scopes::missingStdName(const Path& path, size_t segment, Namespace ns, bool last, bool call) {
  const PathSegment& seg = path.segments[segment];
  const std::string& in = path.segments[segment - 1].name;
  Diagnostic d;
  if (!resolving_.empty()) {
    d.code = DiagCode::E0432;
    d.message = "unresolved import `" + joinSegments(path, 0, segment + 1) + "`";
    d.labels.push_back({last ? resolving_.back()->written : seg.span, "no `" + seg.name + "` in `" + in + "`", true});
  } else if (!last) {
    d.code = DiagCode::E0433;
    d.message = "cannot find `" + seg.name + "` in `" + in + "`";
    d.labels.push_back({seg.span, "could not find `" + seg.name + "` in `" + in + "`", true});
  } else if (ns != Namespace::Type) {
    d.code = DiagCode::E0425;
    d.message = std::string("cannot find ") + (call || ns == Namespace::Call ? "function" : "value") + " `" + seg.name + "` in module `" +
                joinSegments(path, 0, segment) + "`";
    d.labels.push_back({seg.span, "not found in `" + joinSegments(path, 0, segment) + "`", true});
  } else {
    return;
  }
  throw CompileError(std::move(d));
}

// E0603, at the segment that names the private item.
void Scopes::privateItem(const Path& path, size_t segment, const Entry& e, Namespace ns) {
  std::string stdPath;
  ItemRef item = follow(e, ns, &stdPath);
  std::string kind = kindWord(item);
  const std::string& name = path.segments[segment].name;
  if (item.kind == ItemKind::Struct && program_.structs[item.index].isTuple && ns == Namespace::Value) kind = "tuple struct constructor";
  Diagnostic d;
  d.code = DiagCode::E0603;
  d.message = kind + " `" + name + "` is private";
  d.labels.push_back({path.segments[segment].span, "private " + kind, true});
  d.labels.push_back({e.use ? e.span : itemSpan(item), "the " + kind + " `" + name + "` is defined here", false});
  d.explanation = "Items are private to the module that declares them unless marked `pub`: code outside `" +
                  scopePath(moduleOf(e.declaredIn)) + "` cannot name it.";
  throw CompileError(std::move(d));
}

// The segment a module does not have: E0425 for the path's last (a value,
// a function, a type), E0433 for one the path would go through.
void Scopes::notFound(const Path& path, size_t segment, ItemRef module, Namespace ns, bool last, bool call) {
  const PathSegment& seg = path.segments[segment];
  std::string where = module.index == 0 ? "the crate root" : "module `" + joinSegments(path, 0, segment) + "`";
  Diagnostic d;
  if (last) {
    d.code = DiagCode::E0425;
    std::string what = ns == Namespace::Type ? "type" : call ? "function" : "value";
    d.message = "cannot find " + what + " `" + seg.name + "` in " + where;
    d.labels.push_back({seg.span, module.index == 0 ? "not found in the crate root" : "", true});
  } else {
    std::string in = joinSegments(path, 0, segment);
    d.code = DiagCode::E0433;
    d.message = module.index == 0 ? "cannot find module or crate `" + seg.name + "` in `crate`"
                                  : "cannot find `" + seg.name + "` in `" + in + "`";
    d.labels.push_back({seg.span, module.index == 0 ? "use of unresolved module or unlinked crate `" + seg.name + "`"
                                                    : "could not find `" + seg.name + "` in `" + in + "`",
                        true});
  }
  throw CompileError(std::move(d));
}

// ---------------------------------------------------------------- names

int32_t Scopes::scopeOf(ItemRef item) const {
  switch (item.kind) {
    case ItemKind::Module: return item.index == 0 ? -1 : program_.scopes[item.index].parent;
    case ItemKind::Struct: return program_.structs[item.index].scope;
    case ItemKind::Enum: case ItemKind::Variant: return program_.enums[item.index].scope;
    case ItemKind::Fn: return program_.fns[item.index].scope;
    case ItemKind::Const: case ItemKind::Static: return program_.consts[item.index].scope;
    case ItemKind::TypeAlias: return program_.typeAliases[item.index].scope;
    case ItemKind::Trait: return program_.traits[item.index].scope;
    case ItemKind::Std: return -1;
  }
  return -1;
}

std::string Scopes::itemName(ItemRef item) const {
  switch (item.kind) {
    case ItemKind::Module: return program_.scopes[item.index].name;
    case ItemKind::Struct: return program_.structs[item.index].name;
    case ItemKind::Enum: return program_.enums[item.index].name;
    case ItemKind::Variant: return program_.enums[item.index].variants[item.variant].name;
    case ItemKind::Fn: return program_.fns[item.index].name;
    case ItemKind::Const: case ItemKind::Static: return program_.consts[item.index].name;
    case ItemKind::TypeAlias: return program_.typeAliases[item.index].name;
    case ItemKind::Trait: return program_.traits[item.index].name;
    case ItemKind::Std: return "std";
  }
  return "";
}

// The span rustc points at for an item: its header, `struct P;`, `fn f()`.
Span Scopes::itemSpan(ItemRef item) const {
  switch (item.kind) {
    case ItemKind::Module: return {program_.scopes[item.index].span.start, program_.scopes[item.index].nameSpan.end};
    case ItemKind::Struct: return program_.structs[item.index].span;
    case ItemKind::Enum: return program_.enums[item.index].span;
    case ItemKind::Variant: return program_.enums[item.index].variants[item.variant].span;
    case ItemKind::Fn: {
      const FnDecl& f = program_.fns[item.index];
      return {f.span.start, f.body ? f.body->span.start - 1 : f.span.end};
    }
    case ItemKind::Const: case ItemKind::Static: return program_.consts[item.index].span;
    case ItemKind::TypeAlias: return program_.typeAliases[item.index].span;
    case ItemKind::Trait: return {program_.traits[item.index].span.start, program_.traits[item.index].nameSpan.end};
    case ItemKind::Std: return {};
  }
  return {};
}

std::string Scopes::kindWord(ItemRef item) const {
  switch (item.kind) {
    case ItemKind::Module: return "module";
    case ItemKind::Struct: return "struct";
    case ItemKind::Enum: return "enum";
    case ItemKind::Variant: return "variant";
    case ItemKind::Fn: return "function";
    case ItemKind::Const: return "constant";
    case ItemKind::Static: return "static";
    case ItemKind::TypeAlias: return "type alias";
    case ItemKind::Trait: return "trait";
    case ItemKind::Std: return "item";
  }
  return "item";
}

// `crate`, `crate::shapes`, `crate::{4}` for the block scope 4.
std::string Scopes::scopePath(int32_t scope) const {
  if (scope <= 0) return "crate";
  const ItemScope& s = program_.scopes[scope];
  return scopePath(s.parent) + "::" + (s.isModule ? s.name : "{" + std::to_string(scope) + "}");
}

std::string Scopes::keyOf(ItemRef item) const {
  if (item.kind == ItemKind::Module) return scopePath(item.index);
  return scopePath(scopeOf(item)) + "::" + itemName(item);
}

std::string Scopes::qualifiedName(int32_t scope, const std::string& name) const {
  std::string path;
  for (int32_t s = moduleOf(scope); s > 0; s = moduleOf(program_.scopes[s].parent))
    path = program_.scopes[s].name + "::" + path;
  return path + name;
}

std::string Scopes::displayName(ItemRef item) const {
  std::string name = itemName(item);
  auto count = typeNameCount_.find(name);
  if (count == typeNameCount_.end() || count->second < 2) return name;
  return qualifiedName(scopeOf(item), name);
}

}  // namespace sh
