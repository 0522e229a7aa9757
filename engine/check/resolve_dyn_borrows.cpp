// Trait objects that hold borrows: `Box<dyn Fn()>` of a closure reading a
// local, kept in the function that made it.
//
// In a signature or a struct's field, `Box<dyn Trait>` is `Box<dyn Trait +
// 'static>`; inside a function body rustc infers the object's lifetime, so
// `let mut printers: Vec<Box<dyn Fn()>> = Vec::new();` may hold
// `Box::new(|| println!("{}", label))` for as long as `label` lives. The
// borrow checker tracks what such an object holds as it tracks a reference
// (check/borrows.cpp: a trait object may hold borrows, and its drop may read
// them). What it cannot see is where the object's lifetime becomes
// `'static`: a parameter, a result, a struct's field, a place reached
// through a reference. So a function that boxes a value holding references
// into a trait object keeps every value whose type mentions a trait object
// to itself, and anything else is "not supported yet" where it leaves:
// - an argument of the program's own function or method (the receiver of
//   a method called through the object is not one), a field of the
//   program's own struct or enum, or the function's result;
// - a place written, or handed to a std method with such a value, that is
//   not a variable the function's own `let` declares (owning its value, not
//   a reference), through indexing and std's methods only (`v.push(b)`,
//   `map.insert(k, b)`, `v[0] = b`; not `self.items.push(b)`).
// The closures written in the function are held to the same rule, their
// captured variables counting as not the function's own.
#include <functional>
#include <unordered_set>

#include "check/resolver.h"
#include "check/returned_values.h"

namespace sh {

namespace {

bool mentionsDyn(const TypeTable& T, TypeId t, int depth = 0) {
  const Type& ty = T.get(T.resolve(t));
  if (ty.kind == TypeKind::Dyn) return true;
  if (depth > 16) return false;
  for (TypeId a : ty.args)
    if (mentionsDyn(T, a, depth + 1)) return true;
  return false;
}

// `'static` written on a trait object of a `let`'s type: its object is not one whose lifetime is inferred.
bool namesStaticObject(const TypeExpr& t) {
  if (t.kind == TypeExprKind::DynTrait)
    for (const TraitBound& b : t.bounds)
      if (b.lifetime == "static") return true;
  for (const PathSegment& s : t.path.segments)
    for (const auto& g : s.generics)
      if (namesStaticObject(*g)) return true;
  for (const auto& e : t.elems)
    if (e && namesStaticObject(*e)) return true;
  return false;
}

void bindingsOf(const Pattern& p, std::unordered_set<int32_t>& out) {
  if (p.kind == PatternKind::Binding && p.local >= 0) out.insert(p.local);
  if (p.subpattern) bindingsOf(*p.subpattern, out);
  for (const auto& e : p.elems) bindingsOf(*e, out);
  for (const FieldPattern& f : p.fields) bindingsOf(*f.pattern, out);
}

}  // namespace

// A Box<dyn Trait> made of `concrete` at `at`: whether what it holds
// borrows. Given back as the function's result it would outlive what it
// borrows (rustc's E0373 or E0597 for a closure; otherwise not supported yet).
bool Resolver::boxesBorrowedData(TypeId concrete, const Expr& at) {
  if (!holdsBorrows(concrete)) return false;
  const Block* body = fnIndex_ >= 0 && static_cast<size_t>(fnIndex_) < fnBodies_.size() ? fnBodies_[fnIndex_] : nullptr;
  std::vector<const Expr*> returned = body ? returnedValues(*body) : std::vector<const Expr*>{};
  if (std::find(returned.begin(), returned.end(), &at) == returned.end()) return true;
  if (T_.closureOf(T_.resolve(concrete)) >= 0) rejectEscapingBorrows(concrete, *fnBodies_[fnIndex_]);
  fail(DiagCode::None, "a trait object of `" + typeName(concrete) + "`, which holds references, returned is not supported yet", at.span);
}

// The walk of the top of this file, over the function being checked and
// the closures written in it.
void Resolver::keepBorrowingObjectsLocal() {
  const Block* body = fnBodies_[fnIndex_];
  if (!body) return;
  auto refuse = [&](const Expr& e, const std::string& what) {
    fail(DiagCode::None, what + ", in a function that boxes a value holding references into a trait object, is not supported yet", e.span);
  };
  auto isDynValue = [&](const Expr& e) {  // its type, or the one a coercion makes of it (`Box::new(c)` where a Box<dyn Fn()> is expected)
    return (e.type != kNoType && mentionsDyn(T_, e.type)) || (e.coercion != 0 && e.coercedType != kNoType && mentionsDyn(T_, e.coercedType));
  };
  for (const Expr* e : returnedValues(*body))
    if (isDynValue(*e)) refuse(*e, "a trait object given back as the result");

  std::function<void(FnInfo&, const Block&)> walkBody;
  walkBody = [&](FnInfo& fn, const Block& top) {
    fn.objectsHoldBorrows = true;
    std::unordered_set<int32_t> own;  // the locals this body's `let`s declare, owning their values
    auto ownPlace = [&](const Expr* p) {
      while (p->kind == ExprKind::Paren || p->kind == ExprKind::Index || p->kind == ExprKind::MethodCall)
        p = p->kind == ExprKind::Index ? p->lhs.get() : p->operand.get();
      if (p->kind != ExprKind::Path || p->resolvedKind != static_cast<uint8_t>(Resolved::Local)) return false;
      const LocalInfo& l = fn.locals[p->resolved];
      return own.count(p->resolved) && l.capture < 0 && T_.get(T_.resolve(l.type)).kind != TypeKind::Ref;
    };
    auto requireOwnPlace = [&](const Expr& p) {
      if (!ownPlace(&p)) refuse(p, "a trait object stored into `" + std::string(file_.slice(p.span)) + "`");
    };
    auto isUsersType = [&](TypeId t) {
      const Type& ty = T_.get(T_.resolve(t));
      if (ty.kind == TypeKind::Struct) return T_.structOf(t).stdPath.empty() && T_.structOf(t).closure < 0;
      return ty.kind == TypeKind::Enum && T_.enumOf(t).stdPath.empty();
    };
    std::function<void(const Expr&)> walk;
    std::function<void(const Block&)> walkBlock = [&](const Block& b) {
      for (const Stmt& s : b.stmts) {
        if (s.init) walk(*s.init);
        if (s.elseBlock) walkBlock(*s.elseBlock);
        if (s.kind == StmtKind::Let && s.pattern && !(s.type && namesStaticObject(*s.type))) bindingsOf(*s.pattern, own);
      }
      if (b.tail) walk(*b.tail);
    };
    walk = [&](const Expr& e) {
      auto kind = static_cast<Resolved>(e.resolvedKind);
      switch (e.kind) {
        case ExprKind::Closure: {
          int32_t c = T_.closureOf(T_.resolve(e.type));
          if (c >= 0 && out_.fns[out_.closures[c].fn].decl->body) walkBody(out_.fns[out_.closures[c].fn], *out_.fns[out_.closures[c].fn].decl->body);
          return;
        }
        case ExprKind::Call:
          if (kind == Resolved::UserFn || kind == Resolved::TupleStruct || (kind == Resolved::EnumVariant && isUsersType(e.type)) ||
              kind == Resolved::CallValue) {
            for (const auto& a : e.args)
              if (isDynValue(*a)) refuse(*a, "a trait object passed to `" + std::string(file_.slice(e.operand->span)) + "`");
          } else {
            for (const auto& a : e.args)
              if (a->kind == ExprKind::Ref && a->isMut && isDynValue(*a)) requireOwnPlace(*a->operand);
          }
          break;
        case ExprKind::MethodCall:
          if (kind == Resolved::UserFn || kind == Resolved::Virtual) {  // a call through the object itself keeps it where it is
            if (kind == Resolved::UserFn && isDynValue(*e.operand)) refuse(*e.operand, "a trait object given to the method `" + e.text + "`");
            for (const auto& a : e.args)
              if (isDynValue(*a)) refuse(*a, "a trait object passed to the method `" + e.text + "`");
          } else if (std::any_of(e.args.begin(), e.args.end(), [&](const ExprPtr& a) { return isDynValue(*a); })) {
            requireOwnPlace(*e.operand);
            for (const auto& a : e.args)
              if (a->kind == ExprKind::Ref && a->isMut && isDynValue(*a)) requireOwnPlace(*a->operand);
          }
          break;
        case ExprKind::StructLit:
          if (isUsersType(e.type))
            for (const FieldInit& f : e.fields)
              if (isDynValue(*f.value)) refuse(*f.value, "a trait object put into a field of `" + typeName(e.type) + "`");
          break;
        case ExprKind::Assign: case ExprKind::CompoundAssign:
          if (isDynValue(*e.lhs)) requireOwnPlace(*e.lhs);
          break;
        default: break;
      }
      if (e.kind != ExprKind::Closure) forEachChild(e, walk, walkBlock);
    };
    walkBlock(top);
  };
  walkBody(*fn_, *body);
}

}  // namespace sh
