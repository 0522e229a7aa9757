// Enumerate hands nth to its iterator's nth, so past the end its count stays where it was (the slice iterator or the windows it holds still run dry); Copied does the same.
fn main() {
    let scores = vec![7, 3, 9];
    let mut ranked = scores.iter().enumerate();
    println!("{:?}", ranked.nth(1));
    println!("{:?}", ranked);
    println!("{:?}", ranked.nth(9));
    println!("{:?}", ranked);
    let mut pairs = scores.windows(2).enumerate();
    println!("{:?} {:?}", pairs.nth(9), pairs);
    let mut values = scores.iter().copied();
    println!("{:?} {:?}", values.nth(5), values);
}
// expect: Some((1, 3))
// expect: Enumerate { iter: Iter([9]), count: 2 }
// expect: None
// expect: Enumerate { iter: Iter([]), count: 2 }
// expect: None Enumerate { iter: Windows { v: [], size: 2 }, count: 0 }
// expect: None Copied { it: Iter([]) }
