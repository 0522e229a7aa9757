// An `if` or `match` used as an operator's operand gets the wanted type only as a hint, so `?` arms and `&i32` operands still add up.
fn first_two(a: &[i32], b: &[i32]) -> Option<i32> {
    Some(a.first()? + b.first()?)
}
fn main() {
    let c = true;
    let x: u8 = if c { 1 } else { 2 } + 3;
    let r = 10;
    let y: i32 = if c { &r } else { &r } * 2;
    println!("{:?} {} {}", first_two(&[1], &[2]), x, y);
}
// expect: Some(3) 4 20
