// `v.iter().rev()` kept in a variable is std's Rev around the slice's Iter: `next` walks from the back, its end pointer moving, and `{:?}` prints what is left.
fn main() {
    let v = vec![10, 20, 30, 40];
    let mut it = v.iter().rev();
    println!("{:?}", it.next());
    println!("{:?} {}", it, std::mem::size_of_val(&it));
    while let Some(x) = it.next() {
        println!("{x}");
    }
    println!("{:?}", it);
}
// expect: Some(40)
// expect: Rev { iter: Iter([10, 20, 30]) } 16
// expect: 30
// expect: 20
// expect: 10
// expect: Rev { iter: Iter([]) }
