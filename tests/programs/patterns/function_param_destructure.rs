// Patterns in function parameters: a tuple and a struct destructured where they are received.
struct Point {
    x: i32,
    y: i32,
}

fn add((a, b): (i32, i32)) -> i32 {
    a + b
}

fn manhattan(&Point { x, y }: &Point) -> i32 {
    x.abs() + y.abs()
}

fn main() {
    println!("{}", add((3, 4)));
    let p = Point { x: -2, y: 5 };
    println!("{}", manhattan(&p));
    println!("{}", p.x);
}
// expect: 7
// expect: 7
// expect: -2
