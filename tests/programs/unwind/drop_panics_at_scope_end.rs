// A Drop impl that panics at a scope's end starts an unwinding: the value's other fields are still dropped, then the variables declared before it.
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
    println!("end");
}

// expect: end
// expect: drop c
// expect: drop p
// expect: drop inner
// expect: drop second
// expect: drop a
// panic: in drop p
// panic-at: 9:13
