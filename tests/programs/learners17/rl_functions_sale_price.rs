// Rustlings-style: functions with early returns and a helper predicate.
fn sale_price(price: i32) -> i32 {
    if is_even(price) {
        price - 10
    } else {
        price - 3
    }
}

fn is_even(num: i32) -> bool {
    num % 2 == 0
}

fn call_me(num: u32) {
    for i in 0..num {
        println!("Ring! Call number {}", i + 1);
    }
}

fn main() {
    let original_price = 51;
    println!("Your sale price is {}", sale_price(original_price));
    println!("and then {}", sale_price(50));
    call_me(3);
}
// expect: Your sale price is 48
// expect: and then 40
// expect: Ring! Call number 1
// expect: Ring! Call number 2
// expect: Ring! Call number 3
