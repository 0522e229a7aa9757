// Rust-by-Example-style: `impl ops::Add<Bar> for Foo` with another output type, and Add/Sub/Neg/Mul on a Point.
use std::ops;

struct Foo;
struct Bar;

#[derive(Debug)]
struct FooBar;

impl ops::Add<Bar> for Foo {
    type Output = FooBar;

    fn add(self, _rhs: Bar) -> FooBar {
        println!("> Foo.add(Bar) was called");
        FooBar
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl ops::Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point { x: self.x + o.x, y: self.y + o.y }
    }
}

impl ops::Sub for Point {
    type Output = Point;
    fn sub(self, o: Point) -> Point {
        Point { x: self.x - o.x, y: self.y - o.y }
    }
}

impl ops::Neg for Point {
    type Output = Point;
    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

impl ops::Mul<i32> for Point {
    type Output = Point;
    fn mul(self, k: i32) -> Point {
        Point { x: self.x * k, y: self.y * k }
    }
}

fn main() {
    println!("Foo + Bar = {:?}", Foo + Bar);
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 10, y: 20 };
    println!("{:?}", a + b);
    println!("{:?}", b - a);
    println!("{:?}", -a);
    println!("{:?}", a * 3);
    println!("{}", a + b == Point { x: 11, y: 22 });
}
// expect: > Foo.add(Bar) was called
// expect: Foo + Bar = FooBar
// expect: Point { x: 11, y: 22 }
// expect: Point { x: 9, y: 18 }
// expect: Point { x: -1, y: -2 }
// expect: Point { x: 3, y: 6 }
// expect: true
