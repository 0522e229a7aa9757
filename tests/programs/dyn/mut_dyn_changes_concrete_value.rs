// A `&mut dyn Counter` calls `&mut self` methods through the vtable, changing the value it points at.
trait Counter {
    fn bump(&mut self);
    fn get(&self) -> u32;
}

struct Clicks {
    n: u32,
}

impl Counter for Clicks {
    fn bump(&mut self) {
        self.n += 1;
    }
    fn get(&self) -> u32 {
        self.n
    }
}

fn bump_twice(c: &mut dyn Counter) {
    c.bump();
    c.bump();
}

fn main() {
    let mut clicks = Clicks { n: 1 };
    bump_twice(&mut clicks);
    let c: &dyn Counter = &clicks;
    println!("{}", c.get());
    println!("{}", clicks.n);
}
// expect: 3
// expect: 3
