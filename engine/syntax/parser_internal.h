// The parser's shared state, split over four files by grammar area:
// parser.cpp (cursor, items, the program), parser_items.cpp (modules, `use`,
// constants, statics, type aliases), parser_expr.cpp (expressions,
// statements, blocks) and parser_pattern.cpp (patterns and types).
//
// It is recursive descent, one function per grammar rule with the rule as a
// comment above it, and a precedence table for binary operators (clox's
// rules[]). Every recursive rule enters a Nest, which turns nesting beyond
// limits::kMaxNesting into a diagnostic long before the host stack is at risk.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "syntax/ast.h"
#include "syntax/token.h"

namespace sh {

class Parser {
 public:
  Parser(const SourceFile& file, std::vector<Token> tokens);
  Program parseProgram();

 private:
  friend class Nest;
  const SourceFile& file_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  uint32_t prevEnd_ = 0;  // end of the last consumed token
  uint32_t depth_ = 0;    // current nesting, see Nest
  Program program_;
  // The scopes an item parsed now may belong to, innermost last: a module
  // (block == null) or a block being parsed, whose scope is made when it, or
  // a block inside it, declares an item (see currentItemScope).
  struct OpenScope {
    Block* block;
    int32_t scope;
  };
  std::vector<OpenScope> openScopes_;

  // ---- cursor (parser.cpp)
  const Token& peek(size_t ahead = 0) const;
  bool at(TokenKind kind) const { return peek().kind == kind; }
  bool atAny(std::initializer_list<TokenKind> kinds) const;
  bool eat(TokenKind kind);
  const Token& advance();
  const Token& expect(TokenKind kind);
  void splitLeading(TokenKind rest);
  void expectClosingAngle();
  Span from(uint32_t start) const { return {start, prevEnd_}; }
  std::string expectIdent();
  void expectParamColon();
  void enterNesting();

  [[noreturn]] void unexpected(const std::string& expected) const;
  [[noreturn]] void unexpectedOneOf(const std::string& alternatives) const;
  // An uncoded error with one primary label: unsupported constructs, limits.
  [[noreturn]] static void fail(Span span, const std::string& message);

  // ---- items (parser.cpp)
  void checkDelimiters() const;
  bool atItem() const;
  void parseItem(std::vector<std::string>& derives);
  Visibility parseVisibility();
  int32_t currentItemScope();
  void moveRootItemsInto(Block& body);
  void parseAttribute(std::vector<std::string>& derives);
  void readLintAttribute(Span region);
  Span restOfGroup(uint32_t start) const;
  Span nextItemOrStatement(uint32_t start) const;
  void skipTokenGroup();
  Span skipItem(uint32_t start);
  void rejectItem(uint32_t start);
  void rejectUseBeforeMacro() const;
  FnDecl parseFn(const std::string& implType, bool inTrait = false);
  void parseSelfParam(FnDecl& fn);
  SelfParam typedSelf(const TypeExpr& t, bool isMut);
  void parseStruct(std::vector<std::string> derives, int32_t scope, Visibility vis);
  std::vector<StructField> parseTupleFields();
  std::vector<StructField> parseNamedFields();
  void parseEnum(std::vector<std::string> derives, int32_t scope, Visibility vis);
  EnumVariant parseVariant();
  void parseImpl(int32_t scope);
  void parseImplItems(ImplBlock& impl);
  AssocType parseAssocType(bool inTrait);
  void parseTrait(int32_t scope, Visibility vis);

  // ---- modules, use, constants, type aliases (parser_items.cpp)
  void parseMod(uint32_t start, int32_t scope, Visibility vis);
  void parseConst(uint32_t start, int32_t scope, Visibility vis);
  void parseTypeAlias(uint32_t start, int32_t scope, Visibility vis);
  void parseUse(int32_t scope, Visibility vis);
  void parseUseTree(Path prefix, int32_t scope, Visibility vis);
  void parseUseAlias(UseDecl& u);
  void wrapSnippet(Block statements, bool sawStatement, const Token& firstStatement);

  // ---- statements and expressions (parser_expr.cpp)
  BlockPtr parseBlock();
  void parseBlockElement(Block& block, TokenKind closer);
  ExprPtr parseBlockLikeStatement();
  [[noreturn]] void missingSemicolon(TokenKind closer) const;
  void parseStatementAttributes();
  Stmt parseLet();
  ExprPtr parseExpr(bool noStruct = false);
  bool likelyStructLit() const;
  void rejectStructLitHere(const Path& path);
  ExprPtr parseBinary(int minPrec, bool noStruct);
  ExprPtr parseInfix(ExprPtr lhs, int minPrec, bool noStruct);
  void rejectChainedComparison(Span firstOp) const;
  ExprPtr parsePrefixRange(bool noStruct);
  ExprPtr parseUnary(bool noStruct);
  ExprPtr parsePostfix(ExprPtr base);
  ExprPtr parseDotSuffix(ExprPtr base);
  ExprPtr parseTryOperator(ExprPtr operand);
  ExprPtr parseClosure();
  std::vector<ExprPtr> parseListUntil(TokenKind closer);
  ExprPtr parsePrimary(bool noStruct);
  ExprPtr parseLiteral();
  ExprPtr parsePathStart(bool noStruct);
  ExprPtr parseQualifiedPath();
  Path parseExprPath();
  ExprPtr parseStructLit(Path path);
  ExprPtr parseMacro(Path path);
  ExprPtr parseMatchesMacro(Path path);
  std::string stringify(size_t first, size_t last) const;
  ExprPtr parseParenOrTuple();
  ExprPtr parseArray();
  bool atBlockLike() const;
  ExprPtr parseBlockLike();
  ExprPtr parseBlockExpr();
  ExprPtr parseIf();
  ExprPtr parseCondition(ExprKind plain, ExprKind withLet);
  ExprPtr parseMatch();
  MatchArm parseMatchArm();
  ExprPtr parseLoop(uint32_t start, std::string label);
  ExprPtr parseWhile(uint32_t start, std::string label);
  ExprPtr parseFor(uint32_t start, std::string label);
  ExprPtr parseJump();
  bool canStartExpr() const;

  // ---- patterns and types (parser_pattern.cpp)
  PatternPtr parsePattern();
  PatternPtr parsePatternNoOr();
  PatternPtr parseBindingPattern();
  PatternPtr parseLiteralOrRangePattern();
  ExprPtr parsePatternLiteral();
  ExprPtr parseRangeBound();
  PatternPtr finishRangePattern(ExprPtr lo, uint32_t start);
  bool atPathStart() const;
  PatternPtr parsePathPattern();
  PatternPtr parseTuplePattern();
  PatternPtr parseSlicePattern();
  bool parsePatternList(Pattern& p);
  void parseFieldPatterns(Pattern& p);
  TypeExprPtr parseType();
  TypeExprPtr parseRefType();
  TypeExprPtr parseTupleType();
  TypeExprPtr parseArrayType();
  TypeExprPtr parseFnPtrType();
  Path parseTypePath();
  void parseGenericArgs(PathSegment& seg);
  void parseFnSugar(PathSegment& seg);
  std::vector<TraitBound> parseBounds();
  Generics parseGenerics();
  void parseWhereClause(Generics& g);
};

// Counts one level of nesting for as long as it lives.
class Nest {
 public:
  explicit Nest(Parser& p) : p_(p) { p_.enterNesting(); }
  ~Nest() { --p_.depth_; }
  Nest(const Nest&) = delete;
  Nest& operator=(const Nest&) = delete;

 private:
  Parser& p_;
};

}  // namespace sh
