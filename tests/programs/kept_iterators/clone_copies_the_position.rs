// Cloning a kept slice iterator copies its two pointers: the clone walks the same items from the same place, on its own.
let v = vec![1, 2, 3];
let mut it = v.iter();
it.next();
let copy = it.clone();
println!("{:?}", it.next());
println!("{}", copy.count());
println!("{:?}", it);
// expect: Some(2)
// expect: 2
// expect: Iter([3])
