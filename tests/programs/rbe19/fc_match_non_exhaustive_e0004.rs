// A match on an i32 without a catch-all arm is E0004.
fn main() {
    let number = 13;
    match number {
        1 => println!("One!"),
        2..=10 => println!("small"),
        11..=19 => println!("teen"),
    }
}
// error: E0004 at 4:11
