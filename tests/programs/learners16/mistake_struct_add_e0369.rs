// Adding two structs without an Add impl: E0369.
#[derive(Debug)]
struct Money {
    cents: u32,
}

fn main() {
    let a = Money { cents: 5 };
    let b = Money { cents: 7 };
    let c = a + b;
    println!("{:?}", c);
}
// error: E0369 at 10:15
