// A kept Zip of two slice iterators walks them by index as std's TrustedRandomAccess Zip does: 48 bytes, `Zip` in Debug, the map on the longer side never called past the shorter's end.
fn main() {
    let a = [1, 2, 3];
    let b = [10, 20];
    let mut z = a.iter().map(|x| {
        println!("map {}", x);
        x * 2
    }).zip(b.iter());
    println!("{}", std::mem::size_of_val(&z));
    println!("{:?}", z.next());
    println!("{:?} {:?}", z.size_hint(), z);
    println!("{:?}", z.next());
    println!("{:?}", z.next());
    println!("{:?}", z.next());
    let mut e = a.iter().enumerate().zip(5..9);
    e.next();
    for ((i, x), y) in e {
        println!("{} {} {}", i, x, y);
    }
}
// expect: 48
// expect: map 1
// expect: Some((2, 10))
// expect: (1, Some(1)) Zip
// expect: map 2
// expect: Some((4, 20))
// expect: None
// expect: None
// expect: 1 2 6
// expect: 2 3 7
