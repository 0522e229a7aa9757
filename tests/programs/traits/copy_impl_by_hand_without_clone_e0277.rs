// Copy needs Clone: a hand-written `impl Copy` without one is E0277 at the impl's self type.
struct P(i32);
impl Copy for P {}
fn main() {
    let a = P(1);
    println!("{}", a.0);
}
// error: E0277 at 3:15
