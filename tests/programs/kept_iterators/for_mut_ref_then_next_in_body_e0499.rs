// The loop holds `&mut it` while it runs: calling `it.next()` in its body is error E0499.
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    for x in &mut it {
        println!("{} {:?}", x, it.next());
    }
}
// error: E0499 at 6:32
