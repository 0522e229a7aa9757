// Items that organise a program rather than compute: modules, `use`
// declarations, constants, statics and type aliases.
//
// A `use` tree is flattened as it is read: `use a::{b, c::d as e, self};`
// becomes three UseDecls (`a::b`, `a::c::d` as `e`, and `a` itself), each
// a full path from where the tree starts, so the checker resolves every
// import the same way whether it was written alone or in a group.
#include "syntax/parser_internal.h"

namespace sh {

namespace {

// A `use` path has no generic arguments, so it copies as names and spans.
Path copyUsePath(const Path& p) {
  Path copy;
  copy.span = p.span;
  for (const PathSegment& s : p.segments) copy.segments.push_back(plainSegment(s.name, s.span));
  return copy;
}

}  // namespace

/// mod_item ::= 'mod' IDENT ('{' (attribute* item)* '}' | ';')
void Parser::parseMod(uint32_t start, int32_t scope, Visibility vis) {
  expect(TokenKind::KwMod);
  Span nameSpan = peek().span;
  std::string name = expectIdent();
  if (at(TokenKind::Semi)) {
    advance();
    throw CompileError({DiagCode::E0583, "file not found for module `" + name + "`",
                        {{from(start), "", true}},
                        {"to create the module `" + name + "`, create file \"" + name + ".rs\" or \"" + name + "/mod.rs\""},
                        {},
                        {}});
  }
  auto module = static_cast<int32_t>(program_.scopes.size());
  program_.scopes.push_back(ItemScope{name, scope, true, vis, {}, nameSpan});
  expect(TokenKind::LBrace);
  openScopes_.push_back({nullptr, module});
  while (!eat(TokenKind::RBrace)) {
    std::vector<std::string> derives;
    while (at(TokenKind::Pound)) parseAttribute(derives);
    if (at(TokenKind::Pound) || !atItem()) unexpected("item");
    parseItem(derives);
  }
  openScopes_.pop_back();
  program_.scopes[module].span = from(start);
}

/// const_item ::= 'const' IDENT ':' type '=' expr ';'
/// static_item ::= 'static' IDENT ':' type '=' expr ';'
void Parser::parseConst(uint32_t start, int32_t scope, Visibility vis) {
  ConstDecl c;
  c.scope = scope;
  c.vis = vis;
  c.isStatic = advance().kind == TokenKind::KwStatic;
  const char* what = c.isStatic ? "static" : "const";
  if (c.isStatic && at(TokenKind::KwMut)) fail(skipItem(start), "`static mut` is not supported yet");
  if (!c.isStatic && at(TokenKind::Underscore)) fail(skipItem(start), "unnamed constants (`const _`) are not supported yet");
  c.nameSpan = peek().span;
  c.name = expectIdent();
  if (!at(TokenKind::Colon)) {
    Diagnostic d;
    d.message = std::string("missing type for `") + what + "` item";
    d.labels.push_back({{c.nameSpan.end, c.nameSpan.end}, "", true});
    throw CompileError(std::move(d));
  }
  advance();
  c.type = parseType();
  expect(TokenKind::Eq);
  c.init = parseExpr();
  expect(TokenKind::Semi);
  c.span = from(start);
  program_.consts.push_back(std::move(c));
}

/// type_alias ::= 'type' IDENT generics? '=' type ';'
void Parser::parseTypeAlias(uint32_t start, int32_t scope, Visibility vis) {
  TypeAliasDecl t;
  t.scope = scope;
  t.vis = vis;
  expect(TokenKind::KwType);
  t.nameSpan = peek().span;
  t.name = expectIdent();
  if (at(TokenKind::Lt)) t.generics = parseGenerics();
  expect(TokenKind::Eq);
  t.type = parseType();
  expect(TokenKind::Semi);
  t.span = from(start);
  program_.typeAliases.push_back(std::move(t));
}

/// use_item ::= 'use' '::'? use_tree ';'
void Parser::parseUse(int32_t scope, Visibility vis) {
  uint32_t start = peek().span.start;
  expect(TokenKind::KwUse);
  eat(TokenKind::PathSep);
  size_t first = program_.uses.size();
  parseUseTree(Path{}, scope, vis);
  expect(TokenKind::Semi);
  for (size_t i = first; i < program_.uses.size(); ++i) program_.uses[i].span = from(start);
}

/// use_tree ::= (use_segment '::')* ( '*' | '{' (use_tree (',' use_tree)*)? ','? '}'
///                                  | use_segment ('as' (IDENT | '_'))? )
/// use_segment ::= IDENT | 'self' | 'super' | 'crate'
void Parser::parseUseTree(Path prefix, int32_t scope, Visibility vis) {
  using enum TokenKind;
  Nest nest(*this);
  uint32_t start = prefix.segments.empty() ? peek().span.start : prefix.span.start;
  uint32_t elementStart = peek().span.start;
  for (;;) {
    if (eat(Star)) {
      if (prefix.segments.empty()) unexpected("identifier");
      prefix.span = from(start);
      UseDecl u;
      u.path = std::move(prefix);
      u.glob = true;
      u.nameSpan = u.path.span;
      u.written = from(elementStart);
      u.scope = scope;
      u.vis = vis;
      program_.uses.push_back(std::move(u));
      return;
    }
    if (eat(LBrace)) {
      while (!eat(RBrace)) {
        if (at(KwSelfValue) && (peek(1).kind == Comma || peek(1).kind == RBrace || peek(1).kind == KwAs)) {
          if (prefix.segments.empty()) unexpected("identifier");
          Span selfSpan = advance().span;  // `a::{self}` imports `a`
          UseDecl u;
          u.path = copyUsePath(prefix);
          u.name = prefix.last();
          u.nameSpan = selfSpan;
          u.written = selfSpan;
          parseUseAlias(u);
          u.scope = scope;
          u.vis = vis;
          program_.uses.push_back(std::move(u));
        } else {
          parseUseTree(copyUsePath(prefix), scope, vis);
        }
        if (!at(RBrace) && !eat(Comma)) unexpectedOneOf("`,` or `}`");
      }
      return;
    }
    if (!atAny({Ident, KwSelfValue, KwSuper, KwCrate})) unexpected("identifier");
    const Token& name = advance();
    prefix.segments.push_back(plainSegment(std::string(name.text), name.span));
    prefix.span = from(start);
    if (eat(PathSep)) continue;
    UseDecl u;
    u.name = prefix.last();
    u.nameSpan = name.span;
    u.written = from(elementStart);
    u.path = std::move(prefix);
    parseUseAlias(u);
    u.scope = scope;
    u.vis = vis;
    program_.uses.push_back(std::move(u));
    return;
  }
}

// `as name` after an imported path; `as _` imports nothing by name.
void Parser::parseUseAlias(UseDecl& u) {
  if (!eat(TokenKind::KwAs)) return;
  u.nameSpan = peek().span;
  if (eat(TokenKind::Underscore)) {
    u.name.clear();
    return;
  }
  u.name = expectIdent();
}

}  // namespace sh
