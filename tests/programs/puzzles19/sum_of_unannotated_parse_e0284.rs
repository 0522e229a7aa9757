// Summing `s.parse().unwrap()` into an i32 does not say what parse makes: i32 sums both i32 and &i32 (E0284 at parse).
fn main() {
    let input = "3 4 5";
    let total: i32 = input.split(' ').map(|s| s.parse().unwrap()).sum();
    println!("{total}");
}
// error: E0284 at 4:49
