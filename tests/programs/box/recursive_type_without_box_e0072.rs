// A struct that contains itself directly has infinite size: error E0072; Box fixes it.
struct Node {
    value: i32,
    next: Option<Node>,
}

fn main() {
    let n = Node { value: 1, next: None };
    println!("{}", n.value);
}
// error: E0072 at 2:1
