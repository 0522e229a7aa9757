// Calling a &mut self method on a binding that is not `mut` is E0596.
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let c = Counter { n: 0 };
    c.bump();
    println!("{}", c.n);
}
// error: E0596 at 14:5
