// Comparing enum values with == when the enum does not derive PartialEq is E0369.
enum Foo {
    Bar,
}

fn main() {
    let a = Foo::Bar;
    if a == Foo::Bar {
        println!("a is foobar");
    }
}
// error: E0369 at 8:10
