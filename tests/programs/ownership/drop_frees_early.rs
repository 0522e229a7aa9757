// `drop(x)` frees a String before the end of its scope.
fn main() {
    let a = String::from("first");
    let b = String::from("second");
    println!("{} {}", a, b);
    drop(a);
    println!("a is gone, b = {}", b);
}
// expect: first second
// expect: a is gone, b = second
