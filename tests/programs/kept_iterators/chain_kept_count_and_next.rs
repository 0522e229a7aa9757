// `a.iter().chain(b.iter())` kept is std's Chain of two Options: count takes it by value; `next` lets go of the first once it is spent (`a: None`).
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![10, 20];
    let c = a.iter().chain(b.iter());
    println!("{}", c.count());
    let mut c = a.iter().chain(b.iter());
    println!("{} {:?}", std::mem::size_of_val(&c), c);
    for _ in 0..4 {
        print!("{:?} ", c.next());
    }
    println!();
    println!("{:?} {:?}", c, c.size_hint());
    let r = (0..3).chain(5..7);
    println!("{} {:?}", std::mem::size_of_val(&r), r);
    let v: Vec<i32> = r.collect();
    println!("{:?}", v);
}
// expect: 5
// expect: 32 Chain { a: Some(Iter([1, 2, 3])), b: Some(Iter([10, 20])) }
// expect: Some(1) Some(2) Some(3) Some(10) 
// expect: Chain { a: None, b: Some(Iter([20])) } (1, Some(1))
// expect: 24 Chain { a: Some(0..3), b: Some(5..7) }
// expect: [0, 1, 2, 5, 6]
