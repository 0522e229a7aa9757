// `Unit::ID` where two traits Unit implements both define `ID`: E0034, nothing says which.
trait A {
    const ID: u32;
}

trait B {
    const ID: u32;
}

struct Unit;

impl A for Unit {
    const ID: u32 = 1;
}

impl B for Unit {
    const ID: u32 = 2;
}

fn main() {
    println!("{}", Unit::ID);
}
// error: E0034 at 21:26
