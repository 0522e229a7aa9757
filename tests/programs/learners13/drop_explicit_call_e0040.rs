// Calling the destructor by hand, g.drop(), is E0040.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("bye");
    }
}

fn main() {
    let mut g = Guard;
    g.drop();
}
// error: E0040 at 12:7
