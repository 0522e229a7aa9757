// One `&mut` can be used for several pushes in a row.
fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    r.push(1);
    r.push(2);
    r.push(3);
    println!("{:?}", v);
}
// expect: [1, 2, 3]
