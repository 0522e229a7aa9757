// `let (a, b) = &pair;` binds references into the pair; `mut` on a binding resets the mode to a copy.
fn main() {
    let pair = (String::from("left"), 7);
    let (a, b) = &pair;
    let s: &String = a;
    let n: &i32 = b;
    println!("{} {}", s, n);
    let (_, mut m) = &pair;
    m += 1;
    println!("{} {}", m, pair.1);
    println!("{}", pair.0);
}
// expect: left 7
// expect: 8 7
// expect: left
