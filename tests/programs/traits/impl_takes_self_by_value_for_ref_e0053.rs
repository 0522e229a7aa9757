// Taking `self` by value where the trait takes `&self` is an incompatible type for the trait's method (rustc's E0053 at `self`).
trait Describe {
    fn describe(&self) -> String;
}
struct Cat {
    name: String,
}
impl Describe for Cat {
    fn describe(self) -> String {
        self.name
    }
}
fn main() {
    let c = Cat { name: String::from("Tom") };
    println!("{}", c.describe());
}
// error: E0053 at 9:17
