// Parsing a learner's file into a Program.
#pragma once

#include "base/source.h"
#include "syntax/ast.h"
#include "syntax/token.h"

namespace sh {

// The syntax tree of `file`. Throws CompileError for the first syntax error
// (in rustc's words where practical) and for constructs outside the subset
// ("traits are not supported yet"). A file without `fn main` whose top level
// holds statements is a snippet: its statements become the body of an
// implicit `fn main` (FnDecl::implicitMain, Program::isSnippet), and every
// span still points into the learner's text.
Program parse(const SourceFile& file);
// The same, from tokens already lexed (std's prelude moves its spans first).
Program parseTokens(const SourceFile& file, std::vector<Token> tokens);

}  // namespace sh
