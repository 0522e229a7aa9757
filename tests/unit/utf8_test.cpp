// The engine's one UTF-8 validator and decoder (base/utf8.h), which the
// lexer's check of the source, the JSON writer's replacement of invalid
// bytes, the formatter and the interpreter's chars all use. The cases are
// the edges of the Unicode standard's table 3-7 of well-formed sequences.
#include <doctest/doctest.h>

#include <string>

#include "base/utf8.h"

using namespace sh;

TEST_CASE("utf8: a well-formed sequence of each length is valid and decodes to its char") {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\xA6\x80";  // a é € 🦀
  size_t at = 0;
  CHECK(validUtf8Length(text, 0) == 1);
  CHECK(decodeUtf8At(text, at) == U'a');
  CHECK(validUtf8Length(text, at) == 2);
  CHECK(decodeUtf8At(text, at) == U'é');
  CHECK(validUtf8Length(text, at) == 3);
  CHECK(decodeUtf8At(text, at) == U'€');
  CHECK(validUtf8Length(text, at) == 4);
  CHECK(decodeUtf8At(text, at) == U'🦀');
  CHECK(at == text.size());
  CHECK(utf8CharCount(text) == 4);
}

TEST_CASE("utf8: overlong forms, surrogates, code points past U+10FFFF and stray bytes are not valid") {
  CHECK(validUtf8Length("\xC0\x80", 0) == 0);          // overlong NUL
  CHECK(validUtf8Length("\xC1\xBF", 0) == 0);          // overlong two-byte
  CHECK(validUtf8Length("\xE0\x9F\xBF", 0) == 0);      // overlong three-byte
  CHECK(validUtf8Length("\xE0\xA0\x80", 0) == 3);      // U+0800, the first three-byte char
  CHECK(validUtf8Length("\xED\xA0\x80", 0) == 0);      // U+D800, a surrogate
  CHECK(validUtf8Length("\xED\x9F\xBF", 0) == 3);      // U+D7FF, just below
  CHECK(validUtf8Length("\xF0\x8F\xBF\xBF", 0) == 0);  // overlong four-byte
  CHECK(validUtf8Length("\xF4\x8F\xBF\xBF", 0) == 4);  // U+10FFFF, the last char
  CHECK(validUtf8Length("\xF4\x90\x80\x80", 0) == 0);  // U+110000
  CHECK(validUtf8Length("\xF5\x80\x80\x80", 0) == 0);  // no such lead byte
  CHECK(validUtf8Length("\x80", 0) == 0);              // a continuation byte alone
  CHECK(validUtf8Length("\xE2\x82", 0) == 0);          // cut short by the end
  CHECK(validUtf8Length("\xE2\x28\xAC", 0) == 0);      // a second byte that does not continue
  CHECK(validUtf8Length("ab", 2) == 0);                // past the end
}

TEST_CASE("utf8: a sequence cut short by the end decodes as its lead byte and the walk still ends") {
  const std::string text = "x\xE2\x82";
  size_t at = 1;
  CHECK(decodeUtf8At(text, at) == 0xE2);
  CHECK(at == 2);
  CHECK(isUtf8Continuation(text[2]));
  CHECK(!isUtf8Continuation(text[1]));
}
