// Zip of two slice iterators walks them by index (std's TrustedRandomAccess): a map on the longer side is not called for the items past the shorter's end.
fn main() {
    let a = [1, 2, 3, 4];
    let b = [10, 20];
    for (x, y) in a.iter().map(|x| {
        println!("map {}", x);
        x * 2
    }).zip(b.iter()) {
        println!("{} {}", x, y);
    }
    let v: Vec<(i32, &i32)> = a.iter().map(|x| {
        println!("again {}", x);
        x + 1
    }).zip(b.iter()).collect();
    println!("{:?}", v);
}
// expect: map 1
// expect: 2 10
// expect: map 2
// expect: 4 20
// expect: again 1
// expect: again 2
// expect: [(2, 10), (3, 20)]
