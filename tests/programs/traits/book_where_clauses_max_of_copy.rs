// where clauses with several bounds (Display + PartialOrd<T> + Copy, Debug), and a max over a slice of Copy items with ? on an empty one.
use std::fmt::{Debug, Display};

fn compare_and_show<T, U>(a: T, b: U) -> String
where
    T: Display + PartialOrd<T> + Copy,
    U: Debug,
{
    let bigger = if a > a { a } else { a };
    format!("{} {:?}", bigger, b)
}

#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
struct Score(u32);

fn max_of<T>(items: &[T]) -> Option<T>
where
    T: PartialOrd + Copy,
{
    let mut it = items.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

fn main() {
    println!("{}", compare_and_show(3, "x"));
    println!("{:?}", max_of(&[Score(3), Score(9), Score(1)]));
    println!("{:?}", max_of::<f64>(&[]));
}
// expect: 3 "x"
// expect: Some(Score(9))
// expect: None
