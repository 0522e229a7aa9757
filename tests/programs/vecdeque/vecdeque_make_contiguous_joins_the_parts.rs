// make_contiguous moves a wrapped deque's two parts into one run (where depends on the free room, as std's) and returns it as a slice to sort.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<u8> = VecDeque::with_capacity(8);
    d.extend([5, 3, 8]);
    d.push_front(9);
    d.push_front(1);
    println!("{:?}", d.as_slices());
    d.make_contiguous().sort();
    println!("{:?} {:?}", d, d.as_slices());
    d.push_front(7);
    println!("{:?}", d.as_slices());
    let mut full: VecDeque<u8> = VecDeque::with_capacity(4);
    full.extend([1, 2]);
    full.push_front(3);
    full.push_front(4);
    println!("{:?}", full.as_slices());
    full.make_contiguous();
    full.push_front(0);
    println!("{:?} {}", full.as_slices(), full.capacity());
}
// expect: ([1, 9], [5, 3, 8])
// expect: [1, 3, 5, 8, 9] ([1, 3, 5, 8, 9], [])
// expect: ([7], [1, 3, 5, 8, 9])
// expect: ([4, 3], [1, 2])
// expect: ([0], [4, 3, 1, 2]) 8
