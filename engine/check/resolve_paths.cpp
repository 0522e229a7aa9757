// Paths and privacy in the resolver.
//
// Every path is canonicalised where it is checked (check/scopes.h): the
// segments that name an item become one segment holding the item's key, so
// the rest of the resolver finds structs, enums, functions and constants by
// key. A path whose first segment names no item (a local, `Self`, a
// prelude name such as `String` or `Some`) is left as written.
//
// Privacy is checked where a path, a field or a method reaches into another
// module: rustc's E0603 (in scopes.cpp), E0616 and E0451 for fields, and
// E0624 for methods and associated functions.
#include <algorithm>

#include "check/resolver.h"

namespace sh {

void Resolver::canonicalize(Path& p, Namespace ns) {
  if (p.canonical) return;
  p.canonical = true;
  if (isPreludeSpan(p.span)) return;  // std's own text names std's items directly
  PathResolution r = names_->resolve(p, itemScope_, ns);
  if (r.used == 0) return;
  // The item's segment keeps the span of its own name, where rustc points.
  const PathSegment& lastUsed = p.segments[r.used - 1];
  Span covered = lastUsed.span;
  std::vector<PathSegment> segments;
  switch (r.item.kind) {
    case ItemKind::Module: {
      std::string name;
      for (size_t i = 0; i < r.used; ++i) name += (i ? "::" : "") + p.segments[i].name;
      if (ns == Namespace::Type) fail(DiagCode::E0573, "expected type, found module `" + name + "`", p.span, "not a type");
      fail(DiagCode::E0423, std::string("expected ") + (ns == Namespace::Call ? "function" : "value") + ", found module `" + name + "`",
           p.span, std::string("not a ") + (ns == Namespace::Call ? "function" : "value"));
    }
    case ItemKind::Variant: {
      std::string enumKey = names_->keyOf(ItemRef{ItemKind::Enum, r.item.index, -1});
      segments.push_back(plainSegment(enumKey, covered));
      segments.push_back(std::move(p.segments[r.used - 1]));
      break;
    }
    case ItemKind::Std: {
      size_t at = 0;
      for (;;) {
        size_t next = r.stdPath.find("::", at);
        segments.push_back(plainSegment(r.stdPath.substr(at, next - at), covered));
        if (next == std::string::npos) break;
        at = next + 2;
      }
      segments.back().generics = std::move(p.segments[r.used - 1].generics);
      segments.back().genericsSpan = p.segments[r.used - 1].genericsSpan;
      break;
    }
    case ItemKind::Struct: case ItemKind::Enum: case ItemKind::Fn: case ItemKind::Const: case ItemKind::Static:
    case ItemKind::TypeAlias: case ItemKind::Trait:
      segments.push_back(std::move(p.segments[r.used - 1]));  // its generics and lifetimes stay with it
      segments.back().name = names_->keyOf(r.item);
      break;
  }
  for (size_t i = r.used; i < p.segments.size(); ++i) segments.push_back(std::move(p.segments[i]));
  p.segments = std::move(segments);
}

bool Resolver::isUserType(const std::string& displayName) const {
  for (const StructInfo& s : T_.structs())
    if (s.name == displayName) return true;
  for (const EnumInfo& e : T_.enums())
    if (e.name == displayName) return true;
  return false;
}

// A canonical segment as rustc would name it in a message: `Circle`, not
// its key.
std::string Resolver::ownerName(const std::string& segment) const {
  int32_t s = T_.findStruct(segment);
  if (s >= 0) return T_.structs()[s].name;
  int32_t e = T_.findEnum(segment);
  if (e >= 0) return T_.enums()[e].name;
  return segment;
}

// `p.id` or `Q { y: 2 }` from outside the module of a struct whose field is
// not `pub`.
void Resolver::requireVisibleField(const StructInfo& s, size_t field, Span at, bool literal) {
  const StructField& f = s.decl->fields[field];
  if (names_->visible(f.vis, s.decl->scope, itemScope_)) return;
  std::string name = s.isTuple ? std::to_string(field) : f.name;
  if (literal) fail(DiagCode::E0451, "field `" + name + "` of struct `" + s.name + "` is private", at, "private field");
  fail(DiagCode::E0616, "field `" + name + "` of struct `" + s.name + "` is private", at, "private field");
}

// A method or associated function that is not `pub`, called from outside
// its impl's module.
void Resolver::requireVisibleFn(const FnInfo& fn, Span at) {
  const FnDecl& d = *fn.decl;
  // A trait's methods, and an impl's of a trait, are as visible as the trait.
  if (fn.trait >= 0 || fn.isStd || (fn.impl >= 0 && out_.impls[fn.impl].trait.trait >= 0)) return;
  if (d.implType.empty() || names_->visible(d.vis, d.scope, itemScope_)) return;
  std::string kind = d.self == SelfParam::None ? "associated function" : "method";
  fail(DiagCode::E0624, kind + " `" + d.name + "` is private", at, "private " + kind,
       {{{d.span.start, d.body->span.start - 1}, "private " + kind + " defined here", false}});
}

// A tuple struct's constructor is as private as its most private field.
void Resolver::requirePublicConstructor(int32_t structIndex, Span at) {
  const StructInfo& s = T_.structs()[structIndex];
  for (const StructField& f : s.decl->fields)
    if (!names_->visible(f.vis, s.decl->scope, itemScope_))
      fail(DiagCode::E0603, "tuple struct constructor `" + s.decl->name + "` is private", at, "private tuple struct constructor",
           {{f.span, "a constructor is private if any of the fields is private", false}});
}

namespace {

// The names a pattern binds.
void bindingNames(const Pattern& p, std::vector<std::string>& out) {
  if ((p.kind == PatternKind::Binding || p.kind == PatternKind::Rest) && !p.name.empty()) out.push_back(p.name);
  if (p.subpattern) bindingNames(*p.subpattern, out);
  for (const auto& e : p.elems) bindingNames(*e, out);
  for (const FieldPattern& f : p.fields) bindingNames(*f.pattern, out);
}

// Walks a function body as name resolution sees it, keeping the locals in
// scope, and records them at every item the body declares.
class OuterLocals {
 public:
  explicit OuterLocals(std::vector<std::pair<Span, std::unordered_set<std::string>>>& out) : out_(out) {}

  void function(const FnDecl& fn) {
    scopes_.assign(1, {});
    if (fn.self != SelfParam::None) scopes_.back().push_back("self");
    for (const Param& p : fn.params) bindingNames(*p.pattern, scopes_.back());
    block(*fn.body);
  }

 private:
  void block(const Block& b) {
    scopes_.emplace_back();
    for (const Stmt& s : b.stmts) {
      if (s.kind == StmtKind::Item) {
        std::unordered_set<std::string> names;
        for (const auto& scope : scopes_) names.insert(scope.begin(), scope.end());
        out_.emplace_back(s.span, std::move(names));
      }
      if (s.init) expr(*s.init);
      if (s.elseBlock) block(*s.elseBlock);
      if (s.kind == StmtKind::Let) bindingNames(*s.pattern, scopes_.back());
    }
    if (b.tail) expr(*b.tail);
    scopes_.pop_back();
  }

  // A block whose scope starts with a pattern's bindings (`if let`, `for`, a match arm).
  void blockAfter(const Pattern* p, const Expr* guard, const Block* b, const Expr* body) {
    scopes_.emplace_back();
    if (p) bindingNames(*p, scopes_.back());
    if (guard) expr(*guard);
    if (b) block(*b);
    if (body) expr(*body);
    scopes_.pop_back();
  }

  void expr(const Expr& e) {
    if (e.kind == ExprKind::Closure) {  // its parameters are locals of the body
      scopes_.emplace_back();
      for (const Param& p : e.closureParams) bindingNames(*p.pattern, scopes_.back());
      expr(*e.operand);
      scopes_.pop_back();
      return;
    }
    for (const Expr* child : {e.lhs.get(), e.rhs.get(), e.operand.get(), e.elseBranch.get(), e.structBase.get()})
      if (child) expr(*child);
    for (const auto& a : e.args) expr(*a);
    for (const FieldInit& f : e.fields) expr(*f.value);
    for (const MatchArm& arm : e.arms) blockAfter(arm.pattern.get(), arm.guard.get(), nullptr, arm.body.get());
    if (e.block) blockAfter(e.pattern.get(), nullptr, e.block.get(), nullptr);
  }

  std::vector<std::pair<Span, std::unordered_set<std::string>>>& out_;
  std::vector<std::vector<std::string>> scopes_;
};

}  // namespace

// A name used as a value (or called) that names a module or a struct with
// named fields, which live in the type namespace only: E0423, not E0425.
void Resolver::requireNotTypeNamespace(const Path& p, const char* expected) {
  PathResolution r = names_->resolve(p, itemScope_, Namespace::Type, true);
  if (r.used != p.segments.size()) return;
  std::string what = r.item.kind == ItemKind::Module ? "module" : r.item.kind == ItemKind::Struct ? "struct" : "";
  if (what.empty()) return;
  fail(DiagCode::E0423, std::string("expected ") + expected + ", found " + what + " `" + text(p.span) + "`", p.span,
       std::string("not a ") + expected);
}

// Where an item stands in a function body, the names of the locals in scope
// there: its own body must not use them.
void Resolver::collectOuterLocals() {
  OuterLocals walker(outerLocals_);
  for (const FnDecl& fn : out_.ast->fns) walker.function(fn);
  for (const ImplBlock& impl : out_.ast->impls)
    for (const FnDecl& fn : impl.fns) walker.function(fn);
}

// A name that is none of this function's locals nor any item, but a local
// of a function around it: E0434 in a fn item, E0435 in a constant.
void Resolver::failOuterLocal(const Expr& e, const std::string& name) {
  Span here = const_ ? const_->decl->span : fn_->decl->span;
  for (const auto& [item, names] : outerLocals_) {
    if (item.start > here.start || here.end > item.end || !names.count(name)) continue;
    if (const_) fail(DiagCode::E0435, "attempt to use a non-constant value in a constant", e.span, "non-constant value");
    Diagnostic d;
    d.code = DiagCode::E0434;
    d.message = "can't capture dynamic environment in a fn item";
    d.labels.push_back({e.span, "", true});
    d.helps.push_back("use the `|| { ... }` closure form instead");
    d.explanation = "A function declared inside another has no frame of the outer function to read `" + name +
                    "` from: it is an item of its own, called with its own stack frame.";
    throw CompileError(std::move(d));
  }
}

}  // namespace sh
