// A kept TakeWhile { iter, flag, predicate }: its flag goes up at the first item that fails, and it gives nothing after.
fn main() {
    let v = vec![1, 2, 5, 1];
    let limit = 3;
    let mut small = v.iter().take_while(|x| **x < limit);
    println!("{:?} {}", small, std::mem::size_of_val(&small));
    println!("{:?} {:?}", small.next(), small.next());
    println!("{:?}", small.next());
    println!("{:?}", small);
    println!("{:?}", small.next());
}
// expect: TakeWhile { iter: Iter([1, 2, 5, 1]), flag: false } 32
// expect: Some(1) Some(2)
// expect: None
// expect: TakeWhile { iter: Iter([1]), flag: true }
// expect: None
