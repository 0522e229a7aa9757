// Assigning to a field in a method taking `&self` is error E0594.
struct Counter {
    count: i32,
}

impl Counter {
    fn bump(&self) {
        self.count += 1;
    }
}

fn main() {
    let c = Counter { count: 0 };
    c.bump();
    println!("{}", c.count);
}
// error: E0594 at 8:9
