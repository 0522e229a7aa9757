// `v.iter().copied().rev()` kept: Rev around Copied, pulled from the back; `max` then takes what is left.
fn main() {
    let v = vec![4, 9, 2, 7];
    let mut it = v.iter().copied().rev();
    println!("{:?} {:?}", it.next(), it);
    println!("{:?}", it.max());
}
// expect: Some(7) Rev { iter: Copied { it: Iter([4, 9, 2]) } }
// expect: Some(9)
