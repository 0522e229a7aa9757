// A Drop impl that panics while a panic unwinds: its own frame and its value's other fields unwind, then the process aborts (a panic in a destructor during cleanup).
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 == "p" {
            let _inner = Noisy("inner");
            panic!("in drop {}", self.0);
        }
    }
}

struct Wrapper {
    first: Noisy,
    second: Noisy,
}

fn main() {
    let a = Noisy("a");
    let w = Wrapper { first: Noisy("p"), second: Noisy("second") };
    let c = Noisy("c");
    panic!("first");
}

// expect: drop c
// expect: drop p
// expect: drop inner
// expect: drop second
// abort: panic in a destructor during cleanup
