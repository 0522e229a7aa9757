// `n as String`: the target is no primitive, E0605 (to_string is the way).
fn main() {
    let n = 42;
    let s = n as String;
    println!("{}", s);
}
// error: E0605 at 4:13
