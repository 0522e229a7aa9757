// `self.n` inside an associated function that has no `self` parameter is rustc's E0424 ("expected value, found module `self`"), not E0425.
struct Counter {
    n: i32,
}

impl Counter {
    fn get() -> i32 {
        self.n
    }
}

fn main() {
    let c = Counter { n: 1 };
    println!("{}", c.n + Counter::get());
}
// error: E0424 at 8:9
