// A method's `impl Iterator<Item = i32>` result holding a borrow of `self` without `+ '_` in its bounds: E0700, as for a function.
struct Scores {
    points: Vec<i32>,
}

impl Scores {
    fn doubled(&self) -> impl Iterator<Item = i32> {
        self.points.iter().map(|p| p * 2)
    }
}

fn main() {
    let s = Scores { points: vec![3, 4] };
    println!("{:?}", s.doubled().collect::<Vec<_>>());
}
// error: E0700 at 8:9
