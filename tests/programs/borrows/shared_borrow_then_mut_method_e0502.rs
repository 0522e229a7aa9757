// Calling a `&mut self` method while a shared borrow of the struct is still used is error E0502.
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
    let r = &c;
    c.bump();
    println!("{}", r.count);
}
// error: E0502 at 15:5
