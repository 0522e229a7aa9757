// A static without `mut` is immutable: assigning to it is rejected.
static COUNTER: i32 = 0;

fn main() {
    COUNTER = 1;
    println!("{}", COUNTER);
}
// error: E0594 at 5:5
