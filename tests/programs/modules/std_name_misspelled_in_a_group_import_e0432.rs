// In a group import, the member std's module does not hold (`Ordring`) is E0432 at that member.
use std::cmp::{Ordering, Ordring};

fn main() {
    let o = 1.cmp(&2);
    println!("{:?}", o == Ordering::Less);
}
// error: E0432 at 2:26
