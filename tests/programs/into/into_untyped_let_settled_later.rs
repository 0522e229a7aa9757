// `let n = x.into();` typed only by a later `let m: i64 = n;`: rustc converts; the engine converts only where the target is written, so it says so at `into`.
fn main() {
    let x: u8 = 5;
    let n = x.into();
    let m: i64 = n;
    println!("{}", m);
}
// expect: 5
// unsupported: `.into()` into a type named only after it
