// dbg!(a, b) writes a line for each value and evaluates to the tuple (a, b); dbg!() writes the location alone.
fn main() {
    let x = 4;
    let (double, word) = dbg!(x * 2, "four");
    dbg!();
    println!("{} {}", double, word);
}
// expect: 8 four
// stderr: [main.rs:4:26] x * 2 = 8
// stderr: [main.rs:4:26] "four" = "four"
// stderr: [main.rs:5:5]
