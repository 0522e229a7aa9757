// impl<T: Display + PartialOrd> Pair<T> gives cmp_display only to such T, and a where clause with Display + Clone and Clone + Debug.
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

fn some_function<T, U>(t: &T, u: &U) -> String
where
    T: Display + Clone,
    U: Clone + std::fmt::Debug,
{
    format!("{} {:?}", t.clone(), u.clone())
}

fn main() {
    Pair::new(3, 7).cmp_display();
    Pair::new("b", "a").cmp_display();
    println!("{}", some_function(&5, &vec![1, 2]));
}
// expect: The largest member is y = 7
// expect: The largest member is x = b
// expect: 5 [1, 2]
