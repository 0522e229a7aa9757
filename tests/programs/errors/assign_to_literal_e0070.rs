// Assigning to something that is not a place, here a literal, is error E0070.
fn main() {
    let x = 1;
    2 = x;
    println!("{}", x);
}
// error: E0070 at 4:7
