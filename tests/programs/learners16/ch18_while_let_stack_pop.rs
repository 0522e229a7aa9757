// while let Some(top) = stack.pop() draining a Vec as a stack.
fn main() {
    let mut stack = Vec::new();
    stack.push(1);
    stack.push(2);
    stack.push(3);
    while let Some(top) = stack.pop() {
        println!("{}", top);
    }
    println!("empty: {} cap {}", stack.is_empty(), stack.capacity());
}
// expect: 3
// expect: 2
// expect: 1
// expect: empty: true cap 4
