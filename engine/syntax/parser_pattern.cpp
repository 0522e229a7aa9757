// Patterns and types.
//
// A pattern that is a single identifier is ambiguous in Rust's grammar: `x`
// binds, `None` names a value. rustc settles it during name resolution, and
// so does the checker (check/resolve_items.cpp checkPattern): the parser
// guesses by Rust's naming convention (a lone identifier starting with an
// uppercase letter is a path, `None`, `MAX`; any other a binding), and the
// checker makes a binding that names a constant, a unit struct or a unit
// variant in scope a path, and a path that names nothing a binding.
// `mut`/`ref` always make a binding; a name before `..=` is a range's bound.
//
// Types are the subset's: paths with generic arguments, references, tuples,
// arrays and slices. Lifetimes, trait objects and the like are named as
// unsupported rather than reported as syntax errors.
#include "syntax/parser_internal.h"

namespace sh {

namespace {

PatternPtr makePattern(PatternKind kind, Span span = {}) {
  auto p = std::make_unique<Pattern>();
  p->kind = kind;
  p->span = span;
  return p;
}

TypeExprPtr makeType(TypeExprKind kind) {
  auto t = std::make_unique<TypeExpr>();
  t->kind = kind;
  return t;
}

bool startsUppercase(std::string_view name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

}  // namespace

// ---------------------------------------------------------------- patterns

/// pattern ::= '|'? pattern_no_or ('|' pattern_no_or)*
PatternPtr Parser::parsePattern() {
  uint32_t start = peek().span.start;
  eat(TokenKind::Or);
  PatternPtr first = parsePatternNoOr();
  if (!at(TokenKind::Or)) return first;
  auto p = makePattern(PatternKind::Or);
  p->elems.push_back(std::move(first));
  while (eat(TokenKind::Or)) p->elems.push_back(parsePatternNoOr());
  p->span = from(start);
  return p;
}

/// pattern_no_or ::= '_' | '&' 'mut'? pattern_no_or | '(' pattern_list ')' | '..=' pattern_literal
///                 | pattern_literal (('..=' | '..') pattern_literal?)? | binding | path_pattern
PatternPtr Parser::parsePatternNoOr() {
  using enum TokenKind;
  Nest nest(*this);
  uint32_t start = peek().span.start;
  if (eat(Underscore)) return makePattern(PatternKind::Wildcard, from(start));
  if (atAny({And, AndAnd})) {
    if (at(AndAnd)) splitLeading(And);  // `&&x` is `&(&x)`
    else advance();
    auto p = makePattern(PatternKind::Ref);
    p->isMut = eat(KwMut);
    p->elems.push_back(parsePatternNoOr());
    p->span = from(start);
    return p;
  }
  if (at(LParen)) return parseTuplePattern();
  if (at(LBracket)) return parseSlicePattern();
  if (eat(DotDotEq)) {
    auto p = makePattern(PatternKind::Range);
    p->inclusive = true;
    p->rangeHi = parseRangeBound();
    p->span = from(start);
    return p;
  }
  if (atAny({Int, Float, Char, Str, KwTrue, KwFalse, Minus})) return parseLiteralOrRangePattern();
  bool loneName = at(Ident) && !startsUppercase(peek().text) &&
                  !(peek(1).kind == PathSep || peek(1).kind == LParen || peek(1).kind == LBrace || peek(1).kind == DotDotEq ||
                    peek(1).kind == DotDotDot || peek(1).kind == DotDot);  // `lo..=hi`: a range between constants
  if (atAny({KwRef, KwMut}) || loneName) return parseBindingPattern();
  if (atAny({Ident, KwSelfType, KwSelfValue, KwCrate, KwSuper, PathSep})) return parsePathPattern();
  unexpected("pattern");
}

/// binding ::= 'ref'? 'mut'? IDENT ('@' (pattern_no_or | '..'))?
PatternPtr Parser::parseBindingPattern() {
  uint32_t start = peek().span.start;
  auto p = makePattern(PatternKind::Binding);
  p->byRef = eat(TokenKind::KwRef);
  p->isMut = eat(TokenKind::KwMut);
  p->name = expectIdent();
  if (eat(TokenKind::At)) {
    if (eat(TokenKind::DotDot)) {  // `rest @ ..` in a slice pattern
      p->kind = PatternKind::Rest;
    } else {
      p->subpattern = parsePatternNoOr();
    }
  }
  p->span = from(start);
  return p;
}

/// literal_or_range ::= pattern_literal range_rest?
PatternPtr Parser::parseLiteralOrRangePattern() {
  uint32_t start = peek().span.start;
  ExprPtr literal = parsePatternLiteral();
  if (!atAny({TokenKind::DotDotEq, TokenKind::DotDotDot, TokenKind::DotDot})) {
    auto p = makePattern(PatternKind::Literal, from(start));
    p->literal = std::move(literal);
    return p;
  }
  return finishRangePattern(std::move(literal), start);
}

/// range_rest ::= ('..=' | '...' | '..') range_bound?      (after the range's start, `lo`)
PatternPtr Parser::finishRangePattern(ExprPtr lo, uint32_t start) {
  auto p = makePattern(PatternKind::Range);
  p->rangeLo = std::move(lo);
  p->inclusive = !at(TokenKind::DotDot);
  Span opSpan = advance().span;
  if (atAny({TokenKind::Int, TokenKind::Float, TokenKind::Char, TokenKind::Minus}) || atPathStart()) p->rangeHi = parseRangeBound();
  if (p->inclusive && !p->rangeHi) fail(opSpan, "inclusive range with no end");
  p->span = from(start);
  return p;
}

bool Parser::atPathStart() const {
  using enum TokenKind;
  return atAny({Ident, KwSelfType, KwCrate, KwSuper, PathSep});
}

/// range_bound ::= pattern_literal | expr_path      (`u8::MAX`, a constant)
ExprPtr Parser::parseRangeBound() {
  if (!atPathStart()) return parsePatternLiteral();
  auto bound = std::make_unique<Expr>();
  bound->kind = ExprKind::Path;
  bound->path = parseExprPath();
  bound->span = bound->path.span;
  return bound;
}

/// pattern_literal ::= '-'? (INT | FLOAT) | CHAR | STRING | 'true' | 'false'
ExprPtr Parser::parsePatternLiteral() {
  using enum TokenKind;
  uint32_t start = peek().span.start;
  if (!eat(Minus)) {
    if (!atAny({Int, Float, Char, Str, KwTrue, KwFalse})) unexpected("pattern");
    return parseLiteral();
  }
  if (!atAny({Int, Float})) unexpected("literal");
  auto negated = std::make_unique<Expr>();
  negated->kind = ExprKind::Unary;
  negated->unaryOp = UnaryOp::Neg;
  negated->operand = parseLiteral();
  negated->span = from(start);
  return negated;
}

/// path_pattern ::= expr_path ('(' pattern_list ')' | '{' field_patterns '}' | range_end)?
PatternPtr Parser::parsePathPattern() {
  uint32_t start = peek().span.start;
  Path path = parseExprPath();
  if (atAny({TokenKind::DotDotEq, TokenKind::DotDotDot, TokenKind::DotDot})) {  // `i32::MIN..=0`, `LOW..HIGH`
    auto bound = std::make_unique<Expr>();
    bound->kind = ExprKind::Path;
    bound->span = path.span;
    bound->path = std::move(path);
    return finishRangePattern(std::move(bound), start);
  }
  PatternKind kind = at(TokenKind::LParen)   ? PatternKind::TupleStruct
                     : at(TokenKind::LBrace) ? PatternKind::Struct
                                             : PatternKind::PathPat;
  auto p = makePattern(kind);
  p->path = std::move(path);
  if (kind == PatternKind::TupleStruct) parsePatternList(*p);
  if (kind == PatternKind::Struct) parseFieldPatterns(*p);
  p->span = from(start);
  return p;
}

/// tuple_pattern ::= '(' pattern_list ')'      (one element and no comma: a parenthesized pattern)
PatternPtr Parser::parseTuplePattern() {
  uint32_t start = peek().span.start;
  auto p = makePattern(PatternKind::Tuple);
  bool sawComma = parsePatternList(*p);
  if (p->elems.size() == 1 && !p->hasRest && !sawComma) return std::move(p->elems.front());
  p->span = from(start);
  return p;
}

/// slice_pattern ::= '[' ((pattern | '..') (',' (pattern | '..'))*)? ','? ']'
PatternPtr Parser::parseSlicePattern() {
  uint32_t start = peek().span.start;
  auto p = makePattern(PatternKind::Slice);
  expect(TokenKind::LBracket);
  while (!eat(TokenKind::RBracket)) {
    if (at(TokenKind::DotDot)) p->elems.push_back(makePattern(PatternKind::Rest, advance().span));
    else p->elems.push_back(parsePattern());
    if (at(TokenKind::RBracket)) continue;
    if (!eat(TokenKind::Comma)) unexpectedOneOf("`,` or `]`");
  }
  p->span = from(start);
  return p;
}

/// pattern_list ::= '(' ((pattern | '..') (',' (pattern | '..'))*)? ','? ')'
/// Returns whether a comma appeared.
bool Parser::parsePatternList(Pattern& p) {
  bool sawComma = false;
  expect(TokenKind::LParen);
  while (!eat(TokenKind::RParen)) {
    if (at(TokenKind::DotDot)) {
      if (p.hasRest) fail(peek().span, "`..` can only be used once per tuple pattern");
      advance();
      p.hasRest = true;
      p.restIndex = static_cast<uint32_t>(p.elems.size());
    } else {
      p.elems.push_back(parsePattern());
    }
    if (at(TokenKind::RParen)) continue;
    if (!eat(TokenKind::Comma)) unexpectedOneOf("`)`, `,`, or `|`");
    sawComma = true;
  }
  return sawComma;
}

/// field_patterns ::= '{' (field_pattern (',' field_pattern)*)? (',' '..')? ','? '}'
/// field_pattern ::= IDENT ':' pattern | 'ref'? 'mut'? IDENT
void Parser::parseFieldPatterns(Pattern& p) {
  expect(TokenKind::LBrace);
  while (!eat(TokenKind::RBrace)) {
    if (eat(TokenKind::DotDot)) {
      p.hasRest = true;
      expect(TokenKind::RBrace);
      return;
    }
    FieldPattern field;
    if (atAny({TokenKind::KwRef, TokenKind::KwMut}) || peek(1).kind != TokenKind::Colon) {
      field.pattern = parseBindingPattern();
      field.name = field.pattern->name;
      field.span = field.pattern->span;
    } else {
      field.span = peek().span;
      field.name = expectIdent();
      expect(TokenKind::Colon);
      field.pattern = parsePattern();
    }
    p.fields.push_back(std::move(field));
    if (!at(TokenKind::RBrace) && !eat(TokenKind::Comma)) unexpectedOneOf("`,` or `}`");
  }
}

// ---------------------------------------------------------------- types

/// type ::= '&' 'mut'? type | '(' (type (',' type)* ','?)? ')' | '[' type (';' expr)? ']' | '_' | type_path
TypeExprPtr Parser::parseType() {
  using enum TokenKind;
  Nest nest(*this);
  uint32_t start = peek().span.start;
  if (atAny({And, AndAnd})) return parseRefType();
  if (at(LParen)) return parseTupleType();
  if (at(LBracket)) return parseArrayType();
  if (eat(Underscore)) {
    auto t = makeType(TypeExprKind::Infer);
    t->span = from(start);
    return t;
  }
  if (eat(Not)) {
    auto t = makeType(TypeExprKind::Never);
    t->span = from(start);
    return t;
  }
  if (at(KwImpl) || at(KwDyn)) {
    auto t = makeType(at(KwImpl) ? TypeExprKind::ImplTrait : TypeExprKind::DynTrait);
    advance();
    t->bounds = parseBounds();
    t->span = from(start);
    return t;
  }
  if (at(KwFn)) return parseFnPtrType();
  if (at(Star)) fail(peek().span, "raw pointers are not supported");
  if (at(Lifetime)) unexpected("type");
  if (!atAny({Ident, KwSelfType, KwSelfValue, KwCrate, KwSuper, PathSep})) unexpected("type");
  auto t = makeType(TypeExprKind::Path);
  t->path = parseTypePath();
  t->span = t->path.span;
  return t;
}

/// ref_type ::= '&' LIFETIME? 'mut'? type
TypeExprPtr Parser::parseRefType() {
  uint32_t start = peek().span.start;
  if (at(TokenKind::AndAnd)) splitLeading(TokenKind::And);  // `&&T` is `&(&T)`
  else advance();
  auto t = makeType(TypeExprKind::Ref);
  if (at(TokenKind::Lifetime)) t->lifetime = advance().value;
  t->isMut = eat(TokenKind::KwMut);
  t->elems.push_back(parseType());
  t->span = from(start);
  return t;
}

/// tuple_type ::= '(' ')' | '(' type ')' | '(' type ',' (type (',' type)*)? ','? ')'
TypeExprPtr Parser::parseTupleType() {
  uint32_t start = peek().span.start;
  expect(TokenKind::LParen);
  auto t = makeType(TypeExprKind::Tuple);
  bool sawComma = false;
  while (!eat(TokenKind::RParen)) {
    t->elems.push_back(parseType());
    if (at(TokenKind::RParen)) continue;
    if (!eat(TokenKind::Comma)) unexpectedOneOf("`)` or `,`");
    sawComma = true;
  }
  if (t->elems.size() == 1 && !sawComma) return std::move(t->elems.front());
  t->span = from(start);
  return t;
}

/// array_type ::= '[' type ']' | '[' type ';' expr ']'
TypeExprPtr Parser::parseArrayType() {
  uint32_t start = peek().span.start;
  expect(TokenKind::LBracket);
  auto t = makeType(TypeExprKind::Slice);
  t->elems.push_back(parseType());
  if (eat(TokenKind::Semi)) {
    t->kind = TypeExprKind::Array;
    t->length = parseExpr();
  }
  expect(TokenKind::RBracket);
  t->span = from(start);
  return t;
}

/// fn_ptr_type ::= 'fn' '(' (type (',' type)*)? ','? ')' ('->' type)?
TypeExprPtr Parser::parseFnPtrType() {
  uint32_t start = peek().span.start;
  expect(TokenKind::KwFn);
  auto t = makeType(TypeExprKind::FnPtr);
  expect(TokenKind::LParen);
  while (!eat(TokenKind::RParen)) {
    t->elems.push_back(parseType());
    if (!at(TokenKind::RParen) && !eat(TokenKind::Comma)) unexpectedOneOf("`)` or `,`");
  }
  if (eat(TokenKind::Arrow)) t->output = parseType();
  t->span = from(start);
  return t;
}

/// type_path ::= '::'? type_segment ('::' type_segment)*
/// type_segment ::= (IDENT | 'Self' | 'self' | 'crate' | 'super') ('::'? generic_args | fn_sugar)?
/// fn_sugar ::= '(' (type (',' type)*)? ','? ')' ('->' type)?      (`Fn(i32) -> i32`)
Path Parser::parseTypePath() {
  using enum TokenKind;
  Path path;
  uint32_t start = peek().span.start;
  eat(PathSep);
  for (;;) {
    if (!atAny({Ident, KwSelfType, KwSelfValue, KwCrate, KwSuper})) unexpected("identifier");
    const Token& name = advance();
    path.segments.push_back(plainSegment(std::string(name.text), name.span));
    PathSegment& seg = path.segments.back();
    if (at(PathSep) && peek(1).kind == Lt) advance();
    if (at(Lt)) parseGenericArgs(seg);
    else if (at(LParen) && (seg.name == "Fn" || seg.name == "FnMut" || seg.name == "FnOnce")) parseFnSugar(seg);
    if (!at(PathSep)) break;
    advance();
  }
  path.span = from(start);
  return path;
}

void Parser::parseFnSugar(PathSegment& seg) {
  uint32_t start = peek().span.start;
  seg.parenthesized = true;
  expect(TokenKind::LParen);
  while (!eat(TokenKind::RParen)) {
    seg.generics.push_back(parseType());
    if (!at(TokenKind::RParen) && !eat(TokenKind::Comma)) unexpectedOneOf("`)` or `,`");
  }
  if (eat(TokenKind::Arrow)) seg.output = parseType();
  seg.genericsSpan = from(start);
}

/// generic_args ::= '<' generic_arg (',' generic_arg)* ','? '>'
/// generic_arg ::= LIFETIME | IDENT '=' type | type
void Parser::parseGenericArgs(PathSegment& seg) {
  using enum TokenKind;
  uint32_t start = peek().span.start;
  expect(Lt);
  while (!atAny({Gt, Shr, Ge, ShrEq})) {
    if (at(Lifetime)) {
      seg.lifetimes.push_back(advance().value);
    } else if (at(Ident) && peek(1).kind == Eq) {
      uint32_t bindingStart = peek().span.start;
      std::string name(advance().text);
      advance();
      seg.bindings.emplace_back(std::move(name), parseType());
      seg.bindingSpans.push_back(from(bindingStart));
    } else {
      seg.generics.push_back(parseType());
    }
    if (!atAny({Gt, Shr, Ge, ShrEq}) && !eat(Comma)) unexpectedOneOf("`,` or `>`");
  }
  expectClosingAngle();
  seg.genericsSpan = from(start);
}

// ---------------------------------------------------------------- generics

/// bounds ::= bound ('+' bound)* '+'?
/// bound ::= LIFETIME | '?'? type_path | '(' '?'? type_path ')'
std::vector<TraitBound> Parser::parseBounds() {
  using enum TokenKind;
  std::vector<TraitBound> bounds;
  do {
    uint32_t start = peek().span.start;
    TraitBound b;
    if (at(Lifetime)) {
      b.lifetime = advance().value;
    } else {
      bool parens = eat(LParen);
      b.maybe = eat(Question);
      b.path = parseTypePath();
      if (parens) expect(RParen);
    }
    b.span = from(start);
    bounds.push_back(std::move(b));
  } while (eat(Plus) && (atAny({Lifetime, Question, LParen, Ident, PathSep, KwSelfType, KwCrate, KwSuper})));
  return bounds;
}

/// generics ::= '<' (generic_param (',' generic_param)*)? ','? '>'
/// generic_param ::= LIFETIME (':' LIFETIME ('+' LIFETIME)*)? | IDENT (':' bounds?)? ('=' type)?
Generics Parser::parseGenerics() {
  using enum TokenKind;
  Generics g;
  uint32_t start = peek().span.start;
  expect(Lt);
  while (!atAny({Gt, Shr, Ge, ShrEq})) {
    GenericParam p;
    uint32_t paramStart = peek().span.start;
    if (at(KwConst)) fail(peek().span, "const generics are not supported yet");
    if (at(Lifetime)) {
      p.isLifetime = true;
      p.name = advance().value;
    } else {
      p.name = expectIdent();
    }
    if (eat(Colon) && !atAny({Comma, Gt, Eq})) p.bounds = parseBounds();
    if (!p.isLifetime && eat(Eq)) p.defaultType = parseType();
    p.span = from(paramStart);
    g.params.push_back(std::move(p));
    if (!atAny({Gt, Shr, Ge, ShrEq}) && !eat(Comma)) unexpectedOneOf("`,` or `>`");
  }
  expectClosingAngle();
  g.span = from(start);
  return g;
}

/// where_clause ::= 'where' (where_predicate (',' where_predicate)* ','?)?
/// where_predicate ::= LIFETIME ':' LIFETIME ('+' LIFETIME)* | type ':' bounds?
void Parser::parseWhereClause(Generics& g) {
  using enum TokenKind;
  if (!eat(KwWhere)) return;
  while (!atAny({LBrace, Semi, Eof})) {
    WherePredicate w;
    uint32_t start = peek().span.start;
    if (at(Lifetime)) w.lifetime = advance().value;
    else w.type = parseType();
    expect(Colon);
    if (!atAny({Comma, LBrace, Semi})) w.bounds = parseBounds();
    w.span = from(start);
    g.predicates.push_back(std::move(w));
    if (!eat(Comma)) break;
  }
}

}  // namespace sh
