// A `'static` annotation holds for what is static already: a literal, a slice of one through a `&'static str`, a promoted array, an element read out of a Vec of literals.
fn main() {
    let a: &'static str = "xyz";
    let b: &'static str = &a[1..];
    let c: &'static [i32] = &[1, 2];
    let v: Vec<&'static str> = vec!["p", "q"];
    let w: &'static str = v[0];
    println!("{} {} {:?} {}", a, b, c, w);
}
// expect: xyz yz [1, 2] p
