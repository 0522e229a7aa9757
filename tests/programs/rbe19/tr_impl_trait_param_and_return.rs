// impl Trait as an argument type and as a return type (a chain of iterator adapters).
use std::fmt::Display;

fn show_all(items: impl Iterator<Item = i32>) {
    for i in items {
        print!("{} ", i);
    }
    println!();
}

fn combine_vecs(v: Vec<i32>, u: Vec<i32>) -> impl Iterator<Item = i32> {
    v.into_iter().chain(u.into_iter()).cycle()
}

fn describe(x: impl Display) -> String {
    format!("<{}>", x)
}

fn make_adder_function(y: i32) -> impl Fn(i32) -> i32 {
    let closure = move |x: i32| x + y;
    closure
}

fn main() {
    show_all(vec![1, 2, 3].into_iter());
    let v1 = vec![1, 2, 3];
    let v2 = vec![4, 5];
    let mut v3 = combine_vecs(v1, v2);
    for _ in 0..7 {
        print!("{:?} ", v3.next());
    }
    println!();
    println!("{}", describe(5));
    let plus_one = make_adder_function(1);
    assert_eq!(plus_one(2), 3);
    println!("{}", plus_one(41));
}
// expect: 1 2 3 
// expect: Some(1) Some(2) Some(3) Some(4) Some(5) Some(1) Some(2) 
// expect: <5>
// expect: 42
// unsupported: `cycle` of this iterator
