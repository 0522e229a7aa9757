// unwrap on a parse error panics with `called \`Result::unwrap()\` on an \`Err\` value: ParseIntError { kind: InvalidDigit }`.
fn multiply(first_number_str: &str, second_number_str: &str) -> i32 {
    let first_number = first_number_str.parse::<i32>().unwrap();
    let second_number = second_number_str.parse::<i32>().unwrap();
    first_number * second_number
}

fn main() {
    let twenty = multiply("10", "2");
    println!("double is {}", twenty);
    let tt = multiply("t", "2");
    println!("double is {}", tt);
}
// expect: double is 20
// panic: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }
// panic-at: 3:56
