// `for (name, n) in &mut v` binds `name: &mut String` and `n: &mut i32`, so the loop can change the Vec's elements.
fn main() {
    let mut v = vec![(String::from("ann"), 3), (String::from("bob"), 5)];
    for (name, n) in &mut v {
        name.push('!');
        *n *= 10;
    }
    println!("{:?}", v);
}
// expect: [("ann!", 30), ("bob!", 50)]
