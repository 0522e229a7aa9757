// `v.extend(v.iter().cloned())`: the iterator passed to extend borrows v and is still in use when extend takes `&mut v`, rustc's E0502 (from difftest seed 3022009503: the engine ran it).
fn main() {
    let mut v: Vec<bool> = vec![true];
    v.extend(v.iter().cloned());
    println!("{:?}", v);
}
// error: E0502 at 4:5
