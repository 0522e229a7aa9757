// Box::leak gives a &'static mut to the boxed Vec: its buffer and its box are never freed.
fn main() {
    let v: &'static mut Vec<i32> = Box::leak(Box::new(vec![1, 2]));
    v.push(3);
    println!("{:?}", v);
}
// expect: [1, 2, 3]
