// `a.cmp(b)` inside max_by over a Vec of untyped integers: Self is the integer, and `b: &&{integer}` derefs to `&{integer}` as rustc's coercion does (it was a false E0308).
use std::cmp::Ordering;

fn main() {
    let v = vec![10, 40, 30, 20];
    let m = v.iter().max_by(|a, b| a.cmp(b));
    let n = v.iter().min_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?} {:?}", m, n);
    let refs: Vec<_> = v.iter().collect();
    let deepest = refs.iter().max_by(|a, b| a.cmp(b));
    println!("{:?}", deepest);
    let bigger = v.iter().filter(|x| x.cmp(&&15) == Ordering::Greater).count();
    let f = vec![1.5, 0.5];
    let fm = f.iter().max_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{} {:?}", bigger, fm);
}
// expect: Some(40) Some(10)
// expect: Some(40)
// expect: 3 Some(1.5)
