// `{}` of a `&dyn Display` or `Box<dyn Display>` formats the concrete value, with the format's width.
use std::fmt::Display;

fn main() {
    let n = 5;
    let d: &dyn Display = &n;
    println!("{}", d);
    let b: Box<dyn Display> = Box::new(String::from("hi"));
    println!("[{:>4}]", b);
    let items: Vec<Box<dyn Display>> = vec![Box::new(1.5), Box::new('x'), Box::new(true)];
    for i in &items {
        println!("{}", i);
    }
}
// expect: 5
// expect: [  hi]
// expect: 1.5
// expect: x
// expect: true
