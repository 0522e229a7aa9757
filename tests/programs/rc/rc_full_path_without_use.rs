// std::rc::Rc can be named by its full path, no `use` needed.
fn main() {
    let a: std::rc::Rc<i64> = std::rc::Rc::new(-4);
    let b = std::rc::Rc::clone(&a);
    println!("{} {}", b, std::rc::Rc::strong_count(&a));
}
// expect: -4 2
