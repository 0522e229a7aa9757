// Indexing an array with a computed index past its end panics at run time.
fn main() {
    let xs: [i32; 5] = [1, 2, 3, 4, 5];
    let mut i = 0;
    while i < 6 {
        println!("{}", xs[i]);
        i += 1;
    }
}
// expect: 1
// expect: 2
// expect: 3
// expect: 4
// expect: 5
// panic: index out of bounds: the len is 5 but the index is 5
// panic-at: 6:24
