// Calling c.drop() explicitly: E0040 explicit use of destructor method.
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
