// `2.0.sqrt()` on an unsuffixed literal: rustc cannot tell f32 from f64 (E0689).
fn main() {
    let x = 2.0;
    println!("{}", x.sqrt());
}
// error: E0689 at 4:22
