// A borrow that is only used on one branch of an `if` does not block a push on the other branch.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    if v.len() > 5 {
        println!("first is {}", first);
    } else {
        v.push(4);
    }
    println!("{:?}", v);
}
// expect: [1, 2, 3, 4]
