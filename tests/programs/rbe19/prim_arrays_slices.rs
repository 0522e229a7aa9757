// Arrays and slices: a fixed array, a repeated one, borrowing whole and part as slices, get for safe access.
use std::mem;

fn analyze_slice(slice: &[i32]) {
    println!("First element of the slice: {}", slice[0]);
    println!("The slice has {} elements", slice.len());
}

fn main() {
    let xs: [i32; 5] = [1, 2, 3, 4, 5];
    let ys: [i32; 500] = [0; 500];
    println!("First element of the array: {}", xs[0]);
    println!("Second element of the array: {}", xs[1]);
    println!("Number of elements in array: {}", xs.len());
    println!("Array occupies {} bytes", mem::size_of_val(&xs));
    println!("Borrow the whole array as a slice.");
    analyze_slice(&xs);
    println!("Borrow a section of the array as a slice.");
    analyze_slice(&ys[1..4]);
    let empty_array: [u32; 0] = [];
    assert_eq!(&empty_array, &[]);
    assert_eq!(&empty_array, &[][..]);
    for i in 0..xs.len() + 1 {
        match xs.get(i) {
            Some(xval) => println!("{}: {}", i, xval),
            None => println!("Slow down! {} is too far!", i),
        }
    }
}
// expect: First element of the array: 1
// expect: Second element of the array: 2
// expect: Number of elements in array: 5
// expect: Array occupies 20 bytes
// expect: Borrow the whole array as a slice.
// expect: First element of the slice: 1
// expect: The slice has 5 elements
// expect: Borrow a section of the array as a slice.
// expect: First element of the slice: 0
// expect: The slice has 3 elements
// expect: 0: 1
// expect: 1: 2
// expect: 2: 3
// expect: 3: 4
// expect: 4: 5
// expect: Slow down! 5 is too far!
