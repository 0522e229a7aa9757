// A `ref` binding in a `let` pattern borrows the temporary itself, which then lives to the end of the block with all its parts.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    {
        let (ref first, _) = (Noisy("first"), Noisy("second"));
        println!("holding {}", first.0);
    }
    let ref text = String::from("borrowed");
    println!("{text}");
}
// expect: holding first
// expect: drop first
// expect: drop second
// expect: borrowed
