// `any` takes `&mut self`: it stops at the first match and leaves the items after it in the iterator.
let v = vec![1, 5, 8, 3, 9];
let mut it = v.iter();
println!("{}", it.any(|&x| x > 4));
println!("{:?}", it.next());
println!("{}", it.all(|&x| x < 9));
println!("{:?}", it.next());
// expect: true
// expect: Some(8)
// expect: false
// expect: None
