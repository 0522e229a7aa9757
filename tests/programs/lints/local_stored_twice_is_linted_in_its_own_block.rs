// A local stored to twice is still known inside the MIR block of its last store: a compound assignment's checked add ends one block, and the multiplication in the next is linted.
fn main() {
    let mut speed: i8 = 1;
    speed += 99;
    let doubled = speed * 2;
    println!("{}", doubled);
}
// error: lint arithmetic_overflow at 5:19
