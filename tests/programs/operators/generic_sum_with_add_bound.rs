// A generic function adds through its bound `T: Add<Output = T> + Copy`, for numbers and for the learner's type.
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct V(i64);

impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V(self.0 + o.0)
    }
}

fn sum_all<T: Add<Output = T> + Copy>(items: &[T], zero: T) -> T {
    let mut total = zero;
    for &x in items {
        total = total + x;
    }
    total
}

fn main() {
    println!("{}", sum_all(&[1, 2, 3], 0));
    println!("{}", sum_all(&[1.5, 2.5], 0.0));
    println!("{:?}", sum_all(&[V(5), V(6)], V(0)));
}
// expect: 6
// expect: 4
// expect: V(11)
