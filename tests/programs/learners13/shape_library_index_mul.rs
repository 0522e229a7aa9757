// A shape library: a Polygon indexed by usize (Index/IndexMut), scaled by Mul, moved by Add, negated by Neg.
use std::ops::{Add, Index, IndexMut, Mul, Neg};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone)]
struct Polygon {
    name: String,
    points: Vec<Point>,
}

impl Index<usize> for Polygon {
    type Output = Point;
    fn index(&self, i: usize) -> &Point {
        &self.points[i]
    }
}

impl IndexMut<usize> for Polygon {
    fn index_mut(&mut self, i: usize) -> &mut Point {
        &mut self.points[i]
    }
}

impl Add<Point> for Polygon {
    type Output = Polygon;
    fn add(mut self, d: Point) -> Polygon {
        for p in self.points.iter_mut() {
            p.x += d.x;
            p.y += d.y;
        }
        self
    }
}

impl Mul<i32> for &Polygon {
    type Output = Polygon;
    fn mul(self, k: i32) -> Polygon {
        let points = self.points.iter().map(|p| Point { x: p.x * k, y: p.y * k }).collect();
        Polygon { name: format!("{}x{}", self.name, k), points }
    }
}

impl Neg for Point {
    type Output = Point;
    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

fn main() {
    let tri = Polygon {
        name: String::from("tri"),
        points: vec![Point { x: 0, y: 0 }, Point { x: 4, y: 0 }, Point { x: 0, y: 3 }],
    };
    println!("tri[1] = {:?}", tri[1]);
    let big = &tri * 2;
    println!("{:?}", big);
    let mut moved = tri + Point { x: 1, y: 1 };
    println!("moved: {:?}", moved.points);
    moved[0] = -moved[2];
    moved[1].y = 9;
    println!("{:#?}", moved);
}
// expect: tri[1] = Point { x: 4, y: 0 }
// expect: Polygon { name: "trix2", points: [Point { x: 0, y: 0 }, Point { x: 8, y: 0 }, Point { x: 0, y: 6 }] }
// expect: moved: [Point { x: 1, y: 1 }, Point { x: 5, y: 1 }, Point { x: 1, y: 4 }]
// expect: Polygon {
// expect:     name: "tri",
// expect:     points: [
// expect:         Point {
// expect:             x: -1,
// expect:             y: -4,
// expect:         },
// expect:         Point {
// expect:             x: 5,
// expect:             y: 9,
// expect:         },
// expect:         Point {
// expect:             x: 1,
// expect:             y: 4,
// expect:         },
// expect:     ],
// expect: }
