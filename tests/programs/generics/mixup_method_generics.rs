// A method with generic parameters of its own mixes two instances: Mixed<i32, f64> and Mixed<&str, char> make Mixed<i32, char>.
struct Mixed<X1, Y1> {
    x: X1,
    y: Y1,
}

impl<X1, Y1> Mixed<X1, Y1> {
    fn mixup<X2, Y2>(self, other: Mixed<X2, Y2>) -> Mixed<X1, Y2> {
        Mixed { x: self.x, y: other.y }
    }
}

fn main() {
    let p1 = Mixed { x: 5, y: 10.4 };
    let p2 = Mixed { x: "Hello", y: 'c' };
    let p3 = p1.mixup(p2);
    println!("p3.x = {}, p3.y = {}", p3.x, p3.y);
}
// expect: p3.x = 5, p3.y = c
