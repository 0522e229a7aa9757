// Leaving out an argument is also error E0061.
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    println!("{}", area(5));
}
// error: E0061 at 7:20
