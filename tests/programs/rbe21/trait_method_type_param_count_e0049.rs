// An impl's method without the type parameter its trait declares (`fn show<T: Display>` in the trait, `fn show(.., t: i32)` in the impl): E0049 just after the method's name; the engine ran it.
use std::fmt::Display;
trait Show {
    fn show<T: Display>(&self, t: T) -> String;
}
struct Angle;
impl Show for Angle {
    fn show(&self, t: i32) -> String {
        format!("<{t}>")
    }
}
fn main() {
    println!("{}", Angle.show(1));
}
// error: E0049 at 8:12
