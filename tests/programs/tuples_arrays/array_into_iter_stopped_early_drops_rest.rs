// Leaving a loop over an array's into_iter early drops the elements it did not hand out, in order.
struct Noisy(u8);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let a = [Noisy(1), Noisy(2), Noisy(3)];
    for n in a.into_iter() {
        println!("got {}", n.0);
        if n.0 == 1 {
            break;
        }
    }
    println!("after");
}
// expect: got 1
// expect: drop 1
// expect: drop 2
// expect: drop 3
// expect: after
