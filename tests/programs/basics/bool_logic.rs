// `&&`, `||` and `!` combine booleans.
fn main() {
    let t = true;
    let f = false;
    println!("{} {} {}", t && f, t || f, !t);
    println!("{}", !(t && f) || f);
}
// expect: false true false
// expect: true
