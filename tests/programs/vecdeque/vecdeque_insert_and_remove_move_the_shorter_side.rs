// insert and remove shift whichever side of the index is shorter, so the head moves only when the front part does; remove past the end is None.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<char> = "abcdef".chars().collect();
    d.insert(1, 'x');
    println!("{:?} {:?}", d, d.as_slices());
    d.insert(6, 'y');
    println!("{:?} {:?}", d, d.as_slices());
    println!("{:?} {:?}", d.remove(1), d.as_slices());
    println!("{:?} {:?}", d.remove(5), d.as_slices());
    println!("{:?} {}", d.remove(10), d.len());
}
// expect: ['a', 'x', 'b', 'c', 'd', 'e', 'f'] (['a'], ['x', 'b', 'c', 'd', 'e', 'f'])
// expect: ['a', 'x', 'b', 'c', 'd', 'e', 'y', 'f'] (['a'], ['x', 'b', 'c', 'd', 'e', 'y', 'f'])
// expect: Some('x') (['a', 'b', 'c', 'd', 'e', 'y', 'f'], [])
// expect: Some('y') (['a', 'b', 'c', 'd', 'e', 'f'], [])
// expect: None 6
