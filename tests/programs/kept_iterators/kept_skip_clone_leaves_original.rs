// A kept `skip` over a slice's Iter is Clone: the clone's `count` walks the copy, and the original still skips when pulled.
fn main() {
    let v = vec![10, 20, 30];
    let mut s = v.iter().skip(2);
    let n = s.clone().count();
    println!("{} {:?} {:?}", n, s.next(), s);
}
// expect: 1 Some(30) Skip { iter: Iter([]), n: 0 }
