// Expressions, statements and blocks.
//
// Binary operators are parsed by precedence climbing over one table,
// kInfixRules, which is Rust's precedence and associativity in one screen;
// its operator rows come from syntax/operators.def, and each parsed operator
// is a BinaryOp or UnaryOp from then on.
// Prefix operators, postfix chains (calls, fields, methods, indexing) and
// primaries have a function each.
//
// Two of Rust's syntactic rules shape the code:
//  * A struct literal may not appear where a `{` could open a block: in the
//    condition of `if`/`while`, the scrutinee of `match` and the iterator of
//    `for`. Those positions pass `noStruct`; parentheses lift it. A literal
//    written there anyway is rustc's "struct literals are not allowed here".
//  * A block-like expression (`if`, `match`, `loop`, `while`, `for`, `{}`) at
//    the start of a statement or a match arm ends there: `if c {} -1` is two
//    statements, and needs no `;`. Only `.` or `?` continue it.
#include <algorithm>
#include <cstdint>
#include <optional>

#include "base/limits.h"
#include "syntax/clone.h"
#include "syntax/operators.h"
#include "syntax/parser_internal.h"

namespace sh {

namespace {

// Binding strength, loosest first.
enum Prec : int { kAssign = 1, kRange, kOr, kAnd, kCompare, kBitOr, kBitXor, kBitAnd, kShift, kTerm, kFactor, kCast };

enum class Infix { Binary, Compare, Assign, Compound, Range, Cast };

struct InfixRule {
  TokenKind token;
  int prec;
  Infix shape;
  BinaryOp op;  // Binary, Compare, Compound
};

constexpr Infix shapeOf(BinaryOp op) { return opGroup(op) == OpGroup::Comparison ? Infix::Compare : Infix::Binary; }

// Assignment is right-associative, comparison non-associative, the rest
// left-associative. `as` binds tighter than any binary operator and looser
// than the prefix operators (`-x as u8` is `(-x) as u8`). The binary
// operators and their assigning forms, with their precedence, are the rows
// of syntax/operators.def.
constexpr InfixRule kInfixRules[] = {
    {TokenKind::Eq, kAssign, Infix::Assign, {}},
#define SH_COMPOUND_OP(name, token, message) {TokenKind::token, kAssign, Infix::Compound, BinaryOp::name},
#include "syntax/operators.def"
    {TokenKind::DotDot, kRange, Infix::Range, {}},
    {TokenKind::DotDotEq, kRange, Infix::Range, {}},
#define SH_BINARY_OP(name, token, spelling, prec, group, verb, message) \
  {TokenKind::token, prec, shapeOf(BinaryOp::name), BinaryOp::name},
#include "syntax/operators.def"
    {TokenKind::KwAs, kCast, Infix::Cast, {}},
};

const InfixRule* infixRuleFor(TokenKind kind) {
  for (const InfixRule& rule : kInfixRules)
    if (rule.token == kind) return &rule;
  return nullptr;
}

std::optional<UnaryOp> unaryOpFor(TokenKind kind) {
#define SH_UNARY_OP(name, token, spelling) \
  if (kind == TokenKind::token) return UnaryOp::name;
#include "syntax/operators.def"
  return std::nullopt;
}

ExprPtr makeExpr(ExprKind kind, Span span = {}) {
  auto e = std::make_unique<Expr>();
  e->kind = kind;
  e->span = span;
  return e;
}

// The expressions that end a statement without `;` and a match arm without `,`.
bool isBlockLike(ExprKind kind) {
  switch (kind) {
    case ExprKind::Block: case ExprKind::If: case ExprKind::IfLet: case ExprKind::While:
    case ExprKind::WhileLet: case ExprKind::Loop: case ExprKind::For: case ExprKind::Match:
      return true;
    case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::CharLit:
    case ExprKind::StrLit: case ExprKind::Path: case ExprKind::Unary: case ExprKind::Binary:
    case ExprKind::Assign: case ExprKind::CompoundAssign: case ExprKind::Call: case ExprKind::MethodCall:
    case ExprKind::Field: case ExprKind::TupleField: case ExprKind::Index: case ExprKind::Ref:
    case ExprKind::Deref: case ExprKind::Cast: case ExprKind::Break: case ExprKind::Continue:
    case ExprKind::Return: case ExprKind::Range: case ExprKind::Tuple: case ExprKind::Paren:
    case ExprKind::Array: case ExprKind::ArrayRepeat: case ExprKind::StructLit: case ExprKind::Macro:
    case ExprKind::Closure:
      return false;
  }
  return false;
}

// rustc's list of what may follow an element inside a bracketed list.
std::string afterListElement(TokenKind closer) {
  if (closer == TokenKind::RParen) return "`)`, `,`, `.`, `?`, or an operator";
  if (closer == TokenKind::RBracket) return "`,`, `.`, `?`, `]`, or an operator";
  return "`,`, `.`, `?`, `}`, or an operator";
}

}  // namespace

// ---------------------------------------------------------------- blocks and statements

/// block ::= '{' stmt* expr? '}'
BlockPtr Parser::parseBlock() {
  Nest nest(*this);
  auto block = std::make_unique<Block>();
  uint32_t start = peek().span.start;
  expect(TokenKind::LBrace);
  openScopes_.push_back({block.get(), -1});
  while (!eat(TokenKind::RBrace)) parseBlockElement(*block, TokenKind::RBrace);
  openScopes_.pop_back();
  block->span = from(start);
  return block;
}

/// stmt ::= ';' | attribute* (let_stmt | item | block_like ';'? | expr ';')
/// The last expression before `closer` without `;` becomes the block's tail.
/// An item is kept in the program's lists; the statement only marks its place.
void Parser::parseBlockElement(Block& block, TokenKind closer) {
  std::vector<std::string> derives;
  while (at(TokenKind::Pound)) parseAttribute(derives);
  uint32_t start = peek().span.start;
  if (atItem()) {
    parseItem(derives);
    block.stmts.push_back(Stmt{StmtKind::Item, from(start), {}, {}, {}, {}, false});
    return;
  }
  if (eat(TokenKind::Semi)) {
    block.stmts.push_back(Stmt{StmtKind::Empty, from(start), {}, {}, {}, {}, false});
    return;
  }
  if (at(TokenKind::KwLet)) {
    block.stmts.push_back(parseLet());
    return;
  }
  Stmt stmt{StmtKind::Expr, {}, {}, {}, {}, {}, false};
  if (atBlockLike()) {
    stmt.init = parseBlockLikeStatement();
    if (isBlockLike(stmt.init->kind)) {
      stmt.hasSemicolon = eat(TokenKind::Semi);
      if (!stmt.hasSemicolon && at(closer)) {
        block.tail = std::move(stmt.init);
        return;
      }
      stmt.span = from(start);
      block.stmts.push_back(std::move(stmt));
      return;
    }
  } else {
    stmt.init = parseExpr();
  }
  if (at(closer)) {
    block.tail = std::move(stmt.init);
    return;
  }
  if (!eat(TokenKind::Semi)) missingSemicolon(closer);
  stmt.hasSemicolon = true;
  stmt.span = from(start);
  block.stmts.push_back(std::move(stmt));
}

// A block-like expression that starts a statement or an arm, continued only
// by `.` or `?` (`match x { .. }.len()`).
ExprPtr Parser::parseBlockLikeStatement() {
  ExprPtr e = parseBlockLike();
  if (!atAny({TokenKind::Dot, TokenKind::Question})) return e;
  return parseInfix(parsePostfix(std::move(e)), kAssign, false);
}

void Parser::missingSemicolon(TokenKind closer) const {
  if (closer == TokenKind::RBrace) unexpectedOneOf("`.`, `;`, `?`, `}`, or an operator");
  unexpected("`;`");
}

// `#[allow(..)]` on a statement: accepted and ignored.
void Parser::parseStatementAttributes() {
  std::vector<std::string> ignored;
  while (at(TokenKind::Pound)) parseAttribute(ignored);
}

/// let_stmt ::= 'let' pattern (':' type)? ('=' expr ('else' block)?)? ';'
Stmt Parser::parseLet() {
  Stmt s{StmtKind::Let, {}, {}, {}, {}, {}, false};
  uint32_t start = peek().span.start;
  expect(TokenKind::KwLet);
  s.pattern = parsePattern();
  if (eat(TokenKind::Colon)) s.type = parseType();
  if (eat(TokenKind::Eq)) {
    s.init = parseExpr();
    if (eat(TokenKind::KwElse)) s.elseBlock = parseBlock();
  }
  if (!eat(TokenKind::Semi)) {
    if (s.elseBlock) unexpected("`;`");
    if (s.init) unexpectedOneOf("`.`, `;`, `?`, `else`, or an operator");
    unexpectedOneOf(s.type ? "`;` or `=`" : "`:`, `;`, `=`, `@`, or `|`");
  }
  s.span = from(start);
  return s;
}

// ---------------------------------------------------------------- operators

/// expr ::= prefix_range | unary (infix_op expr)*      (precedence from kInfixRules)
ExprPtr Parser::parseExpr(bool noStruct) { return parseBinary(kAssign, noStruct); }

ExprPtr Parser::parseBinary(int minPrec, bool noStruct) {
  bool prefixRange = atAny({TokenKind::DotDot, TokenKind::DotDotEq}) && minPrec <= kRange;
  ExprPtr lhs = prefixRange ? parsePrefixRange(noStruct) : parseUnary(noStruct);
  return parseInfix(std::move(lhs), minPrec, noStruct);
}

// Folds infix operators of at least `minPrec` onto `lhs`. Each fold deepens
// the tree, so each counts as a level of nesting.
ExprPtr Parser::parseInfix(ExprPtr lhs, int minPrec, bool noStruct) {
  uint32_t outerDepth = depth_;
  for (const InfixRule* rule; (rule = infixRuleFor(peek().kind)) && rule->prec >= minPrec;) {
    enterNesting();
    Span opSpan = advance().span;
    uint32_t start = lhs->span.start;
    ExprPtr e;
    switch (rule->shape) {
      case Infix::Cast:
        e = makeExpr(ExprKind::Cast);
        e->operand = std::move(lhs);
        e->castType = parseType();
        break;
      case Infix::Range:
        e = makeExpr(ExprKind::Range);
        e->lhs = std::move(lhs);
        e->inclusive = rule->token == TokenKind::DotDotEq;
        if (canStartExpr() && !(noStruct && at(TokenKind::LBrace))) e->rhs = parseBinary(kRange + 1, noStruct);
        if (e->inclusive && !e->rhs) fail(opSpan, "inclusive range with no end");
        minPrec = kRange + 1;  // ranges do not chain
        break;
      case Infix::Assign:
      case Infix::Compound:
        e = makeExpr(rule->shape == Infix::Assign ? ExprKind::Assign : ExprKind::CompoundAssign);
        e->lhs = std::move(lhs);
        e->nameSpan = opSpan;
        e->rhs = parseBinary(kAssign, noStruct);
        break;
      case Infix::Compare:
      case Infix::Binary:
        e = makeExpr(ExprKind::Binary);
        e->lhs = std::move(lhs);
        e->nameSpan = opSpan;
        e->rhs = parseBinary(rule->prec + 1, noStruct);
        if (rule->shape == Infix::Compare) rejectChainedComparison(opSpan);
        break;
    }
    e->binaryOp = rule->op;
    e->span = from(start);
    lhs = std::move(e);
  }
  depth_ = outerDepth;
  return lhs;
}

// `a < b < c` is an error in Rust, not `(a < b) < c`.
void Parser::rejectChainedComparison(Span firstOp) const {
  const InfixRule* next = infixRuleFor(peek().kind);
  if (!next || next->shape != Infix::Compare) return;
  Diagnostic d;
  d.message = "comparison operators cannot be chained";
  d.labels.push_back({firstOp, "", true});
  d.labels.push_back({peek().span, "", true});
  d.helps.push_back("split the comparison into two, joined by `&&`");
  throw CompileError(std::move(d));
}

/// prefix_range ::= ('..' | '..=') expr?
ExprPtr Parser::parsePrefixRange(bool noStruct) {
  uint32_t start = peek().span.start;
  auto e = makeExpr(ExprKind::Range);
  e->inclusive = at(TokenKind::DotDotEq);
  Span opSpan = advance().span;
  if (canStartExpr() && !(noStruct && at(TokenKind::LBrace))) e->rhs = parseBinary(kRange + 1, noStruct);
  if (e->inclusive && !e->rhs) fail(opSpan, "inclusive range with no end");
  e->span = from(start);
  return e;
}

/// unary ::= ('-' | '!' | '*' | '&' 'mut'?) unary | postfix
ExprPtr Parser::parseUnary(bool noStruct) {
  Nest nest(*this);
  uint32_t start = peek().span.start;
  ExprPtr e;
  if (at(TokenKind::AndAnd)) {  // `&&x` is `&(&x)`
    splitLeading(TokenKind::And);
    e = makeExpr(ExprKind::Ref);
  } else if (std::optional<UnaryOp> op = unaryOpFor(peek().kind)) {
    advance();
    e = makeExpr(ExprKind::Unary);
    e->unaryOp = *op;
  } else if (eat(TokenKind::Star)) {
    e = makeExpr(ExprKind::Deref);
  } else if (eat(TokenKind::And)) {
    e = makeExpr(ExprKind::Ref);
    e->isMut = eat(TokenKind::KwMut);
  } else {
    return parsePostfix(parsePrimary(noStruct));
  }
  e->operand = parseUnary(noStruct);
  e->span = from(start);
  return e;
}

/// postfix ::= primary ('.' member | '(' args ')' | '[' expr ']')*
ExprPtr Parser::parsePostfix(ExprPtr base) {
  uint32_t outerDepth = depth_;
  for (;;) {
    uint32_t start = base->span.start;
    if (at(TokenKind::Question)) {
      base = parseTryOperator(std::move(base));
      continue;
    }
    if (!atAny({TokenKind::Dot, TokenKind::LParen, TokenKind::LBracket})) break;
    enterNesting();
    if (at(TokenKind::Dot)) {
      base = parseDotSuffix(std::move(base));
    } else if (eat(TokenKind::LParen)) {
      auto call = makeExpr(ExprKind::Call);
      call->operand = std::move(base);
      call->args = parseListUntil(TokenKind::RParen);
      base = std::move(call);
    } else {
      advance();
      auto index = makeExpr(ExprKind::Index);
      index->lhs = std::move(base);
      index->rhs = parseExpr();
      expect(TokenKind::RBracket);
      base = std::move(index);
    }
    base->span = from(start);
  }
  depth_ = outerDepth;
  return base;
}

/// closure ::= 'move'? ('||' | '|' (pattern (':' type)?),* '|') ('-> type' block | expr)
ExprPtr Parser::parseClosure() {
  using enum TokenKind;
  auto e = makeExpr(ExprKind::Closure);
  uint32_t start = peek().span.start;
  e->isMove = eat(KwMove);
  if (!eat(OrOr)) {
    expect(Or);
    while (!at(Or)) {
      Param p;
      uint32_t paramStart = peek().span.start;
      p.pattern = parsePatternNoOr();
      if (eat(Colon)) p.type = parseType();
      p.span = from(paramStart);
      e->closureParams.push_back(std::move(p));
      if (!eat(Comma)) break;
    }
    expect(Or);
  }
  Nest nest(*this);
  if (eat(Arrow)) {
    e->closureRet = parseType();
    if (!at(LBrace)) unexpected("`{`");
    e->operand = parseBlockLike();
  } else {
    e->operand = parseExpr();
  }
  e->span = from(start);
  return e;
}

// `operand?`: a match whose arms the checker writes, as rustc desugars it
// (check/resolve_try.cpp).
ExprPtr Parser::parseTryOperator(ExprPtr operand) {
  auto e = makeExpr(ExprKind::Match);
  e->tryOperator = true;
  e->nameSpan = advance().span;
  e->span = Span::cover(operand->span, e->nameSpan);
  e->operand = std::move(operand);
  return e;
}

/// member ::= INT | IDENT ('::' generic_args)? ('(' args ')')?
ExprPtr Parser::parseDotSuffix(ExprPtr base) {
  expect(TokenKind::Dot);
  if (at(TokenKind::Int)) {
    auto e = makeExpr(ExprKind::TupleField);
    e->nameSpan = peek().span;
    // Leading digits, saturating: `t.99999999999999999999` is a missing field
    // for the checker (E0609), not an out_of_range thrown out of std::stoul.
    uint64_t index = 0;
    for (char c : advance().value) {
      if (c < '0' || c > '9') break;
      index = std::min<uint64_t>(index * 10 + static_cast<uint64_t>(c - '0'), UINT32_MAX);
    }
    e->index = static_cast<uint32_t>(index);
    e->operand = std::move(base);
    return e;
  }
  if (at(TokenKind::KwAwait)) fail(peek().span, "`async` is not supported");
  Span nameSpan = peek().span;
  std::string name = expectIdent();
  std::vector<PathSegment> generics;
  if (eat(TokenKind::PathSep)) {
    generics.push_back(plainSegment(name, nameSpan));
    parseGenericArgs(generics.back());
  }
  bool isCall = at(TokenKind::LParen);
  if (!generics.empty() && !isCall) unexpected("`(`");
  auto e = makeExpr(isCall ? ExprKind::MethodCall : ExprKind::Field);
  e->text = std::move(name);
  e->nameSpan = nameSpan;
  e->operand = std::move(base);
  e->methodGenerics = std::move(generics);
  if (eat(TokenKind::LParen)) e->args = parseListUntil(TokenKind::RParen);
  return e;
}

/// list ::= (expr (',' expr)*)? ','? closer
std::vector<ExprPtr> Parser::parseListUntil(TokenKind closer) {
  std::vector<ExprPtr> items;
  while (!eat(closer)) {
    items.push_back(parseExpr());
    if (!at(closer) && !eat(TokenKind::Comma)) unexpectedOneOf(afterListElement(closer));
  }
  return items;
}

// ---------------------------------------------------------------- primaries

/// primary ::= literal | path_expr | struct_lit | macro_call | paren_or_tuple | array
///           | block_like | jump
ExprPtr Parser::parsePrimary(bool noStruct) {
  using enum TokenKind;
  if (atAny({Int, Float, Char, Str, KwTrue, KwFalse})) return parseLiteral();
  if (atAny({Ident, KwSelfValue, KwSelfType, KwCrate, KwSuper, PathSep})) return parsePathStart(noStruct);
  if (at(LParen)) return parseParenOrTuple();
  if (at(LBracket)) return parseArray();
  if (atBlockLike()) return parseBlockLike();
  if (atAny({KwBreak, KwContinue, KwReturn})) return parseJump();
  if (atAny({Or, OrOr, KwMove})) return parseClosure();
  if (at(Lt)) return parseQualifiedPath();
  if (at(KwAsync)) fail(peek().span, "`async` is not supported");
  if (at(KwLet)) {
    Diagnostic d{DiagCode::None, "expected expression, found `let` statement", {{peek().span, "", true}}, {}, {}, {}};
    d.notes.push_back("only supported directly in conditions of `if` and `while` expressions");
    throw CompileError(std::move(d));
  }
  unexpected("expression");
}

/// literal ::= INT | FLOAT | CHAR | STRING | 'true' | 'false'
ExprPtr Parser::parseLiteral() {
  using enum TokenKind;
  const Token& token = advance();
  ExprKind kind = token.kind == Int     ? ExprKind::IntLit
                  : token.kind == Float ? ExprKind::FloatLit
                  : token.kind == Char  ? ExprKind::CharLit
                  : token.kind == Str   ? ExprKind::StrLit
                                        : ExprKind::BoolLit;
  auto e = makeExpr(kind, token.span);
  e->text = kind == ExprKind::BoolLit ? std::string(token.text) : token.value;
  e->suffix = token.suffix;
  return e;
}

/// path_start ::= expr_path ('!' macro_body | struct_body)?
ExprPtr Parser::parsePathStart(bool noStruct) {
  Path path = parseExprPath();
  bool macroBody = peek(1).kind == TokenKind::LParen || peek(1).kind == TokenKind::LBracket ||
                   peek(1).kind == TokenKind::LBrace;
  if (at(TokenKind::Not) && macroBody) return parseMacro(std::move(path));
  if (at(TokenKind::LBrace) && !noStruct) return parseStructLit(std::move(path));
  if (at(TokenKind::LBrace) && likelyStructLit()) rejectStructLitHere(path);
  auto e = makeExpr(ExprKind::Path, path.span);
  e->path = std::move(path);
  return e;
}

// `{ ident,` or `{ ident:` cannot open a block, so where a struct literal
// may not stand (an `if` or `while` condition, a `match` scrutinee, a `for`
// iterable) rustc tries one there anyway, to say so.
bool Parser::likelyStructLit() const {
  return peek(1).kind == TokenKind::Ident && (peek(2).kind == TokenKind::Comma || peek(2).kind == TokenKind::Colon);
}

// rustc's recovery: a struct literal that parses is rejected at its span
// ("struct literals are not allowed here"); one that does not is taken
// back, and the `{` parsed as the block it then must open.
void Parser::rejectStructLitHere(const Path& path) {
  size_t mark = pos_;
  std::optional<Span> literal;
  try {
    literal = parseStructLit(clonePath(path))->span;
  } catch (const CompileError&) {
    pos_ = mark;
  }
  if (literal) fail(*literal, "struct literals are not allowed here");
}

/// qualified_path ::= '<' type 'as' type_path '>' '::' IDENT ('::' generic_args)?
/// `<Dog as Animal>::baby_name`: the trait's function for the type named,
/// a path whose segments are the trait's and the function's.
ExprPtr Parser::parseQualifiedPath() {
  using enum TokenKind;
  uint32_t start = peek().span.start;
  expect(Lt);
  TypeExprPtr self = parseType();
  if (!at(KwAs)) fail(Span::cover(Span{start, start + 1}, self->span), "a qualified path without `as Trait` is not supported yet");
  advance();
  TypeExprPtr trait = parseType();
  if (trait->kind != TypeExprKind::Path) fail(trait->span, "expected a trait after `as`");
  expectClosingAngle();
  expect(PathSep);
  Path path = std::move(trait->path);
  const Token& name = peek();
  path.segments.push_back(plainSegment(expectIdent(), name.span));
  if (peek(1).kind == Lt && eat(PathSep)) parseGenericArgs(path.segments.back());
  if (at(PathSep)) fail(peek().span, "a qualified path naming more than the trait's item is not supported yet");
  path.span = from(start);
  auto e = makeExpr(ExprKind::Path, path.span);
  e->path = std::move(path);
  e->qualifiedSelf = std::move(self);
  return e;
}

/// expr_path ::= '::'? segment ('::' (segment | generic_args))*
/// segment ::= IDENT | 'self' | 'Self' | 'crate' | 'super'
Path Parser::parseExprPath() {
  using enum TokenKind;
  Path path;
  uint32_t start = peek().span.start;
  eat(PathSep);
  for (;;) {
    if (!atAny({Ident, KwSelfValue, KwSelfType, KwCrate, KwSuper})) unexpected("identifier");
    const Token& name = advance();
    path.segments.push_back(plainSegment(std::string(name.text), name.span));
    if (peek(1).kind == Lt && eat(PathSep)) parseGenericArgs(path.segments.back());
    if (!at(PathSep)) break;
    advance();
  }
  path.span = from(start);
  return path;
}

/// struct_lit ::= expr_path '{' (field_init (',' field_init)*)? (',' '..' expr)? ','? '}'
/// field_init ::= IDENT (':' expr)?
ExprPtr Parser::parseStructLit(Path path) {
  Nest nest(*this);
  uint32_t start = path.span.start;
  auto e = makeExpr(ExprKind::StructLit);
  e->path = std::move(path);
  expect(TokenKind::LBrace);
  while (!eat(TokenKind::RBrace)) {
    if (eat(TokenKind::DotDot)) {
      e->structBase = parseExpr();
      expect(TokenKind::RBrace);
      break;
    }
    FieldInit field;
    field.span = peek().span;
    field.name = expectIdent();
    if (eat(TokenKind::Colon)) {
      field.value = parseExpr();
    } else {
      field.value = makeExpr(ExprKind::Path, field.span);
      field.value->path.segments.push_back(plainSegment(field.name, field.span));
      field.value->path.span = field.span;
    }
    e->fields.push_back(std::move(field));
    if (!at(TokenKind::RBrace) && !eat(TokenKind::Comma)) unexpectedOneOf("`,`, `.`, `?`, `}`, or an operator");
  }
  e->span = from(start);
  return e;
}

/// macro_call ::= expr_path '!' ('(' macro_args ')' | '[' macro_args ']' | '{' macro_args '}')
/// macro_args ::= (expr (',' expr)*)? ','? | expr ';' expr
ExprPtr Parser::parseMacro(Path path) {
  if (path.last() == "matches" && peek(1).kind == TokenKind::LParen) return parseMatchesMacro(std::move(path));
  Nest nest(*this);
  auto e = makeExpr(ExprKind::Macro);
  e->text = path.last();
  e->nameSpan = path.span;
  expect(TokenKind::Not);
  TokenKind open = advance().kind;
  TokenKind closer = open == TokenKind::LParen ? TokenKind::RParen
                     : open == TokenKind::LBracket ? TokenKind::RBracket
                                                   : TokenKind::RBrace;
  while (!eat(closer)) {
    size_t first = pos_;
    e->args.push_back(parseExpr());
    if (e->text == "dbg") e->stringified.push_back(stringify(first, pos_));
    if (e->args.size() == 1 && eat(TokenKind::Semi)) {  // vec![x; n]
      e->macroRepeat = true;
      e->args.push_back(parseExpr());
      expect(closer);
      break;
    }
    if (!at(closer) && !eat(TokenKind::Comma)) unexpectedOneOf(afterListElement(closer));
  }
  e->span = from(path.span.start);
  return e;
}

/// matches_call ::= 'matches' '!' '(' expr ',' pattern ('if' expr)? ','? ')'
/// std's `matches!` is `match expr { pattern if guard => true, _ => false }`,
/// and is parsed straight into that match: its second argument is a pattern,
/// not an expression.
ExprPtr Parser::parseMatchesMacro(Path path) {
  Nest nest(*this);
  expect(TokenKind::Not);
  expect(TokenKind::LParen);
  auto e = makeExpr(ExprKind::Match);
  e->operand = parseExpr();
  expect(TokenKind::Comma);
  MatchArm yes;
  yes.pattern = parsePattern();
  if (eat(TokenKind::KwIf)) yes.guard = parseExpr();
  eat(TokenKind::Comma);
  expect(TokenKind::RParen);
  e->span = from(path.span.start);
  yes.body = makeExpr(ExprKind::BoolLit, e->span);
  yes.body->text = "true";
  yes.span = e->span;
  MatchArm no;
  no.pattern = std::make_unique<Pattern>();
  no.pattern->kind = PatternKind::Wildcard;
  no.pattern->span = e->span;
  no.body = makeExpr(ExprKind::BoolLit, e->span);
  no.body->text = "false";
  no.span = e->span;
  e->arms.push_back(std::move(yes));
  e->arms.push_back(std::move(no));
  return e;
}

namespace {

bool isOpenDelimiter(TokenKind k) { return k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace; }
bool isCloseDelimiter(TokenKind k) { return k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace; }

// rustc's punctuation tokens (operators and separators, not delimiters).
bool isPunct(TokenKind k) {
  switch (k) {
#define SH_PUNCT_CASE(name, spelling) case TokenKind::name:
    SH_PUNCT_TOKENS(SH_PUNCT_CASE)
#undef SH_PUNCT_CASE
    return !isOpenDelimiter(k) && !isCloseDelimiter(k);
    default: return false;
  }
}

}  // namespace

// `stringify!` of tokens [first, last), as rustc's pretty printer writes a
// token stream: a token followed by whitespace (or a comment) in the source
// is followed by one space, one written against the next by none, except
// that there is never a space after `(`/`[` or before `)`/`]`, nor where
// rustc's `space_between` says no: after `.` (`x.y`), before `,` `;` `.`
// (`a, b`), and between a name and its `(` (`f(x)`). A `{ .. }` group keeps
// a space inside both braces when its `{` has one after it in the source.
std::string Parser::stringify(size_t first, size_t last) const {
  std::string out;
  std::vector<bool> spacedBraces;  // per open `{` : whether it is written `{ `
  for (size_t i = first; i < last; ++i) {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::RBrace && !spacedBraces.empty()) {
      if (spacedBraces.back() && i > first && !isOpenDelimiter(tokens_[i - 1].kind)) out += ' ';
      spacedBraces.pop_back();
    }
    out += t.text;
    if (i + 1 >= last) break;
    const Token& next = tokens_[i + 1];
    // A `>>` split to close two generic lists left its first `>` between the tokens.
    std::string_view gap = std::string_view(file_.text()).substr(t.span.end, next.span.start - t.span.end);
    if (!gap.empty() && gap.find_first_not_of('>') == std::string_view::npos) {
      out += gap;
      continue;
    }
    bool whitespace = !gap.empty();
    if (t.kind == TokenKind::LBrace) {
      spacedBraces.push_back(whitespace && !isCloseDelimiter(next.kind));
      if (spacedBraces.back()) out += ' ';
      continue;
    }
    if (!whitespace || isOpenDelimiter(t.kind) || isCloseDelimiter(next.kind)) continue;
    bool leftPunct = isPunct(t.kind), rightPunct = isPunct(next.kind);
    bool nameCall = (t.kind == TokenKind::Ident || t.kind == TokenKind::KwFn || t.kind == TokenKind::KwSelfType ||
                     t.kind == TokenKind::KwPub) &&
                    next.kind == TokenKind::LParen;
    bool noSpace = (t.kind == TokenKind::Dot && !rightPunct) ||
                   (!leftPunct && (next.kind == TokenKind::Comma || next.kind == TokenKind::Semi || next.kind == TokenKind::Dot)) ||
                   nameCall || (t.kind == TokenKind::Pound && next.kind == TokenKind::LBracket);
    if (!noSpace) out += ' ';
  }
  return out;
}

/// paren_or_tuple ::= '(' ')' | '(' expr ')' | '(' expr ',' (expr (',' expr)*)? ','? ')'
ExprPtr Parser::parseParenOrTuple() {
  uint32_t start = peek().span.start;
  expect(TokenKind::LParen);
  auto e = makeExpr(ExprKind::Tuple);
  if (!eat(TokenKind::RParen)) {
    ExprPtr first = parseExpr();
    if (eat(TokenKind::RParen)) {
      e->kind = ExprKind::Paren;
      e->operand = std::move(first);
    } else {
      if (!eat(TokenKind::Comma)) unexpectedOneOf(afterListElement(TokenKind::RParen));
      e->args = parseListUntil(TokenKind::RParen);
      e->args.insert(e->args.begin(), std::move(first));
    }
  }
  e->span = from(start);
  // rustc lowers `(x)` to x with the parentheses' span: panics, lints and
  // diagnostics on a parenthesised expression point at its `(`.
  if (e->kind == ExprKind::Paren) e->operand->span = e->span;
  return e;
}

/// array ::= '[' ']' | '[' expr ';' expr ']' | '[' expr (',' expr)* ','? ']'
ExprPtr Parser::parseArray() {
  uint32_t start = peek().span.start;
  expect(TokenKind::LBracket);
  auto e = makeExpr(ExprKind::Array);
  if (!eat(TokenKind::RBracket)) {
    ExprPtr first = parseExpr();
    if (eat(TokenKind::Semi)) {
      e->kind = ExprKind::ArrayRepeat;
      e->args.push_back(std::move(first));
      e->args.push_back(parseExpr());
      expect(TokenKind::RBracket);
    } else {
      if (!at(TokenKind::RBracket) && !eat(TokenKind::Comma)) unexpectedOneOf(afterListElement(TokenKind::RBracket));
      e->args = parseListUntil(TokenKind::RBracket);
      e->args.insert(e->args.begin(), std::move(first));
    }
  }
  e->span = from(start);
  return e;
}

// ---------------------------------------------------------------- block-like expressions

bool Parser::atBlockLike() const {
  using enum TokenKind;
  return atAny({LBrace, KwIf, KwMatch, KwLoop, KwWhile, KwFor, KwUnsafe}) ||
         (at(Lifetime) && peek(1).kind == Colon);
}

/// block_like ::= block | if_expr | match_expr | (LIFETIME ':')? (loop_expr | while_expr | for_expr | block)
ExprPtr Parser::parseBlockLike() {
  using enum TokenKind;
  Nest nest(*this);
  uint32_t start = peek().span.start;
  std::string label;
  if (at(Lifetime)) {
    label = advance().value;
    expect(Colon);
    if (at(LBrace)) {  // a labeled block, left early by `break 'label value`
      ExprPtr e = parseBlockExpr();
      e->text = std::move(label);
      e->span = from(start);
      return e;
    }
    if (!atAny({KwLoop, KwWhile, KwFor})) unexpected("`while`, `for`, `loop` or `{` after a label");
  }
  if (at(KwIf)) return parseIf();
  if (at(KwMatch)) return parseMatch();
  if (at(KwLoop)) return parseLoop(start, std::move(label));
  if (at(KwWhile)) return parseWhile(start, std::move(label));
  if (at(KwFor)) return parseFor(start, std::move(label));
  if (at(KwUnsafe)) fail(peek().span, "`unsafe` is not supported");
  return parseBlockExpr();
}

ExprPtr Parser::parseBlockExpr() {
  auto e = makeExpr(ExprKind::Block);
  e->block = parseBlock();
  e->span = e->block->span;
  return e;
}

/// if_expr ::= 'if' condition block ('else' (block | if_expr))?
ExprPtr Parser::parseIf() {
  Nest nest(*this);
  uint32_t start = peek().span.start;
  expect(TokenKind::KwIf);
  ExprPtr e = parseCondition(ExprKind::If, ExprKind::IfLet);
  e->block = parseBlock();
  if (eat(TokenKind::KwElse)) e->elseBranch = at(TokenKind::KwIf) ? parseIf() : parseBlockExpr();
  e->span = from(start);
  return e;
}

/// condition ::= 'let' pattern '=' expr_nostruct | expr_nostruct
ExprPtr Parser::parseCondition(ExprKind plain, ExprKind withLet) {
  bool isLet = eat(TokenKind::KwLet);
  auto e = makeExpr(isLet ? withLet : plain);
  if (isLet) {
    e->pattern = parsePattern();
    expect(TokenKind::Eq);
  }
  e->operand = parseExpr(true);
  return e;
}

/// match_expr ::= 'match' expr_nostruct '{' match_arm* '}'
ExprPtr Parser::parseMatch() {
  uint32_t start = peek().span.start;
  expect(TokenKind::KwMatch);
  auto e = makeExpr(ExprKind::Match);
  e->operand = parseExpr(true);
  expect(TokenKind::LBrace);
  Nest nest(*this);
  while (!eat(TokenKind::RBrace)) e->arms.push_back(parseMatchArm());
  e->span = from(start);
  return e;
}

/// match_arm ::= attribute* pattern ('if' expr)? '=>' (block_like ','? | expr (',' | &'}'))
MatchArm Parser::parseMatchArm() {
  parseStatementAttributes();
  MatchArm arm;
  arm.pattern = parsePattern();
  if (eat(TokenKind::KwIf)) arm.guard = parseExpr();
  if (!eat(TokenKind::FatArrow)) unexpectedOneOf(arm.guard ? "`,`, `.`, `=>`, `?`, or an operator" : "`=>`, `if`, or `|`");
  arm.body = atBlockLike() ? parseBlockLikeStatement() : parseExpr();
  if (!eat(TokenKind::Comma) && !isBlockLike(arm.body->kind) && !at(TokenKind::RBrace))
    unexpectedOneOf("`,`, `.`, `?`, `}`, or an operator");
  arm.span = Span::cover(arm.pattern->span, arm.body->span);
  return arm;
}

/// loop_expr ::= 'loop' block
ExprPtr Parser::parseLoop(uint32_t start, std::string label) {
  expect(TokenKind::KwLoop);
  auto e = makeExpr(ExprKind::Loop);
  e->text = std::move(label);
  e->block = parseBlock();
  e->span = from(start);
  return e;
}

/// while_expr ::= 'while' condition block
ExprPtr Parser::parseWhile(uint32_t start, std::string label) {
  expect(TokenKind::KwWhile);
  ExprPtr e = parseCondition(ExprKind::While, ExprKind::WhileLet);
  e->text = std::move(label);
  e->block = parseBlock();
  e->span = from(start);
  return e;
}

/// for_expr ::= 'for' pattern 'in' expr_nostruct block
ExprPtr Parser::parseFor(uint32_t start, std::string label) {
  expect(TokenKind::KwFor);
  auto e = makeExpr(ExprKind::For);
  e->text = std::move(label);
  e->pattern = parsePattern();
  if (!at(TokenKind::KwIn)) fail(peek().span, "missing `in` in `for` loop");
  advance();
  e->operand = parseExpr(true);
  e->block = parseBlock();
  e->span = from(start);
  return e;
}

/// jump ::= 'break' LIFETIME? expr? | 'continue' LIFETIME? | 'return' expr?
ExprPtr Parser::parseJump() {
  uint32_t start = peek().span.start;
  TokenKind keyword = advance().kind;
  auto e = makeExpr(keyword == TokenKind::KwBreak      ? ExprKind::Break
                    : keyword == TokenKind::KwContinue ? ExprKind::Continue
                                                       : ExprKind::Return);
  if (keyword != TokenKind::KwReturn && at(TokenKind::Lifetime)) e->text = advance().value;
  if (keyword != TokenKind::KwContinue && canStartExpr()) e->operand = parseExpr();
  e->span = from(start);
  return e;
}

bool Parser::canStartExpr() const {
  using enum TokenKind;
  return atAny({Int,     Float,       Char,       Str,     KwTrue,   KwFalse,  Ident,      KwSelfValue,
                KwSelfType, KwCrate,  KwSuper,    PathSep, LParen,   LBracket, LBrace,     Minus,
                Not,     Star,        And,        AndAnd,  Or,       OrOr,     DotDot,     DotDotEq,
                KwIf,    KwMatch,     KwLoop,     KwWhile, KwFor,    KwUnsafe, KwBreak,    KwContinue,
                KwReturn, KwMove,     Lifetime,   Lt,      Pound});
}

}  // namespace sh
