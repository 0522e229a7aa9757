// A guard `if cond` after a pattern adds an extra condition to the arm.
fn main() {
    for n in [-5, 0, 4, 7] {
        match n {
            x if x < 0 => println!("{} is negative", x),
            0 => println!("zero"),
            x if x % 2 == 0 => println!("{} is even", x),
            x => println!("{} is odd", x),
        }
    }
}
// expect: -5 is negative
// expect: zero
// expect: 4 is even
// expect: 7 is odd
