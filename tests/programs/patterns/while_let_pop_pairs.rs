// `while let Some((a, b)) = stack.pop()` takes pairs off a Vec until it is empty, destructuring each.
fn main() {
    let mut stack = vec![(1, 2), (3, 4), (5, 6)];
    let mut total = 0;
    while let Some((a, b)) = stack.pop() {
        println!("{a} * {b}");
        total += a * b;
    }
    println!("{total} {}", stack.len());
}
// expect: 5 * 6
// expect: 3 * 4
// expect: 1 * 2
// expect: 44 0
