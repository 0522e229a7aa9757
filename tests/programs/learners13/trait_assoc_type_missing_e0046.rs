// An Iterator impl without `type Item` is E0046.
struct Count(u32);

impl Iterator for Count {
    fn next(&mut self) -> Option<u32> {
        self.0 += 1;
        Some(self.0)
    }
}

fn main() {
    let c = Count(0);
    println!("{:?}", c.take(2).collect::<Vec<_>>());
}
// error: E0046 at 4:1
