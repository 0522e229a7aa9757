// A learner's own trait with a default type parameter `Rhs = Self`: one impl takes the default, another names Rhs.
trait Combine<Rhs = Self> {
    type Output;
    fn combine(self, rhs: Rhs) -> Self::Output;
}

#[derive(Debug, Clone, Copy)]
struct Money(u32);

impl Combine for Money {
    type Output = Money;
    fn combine(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Combine<u32> for Money {
    type Output = String;
    fn combine(self, rhs: u32) -> String {
        format!("{} and {} cents", self.0, rhs)
    }
}

fn main() {
    let a = Money(3);
    println!("{:?}", a.combine(Money(4)));
    println!("{}", a.combine(25u32));
}
// expect: Money(7)
// expect: 3 and 25 cents
