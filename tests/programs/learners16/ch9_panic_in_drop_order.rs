// A panic after two Drop values are made: the unwinding drops them in reverse order after the message.
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Noisy(1);
    let _b = Noisy(2);
    let v: Vec<u32> = Vec::new();
    println!("first is {}", v[0]);
}
// expect: drop 2
// expect: drop 1
// panic: index out of bounds: the len is 0 but the index is 0
// panic-at: 14:30
