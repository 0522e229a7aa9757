// std::process::exit ends the process at once with its status: no Drop impl runs and nothing is freed, in this frame or its callers'.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn leave(code: i32) {
    let _inner = Noisy("inner");
    let _text = String::from("not freed");
    println!("exiting with {}", code);
    std::process::exit(code);
}

fn main() {
    let _a = Noisy("a");
    let _v = vec![1, 2, 3];
    leave(3);
}

// expect: exiting with 3
// exit: 3
