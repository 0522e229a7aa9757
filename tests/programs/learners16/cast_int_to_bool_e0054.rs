// `n as bool` on an integer: E0054 (compare with `n != 0` instead).
fn main() {
    let n = 3;
    let t = n as bool;
    println!("{}", t);
}
// error: E0054 at 4:13
