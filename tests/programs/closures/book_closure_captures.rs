// The Rust book's closure captures: one that only borrows a Vec, a `move` one that takes it, max_by_key over Strings, an FnMut counter.
fn main() {
    let list = vec![1, 2, 3];
    println!("Before defining closure: {list:?}");
    let only_borrows = || println!("From closure: {list:?}");
    println!("Before calling closure: {list:?}");
    only_borrows();
    println!("After calling closure: {list:?}");
    let consume = move || {
        let total: i32 = list.iter().sum();
        total
    };
    println!("{}", consume());
    let v = vec![String::from("a"), String::from("bb")];
    let lens: Vec<usize> = v.iter().map(|s| s.len()).collect();
    let longest = v.iter().max_by_key(|s| s.len()).unwrap();
    println!("{:?} {}", lens, longest);
    let mut counter = 0;
    let mut inc = || counter += 1;
    inc();
    inc();
    println!("{}", counter);
}
// expect: Before defining closure: [1, 2, 3]
// expect: Before calling closure: [1, 2, 3]
// expect: From closure: [1, 2, 3]
// expect: After calling closure: [1, 2, 3]
// expect: 6
// expect: [1, 2] bb
// expect: 2
