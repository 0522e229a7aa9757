// A function returning impl Trait, and a generic function with a where clause using two bounds.
use std::fmt::{Debug, Display};

trait Describe {
    fn describe(&self) -> String;
}

#[derive(Debug, Clone)]
struct Cat {
    name: String,
    lives: u8,
}

impl Describe for Cat {
    fn describe(&self) -> String {
        format!("{} the cat with {} lives", self.name, self.lives)
    }
}

fn make_cat() -> impl Describe {
    Cat { name: String::from("Tom"), lives: 9 }
}

fn show_both<T, U>(t: &T, u: &U) -> usize
where
    T: Display + Clone,
    U: Clone + Debug,
{
    println!("t = {}, u = {:?}", t, u);
    let t2 = t.clone();
    format!("{}", t2).len()
}

fn main() {
    let c = make_cat();
    println!("{}", c.describe());
    let felix = Cat { name: String::from("Felix"), lives: 3 };
    let n = show_both(&42, &felix);
    println!("n = {}", n);
    let n = show_both(&String::from("hey"), &vec![1, 2]);
    println!("n = {}", n);
}
// expect: Tom the cat with 9 lives
// expect: t = 42, u = Cat { name: "Felix", lives: 3 }
// expect: n = 2
// expect: t = hey, u = [1, 2]
// expect: n = 3
