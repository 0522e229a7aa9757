// Formatter, Display and fmt::Result reached by imports: `use std::fmt::{self, Display, Formatter}` and Formatter<'_>.
use std::fmt::{self, Display, Formatter};

struct Money {
    cents: u64,
}

impl Display for Money {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

fn main() {
    let m = Money { cents: 1905 };
    println!("{}", m);
    println!("{}", Money { cents: 7 });
}
// expect: $19.05
// expect: $0.07
