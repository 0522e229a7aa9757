// `if`/`else` is an expression: its value can be bound with `let`.
fn main() {
    let condition = true;
    let number = if condition { 5 } else { 6 };
    println!("The value of number is: {number}");
    let parity = if number % 2 == 0 { "even" } else { "odd" };
    println!("{number} is {parity}");
}
// expect: The value of number is: 5
// expect: 5 is odd
