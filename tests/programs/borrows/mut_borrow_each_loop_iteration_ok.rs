// A `&mut` taken inside a loop body ends each iteration, so the next iteration can take it again.
fn main() {
    let mut v = Vec::new();
    for i in 0..3 {
        let r = &mut v;
        r.push(i * 2);
    }
    println!("{:?}", v);
}
// expect: [0, 2, 4]
