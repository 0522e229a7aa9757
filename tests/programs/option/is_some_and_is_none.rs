// `.is_some()` and `.is_none()` test an Option without taking its value.
fn main() {
    let a = Some(3);
    let b: Option<i32> = None;
    println!("{} {}", a.is_some(), a.is_none());
    println!("{} {}", b.is_some(), b.is_none());
}
// expect: true false
// expect: false true
