// `(0..n).step_by(2)` of usize kept: std's SpecRangeSetup makes the range's end the count of items left and its start the next item, so `{:?}` shows `0..4`, then `2..3`.
fn main() {
    let n: usize = 7;
    let mut evens = (0..n).step_by(2);
    println!("{:?} {}", evens, std::mem::size_of_val(&evens));
    println!("{:?}", evens.next());
    println!("{:?}", evens);
    while let Some(i) = evens.next() {
        println!("{i} {:?}", evens);
    }
    println!("{:?}", evens.next());
}
// expect: StepBy { iter: 0..4, step_minus_one: 1, first_take: true } 32
// expect: Some(0)
// expect: StepBy { iter: 2..3, step_minus_one: 1, first_take: true }
// expect: 2 StepBy { iter: 4..2, step_minus_one: 1, first_take: true }
// expect: 4 StepBy { iter: 6..1, step_minus_one: 1, first_take: true }
// expect: 6 StepBy { iter: 8..0, step_minus_one: 1, first_take: true }
// expect: None
