// A kept `v.into_iter().enumerate()` owns the Vec's buffer: `next` moves one String out, dropping the Enumerate drops the rest and frees the buffer.
fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut e = v.into_iter().enumerate();
    println!("{:?}", e.next());
    println!("{:?}", e);
}
// expect: Some((0, "a"))
// expect: Enumerate { iter: IntoIter(["b", "c"]), count: 1 }
