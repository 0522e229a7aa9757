// `(1..4).rev()` counts down: 3, 2, 1.
fn main() {
    for number in (1..4).rev() {
        println!("{number}!");
    }
    println!("LIFTOFF!!!");
}
// expect: 3!
// expect: 2!
// expect: 1!
// expect: LIFTOFF!!!
