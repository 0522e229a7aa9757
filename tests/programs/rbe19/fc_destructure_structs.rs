// Destructuring a struct with nested struct fields, renaming and `..` to ignore the rest.
struct Foo {
    x: (u32, u32),
    y: u32,
}

struct Bar {
    foo: Foo,
}

fn check(foo: Foo) {
    match foo {
        Foo { x: (1, b), y } => println!("First of x is 1, b = {},  y = {} ", b, y),
        Foo { y: 2, x: i } => println!("y is 2, i = {:?}", i),
        Foo { y, .. } => println!("y = {}, we don't care about x", y),
    }
}

fn main() {
    check(Foo { x: (1, 2), y: 3 });
    check(Foo { x: (3, 2), y: 2 });
    check(Foo { x: (3, 2), y: 9 });
    let bar = Bar { foo: Foo { x: (5, 6), y: 7 } };
    let Bar { foo: Foo { x: nested_x, y: nested_y } } = bar;
    println!("Nesting: nested_x = {:?}, nested_y = {:?}", nested_x, nested_y);
}
// expect: First of x is 1, b = 2,  y = 3 
// expect: y is 2, i = (3, 2)
// expect: y = 9, we don't care about x
// expect: Nesting: nested_x = (5, 6), nested_y = 7
