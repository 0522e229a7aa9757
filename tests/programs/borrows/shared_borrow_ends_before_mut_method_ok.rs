// A shared borrow of a struct that is done before a `&mut self` call is accepted.
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
    println!("{}", r.count);
    c.bump();
    println!("{}", c.count);
}
// expect: 0
// expect: 1
