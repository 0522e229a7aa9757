// An impl on an enum builds variants with `Self::`, consumes itself in one method and borrows itself in another.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Square(u32),
    Rect { w: u32, h: u32 },
    Dot,
}

impl Shape {
    fn square(side: u32) -> Self {
        Self::Square(side)
    }

    fn area(&self) -> u32 {
        match *self {
            Self::Square(s) => s * s,
            Self::Rect { w, h } => w * h,
            Self::Dot => 0,
        }
    }

    fn grow(self, by: u32) -> Self {
        match self {
            Self::Square(s) => Self::Square(s + by),
            Self::Rect { w, h } => Self::Rect { w: w + by, h: h + by },
            Self::Dot => Self::Square(by),
        }
    }
}

fn main() {
    let shapes = vec![Shape::square(2), Shape::Rect { w: 2, h: 5 }, Shape::Dot];
    for s in &shapes {
        let bigger = s.clone().grow(1);
        println!("{:?} area {} -> {:?} area {}", s, s.area(), bigger, bigger.area());
    }
    println!("{}", shapes[2] == Shape::Dot);
}
// expect: Square(2) area 4 -> Square(3) area 9
// expect: Rect { w: 2, h: 5 } area 10 -> Rect { w: 3, h: 6 } area 18
// expect: Dot area 0 -> Square(1) area 1
// expect: true
