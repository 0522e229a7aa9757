// A method without `pub` can be called inside its module only: from outside it is E0624.
mod counter {
    pub struct Counter {
        pub count: u32,
    }

    impl Counter {
        pub fn new() -> Counter {
            Counter { count: 0 }
        }

        fn reset(&mut self) {
            self.count = 0;
        }
    }
}

fn main() {
    let mut c = counter::Counter::new();
    c.count += 1;
    c.reset();
}
// error: E0624 at 21:7
