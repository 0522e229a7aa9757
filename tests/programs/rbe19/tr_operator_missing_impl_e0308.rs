// Adding two Foos when only Foo + Bar is implemented is E0308: the right operand must be a Bar.
use std::ops;

struct Foo;
struct Bar;

impl ops::Add<Bar> for Foo {
    type Output = Foo;

    fn add(self, _rhs: Bar) -> Foo {
        Foo
    }
}

fn main() {
    let _x = Foo + Foo;
}
// error: E0308 at 16:20
