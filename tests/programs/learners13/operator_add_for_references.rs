// impl Add for &Money and impl Add<&Money> for Money, so sums work without moving, also in a fold.
use std::ops::Add;

#[derive(Debug, Clone, PartialEq)]
struct Money {
    cents: u64,
    currency: String,
}

impl Add for &Money {
    type Output = Money;
    fn add(self, o: &Money) -> Money {
        Money { cents: self.cents + o.cents, currency: self.currency.clone() }
    }
}

impl Add<&Money> for Money {
    type Output = Money;
    fn add(self, o: &Money) -> Money {
        Money { cents: self.cents + o.cents, currency: self.currency }
    }
}

fn main() {
    let a = Money { cents: 150, currency: "EUR".into() };
    let b = Money { cents: 275, currency: "EUR".into() };
    let c = &a + &b;
    println!("{:?} from {:?} and {:?}", c, a, b);
    let wallet = vec![a.clone(), b.clone(), c.clone()];
    let zero = Money { cents: 0, currency: "EUR".into() };
    let total = wallet.iter().fold(zero, |acc, m| acc + m);
    println!("{:?}", total);
}
// expect: Money { cents: 425, currency: "EUR" } from Money { cents: 150, currency: "EUR" } and Money { cents: 275, currency: "EUR" }
// expect: Money { cents: 850, currency: "EUR" }
