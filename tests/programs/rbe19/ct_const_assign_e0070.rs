// Assigning to a constant is E0070.
const THRESHOLD: i32 = 10;

fn main() {
    THRESHOLD = 5;
    println!("{}", THRESHOLD);
}
// error: E0070 at 5:15
