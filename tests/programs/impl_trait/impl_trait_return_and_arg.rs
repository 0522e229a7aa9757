// impl Trait returned from a function and taken as an argument, including an impl Display result and an impl Fn closure parameter.
use std::fmt::Display;

trait Animal {
    fn speak(&self) -> String;
}

struct Cat;

impl Animal for Cat {
    fn speak(&self) -> String {
        String::from("meow")
    }
}

fn pet() -> impl Animal {
    Cat
}

fn label(n: u32) -> impl Display {
    format!("#{}", n)
}

fn twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn loud(a: &impl Animal) -> String {
    a.speak().to_uppercase()
}

fn main() {
    let p = pet();
    println!("{} {}", p.speak(), loud(&p));
    println!("{}", label(9));
    println!("{}", twice(|x| x * 3, 2));
    println!("{}", std::mem::size_of_val(&p));
}
// expect: meow MEOW
// expect: #9
// expect: 18
// expect: 0
