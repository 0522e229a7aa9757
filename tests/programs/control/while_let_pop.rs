// `while let Some(top) = stack.pop()` empties a Vec from the back.
fn main() {
    let mut stack = Vec::new();
    stack.push(1);
    stack.push(2);
    stack.push(3);
    while let Some(top) = stack.pop() {
        println!("{top}");
    }
    println!("empty: {}", stack.is_empty());
}
// expect: 3
// expect: 2
// expect: 1
// expect: empty: true
