// Calling c.drop() by hand is E0040.
struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop");
    }
}

fn main() {
    let c = Noisy;
    c.drop();
}
// error: E0040 at 12:7
