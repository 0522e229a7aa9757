// `str::len(&s)` with `s: String`: the argument `&String` is coerced to `&str`.
let s = String::from("héllo");
println!("{}", str::len(&s));
// expect: 6
