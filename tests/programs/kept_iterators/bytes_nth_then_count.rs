// `nth(1)` on kept Bytes skips one byte and takes the next; `count` then counts the bytes left.
let s = "héllo";
let mut b = s.bytes();
println!("{:?}", b.nth(1));
println!("{}", b.count());
// expect: Some(195)
// expect: 4
