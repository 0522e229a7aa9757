// A trailing semicolon turns the last expression into a statement: the function returns () (E0308).
fn is_divisible_by(lhs: u32, rhs: u32) -> bool {
    if rhs == 0 {
        return false;
    }
    lhs % rhs == 0;
}

fn main() {
    println!("{}", is_divisible_by(4, 2));
}
// error: E0308 at 2:43
