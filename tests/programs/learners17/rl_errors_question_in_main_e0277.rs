// Rustlings-style: `?` inside a main returning () is E0277 at the `?`.
use std::num::ParseIntError;

fn total_cost(item_quantity: &str) -> Result<i32, ParseIntError> {
    let qty = item_quantity.parse::<i32>()?;
    Ok(qty * 5 + 1)
}

fn main() {
    let mut tokens = 100;
    let cost = total_cost("8")?;
    tokens -= cost;
    println!("You now have {} tokens.", tokens);
}
// error: E0277 at 11:31
