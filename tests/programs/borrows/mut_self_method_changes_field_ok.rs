// A method taking `&mut self` can change a field of a `let mut` struct.
struct Counter {
    count: i32,
}

impl Counter {
    fn bump(&mut self) {
        self.count += 1;
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    c.bump();
    c.bump();
    println!("{}", c.count);
}
// expect: 2
