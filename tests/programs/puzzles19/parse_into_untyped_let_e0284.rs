// `let n = line.parse().unwrap();` with nothing else saying what n is: E0284 at the binding, where rustc wants `n: T`.
fn main() {
    for line in "4\n5".lines() {
        let n = line.parse().unwrap();
        println!("{}", n);
    }
}
// error: E0284 at 4:13
