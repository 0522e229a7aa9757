// A method taking self by value whose argument panics drops the receiver it already moved out, after the argument's own temporaries.
struct Noisy(&'static str);

impl Noisy {
    fn join(self, other: Noisy) -> String {
        format!("{}{}", self.0, other.0)
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(n: u32) -> Noisy {
    let _local = Noisy("local");
    if n > 1 {
        panic!("make {}", n);
    }
    Noisy("made")
}

fn main() {
    let first = Noisy("first");
    let joined = first.join(make(2));
    println!("never {}", joined);
}

// expect: drop local
// expect: drop first
// panic: make 2
// panic-at: 19:9
