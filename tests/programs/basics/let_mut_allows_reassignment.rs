// A `let mut` binding can be assigned a new value of the same type.
fn main() {
    let mut count = 1;
    println!("{}", count);
    count = 10;
    println!("{}", count);
    count = count * 3;
    println!("{}", count);
}
// expect: 1
// expect: 10
// expect: 30
