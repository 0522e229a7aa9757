// `truncate(n)` keeps the first n elements and drops the rest; a bigger n does nothing.
fn main() {
    let mut v = vec![String::from("one"), String::from("two"), String::from("three")];
    v.truncate(1);
    println!("{:?} cap {}", v, v.capacity());
    v.truncate(5);
    println!("{:?}", v);
}
// expect: ["one"] cap 3
// expect: ["one"]
