// A byte that is not UTF-8 inside a string literal: the file is refused before lexing, as rustc refuses it.
let s = "abcÿ";
println!("{}", s);
// error: "stream did not contain valid UTF-8" at 2:13
