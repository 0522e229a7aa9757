// Slices work on arrays too: `&a[1..3]` borrows part of an array.
fn main() {
    let a = [1, 2, 3, 4, 5];
    let slice = &a[1..3];
    println!("{:?}", slice);
    println!("{}", slice == &[2, 3]);
}
// expect: [2, 3]
// expect: true
