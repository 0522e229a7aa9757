// A kept `(200u8..255).step_by(100)`: after its one item the start wraps past 255 to 44, as std's wrapping_add, and the count of steps is 0.
fn main() {
    let mut it = (200u8..255).step_by(100);
    println!("{:?}", it);
    let first = it.next();
    println!("{:?} {:?}", first, it);
    let second = it.next();
    println!("{:?} {:?}", second, it);
}
// expect: StepBy { iter: 200..1, step_minus_one: 99, first_take: true }
// expect: Some(200) StepBy { iter: 44..0, step_minus_one: 99, first_take: true }
// expect: None StepBy { iter: 44..0, step_minus_one: 99, first_take: true }
