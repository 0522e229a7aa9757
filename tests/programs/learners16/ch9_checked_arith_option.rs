// checked_sub and checked_mul returning Option, handled with match and ok_or.
fn withdraw(balance: u32, amount: u32) -> Result<u32, String> {
    balance.checked_sub(amount).ok_or(format!("cannot withdraw {} from {}", amount, balance))
}

fn main() {
    println!("{:?}", withdraw(100, 30));
    println!("{:?}", withdraw(10, 30));
    match 200u8.checked_mul(2) {
        Some(v) => println!("{}", v),
        None => println!("overflow"),
    }
}
// expect: Ok(70)
// expect: Err("cannot withdraw 30 from 10")
// expect: overflow
