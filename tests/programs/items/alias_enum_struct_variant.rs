// A struct variant built and matched through a type alias of the learner's enum.
#[derive(Debug)]
enum Shape {
    Rect { w: u32, h: u32 },
    Dot,
}
type S = Shape;

fn area(s: &S) -> u32 {
    match s {
        S::Rect { w, h } => w * h,
        S::Dot => 0,
    }
}

fn main() {
    let r = S::Rect { w: 2, h: 3 };
    println!("{} {}", area(&r), area(&S::Dot));
}
// expect: 6 0
