// `(0..10).step_by(3)` kept whose integer type is settled later as usize (by indexing) counts its steps as std's usize range does.
fn main() {
    let v = vec!['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    let mut idx = (0..10).step_by(3);
    idx.next();
    println!("{:?}", idx);
    let rest: Vec<char> = idx.map(|i| v[i]).collect();
    println!("{:?}", rest);
}
// expect: StepBy { iter: 3..3, step_minus_one: 2, first_take: true }
// expect: ['d', 'g', 'j']
