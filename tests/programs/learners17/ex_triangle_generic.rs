// Exercism-style: a Triangle generic over numbers with Copy + PartialOrd + Add bounds, built as Option<Triangle<T>>.
use std::ops::Add;

struct Triangle<T> {
    sides: [T; 3],
}

impl<T> Triangle<T>
where
    T: Copy + PartialOrd + Add<Output = T> + Default,
{
    fn build(sides: [T; 3]) -> Option<Triangle<T>> {
        let zero = T::default();
        let [a, b, c] = sides;
        if a <= zero || b <= zero || c <= zero {
            return None;
        }
        if a + b < c || a + c < b || b + c < a {
            return None;
        }
        Some(Triangle { sides })
    }

    fn distinct_sides(&self) -> usize {
        let [a, b, c] = self.sides;
        if a == b && b == c {
            1
        } else if a == b || b == c || a == c {
            2
        } else {
            3
        }
    }

    fn is_equilateral(&self) -> bool {
        self.distinct_sides() == 1
    }

    fn is_isosceles(&self) -> bool {
        self.distinct_sides() <= 2
    }

    fn is_scalene(&self) -> bool {
        self.distinct_sides() == 3
    }
}

fn main() {
    let t = Triangle::build([2, 2, 2]).unwrap();
    println!("{} {} {}", t.is_equilateral(), t.is_isosceles(), t.is_scalene());
    let t = Triangle::build([3.0, 4.0, 5.0]).unwrap();
    println!("{} {} {}", t.is_equilateral(), t.is_isosceles(), t.is_scalene());
    println!("{}", Triangle::build([1, 1, 3]).is_none());
    println!("{}", Triangle::build([0.0, 1.0, 1.0]).is_none());
    let t = Triangle::build([0.5, 0.4, 0.5]).unwrap();
    println!("{}", t.is_isosceles());
}
// expect: true true false
// expect: false false true
// expect: true
// expect: true
// expect: true
