// `let (_, (s, n)) = v;` moves `v.1.0` alone, so a later `let (t, _) = v;` may still move `v.0`.
fn main() {
    let v = (String::from("outer"), (String::from("inner"), 7));
    let (_, (s, n)) = v;
    let (t, _) = v;
    println!("{} {} {}", s, n, t);
}
// expect: inner 7 outer
