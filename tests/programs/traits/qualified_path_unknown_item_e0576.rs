// A qualified path naming a function its trait does not have is rustc's E0576 at the name.
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
    println!("{}", <Dog as Animal>::name());
}
// error: E0576 at 12:37
