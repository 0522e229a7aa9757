// An impl Trait return with two concrete types in the branches is E0308.
trait Greeter {
    fn hi(&self) -> String;
}
struct A;
struct B;
impl Greeter for A {
    fn hi(&self) -> String {
        "a".into()
    }
}
impl Greeter for B {
    fn hi(&self) -> String {
        "b".into()
    }
}

fn pick(x: bool) -> impl Greeter {
    if x {
        A
    } else {
        B
    }
}

fn main() {
    println!("{}", pick(true).hi());
}
// error: E0308 at 22:9
