// `&Box<Vec<i32>>`, `&Rc<String>` and `&mut Box<Vec<i32>>` coerce to `&[i32]`, `&str` and `&mut [i32]` through the pointer's target.
use std::rc::Rc;

fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn zero_first(v: &mut [i32]) {
    v[0] = 0;
}

fn count(s: &str) -> usize {
    s.chars().count()
}

fn main() {
    let mut b = Box::new(vec![1, 2, 3]);
    println!("{}", total(&b));
    zero_first(&mut b);
    let rb = &b;
    println!("{} {:?}", total(rb), b);
    let name = Rc::new(String::from("héllo"));
    let other = Rc::clone(&name);
    println!("{} {}", count(&name), count(&other));
}
// expect: 6
// expect: 5 [0, 2, 3]
// expect: 5 5
