// `while let` pops a Vec used as a stack until it is empty, and `for` destructures enumerate's pairs.
fn main() {
    let mut stack = Vec::new();
    stack.push(1);
    stack.push(2);
    stack.push(3);
    while let Some(top) = stack.pop() {
        println!("{}", top);
    }
    println!("left: {}", stack.len());

    let v = vec!['a', 'b', 'c'];
    for (index, value) in v.iter().enumerate() {
        println!("{} is at index {}", value, index);
    }
}
// expect: 3
// expect: 2
// expect: 1
// expect: left: 0
// expect: a is at index 0
// expect: b is at index 1
// expect: c is at index 2
