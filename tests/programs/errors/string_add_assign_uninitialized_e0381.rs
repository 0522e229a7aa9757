// `+=` on a String declared without a value is only E0381: rustc does not complain about borrowing mutably a binding that never had a value.
let s: String;
s += "b";
// error: E0381 at 3:1
