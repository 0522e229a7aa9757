// A closure capturing a kept iterator by `&mut` can hand out its items one call at a time.
let v = vec![10, 20];
let mut it = v.iter();
let mut next_one = || it.next();
println!("{:?}", next_one());
println!("{:?}", next_one());
println!("{:?}", next_one());
// expect: Some(10)
// expect: Some(20)
// expect: None
