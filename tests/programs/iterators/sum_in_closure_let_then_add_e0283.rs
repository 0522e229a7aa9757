// Inside a closure, an unannotated `sum()` then `+ 1` is still ambiguous: E0283 at the inner `let`.
fn main() {
    let v = vec![1, 2, 3];
    let f = |w: &Vec<i32>| {
        let t = w.iter().sum();
        t + 1
    };
    println!("{}", f(&v));
}
// error: E0283 at 5:13
