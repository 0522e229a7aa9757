// A `&mut` taken before a loop and used inside it conflicts with pushing through the Vec itself, error E0499.
fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    for i in 0..3 {
        v.push(i);
        r.push(i * 10);
    }
    println!("{:?}", v);
}
// error: E0499 at 6:9
