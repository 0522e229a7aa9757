// With impls of one trait for P and for &P, `r.hi()` on `r: &P` calls P's `&self` method (the receiver as it is) before &P's (which would borrow r again); `(&r).hi()` calls &P's.
trait Greet {
    fn hi(&self) -> String;
}

struct P;

impl Greet for P {
    fn hi(&self) -> String {
        String::from("P")
    }
}

impl Greet for &P {
    fn hi(&self) -> String {
        String::from("&P")
    }
}

fn main() {
    let p = P;
    let r = &p;
    println!("{} {} {}", p.hi(), r.hi(), (&r).hi());
}
// expect: P P &P
