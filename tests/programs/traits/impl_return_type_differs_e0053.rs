// An impl's method must have its trait's signature: returning `u8` where the trait says `i32` is rustc's E0053 at the impl's return type.
trait Score {
    fn points(&self) -> i32;
}
struct Goal;
impl Score for Goal {
    fn points(&self) -> u8 {
        3
    }
}
fn main() {
    println!("{}", Goal.points());
}
// error: E0053 at 7:25
