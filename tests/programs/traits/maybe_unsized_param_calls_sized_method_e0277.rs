// A `T: Make + ?Sized` parameter is not Sized: calling a `where Self: Sized` constructor through it is E0277.
trait Make {
    fn make() -> Self where Self: Sized;
}
struct A;
impl Make for A {
    fn make() -> Self { A }
}
fn build<T: Make + ?Sized>() -> u8 {
    let _x = T::make();
    1
}
fn main() {
    println!("{}", build::<A>());
}
// error: E0277 at 10:14
// headline: differs: rustc words a missing Sized with its own message (`size ... cannot be known`)
