// A `&mut` made and last used inside one iteration is gone before the next: a new one each time is fine.
fn main() {
    let mut s = String::new();
    let mut lengths = Vec::new();
    for c in ['a', 'b', 'c'] {
        let r = &mut s;
        r.push(c);
        lengths.push(r.len());
    }
    println!("{} {:?}", s, lengths);
}
// expect: abc [1, 2, 3]
