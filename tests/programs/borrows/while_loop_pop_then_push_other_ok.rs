// A `while` loop can pop from one Vec and push to another without any borrow conflict.
fn main() {
    let mut stack = vec![1, 2, 3];
    let mut out = Vec::new();
    while let Some(top) = stack.pop() {
        out.push(top * 10);
    }
    println!("{:?} {:?}", stack, out);
}
// expect: [] [30, 20, 10]
