// A step_by over a u32 range kept reversed (std keeps the range as a count of steps) is not supported yet: the engine says so where it is kept.
fn main() {
    let mut st = (0..10u32).step_by(4).rev();
    println!("{:?}", st.next());
    println!("{:?}", st);
}
// expect: Some(8)
// expect: Rev { iter: StepBy { iter: 0..2, step_minus_one: 3, first_take: true } }
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 3:18
