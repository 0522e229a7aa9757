// A trait method with `&self` implemented without it is rustc's E0186.
trait Speak {
    fn speak(&self) -> String;
}
struct Dog;
impl Speak for Dog {
    fn speak() -> String {
        String::from("woof")
    }
}
fn main() {
    println!("{}", Dog::speak());
}
// error: E0186 at 7:5
