// Mutability can change when ownership moves: an immutable box moved into a `mut` binding.
fn main() {
    let immutable_box = Box::new(5u32);
    println!("immutable_box contains {}", immutable_box);
    let mut mutable_box = immutable_box;
    println!("mutable_box contains {}", mutable_box);
    *mutable_box = 4;
    println!("mutable_box now contains {}", mutable_box);
}
// expect: immutable_box contains 5
// expect: mutable_box contains 5
// expect: mutable_box now contains 4
