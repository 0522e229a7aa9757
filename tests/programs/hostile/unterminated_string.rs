// An unclosed string swallows the next line up to its first quote; the quote after that never ends (E0765).
let s = "this string never ends;
println!("{}", s);
// error: E0765 at 3:13
