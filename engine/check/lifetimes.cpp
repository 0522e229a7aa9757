// Lifetimes in signatures and struct definitions.
//
// The type table keeps no lifetimes (a `&'a str` is a `&str` there): what a
// lifetime decides is which borrows a value may hold, and that is the borrow
// checker's business (check/borrows.cpp). This file checks the names where
// they are written, as rustc does: a lifetime must be declared (E0261), a
// struct's reference fields must name one (E0106), a struct is given as many
// lifetime arguments as it declares (E0107), an impl names its type's
// lifetimes (E0726). And it works out, for every function, which lifetimes
// its parameters and its result carry (FnLifetimes): an elided input
// lifetime is a fresh one, an elided output lifetime is the one input
// lifetime, or `self`'s when `self` is a reference, and otherwise rustc asks
// for one (E0106). From that, the borrow checker knows which arguments a
// call's result may borrow from.
//
// A type parameter may stand for a reference, so it carries a lifetime of
// its own, `%T` (as `Self` does in a trait, `%Self`): `fn first<T>(v: Vec<T>)
// -> T` hands on what its argument borrows. These are not lifetimes the
// learner wrote, so elision does not count them. An `impl Trait` type
// carries `%*`, any of them, and so does a `dyn Trait + 'a`; a `dyn Trait`
// without a lifetime is `'static` in a signature and carries none.
#include <algorithm>

#include "check/resolver.h"

namespace sh {

namespace {

bool isWritten(const std::string& lifetime) { return lifetime[0] != '%'; }

bool declares(const std::vector<std::string>& declared, const std::string& name) {
  return name == "static" || std::find(declared.begin(), declared.end(), name) != declared.end();
}

std::string plural(size_t n, const char* what) { return std::to_string(n) + " " + what + (n == 1 ? "" : "s"); }

}  // namespace

std::vector<std::string> Resolver::lifetimeParams(const Generics& g) const {
  std::vector<std::string> names;
  for (const GenericParam& p : g.params)
    if (p.isLifetime) names.push_back(p.name);
  return names;
}

// The lifetime parameters a struct or an enum declares, the learner's or
// std's (`fmt::Formatter<'_>`).
std::vector<std::string> Resolver::lifetimeParamsOf(const PathResolution& r) const {
  if (r.item.kind == ItemKind::Struct) return lifetimeParams(out_.ast->structs[r.item.index].generics);
  if (r.item.kind == ItemKind::Enum) return lifetimeParams(out_.ast->enums[r.item.index].generics);
  if (r.item.kind == ItemKind::Std)
    for (const StructInfo& s : T_.structs())
      if (!s.stdPath.empty() && s.stdPath == r.stdPath) return lifetimeParams(s.decl->generics);
  // the kept iterators that borrow what they walk (check/resolve_items.cpp keptIterNamed): `Chars<'a>`, `Iter<'a, T>`
  static const char* const kBorrowing[] = {"std::str::Chars", "std::str::CharIndices", "std::str::Bytes", "std::str::SplitWhitespace",
                                           "std::str::Lines", "std::slice::Iter", "std::slice::IterMut", "std::slice::Windows",
                                           "std::slice::Chunks", "std::slice::ChunksExact"};
  if (r.item.kind == ItemKind::Std && std::find(std::begin(kBorrowing), std::end(kBorrowing), r.stdPath) != std::end(kBorrowing))
    return {"'a"};
  return {};
}

// The position a lifetime written `name` (empty when left out) stands for,
// and whether it was left out: a fresh one where elision is allowed, else
// E0106; a name must be declared (E0261). Inside a type alias's definition
// its own lifetime parameters stand for what the use gave them.
std::pair<std::string, bool> Resolver::lifetimePosition(const std::string& name, Span at, LifetimeScope& scope) {
  bool elided = name.empty() || name == "_";
  for (size_t i = 0; scope.alias && i < scope.alias->lifetimes.size(); ++i) {
    const auto& [param, position, left] = scope.alias->lifetimes[i];
    if (param != name) continue;
    if (scope.alias->lifetimeSeen[i]) ++scope.repeats;
    scope.alias->lifetimeSeen[i] = true;
    return {position, left};
  }
  if (elided) {
    if (!scope.elisionAllowed || scope.alias) {
      Diagnostic d;
      d.code = DiagCode::E0106;
      d.message = "missing lifetime specifier";
      d.labels.push_back({at, "expected named lifetime parameter", true});
      d.explanation = "A struct or a type alias that holds a reference must say, with a lifetime parameter, that it cannot "
                      "outlive what the reference points at.";
      throw CompileError(std::move(d));
    }
    return {"'" + std::to_string(++scope.fresh), true};
  }
  if (scope.alias ? name != "static" : !declares(*scope.declared, name))
    fail(DiagCode::E0261, "use of undeclared lifetime name `'" + name + "`", at, "undeclared lifetime");
  return {name, false};
}

// `Pair<'a>` for `type Pair<'a> = (&'a str, &'a str);`: the positions of
// the alias's definition, its lifetime parameters standing for the use's
// lifetimes (fresh ones when left out, one per parameter) and its type
// parameters for the use's type arguments, which are read where the use is.
void Resolver::collectAliasLifetimes(int32_t alias, const TypeExpr& use, LifetimeScope& scope) {
  const TypeAliasDecl& d = out_.ast->typeAliases[alias];
  const PathSegment& seg = use.path.segments.back();
  std::vector<std::string> lifetimes = lifetimeParams(d.generics);
  if (!seg.lifetimes.empty() && seg.lifetimes.size() != lifetimes.size())
    fail(DiagCode::E0107, "type alias takes " + plural(lifetimes.size(), "lifetime argument") + " but " +
                              plural(seg.lifetimes.size(), "lifetime argument") + (seg.lifetimes.size() == 1 ? " was" : " were") +
                              " supplied",
         seg.span, "expected " + plural(lifetimes.size(), "lifetime argument"));
  std::vector<std::string> types = aliasTypeParams(d);
  if (seg.generics.size() != types.size()) typeArguments(seg, types.size(), "type alias", d.name);  // E0107
  LifetimeScope::AliasArgs args;
  args.argScope = itemScope_;
  args.outer = scope.alias;
  Span at = seg.genericsSpan.empty() ? use.path.span : Span{seg.genericsSpan.start + 1, seg.genericsSpan.start + 2};
  for (size_t i = 0; i < lifetimes.size(); ++i) {
    auto [position, elided] = lifetimePosition(seg.lifetimes.empty() ? "" : seg.lifetimes[i], at, scope);
    args.lifetimes.emplace_back(lifetimes[i], position, elided);
  }
  for (size_t i = 0; i < types.size(); ++i) args.types.emplace_back(types[i], seg.generics[i].get());
  args.lifetimeSeen.assign(lifetimes.size(), false);
  args.typeSeen.assign(types.size(), std::nullopt);
  int32_t outer = itemScope_;
  scope.alias = &args;
  itemScope_ = d.scope;
  collectLifetimes(*d.type, scope);
  itemScope_ = outer;
  scope.alias = args.outer;
}

// The position lifetime `name` (written at `at`, "" or "_" when elided) takes in `scope`, pushed.
void Resolver::pushLifetimePosition(const std::string& name, Span at, LifetimeScope& scope) {
  auto [position, elided] = lifetimePosition(name, at, scope);
  scope.positions.push_back(position);
  scope.elided.push_back(elided);
}

// Every lifetime position in a type, in order: `&'a T` is 'a then T's, a
// struct's arguments are its lifetimes (fresh ones when elided, where
// elision is allowed). `declared` are the names in scope; `elided` says,
// for each position pushed, whether it was left out.
void Resolver::collectLifetimes(const TypeExpr& t, LifetimeScope& scope) {
  auto named = [&](const std::string& name, Span at) { pushLifetimePosition(name, at, scope); };
  auto carried = [&](const std::string& name) {
    scope.positions.push_back(name);
    scope.elided.push_back(false);
  };
  switch (t.kind) {
    case TypeExprKind::Ref:
      named(t.lifetime, t.lifetime.empty() ? Span{t.span.start, t.span.start + 1}
                                           : Span{t.span.start + 1, t.span.start + 2 + static_cast<uint32_t>(t.lifetime.size())});
      collectLifetimes(*t.elems[0], scope);
      return;
    case TypeExprKind::Path: {
      const PathSegment& seg = t.path.segments.back();
      const std::string& first = t.path.segments.front().name;
      bool alone = t.path.segments.size() == 1 && seg.generics.empty();
      for (size_t i = 0; scope.alias && alone && i < scope.alias->types.size(); ++i)
        if (scope.alias->types[i].first == first) {  // a type alias's parameter: its argument, where the use is
          LifetimeScope::AliasArgs* inside = scope.alias;
          if (inside->typeSeen[i]) {  // the same lifetimes again
            auto [from, to] = *inside->typeSeen[i];
            for (size_t k = from; k < to; ++k) {
              std::string again = scope.positions[k];
              scope.repeats += isWritten(again);
              scope.positions.push_back(again);
              scope.elided.push_back(scope.elided[k]);
            }
            return;
          }
          size_t from = scope.positions.size();
          int32_t outer = itemScope_;
          scope.alias = inside->outer;
          itemScope_ = inside->argScope;
          collectLifetimes(*inside->types[i].second, scope);
          itemScope_ = outer;
          scope.alias = inside;
          inside->typeSeen[i] = std::make_pair(from, scope.positions.size());
          return;
        }
      if (first == "Self" && (alone || t.path.segments.size() == 2)) {  // `Self`, `Self::Item`
        for (const std::string& l : scope.selfLifetimes) carried(l);
        return;
      }
      if ((alone || t.path.segments.size() == 2) && lookupGeneric(first) >= 0) {  // `T`, `T::Output`
        carried("%" + first);
        return;
      }
      PathResolution r = names_->resolve(t.path, itemScope_, Namespace::Type, true);
      std::vector<std::string> params;
      if (r.used == t.path.segments.size()) params = lifetimeParamsOf(r);
      if (r.used == t.path.segments.size() && r.item.kind == ItemKind::TypeAlias && !isPreludeSpan(t.path.span))  // std's text names std's items
        return collectAliasLifetimes(r.item.index, t, scope);
      if (!seg.lifetimes.empty() && seg.lifetimes.size() != params.size()) {
        std::string kind = r.item.kind == ItemKind::Enum ? "enum" : "struct";
        fail(DiagCode::E0107, kind + " takes " + plural(params.size(), "lifetime argument") + " but " +
                                  plural(seg.lifetimes.size(), "lifetime argument") + (seg.lifetimes.size() == 1 ? " was" : " were") +
                                  " supplied",
             seg.span, "expected " + plural(params.size(), "lifetime argument"));
      }
      Span at = seg.genericsSpan.empty() ? seg.span : Span{seg.genericsSpan.start + 1, seg.genericsSpan.start + 2};
      size_t given = scope.positions.size();
      if (seg.lifetimes.empty())
        for (size_t i = 0; i < params.size(); ++i) named("", t.path.span);
      for (const std::string& l : seg.lifetimes) named(l, at);
      for (auto [longer, shorter] : lifetimeBoundsByIndex(r))
        scope.implied.emplace_back(scope.positions[given + longer], scope.positions[given + shorter]);
      for (const auto& g : seg.generics) collectLifetimes(*g, scope);
      return;
    }
    case TypeExprKind::Tuple: case TypeExprKind::Array: case TypeExprKind::Slice:
      for (const auto& e : t.elems) collectLifetimes(*e, scope);
      return;
    case TypeExprKind::DynTrait:  // `dyn Trait` alone is `dyn Trait + 'static`: it carries no borrow of an argument
      if (std::any_of(t.bounds.begin(), t.bounds.end(), [](const TraitBound& b) { return !b.lifetime.empty() && b.lifetime != "static"; }))
        carried("%*");
      return;
    case TypeExprKind::ImplTrait: {
      if (!scope.inParameter) return collectCapturedLifetimes(t, scope);
      // A parameter's `impl Debug + 'static` is an anonymous type parameter
      // (named as written) bounded as `T: 'static` would be; any other
      // `impl` may hold whatever lifetime flows.
      bool boundedParam = scope.inParameter &&
                          std::any_of(t.bounds.begin(), t.bounds.end(), [](const TraitBound& b) { return !b.lifetime.empty(); });
      if (!boundedParam) {
        carried("%*");
        return;
      }
      std::string param = "%" + text(t.span);
      carried(param);
      for (const TraitBound& b : t.bounds)
        if (!b.lifetime.empty()) scope.implied.emplace_back(param, b.lifetime);
      return;
    }
    case TypeExprKind::Infer: case TypeExprKind::FnPtr: case TypeExprKind::Never:
      return;
  }
}

// A result's `impl Trait` holds, in edition 2021, only the lifetimes its
// bounds name: `+ 'a`, `+ '_`, a reference in an argument or an
// associated type (`Iterator<Item = &str>`, elided as a result's is). An
// `Fn(&str) -> usize` sugar's own are for whatever its caller passes. A
// body whose value holds another borrow is E0700 (check/borrow_lifetimes.cpp).
void Resolver::collectCapturedLifetimes(const TypeExpr& t, LifetimeScope& scope) {
  for (const TraitBound& b : t.bounds) {
    if (!b.lifetime.empty()) {
      pushLifetimePosition(b.lifetime, b.span, scope);
      continue;
    }
    for (const PathSegment& seg : b.path.segments) {
      if (seg.parenthesized) continue;
      for (const std::string& l : seg.lifetimes) pushLifetimePosition(l, seg.span, scope);
      for (const auto& g : seg.generics) collectLifetimes(*g, scope);
      for (const auto& binding : seg.bindings) collectLifetimes(*binding.second, scope);
    }
  }
}

// The outlives bounds a list of generics declares, as (longer, shorter):
// `'b: 'a` and `where 'b: 'a` between lifetimes, and `T: 'a` (also in
// `where`) for what a type parameter may hold, `%T` (a method's where
// clause may bound its impl's `T` or its trait's `Self`). Each bound names a
// declared lifetime (E0261). A where-clause on another type promises
// nothing the borrow checker follows.
std::vector<std::pair<std::string, std::string>> Resolver::declaredOutlives(const Generics& g, const std::vector<std::string>& declared) {
  std::vector<std::pair<std::string, std::string>> out;
  auto bound = [&](const std::string& longer, const TraitBound& b) {
    if (b.lifetime.empty()) return;  // a trait bound
    if (!declares(declared, b.lifetime))
      fail(DiagCode::E0261, "use of undeclared lifetime name `'" + b.lifetime + "`", b.span, "undeclared lifetime");
    if (!longer.empty()) out.emplace_back(longer, b.lifetime);
  };
  for (const GenericParam& p : g.params)
    for (const TraitBound& b : p.bounds) bound(p.isLifetime ? p.name : "%" + p.name, b);
  for (const WherePredicate& w : g.predicates) {
    if (!w.type && !declares(declared, w.lifetime))
      fail(DiagCode::E0261, "use of undeclared lifetime name `'" + w.lifetime + "`", w.span, "undeclared lifetime");
    // a parameter of these generics, or of an impl's or a trait's around them (`where T: 'static`, `where Self: 'static` on a method)
    bool param = w.type && w.type->kind == TypeExprKind::Path && w.type->path.isSingle();
    std::string longer = !w.type ? w.lifetime : param ? "%" + w.type->path.last() : "";
    for (const TraitBound& b : w.bounds) bound(longer, b);
  }
  return out;
}

// A struct's or an enum's own bounds between its lifetime parameters, by
// their index among them: `struct Pair<'a, 'b: 'a>` gives (1, 0).
std::vector<std::pair<size_t, size_t>> Resolver::lifetimeBoundsByIndex(const PathResolution& r) const {
  const Generics* g = r.item.kind == ItemKind::Struct ? &out_.ast->structs[r.item.index].generics
                      : r.item.kind == ItemKind::Enum ? &out_.ast->enums[r.item.index].generics
                                                      : nullptr;
  std::vector<std::pair<size_t, size_t>> out;
  if (!g) return out;
  std::vector<std::string> names = lifetimeParams(*g);
  auto index = [&](const std::string& n) { return static_cast<size_t>(std::find(names.begin(), names.end(), n) - names.begin()); };
  auto add = [&](const std::string& longer, const TraitBound& b) {
    if (!b.lifetime.empty() && index(longer) < names.size() && index(b.lifetime) < names.size())
      out.emplace_back(index(longer), index(b.lifetime));
  };
  for (const GenericParam& p : g->params)
    if (p.isLifetime)
      for (const TraitBound& b : p.bounds) add(p.name, b);
  for (const WherePredicate& w : g->predicates)
    if (!w.type)
      for (const TraitBound& b : w.bounds) add(w.lifetime, b);
  return out;
}

// `'b: 'a` on a function, in its generics or its `where` clause: 'b
// outlives 'a, so a borrow of 'b may go where one of 'a is wanted.
void Resolver::lifetimeBounds(const Generics& g, const std::vector<std::string>& declared, FnLifetimes& lt) {
  for (auto& bound : declaredOutlives(g, declared)) lt.outlives.push_back(std::move(bound));
}

// Struct and enum fields name every lifetime they use, from the item's own list.
void Resolver::checkFieldLifetimes() {
  for (const StructDecl& d : out_.ast->structs) {
    std::vector<std::string> declared = lifetimeParams(d.generics);
    declaredOutlives(d.generics, declared);  // E0261
    itemScope_ = d.scope;
    for (const StructField& f : d.fields) {
      LifetimeScope scope{&declared};
      collectLifetimes(*f.type, scope);
    }
  }
  for (const EnumDecl& d : out_.ast->enums) {
    std::vector<std::string> declared = lifetimeParams(d.generics);
    declaredOutlives(d.generics, declared);  // E0261
    itemScope_ = d.scope;
    for (const EnumVariant& v : d.variants)
      for (const StructField& f : v.fields) {
        LifetimeScope scope{&declared};
        collectLifetimes(*f.type, scope);
      }
  }
  itemScope_ = 0;
}

// `impl<'a> Excerpt<'a>`: the lifetimes the impl declares, and those its
// type is given, which `Self` and `self` carry in its methods; and the
// bounds that hold in them, the impl's own (`impl<'a, 'b: 'a>`) and those
// its type implies (`struct Pair<'a, 'b: 'a>`, as rustc's implied bounds).
void Resolver::implLifetimes(const ImplBlock& impl, std::vector<std::string>* declared, std::vector<std::string>* selfLifetimes,
                             std::vector<std::pair<std::string, std::string>>* outlives) {
  *declared = lifetimeParams(impl.generics);
  *outlives = declaredOutlives(impl.generics, *declared);
  const TypeExpr& type = *impl.selfType;
  PathResolution r;
  if (type.kind == TypeExprKind::Path) r = names_->resolve(type.path, impl.scope, Namespace::Type, true);
  size_t wanted = r.used > 0 && r.used == type.path.segments.size() ? lifetimeParamsOf(r).size() : 0;
  if (wanted > 0 && type.path.segments.back().lifetimes.empty()) {
    const PathSegment& seg = type.path.segments.back();
    Diagnostic d;
    d.code = DiagCode::E0726;
    d.message = "implicit elided lifetime not allowed here";
    d.labels.push_back({impl.selfType->span, "expected lifetime parameter", true});
    d.helps.push_back("indicate the anonymous lifetime: `" + seg.name + "<'_>`");
    throw CompileError(std::move(d));
  }
  LifetimeScope scope{declared};
  scope.elisionAllowed = true;  // `impl Trait for Excerpt<'_>`, `impl Trait for &str`
  int32_t outer = itemScope_;
  itemScope_ = impl.scope;
  collectLifetimes(*impl.selfType, scope);
  itemScope_ = outer;
  // The impl's elided lifetimes are its own, apart from its methods' `'1`, `'2`, ...
  auto own = [](std::string& l) {
    if (l[0] == '\'') l = "'impl" + l.substr(1);
  };
  for (size_t i = 0; i < scope.positions.size(); ++i)
    if (scope.elided[i]) own(scope.positions[i]);
  for (auto [longer, shorter] : scope.implied) {
    own(longer);
    own(shorter);
    outlives->emplace_back(longer, shorter);
  }
  *selfLifetimes = scope.positions;
}

// Which lifetimes a function's parameters and result carry (see
// FnLifetimes), with elided output lifetimes resolved, or rustc's E0106.
FnLifetimes Resolver::describeLifetimes(const FnDecl& decl, const std::vector<std::string>& implDeclared,
                                        const std::vector<std::string>& selfLifetimes) {
  std::vector<std::string> declared = implDeclared;
  for (const std::string& l : lifetimeParams(decl.generics)) declared.push_back(l);
  FnLifetimes lt;
  lt.outlives = implOutlives_;
  lifetimeBounds(decl.generics, declared, lt);
  LifetimeScope scope{&declared};
  scope.elisionAllowed = true;
  scope.selfLifetimes = selfLifetimes;
  size_t inputs = 0;
  std::string only, selfRef;
  auto parameter = [&](const TypeExpr* type, bool isRef) {
    scope.positions.clear();
    scope.elided.clear();
    scope.repeats = 0;
    if (type) {
      scope.inParameter = true;
      collectLifetimes(*type, scope);
      scope.inParameter = false;
    } else {  // `self`, `&self`, `&'s mut self`
      if (isRef) {
        if (decl.selfLifetime.empty()) {
          scope.positions.push_back("'" + std::to_string(++scope.fresh));
          scope.elided.push_back(true);
        } else {
          if (!declares(declared, decl.selfLifetime))
            fail(DiagCode::E0261, "use of undeclared lifetime name `'" + decl.selfLifetime + "`", decl.selfSpan, "undeclared lifetime");
          scope.positions.push_back(decl.selfLifetime);
          scope.elided.push_back(false);
        }
      }
      for (const std::string& l : selfLifetimes) {
        scope.positions.push_back(l);
        scope.elided.push_back(false);
      }
    }
    bool outerRef = type ? type->kind == TypeExprKind::Ref : isRef;
    lt.outer.push_back(outerRef ? scope.positions.front() : "");
    lt.inner.emplace_back(scope.positions.begin() + (outerRef ? 1 : 0), scope.positions.end());
    bool elided = true;
    for (size_t i = 0; i < scope.positions.size(); ++i) {
      if (!isWritten(scope.positions[i])) continue;
      elided = elided && scope.elided[i];
      only = scope.positions[i];
      ++inputs;
    }
    inputs -= std::min(inputs, scope.repeats);  // a type alias's repeated lifetimes are written once
    lt.elided.push_back(elided);
  };
  if (decl.self != SelfParam::None) {
    bool isRef = decl.self == SelfParam::Ref || decl.self == SelfParam::RefMut;
    parameter(nullptr, isRef);
    if (isRef) selfRef = lt.outer.front();
  }
  for (const Param& p : decl.params) parameter(p.type.get(), false);
  // What the parameters' types imply (`Pair<'x, 'y>` of `struct Pair<'a, 'b: 'a>`: 'y: 'x) holds in the body.
  auto implied = [&] {
    lt.outlives.insert(lt.outlives.end(), scope.implied.begin(), scope.implied.end());
    scope.implied.clear();
  };
  implied();
  if (!decl.ret) return lt;
  scope.positions.clear();
  scope.elided.clear();
  collectLifetimes(*decl.ret, scope);
  std::string target = !selfRef.empty() ? selfRef : inputs == 1 ? only : "";
  for (size_t i = 0; i < scope.positions.size(); ++i) {
    if (!scope.elided[i]) {
      lt.result.push_back(scope.positions[i]);
      continue;
    }
    if (target.empty()) missingOutputLifetime(*decl.ret, inputs);
    lt.result.push_back(target);
  }
  for (auto& [longer, shorter] : scope.implied)  // an elided lifetime of the result stands for `target`
    for (std::string* l : {&longer, &shorter})
      for (size_t i = 0; i < scope.positions.size(); ++i)
        if (*l == scope.positions[i]) *l = lt.result[i];
  implied();
  return lt;
}

// E0106 for a result that borrows from nothing, or from one of several
// inputs it does not name.
void Resolver::missingOutputLifetime(const TypeExpr& ret, size_t inputs) {
  Span at = ret.span;
  std::function<bool(const TypeExpr&)> find = [&](const TypeExpr& t) {
    if (t.kind == TypeExprKind::Ref && (t.lifetime.empty() || t.lifetime == "_")) {
      at = {t.span.start, t.span.start + 1};
      return true;
    }
    if (t.kind == TypeExprKind::Path && t.path.segments.back().lifetimes.empty()) {
      PathResolution r = names_->resolve(t.path, itemScope_, Namespace::Type, true);
      if (r.used == t.path.segments.size() && !lifetimeParamsOf(r).empty()) {
        at = t.path.span;
        return true;
      }
    }
    for (const auto& e : t.elems)
      if (find(*e)) return true;
    for (const PathSegment& seg : t.path.segments)
      for (const auto& g : seg.generics)
        if (find(*g)) return true;
    return false;
  };
  find(ret);
  Diagnostic d;
  d.code = DiagCode::E0106;
  d.message = "missing lifetime specifier";
  d.labels.push_back({at, "expected named lifetime parameter", true});
  d.helps.push_back(inputs == 0
                        ? "this function's return type contains a borrowed value, but there is no value for it to be borrowed from"
                        : "this function's return type contains a borrowed value, but the signature does not say which one of its arguments it is borrowed from");
  d.explanation = "A reference must point at memory that outlives it. With nothing to borrow from, the only thing to "
                  "point at would be this function's own stack frame, which is popped when it returns.";
  throw CompileError(std::move(d));
}

}  // namespace sh
