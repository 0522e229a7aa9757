// A closure that reads, one that pushes, and one that moves a Vec, each used as the book shows.
fn main() {
    let list = vec![1, 2, 3];
    let only_borrows = || println!("From closure: {list:?}");
    println!("Before calling closure: {list:?}");
    only_borrows();
    println!("After calling closure: {list:?}");

    let mut list2 = vec![1, 2, 3];
    let mut borrows_mutably = || list2.push(7);
    borrows_mutably();
    println!("After calling closure: {list2:?}");

    let list3 = vec![4, 5];
    let owns = move || {
        let total: i32 = list3.iter().sum();
        println!("moved list sums to {total}");
        list3.len()
    };
    println!("len {}", owns());
}
// expect: Before calling closure: [1, 2, 3]
// expect: From closure: [1, 2, 3]
// expect: After calling closure: [1, 2, 3]
// expect: After calling closure: [1, 2, 3, 7]
// expect: moved list sums to 9
// expect: len 2
