// Results of a method returning `&mut` can be taken again once the previous one is no longer used.
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
    *a += 1;
    let b = c.count_mut();
    *b += 1;
    println!("{}", c.count);
}
// expect: 2
