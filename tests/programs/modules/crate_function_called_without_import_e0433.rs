// A crate's function called by its path with no such crate (`rand::random()`): E0433 at the crate's name.
fn main() {
    let roll: u8 = rand::random();
    println!("{}", roll % 6 + 1);
}
// error: E0433 at 3:20
