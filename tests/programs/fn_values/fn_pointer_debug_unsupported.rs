// `{:?}` of a `fn` pointer prints its address, which the engine does not make as rustc does: not supported yet.
fn one() -> i32 {
    1
}

fn main() {
    let f: fn() -> i32 = one;
    let s = format!("{:?}", f);
    println!("{}", s.starts_with("0x"));
}
// expect: true
// unsupported: formatting a function pointer
