// Traits, impls and generic parameters: the tables the resolver fills from
// the learner's items and std's (check/prelude.cpp), and reads to answer the
// questions generic code asks — does this type implement that trait, which
// function does this method call name, what is `<T as Iterator>::Item`.
//
// Generic code is checked once with its parameters as opaque types (a Param
// knows only what its bounds promise, as in rustc), and run as one instance
// per set of type arguments (FnInfo::typeArgs), each checked again with the
// parameters replaced, so the interpreter only ever sees concrete types and
// each instance has its own layouts and `size_of`.
#pragma once

#include <string>
#include <vector>

#include "check/types.h"
#include "syntax/ast.h"

namespace sh {

enum class StdTrait : uint8_t {
#define SH_STD_TRAIT(id, name, path, inPrelude) id,
#include "check/std_traits.def"
  None,
};

// A trait applied to its arguments: `Add<Meters>`, `Iterator<Item = u32>`
// (bindings give associated types), `PartialOrd` (the default `Rhs = Self`
// filled in by whoever lowered it, since only they know Self).
struct TraitRef {
  int32_t trait = -1;
  std::vector<TypeId> args;                          // the trait's own parameters, Self excluded
  std::vector<std::pair<int32_t, TypeId>> bindings;  // associated type index, its type
  Span span;                                          // where it was written
};

struct TraitMethodInfo {
  std::string name;
  int32_t fn = -1;          // the FnInfo of its declaration: a template over Self and the trait's parameters
  bool hasDefault = false;  // provided: the declaration has a body
};

struct TraitInfo {
  std::string name;
  std::string path;  // "std::fmt::Display"; a learner's trait: its name
  std::string key;   // a learner's trait: its key in the program (check/scopes.h), `crate::shapes::Shape`
  const TraitDecl* decl = nullptr;
  StdTrait std = StdTrait::None;
  bool inPrelude = true;
  TypeId self = kNoType;            // `Self` in the trait's items: a Param bounded by the trait
  std::vector<TypeId> typeParams;   // the trait's own parameters
  std::vector<TraitRef> supertraits;
  std::vector<std::string> assocTypes;
  std::vector<TraitMethodInfo> methods;
  std::vector<int32_t> consts;  // its associated constants' declarations (Checked::consts)
  int32_t findMethod(const std::string& name) const;
  int32_t findAssoc(const std::string& name) const;
};

struct ImplInfo {
  const ImplBlock* decl = nullptr;
  TraitRef trait;                  // trait.trait < 0: an inherent impl
  TypeId self = kNoType;           // the self type; mentions typeParams in a generic impl
  std::vector<TypeId> typeParams;  // the impl's own parameters
  std::vector<TypeId> assocTypes;  // per associated type of the trait (kNoType: not given)
  std::vector<int32_t> fns;        // the FnInfo of each fn, in order
  bool isStd = false;              // declared by std (check/prelude.cpp)
};

// What a generic parameter's bounds promise, by parameter index
// (TypeTable::param): its traits, supertraits included, each with Self = the parameter.
struct ParamBounds {
  std::vector<TraitRef> traits;
};

}  // namespace sh
