// vec! with an element that panics drops the elements before it, last first, and frees the buffer it had allocated.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn boom() -> Noisy {
    panic!("element {}", 3)
}

fn main() {
    let v = vec![Noisy(String::from("v1")), Noisy(String::from("v2")), boom()];
    println!("never {}", v.len());
}

// expect: drop v2
// expect: drop v1
// panic: element 3
// panic-at: 11:5
