// `chars().rev()` walks the characters backwards to build a reversed String.
fn main() {
    let s = "stressed";
    let mut out = String::new();
    for c in s.chars().rev() {
        out.push(c);
    }
    println!("{}", out);
}
// expect: desserts
