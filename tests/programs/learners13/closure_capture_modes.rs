// The three capture modes: borrow immutably, borrow mutably, and move, with prints around each.
fn main() {
    let list = vec![1, 2, 3];
    println!("Before defining closure: {list:?}");
    let only_borrows = || println!("From closure: {list:?}");
    println!("Before calling closure: {list:?}");
    only_borrows();
    println!("After calling closure: {list:?}");

    let mut list2 = vec![1, 2, 3];
    println!("Before defining closure: {list2:?}");
    let mut borrows_mutably = || list2.push(7);
    borrows_mutably();
    borrows_mutably();
    println!("After calling closure: {list2:?}");

    let list3 = vec![4, 5];
    let owns = move || {
        println!("owned inside: {:?} (len {})", list3, list3.len());
        list3.len()
    };
    println!("returned {}", owns());
    println!("again {}", owns());
}
// expect: Before defining closure: [1, 2, 3]
// expect: Before calling closure: [1, 2, 3]
// expect: From closure: [1, 2, 3]
// expect: After calling closure: [1, 2, 3]
// expect: Before defining closure: [1, 2, 3]
// expect: After calling closure: [1, 2, 3, 7, 7]
// expect: owned inside: [4, 5] (len 2)
// expect: returned 2
// expect: owned inside: [4, 5] (len 2)
// expect: again 2
