// Deep copies of syntax trees.
//
// A generic function runs as one instance per set of type arguments
// (monomorphization, as rustc compiles it), and the checker writes types
// into the tree it checks, so each instance needs a tree of its own: a copy
// of the declaration's syntax with every checker field left empty. Spans are
// kept, so an instance's diagnostics, panics and steps point at the
// learner's text.
#include "syntax/clone.h"

namespace sh {

namespace {

template <typename T>
std::unique_ptr<T> cloneOrNull(const std::unique_ptr<T>& p) {
  return p ? cloneSyntax(*p) : nullptr;
}

template <typename T>
std::vector<std::unique_ptr<T>> cloneAll(const std::vector<std::unique_ptr<T>>& v) {
  std::vector<std::unique_ptr<T>> out;
  out.reserve(v.size());
  for (const auto& p : v) out.push_back(cloneSyntax(*p));
  return out;
}

Param cloneParam(const Param& p) { return Param{cloneOrNull(p.pattern), cloneOrNull(p.type), p.span}; }

}  // namespace

PathSegment cloneSegment(const PathSegment& s) {
  PathSegment out{s.name, s.span, cloneAll(s.generics)};
  for (const auto& [name, type] : s.bindings) out.bindings.emplace_back(name, cloneSyntax(*type));
  out.bindingSpans = s.bindingSpans;
  out.lifetimes = s.lifetimes;
  out.parenthesized = s.parenthesized;
  out.output = cloneOrNull(s.output);
  out.genericsSpan = s.genericsSpan;
  return out;
}

Path clonePath(const Path& p) {
  Path out;
  out.span = p.span;
  for (const PathSegment& s : p.segments) out.segments.push_back(cloneSegment(s));
  return out;
}

std::vector<TraitBound> cloneBounds(const std::vector<TraitBound>& bounds) {
  std::vector<TraitBound> out;
  for (const TraitBound& b : bounds) out.push_back(TraitBound{clonePath(b.path), b.span, b.maybe, b.lifetime});
  return out;
}

std::unique_ptr<TypeExpr> cloneSyntax(const TypeExpr& t) {
  auto out = std::make_unique<TypeExpr>();
  out->kind = t.kind;
  out->span = t.span;
  out->path = clonePath(t.path);
  out->isMut = t.isMut;
  out->lifetime = t.lifetime;
  out->elems = cloneAll(t.elems);
  out->length = cloneOrNull(t.length);
  out->bounds = cloneBounds(t.bounds);
  out->output = cloneOrNull(t.output);
  return out;
}

std::unique_ptr<Pattern> cloneSyntax(const Pattern& p) {
  auto out = std::make_unique<Pattern>();
  out->kind = p.kind;
  out->span = p.span;
  out->name = p.name;
  out->isMut = p.isMut;
  out->byRef = p.byRef;
  out->literal = cloneOrNull(p.literal);
  out->subpattern = cloneOrNull(p.subpattern);
  out->rangeLo = cloneOrNull(p.rangeLo);
  out->rangeHi = cloneOrNull(p.rangeHi);
  out->inclusive = p.inclusive;
  out->path = clonePath(p.path);
  out->elems = cloneAll(p.elems);
  for (const FieldPattern& f : p.fields) out->fields.push_back(FieldPattern{f.name, f.span, cloneSyntax(*f.pattern)});
  out->hasRest = p.hasRest;
  out->restIndex = p.restIndex;
  return out;
}

std::unique_ptr<Expr> cloneSyntax(const Expr& e) {
  auto out = std::make_unique<Expr>();
  out->kind = e.kind;
  out->span = e.span;
  out->text = e.text;
  out->suffix = e.suffix;
  out->nameSpan = e.nameSpan;
  out->path = clonePath(e.path);
  out->isMut = e.isMut;
  out->inclusive = e.inclusive;
  out->macroRepeat = e.macroRepeat;
  out->index = e.index;
  out->binaryOp = e.binaryOp;
  out->unaryOp = e.unaryOp;
  for (const PathSegment& s : e.methodGenerics) out->methodGenerics.push_back(cloneSegment(s));
  out->lhs = cloneOrNull(e.lhs);
  out->rhs = cloneOrNull(e.rhs);
  out->operand = cloneOrNull(e.kind == ExprKind::Closure && !e.operand ? e.checkedBody : e.operand);
  out->castType = cloneOrNull(e.castType);
  out->qualifiedSelf = cloneOrNull(e.qualifiedSelf);
  out->pattern = cloneOrNull(e.pattern);
  out->block = cloneOrNull(e.block);
  out->elseBranch = cloneOrNull(e.elseBranch);
  out->args = cloneAll(e.args);
  for (const FieldInit& f : e.fields) out->fields.push_back(FieldInit{f.name, f.span, cloneSyntax(*f.value)});
  out->structBase = cloneOrNull(e.structBase);
  for (const MatchArm& a : e.arms)
    out->arms.push_back(MatchArm{cloneSyntax(*a.pattern), cloneOrNull(a.guard), cloneSyntax(*a.body), a.span});
  for (const Param& p : e.closureParams) out->closureParams.push_back(cloneParam(p));
  out->closureRet = cloneOrNull(e.closureRet);
  out->isMove = e.isMove;
  out->tryOperator = e.tryOperator;
  return out;
}

std::unique_ptr<Block> cloneSyntax(const Block& b) {
  auto out = std::make_unique<Block>();
  out->span = b.span;
  for (const Stmt& s : b.stmts) {
    Stmt c;
    c.kind = s.kind;
    c.span = s.span;
    c.pattern = cloneOrNull(s.pattern);
    c.type = cloneOrNull(s.type);
    c.init = cloneOrNull(s.init);
    c.elseBlock = cloneOrNull(s.elseBlock);
    c.hasSemicolon = s.hasSemicolon;
    out->stmts.push_back(std::move(c));
  }
  out->tail = cloneOrNull(b.tail);
  return out;
}

Generics cloneGenerics(const Generics& g) {
  Generics out;
  out.span = g.span;
  for (const GenericParam& p : g.params)
    out.params.push_back(GenericParam{p.name, p.span, p.isLifetime, cloneBounds(p.bounds), cloneOrNull(p.defaultType)});
  for (const WherePredicate& w : g.predicates)
    out.predicates.push_back(WherePredicate{cloneOrNull(w.type), w.lifetime, cloneBounds(w.bounds), w.span});
  return out;
}

std::unique_ptr<FnDecl> cloneSyntax(const FnDecl& f) {
  auto out = std::make_unique<FnDecl>();
  out->name = f.name;
  out->span = f.span;
  out->nameSpan = f.nameSpan;
  out->generics = cloneGenerics(f.generics);
  out->self = f.self;
  out->selfSpan = f.selfSpan;
  out->selfLifetime = f.selfLifetime;
  for (const Param& p : f.params) out->params.push_back(cloneParam(p));
  out->ret = cloneOrNull(f.ret);
  out->body = cloneOrNull(f.body);
  out->implicitMain = f.implicitMain;
  out->implType = f.implType;
  out->scope = f.scope;
  out->vis = f.vis;
  return out;
}

}  // namespace sh
