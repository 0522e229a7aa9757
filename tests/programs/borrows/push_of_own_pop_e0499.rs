// `v.push(v.pop().unwrap())`: push reserves `&mut v` first, so the argument's own `&mut v` for pop is a second one (E0499).
fn main() {
    let mut v = vec![1, 2];
    v.push(v.pop().unwrap());
    println!("{:?}", v);
}
// error: E0499 at 4:12
