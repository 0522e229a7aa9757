// The standard library the subset knows, as closed lists in one place.
//
// A learner's `String::from`, `v.push(x)` or `std::mem::swap` is resolved by
// the checker to one of these ids, with its argument and result types; the
// interpreter then runs it with a switch that has no default, so adding a
// builtin without teaching the interpreter to run it does not compile.
#pragma once

#include <cstdint>

namespace sh {

// Associated and free functions, reached by path.
#define SH_BUILTIN_FNS(X)                                  \
  X(StringNew, "String::new")                              \
  X(StringFrom, "String::from")                            \
  X(StringWithCapacity, "String::with_capacity")           \
  X(VecNew, "Vec::new")                                    \
  X(VecWithCapacity, "Vec::with_capacity")                 \
  X(BoxNew, "Box::new")                                    \
  X(BoxLeak, "Box::leak")                                  \
  X(Drop, "drop")                                          \
  X(MemSwap, "std::mem::swap")                             \
  X(MemReplace, "std::mem::replace")                       \
  X(MemTake, "std::mem::take")                             \
  X(MemForget, "std::mem::forget")                         \
  X(MemDrop, "std::mem::drop")                             \
  X(SizeOf, "std::mem::size_of")                           \
  X(AlignOf, "std::mem::align_of")                         \
  X(SizeOfVal, "std::mem::size_of_val")                    \
  X(IoStdin, "std::io::stdin")                             \
  X(Some, "Some")

enum class BuiltinFn : uint8_t {
#define SH_BUILTIN_FN_ENUM(name, path) name,
  SH_BUILTIN_FNS(SH_BUILTIN_FN_ENUM)
#undef SH_BUILTIN_FN_ENUM
};

// Methods, reached by `receiver.name(...)`. The receiver kind is part of the
// id so the interpreter never asks what it is looking at.
#define SH_BUILTIN_METHODS(X)                              \
  X(VecPush, "push")                                       \
  X(VecPop, "pop")                                         \
  X(VecLen, "len")                                         \
  X(VecCapacity, "capacity")                               \
  X(VecIsEmpty, "is_empty")                                \
  X(VecClear, "clear")                                     \
  X(VecTruncate, "truncate")                               \
  X(VecInsert, "insert")                                   \
  X(VecRemove, "remove")                                   \
  X(VecReserve, "reserve")                                 \
  X(VecShrinkToFit, "shrink_to_fit")                       \
  X(VecGet, "get")                                         \
  X(VecContains, "contains")                               \
  X(VecFirst, "first")                                     \
  X(VecLast, "last")                                       \
  X(VecIter, "iter")                                       \
  X(VecExtendFromSlice, "extend_from_slice")               \
  X(StringPush, "push")                                    \
  X(StringPushStr, "push_str")                             \
  X(StringLen, "len")                                      \
  X(StringCapacity, "capacity")                            \
  X(StringIsEmpty, "is_empty")                             \
  X(StringAsStr, "as_str")                                 \
  X(StringClear, "clear")                                  \
  X(StringReserve, "reserve")                              \
  X(StringShrinkToFit, "shrink_to_fit")                    \
  X(StrLen, "len")                                         \
  X(StrIsEmpty, "is_empty")                                \
  X(StrToString, "to_string")                              \
  X(StrChars, "chars")                                     \
  X(Clone, "clone")                                        \
  X(OptionUnwrap, "unwrap")                                \
  X(OptionIsSome, "is_some")                               \
  X(OptionIsNone, "is_none")                               \
  X(IntAbs, "abs")                                         \
  X(IntPow, "pow")                                         \
  X(IntMin, "min")                                         \
  X(IntMax, "max")                                         \
  X(ToStringOf, "to_string")                               \
  X(VecIterMut, "iter_mut")                                \
  X(VecSort, "sort")                                       \
  X(VecReverse, "reverse")                                 \
  X(VecSwap, "swap")                                       \
  X(VecDedup, "dedup")                                     \
  X(VecGetMut, "get_mut")                                  \
  X(VecFirstMut, "first_mut")                              \
  X(VecLastMut, "last_mut")                                \
  X(VecReserveExact, "reserve_exact")                      \
  X(VecJoin, "join")                                       \
  X(StrContains, "contains")                               \
  X(StrStartsWith, "starts_with")                          \
  X(StrEndsWith, "ends_with")                              \
  X(StrTrim, "trim")                                       \
  X(StrToUppercase, "to_uppercase")                        \
  X(StrToLowercase, "to_lowercase")                        \
  X(StrReplace, "replace")                                 \
  X(StrSplitWhitespace, "split_whitespace")                \
  X(StrBytes, "bytes")                                     \
  X(StringInsert, "insert")                                \
  X(StringPop, "pop")                                      \
  X(StringRemove, "remove")                                \
  X(OptionExpect, "expect")                                \
  X(OptionUnwrapOr, "unwrap_or")                           \
  X(OptionTake, "take")                                    \
  X(IterRev, "rev")                                        \
  X(IterEnumerate, "enumerate")                            \
  X(IterCount, "count")                                    \
  X(IterNth, "nth")                                        \
  X(IterSum, "sum")                                        \
  X(IterMax, "max")                                        \
  X(IterMin, "min")                                        \
  X(StrAsBytes, "as_bytes")                                \
  X(StrParse, "parse")                                     \
  X(StdinReadLine, "read_line")                            \
  X(ResultUnwrap, "unwrap")                                \
  X(ResultExpect, "expect")                                \
  X(ResultIsOk, "is_ok")                                   \
  X(ResultIsErr, "is_err")                                 \
  X(ResultUnwrapOr, "unwrap_or")                           \
  X(CharLenUtf8, "len_utf8")                               \
  X(CharIsAlphabetic, "is_alphabetic")                     \
  X(CharIsNumeric, "is_numeric")                           \
  X(CharIsWhitespace, "is_whitespace")                     \
  X(CharIsUppercase, "is_uppercase")                       \
  X(CharIsLowercase, "is_lowercase")                       \
  X(CharToAsciiUppercase, "to_ascii_uppercase")            \
  X(CharToAsciiLowercase, "to_ascii_lowercase")

enum class BuiltinMethod : uint8_t {
#define SH_BUILTIN_METHOD_ENUM(name, text) name,
  SH_BUILTIN_METHODS(SH_BUILTIN_METHOD_ENUM)
#undef SH_BUILTIN_METHOD_ENUM
};

const char* builtinFnPath(BuiltinFn f);
const char* builtinMethodName(BuiltinMethod m);

}  // namespace sh
