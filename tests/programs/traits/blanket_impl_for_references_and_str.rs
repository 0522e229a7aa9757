// A trait implemented for str and, by a blanket impl, for every `&T`: `s.hi()` on `s: &str` calls str's impl, `(&s).hi()` the blanket one, which calls str's through `**self`.
trait Greet {
    fn hi(&self) -> String;
}

impl Greet for str {
    fn hi(&self) -> String {
        format!("hi {}", self)
    }
}

impl<T: Greet + ?Sized> Greet for &T {
    fn hi(&self) -> String {
        format!("&{}", (**self).hi())
    }
}

fn main() {
    let s: &str = "bob";
    println!("{} {}", s.hi(), (&s).hi());
}
// expect: hi bob &hi bob
