// The parser's cursor and the top level: items, attributes, and snippets.
//
// Before any rule runs, one pass pairs every bracket, so an unbalanced file
// gets rustc's delimiter message ("this file contains an unclosed
// delimiter") instead of whatever rule happened to run out of tokens.
//
// The top level accepts items and bare statements in any order. A file with
// statements and no `fn main` is a snippet: the statements are kept, in
// order, as the body of an implicit main whose span is their range, so the
// learner's line numbers are never shifted. Statements next to an explicit
// `fn main` are rustc's "expected item" error.
#include "syntax/parser.h"

#include "base/limits.h"
#include "syntax/lexer.h"
#include "syntax/parser_internal.h"

namespace sh {

Parser::Parser(const SourceFile& file, std::vector<Token> tokens) : file_(file), tokens_(std::move(tokens)) {}

// ---------------------------------------------------------------- cursor

const Token& Parser::peek(size_t ahead) const { return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)]; }

bool Parser::atAny(std::initializer_list<TokenKind> kinds) const {
  for (TokenKind kind : kinds)
    if (at(kind)) return true;
  return false;
}

const Token& Parser::advance() {
  const Token& token = peek();
  prevEnd_ = token.span.end;
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return token;
}

bool Parser::eat(TokenKind kind) {
  if (!at(kind)) return false;
  advance();
  return true;
}

const Token& Parser::expect(TokenKind kind) {
  if (!at(kind)) unexpected("`" + std::string(tokenSpelling(kind)) + "`");
  return advance();
}

// Consumes the first character of a glued token (`&&`, `>>`, `>=`) and leaves
// the rest in place as a `rest` token: `Vec<Vec<i32>>` closes twice.
void Parser::splitLeading(TokenKind rest) {
  Token& token = tokens_[pos_];
  prevEnd_ = token.span.start + 1;
  token.span.start += 1;
  token.text.remove_prefix(1);
  token.kind = rest;
}

void Parser::expectClosingAngle() {
  if (eat(TokenKind::Gt)) return;
  if (at(TokenKind::Shr)) return splitLeading(TokenKind::Gt);
  if (at(TokenKind::Ge)) return splitLeading(TokenKind::Eq);
  if (at(TokenKind::ShrEq)) return splitLeading(TokenKind::Ge);
  unexpected("`>`");
}

std::string Parser::expectIdent() {
  if (!at(TokenKind::Ident)) unexpected("identifier");
  return std::string(advance().text);
}

// The `:` after a parameter's pattern; without it rustc lists what could
// continue the pattern too: `|`, and `@` after a name (`x @ 1..`).
void Parser::expectParamColon() {
  if (at(TokenKind::Colon)) {
    advance();
    return;
  }
  unexpectedOneOf(pos_ > 0 && tokens_[pos_ - 1].kind == TokenKind::Ident ? "`:`, `@`, or `|`" : "`:` or `|`");
}

void Parser::enterNesting() {
  if (++depth_ > limits::kMaxNesting)
    fail(peek().span, "expressions nested deeper than " + std::to_string(limits::kMaxNesting) +
                                 " levels are not supported");
}

void Parser::unexpected(const std::string& expected) const {
  Diagnostic d;
  d.message = "expected " + expected + ", found " + describeToken(peek());
  d.labels.push_back({peek().span, "expected " + expected, true});
  throw CompileError(std::move(d));
}

void Parser::unexpectedOneOf(const std::string& alternatives) const { unexpected("one of " + alternatives); }

void Parser::fail(Span span, const std::string& message) {
  Diagnostic d;
  d.message = message;
  d.labels.push_back({span, "", true});
  throw CompileError(std::move(d));
}

// ---------------------------------------------------------------- delimiters

void Parser::checkDelimiters() const {
  auto closerOf = [](TokenKind open) {
    return open == TokenKind::LParen ? TokenKind::RParen
           : open == TokenKind::LBracket ? TokenKind::RBracket
                                         : TokenKind::RBrace;
  };
  std::vector<const Token*> open;
  for (const Token& token : tokens_) {
    if (token.kind == TokenKind::LParen || token.kind == TokenKind::LBracket || token.kind == TokenKind::LBrace) {
      open.push_back(&token);
    } else if (token.kind == TokenKind::RParen || token.kind == TokenKind::RBracket || token.kind == TokenKind::RBrace) {
      std::string what = "closing delimiter: `" + std::string(token.text) + "`";
      if (open.empty())
        throw CompileError({DiagCode::None, "unexpected " + what, {{token.span, "unexpected closing delimiter", true}}, {}, {}, {}});
      if (closerOf(open.back()->kind) != token.kind)
        throw CompileError({DiagCode::None, "mismatched " + what,
                            {{open.back()->span, "unclosed delimiter", true},
                             {token.span, "mismatched closing delimiter", true}},
                            {}, {}, {}});
      open.pop_back();
    }
  }
  if (open.empty()) return;
  Diagnostic d{DiagCode::None, "this file contains an unclosed delimiter", {}, {}, {}, {}};
  // As rustc 1.95: the outermost five are labelled, and the sixth says how
  // many more there are (when more than one). Labelling every one made
  // 10,000 `(` render ~10^8 bytes (found by fuzzing).
  constexpr size_t kLabelled = 5;
  for (size_t i = 0; i < open.size() && i < kLabelled; ++i)
    d.labels.push_back({open[i]->span, "unclosed delimiter", false});
  if (open.size() > kLabelled + 1)
    d.labels.push_back({open[kLabelled]->span,
                        "another " + std::to_string(open.size() - kLabelled) + " unclosed delimiters begin from here",
                        false});
  d.labels.push_back({tokens_.back().span, "", true});
  throw CompileError(std::move(d));
}

// ---------------------------------------------------------------- program

/// program ::= (attribute* item | stmt)*
Program Parser::parseProgram() {
  checkDelimiters();
  program_.scopes.push_back(ItemScope{"", -1, true, Visibility::Public, {0, static_cast<uint32_t>(file_.text().size())}, {}});
  openScopes_.push_back({nullptr, 0});
  Block statements;
  bool sawStatement = false;
  Token firstStatement;
  uint32_t firstStart = 0;
  while (!at(TokenKind::Eof)) {
    if (at(TokenKind::Pound) && peek(1).kind == TokenKind::Not) {  // `#![allow(..)]`: see readLintAttribute
      std::vector<std::string> ignored;
      parseAttribute(ignored);
      continue;
    }
    std::vector<std::string> derives;
    size_t attributesAt = pos_;
    while (at(TokenKind::Pound)) parseAttribute(derives);
    if (atItem()) {
      uint32_t start = peek().span.start;
      parseItem(derives);
      statements.stmts.push_back(Stmt{StmtKind::Item, from(start), {}, {}, {}, {}, false});  // a snippet's, in main
      continue;
    }
    if (!sawStatement) {
      firstStatement = peek();
      firstStart = tokens_[attributesAt].span.start;
    }
    sawStatement = true;
    parseBlockElement(statements, TokenKind::Eof);
  }
  statements.span = {firstStart, prevEnd_};
  wrapSnippet(std::move(statements), sawStatement, firstStatement);
  return std::move(program_);
}

void Parser::wrapSnippet(Block statements, bool sawStatement, const Token& firstStatement) {
  if (!sawStatement) return;
  for (const FnDecl& fn : program_.fns)
    if (fn.name == "main") {
      Diagnostic d;
      d.message = "expected item, found " + describeToken(firstStatement);
      bool isLet = firstStatement.kind == TokenKind::KwLet;
      d.labels.push_back({firstStatement.span, isLet ? "`let` cannot be used for global variables" : "expected item", true});
      if (isLet) d.helps.push_back("consider using `static` or `const` instead of `let`");
      d.notes.push_back(
          "for a full list of items that can appear in modules, see "
          "<https://doc.rust-lang.org/reference/items.html>");
      throw CompileError(std::move(d));
    }
  moveRootItemsInto(statements);
  FnDecl main;
  main.name = "main";
  main.span = statements.span;
  main.nameSpan = {statements.span.start, statements.span.start};
  main.implicitMain = true;
  main.body = std::make_unique<Block>(std::move(statements));
  program_.fns.push_back(std::move(main));
  program_.isSnippet = true;
}

// rustc compiles a snippet as the body of `fn main`, so the items among its
// statements are declared in main's block, not at the crate root: they see
// nothing of the root but each other, and `crate::name` does not find them.
void Parser::moveRootItemsInto(Block& body) {
  auto block = static_cast<int32_t>(program_.scopes.size());
  program_.scopes.push_back(ItemScope{"", 0, false, Visibility::Private, body.span, {}});
  body.itemScope = block;
  auto move = [&](int32_t& scope) {
    if (scope == 0) scope = block;
  };
  for (FnDecl& f : program_.fns) move(f.scope);
  for (StructDecl& d : program_.structs) move(d.scope);
  for (EnumDecl& d : program_.enums) move(d.scope);
  for (ImplBlock& impl : program_.impls) {
    move(impl.scope);
    for (FnDecl& f : impl.fns) move(f.scope);
  }
  for (TraitDecl& t : program_.traits) {
    move(t.scope);
    for (FnDecl& f : t.fns) move(f.scope);
  }
  for (UseDecl& u : program_.uses) move(u.scope);
  for (ConstDecl& c : program_.consts) move(c.scope);
  for (TypeAliasDecl& t : program_.typeAliases) move(t.scope);
  for (size_t i = 1; i + 1 < program_.scopes.size(); ++i) move(program_.scopes[i].parent);
}

// ---------------------------------------------------------------- scopes

// The scope an item parsed now is declared in. Blocks get a scope only once
// they declare an item, and then every open block between it and the
// nearest module gets one too, so a scope's parent is always the scope
// around it.
int32_t Parser::currentItemScope() {
  size_t module = openScopes_.size() - 1;
  while (openScopes_[module].block) --module;
  for (size_t i = module + 1; i < openScopes_.size(); ++i) {
    OpenScope& open = openScopes_[i];
    if (open.scope >= 0) continue;
    open.scope = static_cast<int32_t>(program_.scopes.size());
    program_.scopes.push_back(ItemScope{"", openScopes_[i - 1].scope, false, Visibility::Private, {}, {}});
    open.block->itemScope = open.scope;
  }
  return openScopes_.back().scope;
}

// ---------------------------------------------------------------- items

bool Parser::atItem() const {
  using enum TokenKind;
  if (atAny({KwFn, KwStruct, KwImpl, KwUse, KwPub, KwEnum, KwTrait, KwMod, KwStatic, KwType, KwExtern})) return true;
  if (atAny({KwConst, KwAsync, KwUnsafe})) return peek(1).kind != LBrace;  // not a `const { }` block
  return at(Ident) && peek().text == "macro_rules" && peek(1).kind == Not;
}

/// item ::= visibility? (fn_item | struct_item | enum_item | impl_item | trait_item | use_item | mod_item
///                       | const_item | static_item | type_alias)
void Parser::parseItem(std::vector<std::string>& derives) {
  uint32_t start = peek().span.start;
  Visibility vis = parseVisibility();
  int32_t scope = currentItemScope();
  if (at(TokenKind::KwFn)) {
    FnDecl fn = parseFn("");
    fn.scope = scope;
    fn.vis = vis;
    program_.fns.push_back(std::move(fn));
  } else if (at(TokenKind::KwStruct)) {
    parseStruct(std::move(derives), scope, vis);
  } else if (at(TokenKind::KwEnum)) {
    parseEnum(std::move(derives), scope, vis);
  } else if (at(TokenKind::KwImpl)) {
    parseImpl(scope);
  } else if (at(TokenKind::KwTrait)) {
    parseTrait(scope, vis);
  } else if (at(TokenKind::KwUse)) {
    parseUse(scope, vis);
  } else if (at(TokenKind::KwMod)) {
    parseMod(start, scope, vis);
  } else if ((at(TokenKind::KwConst) && peek(1).kind != TokenKind::KwFn) || at(TokenKind::KwStatic)) {
    parseConst(start, scope, vis);
  } else if (at(TokenKind::KwType)) {
    parseTypeAlias(start, scope, vis);
  } else {
    rejectItem(start);
  }
}

/// visibility ::= 'pub' ('(' ('crate' | 'super' | 'self') ')')?
/// One crate is the whole program, so `pub(crate)` is `pub`.
Visibility Parser::parseVisibility() {
  using enum TokenKind;
  if (!eat(KwPub)) return Visibility::Private;
  if (!at(LParen)) return Visibility::Public;
  if (peek(1).kind == KwIn) {
    uint32_t start = peek().span.start;
    skipTokenGroup();
    fail(from(start), "`pub(in path)` is not supported yet");
  }
  if (!(peek(1).kind == KwCrate || peek(1).kind == KwSuper || peek(1).kind == KwSelfValue) || peek(2).kind != RParen)
    return Visibility::Public;  // `pub (i32, u8)`: a tuple field's type, not a restriction
  advance();
  TokenKind which = advance().kind;
  advance();
  return which == KwCrate ? Visibility::Public : which == KwSuper ? Visibility::Super : Visibility::Private;
}

// Items outside the subset, each named in its diagnostic.
void Parser::rejectItem(uint32_t start) {
  struct Rejected {
    TokenKind kind;
    const char* message;
  };
  static constexpr Rejected kRejected[] = {
      {TokenKind::KwConst, "`const fn` is not supported yet"},
      {TokenKind::KwUnsafe, "`unsafe` is not supported"},
      {TokenKind::KwExtern, "`extern` is not supported"},
      {TokenKind::KwAsync, "`async` is not supported"},
      {TokenKind::Ident, "macro definitions are not supported yet"},
  };
  if (at(TokenKind::Ident) && peek().text == "macro_rules") rejectUseBeforeMacro();
  for (const Rejected& r : kRejected)
    if (at(r.kind) && (r.kind != TokenKind::Ident || peek().text == "macro_rules"))
      fail(skipItem(start), r.message);
  unexpected("item");
}

// A `macro_rules!` macro is in scope only below its definition: a call
// above it is rustc's "cannot find macro" there, before the definition
// itself is refused.
void Parser::rejectUseBeforeMacro() const {
  if (peek(1).kind != TokenKind::Not || peek(2).kind != TokenKind::Ident) return;
  std::string_view name = peek(2).text;
  for (size_t i = 0; i + 1 < pos_; ++i)
    if (tokens_[i].kind == TokenKind::Ident && tokens_[i].text == name && tokens_[i + 1].kind == TokenKind::Not)
      fail(tokens_[i].span, "cannot find macro `" + std::string(name) + "` in this scope");
}

// The extent of an item we do not parse: up to its `;` or its closing `}`.
Span Parser::skipItem(uint32_t start) {
  while (!at(TokenKind::Eof) && !eat(TokenKind::Semi)) {
    bool braces = at(TokenKind::LBrace);
    if (at(TokenKind::LParen) || at(TokenKind::LBracket) || braces) skipTokenGroup();
    else advance();
    if (braces) break;
  }
  return from(start);
}

// Skips one bracketed group; the brackets are known to be balanced.
void Parser::skipTokenGroup() {
  int depth = 0;
  do {
    if (atAny({TokenKind::LParen, TokenKind::LBracket, TokenKind::LBrace})) ++depth;
    if (atAny({TokenKind::RParen, TokenKind::RBracket, TokenKind::RBrace})) --depth;
    advance();
  } while (depth > 0 && !at(TokenKind::Eof));
}

/// attribute ::= '#' '!'? '[' ( 'derive' '(' IDENT (',' IDENT)* ','? ')' | any ) ']'
void Parser::parseAttribute(std::vector<std::string>& derives) {
  uint32_t start = expect(TokenKind::Pound).span.start;
  bool inner = eat(TokenKind::Not);
  if (!at(TokenKind::LBracket)) unexpected("`[`");
  readLintAttribute(inner ? restOfGroup(start) : nextItemOrStatement(start));
  if (peek(1).text == "derive" && peek(2).kind == TokenKind::LParen) {
    advance();
    advance();
    advance();
    while (!eat(TokenKind::RParen)) {
      derives.push_back(expectIdent());
      if (!at(TokenKind::RParen)) expect(TokenKind::Comma);
    }
    expect(TokenKind::RBracket);
    return;
  }
  // `#[repr(C)]`, `#[repr(u8)]`, ...: each argument travels with the derives as "repr(C)", "repr(u8)"
  // (the checker lays out what it knows and says "not supported yet" for the others).
  if (peek(1).text == "repr" && peek(2).kind == TokenKind::LParen) {
    int depth = 1;
    for (size_t k = 3; depth > 0 && peek(k).kind != TokenKind::Eof; ++k) {
      if (peek(k).kind == TokenKind::LParen) ++depth;
      else if (peek(k).kind == TokenKind::RParen) --depth;
      else if (depth == 1 && peek(k).kind == TokenKind::Ident) derives.push_back("repr(" + std::string(peek(k).text) + ")");
    }
  }
  skipTokenGroup();
}

// `allow`, `warn` or `expect` naming a lint the checker denies by default
// (the attribute's arguments from peek(3) on) silences it over `region`.
// `deny` or `forbid` of another lint (`#![deny(warnings)]`) would turn
// warnings the engine does not raise into errors: not supported yet.
void Parser::readLintAttribute(Span region) {
  std::string_view level = peek(1).text;
  bool silences = level == "allow" || level == "warn" || level == "expect";
  if ((!silences && level != "deny" && level != "forbid") || peek(2).kind != TokenKind::LParen) return;
  for (size_t k = 3; peek(k).kind != TokenKind::RParen && peek(k).kind != TokenKind::Eof; ++k) {
    bool inPath = peek(k + 1).kind == TokenKind::PathSep || peek(k - 1).kind == TokenKind::PathSep;  // `clippy::..`
    if (peek(k).kind != TokenKind::Ident || inPath) continue;
    std::string_view lint = peek(k).text;
    bool checked = lint == "overflowing_literals" || lint == "arithmetic_overflow" || lint == "unconditional_panic";
    if (silences && checked) program_.allowedLints.push_back({std::string(lint), region});
    if (!silences && !checked)
      fail(peek(k).span, "`#[" + std::string(level) + "(" + std::string(lint) + ")]` is not supported yet");
  }
}

// An inner attribute's reach: from its `#` to the end of the module, block
// or file it stands in (the cursor is on its `[`).
Span Parser::restOfGroup(uint32_t start) const {
  int depth = 0;
  for (size_t k = 0;; ++k) {
    const Token& t = peek(k);
    if (t.kind == TokenKind::Eof) return {start, static_cast<uint32_t>(file_.text().size())};
    if (t.kind == TokenKind::LParen || t.kind == TokenKind::LBracket || t.kind == TokenKind::LBrace) ++depth;
    if (t.kind == TokenKind::RParen || t.kind == TokenKind::RBracket || t.kind == TokenKind::RBrace) {
      if (depth == 0) return {start, t.span.start};
      --depth;
    }
  }
}

// An outer attribute's reach: from its `#` over its own brackets and what
// follows, as skipItem measures an item: up to a `;` or a closing `}`.
Span Parser::nextItemOrStatement(uint32_t start) const {
  size_t k = 0;
  int depth = 0;
  bool ownBrackets = true;
  for (;; ++k) {
    const Token& t = peek(k);
    if (t.kind == TokenKind::Eof) return {start, t.span.start};
    bool opens = t.kind == TokenKind::LParen || t.kind == TokenKind::LBracket || t.kind == TokenKind::LBrace;
    bool closes = t.kind == TokenKind::RParen || t.kind == TokenKind::RBracket || t.kind == TokenKind::RBrace;
    if (opens) ++depth;
    if (closes) --depth;
    if (depth > 0) continue;
    if (ownBrackets) {  // the attribute's `[..]` itself
      ownBrackets = false;
      continue;
    }
    if (t.kind == TokenKind::Semi || t.kind == TokenKind::RBrace) return {start, t.span.end};
  }
}

/// fn_item ::= 'fn' IDENT generics? '(' (self_param ','?)? (pattern ':' type (',' pattern ':' type)*)? ','? ')'
///             ('->' type)? where_clause? (block | ';' in a trait)
FnDecl Parser::parseFn(const std::string& implType, bool inTrait) {
  FnDecl fn;
  uint32_t start = peek().span.start;
  expect(TokenKind::KwFn);
  fn.nameSpan = peek().span;
  fn.name = expectIdent();
  fn.implType = implType;
  if (at(TokenKind::Lt)) fn.generics = parseGenerics();
  expect(TokenKind::LParen);
  parseSelfParam(fn);
  while (!eat(TokenKind::RParen)) {
    Param param;
    param.pattern = parsePatternNoOr();
    expectParamColon();
    param.type = parseType();
    param.span = Span::cover(param.pattern->span, param.type->span);
    fn.params.push_back(std::move(param));
    if (!at(TokenKind::RParen) && !eat(TokenKind::Comma)) unexpectedOneOf("`)` or `,`");
  }
  if (eat(TokenKind::Arrow)) fn.ret = parseType();
  parseWhereClause(fn.generics);
  if (!(inTrait && eat(TokenKind::Semi))) fn.body = parseBlock();
  fn.span = from(start);
  return fn;
}

/// self_param ::= ('&' 'mut'?)? 'mut'? 'self' | 'mut'? 'self' ':' type
void Parser::parseSelfParam(FnDecl& fn) {
  size_t lifetime = at(TokenKind::And) && peek(1).kind == TokenKind::Lifetime ? 1 : 0;
  size_t length = at(TokenKind::And) ? (peek(1 + lifetime).kind == TokenKind::KwMut ? 2 : 1) + lifetime
                  : at(TokenKind::KwMut) ? 1 : 0;
  if (peek(length).kind != TokenKind::KwSelfValue) return;
  uint32_t start = peek().span.start;
  bool isRef = eat(TokenKind::And);
  if (isRef && at(TokenKind::Lifetime)) fn.selfLifetime = advance().value;
  bool isMut = eat(TokenKind::KwMut);
  advance();
  fn.self = isRef ? (isMut ? SelfParam::RefMut : SelfParam::Ref) : (isMut ? SelfParam::MutValue : SelfParam::Value);
  if (!isRef && eat(TokenKind::Colon)) fn.self = typedSelf(*parseType(), isMut);
  fn.selfSpan = from(start);
  // A free function has no Self: rustc rejects the parameter here, and the
  // checker would otherwise look fields up on a type that does not exist
  // (found by fuzzing: `fn f(&self) -> i32 { self.x }` crashed the engine).
  if (fn.implType.empty())
    throw CompileError({DiagCode::None, "`self` parameter is only allowed in associated functions",
                        {{fn.selfSpan, "not semantically valid as function parameter", true}},
                        {"associated functions are those in `impl` or `trait` definitions"}, {}, {}});
  if (!at(TokenKind::RParen)) expect(TokenKind::Comma);
}

// `self: Self`, `self: &Self`, `self: &mut Self` (what the shorthands
// mean) and `self: Box<Self>` (a method that takes its boxed receiver, as
// the state pattern's `fn approve(self: Box<Self>) -> Box<dyn State>`);
// other receiver types (`Rc<Self>`, `Pin<&mut Self>`) are not run.
SelfParam Parser::typedSelf(const TypeExpr& t, bool isMut) {
  auto isSelf = [](const TypeExpr& x) {
    return x.kind == TypeExprKind::Path && x.path.segments.size() == 1 && x.path.segments[0].name == "Self" &&
           x.path.segments[0].generics.empty();
  };
  if (isSelf(t)) return isMut ? SelfParam::MutValue : SelfParam::Value;
  if (t.kind == TypeExprKind::Ref && !isMut && isSelf(*t.elems[0])) return t.isMut ? SelfParam::RefMut : SelfParam::Ref;
  if (t.kind == TypeExprKind::Path && t.path.segments.size() == 1 && t.path.segments[0].name == "Box" &&
      t.path.segments[0].generics.size() == 1 && isSelf(*t.path.segments[0].generics[0]))
    return isMut ? SelfParam::MutBox : SelfParam::Box;
  fail(t.span, "a `self` parameter of type `" + std::string(file_.slice(t.span)) + "` is not supported yet");
}

/// struct_item ::= 'struct' IDENT generics? ( where_clause? named_fields | tuple_fields where_clause? ';'
///                                            | where_clause? ';' )
void Parser::parseStruct(std::vector<std::string> derives, int32_t scope, Visibility vis) {
  StructDecl s;
  s.scope = scope;
  s.vis = vis;
  uint32_t start = peek().span.start;
  expect(TokenKind::KwStruct);
  s.nameSpan = peek().span;
  s.name = expectIdent();
  s.derives = std::move(derives);
  if (at(TokenKind::Lt)) s.generics = parseGenerics();
  parseWhereClause(s.generics);
  if (eat(TokenKind::Semi)) {
    s.isUnit = true;
  } else if (at(TokenKind::LParen)) {
    s.isTuple = true;
    s.fields = parseTupleFields();
    parseWhereClause(s.generics);
    expect(TokenKind::Semi);
  } else {
    s.fields = parseNamedFields();
  }
  s.span = from(start);
  program_.structs.push_back(std::move(s));
}

/// tuple_fields ::= '(' ('pub'? type (',' 'pub'? type)*)? ','? ')'
std::vector<StructField> Parser::parseTupleFields() {
  std::vector<StructField> fields;
  expect(TokenKind::LParen);
  while (!eat(TokenKind::RParen)) {
    uint32_t fieldStart = peek().span.start;
    Visibility vis = parseVisibility();
    TypeExprPtr type = parseType();
    fields.push_back({std::to_string(fields.size()), std::move(type), from(fieldStart), vis});
    if (!at(TokenKind::RParen) && !eat(TokenKind::Comma)) unexpectedOneOf("`)` or `,`");
  }
  return fields;
}

/// named_fields ::= '{' (attribute* 'pub'? IDENT ':' type (',' ...)*)? ','? '}'
std::vector<StructField> Parser::parseNamedFields() {
  std::vector<StructField> fields;
  expect(TokenKind::LBrace);
  while (!eat(TokenKind::RBrace)) {
    while (at(TokenKind::Pound)) {
      std::vector<std::string> ignored;
      parseAttribute(ignored);
    }
    uint32_t fieldStart = peek().span.start;
    Visibility vis = parseVisibility();
    std::string name = expectIdent();
    expect(TokenKind::Colon);
    TypeExprPtr type = parseType();
    fields.push_back({std::move(name), std::move(type), from(fieldStart), vis});
    if (!at(TokenKind::RBrace) && !eat(TokenKind::Comma)) unexpectedOneOf("`,` or `}`");
  }
  return fields;
}

/// enum_item ::= 'enum' IDENT generics? where_clause? '{' (variant (',' variant)*)? ','? '}'
void Parser::parseEnum(std::vector<std::string> derives, int32_t scope, Visibility vis) {
  EnumDecl e;
  e.scope = scope;
  e.vis = vis;
  uint32_t start = peek().span.start;
  expect(TokenKind::KwEnum);
  e.nameSpan = peek().span;
  e.name = expectIdent();
  e.derives = std::move(derives);
  if (at(TokenKind::Lt)) e.generics = parseGenerics();
  parseWhereClause(e.generics);
  expect(TokenKind::LBrace);
  while (!eat(TokenKind::RBrace)) {
    e.variants.push_back(parseVariant());
    if (!at(TokenKind::RBrace) && !eat(TokenKind::Comma)) unexpectedOneOf("`,` or `}`");
  }
  e.span = from(start);
  program_.enums.push_back(std::move(e));
}

/// variant ::= attribute* IDENT ( tuple_fields | named_fields )? ('=' expr)?
EnumVariant Parser::parseVariant() {
  while (at(TokenKind::Pound)) {
    std::vector<std::string> ignored;
    parseAttribute(ignored);
  }
  EnumVariant v;
  uint32_t start = peek().span.start;
  v.name = expectIdent();
  if (at(TokenKind::LParen)) {
    v.shape = VariantShape::Tuple;
    v.fields = parseTupleFields();
  } else if (at(TokenKind::LBrace)) {
    v.shape = VariantShape::Struct;
    v.fields = parseNamedFields();
  }
  if (eat(TokenKind::Eq)) v.discriminant = parseExpr();
  v.span = from(start);
  return v;
}

/// impl_item ::= 'impl' generics? (type_path 'for')? type where_clause? '{' impl_member* '}'
void Parser::parseImpl(int32_t scope) {
  ImplBlock impl;
  impl.scope = scope;
  uint32_t start = peek().span.start;
  expect(TokenKind::KwImpl);
  if (at(TokenKind::Lt)) impl.generics = parseGenerics();
  if (at(TokenKind::Not)) fail(peek().span, "negative impls are not supported");
  TypeExprPtr first = parseType();
  if (eat(TokenKind::KwFor)) {
    if (first->kind != TypeExprKind::Path) unexpected("trait");
    impl.trait = std::move(first->path);
    impl.selfType = parseType();
  } else {
    impl.selfType = std::move(first);
  }
  if (impl.selfType->kind == TypeExprKind::Path) impl.typeName = impl.selfType->path.last();
  parseWhereClause(impl.generics);
  parseImplItems(impl);
  impl.span = from(start);
  program_.impls.push_back(std::move(impl));
}

/// impl_member ::= attribute* visibility? (fn_item | 'type' IDENT '=' type ';' | const_item)
void Parser::parseImplItems(ImplBlock& impl) {
  expect(TokenKind::LBrace);
  while (!eat(TokenKind::RBrace)) {
    std::vector<std::string> ignored;
    while (at(TokenKind::Pound)) parseAttribute(ignored);
    uint32_t itemStart = peek().span.start;
    Visibility vis = parseVisibility();
    if (at(TokenKind::KwType)) {
      impl.types.push_back(parseAssocType(false));
    } else if (at(TokenKind::KwFn)) {
      FnDecl fn = parseFn(impl.typeName.empty() ? "Self" : impl.typeName);
      fn.scope = impl.scope;
      fn.vis = vis;
      impl.fns.push_back(std::move(fn));
    } else if (at(TokenKind::KwConst)) {
      if (impl.generics.hasTypeParams()) fail(skipItem(itemStart), "associated constants of a generic impl are not supported yet");
      impl.consts.push_back(static_cast<int32_t>(program_.consts.size()));
      parseConst(itemStart, impl.scope, vis);
      program_.consts.back().associated = true;
    } else {
      rejectItem(itemStart);
    }
  }
}

/// assoc_type ::= 'type' IDENT (':' bounds)? ('=' type)? ';'
AssocType Parser::parseAssocType(bool inTrait) {
  AssocType t;
  uint32_t start = peek().span.start;
  expect(TokenKind::KwType);
  t.name = expectIdent();
  if (at(TokenKind::Lt)) fail(peek().span, "generic associated types are not supported");
  if (eat(TokenKind::Colon)) t.bounds = parseBounds();
  if (!inTrait || at(TokenKind::Eq)) {
    expect(TokenKind::Eq);
    t.type = parseType();
  }
  expect(TokenKind::Semi);
  t.span = from(start);
  return t;
}

/// trait_item ::= 'unsafe'? 'trait' IDENT generics? (':' bounds)? where_clause? '{' trait_member* '}'
/// trait_member ::= attribute* (fn_item | assoc_type | 'const' IDENT ':' type ('=' expr)? ';')
void Parser::parseTrait(int32_t scope, Visibility vis) {
  TraitDecl t;
  t.scope = scope;
  t.vis = vis;
  uint32_t start = peek().span.start;
  expect(TokenKind::KwTrait);
  t.nameSpan = peek().span;
  t.name = expectIdent();
  if (at(TokenKind::Lt)) t.generics = parseGenerics();
  if (eat(TokenKind::Colon)) t.supertraits = parseBounds();
  parseWhereClause(t.generics);
  expect(TokenKind::LBrace);
  while (!eat(TokenKind::RBrace)) {
    std::vector<std::string> ignored;
    while (at(TokenKind::Pound)) parseAttribute(ignored);
    uint32_t itemStart = peek().span.start;
    if (at(TokenKind::KwType)) t.types.push_back(parseAssocType(true));
    else if (at(TokenKind::KwFn)) {
      FnDecl fn = parseFn(t.name, true);
      fn.scope = scope;
      fn.vis = Visibility::Public;  // a trait's methods are as visible as the trait
      t.fns.push_back(std::move(fn));
    } else if (at(TokenKind::KwConst)) {
      ConstDecl c;
      c.scope = scope;
      c.vis = Visibility::Public;
      c.associated = true;
      advance();
      c.nameSpan = peek().span;
      c.name = expectIdent();
      expect(TokenKind::Colon);
      c.type = parseType();
      if (eat(TokenKind::Eq)) c.init = parseExpr();
      expect(TokenKind::Semi);
      c.span = from(itemStart);
      t.consts.push_back(std::move(c));
    } else {
      rejectItem(itemStart);
    }
  }
  t.span = from(start);
  program_.traits.push_back(std::move(t));
}

Program parse(const SourceFile& file) { return Parser(file, lex(file)).parseProgram(); }

Program parseTokens(const SourceFile& file, std::vector<Token> tokens) {
  return Parser(file, std::move(tokens)).parseProgram();
}

}  // namespace sh
