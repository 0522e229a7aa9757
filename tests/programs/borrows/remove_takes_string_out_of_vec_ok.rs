// `v.remove(0)` takes ownership of an element out of the Vec, which indexing cannot do.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let s = v.remove(0);
    println!("{} {:?}", s, v);
}
// expect: a ["b"]
