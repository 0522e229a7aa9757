// Two live results of a method returning `&mut` into the same struct are error E0499.
struct Counter {
    count: i32,
}

impl Counter {
    fn count_mut(&mut self) -> &mut i32 {
        &mut self.count
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    let a = c.count_mut();
    let b = c.count_mut();
    *a += 1;
    *b += 1;
    println!("{}", c.count);
}
// error: E0499 at 15:13
