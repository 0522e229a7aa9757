// for i in &mut v { i += 50 } forgetting the `*`: E0368 binary assignment on &mut i32.
fn main() {
    let mut v = vec![100, 32, 57];
    for i in &mut v {
        i += 50;
    }
    println!("{:?}", v);
}
// error: E0368 at 5:9
