// A chain opened on a kept iterator's clone walks the clone's items (it once walked none): `it.clone().count()` counts what is left.
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    it.next();
    println!("{}", it.clone().count());
    let s: i32 = it.clone().rev().sum();
    println!("{} {:?}", s, it);
}
// expect: 2
// expect: 5 Iter([2, 3])
