// A `while` loop counts down until its condition becomes false.
fn main() {
    let mut number = 3;
    while number != 0 {
        println!("{number}!");
        number -= 1;
    }
    println!("LIFTOFF!!!");
}
// expect: 3!
// expect: 2!
// expect: 1!
// expect: LIFTOFF!!!
