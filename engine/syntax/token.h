// The tokens of the Rust subset, listed once.
//
// Every closed set of kinds is an X-macro list, so the enum, the spelling
// table and the keyword lookup are generated from one place and cannot drift
// apart. A token keeps its text as a view into the SourceFile (which outlives
// every token), plus the few values the lexer has already worked out: the
// unescaped contents of string and char literals, and the digits and suffix of
// numbers, so the parser never re-reads escapes.
//
// The lexer is greedy the way rustc's is: `>>` is one token even inside
// `Vec<Vec<i32>>`; the parser splits it when it expects a closing `>`.
#pragma once

#include <string>
#include <string_view>

#include "base/source.h"

namespace sh {

// Tokens with a fixed spelling: X(Name, "spelling").
#define SH_PUNCT_TOKENS(X)                                                                              \
  X(LParen, "(") X(RParen, ")") X(LBracket, "[") X(RBracket, "]") X(LBrace, "{") X(RBrace, "}")       \
  X(Comma, ",") X(Semi, ";") X(Colon, ":") X(PathSep, "::") X(Arrow, "->") X(FatArrow, "=>")          \
  X(Dot, ".") X(DotDot, "..") X(DotDotDot, "...") X(DotDotEq, "..=")                                  \
  X(Plus, "+") X(Minus, "-") X(Star, "*") X(Slash, "/") X(Percent, "%") X(Caret, "^")                 \
  X(Not, "!") X(And, "&") X(Or, "|") X(AndAnd, "&&") X(OrOr, "||") X(Shl, "<<") X(Shr, ">>")          \
  X(PlusEq, "+=") X(MinusEq, "-=") X(StarEq, "*=") X(SlashEq, "/=") X(PercentEq, "%=")                \
  X(CaretEq, "^=") X(AndEq, "&=") X(OrEq, "|=") X(ShlEq, "<<=") X(ShrEq, ">>=")                       \
  X(Eq, "=") X(EqEq, "==") X(Ne, "!=") X(Lt, "<") X(Le, "<=") X(Gt, ">") X(Ge, ">=")                  \
  X(At, "@") X(Underscore, "_") X(Pound, "#") X(Dollar, "$") X(Question, "?") X(Tilde, "~")

// Keywords: X(Name, "spelling"). Rust's strict and reserved keywords; weak
// keywords such as `union` stay identifiers, as in rustc.
#define SH_KEYWORD_TOKENS(X)                                                                            \
  X(KwAs, "as") X(KwBreak, "break") X(KwConst, "const") X(KwContinue, "continue") X(KwCrate, "crate") \
  X(KwElse, "else") X(KwEnum, "enum") X(KwExtern, "extern") X(KwFalse, "false") X(KwFn, "fn")         \
  X(KwFor, "for") X(KwIf, "if") X(KwImpl, "impl") X(KwIn, "in") X(KwLet, "let") X(KwLoop, "loop")     \
  X(KwMatch, "match") X(KwMod, "mod") X(KwMove, "move") X(KwMut, "mut") X(KwPub, "pub")               \
  X(KwRef, "ref") X(KwReturn, "return") X(KwSelfValue, "self") X(KwSelfType, "Self")                  \
  X(KwStatic, "static") X(KwStruct, "struct") X(KwSuper, "super") X(KwTrait, "trait")                 \
  X(KwTrue, "true") X(KwType, "type") X(KwUnsafe, "unsafe") X(KwUse, "use") X(KwWhere, "where")       \
  X(KwWhile, "while") X(KwAsync, "async") X(KwAwait, "await") X(KwDyn, "dyn")                         \
  X(KwAbstract, "abstract") X(KwBecome, "become") X(KwBox, "box") X(KwDo, "do") X(KwFinal, "final")   \
  X(KwMacro, "macro") X(KwOverride, "override") X(KwPriv, "priv") X(KwTypeof, "typeof")               \
  X(KwUnsized, "unsized") X(KwVirtual, "virtual") X(KwYield, "yield") X(KwTry, "try")

// Tokens whose text varies: X(Name, "what rustc calls it").
#define SH_VALUE_TOKENS(X)                                                              \
  X(Ident, "identifier") X(Lifetime, "lifetime") X(Int, "integer literal")             \
  X(Float, "float literal") X(Char, "character literal") X(Str, "string literal")      \
  X(Eof, "end of file")

enum class TokenKind {
#define SH_TOKEN_ENUM(name, spelling) name,
  SH_PUNCT_TOKENS(SH_TOKEN_ENUM) SH_KEYWORD_TOKENS(SH_TOKEN_ENUM) SH_VALUE_TOKENS(SH_TOKEN_ENUM)
#undef SH_TOKEN_ENUM
};

struct Token {
  TokenKind kind = TokenKind::Eof;
  Span span;
  std::string_view text;  // exactly the source text of the token
  // Str/Char: the unescaped value. Int/Float: the number without `_` or
  // suffix, with its base prefix kept ("0xff", "1000", "2.5e-3").
  // Lifetime: the name without the quote.
  std::string value;
  std::string suffix;  // Int/Float: "u8", "f64", ... or ""
};

// The fixed spelling of a punctuation or keyword kind; for the other kinds,
// what rustc calls them ("identifier", "string literal").
std::string_view tokenSpelling(TokenKind kind);

bool isKeyword(TokenKind kind);

// Rust 2018+ keywords that are reserved but unused ("reserved keyword `box`").
bool isReservedKeyword(TokenKind kind);

// How rustc names a token in "found ..." messages: "keyword `let`", "`)`",
// "`x`", "`<eof>`".
std::string describeToken(const Token& token);

}  // namespace sh
