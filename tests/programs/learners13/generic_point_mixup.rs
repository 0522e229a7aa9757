// The book's Point<X1, Y1>::mixup with two sets of type parameters, and a method only for Point<f32>.
#[derive(Debug)]
struct Point<X1, Y1> {
    x: X1,
    y: Y1,
}

impl<X1, Y1> Point<X1, Y1> {
    fn mixup<X2, Y2>(self, other: Point<X2, Y2>) -> Point<X1, Y2> {
        Point { x: self.x, y: other.y }
    }
}

impl Point<f32, f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

fn main() {
    let p1 = Point { x: 5, y: 10.4 };
    let p2 = Point { x: "Hello", y: 'c' };
    println!("p1 = {:?}", p1);
    println!("p2 = {:?}", p2);
    let p3 = p1.mixup(p2);
    println!("p3.x = {}, p3.y = {}", p3.x, p3.y);
    println!("{:#?}", p3);
    let f = Point { x: 3.0f32, y: 4.0f32 };
    println!("distance = {}", f.distance_from_origin());
}
// expect: p1 = Point { x: 5, y: 10.4 }
// expect: p2 = Point { x: "Hello", y: 'c' }
// expect: p3.x = 5, p3.y = c
// expect: Point {
// expect:     x: 5,
// expect:     y: 'c',
// expect: }
// expect: distance = 5
