// A trait with a default method, implemented by three structs, summed through &dyn and through a generic function.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("{} with area {:.3}", self.name(), self.area())
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}
struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".into()
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        if self.w == self.h { "square".to_string() } else { "rectangle".to_string() }
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = (self.a + self.b + self.c) / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn name(&self) -> String {
        String::from("triangle")
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> &'a dyn Shape {
    let mut best = &shapes[0];
    for s in shapes {
        if s.area() > best.area() {
            best = s;
        }
    }
    best.as_ref()
}

fn total<T: Shape>(items: &[T]) -> f64 {
    items.iter().map(|s| s.area()).sum()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 2.0, h: 3.0 }),
        Box::new(Rect { w: 2.5, h: 2.5 }),
        Box::new(Triangle { a: 3.0, b: 4.0, c: 5.0 }),
    ];
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("largest: {}", largest(&shapes).describe());
    let rects = [Rect { w: 1.0, h: 1.0 }, Rect { w: 2.0, h: 0.5 }];
    println!("rects total: {}", total(&rects));
}
// expect: circle with area 7.069
// expect: rectangle with area 6.000
// expect: square with area 6.250
// expect: triangle with area 6.000
// expect: largest: circle with area 7.069
// expect: rects total: 2
