// A function named without a call is a value: kept in a variable and called through it, it is zero-sized.
fn add_one(x: i32) -> i32 {
    x + 1
}

fn main() {
    let f = add_one;
    println!("{}", f(2));
    println!("{}", std::mem::size_of_val(&f));
}
// expect: 3
// expect: 0
