// A reference read after the `if` is live in both branches, so the push in one of them is error E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    if v.len() > 2 {
        v.push(4);
    } else {
        println!("{}", first);
    }
    println!("{}", first);
}
// error: E0502 at 6:9
