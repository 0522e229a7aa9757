// An associated function without `self` makes a trait not dyn compatible, unless it says `where Self: Sized`.
trait Make {
    fn make() -> Self;
    fn label(&self) -> String;
}

fn main() {
    let m: Option<&dyn Make> = None;
    println!("{}", m.is_none());
}
// error: E0038 at 8:24
