// The book's three capture modes: an immutable borrow printed beside the list, a mutable borrow pushing, then a move.
fn main() {
    let list = vec![1, 2, 3];
    println!("Before defining closure: {list:?}");
    let only_borrows = || println!("From closure: {list:?}");
    println!("Before calling closure: {list:?}");
    only_borrows();
    println!("After calling closure: {list:?}");

    let mut list2 = vec![1, 2, 3];
    let mut borrows_mutably = || list2.push(7);
    borrows_mutably();
    println!("After calling closure: {list2:?}");

    let list3 = vec![4, 5];
    let owns = move || list3.len();
    println!("owns {}", owns());
}
// expect: Before defining closure: [1, 2, 3]
// expect: Before calling closure: [1, 2, 3]
// expect: From closure: [1, 2, 3]
// expect: After calling closure: [1, 2, 3]
// expect: After calling closure: [1, 2, 3, 7]
// expect: owns 2
