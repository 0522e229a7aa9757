// An impl's parameter of another type than the trait's (`&str` for `String`) is rustc's E0053 at that parameter's type.
trait Greet {
    fn greet(&self, name: String) -> String;
}
struct English;
impl Greet for English {
    fn greet(&self, name: &str) -> String {
        format!("Hello, {name}")
    }
}
fn main() {
    println!("{}", English.greet("Ana"));
}
// error: E0053 at 7:27
