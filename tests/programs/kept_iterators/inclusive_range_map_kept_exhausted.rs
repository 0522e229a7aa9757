// A kept `(1..=3).map(..)` walks its RangeInclusive in place: after the last item std marks it exhausted, and `{:?}` shows the range as it is left.
fn main() {
    let mut it = (1..=3).map(|x| x * 10);
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it);
    let mut r = (5..8).filter(|x| x % 2 == 1);
    println!("{:?} {:?}", r.next(), r.next());
}
// expect: Some(10)
// expect: Some(20)
// expect: Some(30)
// expect: None
// expect: Map { iter: 3..=3 (exhausted) }
// expect: Some(5) Some(7)
