// Conditionally implemented methods: Pair<T>::cmp_display only where T: Display + PartialOrd.
use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

fn main() {
    let p = Pair::new(3, 7);
    p.cmp_display();
    let q = Pair::new("zebra", "ant");
    q.cmp_display();
    let r = Pair::new(2.5, 2.5);
    r.cmp_display();
}
// expect: The largest member is y = 7
// expect: The largest member is x = zebra
// expect: The largest member is x = 2.5
