// `(0..10).step_by(3)` of i32 kept: StepBy around the Range itself, whose start moves as items are taken.
fn main() {
    let mut it = (0..10).step_by(3);
    it.next();
    println!("{:?} {}", it, std::mem::size_of_val(&it));
    while let Some(x) = it.next() {
        println!("{x}");
    }
    println!("{:?}", it);
}
// expect: StepBy { iter: 1..10, step_minus_one: 2, first_take: false } 24
// expect: 3
// expect: 6
// expect: 9
// expect: StepBy { iter: 10..10, step_minus_one: 2, first_take: false }
