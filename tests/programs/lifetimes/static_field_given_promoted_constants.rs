// 'static fields given what rustc promotes or points into the binary (`&5`, `&(2 + 3)`, `&"abc"[1..]`) are accepted.
struct S {
    r: &'static str,
    n: &'static i32,
}
fn main() {
    let s = S { r: &"abc"[1..], n: &5 };
    let t = S { r: "x", n: &(2 + 3) };
    println!("{} {} {} {}", s.r, s.n, t.r, t.n);
}
// expect: bc 5 x 5
