// `String::len(s)` passes the String where `&String` is expected: E0308 at the argument.
let s = String::from("hi");
let n = String::len(s);
println!("{}", n);
// error: E0308 at 3:21
