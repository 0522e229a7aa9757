// `w[3] = value` evaluates the value before the place: when indexing panics, the new value is dropped first, then the Vec.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut w = vec![Noisy("w")];
    w[3] = Noisy("assigned");
}

// expect: drop assigned
// expect: drop w
// panic: index out of bounds: the len is 1 but the index is 3
// panic-at: 12:6
