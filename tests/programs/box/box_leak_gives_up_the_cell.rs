// Box::leak gives the heap cell up for good: the returned &'static mut can be used to the end, and the cell is never freed.
fn main() {
    let b = Box::new(vec![1, 2]);
    let v: &'static mut Vec<i32> = Box::leak(b);
    v.push(3);
    println!("{:?}", v);
}
// expect: [1, 2, 3]
