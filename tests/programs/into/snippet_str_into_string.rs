// `"hello".into()` in a snippet, with the let naming String, is std's From<&str>.
let s: String = "hello".into();
println!("{s}");
// expect: hello
