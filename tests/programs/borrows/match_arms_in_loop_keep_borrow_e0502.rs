// In a loop, the reference kept from before the loop is read by one arm and the other arm pushes: the next iteration can reach the read after the push, so rustc rejects it (E0502).
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    for i in 0..3 {
        match i % 2 {
            0 => v.push(i),
            _ => println!("{}", first),
        }
    }
}
// error: E0502 at 7:18
