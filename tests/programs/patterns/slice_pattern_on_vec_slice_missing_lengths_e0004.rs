// A slice pattern match on `v.as_slice()` must cover every length: rustc lists `&[_]` and `&[_, _, _, ..]` as missing (E0004).
let v = vec![1];
match v.as_slice() {
    [] => println!("none"),
    [a, b] => println!("{} {}", a, b),
}
// error: E0004 at 3:7
