// `v.iter().map(f).rev()` kept: Rev around the Map, whose closure runs on the items taken from the back.
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter().map(|x| x * 10).rev();
    println!("{:?}", it.next());
    println!("{:?}", it);
    println!("{:?}", it.next());
}
// expect: Some(30)
// expect: Rev { iter: Map { iter: Iter([1, 2]) } }
// expect: Some(20)
