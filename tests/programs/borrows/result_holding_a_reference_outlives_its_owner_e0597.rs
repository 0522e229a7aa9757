// A `Result` holding a reference holds its borrow: `r = Ok(&s)` with `s` dropped before `r` is printed is E0597 (the engine once read the freed String).
let r: Result<&str, i32>;
{
    let s = String::from("hi");
    r = Ok(&s);
}
println!("{:?}", r);
// error: E0597 at 5:12
