// A provided method reads `Self::LIMIT` and a generic function compares values against `T::LIMIT`.
trait Bounded {
    const LIMIT: i32;
    fn clamp(&self, v: i32) -> i32 {
        if v > Self::LIMIT { Self::LIMIT } else { v }
    }
}

struct Low;
struct High;

impl Bounded for Low {
    const LIMIT: i32 = 10;
}

impl Bounded for High {
    const LIMIT: i32 = 1000;
}

fn over<T: Bounded>(values: &[i32]) -> usize {
    values.iter().filter(|v| **v > T::LIMIT).count()
}

fn main() {
    println!("{} {}", Low.clamp(50), High.clamp(50));
    println!("{} {}", over::<Low>(&[5, 50, 500]), over::<High>(&[5, 50, 5000]));
}
// expect: 10 50
// expect: 2 1
