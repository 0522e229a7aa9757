// An `impl` block for a type that is not defined is error E0425, at the type's name.
struct Counter {
    n: u32,
}

impl Countr {
    fn get(&self) -> u32 {
        self.n
    }
}

fn main() {
    let c = Counter { n: 1 };
    println!("{}", c.n);
}
// error: E0425 at 6:6
