// Turns a learner's source text into tokens, or into the first lexical error
// rustc would report for it.
#pragma once

#include <vector>

#include "base/source.h"
#include "syntax/token.h"

namespace sh {

// The tokens of `file`, ending with one Eof token whose span is empty and
// sits at the end of the text (before a final newline, where rustc puts it). Comments (including doc comments) and
// whitespace are dropped. Throws CompileError on text rustc would not lex:
// invalid UTF-8, unknown characters (NUL included), unterminated strings,
// chars and block comments, bad escapes and bad number literals. Byte
// literals (b'a', b"..") and raw identifiers are reported as unsupported;
// identifiers are ASCII.
std::vector<Token> lex(const SourceFile& file);

}  // namespace sh
