// Operator overloading for a Money type: Sub, SubAssign, Neg, Mul<u32> and PartialOrd derived.
use std::ops::{Mul, Neg, Sub, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Money(i64);

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        self.0 -= rhs.0;
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Mul<u32> for Money {
    type Output = Money;
    fn mul(self, n: u32) -> Money {
        Money(self.0 * n as i64)
    }
}

fn main() {
    let mut balance = Money(1000);
    let price = Money(120);
    for i in 1..=3 {
        balance -= price * i;
        println!("after purchase {}: {:?}", i, balance);
    }
    let debt = -(balance - Money(500));
    println!("debt {:?}, positive? {}", debt, debt > Money(0));
    println!("{:?} < {:?}: {}", price, balance, price < balance);
}
// expect: after purchase 1: Money(880)
// expect: after purchase 2: Money(640)
// expect: after purchase 3: Money(280)
// expect: debt Money(220), positive? true
// expect: Money(120) < Money(280): true
