// `<Dog>::baby_name()`, a qualified path without `as Trait`, is named as not supported.
struct Dog;
impl Dog {
    fn baby_name() -> String {
        String::from("Spot")
    }
}
fn main() {
    println!("{}", <Dog>::baby_name());
}
// expect: Spot
// unsupported: a qualified path without `as Trait`
