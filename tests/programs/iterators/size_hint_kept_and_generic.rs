// `size_hint` takes `&self`: a kept iterator's hint after some `next`s, a generic iterator's, a range's and an endless range's, as std's.
fn show<I: Iterator<Item = u32>>(it: I) {
    println!("{:?}", it.size_hint());
}

fn main() {
    let v = vec![1, 2, 3, 4];
    println!("{:?}", v.iter().size_hint());
    let mut it = v.iter().filter(|x| **x > 1);
    println!("{:?}", it.size_hint());
    it.next();
    println!("{:?}", it.size_hint());
    let mut words = "a bb ccc".chars();
    words.next();
    println!("{:?}", words.size_hint());
    let r = 3..7;
    println!("{:?} {:?}", r.size_hint(), r);
    show(0..4u32);
    show(vec![5u32, 6].into_iter().map(|x| x + 1));
    println!("{:?}", (1..).size_hint());
    println!("{:?}", v.iter().chain(v.iter().skip(1)).size_hint());
}
// expect: (4, Some(4))
// expect: (0, Some(4))
// expect: (0, Some(2))
// expect: (2, Some(7))
// expect: (4, Some(4)) 3..7
// expect: (4, Some(4))
// expect: (2, Some(2))
// expect: (18446744073709551615, None)
// expect: (7, Some(7))
