// `&[1, 2, 3]` is promoted to a static by rustc, so a function may return it as `&'static [u8; 3]` and the caller reads 1, 2, 3 (the engine read a dead stack temporary and printed zeros).
fn digits() -> &'static [u8; 3] {
    &[1, 2, 3]
}
fn main() {
    let d = digits();
    let s: &[u8] = &[4, 5];
    println!("{:?} {:?} {}", d, s, d.len());
}
// expect: [1, 2, 3] [4, 5] 3
