// A 'static field given `&String::from("t")`: the let extends the temporary to the block's end, still not 'static: E0716 at the temporary.
struct S {
    r: &'static str,
}
fn main() {
    let s = S { r: &String::from("t") };
    println!("{}", s.r);
}
// error: E0716 at 6:21
