// A kept Map or Filter is its iterator and its closure: the closure's captures add to its size.
fn main() {
    let v = vec![1, 2, 3];
    let k = 10;
    let a = v.iter().map(|x| x + 1);
    let b = v.iter().map(|x| x + k);
    let c = v.iter().filter(|x| **x > k);
    let d = "abc".chars().map(|c| c.to_ascii_uppercase());
    let e = (0..5).map(|x| x * k);
    let f = (0..=5).filter(|x| x % 2 == 0);
    println!("{} {} {} {} {} {}", std::mem::size_of_val(&a), std::mem::size_of_val(&b), std::mem::size_of_val(&c),
             std::mem::size_of_val(&d), std::mem::size_of_val(&e), std::mem::size_of_val(&f));
}
// expect: 16 24 24 16 16 12
