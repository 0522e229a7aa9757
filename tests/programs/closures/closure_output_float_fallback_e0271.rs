// Likewise for floats: `half(3.0)` is f64 (the literal's fallback), so it cannot be an f32 (E0271 at the `/`).
fn main() {
    let half = |x| x / 2.0;
    let y: f32 = half(3.0);
    println!("{}", y);
}
// error: E0271 at 3:22
