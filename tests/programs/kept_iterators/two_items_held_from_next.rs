// Items from two `next` calls can be held at once: each borrows the Vec, not the iterator, so this is no second `&mut` borrow.
let v = vec![1, 2, 3];
let mut it = v.iter();
let a = it.next();
let b = it.next();
println!("{:?} {:?}", a, b);
// expect: Some(1) Some(2)
