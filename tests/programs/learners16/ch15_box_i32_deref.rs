// let b = Box::new(5); printing b and *b + 1, and comparing with assert_eq.
fn main() {
    let b = Box::new(5);
    println!("b = {}", b);
    let x = 5;
    let y = Box::new(x);
    assert_eq!(5, x);
    assert_eq!(5, *y);
    println!("{}", *y + 1);
}
// expect: b = 5
// expect: 6
