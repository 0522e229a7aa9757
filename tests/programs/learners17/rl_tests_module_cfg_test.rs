// Rustlings-style: an exercise with its `#[cfg(test)] mod tests` left in; a plain build ignores the tests.
fn calculate_price_of_apples(quantity: u32) -> u32 {
    if quantity > 40 {
        quantity
    } else {
        quantity * 2
    }
}

fn main() {
    println!("{}", calculate_price_of_apples(35));
    println!("{}", calculate_price_of_apples(65));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_test() {
        assert_eq!(calculate_price_of_apples(35), 70);
        assert_eq!(calculate_price_of_apples(40), 80);
        assert_eq!(calculate_price_of_apples(41), 41);
    }
}
// expect: 70
// expect: 65
