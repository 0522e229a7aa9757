// Method calls through `r: &mut Vec` each reborrow `*r` only while their results are used, so taking turns is accepted.
fn main() {
    let mut v = vec![3, 1, 2];
    let r = &mut v;
    r.push(r.len());
    let first = r.first().copied();
    r.sort();
    let a = &*r;
    let n = r.len();
    println!("{:?} {} {:?}", first, n, a);
    r.push(7);
    println!("{:?}", r);
}
// expect: Some(3) 4 [1, 2, 3, 3]
// expect: [1, 2, 3, 3, 7]
