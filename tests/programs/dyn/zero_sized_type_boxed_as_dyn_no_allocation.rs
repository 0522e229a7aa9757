// `Box::new(Unit)` of a zero-sized type allocates nothing, as a `Box<dyn Trait>` too, and dropping it frees nothing.
trait Greet {
    fn hi(&self) -> &'static str;
}

struct Quiet;

impl Greet for Quiet {
    fn hi(&self) -> &'static str {
        "..."
    }
}

fn main() {
    let g: Box<dyn Greet> = Box::new(Quiet);
    println!("{}", g.hi());
    let v: Vec<Box<dyn Greet>> = vec![Box::new(Quiet), Box::new(Quiet)];
    println!("{}", v.len());
}
// expect: ...
// expect: 2
