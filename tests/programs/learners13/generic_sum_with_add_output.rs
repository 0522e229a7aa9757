// A generic sum over T: Add<Output = T> + Copy + Default used with i32, f64 and a learner's Money type.
use std::ops::Add;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

fn total<T: Add<Output = T> + Copy + Default>(items: &[T]) -> T {
    let mut acc = T::default();
    for &x in items {
        acc = acc + x;
    }
    acc
}

fn main() {
    println!("{}", total(&[1, 2, 3, 4]));
    println!("{}", total(&[0.5, 0.25]));
    let wallet = [Money { cents: 150 }, Money { cents: 275 }, Money { cents: 5 }];
    let t = total(&wallet);
    println!("{:?} = ${}.{:02}", t, t.cents / 100, t.cents % 100);
    println!("{:?}", total::<Money>(&[]));
}
// expect: 10
// expect: 0.75
// expect: Money { cents: 430 } = $4.30
// expect: Money { cents: 0 }
