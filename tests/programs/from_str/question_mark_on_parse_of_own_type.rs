// `let m: Money = it.parse()?;` in a loop: the parse's error is the impl's `type Err = String`, which `?` returns as it is.
use std::str::FromStr;
#[derive(Debug)]
struct Money { cents: u64 }
impl FromStr for Money {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.strip_prefix('$').ok_or(format!("no $ in {}", s))?;
        let (d, c) = s.split_once('.').ok_or("no dot".to_string())?;
        let d: u64 = d.parse().map_err(|_| "bad dollars".to_string())?;
        let c: u64 = c.parse().map_err(|_| "bad cents".to_string())?;
        Ok(Money { cents: d * 100 + c })
    }
}
fn total(items: &[&str]) -> Result<u64, String> {
    let mut sum = 0;
    for it in items {
        let m: Money = it.parse()?;
        sum += m.cents;
    }
    Ok(sum)
}
fn main() {
    println!("{:?}", total(&["$1.50", "$2.25"]));
    println!("{:?}", total(&["$1.50", "2.25"]));
    println!("{:?}", "$x.1".parse::<Money>());
}
// expect: Ok(375)
// expect: Err("no $ in 2.25")
// expect: Err("bad dollars")
