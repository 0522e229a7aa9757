// Calling a two-parameter function with one argument: E0061.
fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    println!("{}", area(3));
}
// error: E0061 at 7:20
