// `best = x` keeps a reference from `for x in &v` after the loop, so it holds v's borrow and `v.push(9)` before best is printed is rustc's E0502 (the engine ran it).
fn main() {
    let mut v = vec![3, 1, 2];
    let mut best = &0;
    for x in &v {
        if x > best {
            best = x;
        }
    }
    v.push(9);
    println!("{}", best);
}
// error: E0502 at 10:5
