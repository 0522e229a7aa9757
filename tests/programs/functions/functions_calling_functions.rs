// Functions call other functions; each call gets its own parameters.
fn square(x: i32) -> i32 {
    x * x
}

fn sum_of_squares(a: i32, b: i32) -> i32 {
    square(a) + square(b)
}

fn hypotenuse_squared(a: i32, b: i32) -> i32 {
    sum_of_squares(a, b)
}

fn main() {
    println!("{}", hypotenuse_squared(3, 4));
    println!("{}", sum_of_squares(square(2), 1));
}
// expect: 25
// expect: 17
