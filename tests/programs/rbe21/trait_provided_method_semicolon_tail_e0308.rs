// A trait's provided method whose last expression ends in `;`: rustc points E0308 at the body, not at the return type as for a free function.
trait Named {
    fn name(&self) -> String;
    fn shout(&self) -> String {
        self.name().to_uppercase();
    }
}
struct Dog;
impl Named for Dog {
    fn name(&self) -> String {
        String::from("rex")
    }
}
fn main() {
    println!("{}", Dog.shout());
}
// error: E0308 at 4:31
