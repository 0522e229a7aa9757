// `for s in v.iter_mut()` hands out `&mut` items that `refs` keeps, so `v.clear()` after the loop is rustc's E0499 at the clear: the iterable is made once, before the loop, not again at each round (the engine crashed, then reported it at `v.iter_mut()`).
fn main() {
    let mut v = vec![String::from("x"), String::from("y")];
    let mut refs: Vec<&String> = Vec::new();
    for s in v.iter_mut() {
        refs.push(s);
    }
    v.clear();
    println!("{:?}", refs);
}
// error: E0499 at 8:5
