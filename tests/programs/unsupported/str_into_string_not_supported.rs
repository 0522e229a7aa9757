// `"text".into()` for a String is named as not supported, never an E0599 saying str has no `into`.
let s: String = "hello".into();
println!("{s}");
// expect: hello
// unsupported: `.into()`
