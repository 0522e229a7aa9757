// A derived PartialEq compares a struct with the same struct only, so `q == 1` is a type mismatch at the right operand (E0308).
#[derive(PartialEq)]
struct Q { x: i32 }
fn main() {
    let q = Q { x: 1 };
    println!("{}", q == 1);
}
// error: E0308 at 6:25
