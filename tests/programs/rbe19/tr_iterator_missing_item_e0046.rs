// An Iterator impl without `type Item` is E0046.
struct Counter {
    n: u32,
}

impl Iterator for Counter {
    fn next(&mut self) -> Option<u32> {
        self.n += 1;
        Some(self.n)
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    println!("{:?}", c.next());
}
// error: E0046 at 6:1
