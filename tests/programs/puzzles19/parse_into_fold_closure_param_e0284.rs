// Unannotated parses folded with |a, b| a + b: rustc asks for the closure parameter b's type (E0284 there, the cheapest annotation).
fn main() {
    let input = "1 2 3";
    let total = input.split(' ').map(|s| s.parse().unwrap()).fold(0, |a, b| a + b);
    println!("{total}");
}
// error: E0284 at 4:74
