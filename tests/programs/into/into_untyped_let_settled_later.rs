// `let n = x.into();` typed only by a later `let m: i64 = n;`: rustc converts by std's From<u8> for i64, and so does the engine once the target settles.
fn main() {
    let x: u8 = 5;
    let n = x.into();
    let m: i64 = n;
    println!("{}", m);
}
// expect: 5
