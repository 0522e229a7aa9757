// Rustlings-style: `?` on parse inside a function returning Result<i32, ParseIntError>.
use std::num::ParseIntError;

fn total_cost(item_quantity: &str) -> Result<i32, ParseIntError> {
    let processing_fee = 1;
    let cost_per_item = 5;
    let qty = item_quantity.parse::<i32>()?;
    Ok(qty * cost_per_item + processing_fee)
}

fn main() {
    println!("{:?}", total_cost("34"));
    match total_cost("beep boop") {
        Ok(c) => println!("cost {}", c),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    let mut tokens = 100;
    let pretend_user_input = "8";
    let cost = total_cost(pretend_user_input).unwrap();
    if cost > tokens {
        println!("You can't afford that many!");
    } else {
        tokens -= cost;
        println!("You now have {} tokens.", tokens);
    }
}
// expect: Ok(171)
// expect: error: invalid digit found in string / ParseIntError { kind: InvalidDigit }
// expect: You now have 59 tokens.
