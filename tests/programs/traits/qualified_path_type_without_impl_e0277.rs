// `<i32 as Animal>::baby_name()` names a type that does not implement the trait: rustc's E0277 at the type.
trait Animal {
    fn baby_name() -> String;
}
struct Dog;
impl Animal for Dog {
    fn baby_name() -> String {
        String::from("puppy")
    }
}
fn main() {
    println!("{}", <i32 as Animal>::baby_name());
}
// error: E0277 at 12:21
