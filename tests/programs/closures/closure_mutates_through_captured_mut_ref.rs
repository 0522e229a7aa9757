// A closure calling a `&mut self` method through a captured `&mut Vec` takes a unique borrow of the Vec: `r` needs no `mut`, the closure is FnMut.
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let mut push = |x: i32| r.push(x);
    push(2);
    push(3);
    println!("{:?}", v);
}
// expect: [1, 2, 3]
