// Deep copies of syntax trees, with the checker's fields left empty: each
// instance of a generic function is checked and run from a copy of its own
// (syntax/clone.cpp says why).
#pragma once

#include <memory>

#include "syntax/ast.h"

namespace sh {

std::unique_ptr<Expr> cloneSyntax(const Expr& e);
std::unique_ptr<Pattern> cloneSyntax(const Pattern& p);
std::unique_ptr<TypeExpr> cloneSyntax(const TypeExpr& t);
std::unique_ptr<Block> cloneSyntax(const Block& b);
std::unique_ptr<FnDecl> cloneSyntax(const FnDecl& f);
PathSegment cloneSegment(const PathSegment& s);
Path clonePath(const Path& p);
std::vector<TraitBound> cloneBounds(const std::vector<TraitBound>& bounds);
Generics cloneGenerics(const Generics& g);

}  // namespace sh
