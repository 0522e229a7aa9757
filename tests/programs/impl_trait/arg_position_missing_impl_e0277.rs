// Passing a type without the trait to an `impl Trait` parameter is E0277 at the argument.
trait Shape {
    fn area(&self) -> u32;
}

struct Sq(u32);

fn describe(s: impl Shape) -> u32 {
    s.area()
}

fn main() {
    println!("{}", describe(Sq(3)));
}
// error: E0277 at 13:29
