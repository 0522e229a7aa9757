// rotate_left and rotate_right copy the fewer elements around the ring and move the head, which as_slices shows as the two parts of the buffer.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::with_capacity(8);
    for i in 1..=6 {
        d.push_back(i);
    }
    d.rotate_left(2);
    println!("{:?} {:?}", d, d.as_slices());
    d.rotate_right(3);
    println!("{:?} {:?}", d, d.as_slices());
    d.rotate_left(5);
    println!("{:?} {:?}", d, d.as_slices());
    d.rotate_right(6);
    println!("{:?} {:?}", d, d.as_slices());
}
// expect: [3, 4, 5, 6, 1, 2] ([3, 4, 5, 6, 1, 2], [])
// expect: [6, 1, 2, 3, 4, 5] ([6], [1, 2, 3, 4, 5])
// expect: [5, 6, 1, 2, 3, 4] ([5, 6], [1, 2, 3, 4])
// expect: [5, 6, 1, 2, 3, 4] ([5, 6], [1, 2, 3, 4])
