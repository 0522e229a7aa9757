// The caller of a function returning `impl Shape` sees only Shape's methods: the concrete type's own method is E0599.
trait Shape {
    fn area(&self) -> u32;
}

struct Sq(u32);

impl Sq {
    fn side(&self) -> u32 {
        self.0
    }
}

impl Shape for Sq {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

fn make() -> impl Shape {
    Sq(4)
}

fn main() {
    let s = make();
    println!("{}", s.area());
    println!("{}", s.side());
}
// error: E0599 at 27:22
// headline: differs: rustc calls `impl Shape` an opaque type, the engine a type parameter
