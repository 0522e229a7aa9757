// A `for` that is main's tail drops its head's temporaries as the loop ends, before main's variables (it is lowered as `let result = match ..; result`).
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn items(&self) -> Vec<i32> {
        vec![1, 2]
    }
}

fn main() {
    let _outer = Noisy("outer");
    for x in Noisy("head").items() {
        println!("{}", x);
    }
}
// expect: 1
// expect: 2
// expect: drop head
// expect: drop outer
