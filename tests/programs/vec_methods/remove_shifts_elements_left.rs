// `remove(i)` takes out the element at i and shifts the later ones left.
fn main() {
    let mut v = vec!['a', 'b', 'c', 'd'];
    let removed = v.remove(1);
    println!("{} {:?}", removed, v);
}
// expect: b ['a', 'c', 'd']
