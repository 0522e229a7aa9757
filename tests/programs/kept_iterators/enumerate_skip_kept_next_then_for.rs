// `let mut it = v.iter().enumerate().skip(1)` is kept as std's Skip around an Enumerate around the slice's Iter: `next` takes (1, b), a loop the rest.
fn main() {
    let v = vec!['a', 'b', 'c', 'd'];
    let mut it = v.iter().enumerate().skip(1);
    println!("{:?}", it);
    println!("{:?}", it.next());
    println!("{:?}", it);
    for (i, c) in it {
        println!("{} {}", i, c);
    }
}
// expect: Skip { iter: Enumerate { iter: Iter(['a', 'b', 'c', 'd']), count: 0 }, n: 1 }
// expect: Some((1, 'b'))
// expect: Skip { iter: Enumerate { iter: Iter(['c', 'd']), count: 2 }, n: 0 }
// expect: 2 c
// expect: 3 d
