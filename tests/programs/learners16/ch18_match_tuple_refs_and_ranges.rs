// Matching a tuple of (&str, u32) with literal strings, ranges and a guard.
fn price(item: &str, qty: u32) -> u32 {
    match (item, qty) {
        ("apple", 0) => 0,
        ("apple", 1..=9) => qty * 3,
        ("apple", _) => qty * 2,
        (_, q) if q > 100 => 999,
        (name, q) => name.len() as u32 * q,
    }
}

fn main() {
    println!("{} {} {} {} {}", price("apple", 0), price("apple", 5), price("apple", 20), price("kiwi", 200), price("kiwi", 2));
}
// expect: 0 15 40 999 8
