// A learner's Drop runs at scope end, last declared first, before the value's own fields are dropped.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {} ({} bytes)", self.name, self.name.len());
    }
}

fn main() {
    let _a = Noisy { name: String::from("first") };
    let _b = Noisy { name: String::from("second") };
    {
        let _c = Noisy { name: String::from("inner") };
        println!("inner scope ends");
    }
    println!("main ends");
}
// expect: inner scope ends
// expect: dropping inner (5 bytes)
// expect: main ends
// expect: dropping second (6 bytes)
// expect: dropping first (5 bytes)
