// `v.iter().step_by(2)` kept is std's StepBy { iter, step_minus_one, first_take }: the first `next` takes the first item, each later one skips a step.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    let mut it = v.iter().step_by(3);
    println!("{:?} {}", it, std::mem::size_of_val(&it));
    println!("{:?}", it.next());
    println!("{:?}", it);
    println!("{:?} {:?} {:?}", it.next(), it.next(), it.next());
    println!("{:?}", it);
}
// expect: StepBy { iter: Iter([1, 2, 3, 4, 5, 6, 7]), step_minus_one: 2, first_take: true } 32
// expect: Some(1)
// expect: StepBy { iter: Iter([2, 3, 4, 5, 6, 7]), step_minus_one: 2, first_take: false }
// expect: Some(4) Some(7) None
// expect: StepBy { iter: Iter([]), step_minus_one: 2, first_take: false }
