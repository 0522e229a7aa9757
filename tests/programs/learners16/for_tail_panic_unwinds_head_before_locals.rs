// A panic in the body of a `for` that is main's tail drops the loop's head temporary before main's variables.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn items(&self) -> Vec<i32> {
        vec![1, 0]
    }
}

fn main() {
    let _outer = Noisy("outer");
    for x in Noisy("head").items() {
        println!("{}", 10 / x);
    }
}
// expect: 10
// expect: drop head
// expect: drop outer
// panic: attempt to divide by zero
// panic-at: 19:24
