// The last expression of a function body, without a semicolon, is its return value.
fn plus_one(x: i32) -> i32 {
    x + 1
}

fn main() {
    let x = plus_one(5);
    println!("The value of x is: {x}");
}
// expect: The value of x is: 6
